"""Figures and groupings derived from the data (never typed in by hand)."""

from __future__ import annotations

from dataclasses import dataclass

from kennisbank.common.text import dutch_sort_key as sort_key
from kennisbank.data.model import DEELNEMENDE_ROLLEN, Dataset, Partner, Record
from kennisbank.data.model_gemeenten import Gemeente, Provincie


def participating_gemeenten(dataset: Dataset) -> tuple[Gemeente, ...]:
    """Gemeenten the appendix names for a pilot (hoofdaanvrager or deelnemer), in data order."""
    ids = {g for pilot in dataset.pilots for g in pilot.gemeenten_met_rol(*DEELNEMENDE_ROLLEN)}
    return tuple(g for g in dataset.gemeenten if g.id in ids)


def records_of_gemeente(dataset: Dataset, gemeente_id: str) -> tuple[tuple[Record, str], ...]:
    """Every pilot and initiative a gemeente took part in, with its role there."""
    return dataset.gemeente_records(gemeente_id)


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


def records_of_thema(dataset: Dataset, thema_id: str) -> tuple[Record, ...]:
    return tuple(r for r in dataset.records if r.thema == thema_id)


def documents_about(dataset: Dataset, record_id: str):
    """Documents whose 'behandelt' names the record (reports that cover it)."""
    return tuple(d for d in dataset.documenten if record_id in d.behandelt)


def documents_of_thema(dataset: Dataset, thema_id: str):
    return tuple(d for d in dataset.documenten if d.thema == thema_id)


def citing(dataset: Dataset, document_id: str) -> dict[str, tuple]:
    """Everything that names a document among its sources, per kind: the way back from a source."""
    kinds = {
        "records": dataset.records,
        "themas": dataset.themas,
        "rode_draden": dataset.rode_draden,
        "documenten": dataset.documenten,
        "provincies": dataset.provincies,
        # gemeenten known only from the CBS boundaries all cite them; listing 229 of them says nothing
        "gemeenten": tuple(g for g in dataset.gemeenten if g.in_gegevens),
    }
    result = {}
    for kind, items in kinds.items():
        found = tuple(
            item
            for item in items
            if document_id in item.bronnen or any(les.bron == document_id for les in getattr(item, "lessen", ()))
        )
        result[kind] = tuple(item for item in found if getattr(item, "id", None) != document_id)
    return result


def records_of_rode_draad(dataset: Dataset, draad_id: str) -> tuple[tuple[Record, str], ...]:
    """(record, reden) for every record that illustrates the thread."""
    return tuple((r, link.reden) for r in dataset.records for link in r.rode_draden if link.draad == draad_id)


def rode_draden_matrix(dataset: Dataset) -> dict[tuple[str | None, str], tuple[Record, ...]]:
    """(thema id or None for lopende initiatieven, draad id) -> records illustrating that thread."""
    matrix: dict[tuple[str | None, str], list[Record]] = {}
    for record in dataset.records:
        for link in record.rode_draden:
            matrix.setdefault((record.thema, link.draad), []).append(record)
    return {key: tuple(value) for key, value in matrix.items()}


def records_of_partner(dataset: Dataset, partner_id: str) -> tuple[tuple[Record, tuple[str, ...]], ...]:
    """Pilots and initiatives that name the partner, each with the spellings used there."""
    return dataset.partner_records(partner_id)


def where_partner(dataset: Dataset, partner_id: str) -> tuple[tuple[Provincie, ...], tuple[Gemeente, ...]]:
    """The provincies and the gemeenten (hoofdaanvrager or deelnemer) of the records a partner worked in."""
    records = [record for record, _ in records_of_partner(dataset, partner_id)]
    provincies = tuple(p for p in dataset.provincies if any(p in provincies_of_record(dataset, r) for r in records))
    ids = {g for r in records for g in r.gemeenten_met_rol("hoofdaanvrager", "deelnemer")}
    gemeenten = tuple(sorted((dataset.gemeente(g) for g in ids), key=lambda g: sort_key(g.naam)))
    return provincies, gemeenten


def partners_in_provincie(dataset: Dataset, provincie_id: str) -> tuple[Partner, ...]:
    """Partners of at least one record in the provincie, alphabetically."""
    here = {r.id for r in dataset.records if any(q.id == provincie_id for q in provincies_of_record(dataset, r))}
    found = [p for p in dataset.partners if any(r.id in here for r, _ in records_of_partner(dataset, p.id))]
    return tuple(sorted(found, key=lambda p: sort_key(p.naam)))
