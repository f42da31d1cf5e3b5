"""What changed, in a reader's words: 'Wat is er nieuw' and its Atom feed. One heading per day; per record its
kind and name (a link to its page while it has one) and what changed, field by field as the pages name them
(views.field_words); many records with the same change as one line with their number; what a reader cannot
see summed up in one line per day. Made from the one model of a change, views.changes."""

from __future__ import annotations

from dataclasses import dataclass

from kennisbank.common.text import aantal, dutch_date
from kennisbank.data.kinds import KIND, KINDS
from kennisbank.data.model import Dataset
from kennisbank.views.changes import Day, RecordChange
from kennisbank.views.field_words import changed_fields, joined
from kennisbank.views.glossary import GLOSSARY_URL

TOGETHER = 3  # this many records or more with the same change are one line
NAMES_SHOWN = 8  # ... that names them when they are no more than this many
ACTIONS = ("nieuw", "aangepast", "samengevoegd", "verwijderd")
# Plurals in the registry's order (with each kind's variants after it), for the summaries.
ORDER = [plural for kind in KINDS for plural in (kind.meervoud, *(v.meervoud for v in kind.varianten.values()))]


@dataclass(frozen=True)
class Part:
    """A piece of an entry's opening: text, a link when `address` (site-relative) is given."""

    text: str
    address: str | None = None


@dataclass(frozen=True)
class Entry:
    opening: tuple[Part, ...]  # 'Pilot' + a link to it, 'Nieuw: 72 partners', ...
    lines: tuple[str, ...] = ()  # what changed, one line per field


@dataclass(frozen=True)
class ReaderDay:
    date: str  # YYYY-MM-DD
    title: str  # '4 december 2026'
    updated: str  # ISO 8601 time of the day's last change
    summary: str  # '1 partner nieuw; 2 documenten aangepast' (the feed entry's title)
    entries: tuple[Entry, ...]
    rest: str  # one sentence about what changed that a reader does not see, or ''

    @property
    def anchor(self) -> str:
        return f"dag-{self.date}"


class Names:
    """Names and pages of records, from the dataset as it is now; a record that is gone by the name it had in
    the changes shown."""

    def __init__(self, dataset: Dataset, days: list[Day]) -> None:
        self.dataset = dataset
        self.earlier = {(c.kind, c.id): c for day in days for c in day.changes}

    def name(self, kind: str, record_id: str) -> str:
        found = self._item(kind, record_id)
        named = getattr(found, KIND[kind].titelveld, None) if found is not None else None
        if isinstance(named, str) and named:
            return named
        if (kind, record_id) in self.earlier:
            return self.title(self.earlier[(kind, record_id)])
        if kind not in KIND:
            return "iets dat er niet meer is"
        return f"een {KIND[kind].enkelvoud} {'dat' if KIND[kind].lidwoord == 'het' else 'die'} er niet meer is"

    def title(self, change: RecordChange) -> str:
        """The record's name; one without a name (a herindeling that splits a gemeente) by what it is."""
        named = change.record.get(KIND[change.kind].titelveld) if change.kind in KIND else None
        if isinstance(named, str) and named:
            return named
        what = str(change.record.get("soort") or change.noun)
        gemeenten = change.record.get("gemeenten")
        if isinstance(gemeenten, list) and gemeenten and all(isinstance(g, str) for g in gemeenten):
            return f"{what} van {joined([self.name('gemeenten', g) for g in gemeenten])}"
        return what

    def address(self, kind: str, record_id: str) -> str | None:
        """The site-relative address of the record's page; None when it has none (or no longer)."""
        found = self._item(kind, record_id)
        if found is None:
            return None
        if kind == "begrippen":
            return f"{GLOSSARY_URL}#{record_id}"
        if not KIND[kind].sectie or (kind == "partners" and not self.dataset.partner_records(record_id)):
            return None  # a partner has a page once a pilot names it
        return KIND[kind].adres(record_id, found)

    def _item(self, kind: str, record_id: str) -> object | None:
        try:
            return self.dataset.item(kind, record_id)
        except KeyError:
            return None


@dataclass
class _Said:
    """One record's line before records with the same change are taken together."""

    key: tuple  # records with the same key are one line when there are TOGETHER or more
    words: tuple[str, str]  # what one and more of them are called: ('partner', 'partners')
    name: Part  # the record's name, a link to its page
    entry: Entry  # the record's own line
    lead: str = ""  # 'Nieuw: ', 'Verwijderd: ' before the number
    section: str | None = None  # the page that lists every record of its kind
    lines: tuple[str, ...] = ()


def reader_days(dataset: Dataset, days: list[Day]) -> list[ReaderDay]:
    names = Names(dataset, days)
    return [_day(day, names) for day in days]


def _day(day: Day, names: Names) -> ReaderDay:
    said: list[_Said] = []
    unseen: dict[tuple[str, str], int] = {}  # words -> records with only changes a reader cannot see
    kinds_unseen: set[str] = set()
    for change in day.changes:
        words, section = _words(change)
        name = Part(names.title(change), names.address(change.kind, change.id))
        if change.action == "nieuw":
            entry = Entry((Part(f"Nieuw: {words[0]} "), name))
            said.append(_Said(("nieuw", words), words, name, entry, "Nieuw: ", section))
        elif change.action == "gewijzigd":
            lines, hidden = changed_fields(change, names.name)
            if not lines:
                unseen[words] = unseen.get(words, 0) + 1
                kinds_unseen |= hidden
                continue
            entry = Entry((Part(f"{words[0].capitalize()} "), name), tuple(lines))
            said.append(_Said(("aangepast", words, *lines), words, name, entry, lines=tuple(lines)))
        elif change.into is not None:
            target = Part(names.name(change.kind, change.into), names.address(change.kind, change.into))
            opening = (Part(f"{words[0].capitalize()} {name.text} is samengevoegd met "), target)
            said.append(_Said(("samengevoegd", change.id), words, name, Entry(opening)))
        else:
            name = Part(name.text)
            entry = Entry((Part(f"Verwijderd: {words[0]} {name.text}"),))
            said.append(_Said(("verwijderd", words), words, name, entry, "Verwijderd: "))
    summary = _summary(said)
    rest = ""
    if unseen:
        who, what = joined([aantal(count, *words) for words, count in unseen.items()]), _what(kinds_unseen)
        rest = f"Verder zijn bij {who} {what} bijgewerkt." if said else f"Bij {who} zijn {what} bijgewerkt."
        summary = summary or f"{what} bijgewerkt"
    return ReaderDay(day.date, dutch_date(day.date), day.updated, summary, _together(said), rest)


def _summary(said: list[_Said]) -> str:
    """'1 partner en 2 begrippen nieuw; 4 pilots en 29 documenten aangepast', kinds in the registry's order."""
    counts: dict[str, dict[tuple[str, str], int]] = {action: {} for action in ACTIONS}
    for one in sorted(said, key=lambda one: ORDER.index(one.words[1]) if one.words[1] in ORDER else len(ORDER)):
        counts[one.key[0]][one.words] = counts[one.key[0]].get(one.words, 0) + 1
    return "; ".join(
        f"{joined([aantal(n, *words) for words, n in by.items()])} {action}" for action, by in counts.items() if by
    )


def _words(change: RecordChange) -> tuple[tuple[str, str], str | None]:
    """What one and more of these records are called, and the page that lists them all."""
    kind = KIND[change.kind]
    variant = kind.varianten.get(change.soort or "")
    if variant is not None:
        return (variant.enkelvoud, variant.meervoud), f"{variant.sectie}/"
    if change.kind == "begrippen":
        return (kind.enkelvoud, kind.meervoud), GLOSSARY_URL
    return (kind.enkelvoud, kind.meervoud), f"{kind.sectie}/" if kind.sectie else None


def _together(said: list[_Said]) -> tuple[Entry, ...]:
    """Each record's entry, or one entry for TOGETHER or more records with the same change (where the first of
    them stood)."""
    groups: dict[tuple, list[_Said]] = {}
    for one in said:
        groups.setdefault(one.key, []).append(one)
    entries = []
    for group in groups.values():
        if len(group) < TOGETHER:
            entries += [one.entry for one in group]
            continue
        first = group[0]
        count = aantal(len(group), *first.words)
        opening = [Part(first.lead), Part(count, first.section if first.lead == "Nieuw: " else None)]
        if len(group) <= NAMES_SHOWN:
            opening.append(Part(": "))
            for index, one in enumerate(group):
                opening.append(one.name)
                if index < len(group) - 1:
                    opening.append(Part(" en " if index == len(group) - 2 else ", "))
        entries.append(Entry(tuple(part for part in opening if part.text), first.lines))
    return tuple(entries)


def _what(kinds: set[str]) -> str:
    if kinds == {"bron"}:
        return "bronvermeldingen"
    return "bronvermeldingen en andere achterliggende gegevens" if "bron" in kinds else "achterliggende gegevens"
