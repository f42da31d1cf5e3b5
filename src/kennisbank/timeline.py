"""The programme timeline, from the data: theme starts, interim and final reports, the synthesis and the
evaluations, each with the page it links to. Dates come only from the data (themas `start`,
documenten `datum`); an event without a known date is kept apart, never placed at a guessed date.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from . import urls
from .model import Dataset
from .textfmt import dutch_sort_key

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
    events = [Event("start", f"Start thema {t.korte_titel}", t.korte_titel, urls.thema_url(t), t.start)
              for t in dataset.themas]
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
    dated = sorted((e for e in events if e.maand), key=lambda e: (e.maand, order.index(e.soort),
                                                                  dutch_sort_key(e.kort)))
    undated = sorted((e for e in events if not e.maand), key=lambda e: (order.index(e.soort),
                                                                         dutch_sort_key(e.titel)))
    return Timeline(tuple(dated), tuple(undated))


# -- drawing --------------------------------------------------------------------------------------
# A vertical time axis (one step per month, top to bottom) so the labels never collide sideways and the
# graphic reads the same on a phone and a laptop; labels slide down when events are close together.
_WIDTH = 400
_TOP = 18
_AXIS_X = 64
_LABEL_X = 96
_MONTH = 18
_LINE = 17
_INK = "#1a3d5c"
_MONTHS_SHORT = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")


def marker(shape: str, x: float, y: float, size: float = 5.5) -> str:
    """One event marker as SVG: a different shape per kind, so the legend never relies on colour."""
    if shape == "circle":
        return f'<circle cx="{x}" cy="{y}" r="{size}"/>'
    if shape == "square":
        return f'<rect x="{x - size}" y="{y - size}" width="{2 * size}" height="{2 * size}"/>'
    if shape == "triangle":
        return f'<path d="M{x} {y - size - 1}L{x + size + 1} {y + size}L{x - size - 1} {y + size}Z"/>'
    if shape == "diamond":
        s = size + 1.5
        return f'<path d="M{x} {y - s}L{x + s} {y}L{x} {y + s}L{x - s} {y}Z"/>'
    s, t = size + 2, (size + 2) * 0.4
    points = " ".join(f"{x + dx:.1f},{y + dy:.1f}" for dx, dy in (
        (0, -s), (t * .6, -t * .8), (s, -t * .3), (t, t * .4), (s * .6, s), (0, t), (-s * .6, s), (-t, t * .4),
        (-s, -t * .3), (-t * .6, -t * .8)))
    return f'<polygon points="{points}"/>'


def timeline_svg(timeline: Timeline, href) -> str:
    """The dated events as an inline SVG. Its text equivalent is the list beside it (same events, same
    links), so the drawing is hidden from assistive technology and its links are for pointer users only
    (tabindex -1): keyboard and screen-reader users meet each link once, in the list."""
    from markupsafe import escape

    years = timeline.years
    if not years:
        return ""
    first = years[0]

    def y_of(year: int, month: int) -> float:
        return _TOP + ((year - first) * 12 + month - 1) * _MONTH + _MONTH / 2

    axis_end = _TOP + len(years) * 12 * _MONTH
    parts = [f'<line x1="{_AXIS_X}" y1="{_TOP}" x2="{_AXIS_X}" y2="{axis_end}" stroke="{_INK}" stroke-width="2"/>']
    for i, year in enumerate(years):
        y = _TOP + i * 12 * _MONTH
        parts.append(f'<line x1="{_AXIS_X - 10}" y1="{y}" x2="{_AXIS_X + 10}" y2="{y}" stroke="{_INK}"/>')
        parts.append(f'<text x="{_AXIS_X - 14}" y="{y + 16}" text-anchor="end" font-weight="700">{year}</text>')
        for quarter in (3, 6, 9):
            qy = y + quarter * _MONTH
            parts.append(f'<line x1="{_AXIS_X - 4}" y1="{qy}" x2="{_AXIS_X}" y2="{qy}" stroke="{_INK}"/>')
            parts.append(f'<text x="{_AXIS_X - 8}" y="{qy + 4}" text-anchor="end" font-size="10">'
                         f'{_MONTHS_SHORT[quarter]}</text>')
    next_free = 0.0
    for event in timeline.dated:
        year, month = event.maand  # type: ignore[misc]
        y = y_of(year, month)
        label_y = max(y, next_free)
        next_free = label_y + _LINE
        shape = SOORTEN[event.soort][1]
        parts.append(f'<path d="M{_AXIS_X + 7} {y}L{_LABEL_X - 16} {label_y}" stroke="{_INK}" stroke-width=".75" '
                     f'fill="none"/>')
        parts.append(f'<g fill="{_INK}">{marker(shape, _AXIS_X, y)}{marker(shape, _LABEL_X - 9, label_y, 4)}</g>')
        text = f"{event.soort_label if event.soort != 'syntheseonderzoek' else ''} {event.kort}".strip()
        parts.append(f'<a href="{escape(href(event.url))}" tabindex="-1"><text x="{_LABEL_X}" y="{label_y + 4}">'
                     f'{escape(text)}</text></a>')
    height = max(axis_end, next_free) + 8
    label = f"Tijdlijn van het programma {years[0]}–{years[-1]}"
    return (f'<svg class="kb-tijdlijn-svg" aria-hidden="true" focusable="false" viewBox="0 0 {_WIDTH} {height:.0f}" '
            f'font-size="13" fill="{_INK}"><title>{escape(label)}</title>{"".join(parts)}</svg>')
