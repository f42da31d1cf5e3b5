"""Search for a gemeente in a real browser, through Pagefind's own JS API on the built site: any 2020 name,
a name of today after a merger and a name from before 2020 put that gemeente's page first, and the 355
gemeente pages do not push pilots out of the results for other queries."""

from __future__ import annotations

import pytest

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
]
# A gemeente that took part and whose own pilot carries its name in the title: Pagefind ranks that pilot
# and the gemeente page as the first two, in either order (scores within a few percent).
FIRST_TWO = [("Boxtel", "gemeenten/boxtel/"), ("Almelo", "gemeenten/almelo/"), ("Arnhem", "gemeenten/arnhem/"),
             ("Amsterdam", "gemeenten/amsterdam/")]

SEARCH_JS = """async (query) => {
  const pagefind = await import('/pagefind/pagefind.js');
  const search = await pagefind.search(query);
  const data = await Promise.all(search.results.slice(0, 8).map(r => r.data()));
  return data.map(d => ({url: d.url, soort: (d.meta || {}).soort}));
}"""


def first_results(page, site_url: str, query: str) -> list[dict]:
    page.goto(site_url)
    return page.evaluate(SEARCH_JS, query)


def site_relative(url: str) -> str:
    return url.lstrip("/").removesuffix("index.html")


@pytest.mark.parametrize(("query", "expected"), FIRST, ids=[q for q, _ in FIRST])
def test_gemeente_name_finds_its_page_first(page, site_url: str, query: str, expected: set[str]) -> None:
    results = first_results(page, site_url, query)
    assert results, query
    assert site_relative(results[0]["url"]) in expected, [r["url"] for r in results[:4]]


@pytest.mark.parametrize(("query", "expected"), FIRST_TWO, ids=[q for q, _ in FIRST_TWO])
def test_participating_gemeente_page_is_among_the_first_two(page, site_url: str, query: str, expected: str) -> None:
    results = first_results(page, site_url, query)
    assert expected in [site_relative(r["url"]) for r in results[:2]], [r["url"] for r in results[:4]]


@pytest.mark.parametrize("query", ["Z-route", "taalmaatje", "brede intake", "duaal traject"])
def test_gemeente_pages_do_not_crowd_out_pilots(page, site_url: str, query: str) -> None:
    results = first_results(page, site_url, query)
    assert results[0]["soort"] != "gemeente", results[:3]
    assert sum(r["soort"] == "gemeente" for r in results[:8]) <= 2, results


def test_gemeente_is_a_filterable_soort(page, site_url: str) -> None:
    page.goto(site_url)
    filters = page.evaluate("""async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      return await pagefind.filters();
    }""")
    assert filters["soort"]["gemeente"] == 355
