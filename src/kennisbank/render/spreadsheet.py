"""The spreadsheet download (data/kennisbank.xlsx): one sheet per kind — pilots and initiatives, gemeenten,
documents — with readable Dutch column names, for readers who open it in Excel or LibreOffice. A list inside a
cell has one item per line, so names with commas ('Nuenen, Gerwen en Nederwetten') cannot be misread. The file
is the same byte for byte from build to build: fixed document dates and zip entry times."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import zipfile
from typing import Any

from kennisbank.common.store import Store, key_of, maker_of
from kennisbank.common.text import dutch_date
from kennisbank.data.model import Dataset
from kennisbank.data.velden import DOC_TYPES

SPREADSHEET = "data/kennisbank.xlsx"
FIXED_TIME = dt.datetime(2021, 1, 1)  # the document's own dates: fixed, so builds are reproducible
ZIP_TIME = (1980, 1, 1, 0, 0, 0)
MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")
SOORT = {"pilot": "Pilot", "lopend_initiatief": "Lopend initiatief"}
# Control characters a worksheet (XML 1.0) cannot hold; typed into a text by mistake they are invisible anyway.
UNSTORABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
# Part of the cache key: this code and the library that writes the file.
MAKER = maker_of(__file__, libraries=("openpyxl",))


def _lines(values: Any) -> str:
    return "\n".join(str(value) for value in values if value)


def _aantal(record: dict[str, Any]) -> Any:
    doelgroep = record["doelgroep"]
    if doelgroep["aantal"] is not None and doelgroep["aantal_tot"] is not None:
        return f"{doelgroep['aantal']} tot {doelgroep['aantal_tot']}"
    return doelgroep["aantal"]


def _records(rows: list[dict[str, Any]]) -> tuple[list[str], list[list[Any]]]:
    columns = [
        "Titel",
        "Soort",
        "Thema",
        "Gemeenten en hun rol",
        "Provincies",
        "Doelgroep",
        "Aantal deelnemers",
        "Toelichting bij het aantal",
        "Aanpak",
        "Samenwerkingspartners",
        "Belangrijkste punten",
        "Lessen uit de bronnen",
        "Rode draden",
        "Onderzoeksbureaus",
        "Bronnen",
        "Adres op de site",
    ]
    body = [
        [
            r["titel"],
            SOORT.get(r["soort"], r["soort"]),
            r["thema"] or "",
            _lines(f"{g['naam']} ({g['rol']})" for g in r["gemeenten"]),
            _lines(dict.fromkeys(g["provincie"] for g in r["gemeenten"])),
            r["doelgroep"]["omschrijving"],
            _aantal(r),
            r["doelgroep"]["aantal_toelichting"] or "",
            r["aanpak"],
            _lines(r["partners"]),
            _lines(r["kernpunten"]),
            _lines(les["tekst"] for les in r["lessen"]),
            _lines(d["titel"] for d in r["rode_draden"]),
            _lines(r["onderzoeksbureaus"]),
            _lines(b["titel"] for b in r["bronnen"]),
            r["url"],
        ]
        for r in rows
    ]
    return columns, body


def _gemeenten(rows: list[dict[str, Any]]) -> tuple[list[str], list[list[Any]]]:
    columns = [
        "Gemeente (2020)",
        "CBS-code",
        "Provincie",
        "Deed mee",
        "Pilots en initiatieven met haar rol",
        "Hoort nu bij",
        "Herindelingen sinds 2020",
        "Adres op de site",
    ]
    body = [
        [
            g["naam"],
            g["code"],
            g["provincie"],
            "ja" if g["deelgenomen"] else "nee",
            _lines(f"{d['titel']} ({d['rol']})" for d in g["deelname"]),
            _lines(g["huidige_naam"]),
            _lines(
                f"{dutch_date(h['datum'])}: {h['naam'] or h['soort']}"
                + (" (aangekondigd)" if h.get("aangekondigd") else "")
                for h in g["herindelingen"]
            ),
            g["url"],
        ]
        for g in rows
    ]
    return columns, body


def _documenten(dataset: Dataset, url_of: Any) -> tuple[list[str], list[list[Any]]]:
    columns = ["Titel", "Soort", "Gemaakt door", "Verschenen", "Thema", "Omvang", "Waar te lezen", "Adres op de site"]
    body = [
        [
            d.titel,
            DOC_TYPES.get(d.type, d.type),
            _lines(d.organisaties) or (d.organisaties_toelichting or ""),
            dutch_date(d.datum) if d.datum else "",
            dataset.thema(d.thema).titel if d.thema else "",
            d.omvang or "",
            d.url or "",
            url_of(d),
        ]
        for d in dataset.documenten
    ]
    return columns, body


def _sheet(workbook: Any, title: str, columns: list[str], body: list[list[Any]]) -> None:
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    sheet = workbook.create_sheet(title)
    sheet.append(columns)
    for row in body:
        sheet.append([UNSTORABLE.sub("", value) if isinstance(value, str) else value for value in row])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = wrap
    for index, name in enumerate(columns, start=1):
        longest = max([len(name), *(len(str(line)) for row in body for line in str(row[index - 1]).split("\n"))])
        sheet.column_dimensions[get_column_letter(index)].width = min(max(12, longest + 2), 60)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions


def spreadsheet(
    dataset: Dataset,
    records: list[dict[str, Any]],
    gemeenten: list[dict[str, Any]],
    url_of: Any,
    store: Store | None = None,
) -> bytes:
    """The workbook as bytes; `records` and `gemeenten`: the rows of the JSON downloads. With `store` (the
    package's cache) the workbook is written again only when a cell or this code changed."""
    sheets = [
        ("Pilots en initiatieven", *_records(records)),
        ("Gemeenten", *_gemeenten(gemeenten)),
        ("Documenten", *_documenten(dataset, url_of)),
    ]
    if store is None:
        return _workbook(sheets)
    key = key_of(MAKER, json.dumps(sheets, ensure_ascii=False, default=str))
    return store.made("spreadsheet", key, lambda: _workbook(sheets))


def _workbook(sheets: list[tuple[str, list[str], list[list[Any]]]]) -> bytes:
    # openpyxl is imported only here: a build whose cells did not change does not load it (17 MB).
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, columns, body in sheets:
        _sheet(workbook, title, columns, body)
    workbook.properties.creator = "Kennisbank Pilotprogramma VOI"
    workbook.properties.created = workbook.properties.modified = FIXED_TIME
    raw = io.BytesIO()
    workbook.save(raw)
    return _fixed_zip(raw.getvalue())


def _fixed_zip(data: bytes) -> bytes:
    """The same zip with every entry's time fixed (openpyxl stamps them with the clock)."""
    source, target = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            content = source.read(info.filename)
            if info.filename == "docProps/core.xml":  # openpyxl stamps 'modified' with the clock when it saves
                content = MODIFIED.sub(
                    rb"\g<1>" + FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode() + rb"\g<2>", content
                )
            out.writestr(fixed, content)
    return target.getvalue()
