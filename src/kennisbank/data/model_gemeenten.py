"""The places of the model: provincies and the 355 gemeenten of 2020 with their names, and what became of
them after 2020 (herindelingen)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Provincie:
    id: str
    naam: str
    code: str
    roepnamen: tuple[str, ...] = ()
    bronnen: tuple[str, ...] = ()
    centrum: tuple[float, float] | None = None  # centroid of the 2020 area, RD metres (see ligging.py)


@dataclass(frozen=True)
class NaamJaar:
    naam: str
    jaar: int
    deel: bool = False  # only a part joined (a split gemeente)


@dataclass(frozen=True)
class LatereWijziging:
    soort: str  # opgegaan_in | verdeeld_over | hernoemd
    namen: tuple[str, ...]
    jaar: int


@dataclass(frozen=True)
class Herindeling:
    """A merger, split or renaming after 2020 (data/herindelingen.yaml), the one source of today's names."""

    id: str
    soort: str  # samenvoeging | toevoeging | splitsing | naamswijziging
    datum: str  # ISO date of the change
    naam: str | None  # name after the change (None for a split)
    gemeenten: tuple[str, ...]  # ids of the 2020 gemeenten concerned
    verdeeld_over: tuple[str, ...]  # split: ids of the 2020 gemeenten that received a part
    bron: str
    url: str | None = None
    aangekondigd: bool = False  # dated after the day the site is built for: not yet in force

    @property
    def jaar(self) -> int:
        return int(self.datum[:4])


@dataclass(frozen=True)
class Gemeente:
    id: str
    naam: str  # official CBS 2020 name
    code: str  # GM####
    provincie: str  # provincie id
    roepnamen: tuple[str, ...] = ()
    schrijfwijzen: tuple[str, ...] = ()
    voormalige_gemeenten: tuple[NaamJaar, ...] = ()
    opgenomen_na_2020: tuple[NaamJaar, ...] = ()
    later: LatereWijziging | None = None
    bronnen: tuple[str, ...] = ()
    in_gegevens: bool = True  # False: known only from the CBS boundaries (no pilot, no name facts)
    centrum: tuple[float, float] | None = None  # centroid of the 2020 area, RD metres (see ligging.py)

    @property
    def huidige_namen(self) -> tuple[str, ...]:
        """The name(s) of the gemeente(n) its area belongs to today."""
        return self.later.namen if self.later else (self.naam,)

    @property
    def eigen_namen(self) -> tuple[str, ...]:
        """The names of this gemeente itself: official, roepnamen, spellings and the gemeenten merged into it
        before 2020."""
        return (self.naam, *self.roepnamen, *self.schrijfwijzen, *(v.naam for v in self.voormalige_gemeenten))

    @property
    def namen_sinds_2020(self) -> tuple[str, ...]:
        """Names that lead here since 2020: gemeenten (partly) added to it, and what it became."""
        return (*(v.naam for v in self.opgenomen_na_2020), *(self.later.namen if self.later else ()))

    @property
    def alle_namen(self) -> tuple[str, ...]:
        """Every name people may search this gemeente by, official name first, without repeats."""
        return tuple(dict.fromkeys((*self.eigen_namen, *self.namen_sinds_2020)))
