"""Issue 12 in the browser: home page map and timeline, shaded matrix, related records, the comparison
with and without JavaScript, printing it, and the menu button on a phone."""

from __future__ import annotations

import random
import re

import pytest
from conftest import ROOT
from playwright.sync_api import expect

from kennisbank.data import urls
from kennisbank.data.loading import load_dataset

# The controls are in the page from the start; the script marks them no longer busy once they work.
CHOOSER_READY = ".kb-vergelijk-keuze[aria-busy=false]"


@pytest.fixture(scope="module")
def records():
    return load_dataset(ROOT / "data").records


def test_home_leads_to_the_map_and_shows_the_timeline_with_text_alternatives(page, site_url: str) -> None:
    page.set_viewport_size({"width": 1280, "height": 900})
    # The national map with its table (the table is the map's text alternative) is on the Provincies page;
    # the home page links to it instead of carrying a second copy (issue 21: weight).
    # The map is an inline drawing in which every gemeente is a link; its role and name are its text alternative.
    page.goto(site_url)
    article = page.locator("article")
    assert article.locator(".kb-kaart svg.kb-kaart-svg").count() == 0
    to_map = article.locator('a[href$="provincies/#kaart-van-nederland"]')
    assert to_map.count() == 1
    to_map.click()
    page.wait_for_url(re.compile(r"provincies/#kaart-van-nederland$"))  # not a race with the old page
    article = page.locator("article")
    assert article.locator(".kb-kaart svg.kb-kaart-svg").count() == 1
    assert article.locator(".kb-kaart svg.kb-kaart-svg a").count() == 355
    assert article.locator(".kb-kaarttabel tbody tr").count() > 50
    page.goto(site_url)
    home = page.locator("article")
    # The home page is short (issue 21): six theme tiles, the key figures as numbers, and the way to the timeline.
    assert home.locator(".kb-tegels > li").count() == 6
    figures = home.locator("ul.kb-kerncijfers > li").all_inner_texts()
    assert len(figures) == 5 and all(f.split()[0].isdigit() for f in figures)
    assert page.evaluate("document.documentElement.scrollHeight") <= 2.5 * 900  # at most 2.5 screens on a laptop
    home.locator('a[href$="tijdlijn/"]').last.click()
    page.wait_for_url(re.compile(r"/tijdlijn/$"))
    article = page.locator("article")
    # The timeline, once: a drawing, hidden from assistive technology, and the same events as a list with links.
    svg = article.locator("svg.kb-tijdlijn-svg")
    assert svg.is_visible() and svg.get_attribute("aria-hidden") == "true"
    assert svg.bounding_box()["width"] > 300
    items = article.locator("ol.kb-tijdlijn-lijst > li")
    assert items.count() >= 15
    first = items.first
    assert first.locator("time").get_attribute("datetime") == "2019-08"
    assert "Start thema" in first.inner_text()
    assert "Syntheseonderzoek" in items.last.inner_text()
    assert svg.locator("a").count() == items.count()  # every dated event is drawn, each with its link
    assert "datum onbekend" in article.inner_text()  # undated evaluations are listed, not placed
    # Clicking an event in the drawing opens its page.
    svg.locator("a").first.click()
    page.wait_for_url(re.compile(r"/themas/"))


def test_matrix_cells_are_shaded_by_count(page, site_url: str) -> None:
    page.goto(site_url + "rode-draden/")
    cells = page.locator(".kb-matrix tbody td")
    backgrounds: dict[int, set[str]] = {}
    for i in range(cells.count()):
        cell = cells.nth(i)
        count = int(cell.inner_text())
        backgrounds.setdefault(count, set()).add(cell.evaluate("e => getComputedStyle(e).backgroundColor"))
    assert all(len(colours) == 1 for colours in backgrounds.values())  # one count, one shade
    lowest, highest = min(backgrounds), max(backgrounds)
    assert backgrounds[lowest] != backgrounds[highest]
    assert page.locator(".kb-schaal-legenda li").count() >= 3


def test_six_random_record_pages_list_at_least_three_related_records(page, site_url: str, records) -> None:
    for record in random.Random(12).sample(list(records), 6):
        page.goto(site_url + urls.record_url(record))
        heading = page.locator("h2", has_text="Vergelijkbare pilots en initiatieven")
        assert heading.count() == 1, record.id
        items = page.locator("ul.kb-vergelijkbaar > li")
        assert items.count() >= 3, record.id
        assert all(text.strip() for text in page.locator(".kb-reden").all_inner_texts())
        link = page.get_by_role("link", name=re.compile(r"^Vergelijk "))
        assert link.first.get_attribute("href").endswith(f"vergelijk/{record.id}/")


def test_comparison_without_javascript(browser, site_url: str, records) -> None:
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    record = next(r for r in records if r.id == "duaal-lochem")
    tab.goto(site_url + urls.record_url(record))
    tab.get_by_role("link", name=re.compile(r"^Vergelijk ")).first.click()
    tab.wait_for_url(re.compile(r"vergelijk/duaal-lochem/$"))
    titles = tab.locator(".kb-vergelijktabel thead th[scope=col]").all_inner_texts()
    assert titles[0] == "Onderdeel" and titles[1] == record.titel and len(titles) == 5
    rows = tab.locator(".kb-vergelijktabel tbody th[scope=row]").all_inner_texts()
    assert rows == [
        "Gemeenten en hun rol",
        "Doelgroep",
        "Aantal deelnemers",
        "Aanpak",
        "Samen met",
        "Belangrijkste punten",
        "Lessen uit de bronnen",
        "Rode draden",
    ]
    # An empty cell says so in words, the same before and after the script takes over.
    assert "—" not in tab.locator(".kb-vergelijktabel tbody").inner_text()
    assert not tab.locator(".kb-vergelijk-keuze").is_visible()  # the controls need JavaScript
    context.close()


def test_comparison_with_javascript_adds_and_removes_records(page, site_url: str) -> None:
    page.goto(site_url + "vergelijk/li-leiden/")
    header = page.locator(".kb-vergelijktabel thead th[scope=col]")
    page.wait_for_selector(CHOOSER_READY)
    assert header.count() == 5  # 'Onderdeel' + four records: the maximum, so adding is off
    assert page.locator("#kb-vergelijk-kies").is_disabled()
    page.get_by_role("button", name=re.compile(r"^Verwijder ")).last.click()
    expect(header).to_have_count(4)
    ids = re.search(r"ids=([^&]+)", page.url).group(1).replace("%2C", ",").split(",")
    assert len(ids) == 3 and ids[0] == "li-leiden"
    page.select_option("#kb-vergelijk-kies", "z-route-best")
    page.get_by_role("button", name="Voeg toe").click()
    expect(header).to_have_count(5)  # once its rows are loaded (a small file per record)
    assert header.last.inner_text() == "Z-route Best"
    assert re.search(r"ids=[^&]*z-route-best", page.url.replace("%2C", ","))
    # The choice is kept in the address: opening it again shows the same table.
    page.goto(page.url)
    page.wait_for_selector(CHOOSER_READY)
    assert header.last.inner_text() == "Z-route Best"


@pytest.mark.parametrize("width", [1280, 390])
def test_comparison_page_does_not_move_when_the_script_takes_over(browser, site_url: str, width: str) -> None:
    context = browser.new_context(viewport={"width": width, "height": 900})
    tab = context.new_page()
    tab.add_init_script("""
        window.__cls = 0;
        new PerformanceObserver(list => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; })
          .observe({type: 'layout-shift', buffered: true});
    """)
    tab.goto(site_url + "vergelijk/b1-route-almelo/")
    tab.wait_for_selector(CHOOSER_READY)
    assert tab.locator("#kb-vergelijk-kies option").count() > 20
    tab.wait_for_load_state("networkidle")
    assert tab.locator(".kb-vergelijk-keuze").is_visible()
    assert tab.evaluate("window.__cls") < 0.01
    context.close()


def test_comparison_prints_on_a4_without_controls(page, site_url: str) -> None:
    page.goto(site_url + "vergelijk/b1-route-oss/")
    page.wait_for_selector(CHOOSER_READY)
    page.emulate_media(media="print")
    assert page.locator(".kb-vergelijk-keuze").evaluate("e => getComputedStyle(e).display") == "none"
    table = page.locator(".kb-vergelijktabel table")
    assert table.evaluate("e => getComputedStyle(e).tableLayout") == "fixed"
    page.set_viewport_size({"width": 718, "height": 1000})  # A4 width minus margins at 96 dpi
    assert table.evaluate("e => e.scrollWidth <= e.parentElement.clientWidth + 1")
    assert page.pdf(format="A4").startswith(b"%PDF")


def test_menu_opens_by_keyboard_on_a_phone(page, site_url: str) -> None:
    page.set_viewport_size({"width": 390, "height": 800})
    page.goto(site_url + "pilots/b1-route-oss/")
    button = page.get_by_role("button", name="Hoofdmenu")
    assert button.is_visible()
    assert page.locator("label[for=__drawer][aria-label]").count() == 0
    button.focus()
    page.keyboard.press("Enter")
    assert page.locator("#__drawer").is_checked()
    assert button.get_attribute("aria-expanded") == "true"
    assert page.locator(".md-sidebar--primary").get_by_role("link", name="Rode draden").is_visible()


def test_menu_button_is_hidden_on_a_laptop_where_the_menu_is_always_shown(page, site_url: str) -> None:
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(site_url + "pilots/b1-route-oss/")
    assert not page.locator(".kb-menuknop").is_visible()
    assert not page.locator("label[for=__drawer].md-header__button").is_visible()


# For every value cell on screen: is the name of its record on screen too (below the fixed header)?
VALUES_WITHOUT_NAME = """() => {
  const top = document.querySelector('.md-header').getBoundingClientRect().bottom, bottom = window.innerHeight;
  const missing = [];
  for (const td of document.querySelectorAll('.kb-vergelijktabel td')) {
    const box = td.getBoundingClientRect(), name = td.querySelector('.kb-waarde-van');
    const r = name && name.getBoundingClientRect(), nameHeight = r ? r.height : 0;
    const pad = parseFloat(getComputedStyle(td).paddingBottom) || 0;
    // A value is on screen when more of its cell than a name line (and the cell's padding below it, where a
    // sticking name cannot go) shows below the header.
    if (box.bottom <= top + nameHeight + pad + 4 || box.top >= bottom - nameHeight) continue;
    if (!r || r.height === 0 || r.top < top - 1 || r.bottom > bottom) missing.push(td.textContent.slice(0, 40));
  }
  return missing;
}"""


def test_comparison_on_a_phone_shows_each_value_with_its_record_name(browser, site_url: str) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 800}, has_touch=True, is_mobile=True)
    tab = context.new_page()
    tab.goto(site_url + "vergelijk/b1-route-oss/")
    tab.wait_for_selector(CHOOSER_READY)
    remove = tab.get_by_role("button", name=re.compile(r"^Verwijder "))
    while (left := remove.count()) > 2:
        remove.last.tap()
        expect(remove).to_have_count(left - 1)
    assert tab.locator(".kb-vergelijktabel thead th[scope=col]").count() == 3  # 'Onderdeel' + two pilots
    assert tab.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
    height = tab.evaluate("document.documentElement.scrollHeight")
    for y in range(0, height, 250):
        tab.evaluate(f"window.scrollTo(0, {y})")
        missing = tab.evaluate(VALUES_WITHOUT_NAME)
        assert not missing, f"bij {y} px: waarden zonder naam van de pilot in beeld: {missing}"
    # On a laptop the column headings name the records and the names in the cells are not shown.
    tab.set_viewport_size({"width": 1280, "height": 800})
    assert not tab.locator(".kb-waarde-van").first.is_visible()
    context.close()
