"""Every page type on a laptop (1280 px) and a phone (390 px), in a real browser: the page body never
scrolls sideways, no table is cut off on a laptop, record tables become cards on a phone and the one
matrix scrolls inside its own box with a hint."""

from __future__ import annotations

import pytest
from test_browser_quality import PAGE_TYPES

SCREENS = {"laptop": 1280, "telefoon": 390}
# A table that scrolls sideways or is wider than the text column (ancestors that clip or scroll count).
CUT_TABLES = """() => [...document.querySelectorAll('article table')].filter(t => {
  for (let e = t; e && e.tagName !== 'ARTICLE'; e = e.parentElement) {
    if (e.scrollWidth > e.clientWidth + 1 && (e === t || getComputedStyle(e).overflowX !== 'visible')) return true;
  }
  return false;
}).map(t => t.closest('.kb-tabel') ? t.closest('.kb-tabel').className : 'tabel')"""


@pytest.fixture(scope="module")
def screens(browser):
    contexts = {name: browser.new_context(viewport={"width": width, "height": 844}) for name, width in SCREENS.items()}
    yield {name: context.new_page() for name, context in contexts.items()}
    for context in contexts.values():
        context.close()


@pytest.mark.parametrize("url", PAGE_TYPES.values(), ids=PAGE_TYPES.keys())
@pytest.mark.parametrize("screen", SCREENS)
def test_page_body_never_scrolls_sideways(screens, site_url: str, screen: str, url: str) -> None:
    tab = screens[screen]
    tab.goto(site_url + url)
    tab.wait_for_load_state("load")
    overflow = tab.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"{url} is bij {SCREENS[screen]} px {overflow} px te breed"
    cut = tab.evaluate(CUT_TABLES)
    if screen == "laptop":
        assert not cut, f"{url}: afgesneden tabellen bij 1280 px: {cut}"
    else:
        assert all("kb-matrix" in c for c in cut), f"{url}: tabellen die opzij schuiven op een telefoon: {cut}"


def test_record_tables_are_cards_on_a_phone(screens, site_url: str) -> None:
    tab = screens["telefoon"]
    tab.goto(site_url + "themas/ontzorgen/")
    row = tab.locator(".kb-vergelijking tbody tr").first
    assert row.evaluate("r => getComputedStyle(r).display") == "block"
    label = row.locator("td").nth(5).evaluate("c => getComputedStyle(c, '::before').content")
    assert "Kern van de aanpak" in label
    # Each card fits the screen.
    assert row.bounding_box()["width"] <= 390


def test_matrix_scrolls_in_its_box_with_a_hint_on_a_phone(screens, site_url: str) -> None:
    tab = screens["telefoon"]
    tab.goto(site_url + "rode-draden/")
    hint = tab.locator(".kb-matrix").evaluate("e => getComputedStyle(e, '::before').content")
    assert "Schuif de tabel opzij" in hint


def test_provincie_page_puts_the_pilots_first_and_provincies_fit_a_phone(screens, site_url: str) -> None:
    tab = screens["telefoon"]
    tab.goto(site_url + "provincies/noord-brabant/")
    headings = tab.locator("article h2").all_inner_texts()
    assert headings[0].startswith("Pilots en initiatieven"), headings
    tab.goto(site_url + "provincies/")
    height = tab.evaluate("document.documentElement.scrollHeight")
    assert height < 6000, f"/provincies/ is op een telefoon {height} px lang"
