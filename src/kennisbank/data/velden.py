"""What a reader calls each field of a record and its values: the one list of reader labels, next to the
registry of kinds (kinds.py) and the schemas (schemas/). 'Wat is er nieuw' and its feed name a changed field
by it (views.changes_for_readers); the pages show the labels of document and media kinds from here.

A field a reader does not see as such — an id, earlier ids, a source reference, a setting that only steers a
page — is marked so: a change to it is summed up, never named. A field missing here (a kind only the
registry knows, a field the data no longer has) is summed up the same way, unless the kind has no labels at
all: then its field is named as its generic page names it ('korte naam' for korte_naam)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from kennisbank.data.kinds import KIND

DOC_TYPES = {
    "eindrapportage": "Eindrapportage",
    "tussenrapportage": "Tussenrapportage",
    "syntheseonderzoek": "Syntheseonderzoek",
    "evaluatie": "Evaluatie bestaande werkwijze",
    "publicatie": "Publicatie",
    "handreiking": "Handreiking",
    "interviewreeks": "Interviewreeks",
    "magazine": "Magazine",
    "nieuwsbericht": "Nieuwsbericht",
    "bijlage": "Bijlage",
    "rapport": "Rapport",
    "dataset": "Dataset",
}
MEDIA_LABELS = {
    "interview": "Interview",
    "video": "Video",
    "werkbezoek": "Werkbezoek",
    "evaluatie": "Evaluatie",
    "voorbeeld": "Voorbeeld",
    "kennissessie": "Kennissessie",
}


@dataclass(frozen=True)
class Veld:
    """A field as a reader knows it."""

    label: str  # 'Beoogd aantal deelnemers'; empty: a reader does not see this field as such
    noemt: str | None = None  # the kind whose ids the field holds: a reader reads their names
    waarden: Mapping[str, str] = field(default_factory=dict)  # a reader's word for each value
    bron: bool = False  # a source reference: summed up as 'bronvermeldingen'
    stuk: tuple[str, str] = ()  # a list of long texts: one item and more ('les', 'lessen'), as in '2 lessen erbij'


BRON = Veld("", bron=True)
INTERN = Veld("")
MEDIA = {key: label.lower() for key, label in MEDIA_LABELS.items()}
ALGEMEEN = {"id": INTERN, "oude_ids": INTERN, "bronnen": BRON}

# kind -> the field's place ('doelgroep.aantal') -> how a reader knows it; the pages' own words where they have them.
VELDEN: dict[str, dict[str, Veld]] = {
    "pilots": {
        "titel": Veld("Titel"),
        "soort": Veld(
            "Soort", waarden={"pilot": "pilot"} | {k: v.enkelvoud for k, v in KIND["pilots"].varianten.items()}
        ),
        "thema": Veld("Thema", noemt="themas"),
        "programma": Veld("Programma"),
        "gemeenten": Veld("Gemeenten", noemt="gemeenten"),
        "doelgroep.omschrijving": Veld("Voor wie"),
        "doelgroep.aantal": Veld("Beoogd aantal deelnemers"),
        "doelgroep.aantal_tot": Veld("Hoogste beoogde aantal deelnemers"),
        "doelgroep.aantal_toelichting": Veld("Toelichting bij het aantal deelnemers"),
        "aanpak": Veld("Wat de gemeenten deden"),
        "partners": Veld("Partners"),
        "kernpunten": Veld("De belangrijkste punten", stuk=("punt", "punten")),
        "lessen": Veld("Wat de bronnen erover leren", stuk=("les", "lessen")),
        "rode_draden": Veld("Rode draden", noemt="rode_draden"),
        "media": Veld("Interviews, video's en werkbezoeken", waarden=MEDIA),
        "onderzoeksbureaus": Veld("Evaluatie door"),
        "werkwijze": Veld("Hoe de werkwijze in elkaar zit"),
        "gestart": Veld("Loopt sinds"),
        "na_afloop.status": Veld("Na het programma"),
        "na_afloop.toelichting": Veld("Toelichting bij 'Na het programma'"),
        "na_afloop.bron": BRON,
    },
    "documenten": {
        "titel": Veld("Titel"),
        "type": Veld("Soort document", waarden={key: label.lower() for key, label in DOC_TYPES.items()}),
        "organisaties": Veld("Gemaakt door"),
        "organisaties_toelichting": Veld("Toelichting bij de maker"),
        "auteurs": Veld("Auteurs"),
        "redactie": Veld("Redactie"),
        "datum": Veld("Datum"),
        "datum_toelichting": Veld("Toelichting bij de datum"),
        "thema": Veld("Thema", noemt="themas"),
        "behandelt": Veld("Pilots en initiatieven in dit document", noemt="pilots"),
        "samenvatting": Veld("Waar het over gaat"),
        "omvang": Veld("Omvang"),
        "url": Veld("Webadres"),
        "opdrachtgever": Veld("Opdrachtgever"),
        "url_toelichting": INTERN,
        "link_soort": INTERN,
        "bestand": INTERN,
    },
    "themas": {
        "titel": Veld("Titel"),
        "korte_titel": Veld("Korte titel"),
        "start": Veld("Start"),
        "onderzoeksbureau": Veld("Procesevaluatie door"),
        "introductie": Veld("Waar dit thema over gaat"),
        "samenvatting": Veld("Wat het onderzoek vond"),
        "aanbevelingen": Veld("Aanbevelingen uit het onderzoek", stuk=("aanbeveling", "aanbevelingen")),
        "lessen": Veld("Lessen uit de tussenrapportage", stuk=("les", "lessen")),
        "media": Veld("Interviews, video's en kennissessies", waarden=MEDIA),
    },
    "rode_draden": {
        "titel": Veld("Titel"),
        "nummer": Veld("Nummer"),
        "kort": Veld("Korte uitleg"),
        "uitleg": Veld("Uitleg"),
    },
    "gemeenten": {
        "naam": Veld("Naam"),
        "code": Veld("CBS-code"),
        "provincie": Veld("Provincie", noemt="provincies"),
        "roepnamen": Veld("Roepnamen"),
        "schrijfwijzen": Veld("Schrijfwijzen in de bronnen"),
        "voormalige_gemeenten": Veld("Voormalige gemeenten"),
    },
    "provincies": {"naam": Veld("Naam"), "code": Veld("CBS-code"), "roepnamen": Veld("Roepnamen")},
    "partners": {"naam": Veld("Naam"), "aliassen": Veld("In de bronnen ook")},
    "begrippen": {
        "term": Veld("Term"),
        "voluit": Veld("Voluit"),
        "kort": Veld("Korte uitleg"),
        "uitleg": Veld("Uitleg"),
        "ook_genoemd": Veld("Ook genoemd"),
        "vormen": INTERN,
        "rol": INTERN,
    },
    "herindelingen": {
        "naam": Veld("Naam"),
        "soort": Veld("Soort"),
        "datum": Veld("Datum"),
        "gemeenten": Veld("Gemeenten", noemt="gemeenten"),
        "verdeeld_over": Veld("Verdeeld over", noemt="gemeenten"),
        "bron": BRON,
        "url": BRON,
    },
}
# A variant of a kind whose page says it in its own words (a lopend initiatief 'doet', a pilot's gemeenten 'deden').
VARIANT_VELDEN: dict[tuple[str, str], dict[str, Veld]] = {
    ("pilots", "lopend_initiatief"): {"aanpak": Veld("Wat het initiatief doet")},
}


def veld(kind: str, place: str, soort: str | None = None) -> Veld:
    """How a reader knows the field at `place` ('doelgroep.aantal') of an item of `kind`."""
    known = VARIANT_VELDEN.get((kind, soort or ""), {}).get(place) or VELDEN.get(kind, {}).get(place)
    if known is not None:
        return known
    if place in ALGEMEEN:
        return ALGEMEEN[place]
    if kind in VELDEN or "." in place:
        return INTERN  # a field the data no longer has, or a part of a group no page shows on its own
    return Veld(place.replace("_", " ").capitalize())  # as the generic page of a registry-only kind names it


def groepsvelden(kind: str, place: str) -> tuple[str, ...]:
    """The parts of a group a reader knows one by one ('na_afloop' -> 'status', 'toelichting', 'bron')."""
    return tuple(key.removeprefix(f"{place}.") for key in VELDEN.get(kind, {}) if key.startswith(f"{place}."))
