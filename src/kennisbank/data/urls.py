"""Stable, readable page addresses, shared by the generated pages and the open-data export.

Addresses are relative to the site root (no leading slash) so the site works under a sub-path too.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from kennisbank.data.model import Document, Record, RodeDraad, Thema
from kennisbank.data.model_gemeenten import Gemeente, Provincie

LOPEND_PREFIX = "li-"


def record_url(record: Record) -> str:
    if record.is_pilot:
        return f"pilots/{record.id}/"
    return f"lopende-initiatieven/{record.id.removeprefix(LOPEND_PREFIX)}/"


def thema_url(thema: Thema) -> str:
    return f"themas/{thema.id}/"


def gemeente_url(gemeente: Gemeente) -> str:
    return f"gemeenten/{gemeente.id}/"


def provincie_url(provincie: Provincie) -> str:
    return f"provincies/{provincie.id}/"


def document_url(document: Document) -> str:
    return f"onderzoek/{document.id}/"


def rode_draad_url(draad: RodeDraad) -> str:
    return f"rode-draden/{draad.id}/"


def list_page_url(url: str, number: int) -> str:
    """Page `number` of the paged list at `url`: 'pilots/', 1 -> 'pilots/'; 'pilots/', 2 -> 'pilots/pagina-2/'."""
    return url if number == 1 else f"{url}pagina-{number}/"


def is_later_list_page(url: str) -> bool:
    """A second or later page of a paged list ('pilots/pagina-2/')."""
    match = _LATER_LIST_PAGE.fullmatch(url)
    return match is not None and int(match.group(1)) >= 2


_LATER_LIST_PAGE = re.compile(r"[^/]+/pagina-(\d+)/")


def src_path_for(url: str) -> str:
    """'pilots/x/' -> 'pilots/x.md', 'pilots/' -> 'pilots/index.md', '' -> 'index.md'."""
    stripped = url.strip("/")
    if not stripped:
        return "index.md"
    return f"{stripped}.md" if stripped.count("/") else f"{stripped}/index.md"


EXPORT_JSON = "data/pilots.json"
EXPORT_CSV = "data/pilots.csv"
EXPORT_GEMEENTEN_JSON = "data/gemeenten.json"
EXPORT_GEMEENTEN_CSV = "data/gemeenten.csv"


def partner_url(partner) -> str:
    return f"partners/{partner.id}/"


def relative(from_url: str, to_url: str) -> str:
    """Link from the page at `from_url` to `to_url`, both site-relative directory URLs ('a/b/', '' = home)."""
    path, _, fragment = to_url.partition("#")
    up = "../" * len([part for part in from_url.split("/") if part])
    return ((up + path) or "./") + (f"#{fragment}" if fragment else "")


def pages_with_ids(dataset) -> list[tuple[str, object, Callable[[Any], str]]]:
    """(kind, item, address function) for every record that has a page of its own under its id."""
    return ([("record", r, record_url) for r in dataset.records] + [("thema", t, thema_url) for t in dataset.themas]
            + [("document", d, document_url) for d in dataset.documenten]
            + [("rode draad", r, rode_draad_url) for r in dataset.rode_draden]
            + [("partner", p, partner_url) for p in dataset.partners])


def redirects(dataset) -> dict[str, str]:
    """Old address -> current address, for every earlier id a record lists in `oude_ids`: a published address
    never breaks when an id changes."""
    return {url_of(replace(item, id=old)): url_of(item)
            for _, item, url_of in pages_with_ids(dataset) for old in getattr(item, "oude_ids", ())}
