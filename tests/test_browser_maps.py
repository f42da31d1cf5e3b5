"""Maps in a real browser: every gemeente drawn, participants clickable, tables match, nothing external."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from conftest import ROOT
from kennisbank.loading import load_dataset
from kennisbank.maps import MapMaker

DATASET = load_dataset(ROOT / "data")
MAKER = MapMaker(DATASET, ROOT / "data" / "geo")
MAP_PAGES = [("provincies/", MAKER.national())] + [
    (f"provincies/{p.id}/", MAKER.provincie(p.id)) for p in DATASET.provincies] + [
    (f"themas/{t.id}/", MAKER.thema(t.id)) for t in DATASET.themas]

# Collects, inside the map's frame, the gemeenten Leaflet actually drew and which of them are coloured.
DRAWN = """() => {
  const layers = Object.values(window).filter(v => v instanceof L.GeoJSON);
  const out = {all: [], coloured: []};
  for (const layer of layers) {
    layer.eachLayer(l => {
      const p = l.feature.properties;
      if (p.naam === undefined) return;  // provincie border
      out.all.push(p.naam);
      if (p.kleur) out.coloured.push(p.naam);
    });
  }
  return out;
}"""


@pytest.mark.parametrize(("url", "view"), MAP_PAGES, ids=[url for url, _ in MAP_PAGES])
def test_map_draws_every_gemeente_and_matches_its_table(page, site_url: str, url: str, view) -> None:
    page.goto(site_url + url)
    frame_element = page.wait_for_selector(f'iframe[title="{view.titel}"]')
    frame = frame_element.content_frame()
    frame.wait_for_selector(".leaflet-overlay-pane path")
    paths = frame.locator(".leaflet-overlay-pane path").count()
    drawn = frame.evaluate(DRAWN)
    assert len(drawn["all"]) == len(view.area_codes)
    assert paths == len(view.area_codes) + len(view.provincie_codes)  # gemeenten plus provincie borders
    if url == "provincies/":
        assert len(drawn["all"]) == 355
    # The table may sit folded in a <details>: read its text, not what is rendered.
    table_names = [t.strip() for t in page.locator(".kb-kaarttabel tbody tr td:first-child").all_text_contents()]
    assert sorted(html.unescape(n) for n in drawn["coloured"]) == sorted(table_names)
    assert len(table_names) == len(view.rows)


def test_provincie_without_pilots_draws_its_gemeenten_and_says_so(page, site_url: str) -> None:
    page.goto(site_url + "provincies/zeeland/")
    frame = page.wait_for_selector("iframe").content_frame()
    frame.wait_for_selector(".leaflet-overlay-pane path")
    assert frame.evaluate(DRAWN)["coloured"] == []
    assert "liep geen pilot" in page.inner_text("article")


def test_clicking_a_participating_gemeente_opens_its_page(page, site_url: str) -> None:
    page.goto(site_url + "provincies/gelderland/")
    frame = page.wait_for_selector('iframe[title="Kaart van Gelderland"]').content_frame()
    frame.wait_for_selector(".leaflet-overlay-pane path")
    lochem = frame.evaluate_handle("""() => {
      for (const layer of Object.values(window).filter(v => v instanceof L.GeoJSON)) {
        let found = null;
        layer.eachLayer(l => { if (l.feature.properties.naam === 'Lochem') found = l; });
        if (found) return found.getElement();
      }
    }""")
    with page.expect_navigation():
        lochem.as_element().dispatch_event("click")
    assert page.url == site_url + "gemeenten/lochem/"
    assert "Lochem" in page.inner_text("h1")


def test_map_files_load_only_leaflet_from_the_site(built_site: Path) -> None:
    """folium's default assets (jQuery, Bootstrap, Font Awesome, awesome-markers) are not loaded at all."""
    from bs4 import BeautifulSoup

    for map_file in (built_site / "kaarten").glob("*.html"):
        soup = BeautifulSoup(map_file.read_text("utf-8"), "html.parser")
        scripts = [tag["src"] for tag in soup.find_all("script", src=True)]
        styles = [tag["href"] for tag in soup.find_all("link", href=True)]
        assert scripts == ["../assets/leaflet/leaflet.js"], map_file.name
        assert styles == ["../assets/leaflet/leaflet.css"], map_file.name
        assert "L.tileLayer" not in map_file.read_text("utf-8")  # the boundaries are the base map
    assert (built_site / "assets" / "leaflet" / "leaflet.js").is_file()
