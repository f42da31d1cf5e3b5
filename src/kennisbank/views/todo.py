"""The editors' to-do list: what the data does not know yet (reports without a checked link, records without what
became of them, empty fields, herindelingen without a checked web address), each with the file and line to
fill in. For `kennisbank nog-te-doen` and a page for editors that is not in the readers' navigation."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kennisbank.data import urls
from kennisbank.data.loading import ProjectCheck
from kennisbank.data.model import NIET_BEKEND

# Fields of a pilot or lopend initiatief that readers miss when they are empty, with what to look for.
RECORD_FIELDS = {
    ("doelgroep", "aantal"): "hoeveel deelnemers",
    ("kernpunten",): "de kernpunten van de aanpak",
    ("lessen",): "lessen die de bronnen trekken",
    ("partners",): "met wie de gemeente samenwerkte",
}
INITIATIEF_FIELDS = {("gestart",): "wanneer het initiatief begon", ("onderzoeksbureaus",): "wie het evalueerde"}
DOCUMENT_FIELDS = {("datum",): "wanneer het verscheen", ("organisaties",): "wie het maakte"}


@dataclass(frozen=True)
class Item:
    title: str
    url: str | None  # the page on the site
    where: str  # file:line to fill in
    missing: str  # what is not known yet


@dataclass
class Section:
    id: str
    title: str
    explanation: str
    items: list[Item] = field(default_factory=list)


def _empty(value: Any) -> bool:
    return value is None or value == [] or value == ""


def _get(item: dict[str, Any], path: tuple[str, ...]) -> Any:
    for part in path:
        item = item.get(part) if isinstance(item, dict) else None
    return item


def todo(check: ProjectCheck) -> list[Section]:
    dataset = check.dataset()
    sections = [
        Section(
            "rapporten",
            "Rapporten zonder nagekeken link",
            "Lezers willen het rapport zelf lezen. Zet in 'url' het adres waar het staat, alleen als u de pagina "
            "zelf hebt geopend of een bron het adres noemt.",
        ),
        Section(
            "na-2021",
            "Pilots en initiatieven: wat er na het programma van werd",
            "Loopt de aanpak door, is hij opgenomen in de gewone werkwijze of gestopt? Vul het in zodra een bron "
            "het zegt, met die bron.",
        ),
        Section(
            "lege-velden",
            "Lege velden bij pilots, initiatieven en documenten",
            "Wat de bronnen niet zeggen, blijft leeg. Staat het wel in een bron, vul het dan in met die bron.",
        ),
        Section(
            "herindelingen",
            "Herindelingen zonder nagekeken webadres",
            "De bron van een herindeling is nu in woorden genoemd (bijvoorbeeld het CBS of de Staatscourant). "
            "Een webadres mag erbij als u de pagina zelf hebt geopend.",
        ),
    ]
    by_id = {s.id: s for s in sections}
    documenten = check.files["documenten"]
    for index, raw in documenten.items():
        document = dataset.document(raw["id"])
        where = _where(documenten, (index, "url") if "url" in raw else (index, "id"))
        if not document.url:
            by_id["rapporten"].items.append(Item(document.titel, urls.document_url(document), where, "een link"))
        by_id["lege-velden"].items += _empty_fields(
            documenten, index, DOCUMENT_FIELDS, document.titel, urls.document_url(document)
        )
    pilots = check.files["pilots"]
    for index, raw in pilots.items():
        record = dataset.record(raw["id"])
        if record.na_afloop is None or record.na_afloop.status == NIET_BEKEND:
            where = _where(pilots, (index, "na_afloop") if "na_afloop" in raw else (index, "id"))
            by_id["na-2021"].items.append(
                Item(record.titel, urls.record_url(record), where, "wat er na 2021 van werd (na_afloop)")
            )
        fields = {**RECORD_FIELDS, **({} if record.is_pilot else INITIATIEF_FIELDS)}
        by_id["lege-velden"].items += _empty_fields(pilots, index, fields, record.titel, urls.record_url(record))
    # Only what the data can hold: a gemeente's former gemeenten have no field for a web address.
    herindelingen = check.files["herindelingen"]
    for index, raw in herindelingen.items():
        if _empty(raw.get("url")):
            by_id["herindelingen"].items.append(
                Item(str(raw.get("naam") or raw["id"]), None, _where(herindelingen, (index, "id")), "een webadres")
            )
    return sections


def _empty_fields(file, index: int, fields: dict[tuple[str, ...], str], title: str, url: str) -> list[Item]:
    raw = dict(file.source.data[index])
    return [
        Item(title, url, _where(file, (index, *path)), what) for path, what in fields.items() if _empty(_get(raw, path))
    ]


def _where(file, path: tuple[Any, ...]) -> str:
    line = file.source.position(path, key=True)[0]
    return f"{file.source.display_name}:{line}"
