"""The frame around every page, as a reader meets it at 1280 and 390 px (issue 26, item 1): the header names the
publisher, every page below the home page has a breadcrumb built from its place in the site, the menu marks the
section a detail page belongs to, long pages without the side contents list theirs under the title, and the phone
menu shows the site's name in full."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from test_browser_quality import PAGE_TYPES

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}
DESKTOP = {"viewport": {"width": 1280, "height": 900}}
# page -> (the menu section it belongs to, or None when it is not under one; the breadcrumb's texts)
PLACES = {
    "pilots/b1-route-oss/": ("Pilots", ["Home", "Pilots", "B1-route Oss"]),
    "gemeenten/middelburg/": ("Gemeenten", ["Home", "Gemeenten", "Middelburg"]),
    "onderzoek/tussenrapportage-vrouwelijke-nareizigers/": ("Onderzoek", None),
    "themas/": ("Thema's", ["Home", "Thema's"]),  # a page in the menu: marked as itself
    "tijdlijn/": (None, None),
}


def soup_of(site: Path, address: str) -> BeautifulSoup:
    path = site / address / "index.html" if not address.endswith(".html") else site / address
    return BeautifulSoup(path.read_text("utf-8"), "html.parser")


@pytest.mark.parametrize("address", [a for a in PAGE_TYPES.values() if a and not a.endswith(".html") and "?" not in a])
def test_every_page_below_home_has_a_breadcrumb_ending_in_itself(built_site: Path, address: str) -> None:
    crumbs = soup_of(built_site, address).select("nav.kb-kruimelpad li a")
    assert crumbs and crumbs[0].get_text(strip=True) == "Home", address
    assert crumbs[-1].get("aria-current") == "page" and crumbs[-1].get_text(strip=True)
    assert len(crumbs) <= 3


def test_the_home_page_has_no_breadcrumb_and_the_header_names_the_publisher(built_site: Path) -> None:
    home = soup_of(built_site, "")
    assert not home.select("nav.kb-kruimelpad")
    assert home.select_one("header .kb-uitgever").get_text(strip=True) == "van Divosa"


@pytest.mark.parametrize("address", PLACES)
def test_a_detail_page_shows_its_section_in_the_breadcrumb_and_the_menu(browser, site_url: str, address: str) -> None:
    section, crumbs = PLACES[address]
    context = browser.new_context(**DESKTOP)
    tab = context.new_page()
    tab.goto(site_url + address)
    shown = [text.strip() for text in tab.locator("nav.kb-kruimelpad li").all_inner_texts()]
    if crumbs:
        assert shown == crumbs
    marked = tab.locator(".md-nav--primary .md-nav__link").evaluate_all(
        "links => links.filter(a => getComputedStyle(a).fontWeight === '700').map(a => a.textContent.trim())"
    )
    assert marked == ([section] if section else []), marked
    if section and address != "themas/":  # the breadcrumb's section link goes there
        tab.locator("nav.kb-kruimelpad a", has_text=section).click()
        assert tab.locator("h1").inner_text().strip() in (section, "Onderzoek en publicaties", "Gemeenten A–Z")
    context.close()


@pytest.mark.parametrize("address", ["themas/ontzorgen/", "provincies/gelderland/", "pilotgemeenten/"])
def test_a_long_page_without_the_side_contents_lists_its_sections_under_the_title(
    browser, site_url: str, address: str
) -> None:
    context = browser.new_context(**PHONE)
    tab = context.new_page()
    tab.goto(site_url + address)
    contents = tab.locator("nav.kb-opdezepagina")
    assert contents.locator("p").inner_text() == "Op deze pagina"
    headings = tab.locator("article h2").all_inner_texts()
    assert contents.locator("a").all_inner_texts() == headings
    last = contents.locator("a").last
    last.tap()
    assert tab.url.endswith(last.get_attribute("href"))
    context.close()


def test_the_phone_menu_shows_the_sites_name_in_full(browser, site_url: str) -> None:
    context = browser.new_context(**PHONE)
    tab = context.new_page()
    tab.goto(site_url + "pilots/")
    tab.locator(".kb-menuknop").tap()
    title = tab.locator(".md-nav--primary > .md-nav__title")
    title.wait_for()
    assert "Kennisbank Pilotprogramma VOI" in title.inner_text()
    assert title.evaluate("e => e.scrollWidth <= e.clientWidth && e.scrollHeight <= e.clientHeight")
    header = tab.locator(".md-header__topic").first
    assert header.evaluate("e => e.scrollHeight <= e.clientHeight + 1"), "the header's name is not cut off"
    context.close()
