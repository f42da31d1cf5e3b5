"""Text from YAML onto pages, safely: escaped everywhere, Markdown in long fields rendered and sanitised.

Editors may write light Markdown (emphasis, lists, links) in long text fields; raw HTML they type is
shown as text, and only http(s)/mailto/relative links survive, so markup in YAML never runs on a page.
"""

from __future__ import annotations

import html
import re

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
    clean = nh3.clean(
        rendered,
        tags=_ALLOWED_TAGS,
        attributes=_ALLOWED_ATTRIBUTES,
        url_schemes=_URL_SCHEMES,
        link_rel="noopener noreferrer",
    )
    return Markup(clean.strip())


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~>])")


def markdown_inline(text: str) -> Markup:
    """Plain text for a Markdown line (a heading): HTML-escaped and Markdown punctuation neutralised."""
    return Markup(_MARKDOWN_SPECIAL.sub(r"\\\1", html.escape(text, quote=False)))
