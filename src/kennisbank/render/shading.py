"""Shading table cells by count: one hue from light to dark (a sequential scale that stays readable
without colour vision and in greyscale), with a text colour that keeps a contrast of at least 4.5:1."""

from __future__ import annotations

import math
from dataclasses import dataclass

# Light to dark blue; level 0 (count 0) is unshaded.
SCALE = ("#ffffff", "#deebf7", "#9ecae1", "#3072b0", "#0b3d75")
DARK_TEXT = "#0b1f33"
LIGHT_TEXT = "#ffffff"
MIN_CONTRAST = 4.5


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two #rrggbb colours."""
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def text_colour(background: str) -> str:
    return max((DARK_TEXT, LIGHT_TEXT), key=lambda text: contrast(background, text))


@dataclass(frozen=True)
class Shade:
    level: int
    background: str
    text: str
    label: str  # the counts this shade stands for, for the legend: '0', '1', '2–3'

    @property
    def style(self) -> str:
        return f"background-color:{self.background};color:{self.text}"


def level_of(count: int, maximum: int) -> int:
    """0 for nothing, else 1..len(SCALE)-1 in proportion to the largest count."""
    if count <= 0 or maximum <= 0:
        return 0
    return max(1, math.ceil(count / maximum * (len(SCALE) - 1)))


def shades(maximum: int) -> tuple[Shade, ...]:
    """The shades in use for counts 0..maximum, with the range of counts each one covers."""
    counts: dict[int, list[int]] = {}
    for count in range(maximum + 1):
        counts.setdefault(level_of(count, maximum), []).append(count)
    result = []
    for level, members in sorted(counts.items()):
        label = str(members[0]) if len(members) == 1 else f"{members[0]}–{members[-1]}"
        result.append(Shade(level, SCALE[level], text_colour(SCALE[level]), label))
    return tuple(result)


def shade(count: int, maximum: int) -> Shade:
    return next(s for s in shades(maximum) if s.level == level_of(count, maximum))
