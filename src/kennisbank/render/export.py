"""Open-data downloads: every pilot and lopend initiatief, and every gemeente of 2020, as JSON and as CSV."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from kennisbank.common.store import Store
from kennisbank.data.herindelingen import herindelingen_van
from kennisbank.data.model import Dataset, Record
from kennisbank.data.model_gemeenten import Gemeente
from kennisbank.data.urls import (
    EXPORT_CSV,
    EXPORT_GEMEENTEN_CSV,
    EXPORT_GEMEENTEN_JSON,
    EXPORT_JSON,
    document_url,
    gemeente_url,
    record_url,
)
from kennisbank.render.export_items import item_downloads
from kennisbank.render.spreadsheet import SPREADSHEET, spreadsheet
from kennisbank.views import derive
from kennisbank.views.nabij import AANTAL_NABIJ, Nabijheid

LIST_SEPARATOR = "; "


def record_to_json(dataset: Dataset, record: Record) -> dict[str, Any]:
    doelgroep = record.doelgroep
    return {
        "id": record.id,
        "soort": record.soort,
        "titel": record.titel,
        "thema": dataset.thema(record.thema).titel if record.thema else None,
        "programma": record.programma,
        "gemeenten": [
            {
                "naam": (gemeente := dataset.gemeente(role.gemeente)).naam,
                "code": gemeente.code,
                "provincie": dataset.provincie(gemeente.provincie).naam,
                "rol": role.rol,
            }
            for role in record.gemeenten
        ],
        "doelgroep": {
            "omschrijving": doelgroep.omschrijving,
            "aantal": doelgroep.aantal,
            "aantal_tot": doelgroep.aantal_tot,
            "aantal_toelichting": doelgroep.aantal_toelichting,
        },
        "aanpak": record.aanpak,
        "partners": list(record.partners),
        "kernpunten": list(record.kernpunten),
        "lessen": [{"tekst": les.tekst, "bron": les.bron} for les in record.lessen],
        "rode_draden": [
            {"id": link.draad, "titel": dataset.rode_draad(link.draad).titel, "reden": link.reden}
            for link in record.rode_draden
        ],
        "media": [{"soort": m.soort, "beschrijving": m.beschrijving, "datum": m.datum} for m in record.media],
        "onderzoeksbureaus": list(record.onderzoeksbureaus),
        "werkwijze": record.werkwijze,
        "gestart": record.gestart,
        "bronnen": [{"id": b, "titel": dataset.document(b).titel} for b in record.bronnen],
        "url": record_url(record),
    }


def export_json(dataset: Dataset) -> str:
    rows = [record_to_json(dataset, record) for record in dataset.records]
    return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"


CSV_COLUMNS = (
    "id",
    "soort",
    "titel",
    "thema",
    "programma",
    "hoofdaanvrager",
    "gemeenten",
    "gemeentecodes",
    "provincies",
    "doelgroep",
    "aantal",
    "aantal_tot",
    "aanpak",
    "partners",
    "kernpunten",
    "lessen",
    "rode_draden",
    "onderzoeksbureaus",
    "werkwijze",
    "bronnen",
    "url",
)


def _join(values: Any) -> str:
    return LIST_SEPARATOR.join(values)


def export_csv(dataset: Dataset) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for record in dataset.records:
        item = record_to_json(dataset, record)
        gemeenten = item["gemeenten"]
        head = next((g["naam"] for g in gemeenten if g["rol"] == "hoofdaanvrager"), "")
        writer.writerow(
            [
                item["id"],
                item["soort"],
                item["titel"],
                item["thema"] or "",
                item["programma"] or "",
                head,
                _join(f"{g['naam']} ({g['rol']})" for g in gemeenten),
                _join(g["code"] for g in gemeenten),
                _join(dict.fromkeys(g["provincie"] for g in gemeenten)),
                item["doelgroep"]["omschrijving"],
                "" if item["doelgroep"]["aantal"] is None else item["doelgroep"]["aantal"],
                "" if item["doelgroep"]["aantal_tot"] is None else item["doelgroep"]["aantal_tot"],
                item["aanpak"],
                _join(item["partners"]),
                _join(item["kernpunten"]),
                _join(les["tekst"] for les in item["lessen"]),
                _join(d["titel"] for d in item["rode_draden"]),
                _join(item["onderzoeksbureaus"]),
                item["werkwijze"] or "",
                _join(b["id"] for b in item["bronnen"]),
                item["url"],
            ]
        )
    return buffer.getvalue()


def gemeente_to_json(dataset: Dataset, nabij: Nabijheid, gemeente: Gemeente) -> dict[str, Any]:
    records = derive.records_of_gemeente(dataset, gemeente.id)
    return {
        "id": gemeente.id,
        "naam": gemeente.naam,
        "code": gemeente.code,
        "provincie": dataset.provincie(gemeente.provincie).naam,
        "deelgenomen": bool(records),
        "deelname": [{"id": r.id, "titel": r.titel, "soort": r.soort, "rol": rol} for r, rol in records],
        "huidige_naam": list(gemeente.huidige_namen),
        "herindelingen": [
            {
                "id": h.id,
                "soort": h.soort,
                "datum": h.datum,
                "naam": h.naam,
                "bron": h.bron,
                "aangekondigd": h.aangekondigd,
            }
            for h in herindelingen_van(dataset.herindelingen, gemeente.id)
        ],
        "dichtstbij": [
            {
                "id": n.record.id,
                "titel": n.record.titel,
                "soort": n.record.soort,
                "thema": dataset.thema(n.record.thema).titel if n.record.thema else None,
                "gemeente": n.gemeente.naam,
                "afstand_km": round(n.km, 1),
            }
            for n in nabij.bij_gemeente(gemeente, AANTAL_NABIJ)
        ],
        "url": gemeente_url(gemeente),
    }


def gemeente_rows(dataset: Dataset, nabij: Nabijheid | None = None) -> list[dict[str, Any]]:
    nabij = nabij or Nabijheid(dataset)
    return [gemeente_to_json(dataset, nabij, g) for g in dataset.gemeenten]


def export_gemeenten_json(dataset: Dataset, rows: list[dict[str, Any]] | None = None) -> str:
    rows = gemeente_rows(dataset) if rows is None else rows
    return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"


GEMEENTEN_CSV_COLUMNS = (
    "id",
    "naam",
    "code",
    "provincie",
    "deelgenomen",
    "deelname",
    "huidige_naam",
    "herindelingen",
    "dichtstbij",
    "url",
)


def export_gemeenten_csv(dataset: Dataset, rows: list[dict[str, Any]] | None = None) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(GEMEENTEN_CSV_COLUMNS)
    for item in gemeente_rows(dataset) if rows is None else rows:
        writer.writerow(
            [
                item["id"],
                item["naam"],
                item["code"],
                item["provincie"],
                "ja" if item["deelgenomen"] else "nee",
                _join(f"{d['titel']} ({d['rol']})" for d in item["deelname"]),
                _join(item["huidige_naam"]),
                _join(f"{h['datum']} {h['soort']}: {h['bron']}" for h in item["herindelingen"]),
                _join(f"{n['titel']} ({n['gemeente']}, {n['afstand_km']:.0f} km)" for n in item["dichtstbij"]),
                item["url"],
            ]
        )
    return buffer.getvalue()


def export_files(dataset: Dataset, nabij: Nabijheid | None = None, store: Store | None = None) -> dict[str, bytes]:
    """Site-relative path -> file content of all downloads; `nabij`: the pages' distances, when already made;
    `store`: the package's cache, for the spreadsheet."""
    rows = gemeente_rows(dataset, nabij)  # nearest records computed once for both gemeente files
    return {
        EXPORT_JSON: export_json(dataset).encode("utf-8"),
        # With the byte-order mark, spreadsheet programs show é and ë correctly.
        EXPORT_CSV: export_csv(dataset).encode("utf-8-sig"),
        EXPORT_GEMEENTEN_JSON: export_gemeenten_json(dataset, rows).encode("utf-8"),
        EXPORT_GEMEENTEN_CSV: export_gemeenten_csv(dataset, rows).encode("utf-8-sig"),
        **item_downloads(dataset),  # the kinds only the registry knows
        SPREADSHEET: spreadsheet(
            dataset, [record_to_json(dataset, r) for r in dataset.records], rows, document_url, store
        ),
    }


def write_exports(dataset: Dataset, site_dir: Path) -> list[Path]:
    """Write both downloads below `site_dir`; returns the files written."""
    written = []
    for relative, content in export_files(dataset).items():
        target = Path(site_dir) / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content)
        written.append(target)
    return written
