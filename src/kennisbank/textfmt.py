"""Text from YAML onto pages, safely: escaped everywhere, Markdown in long fields rendered and sanitised.

Editors may write light Markdown (emphasis, lists, links) in long text fields; raw HTML they type is
shown as text, and only http(s)/mailto/relative links survive, so markup in YAML never runs on a page.
"""

from __future__ import annotations

import html
import re
import unicodedata

import nh3
from markdown_it import MarkdownIt
from markupsafe import Markup

_markdown = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
_ALLOWED_TAGS = {"p", "em", "strong", "ul", "ol", "li", "a", "code", "br", "blockquote"}
_ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}
_URL_SCHEMES = {"http", "https", "mailto"}


def markdown_html(text: str | None) -> Markup:
    """Render a long text field (light Markdown) to sanitised HTML."""
    if not text:
        return Markup("")
    rendered = _markdown.render(text)
    clean = nh3.clean(rendered, tags=_ALLOWED_TAGS, attributes=_ALLOWED_ATTRIBUTES, url_schemes=_URL_SCHEMES,
                      link_rel="noopener noreferrer")
    return Markup(clean.strip())


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~>])")


def markdown_inline(text: str) -> Markup:
    """Plain text for a Markdown line (a heading): HTML-escaped and Markdown punctuation neutralised."""
    return Markup(_MARKDOWN_SPECIAL.sub(r"\\\1", html.escape(text, quote=False)))


_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december")


def dutch_date(value: str | None) -> str:
    """'2021-09' -> 'september 2021', '2021-03-03' -> '3 maart 2021', None -> 'onbekend'."""
    if not value:
        return "onbekend"
    parts = value.split("-")
    if len(parts) == 1:
        return parts[0]
    month = _MONTHS[int(parts[1]) - 1]
    if len(parts) == 2:
        return f"{month} {parts[0]}"
    return f"{int(parts[2])} {month} {parts[0]}"


def aantal(count: int, enkelvoud: str, meervoud: str) -> str:
    """A count with its noun in the right number: "1 pilot", "3 pilots" (never "1 pilots")."""
    return f"{count} {enkelvoud if count == 1 else meervoud}"


def dutch_sort_key(name: str) -> str:
    """Dutch alphabetical order: "'s-Gravenhage" files under G, accents ignored."""
    bare = name.removeprefix("'s-").removeprefix("’s-")
    return unicodedata.normalize("NFKD", bare).encode("ascii", "ignore").decode().lower()
