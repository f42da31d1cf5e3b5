"""Find a gemeente by any name it goes by and tell the editor, in one message, which id to write.

Editors write the name they know ("Den Haag", "Veghel", "Maashorst", "ALMELO"); the data refers to
a gemeente of the CBS 2020 division by its id. Every name a gemeente goes by comes from the model
(`Gemeente.alle_namen` and the fields behind it), so a change in how mergers are recorded only has to
be reflected in `_names_of` below.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from kennisbank.common.text import slugify
from kennisbank.data.build import build_gemeente
from kennisbank.data.herindelingen import apply_herindelingen, build_herindeling
from kennisbank.data.model_gemeenten import Gemeente, Herindeling

# How a name belongs to a gemeente, best match first.
HUIDIG = "huidig"  # id, official name, roepnaam, schrijfwijze: the gemeente itself
VOORMALIG = "voormalig"  # merged into this gemeente before 2020
OPGENOMEN = "opgenomen"  # a gemeente of 2020 that merged into this one after 2020
LATER = "later"  # the name of the gemeente this one merged into after 2020
CBS = "cbs"  # a gemeente of the CBS 2020 division that is not in data/gemeenten.yaml yet
_RANK = {HUIDIG: 0, VOORMALIG: 1, LATER: 2, OPGENOMEN: 3, CBS: 4}


@dataclass(frozen=True)
class Naam:
    tekst: str  # the name as written in the data
    soort: str
    gemeente: Gemeente | None  # None for a CBS gemeente that is not in the data
    jaar: int | None = None
    cbs: tuple[str, str] | None = None  # (code, official name) of a CBS gemeente not in the data


def sleutel(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form: "'s-Gravenhage", "S-GRAVENHAGE" -> 's-gravenhage'."""
    return slugify(text)


def _readable(items: Iterable[Any], build: Callable[[Any], Any]) -> list[Any]:
    """Build what can be built; an item with its own problem (reported elsewhere) is skipped."""
    built = []
    for item in items:
        try:
            built.append(build(item))
        except (KeyError, TypeError, AttributeError, ValueError):
            continue
    return built


def _usable_herindeling(raw: Any) -> Herindeling:
    change = build_herindeling(raw)
    change.jaar  # noqa: B018 - a datum that is no date (reported by the schema) must not stop the name search
    if not all(isinstance(text, str) for text in (*change.gemeenten, *change.verdeeld_over)):
        raise TypeError("a gemeente that is not an id (reported by the schema)")
    return change


def _usable_gemeente(raw: Any) -> Gemeente:
    gemeente = build_gemeente(raw)
    if not all(isinstance(text, str) for text in (gemeente.id, gemeente.code, *gemeente.eigen_namen)):
        raise TypeError("a name or code that is not text (reported by the schema)")
    return gemeente


def gemeenten_uit_data(items: Iterable[Any], herindelingen: Iterable[Any] = ()) -> list[Gemeente]:
    """The gemeenten of data/gemeenten.yaml as far as they can be read, with the names of today from
    data/herindelingen.yaml: an item with its own problem (reported elsewhere) is left out instead of
    stopping the search for names."""
    gemeenten = _readable(items, _usable_gemeente)
    changes = _readable(herindelingen, _usable_herindeling)
    return list(apply_herindelingen(tuple(gemeenten), tuple(changes)))


def _names_of(gemeente: Gemeente) -> list[Naam]:
    names = [Naam(gemeente.id, HUIDIG, gemeente)]
    names += [Naam(n, HUIDIG, gemeente) for n in (gemeente.naam, *gemeente.roepnamen, *gemeente.schrijfwijzen)]
    names += [Naam(v.naam, VOORMALIG, gemeente, v.jaar) for v in gemeente.voormalige_gemeenten]
    names += [Naam(v.naam, OPGENOMEN, gemeente, v.jaar) for v in gemeente.opgenomen_na_2020]
    # 'verdeeld_over' names the existing gemeenten a split one went to: those are not its names.
    if gemeente.later and gemeente.later.soort == "opgegaan_in":
        names += [Naam(n, LATER, gemeente, gemeente.later.jaar) for n in gemeente.later.namen]
    return names


def _ids(gemeenten: Iterable[Gemeente | None]) -> list[str]:
    return list(dict.fromkeys(g.id for g in gemeenten if g))


class GemeenteNamen:
    """Every name of every gemeente in the data, plus the CBS 2020 names of those not (yet) in it."""

    def __init__(self, gemeenten: Iterable[Gemeente], cbs: dict[str, str] | None = None):
        self.gemeenten = list(gemeenten)
        self.ids = {g.id for g in self.gemeenten}
        self._by_key: dict[str, list[Naam]] = {}
        known_codes = {g.code for g in self.gemeenten}
        entries = [name for g in self.gemeenten for name in _names_of(g)]
        for code, naam in (cbs or {}).items():
            if code not in known_codes:
                entries += [Naam(naam, CBS, None, cbs=(code, naam)), Naam(code, CBS, None, cbs=(code, naam))]
        for entry in entries:
            self._by_key.setdefault(sleutel(entry.tekst), []).append(entry)

    def zoek(self, value: str) -> list[Naam]:
        """Names that match `value` exactly (ignoring case, accents, punctuation), best kind first."""
        found = self._by_key.get(sleutel(value), [])
        if not found:
            return []
        best = min(_RANK[n.soort] for n in found)
        return [n for n in found if _RANK[n.soort] == best]

    def dichtbij(self, value: str) -> list[Naam]:
        """Names spelled almost like `value` (a typo), the closest first."""
        close = difflib.get_close_matches(sleutel(value), list(self._by_key), n=3, cutoff=0.8)
        return self.zoek(close[0]) if close else []

    def eenduidig(self, value: str) -> Gemeente | None:
        """The one gemeente `value` is a current name of (id, naam, roepnaam, schrijfwijze), if any."""
        found = self.zoek(value)
        targets = {n.gemeente.id: n.gemeente for n in found if n.soort == HUIDIG and n.gemeente}
        return next(iter(targets.values())) if len(targets) == 1 else None

    def advies(
        self,
        value: str,
        schrijf: Callable[[str], str],
        bestand: str = "data/gemeenten.yaml",
        opening: str | None = None,
    ) -> str:
        """One Dutch message for an unknown gemeente reference, saying which id to write.
        `schrijf('almelo')` gives the text to write, e.g. 'gemeente: almelo' or '--hoofdaanvrager almelo'."""
        found = self.zoek(value)
        if found:
            opening = opening or (
                f"{quoted(value)} is geen id; " if sleutel(value) != value else f"onbekende gemeente '{value}'; "
            )
            return _explain(value, found, schrijf, bestand, opening=opening)
        close = self.dichtbij(value)
        if close:
            target = close[0].gemeente.naam if close[0].soort == HUIDIG and close[0].gemeente else close[0].tekst
            return _explain(
                close[0].tekst,
                close,
                schrijf,
                bestand,
                opening=f"onbekende gemeente '{value}'; bedoelt u {target}? ",
                guessed=True,
            )
        return (
            f"onbekende gemeente '{value}': geen gemeente in {bestand} heeft dit id of deze naam. "
            "Schrijf het id van een gemeente uit dat bestand (kleine letters, bijvoorbeeld 's-gravenhage') "
            "of voeg de gemeente toe met: kennisbank nieuw gemeente NAAM"
        )


def _choice(ids: list[str], names: dict[str, str], schrijf: Callable[[str], str]) -> str:
    """'Schrijf: gemeente: uden', or for several gemeenten the ids to choose from."""
    if len(ids) == 1:
        return f"Schrijf: {schrijf(ids[0])}"
    options = ", ".join(f"{i} ({names[i]})" for i in ids[:-1]) + f" of {ids[-1]} ({names[ids[-1]]})"
    return f"Schrijf {schrijf('ID')} met het id van de gemeente die meedeed: {options}"


def _and(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " en " + names[-1]


def quoted(value: str) -> str:
    return f'"{value}"' if "'" in value else f"'{value}'"


def _explain(
    name: str, found: list[Naam], schrijf: Callable[[str], str], bestand: str, opening: str, guessed: bool = False
) -> str:
    kind = found[0].soort
    gemeenten = [n.gemeente for n in found if n.gemeente]
    ids = _ids(gemeenten)
    names = {g.id: g.naam for g in gemeenten}
    if kind == HUIDIG:
        if len(ids) == 1:
            (only,) = ids
            if guessed:
                return f"{opening}Schrijf: {schrijf(only)}"
            if sleutel(name) in (only, sleutel(names[only])):
                return f"{opening}het id van {names[only]} is '{only}'. Schrijf: {schrijf(only)}"
            return f"{opening}bedoelt u {names[only]}? Schrijf: {schrijf(only)}"
        return f"{opening}{name} kan verschillende gemeenten zijn. {_choice(ids, names, schrijf)}"
    if kind == VOORMALIG:
        year = found[0].jaar
        return (
            f"{opening}{name} is in {year} opgegaan in {_and([names[i] for i in ids])}. {_choice(ids, names, schrijf)}"
        )
    if kind == LATER:
        year = found[0].jaar
        origin = (
            f"Van de gemeenten in de kennisbank hoort alleen {names[ids[0]]} erbij"
            if len(ids) == 1
            else f"Van de gemeenten in de kennisbank horen {_and([names[i] for i in ids])} erbij"
        )
        return (
            f"{opening}{name} bestaat pas sinds {year}, de kennisbank gebruikt de gemeenten van 2020. "
            f"{origin}. {_choice(ids, names, schrijf)}"
        )
    if kind == OPGENOMEN:
        year = found[0].jaar
        into = _and([names[i] for i in ids])
        return (
            f"{opening}{name} was in 2020 nog een eigen gemeente (in {year} opgegaan in {into}) en staat nog "
            f'niet in {bestand}. Voeg haar toe met: kennisbank nieuw gemeente "{name}"'
        )
    # A gemeente of the CBS 2020 division that the data does not have yet.
    code, naam = found[0].cbs or ("", name)
    return (
        f"{opening}{naam} ({code}) staat nog niet in {bestand}. Voeg de gemeente toe met: "
        f'kennisbank nieuw gemeente "{naam}" en schrijf daarna: {schrijf(sleutel(naam))}'
    )
