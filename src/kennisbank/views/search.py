"""Full-text search with Pagefind: what each page tells the index (filters, result metadata) and the small files
the search page reads besides the index (the glossary's other words, the names that put a page first). Pagefind
itself runs in render/search_index.py.

Filter names are Dutch because the search page shows them as group labels.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field

from kennisbank.common.text import slugify
from kennisbank.data import urls
from kennisbank.data.kinds import KIND, KINDS
from kennisbank.data.model import Dataset
from kennisbank.views import derive

FILTERS = ("soort", "thema", "gemeente", "provincie")
SEARCH_PAGE = "zoeken/"
NOT_INDEXED = {SEARCH_PAGE, "404.html"}

# Comparison pages and 'Wat is er nieuw' repeat what record pages say; the editors' pages are not for readers.
NOT_INDEXED_SECTIONS = ("vergelijk/", "redactie/", "nieuw/")
# The glossary's words for the search page: a query word that names a term is also searched as the term's other
# words (vormen, voluit, ook_genoemd), so 'vergunninghouders' finds what 'statushouders' finds (see zoekvraag.js).
SEARCH_WORDS_JSON = "zoeken/woorden.json"
# The names of the gemeente, provincie, thema and partner pages in small files (see search_names).
SEARCH_NAMES_FOLDER = "zoeken/namen/"
NAME_FILES = 64


def name_file(name: str) -> int:
    """The file a name is in: the sum of its character codes modulo NAME_FILES (zoeken.js computes the same)."""
    return sum(map(ord, name)) % NAME_FILES


def repeated_media(dataset: Dataset, times: int = 3) -> frozenset[str]:
    """Media descriptions that several records or themes share word for word ("Video over de pilot in de
    Divosa-publicatie."): shown on each page, but not indexed, so they do not fill the result snippets."""
    counts: dict[str, int] = {}
    for item in (*dataset.records, *dataset.themas):
        for medium in item.media:
            counts[medium.beschrijving] = counts.get(medium.beschrijving, 0) + 1
    return frozenset(text for text, count in counts.items() if count >= times)


def search_words_json(dataset: Dataset) -> str:
    """Groups of words that name the same glossary term, as JSON: [["statushouder", "vergunninghouders", …], …]."""
    groups = [list(begrip.zoekwoorden) for begrip in dataset.begrippen if len(begrip.zoekwoorden) > 1]
    return json.dumps(groups, ensure_ascii=False)


def search_names(dataset: Dataset) -> dict[str, str]:
    """The names a reader may type for a gemeente, provincie, thema or partner page, as slugs (common.text.slugify),
    with the page's soort and address, spread over NAME_FILES JSON files (zoeken/namen/7.json: {"boxtel": [["gemeente",
    "gemeenten/boxtel/"]], …}). A query that is one of them puts that page first (Pagefind alone ranks a pilot named
    after a gemeente higher); a name a gemeente has led to since 2020 (a merger it went into, a part it received) is
    marked "later" (["gemeente", "gemeenten/uden/", "later"]) and puts its page right after those. The search page
    loads only the file of the query, under 1 kB, where Pagefind filters with every name cost 5 kB on every search."""
    d = dataset
    named: dict[str, list[list[str]]] = {}

    def add(soort: str | None, url: str, *names: str, later: bool = False) -> None:
        for name in filter(None, map(slugify, names)):
            pages = named.setdefault(name, [])
            page = [soort, url, "later"] if later else [soort, url]
            if soort and page not in pages:
                pages.append(page)

    for gemeente in d.gemeenten:
        add(KIND["gemeenten"].zoek(), urls.gemeente_url(gemeente), *gemeente.eigen_namen)
        add(KIND["gemeenten"].zoek(), urls.gemeente_url(gemeente), *gemeente.namen_sinds_2020, later=True)
    for provincie in d.provincies:
        add(KIND["provincies"].zoek(), urls.provincie_url(provincie), provincie.naam)
    # A theme also under the name in its address (themas/brede-intake/): readers say "brede intake" and "duaal".
    for thema in d.themas:
        add(KIND["themas"].zoek(), urls.thema_url(thema), thema.korte_titel, thema.titel, thema.id)
    for partner in d.partners:
        add(KIND["partners"].zoek(), urls.partner_url(partner), partner.naam, *partner.aliassen)
    files: dict[int, dict[str, list[list[str]]]] = {key: {} for key in range(NAME_FILES)}  # none missing
    for name in sorted(named):
        files[name_file(name)][name] = named[name]
    return {
        f"{SEARCH_NAMES_FOLDER}{key}.json": json.dumps(value, ensure_ascii=False, separators=(",", ":"))
        for key, value in files.items()
    }


@dataclass
class SearchData:
    filters: dict[str, list[str]] = field(default_factory=dict)
    meta: dict[str, str] = field(default_factory=dict)

    def add(self, name: str, *values: str) -> None:
        target = self.filters.setdefault(name, [])
        target.extend(v for v in values if v and v not in target)

    def html(self) -> str:
        """Hidden elements that carry the filters and metadata (Pagefind reads attributes, not layout)."""
        parts = [
            f'<span data-pagefind-filter="{html.escape(name)}:{html.escape(value)}"></span>'
            for name, values in self.filters.items()
            for value in values
        ]
        parts += [
            f'<span data-pagefind-meta="{html.escape(name)}:{html.escape(value)}"></span>'
            for name, value in self.meta.items()
            if value
        ]
        return f'<div hidden class="kb-zoekgegevens">{"".join(parts)}</div>' if parts else ""


class SearchCatalogue:
    """Maps every page URL of the site to its search data."""

    def __init__(self, dataset: Dataset):
        self.by_url: dict[str, SearchData] = {}
        d = dataset
        for record in d.records:
            data = self._for(urls.record_url(record), KIND["pilots"].zoek(record))
            gemeenten = [d.gemeente(role.gemeente) for role in record.gemeenten]
            if record.thema:
                data.add("thema", d.thema(record.thema).korte_titel)
                data.meta["thema"] = d.thema(record.thema).korte_titel
            data.add("gemeente", *(g.naam for g in gemeenten))
            data.add("provincie", *(p.naam for p in derive.provincies_of_record(d, record)))
            data.meta["gemeenten"] = ", ".join(g.naam for g in gemeenten)
            data.add("status", record.status_na_afloop)
        for gemeente in d.gemeenten:
            # All 355 gemeenten have a page (soort 'gemeente', filterable); only those in a record join the
            # gemeente filter, which would otherwise list 229 values that each find a single page.
            data = self._for(urls.gemeente_url(gemeente), KIND["gemeenten"].zoek())
            records = derive.records_of_gemeente(d, gemeente.id)
            if records:
                data.add("gemeente", gemeente.naam)
            data.add("provincie", d.provincie(gemeente.provincie).naam)
            data.add("thema", *(d.thema(r.thema).korte_titel for r, _ in records if r.thema))
            data.meta["gemeenten"] = d.provincie(gemeente.provincie).naam
        for provincie in d.provincies:
            data = self._for(urls.provincie_url(provincie), KIND["provincies"].zoek())
            data.add("provincie", provincie.naam)
        for thema in d.themas:
            data = self._for(urls.thema_url(thema), KIND["themas"].zoek())
            data.add("thema", thema.korte_titel)
            data.meta["thema"] = thema.korte_titel
        for document in d.documenten:
            data = self._for(urls.document_url(document), KIND["documenten"].zoek())
            if document.thema:
                data.add("thema", d.thema(document.thema).korte_titel)
                data.meta["thema"] = d.thema(document.thema).korte_titel
        # A rode draad's heading carries its number in the synthesis ("2. Duale trajecten"); a result is titled
        # by its name alone (its soort, shown under it, says it is a rode draad).
        for draad in d.rode_draden:
            self._for(urls.rode_draad_url(draad), KIND["rode_draden"].zoek()).meta["title"] = draad.titel
        # Partner pages are found by name (search_names), and by the provincies of the records they are partner of.
        for partner in d.partners:
            data = self._for(urls.partner_url(partner), KIND["partners"].zoek())
            records = [r for r, _ in derive.records_of_partner(d, partner.id)]
            data.add("provincie", *dict.fromkeys(p.naam for r in records for p in derive.provincies_of_record(d, r)))
        # Kinds only the registry knows: found by their text and their own soort.
        for kind in KINDS:
            if kind.sectie and kind.zoeksoort and not kind.eigen_opbouw:
                for item in d.items_of(kind.naam):
                    self._for(urls.item_url(kind.naam, item), kind.zoeksoort)

    def _for(self, url: str, soort: str) -> SearchData:
        data = self.by_url.setdefault(url, SearchData())
        data.add("soort", soort)
        data.meta["soort"] = soort
        return data

    def for_page(self, url: str) -> SearchData | None:
        """Search data of a page; overview pages get soort 'overzicht'; None for pages not to index."""
        if url in NOT_INDEXED or url.startswith(NOT_INDEXED_SECTIONS):
            return None
        if url in self.by_url:
            return self.by_url[url]
        if urls.is_later_list_page(url):
            return None  # one 'Pilots' in the results: its records are found on their own pages
        data = SearchData()
        data.add("soort", "overzicht")
        data.meta["soort"] = "overzicht"
        return data
