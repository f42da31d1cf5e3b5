"""A data file as the checks see it (its records and where each value stands), and the one way a check
reports a reference to something that does not exist."""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from kennisbank.common.text import slugify
from kennisbank.data.problems import REFERENCE, Problem
from kennisbank.data.schema_check import item_context
from kennisbank.data.yamlsource import YamlSource

# Short vocabularies are listed in full in a message; long ones get "did you mean" suggestions.
_LIST_ALL_BELOW = 15


PLACEHOLDER = "NOG INVULLEN"  # written by `kennisbank nieuw` where the editor still has to fill in a field


class KnownIds(list):
    """The ids of one data file, and what became of ids that are no longer there: renamed (an `oude_ids` entry,
    old -> new id) or removed since the earlier version."""

    def __init__(self, ids: list[str], renamed: dict[str, str] | None = None, removed: set[str] | None = None):
        super().__init__(ids)
        self.renamed = dict(renamed or {})
        self.removed = set(removed or ())


@dataclass
class DataFile:
    kind: str  # pilots, gemeenten, ...
    item_label: str
    source: YamlSource

    def items(self) -> Iterator[tuple[int, dict[str, Any]]]:
        if isinstance(self.source.data, list):
            for index, item in enumerate(self.source.data):
                if isinstance(item, dict):
                    yield index, item

    def ids(self) -> KnownIds:
        renamed = {
            old: item["id"]
            for _, item in self.items()
            if isinstance(item.get("id"), str)
            for old in (item.get("oude_ids") if isinstance(item.get("oude_ids"), list) else [])
            if isinstance(old, str)
        }
        return KnownIds([item["id"] for _, item in self.items() if isinstance(item.get("id"), str)], renamed)

    def problem(self, path: tuple[Any, ...], message: str, *, key: bool = False, kind: str = "") -> Problem:
        name, _ = item_context(self.source.data, path, self.item_label)
        if name:  # same shape as schema messages: "pilot 'x', veld 'y': ..."
            message = f"{name}, {message}" if message.startswith("veld ") else f"{name}: {message}"
        return self.source.problem(path, message, key=key, kind=kind)


# Dutch adjectives agree with the noun: "onbekend thema" (het) but "onbekende gemeente" (de).
_NEUTER = {"thema"}


def _unknown(kind_word: str, value: str, allowed: list[str], where: str) -> str:
    adjective = "onbekend" if kind_word in _NEUTER else "onbekende"
    message = f"{adjective} {kind_word} '{value}'"
    if slugify(value) in allowed:  # 'B1 route', 'Ontzorgen': the id in another spelling
        return f"{message}; bedoelt u '{slugify(value)}'? Schrijf het id zo, in kleine letters met koppeltekens"
    if len(allowed) < _LIST_ALL_BELOW:
        return f"{message}; kies uit: {', '.join(allowed)}"
    candidates = list(dict.fromkeys(allowed))
    # An abbreviation ('divosa') is usually the start of the id; otherwise look for near spellings.
    close = [c for c in candidates if c.startswith(value)][:3] or difflib.get_close_matches(
        value, candidates, n=3, cutoff=0.75
    )
    hint = f"; bedoelt u {' of '.join(repr(c) for c in close)}?" if close else ""
    return f"{message}{hint} (moet voorkomen in {where})"


Advice = Callable[[str], str]  # unknown value -> the whole Dutch explanation


def removed_advice(path: tuple[Any, ...]) -> str:
    """What a place that cites a removed record can do, by what kind of place it is."""
    if len(path) >= 3 and path[-3] == "lessen" and path[-1] == "bron":
        return (
            "noem voor deze les een andere bron die hetzelfde zegt (het id van een document), of haal de hele les "
            "weg (de regel met '- tekst:' en die met 'bron:')"
        )
    if len(path) >= 2 and path[-2] == "na_afloop" and path[-1] == "bron":
        return "noem een andere bron die zegt wat er van de aanpak werd, of haal het hele blok na_afloop weg"
    if len(path) >= 2 and path[-2] == "bronnen":
        return "haal deze verwijzing weg uit de lijst; was het de enige bron, noem dan een andere die dit zegt"
    if isinstance(path[-1], int):
        return "haal deze verwijzing weg uit de lijst"
    return "haal deze verwijzing weg of kies een ander record"


def check_ref(
    file: DataFile,
    path: tuple[Any, ...],
    value: Any,
    field: str,
    kind_word: str,
    allowed: list[str] | None,
    where: str,
    advice: Advice | None = None,
) -> list[Problem]:
    # allowed is None when the referenced file could not be read: its own problem is reported instead.
    if allowed is not None and isinstance(value, str) and value not in allowed and not value.startswith(PLACEHOLDER):
        renamed = allowed.renamed.get(value) if isinstance(allowed, KnownIds) else None
        if renamed:
            text = f"'{value}' is een oud id; het id is nu '{renamed}'. Schrijf: {renamed}"
        elif isinstance(allowed, KnownIds) and value in allowed.removed:
            text = f"{kind_word} '{value}' is weggehaald uit {where}: {removed_advice(path)}"
        else:
            text = advice(value) if advice else _unknown(kind_word, value, allowed, where)
        return [file.problem(path, f"veld '{field}': {text}", kind=REFERENCE)]
    return []
