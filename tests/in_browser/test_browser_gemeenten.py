"""Search for a gemeente in a real browser, on the search page as a reader uses it: any 2020 name, a name of
today after a merger and a name from before 2020 put that gemeente's page first, and the 355 gemeente pages
do not push pilots out of the results for other queries."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from playwright.sync_api import expect

# query -> the pages that may come first (for a merged name: any of its 2020 predecessors)
FIRST = [
    ("Middelburg", {"gemeenten/middelburg/"}),  # took no part
    ("Ameland", {"gemeenten/ameland/"}),
    ("Oldambt", {"gemeenten/oldambt/"}),
    ("Purmerend", {"gemeenten/purmerend/"}),  # since 2022 with Beemster
    ("Beemster", {"gemeenten/beemster/"}),
    ("Maashorst", {"gemeenten/uden/", "gemeenten/landerd/"}),  # name of today, formed in 2022
    ("Eemsdelta", {"gemeenten/appingedam/", "gemeenten/delfzijl/", "gemeenten/loppersum/"}),
    ("Voorne aan Zee", {"gemeenten/brielle/", "gemeenten/hellevoetsluis/", "gemeenten/westvoorne/"}),
    ("Dinxperlo", {"gemeenten/aalten/"}),  # merged into Aalten in 2005
    ("Veghel", {"gemeenten/meierijstad/"}),  # merged into Meierijstad in 2017
    ("Schiermonnikoog", {"gemeenten/schiermonnikoog/"}),
    ("Tynaarlo", {"gemeenten/tynaarlo/"}),
    # Gemeenten that took part and have a pilot with their name in its title, which Pagefind alone ranks
    # about as high: the gemeente's page still comes first, the pilot right after it.
    ("Boxtel", {"gemeenten/boxtel/"}),
    ("Almelo", {"gemeenten/almelo/"}),
    ("Arnhem", {"gemeenten/arnhem/"}),
    ("Amsterdam", {"gemeenten/amsterdam/"}),
    # Typed as people type: another case, without accents, with the word 'gemeente', by its roepnaam.
    ("gemeente boxtel", {"gemeenten/boxtel/"}),
    ("Den Haag", {"gemeenten/s-gravenhage/"}),
    ("sudwest-fryslan", {"gemeenten/sudwest-fryslan/"}),
]


def result_addresses(page, site_url: str, query: str, more: bool = False) -> list[str]:
    """The search page's results for `query`, as site-relative addresses, in the order shown (`more`: after
    pressing 'Meer resultaten tonen' once, as a reader who looks past the first five)."""
    page.goto(f"{site_url}zoeken/?q={quote(query)}")
    page.wait_for_selector(".kb-resultaat a")
    if more:
        shown = page.locator(".kb-resultaat").count()
        page.locator("#kb-meer").click()
        expect(page.locator(".kb-resultaat")).not_to_have_count(shown)
    links = page.locator(".kb-resultaat-titel a").evaluate_all("links => links.map(a => a.href)")
    return [link.removeprefix(site_url).removesuffix("index.html") for link in links]


@pytest.mark.parametrize(("query", "expected"), FIRST, ids=[q for q, _ in FIRST])
def test_gemeente_name_finds_its_page_first(page, site_url: str, query: str, expected: set[str]) -> None:
    results = result_addresses(page, site_url, query)
    assert results and results[0] in expected, results[:4]


def test_a_name_of_today_lists_the_2020_gemeenten_then_their_pilot(page, site_url: str) -> None:
    # Land van Cuijk (2022) = Boxmeer, Cuijk, Grave, Mill en Sint Hubert, Sint Anthonis.
    results = result_addresses(page, site_url, "Land van Cuijk", more=True)
    predecessors = {
        "gemeenten/boxmeer/",
        "gemeenten/cuijk/",
        "gemeenten/grave/",
        "gemeenten/mill-en-sint-hubert/",
        "gemeenten/sint-anthonis/",
    }
    assert set(results[:5]) == predecessors, results[:8]
    assert "pilots/b1-route-oss/" in results[5:8], results[:8]  # Cuijk and others took part in it


def test_the_pilot_named_after_a_gemeente_follows_its_page(page, site_url: str) -> None:
    results = result_addresses(page, site_url, "Almelo")
    assert results[:2] == ["gemeenten/almelo/", "pilots/b1-route-almelo/"], results[:4]


@pytest.mark.parametrize("query", ["Z-route", "taalmaatje", "brede intake", "duaal traject"])
def test_gemeente_pages_do_not_crowd_out_pilots(page, site_url: str, query: str) -> None:
    results = result_addresses(page, site_url, query)
    assert not results[0].startswith("gemeenten/"), results[:3]
    assert sum(r.startswith("gemeenten/") for r in results[:8]) <= 2, results[:8]


def test_gemeente_is_a_filterable_soort(page, site_url: str) -> None:
    page.goto(site_url)
    filters = page.evaluate("""async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      return await pagefind.filters();
    }""")
    assert filters["soort"]["gemeente"] == 355
