"""The programme timeline drawn as SVG: months down the side, each event a marker with its label."""

from __future__ import annotations

from kennisbank.views.timeline import SOORTEN, Timeline

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
    points = " ".join(
        f"{x + dx:.1f},{y + dy:.1f}"
        for dx, dy in (
            (0, -s),
            (t * 0.6, -t * 0.8),
            (s, -t * 0.3),
            (t, t * 0.4),
            (s * 0.6, s),
            (0, t),
            (-s * 0.6, s),
            (-t, t * 0.4),
            (-s, -t * 0.3),
            (-t * 0.6, -t * 0.8),
        )
    )
    return f'<polygon points="{points}"/>'


def _label_positions(events: list[tuple[int, int, float]], y_of) -> list[float]:
    """Where each label goes: at its marker, moved down just enough not to overlap the one above, and then
    moved up where that would push it past the line of the next year (a November label stays in its year)."""
    placed: list[float] = []
    for _, _, y in events:
        placed.append(max(y, placed[-1] + _LINE if placed else y))
    below = float("inf")
    for i in range(len(events) - 1, -1, -1):
        year = events[i][0]
        placed[i] = max(_TOP + 6, min(placed[i], y_of(year + 1, 1) - _MONTH / 2 - 6, below - _LINE))
        below = placed[i]
    return placed


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
            parts.append(
                f'<text x="{_AXIS_X - 8}" y="{qy + 4}" text-anchor="end" font-size="10">{_MONTHS_SHORT[quarter]}</text>'
            )
    label_ys = _label_positions([(*event.maand, y_of(*event.maand)) for event in timeline.dated], y_of)  # type: ignore[misc]
    next_free = 0.0
    for event, label_y in zip(timeline.dated, label_ys, strict=True):
        y = y_of(*event.maand)  # type: ignore[misc]
        next_free = label_y + _LINE
        shape = SOORTEN[event.soort][1]
        parts.append(
            f'<path d="M{_AXIS_X + 7} {y}L{_LABEL_X - 16} {label_y}" stroke="{_INK}" stroke-width=".75" fill="none"/>'
        )
        parts.append(f'<g fill="{_INK}">{marker(shape, _AXIS_X, y)}{marker(shape, _LABEL_X - 9, label_y, 4)}</g>')
        text = f"{event.soort_label if event.soort != 'syntheseonderzoek' else ''} {event.kort}".strip()
        parts.append(
            f'<a href="{escape(href(event.url))}" tabindex="-1"><text x="{_LABEL_X}" y="{label_y + 4}">'
            f"{escape(text)}</text></a>"
        )
    height = max(axis_end, next_free) + 8
    label = f"Tijdlijn van het programma {years[0]}–{years[-1]}"
    return (
        f'<svg class="kb-tijdlijn-svg" aria-hidden="true" focusable="false" viewBox="0 0 {_WIDTH} {height:.0f}" '
        f'font-size="13" fill="{_INK}"><title>{escape(label)}</title>{"".join(parts)}</svg>'
    )
