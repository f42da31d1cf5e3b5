"""The domain model of the knowledge base: typed, immutable records built from validated data."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kennisbank.data.kinds import KIND, KINDS
from kennisbank.data.model_gemeenten import Gemeente, Herindeling, Provincie
from kennisbank.data.model_item import Item, Locatie  # noqa: F401 - Locatie: also imported from here

ROLLEN = ("hoofdaanvrager", "deelnemer", "betrokken")
DEELNEMENDE_ROLLEN = ("hoofdaanvrager", "deelnemer")  # the appendix' participants; 'betrokken' is extra


@dataclass(frozen=True)
class Les:
    tekst: str
    bron: str  # document id


@dataclass(frozen=True)
class Thema:
    id: str
    titel: str
    korte_titel: str
    start: str | None
    onderzoeksbureau: str
    introductie: str
    samenvatting: str
    aanbevelingen: tuple[str, ...]
    lessen: tuple[Les, ...]
    media: tuple[Media, ...]
    bronnen: tuple[str, ...]
    oude_ids: tuple[str, ...] = ()  # earlier ids: their addresses redirect here


@dataclass(frozen=True)
class RodeDraad:
    id: str
    nummer: int
    titel: str
    kort: str  # one line for the overview
    uitleg: str
    bronnen: tuple[str, ...]
    oude_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class Redactie:
    """Editors of a document in one role as its colophon names it (e.g. "Tekstredactie"): not its authors."""

    rol: str
    namen: tuple[str, ...]


@dataclass(frozen=True)
class Begrip:
    """A term of the programme explained in the glossary; `vormen` are the spellings linked on pages,
    `ook_genoemd` the other words the sources use for it (search finds the term's pages with them)."""

    id: str
    term: str
    voluit: str | None
    vormen: tuple[str, ...]
    rol: str | None
    kort: str
    uitleg: str
    bronnen: tuple[str, ...]
    ook_genoemd: tuple[str, ...] = ()

    @property
    def zoekwoorden(self) -> tuple[str, ...]:
        """Every word or phrase that names this term, once (case ignored): a search for one finds them all."""
        words = (*self.vormen, *((self.voluit,) if self.voluit else ()), *self.ook_genoemd)
        first: dict[str, str] = {}
        for word in words:
            first.setdefault(word.casefold(), word)
        return tuple(first.values())


@dataclass(frozen=True)
class Partner:
    """A partner organisation under one name; `aliassen` are the other spellings the sources use."""

    id: str
    naam: str
    aliassen: tuple[str, ...]
    bronnen: tuple[str, ...]
    oude_ids: tuple[str, ...] = ()


def partner_key(name: str) -> str:
    """How partner names are compared: case and spacing do not count."""
    return " ".join(name.replace("’", "'").replace("‘", "'").split()).casefold()


@dataclass(frozen=True)
class Document:
    id: str
    titel: str
    type: str
    organisaties: tuple[str, ...]
    auteurs: tuple[str, ...]
    datum: str | None
    datum_toelichting: str | None
    thema: str | None
    behandelt: tuple[str, ...]
    samenvatting: str
    omvang: str | None
    bestand: str | None
    bronnen: tuple[str, ...]
    redactie: tuple[Redactie, ...] = ()
    url: str | None = None  # where to read it online: only an address seen in the seeds or checked
    url_toelichting: str | None = None
    link_soort: str | None = None  # 'rapport' (the report itself) or 'website' (the maker's site)
    opdrachtgever: str | None = None  # for whom it was made, as the sources name it
    oude_ids: tuple[str, ...] = ()
    organisaties_toelichting: str | None = None  # about the maker, e.g. a likely maker no source states, and why


@dataclass(frozen=True)
class GemeenteRol:
    gemeente: str  # gemeente id
    rol: str  # one of ROLLEN


@dataclass(frozen=True)
class Doelgroep:
    omschrijving: str
    aantal: int | None
    aantal_tot: int | None = None
    aantal_toelichting: str | None = None

    @property
    def aantal_tekst(self) -> str | None:
        """The planned number as readers expect it: '40', '80–100', or None when unknown."""
        if self.aantal is None:
            return None
        if self.aantal_tot and self.aantal_tot != self.aantal:
            return f"{self.aantal}–{self.aantal_tot}"
        return str(self.aantal)


@dataclass(frozen=True)
class RodeDraadKoppeling:
    draad: str  # rode draad id
    reden: str


@dataclass(frozen=True)
class Media:
    soort: str
    beschrijving: str
    datum: str | None = None


@dataclass(frozen=True)
class NaAfloop:
    """What became of an approach after the programme, as a source says it."""

    status: str  # one of NA_AFLOOP_STATUSSEN
    toelichting: str
    bron: str  # document id


NA_AFLOOP_STATUSSEN = ("loopt door", "opgenomen in de gewone werkwijze", "gestopt", "nog niet bekend")
NIET_BEKEND = "nog niet bekend"  # what a reader sees (and filters on) where no source says it


@dataclass(frozen=True)
class Record:
    """A pilot or an evaluated lopend initiatief (bestaande werkwijze)."""

    id: str
    soort: str  # pilot | lopend_initiatief
    titel: str
    thema: str | None
    programma: str | None
    gemeenten: tuple[GemeenteRol, ...]
    doelgroep: Doelgroep
    aanpak: str
    partners: tuple[str, ...]
    kernpunten: tuple[str, ...]
    lessen: tuple[Les, ...]
    rode_draden: tuple[RodeDraadKoppeling, ...]
    media: tuple[Media, ...]
    bronnen: tuple[str, ...]
    onderzoeksbureaus: tuple[str, ...] = ()
    werkwijze: str | None = None
    gestart: str | None = None
    na_afloop: NaAfloop | None = None
    oude_ids: tuple[str, ...] = ()

    @property
    def is_pilot(self) -> bool:
        return self.soort == "pilot"

    @property
    def status_na_afloop(self) -> str:
        """The status a reader sees: the source's word, or 'nog niet bekend'."""
        if self.na_afloop and self.na_afloop.status != NIET_BEKEND:
            return self.na_afloop.status
        return NIET_BEKEND

    @property
    def hoofdaanvrager(self) -> str | None:
        return next((g.gemeente for g in self.gemeenten if g.rol == "hoofdaanvrager"), None)

    def gemeenten_met_rol(self, *rollen: str) -> tuple[str, ...]:
        return tuple(g.gemeente for g in self.gemeenten if g.rol in rollen)


@dataclass(frozen=True)
class Dataset:
    records: tuple[Record, ...]
    gemeenten: tuple[Gemeente, ...]
    provincies: tuple[Provincie, ...]
    themas: tuple[Thema, ...]
    rode_draden: tuple[RodeDraad, ...]
    documenten: tuple[Document, ...]
    begrippen: tuple[Begrip, ...] = ()
    partners: tuple[Partner, ...] = ()
    herindelingen: tuple[Herindeling, ...] = ()
    overige: dict[str, tuple[Item, ...]] = field(default_factory=dict)  # kinds only the registry knows
    locaties: dict[tuple[str, str], Locatie] = field(default_factory=dict, compare=False, repr=False)
    _index: dict[str, dict[str, object]] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        for kind in KINDS:
            self._index[kind.attribuut] = {item.id: item for item in self.items_of(kind.naam)}

    def items_of(self, kind: str) -> tuple:
        """The items of a kind of the registry (data/kinds.py), by its name ('documenten')."""
        return getattr(self, KIND[kind].attribuut) if KIND[kind].eigen_opbouw else self.overige.get(kind, ())

    def item(self, kind: str, id: str) -> Any:
        return self._index[KIND[kind].attribuut][id]

    def record(self, id: str) -> Record:
        return self._index["records"][id]  # type: ignore[return-value]

    def gemeente(self, id: str) -> Gemeente:
        return self._index["gemeenten"][id]  # type: ignore[return-value]

    def provincie(self, id: str) -> Provincie:
        return self._index["provincies"][id]  # type: ignore[return-value]

    def thema(self, id: str) -> Thema:
        return self._index["themas"][id]  # type: ignore[return-value]

    def rode_draad(self, id: str) -> RodeDraad:
        return self._index["rode_draden"][id]  # type: ignore[return-value]

    def document(self, id: str) -> Document:
        return self._index["documenten"][id]  # type: ignore[return-value]

    def partner(self, id: str) -> Partner:
        return self._index["partners"][id]  # type: ignore[return-value]

    def partner_named(self, name: str) -> Partner | None:
        """The partner organisation a record's partner text names (by name or alias), if it is one."""
        if "partner_names" not in self._index:
            self._index["partner_names"] = {partner_key(n): p for p in self.partners for n in (p.naam, *p.aliassen)}
        return self._index["partner_names"].get(partner_key(name))  # type: ignore[return-value]

    def partner_records(self, partner_id: str) -> tuple[tuple[Record, tuple[str, ...]], ...]:
        """The records that name a partner, each with the spellings used there (indexed once per dataset)."""
        if "partner_records" not in self._index:
            found: dict[str, list[tuple[Record, tuple[str, ...]]]] = {}
            for record in self.records:
                by_partner: dict[str, list[str]] = {}
                for text in record.partners:
                    if (partner := self.partner_named(text)) is not None:
                        by_partner.setdefault(partner.id, []).append(text)
                for pid, spellings in by_partner.items():
                    found.setdefault(pid, []).append((record, tuple(spellings)))
            self._index["partner_records"] = {pid: tuple(items) for pid, items in found.items()}  # type: ignore[assignment]
        return self._index["partner_records"].get(partner_id, ())  # type: ignore[return-value]

    def gemeente_records(self, gemeente_id: str) -> tuple[tuple[Record, str], ...]:
        """Every record a gemeente takes part in, with its role there, in data order (indexed once per dataset)."""
        if "gemeente_records" not in self._index:
            found: dict[str, list[tuple[Record, str]]] = {}
            for record in self.records:
                for role in record.gemeenten:
                    found.setdefault(role.gemeente, []).append((record, role.rol))
            self._index["gemeente_records"] = {gid: tuple(items) for gid, items in found.items()}  # type: ignore[assignment]
        return self._index["gemeente_records"].get(gemeente_id, ())  # type: ignore[return-value]

    def locatie(self, kind: str, id: str) -> Locatie | None:
        return self.locaties.get((kind, id))

    @property
    def pilots(self) -> tuple[Record, ...]:
        return tuple(r for r in self.records if r.is_pilot)

    @property
    def lopende_initiatieven(self) -> tuple[Record, ...]:
        return tuple(r for r in self.records if not r.is_pilot)
