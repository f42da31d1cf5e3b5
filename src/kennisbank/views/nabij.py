"""Pilots and lopende initiatieven near a gemeente or provincie: "what can we learn from pilots near us?"

The distance from a gemeente to a record is the distance to the nearest gemeente that takes part in it
(any role), measured between the centres of the 2020 areas (see ligging.py). Centres are computed once
per build, so each page costs one pass over the records and no geometry.
"""

from __future__ import annotations

from dataclasses import dataclass

from kennisbank.data.ligging import AFSTAND_UITLEG, afstand_km
from kennisbank.data.model import Dataset, Record
from kennisbank.data.model_gemeenten import Gemeente

AANTAL_NABIJ = 8  # records listed as "in de buurt" (the issue asks for at least five)

__all__ = ["AANTAL_NABIJ", "AFSTAND_UITLEG", "NabijRecord", "Nabijheid"]


@dataclass(frozen=True)
class NabijRecord:
    record: Record
    gemeente: Gemeente  # the participating gemeente nearest to the place asked about
    km: float

    @property
    def km_tekst(self) -> str:
        return f"{self.km:.0f} km" if self.km >= 0.5 else "minder dan 1 km"


class Nabijheid:
    """Distances from any gemeente or provincie to every record, on the centres in the dataset."""

    def __init__(self, dataset: Dataset):
        self.dataset = dataset
        # Per record its gemeenten that have a centre, looked up once per build.
        self._deelnemers = {
            r.id: tuple(g for g in (dataset.gemeente(role.gemeente) for role in r.gemeenten) if g.centrum is not None)
            for r in dataset.records
        }
        # The few gemeenten that take part in anything: a place's distance to each is computed once, not
        # once per record, so more records cost a look-up each.
        self._met_centrum = {g.id: g for gemeenten in self._deelnemers.values() for g in gemeenten}
        self._gevonden: dict[tuple[tuple[float, float], str | None], list] = {}  # (centrum, zonder) -> sorted

    def _alle(
        self, centrum: tuple[float, float] | None, zonder: str | None = None, aantal: int | None = None
    ) -> list[NabijRecord]:
        if centrum is None:
            return []
        if (centrum, zonder) not in self._gevonden:  # a gemeente's page asks twice: in de buurt, in de provincie
            self._gevonden[(centrum, zonder)] = self._sorteer(centrum, zonder)
        found = self._gevonden[(centrum, zonder)]
        return [NabijRecord(record, gemeente, km) for km, _, record, gemeente in found[:aantal]]

    def _sorteer(self, centrum: tuple[float, float], zonder: str | None) -> list[tuple[float, str, Record, Gemeente]]:
        afstand = {gid: (afstand_km(centrum, g.centrum), g.naam, g) for gid, g in self._met_centrum.items()}  # type: ignore[arg-type]
        found = []
        for record in self.dataset.records:
            gemeenten = self._deelnemers[record.id]
            if not gemeenten or any(g.id == zonder for g in gemeenten):
                continue
            km, naam, nearest = min(afstand[g.id] for g in gemeenten)
            found.append((km, record.titel, record, nearest))
        found.sort(key=lambda item: item[:2])
        return found

    def bij_gemeente(self, gemeente: Gemeente, aantal: int = AANTAL_NABIJ) -> tuple[NabijRecord, ...]:
        """The nearest records the gemeente itself does not take part in."""
        return tuple(self._alle(gemeente.centrum, zonder=gemeente.id, aantal=aantal))

    def in_provincie(self, gemeente: Gemeente) -> tuple[NabijRecord, ...]:
        """Records with a gemeente in the same provincie (not the gemeente itself), nearest first, each with
        its nearest gemeente in that provincie."""
        result = []
        for item in self._alle(gemeente.centrum, zonder=gemeente.id):
            here = [g for g in self._deelnemers[item.record.id] if g.provincie == gemeente.provincie]
            if here:
                nearest = min(here, key=lambda g: (afstand_km(gemeente.centrum, g.centrum), g.naam))  # type: ignore[arg-type]
                result.append(NabijRecord(item.record, nearest, afstand_km(gemeente.centrum, nearest.centrum)))  # type: ignore[arg-type]
        return tuple(sorted(result, key=lambda n: (n.km, n.record.titel)))

    def bij_provincie(self, provincie_id: str, aantal: int = AANTAL_NABIJ) -> tuple[NabijRecord, ...]:
        """The records nearest to the centre of a provincie."""
        return tuple(self._alle(self.dataset.provincie(provincie_id).centrum, aantal=aantal))
