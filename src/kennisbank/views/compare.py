"""Side-by-side comparison of records: the rows of the comparison table, used both for the static page
per record (works without JavaScript) and for the one compact JSON the comparison script reads."""

from __future__ import annotations

import json

from kennisbank.data import urls
from kennisbank.data.model import Dataset, Record
from kennisbank.views.related import related_records

COMPARE_JSON = "vergelijk/gegevens.json"  # the records a reader can add: names and addresses, no rows
COMPARE_ROWS = "vergelijk/rijen"  # <id>.json per record: its rows, loaded only when it is on the table
MAX_RECORDS = 4  # a reader compares at most four records; four columns still fit on A4
# Row headings that say what follows, also read out of context (a screen reader's list of row headings).
ROWS = (
    "Gemeenten en hun rol",
    "Doelgroep",
    "Aantal deelnemers",
    "Aanpak",
    "Samen met",
    "Belangrijkste punten",
    "Lessen uit de bronnen",
    "Rode draden",
)
EMPTY = "niet in de bronnen"  # an empty cell, in words (page and script alike)


def compare_url(record: Record) -> str:
    return f"vergelijk/{record.id}/"


def default_selection(dataset: Dataset, record: Record) -> tuple[Record, ...]:
    """The record and the records most like it, as many as fit in one comparison."""
    return (record, *(r.record for r in related_records(dataset, record, limit=MAX_RECORDS - 1)))


def choice_status(selection: tuple[Record, ...]) -> str:
    """What the comparison controls say about the choice (the same sentence as vergelijk.js writes after
    each change, so the page does not change when the script takes over)."""
    full = (
        f"U vergelijkt er {MAX_RECORDS}, het maximum; verwijder er eerst een om een andere toe te voegen. "
        if len(selection) >= MAX_RECORDS
        else ""
    )
    return f"{full}Nu naast elkaar: {', '.join(r.titel for r in selection)}."


def partner_text(dataset: Dataset, name: str) -> str:
    """A partner under its one name, with the record's own wording after it when that says more (as on the
    record page): 'VluchtelingenWerk (Vluchtelingenwerk Midden Nederland)'."""
    partner = dataset.partner_named(name)
    if partner is None or name.casefold() == partner.naam.casefold():
        return partner.naam if partner else name
    return f"{partner.naam} ({name})"


def rows(dataset: Dataset, record: Record) -> tuple[tuple[str, ...], ...]:
    """One tuple of texts per row of ROWS (a single text or a list's items); empty = unknown/none."""
    doelgroep = record.doelgroep
    aantal = doelgroep.aantal_tekst or EMPTY
    if doelgroep.aantal_toelichting:
        aantal += f" ({doelgroep.aantal_toelichting})"
    return (
        tuple(f"{dataset.gemeente(g.gemeente).naam} ({g.rol})" for g in record.gemeenten),
        (doelgroep.omschrijving,),
        (aantal,),
        (record.aanpak,),
        tuple(partner_text(dataset, name) for name in record.partners),
        record.kernpunten,
        tuple(les.tekst for les in record.lessen),
        tuple(dataset.rode_draad(link.draad).titel for link in record.rode_draden),
    )


def compare_json(dataset: Dataset) -> str:
    """The records a reader can add, compact: what the comparison script loads first. Their rows are apart
    (compare_rows_files), so a comparison page does not load every record's rows (at 100x the records 7 MB)."""
    data = {
        "rijen": list(ROWS),
        "leeg": EMPTY,
        "max": MAX_RECORDS,
        "records": [
            {
                "id": r.id,
                "titel": r.titel,
                "soort": "pilot" if r.is_pilot else "lopend initiatief",
                "url": urls.record_url(r),
            }
            for r in dataset.records
        ],
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def compare_rows_files(dataset: Dataset) -> dict[str, str]:
    """Site path -> the comparison rows of one record, compact JSON: loaded when the record is on the table."""
    return {
        f"{COMPARE_ROWS}/{r.id}.json": json.dumps(
            {"rijen": [list(row) for row in rows(dataset, r)]}, ensure_ascii=False, separators=(",", ":")
        )
        for r in dataset.records
    }
