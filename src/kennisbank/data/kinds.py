"""The registry of record kinds: for each data file, what one item is called, which schema checks it, where its
page lives, which template makes that page, how search and the downloads know it.

Every room reads the kinds from here: loading and checks (file, schema, words in messages), addresses and
renames (section, earlier ids), what changed ('Wat is er nieuw', `kennisbank verschil`), the model, the pages,
search and the downloads. A new kind is one entry here, a schema in `schemas/` and a data file: it gets pages
(the generic `item.md.j2` and `soort.md.j2` unless it names its own template), a search filter value and a
download without further code. ARCHITECTURE.md shows the steps.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Variant:
    """A kind whose items come in sorts with their own address and name (a pilot or a lopend initiatief),
    chosen by the item's `soort` field."""

    enkelvoud: str
    meervoud: str
    lidwoord: str  # 'de' or 'het'
    sectie: str
    zoeksoort: str
    id_voorvoegsel: str = ""  # left out of the address: 'li-eindhoven' is at lopende-initiatieven/eindhoven/


@dataclass(frozen=True)
class Soort:
    naam: str  # file stem (data/<naam>.yaml), schema (schemas/<naam>.schema.json) and key everywhere
    enkelvoud: str  # 'document': in messages, 'Wat is er nieuw' and page texts
    meervoud: str
    lidwoord: str = "het"  # 'de' or 'het': "deze partner", "dit document"
    titelveld: str = "titel"  # the field that names an item
    sectie: str | None = None  # the item's page is at <sectie>/<id>/; None: no page of its own
    sjabloon: str = "item.md.j2"  # template of an item's page (render/templates/)
    overzicht: str = "soort.md.j2"  # template of the section's page that lists every item
    zoeksoort: str | None = None  # the search filter 'soort' of its pages
    download: str | None = None  # 'data/pilots': the site offers data/pilots.json and data/pilots.csv
    redactie: bool = False  # content/<sectie>/<id>.md is merged into the item's page
    hernoembaar: bool = False  # ids can change (oude_ids keeps the old address working)
    melding: str = ""  # how one item is called in validation messages; default: enkelvoud
    dataset: str = ""  # the model's attribute with its items; default: naam
    eigen_opbouw: bool = False  # the site's own builders, model and export know this kind (the original nine)
    varianten: dict[str, Variant] = field(default_factory=dict)  # by the item's 'soort' field
    verzamelnaam: tuple[str, str] = ("", "")  # with variants: what any item is called ('pilot of initiatief', ...)

    @property
    def alle_woorden(self) -> tuple[str, str]:
        """(singular, plural) for an item of any variant."""
        return self.verzamelnaam if self.verzamelnaam[0] else (self.enkelvoud, self.meervoud)

    @property
    def bestand(self) -> str:
        return f"{self.naam}.yaml"

    @property
    def label(self) -> str:
        return self.melding or self.enkelvoud

    @property
    def attribuut(self) -> str:
        return self.dataset or self.naam

    def variant(self, item: Any) -> Variant | None:
        """The variant of an item (a raw dict or a model object), or None for the kind itself."""
        soort = item.get("soort") if isinstance(item, dict) else getattr(item, "soort", None)
        return self.varianten.get(soort) if isinstance(soort, str) else None

    def woorden(self, item: Any = None) -> tuple[str, str]:
        """(singular, 'de' or 'het') for an item of this kind."""
        variant = self.variant(item) if item is not None else None
        return (variant.enkelvoud, variant.lidwoord) if variant else (self.enkelvoud, self.lidwoord)

    def zoek(self, item: Any = None) -> str | None:
        variant = self.variant(item) if item is not None else None
        return variant.zoeksoort if variant else self.zoeksoort

    def adres(self, item_id: str, item: Any = None) -> str:
        """The site-relative address of an item's page ('onderzoek/x/'); an item's variant may choose
        another section."""
        variant = self.variant(item) if item is not None else None
        if variant:
            return f"{variant.sectie}/{item_id.removeprefix(variant.id_voorvoegsel)}/"
        return f"{self.sectie}/{item_id}/"

    @property
    def secties(self) -> tuple[str, ...]:
        """Every section this kind's pages can be in."""
        own = (self.sectie,) if self.sectie else ()
        return own + tuple(variant.sectie for variant in self.varianten.values())


LOPEND_INITIATIEF = Variant(
    "lopend initiatief",
    "lopende initiatieven",
    "het",
    "lopende-initiatieven",
    "lopend initiatief",
    id_voorvoegsel="li-",
)

# In the order in which summaries name them ('2 pilots gewijzigd, 1 document nieuw').
KINDS: tuple[Soort, ...] = (
    Soort(
        "pilots",
        "pilot",
        "pilots",
        "de",
        sectie="pilots",
        sjabloon="record.md.j2",
        overzicht="records.md.j2",
        zoeksoort="pilot",
        download="data/pilots",
        redactie=True,
        hernoembaar=True,
        melding="record",
        dataset="records",
        eigen_opbouw=True,
        varianten={"lopend_initiatief": LOPEND_INITIATIEF},
        verzamelnaam=("pilot of initiatief", "pilots en initiatieven"),
    ),
    Soort(
        "documenten",
        "document",
        "documenten",
        "het",
        sectie="onderzoek",
        sjabloon="document.md.j2",
        overzicht="onderzoek.md.j2",
        zoeksoort="onderzoek",
        redactie=True,
        hernoembaar=True,
        eigen_opbouw=True,
    ),
    Soort(
        "themas",
        "thema",
        "thema's",
        "het",
        sectie="themas",
        sjabloon="thema.md.j2",
        overzicht="themas.md.j2",
        zoeksoort="thema",
        redactie=True,
        hernoembaar=True,
        eigen_opbouw=True,
    ),
    Soort(
        "rode_draden",
        "rode draad",
        "rode draden",
        "de",
        sectie="rode-draden",
        sjabloon="rode_draad.md.j2",
        overzicht="rode_draden.md.j2",
        zoeksoort="rode draad",
        redactie=True,
        hernoembaar=True,
        eigen_opbouw=True,
    ),
    Soort(
        "gemeenten",
        "gemeente",
        "gemeenten",
        "de",
        "naam",
        sectie="gemeenten",
        sjabloon="gemeente.md.j2",
        overzicht="gemeenten.md.j2",
        zoeksoort="gemeente",
        download="data/gemeenten",
        eigen_opbouw=True,
    ),
    Soort(
        "provincies",
        "provincie",
        "provincies",
        "de",
        "naam",
        sectie="provincies",
        sjabloon="provincie.md.j2",
        overzicht="provincies.md.j2",
        zoeksoort="provincie",
        eigen_opbouw=True,
    ),
    Soort(
        "partners",
        "partner",
        "partners",
        "de",
        "naam",
        sectie="partners",
        sjabloon="partner.md.j2",
        overzicht="partners.md.j2",
        zoeksoort="partner",
        hernoembaar=True,
        eigen_opbouw=True,
    ),
    Soort("begrippen", "begrip", "begrippen", "het", "term", eigen_opbouw=True),
    Soort("herindelingen", "herindeling", "herindelingen", "de", "naam", eigen_opbouw=True),
)
KIND: dict[str, Soort] = {kind.naam: kind for kind in KINDS}


def pages_of_kinds() -> tuple[Soort, ...]:
    """The kinds whose items have a page of their own."""
    return tuple(kind for kind in KINDS if kind.sectie)
