"""Static SVG maps drawn from the CBS 2020 boundaries: the maps readers see on the pages.

An inline SVG needs no script, no extra request and no map library: every gemeente is a real link
(mouse, tap, keyboard, JavaScript off), a one-finger swipe over it scrolls the page like any picture,
and the browser's own zoom enlarges it sharply. Coordinates are whole units of a plane where one
unit is about one screen pixel at the map's drawn width, written as short relative path steps, so
a map of all 355 gemeenten stays near 50 kB before compression.
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass
from functools import cache

from kennisbank.data import geo

# Equirectangular projection with the scale of 52.2° N (the middle of the country): a degree of
# longitude is cos(52.2°) of a degree of latitude there, so shapes look as they do on a Dutch map.
LON_FACTOR = math.cos(math.radians(52.2))


@dataclass(frozen=True)
class Frame:
    """The box a map shows, in degrees, and its scale in units per degree of latitude."""

    west: float
    south: float
    east: float
    north: float
    scale: float

    @classmethod
    def around(cls, areas: list[geo.Area], width: float) -> Frame:
        boxes = [geo.bounding_box(area) for area in areas]
        west, south = min(b[0] for b in boxes), min(b[1] for b in boxes)
        east, north = max(b[2] for b in boxes), max(b[3] for b in boxes)
        return cls(west, south, east, north, width / ((east - west) * LON_FACTOR))

    def point(self, lon: float, lat: float) -> tuple[int, int]:
        return round((lon - self.west) * LON_FACTOR * self.scale), round((self.north - lat) * self.scale)

    @property
    def size(self) -> tuple[int, int]:
        return self.point(self.east, self.south)

    @property
    def view_box(self) -> str:
        width, height = self.size
        return f"0 0 {width} {height}"

    @property
    def tolerance(self) -> float:
        """Simplification tolerance in degrees: a third of a unit, so nothing visible is lost."""
        return 1 / (3 * self.scale)


def path_data(areas: list[geo.Area], frame: Frame) -> str:
    """SVG path data of the areas' rings: 'M x y' then relative steps ('l3-2 4 5'), closed with 'z'.
    Steps that round to nothing are dropped; a ring that shrinks below a triangle is left out."""
    return "".join(_area_path(area, frame) for area in areas)


@cache
def _area_path(area: geo.Area, frame: Frame) -> str:
    # Cached: the national map and the six theme maps draw the same gemeenten in the same frame.
    parts = []
    for polygon in area.polygons:
        for ring in polygon:
            points = [frame.point(x, y) for x, y in ring]
            steps, (px, py) = [], points[0]
            for x, y in points[1:]:
                if (x, y) != (px, py):
                    steps.append(f"{x - px} {y - py}")
                    px, py = x, y
            if len(steps) >= 3:
                parts.append(f"M{points[0][0]} {points[0][1]}l" + " ".join(steps[:-1]) + "z")
    return "".join(parts).replace(" -", "-")


def bounds(areas: list[geo.Area], frame: Frame) -> tuple[int, int, int, int]:
    """Bounding box of the areas in map units: (left, top, right, bottom)."""
    points = [frame.point(x, y) for area in areas for polygon in area.polygons for x, y in polygon[0]]
    xs, ys = [x for x, _ in points], [y for _, y in points]
    return min(xs), min(ys), max(xs), max(ys)


def shapes_file(
    areas: dict[str, geo.Area], all_id: str, groups: dict[str, list[geo.Area]], frame: Frame
) -> tuple[str, str]:
    """(file name, SVG document) with every area's outline under its code, all of them together under
    `all_id`, and each group's outlines as one path under its name, for <use href="file#code"> on pages.
    The name carries a hash of the content, so a copy in a browser's cache is never stale."""
    shapes = [f'<g id="{all_id}">']
    shapes += [f'<path id="{code}" d="{path_data([areas[code]], frame)}"/>' for code in sorted(areas)] + ["</g>"]
    shapes += [f'<path id="{name}" d="{path_data(members, frame)}"/>' for name, members in groups.items()]
    # Page styles do not reach into a <use>'s copy, so the file brings the stroke rule of the pages' maps.
    document = (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{frame.view_box}">'
        f"<style>path{{vector-effect:non-scaling-stroke}}</style><defs>{''.join(shapes)}</defs></svg>\n"
    )
    return f"nl-{hashlib.sha256(document.encode()).hexdigest()[:8]}.svg", document
