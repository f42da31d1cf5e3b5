"""Two small parts of the model: an item of a kind only the registry of kinds knows, and where an item stands
in the data files (for editors' links and 'laatst gewijzigd')."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Locatie:
    """Where an item stands in the data, for editors: 'data/pilots.yaml', lines 6–51."""

    bestand: str
    regel_van: int
    regel_tot: int
    bijgewerkt: str | None = None  # ISO date of the last committed change to these lines


@dataclass(frozen=True)
class Item:
    """An item of a kind only the registry knows (data/kinds.py): id, title and its other fields as written."""

    id: str
    titel: str
    velden: tuple[tuple[str, Any], ...]
    bronnen: tuple[str, ...] = ()
    oude_ids: tuple[str, ...] = ()
