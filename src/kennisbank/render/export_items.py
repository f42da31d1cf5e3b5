"""Downloads of the kinds only the registry knows (data/kinds.py): every item as JSON and as CSV, with its id,
title, its own fields as written, its sources and the address of its page."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from kennisbank.data import urls
from kennisbank.data.kinds import KINDS, Soort
from kennisbank.data.model import Dataset

LIST_SEPARATOR = "; "


def item_rows(dataset: Dataset, kind: Soort) -> list[dict[str, Any]]:
    return [
        {
            "id": item.id,
            kind.titelveld: item.titel,
            **dict(item.velden),
            "bronnen": list(item.bronnen),
            "url": urls.item_url(kind.naam, item) if kind.sectie else None,
        }
        for item in dataset.items_of(kind.naam)
    ]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return LIST_SEPARATOR.join(_cell(part) for part in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def items_csv(rows: list[dict[str, Any]]) -> str:
    columns = list(dict.fromkeys(key for row in rows for key in row))
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(column)) for column in columns])
    return buffer.getvalue()


def item_downloads(dataset: Dataset) -> dict[str, bytes]:
    """Site-relative path -> content, for every registry-only kind that names a download."""
    files = {}
    for kind in KINDS:
        if kind.download and not kind.eigen_opbouw:
            rows = item_rows(dataset, kind)
            files[f"{kind.download}.json"] = (json.dumps(rows, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
            files[f"{kind.download}.csv"] = items_csv(rows).encode("utf-8-sig")
    return files
