"""Glossary links: the first use of each term on a page becomes a link to its entry in the begrippenlijst,
with the short explanation shown on hover and on keyboard focus. That is done with CSS alone, so without
JavaScript it is still a plain link to the entry. Never inside headings, links, code, buttons, form
controls, table headings or elements marked data-kb-geen-begrippen; the explanation is kept out of the search index."""

from __future__ import annotations

import html
import re

from kennisbank.data import urls
from kennisbank.data.model import Begrip, Dataset

GLOSSARY_URL = "begrippen/"
NOT_LINKED = {GLOSSARY_URL, "zoeken/", "404.html"}  # the glossary itself, and pages that are not text
# Elements whose text is never linked (their content must stay as written, or a link would be nested).
SKIP = frozenset(
    {
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "a",
        "code",
        "pre",
        "kbd",
        "script",
        "style",
        "button",
        "label",
        "select",
        "option",
        "textarea",
        "th",
        "summary",
        "title",
    }
)
VOID = frozenset({"br", "img", "input", "hr", "meta", "link", "wbr", "source", "area", "col", "embed", "track"})
TOKEN = re.compile(r"<!--.*?-->|<[^>]*>|[^<]+", re.S)
TAG_NAME = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)")
ROLE_SPAN = re.compile(r'<span class="kb-rol">$')
# An element with this attribute keeps its text as written (titles, citations a reader copies).
NO_LINKS = "data-kb-geen-begrippen"


class Glossary:
    def __init__(self, dataset: Dataset):
        self.begrippen = dataset.begrippen
        self.by_form = {form: begrip for begrip in self.begrippen for form in begrip.vormen}
        self.by_role = {begrip.rol: begrip for begrip in self.begrippen if begrip.rol}
        forms = sorted(self.by_form, key=len, reverse=True)
        # Whole words only: 'MAP' is not linked inside 'MAPS' or 'PIP-team'.
        self.pattern = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, forms)) + r")(?![\w-])") if forms else None

    def _link(self, begrip: Begrip, text: str, page_url: str) -> str:
        href = urls.relative(page_url, f"{GLOSSARY_URL}#{begrip.id}")
        name = begrip.term + (f" ({begrip.voluit})" if begrip.voluit else "")
        tip = f"kb-uitleg-{begrip.id}"
        return (
            f'<span class="kb-begrip"><a href="{html.escape(href)}" aria-describedby="{tip}">{text}</a>'
            f'<span class="kb-begrip-uitleg" id="{tip}" role="tooltip" data-pagefind-ignore>'
            f"<strong>{html.escape(name)}</strong>: {html.escape(begrip.kort)}</span></span>"
        )

    def link_terms(self, markup: str, page_url: str) -> str:
        """The page's HTML with the first use of every term linked to its glossary entry."""
        if self.pattern is None or page_url in NOT_LINKED:
            return markup
        used: set[str] = set()
        skipping: list[str] = []
        out: list[str] = []
        for token in TOKEN.findall(markup):
            if token.startswith("<"):
                out.append(token)
                match = TAG_NAME.match(token)
                if not match or token.startswith("<!--"):
                    continue
                name = match.group(1).lower()
                if token.startswith("</"):
                    if skipping and skipping[-1] == name:
                        skipping.pop()
                elif (skipping or name in SKIP or NO_LINKS in token) and name not in VOID and not token.endswith("/>"):
                    skipping.append(name)
                continue
            if skipping:
                out.append(token)
                continue
            # A gemeente's role in a pilot ('deelnemer', 'betrokken') is explained where it is first shown.
            if (
                out
                and ROLE_SPAN.search(out[-1])
                and (begrip := self.by_role.get(token.strip()))
                and begrip.id not in used
            ):
                used.add(begrip.id)
                out.append(self._link(begrip, token, page_url))
                continue
            out.append(self._link_text(token, page_url, used))
        return "".join(out)

    def _link_text(self, text: str, page_url: str, used: set[str]) -> str:
        def replace(match: re.Match[str]) -> str:
            begrip = self.by_form[match.group(1)]
            if begrip.id in used:
                return match.group(0)
            used.add(begrip.id)
            return self._link(begrip, match.group(0), page_url)

        return self.pattern.sub(replace, text)
