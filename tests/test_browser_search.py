"""Search in a real browser: the right page first for official names, aliases, merged names, partners
and methods; filters narrow results and live in the URL; the header field works from every page."""

from __future__ import annotations

from urllib.parse import parse_qs, quote, urlparse

import pytest

from conftest import ROOT
from kennisbank.loading import load_dataset
from kennisbank.search import SearchCatalogue

DATASET = load_dataset(ROOT / "data")
CATALOGUE = SearchCatalogue(DATASET)

# query -> a page title expected among the first three results
QUERIES = [
    ("Boxtel", "TaalDoen in Best en Boxtel"),  # official name
    ("Almelo", "B1-route Almelo"),
    ("Den Haag", "Ontzorgen Den Haag"),  # colloquial name of 's-Gravenhage
    ("Den Bosch", "B1-route 's-Hertogenbosch"),
    ("Nuenen", "Brede intake Nuenen"),
    ("Meijerijstad", "Vrouwelijke nareizigers Meierijstad"),  # the publication's spelling
    ("Veghel", "Vrouwelijke nareizigers Meierijstad"),  # merged into Meierijstad in 2017
    ("Land van Cuijk", "B1-route Oss"),  # did not exist during the pilots
    ("Maashorst", "B1-route Oss"),  # Uden's successor
    ("Dijk en Waard", "Programma Integratie en Participatie regio Alkmaar"),
    ("Refugee Company", "Duaal traject Arnhem"),  # partner
    ("NewBees", "Traineeship NewBees (Zaanstad)"),
    ("taalmaatje", "Z-route Midden-Groningen"),  # method
    ("taalmaatjes", "Z-route Midden-Groningen"),  # Dutch stemming: the plural finds the singular
    ("Yalla", "Vrouwelijke nareizigers Meierijstad"),
    ("Eurowijzer", "Z-route Berg en Dal"),
    ("Powervrouwen", "Vrouwelijke nareizigers Berkelland"),
]


def search(page, site_url: str, query: str, **filters: str) -> list[str]:
    params = "&".join([f"q={quote(query)}"] + [f"{k}={quote(v)}" for k, v in filters.items()])
    page.goto(f"{site_url}zoeken/?{params}")
    page.wait_for_selector(".kb-resultaat .pf-result-link")
    page.wait_for_load_state("networkidle")
    return page.locator(".kb-resultaat .pf-result-link").all_inner_texts()


@pytest.mark.parametrize(("query", "expected"), QUERIES, ids=[q for q, _ in QUERIES])
def test_expected_page_is_among_the_first_results(page, site_url: str, query: str, expected: str) -> None:
    titles = search(page, site_url, query)
    assert expected in titles[:3], titles[:5]


def test_results_show_type_theme_and_gemeenten_and_highlight_the_match(page, site_url: str) -> None:
    search(page, site_url, "Refugee Company")
    first = page.locator(".kb-resultaat").first
    assert "pilot · Duale trajecten · Arnhem" in first.inner_text()
    assert first.locator("mark").count() >= 1


def result_count(page) -> int:
    """The total the search page announces ('12 resultaten voor …'); the list itself loads in pages."""
    return int(page.locator("pagefind-summary").inner_text().split()[0])


def titles_with(filter_name: str, value: str) -> set[str]:
    """Titles of all pages that carry a filter value, from the same data the index was built with."""
    titles = {}
    for record in DATASET.records:
        from kennisbank import urls
        titles[urls.record_url(record)] = record.titel
    for gemeente in DATASET.gemeenten:
        from kennisbank import urls
        titles[urls.gemeente_url(gemeente)] = gemeente.naam
    return {titles.get(url, url) for url, data in CATALOGUE.by_url.items() if value in data.filters.get(filter_name, [])}


def test_provincie_filter_from_the_url_narrows_results(page, site_url: str) -> None:
    search(page, site_url, "Z-route")
    unfiltered = result_count(page)
    filtered = search(page, site_url, "Z-route", provincie="Gelderland")
    assert 0 < result_count(page) < unfiltered
    gelderland = {DATASET.provincie("gelderland").naam}
    allowed = titles_with("provincie", "Gelderland") | gelderland
    assert all(title in allowed or title == "Gelderland" for title in filtered), filtered
    assert "Z-route Berg en Dal" in filtered


def test_soort_filter_narrows_to_lopende_initiatieven(page, site_url: str) -> None:
    titles = search(page, site_url, "Amsterdam", soort="lopend initiatief")
    assert sorted(titles) == sorted(r.titel for r in DATASET.lopende_initiatieven
                                    if any(g.gemeente == "amsterdam" for g in r.gemeenten))


def test_choosing_a_filter_in_the_ui_updates_results_and_url(page, site_url: str) -> None:
    search(page, site_url, "VluchtelingenWerk")
    before = result_count(page)
    page.locator('pagefind-filter-dropdown[filter="thema"] button').first.click()
    page.get_by_role("option", name="Ontzorgen").click()
    page.wait_for_function("() => new URLSearchParams(location.search).get('thema') === 'Ontzorgen'")
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(300)
    after = page.locator(".kb-resultaat").all_inner_texts()
    assert 0 < result_count(page) < before
    assert all("Ontzorgen" in text for text in after)
    query = parse_qs(urlparse(page.url).query)
    assert query == {"q": ["VluchtelingenWerk"], "thema": ["Ontzorgen"]}


def test_header_search_field_works_from_any_page(page, site_url: str) -> None:
    page.goto(site_url + "pilots/duaal-lochem/")
    page.fill("#kb-zoekterm", "Interbeek")
    page.press("#kb-zoekterm", "Enter")
    page.wait_for_selector(".kb-resultaat .pf-result-link")
    assert urlparse(page.url).path == "/zoeken/"
    assert "Duaal traject Lochem" in page.locator(".kb-resultaat .pf-result-link").all_inner_texts()


def test_search_page_explains_itself_without_javascript(browser, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto(site_url + "zoeken/")
    text = tab.inner_text("article")
    assert "Zoeken werkt met JavaScript" in text and "file://" in text
    context.close()


# Real clicks and taps on the coordinates of a result, as readers use the page: a test that only asks
# Pagefind's API which URL a result has cannot see a click area that lands on another result.
SCREENS = {
    "desktop-muis": {"viewport": {"width": 1280, "height": 800}},
    "telefoon-tik": {"viewport": {"width": 390, "height": 844}, "has_touch": True, "is_mobile": True},
}


@pytest.mark.parametrize("screen", SCREENS, ids=list(SCREENS))
def test_click_or_tap_opens_the_result_that_was_clicked(browser, site_url: str, screen: str) -> None:
    context = browser.new_context(**SCREENS[screen])
    tab = context.new_page()
    try:
        for index in (0, 1, 2, -1):
            tab.goto(f"{site_url}zoeken/?q=Z-route")
            tab.wait_for_selector(".kb-resultaat a")
            tab.wait_for_load_state("networkidle")
            links = tab.locator(".kb-resultaat a:first-of-type")
            count = links.count()
            assert count >= 4, f"te weinig resultaten om te klikken: {count}"
            link = links.nth(index if index >= 0 else count - 1)
            link.scroll_into_view_if_needed()
            expected = link.evaluate("a => a.href")
            box = link.bounding_box()
            assert box is not None
            x, y = box["x"] + min(box["width"] / 2, 40), box["y"] + box["height"] / 2
            with tab.expect_navigation():
                if SCREENS[screen].get("has_touch"):
                    tab.touchscreen.tap(x, y)
                else:
                    tab.mouse.click(x, y)
            assert tab.url == expected, f"resultaat {index} aangeklikt, maar {tab.url} geopend in plaats van {expected}"
    finally:
        context.close()
