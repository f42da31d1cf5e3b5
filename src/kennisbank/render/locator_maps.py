"""Locator maps for the gemeente pages: a small map of the provincie with the gemeente dark, drawn once
for all 355 gemeenten."""

from __future__ import annotations

import html
from functools import cached_property

from markupsafe import Markup

from kennisbank.render import svgkaart
from kennisbank.render.maps import LIGGING_BREEDTE, MEERDERE_KLEUR, NEUTRAAL_KLEUR, PROVINCIE_RAND, MapMaker


class LocatorMaps:
    """Where every gemeente lies, as a small SVG figure per CBS gemeente code."""

    def __init__(self, maker: MapMaker):
        self.maker = maker

    def ligging(self, code: str) -> Markup:
        """Where a gemeente lies, for its page: a small map of its provincie in light grey with the
        gemeente dark (ringed when too small to spot), and a caption saying the same. About 1–2 kB."""
        return Markup(self._liggingen.get(code, ""))

    @cached_property
    def _liggingen(self) -> dict[str, str]:
        """All 355 locator maps at once: each provincie's outline and frame is worked out once."""
        result = {}
        by_provincie: dict[str, list[str]] = {}
        for code, provincie_code in self.maker.provincie_of_area.items():
            by_provincie.setdefault(provincie_code, []).append(code)
        provincie_naam = {p.code: p.naam for p in self.maker.dataset.provincies}
        for provincie_code, codes in sorted(by_provincie.items()):
            frame = svgkaart.Frame.around([self.maker.provincie_areas[provincie_code]], LIGGING_BREEDTE)
            (outline,) = self.maker.provincie_areas_at((provincie_code,), frame.tolerance)
            areas = self.maker.areas_at(tuple(codes), frame.tolerance)
            width, height = frame.size
            background = (
                f'<path d="{svgkaart.path_data([outline], frame)}" fill="{NEUTRAAL_KLEUR}" '
                f'stroke="{PROVINCIE_RAND}" stroke-width="1"/>'
            )
            for code in codes:
                area = areas[code]
                left, top, right, bottom = svgkaart.bounds([area], frame)
                ring = ""
                if max(right - left, bottom - top) < 14:  # too small to spot at a glance: circle it
                    ring = (
                        f'<circle cx="{(left + right) / 2:g}" cy="{(top + bottom) / 2:g}" r="12" fill="none" '
                        f'stroke="{PROVINCIE_RAND}" stroke-width="2"/>'
                    )
                naam, provincie = html.escape(area.naam), html.escape(provincie_naam.get(provincie_code, ""))
                result[code] = (
                    f'<figure class="kb-ligging-figuur" data-pagefind-ignore="all"><svg class="kb-ligging" '
                    f'viewBox="-10 -10 {width + 20} {height + 20}" width="{width + 20}" height="{height + 20}" '
                    f'role="img" aria-label="Ligging van {naam} in de provincie {provincie}">{background}'
                    f'<path d="{svgkaart.path_data([area], frame)}" fill="{MEERDERE_KLEUR}"/>{ring}</svg>'
                    f"<figcaption>{naam} (donker) in de provincie {provincie}.</figcaption></figure>"
                )
        return result
