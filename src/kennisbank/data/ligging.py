"""Where every CBS-2020 gemeente lies: its provincie and its centre, and distances between centres.

Computed once per build from the boundaries in data/geo (355 gemeenten, 12 provincies); pages only
look results up, so 230 extra gemeente pages cost no geometry work of their own.

Distance = straight-line ('hemelsbreed') distance between the centroids (zwaartepunten) of the two
2020 areas, in the Dutch national grid (Rijksdriehoekscoördinaten, EPSG:28992), where one unit is one
metre. The centroid of a gemeente made of several parts (islands) is the area-weighted centre of all
its parts.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kennisbank.data import geo

AFSTAND_UITLEG = (
    "Afstand hemelsbreed tussen de middelpunten (zwaartepunten) van de gemeentegebieden van 2020, "
    "berekend in Rijksdriehoekscoördinaten uit de CBS-grenzen."
)

# Approximation of the RD projection from WGS84 (Schreutelaar's series, as published by Kadaster/NCG):
# accurate to about a metre within the Netherlands, plenty for distances rounded to a kilometre.
_PHI0, _LAM0, _X0, _Y0 = 52.15517440, 5.38720621, 155000.0, 463000.0
_RX = (
    (0, 1, 190094.945),
    (1, 1, -11832.228),
    (2, 1, -114.221),
    (0, 3, -32.391),
    (1, 0, -0.705),
    (3, 1, -2.340),
    (1, 3, -0.608),
    (0, 2, -0.008),
    (2, 3, 0.148),
)
_SY = (
    (1, 0, 309056.544),
    (0, 2, 3638.893),
    (2, 0, 73.077),
    (1, 2, -157.984),
    (3, 0, 59.788),
    (0, 1, 0.433),
    (2, 2, -6.439),
    (1, 1, -0.032),
    (0, 4, 0.092),
    (1, 4, -0.054),
)

Punt = tuple[float, float]  # RD metres (x, y)


def naar_rd(lon: float, lat: float) -> Punt:
    dphi, dlam = 0.36 * (lat - _PHI0), 0.36 * (lon - _LAM0)
    x = _X0 + sum(c * dphi**p * dlam**q for p, q, c in _RX)
    y = _Y0 + sum(c * dphi**p * dlam**q for p, q, c in _SY)
    return x, y


def _ring_moments(ring: geo.Ring) -> tuple[float, float, float]:
    """Signed area and first moments of a ring in RD (shoelace formula)."""
    points = [naar_rd(lon, lat) for lon, lat in ring]
    area = cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(points, points[1:] + points[:1]):
        cross = x1 * y2 - x2 * y1
        area += cross
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
    return area / 2, cx / 6, cy / 6


def zwaartepunt(area: geo.Area) -> Punt:
    """Area-weighted centroid of all parts of an area, holes subtracted, in RD metres."""
    total = sx = sy = 0.0
    for polygon in area.polygons:
        for number, ring in enumerate(polygon):
            a, mx, my = _ring_moments(ring)
            sign = 1 if (a > 0) == (number == 0) else -1  # outer rings add, holes subtract, whatever the winding
            if a < 0:
                a, mx, my = -a, -mx, -my
            total += sign * a
            sx += sign * mx
            sy += sign * my
    return sx / total, sy / total


def afstand_km(a: Punt, b: Punt) -> float:
    return math.hypot(a[0] - b[0], a[1] - b[1]) / 1000


@dataclass(frozen=True)
class Gebied:
    code: str  # GM0003
    naam: str  # official CBS name
    provincie_code: str  # PV20
    centrum: Punt


@dataclass(frozen=True)
class Ligging:
    gemeenten: dict[str, Gebied]  # by CBS code, all 355
    provincies: dict[str, Gebied]  # by CBS code, centrum of the provincie itself

    def afstand(self, code_a: str, code_b: str) -> float:
        return afstand_km(self.gemeenten[code_a].centrum, self.gemeenten[code_b].centrum)


@cache
def lees_ligging(geo_dir: Path) -> Ligging:
    """Provincie and centre of every gemeente of 2020; read once per process and folder."""
    geo_dir = Path(geo_dir)
    provincie_areas = geo.read_areas(geo_dir / geo.PROVINCIE_FILE)
    provincies = {a.code: Gebied(a.code, a.naam, a.code, zwaartepunt(a)) for a in provincie_areas}
    gemeenten = {}
    for area in geo.read_areas(geo_dir / geo.GEMEENTE_FILE):
        inside = geo.interior_point(area)
        provincie = next(p.code for p in provincie_areas if geo.contains(p, inside))
        gemeenten[area.code] = Gebied(area.code, area.naam, provincie, zwaartepunt(area))
    return Ligging(gemeenten, provincies)
