"""Read the CBS 2020 boundaries (TopoJSON, shipped in data/geo) into plain polygons.

Pure Python on purpose: the files are small (355 gemeenten, 12 provincies) and this keeps the
build free of GIS libraries.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

Point = tuple[float, float]  # (lon, lat)
Ring = tuple[Point, ...]
Polygon = tuple[Ring, ...]  # outer ring first, then holes

GEMEENTE_FILE = "gemeente_2020.topojson"
PROVINCIE_FILE = "provincie_2020.topojson"


@dataclass(frozen=True)
class Area:
    code: str  # GM0363 / PV27
    naam: str
    polygons: tuple[Polygon, ...]


def _decode_arcs(topology: dict) -> list[list[Point]]:
    scale_x, scale_y = topology["transform"]["scale"]
    move_x, move_y = topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:  # quantized and delta-encoded
            x += dx
            y += dy
            points.append((x * scale_x + move_x, y * scale_y + move_y))
        arcs.append(points)
    return arcs


def _perpendicular_distance(point: Point, start: Point, end: Point) -> float:
    (x, y), (x1, y1), (x2, y2) = point, start, end
    dx, dy = x2 - x1, y2 - y1
    if dx == dy == 0:
        return ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
    return abs(dy * x - dx * y + x2 * y1 - y2 * x1) / (dx * dx + dy * dy) ** 0.5


def simplify_line(points: list[Point], tolerance: float) -> list[Point]:
    """Douglas–Peucker, keeping both end points (iterative, so long arcs cannot exhaust the stack)."""
    if tolerance <= 0 or len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        index, distance = first, 0.0
        for i in range(first + 1, last):
            d = _perpendicular_distance(points[i], points[first], points[last])
            if d > distance:
                index, distance = i, d
        if distance > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep) if k]


def _ring(indexes: list[int], arcs: list[list[Point]]) -> Ring:
    points: list[Point] = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else list(reversed(arcs[~index]))
        points.extend(arc if not points else arc[1:])  # consecutive arcs share their joining point
    return tuple(points)


@cache
def read_areas(path: Path, tolerance: float = 0.0) -> tuple[Area, ...]:
    """All areas of a TopoJSON file. With a tolerance (degrees), the shared arcs are simplified once,
    before rings are assembled, so neighbouring areas keep exactly the same border."""
    topology = json.loads(Path(path).read_text("utf-8"))
    arcs = [simplify_line(arc, tolerance) for arc in _decode_arcs(topology)]
    (layer,) = topology["objects"].values()
    areas = []
    for geometry in layer["geometries"]:
        parts = [geometry["arcs"]] if geometry["type"] == "Polygon" else geometry["arcs"]
        polygons = tuple(tuple(_ring(ring, arcs) for ring in part) for part in parts)
        props = geometry["properties"]
        areas.append(Area(props["statcode"], props["statnaam"], polygons))
    return tuple(areas)


def official_names(path: Path) -> dict[str, str]:
    """CBS code -> official name, e.g. {'GM0518': "'s-Gravenhage"}."""
    return {area.code: area.naam for area in read_areas(path)}


def _ring_contains(ring: Ring, point: Point) -> bool:
    x, y = point
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def contains(area: Area, point: Point) -> bool:
    return any(
        _ring_contains(polygon[0], point) and not any(_ring_contains(hole, point) for hole in polygon[1:])
        for polygon in area.polygons
    )


def bounding_box(area: Area) -> tuple[float, float, float, float]:
    """(west, south, east, north) of the area's outer rings."""
    xs = [x for polygon in area.polygons for x, _ in polygon[0]]
    ys = [y for polygon in area.polygons for _, y in polygon[0]]
    return min(xs), min(ys), max(xs), max(ys)


def _ring_area(ring: Ring) -> float:
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]))) / 2


def interior_point(area: Area) -> Point:
    """A point guaranteed inside the area's largest polygon (the centre of the widest horizontal
    stretch through its middle), unlike a centroid, which can fall outside a crescent shape."""
    polygon = max(area.polygons, key=lambda p: _ring_area(p[0]))
    lats = [lat for _, lat in polygon[0]]
    y = (min(lats) + max(lats)) / 2
    crossings = []
    for ring in polygon:
        for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
            if (y1 > y) != (y2 > y):
                crossings.append(x1 + (y - y1) * (x2 - x1) / (y2 - y1))
    crossings.sort()
    pairs = list(zip(crossings[::2], crossings[1::2]))
    left, right = max(pairs, key=lambda pair: pair[1] - pair[0])
    return ((left + right) / 2, y)
