"""Stable, readable page addresses, shared by the generated pages and the open-data export.

Addresses are relative to the site root (no leading slash) so the site works under a sub-path too.
"""

from __future__ import annotations

import re
from typing import Any

from kennisbank.data.kinds import KIND, KINDS, LOPEND_INITIATIEF
from kennisbank.data.model import Document, Record, RodeDraad, Thema
from kennisbank.data.model_gemeenten import Gemeente, Provincie

LOPEND_PREFIX = LOPEND_INITIATIEF.id_voorvoegsel


def item_url(kind: str, item: Any) -> str:
    """The address of an item's page, as the registry of kinds says ('onderzoek/x/')."""
    return KIND[kind].adres(item.id, item)


def record_url(record: Record) -> str:
    return item_url("pilots", record)


def thema_url(thema: Thema) -> str:
    return item_url("themas", thema)


def gemeente_url(gemeente: Gemeente) -> str:
    return item_url("gemeenten", gemeente)


def provincie_url(provincie: Provincie) -> str:
    return item_url("provincies", provincie)


def document_url(document: Document) -> str:
    return item_url("documenten", document)


def rode_draad_url(draad: RodeDraad) -> str:
    return item_url("rode_draden", draad)


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


EXPORT_JSON = f"{KIND['pilots'].download}.json"
EXPORT_CSV = f"{KIND['pilots'].download}.csv"
EXPORT_GEMEENTEN_JSON = f"{KIND['gemeenten'].download}.json"
EXPORT_GEMEENTEN_CSV = f"{KIND['gemeenten'].download}.csv"


def partner_url(partner) -> str:
    return item_url("partners", partner)


def relative(from_url: str, to_url: str) -> str:
    """Link from the page at `from_url` to `to_url`, both site-relative directory URLs ('a/b/', '' = home)."""
    path, _, fragment = to_url.partition("#")
    up = "../" * len([part for part in from_url.split("/") if part])
    return ((up + path) or "./") + (f"#{fragment}" if fragment else "")


def redirects(dataset) -> dict[str, str]:
    """Old address -> current address, for every earlier id a record lists in `oude_ids`: a published address
    never breaks when an id changes."""
    return {
        KIND[kind.naam].adres(old, item): item_url(kind.naam, item)
        for kind in KINDS
        if kind.sectie and kind.hernoembaar
        for item in dataset.items_of(kind.naam)
        for old in getattr(item, "oude_ids", ())
    }
