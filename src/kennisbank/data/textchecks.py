"""Warnings about text that is safe but will not look as the editor meant: typed HTML is shown as
literal text, a `javascript:` link is dropped, and a very long title breaks overviews and search
results. Warnings never stop `kennisbank validate` or the build."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from kennisbank.data.consistency import DataFile
from kennisbank.data.problems import WARNING_LABEL, Problem
from kennisbank.data.schema_check import field_label

_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_JAVASCRIPT = re.compile(r"javascript\s*:", re.IGNORECASE)
MAX_TITLE = 120


def _strings(value: Any, path: tuple[Any, ...]) -> Iterable[tuple[tuple[Any, ...], str]]:
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _strings(child, path + (key,))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _strings(child, path + (index,))
    elif isinstance(value, str):
        yield path, value


def _warning(path: tuple[Any, ...], text: str) -> str | None:
    field = field_label(path[1:])
    if _JAVASCRIPT.search(text):
        return (f"veld '{field}': de tekst bevat 'javascript:'; zo'n link wordt niet als link getoond. "
                "Gebruik een gewoon webadres dat begint met https://")
    tag = _TAG.search(text)
    if tag:
        return (f"veld '{field}': de tekst bevat HTML ({tag.group(0)}); die wordt niet uitgevoerd maar letterlijk "
                "als tekst getoond. Haal de tag weg, of gebruik Markdown: *schuin*, **vet**, [tekst](https://…)")
    if path[-1] == "titel" and len(text) > MAX_TITLE:
        return (f"veld '{field}': de titel is {len(text)} tekens lang; houd een titel onder {MAX_TITLE} tekens, "
                "zodat hij in overzichten en zoekresultaten leesbaar blijft, en zet details in de beschrijving")
    return None


def check_text(files: Iterable[DataFile]) -> list[Problem]:
    """Warnings ('waarschuwing: ...') for every text field of every data file."""
    warnings = []
    for file in files:
        for index, item in file.items():
            for path, text in _strings(item, (index,)):
                message = _warning(path, text)
                if message:
                    problem = file.problem(path, message)
                    warnings.append(Problem(problem.file, problem.line, problem.col,
                                            f"{WARNING_LABEL}: {problem.message}"))
    return sorted(warnings)
