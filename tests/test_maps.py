"""Map rules that need no browser: colours, determinism, escaping, geometry limited to what is shown."""

from __future__ import annotations

import re

from conftest import ROOT
from kennisbank import maps
from kennisbank.loading import load_dataset
from kennisbank.maps import MapMaker

DATASET = load_dataset(ROOT / "data")


def luminance(colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_category_colours_meet_non_text_contrast() -> None:
    colours = [*maps.THEMA_KLEUREN, maps.MEERDERE_KLEUR, maps.LOPEND_KLEUR]
    assert len(set(colours)) == len(colours)
    for colour in colours:
        assert contrast(colour, "#ffffff") >= 3, colour
        assert contrast(colour, maps.NEUTRAAL_KLEUR) >= 3, colour


def test_maps_are_byte_identical_between_runs() -> None:
    first = MapMaker(DATASET, ROOT / "data" / "geo")
    second = MapMaker(DATASET, ROOT / "data" / "geo")
    for view in first.all_views():
        assert first.render(view) == second.render(view)
    assert not re.search(r"[0-9a-f]{32}", first.render(first.national())), "random folium ids left"


def test_a_provincie_map_carries_only_its_own_gemeenten() -> None:
    maker = MapMaker(DATASET, ROOT / "data" / "geo")
    utrecht = maker.provincie("utrecht")
    assert len(utrecht.area_codes) < 40
    assert all(maker.provincie_of_area[code] == "PV26" for code in utrecht.area_codes)
    assert len(maker.render(utrecht)) < len(maker.render(maker.national())) / 4


def test_gemeente_in_several_themes_is_shown_as_such() -> None:
    maker = MapMaker(DATASET, ROOT / "data" / "geo")
    rows = {row.gemeente.id: row for row in maker.national().rows}
    assert rows["delft"].categorie == maps.MEERDERE  # B1-route and brede intake
    assert rows["kampen"].categorie == "b1-route"
    assert rows["eindhoven"].categorie == maps.LOPEND


def test_tooltip_text_from_yaml_is_escaped() -> None:
    maker = MapMaker(DATASET, ROOT / "data" / "geo")
    html = maker.render(maker.provincie("noord-brabant"))
    # Leaflet puts tooltip values in as HTML, so data text arrives entity-escaped (folium writes & as \u0026).
    assert "'s-Hertogenbosch" not in html and "\\u0026#x27;s-Hertogenbosch" in html
    features = re.findall(r'"deelname": "([^"]*)"', html)
    assert features and not any("<" in f for f in features)
