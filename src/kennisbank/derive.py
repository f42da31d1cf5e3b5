"""Figures and groupings derived from the data (never typed in by hand)."""

from __future__ import annotations

from dataclasses import dataclass

from .model import DEELNEMENDE_ROLLEN, Dataset, Gemeente, Provincie, Record


def participating_gemeenten(dataset: Dataset) -> tuple[Gemeente, ...]:
    """Gemeenten the appendix names for a pilot (hoofdaanvrager or deelnemer), in data order."""
    ids = {g for pilot in dataset.pilots for g in pilot.gemeenten_met_rol(*DEELNEMENDE_ROLLEN)}
    return tuple(g for g in dataset.gemeenten if g.id in ids)


def records_of_gemeente(dataset: Dataset, gemeente_id: str) -> tuple[tuple[Record, str], ...]:
    """Every pilot and initiative a gemeente took part in, with its role there."""
    return tuple((record, role.rol) for record in dataset.records for role in record.gemeenten
                 if role.gemeente == gemeente_id)


def provincies_of_record(dataset: Dataset, record: Record) -> tuple[Provincie, ...]:
    ids = {dataset.gemeente(g.gemeente).provincie for g in record.gemeenten}
    return tuple(p for p in dataset.provincies if p.id in ids)


def records_in_provincie(dataset: Dataset, provincie_id: str) -> tuple[Record, ...]:
    return tuple(r for r in dataset.records if any(p.id == provincie_id for p in provincies_of_record(dataset, r)))


@dataclass(frozen=True)
class KeyFigures:
    pilots: int
    deelnemende_gemeenten: int
    themas: int
    lopende_initiatieven: int
    provincies_met_pilot: int
    provincies: int


def key_figures(dataset: Dataset) -> KeyFigures:
    provinces_with_pilot = {dataset.gemeente(g).provincie for g in (x.id for x in participating_gemeenten(dataset))}
    return KeyFigures(
        pilots=len(dataset.pilots),
        deelnemende_gemeenten=len(participating_gemeenten(dataset)),
        themas=len(dataset.themas),
        lopende_initiatieven=len(dataset.lopende_initiatieven),
        provincies_met_pilot=len(provinces_with_pilot),
        provincies=len(dataset.provincies),
    )
