"""Map rules that need no browser: colours and hatching, determinism, escaping, the SVG maps' links and
text, the locator maps, and the interactive map document's accessibility basics (parsed HTML)."""

from __future__ import annotations

import json
import re

import pytest
from bs4 import BeautifulSoup
from conftest import ROOT

from kennisbank.data import geo, urls
from kennisbank.data.loading import load_dataset
from kennisbank.render import interactive_map, maps
from kennisbank.render.locator_maps import LocatorMaps
from kennisbank.render.maps import MapMaker

DATASET = load_dataset(ROOT / "data")
MAKER = MapMaker(DATASET, ROOT / "data" / "geo")
LOCATOR = LocatorMaps(MAKER)
VIEWS = {view.slug: view for view in MAKER.all_views()}
CBS_NAMES = geo.official_names(ROOT / "data" / "geo" / geo.GEMEENTE_FILE)  # code -> name, all 355


def luminance(colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def svg(slug: str) -> BeautifulSoup:
    return BeautifulSoup(VIEWS[slug].svg_at("../"), "html.parser")


def test_category_colours_meet_non_text_contrast() -> None:
    colours = [*maps.THEMA_KLEUREN, maps.MEERDERE_KLEUR, maps.LOPEND_KLEUR]
    assert len(set(colours)) == len(colours)
    for colour in colours:
        assert contrast(colour, "#ffffff") >= 3, colour
        assert contrast(colour, maps.NEUTRAAL_KLEUR) >= 3, colour


def test_categories_differ_in_hatching_not_only_in_colour() -> None:
    """Without colour vision the categories are told apart by their pattern; map and legend use the same one."""
    soup = svg("nederland")
    patterns = {p["id"]: str(p.find("path")) if p.find("path") else "" for p in soup.find_all("pattern")}
    legend = [item for item in VIEWS["nederland"].legend if item.categorie != maps.GEEN]
    assert len(legend) == len(DATASET.themas) + 2  # every thema, several themes, only an initiative
    hatchings = [patterns.get(item.fill.removeprefix("url(#").removesuffix(")"), "plain") for item in legend]
    assert len(set(hatchings)) == len(hatchings), "two categories share a hatching"
    used = {shape.get("fill") for shape in soup.select("a use")}
    assert {item.fill for item in legend} <= used


def test_national_map_links_every_gemeente_to_its_page() -> None:
    soup = svg("nederland")
    shapes = soup.select("svg > g > a")
    assert len(shapes) == len(CBS_NAMES) == 355
    assert {a.title.get_text().split(":")[0] for a in shapes} == set(CBS_NAMES.values())
    # Each shape is one gemeente's outline in the shared file, by its CBS code.
    path, document = MAKER.shared_shapes
    outlines = {p["id"]: p["d"] for p in BeautifulSoup(document, "html.parser").find_all("path")}
    assert {a.find("use")["href"] for a in shapes} == {f"../{path}#{code}" for code in CBS_NAMES}
    assert all(outlines[code].startswith("M") for code in CBS_NAMES)
    # Every gemeente with a page is a link to it, through the same address function as all other links.
    expected = {"../" + urls.gemeente_url(g): g.naam for g in DATASET.gemeenten}
    assert {a["href"]: a.title.get_text().split(":")[0] for a in shapes if a.get("href")} == expected
    if len(DATASET.gemeenten) < len(CBS_NAMES):
        pytest.xfail(f"{len(CBS_NAMES) - len(DATASET.gemeenten)} gemeenten have no page yet (issue 10 adds them)")
    assert all(a.get("href") for a in shapes)


def test_coloured_gemeenten_are_named_with_their_category_in_words() -> None:
    soup = svg("nederland")
    titles = {a.title.get_text() for a in soup.select("svg > g > a") if a.find("use").get("fill")}
    assert "Delft: pilots in meerdere thema's" in titles
    assert "Kampen: pilot in thema B1-route" in titles
    assert "Eindhoven: alleen een lopend initiatief" in titles
    assert len(titles) == len(VIEWS["nederland"].rows)


def test_theme_map_colours_and_links_only_that_themes_gemeenten() -> None:
    view = VIEWS["thema-z-route"]
    shapes = svg(view.slug).select("svg > g > a")
    assert all(a.find("use").get("fill") and a.get("href") for a in shapes)  # a keyboard user tabs through these only
    assert {a.title.get_text().split(":")[0] for a in shapes} == {row.gemeente.naam for row in view.rows}
    # The other gemeenten are drawn, in grey, as one background from the shared outlines.
    assert svg(view.slug).select_one("svg > g > use")["href"] == f"../{MAKER.shared_shapes[0]}#{maps.ALLE_ID}"
    assert all(row.categorie == "z-route" for row in view.rows)


def test_map_links_follow_the_page_depth() -> None:
    view = VIEWS["nederland"]
    assert 'href="./gemeenten/lochem/"' in view.svg_at("./")
    assert 'href="../../gemeenten/lochem/"' in view.svg_at("../../")
    assert "\x00" not in view.svg_at("../")


def test_maps_are_byte_identical_between_runs() -> None:
    second = MapMaker(DATASET, ROOT / "data" / "geo")
    assert [v.svg for v in second.all_views()] == [v.svg for v in VIEWS.values()]
    assert interactive_map.render(second) == interactive_map.render(MAKER)
    assert all(LocatorMaps(second).ligging(code) == LOCATOR.ligging(code) for code in CBS_NAMES)
    assert not re.search(r"[0-9a-f]{32}", interactive_map.render(MAKER)), "random folium ids left"


def test_a_provincie_map_carries_only_its_own_gemeenten() -> None:
    utrecht = VIEWS["provincie-utrecht"]
    assert len(utrecht.area_codes) < 40
    assert all(MAKER.provincie_of_area[code] == "PV26" for code in utrecht.area_codes)
    assert len(svg(utrecht.slug).select("svg > g > a")) == len(utrecht.area_codes)


def test_maps_stay_light() -> None:
    """Figures, not timings: the country-wide maps share one file of outlines (a browser fetches it once), so
    each carries only names, links and colours; a provincie map carries its own outlines."""
    assert len(VIEWS["nederland"].svg) < 60_000 and len(MAKER.shared_shapes[1]) < 50_000
    assert all("<path d=" not in v.svg.split("</defs>")[-1] for v in VIEWS.values() if len(v.area_codes) == 355)
    assert max(len(v.svg) for v in VIEWS.values() if v.slug.startswith("provincie-")) < 40_000


def test_gemeente_in_several_themes_is_shown_as_such() -> None:
    rows = {row.gemeente.id: row for row in VIEWS["nederland"].rows}
    assert rows["delft"].categorie == maps.MEERDERE  # B1-route and brede intake
    assert rows["kampen"].categorie == "b1-route"
    assert rows["eindhoven"].categorie == maps.LOPEND


def test_every_gemeente_has_a_small_locator_map() -> None:
    provincie_naam = {p.code: p.naam for p in DATASET.provincies}
    for code, name in CBS_NAMES.items():
        figure = BeautifulSoup(str(LOCATOR.ligging(code)), "html.parser")
        drawing = figure.find("svg")
        where = f"{name} in de provincie {provincie_naam[MAKER.provincie_of_area[code]]}"
        assert drawing["role"] == "img" and drawing["aria-label"] == f"Ligging van {where}"
        assert figure.figcaption.get_text() == f"{name} (donker) in de provincie {where.split(' provincie ')[1]}."
        assert [p.get("fill") for p in drawing.find_all("path")] == [maps.NEUTRAAL_KLEUR, maps.MEERDERE_KLEUR]
        assert len(str(figure)) < 4_000, name


def test_tiny_gemeenten_are_ringed_on_their_locator_map() -> None:
    codes = {name: code for code, name in CBS_NAMES.items()}
    assert "<circle" in LOCATOR.ligging(codes["Doesburg"]) and "<circle" in LOCATOR.ligging(codes["Waalre"])
    assert "<circle" not in LOCATOR.ligging(codes["Súdwest-Fryslân"])


def test_interactive_map_document_is_accessible_on_its_own() -> None:
    soup = BeautifulSoup(interactive_map.render(MAKER), "html.parser")
    assert soup.html["lang"] == "nl"
    viewport = soup.find("meta", attrs={"name": "viewport"})["content"]
    assert "user-scalable=no" not in viewport and "maximum-scale" not in viewport
    assert soup.title.get_text().strip()
    assert soup.find("h1").get_text().strip()
    assert soup.find("meta", attrs={"http-equiv": "Content-Security-Policy"})


def test_interactive_map_zooms_to_each_provincie_view() -> None:
    document = interactive_map.render(MAKER)
    bounds = json.loads(re.search(r"var kbGebieden = (\{.*?\});", document).group(1))
    assert set(bounds) == {slug for slug in VIEWS if slug.startswith("provincie-")}
    assert VIEWS["provincie-zeeland"].url == "kaarten/nederland.html?gebied=provincie-zeeland"


def test_tooltip_text_from_yaml_is_escaped() -> None:
    html = interactive_map.render(MAKER)
    # Leaflet puts tooltip values in as HTML, so data text arrives entity-escaped (folium writes & as \u0026).
    assert "'s-Hertogenbosch" not in html and "\\u0026#x27;s-Hertogenbosch" in html
    features = re.findall(r'"deelname": "([^"]*)"', html)
    assert len(features) == 355 and not any("<" in f for f in features)


def test_maps_go_into_the_page_after_markdown_with_links_from_that_page() -> None:
    page = '<figure class="kb-kaart"><!--kb-kaart provincie-gelderland--></figure>'
    filled = maps.insert_maps(page, VIEWS, "provincies/gelderland/")
    assert filled.startswith('<figure class="kb-kaart"><svg class="kb-kaart-svg"')
    assert 'href="../../gemeenten/lochem/"' in filled and "<!--" not in filled
    assert maps.insert_maps("<p>geen kaart</p>", VIEWS, "") == "<p>geen kaart</p>"


def test_the_interactive_map_is_drawn_again_only_when_what_it_shows_changed(tmp_path) -> None:
    from kennisbank.common.store import Store

    store = Store(tmp_path)
    fresh = interactive_map.render(MAKER)
    assert interactive_map.render(MAKER, store=store) == fresh
    assert interactive_map.render(MAKER, store=store) == fresh and store.hits == 1
    other = MapMaker(DATASET, ROOT / "data" / "geo")
    other.kleur = {**other.kleur, next(iter(other.kleur)): "#123456"}  # one theme in another colour
    assert interactive_map.render(other, store=store) == interactive_map.render(other) != fresh
