"""The programme timeline, from the data: theme starts, interim and final reports, the synthesis and the
evaluations, each with the page it links to. Dates come only from the data (themas `start`,
documenten `datum`); an event without a known date is kept apart, never placed at a guessed date.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from kennisbank.common.text import dutch_sort_key
from kennisbank.data import urls
from kennisbank.data.model import Dataset

# Event kinds in the order the legend and a same-month stack show them; label, marker shape.
SOORTEN: dict[str, tuple[str, str]] = {
    "start": ("Start thema", "circle"),
    "tussenrapportage": ("Tussenrapportage", "square"),
    "evaluatie": ("Evaluatie lopend initiatief", "triangle"),
    "eindrapportage": ("Eindrapportage", "diamond"),
    "syntheseonderzoek": ("Syntheseonderzoek", "star"),
}
DOCUMENT_TYPES = ("tussenrapportage", "eindrapportage", "syntheseonderzoek", "evaluatie")


@dataclass(frozen=True)
class Event:
    soort: str  # key of SOORTEN
    titel: str  # what happened, for the text list: 'Start thema Z-route'
    kort: str  # short label for the graphic: 'Z-route'
    url: str  # site-relative page of the theme or the report
    datum: str | None  # 'YYYY-MM' or 'YYYY-MM-DD' or 'YYYY'; None = unknown
    toelichting: str | None = None  # what the data say about an unknown or vague date

    @property
    def soort_label(self) -> str:
        return SOORTEN[self.soort][0]

    @property
    def maand(self) -> tuple[int, int] | None:
        """(year, month) the graphic places the event at; None when the data give no month."""
        if not self.datum or len(self.datum) < 7:
            return None
        return int(self.datum[:4]), int(self.datum[5:7])


@dataclass(frozen=True)
class Timeline:
    dated: tuple[Event, ...]  # in date order
    undated: tuple[Event, ...]  # no (month) date in the data, in kind and title order

    @property
    def undated_groups(self) -> tuple[tuple[str | None, tuple[Event, ...]], ...]:
        """Undated events grouped by what the data say about their date (said once per group)."""
        groups: dict[str | None, list[Event]] = {}
        for event in self.undated:
            groups.setdefault(event.toelichting, []).append(event)
        return tuple((note, tuple(events)) for note, events in groups.items())

    @property
    def years(self) -> tuple[int, ...]:
        """The whole years the dated events fall in, first to last."""
        found = [e.maand[0] for e in self.dated if e.maand]
        return tuple(range(min(found), max(found) + 1)) if found else ()


def programme_timeline(dataset: Dataset) -> Timeline:
    events = [
        Event("start", f"Start thema {t.korte_titel}", t.korte_titel, urls.thema_url(t), t.start)
        for t in dataset.themas
    ]
    for doc in dataset.documenten:
        if doc.type not in DOCUMENT_TYPES:
            continue
        short = dataset.thema(doc.thema).korte_titel if doc.thema else doc.titel
        if doc.type == "evaluatie":
            short = next((dataset.record(r).titel for r in doc.behandelt), doc.titel)
        elif doc.type == "syntheseonderzoek":
            short = "Syntheseonderzoek"
        events.append(Event(doc.type, doc.titel, short, urls.document_url(doc), doc.datum, doc.datum_toelichting))
    # Several reports of one kind on one theme (Z-route: two interim reports) get a number in the graphic.
    same: dict[tuple[str, str], list[Event]] = {}
    for event in events:
        same.setdefault((event.soort, event.kort), []).append(event)
    for group in same.values():
        if len(group) > 1:
            ordered = sorted(group, key=lambda e: (e.datum or "9999", e.titel))
            for number, event in enumerate(ordered, 1):
                events[events.index(event)] = replace(event, kort=f"{event.kort} ({number})")
    order = list(SOORTEN)
    dated = sorted(
        (e for e in events if e.maand), key=lambda e: (e.maand, order.index(e.soort), dutch_sort_key(e.kort))
    )
    undated = sorted((e for e in events if not e.maand), key=lambda e: (order.index(e.soort), dutch_sort_key(e.titel)))
    return Timeline(tuple(dated), tuple(undated))


# -- drawing --------------------------------------------------------------------------------------
# A vertical time axis (one step per month, top to bottom) so the labels never collide sideways and the
# graphic reads the same on a phone and a laptop; labels slide down when events are close together.
