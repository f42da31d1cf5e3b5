"""Lists of every record in pages: today's lists stay one page as before; a longer list gets pages at their own
addresses with plain links (no JavaScript), every record on exactly one page, and search indexes only the first."""

from __future__ import annotations

import re

from conftest import ROOT

from kennisbank.data.loading import load_dataset
from kennisbank.data.urls import is_later_list_page
from kennisbank.render.pages import SiteBuilder
from kennisbank.render.paging import PAGE_SIZE, paged
from kennisbank.views.search import SearchCatalogue


def test_pages_their_addresses_and_the_links_between_them() -> None:
    pages = paged("pilots/", list(range(1, 501)), 50)
    assert [p.url for p in pages[:3]] == ["pilots/", "pilots/pagina-2/", "pilots/pagina-3/"]
    assert pages[0].items == tuple(range(1, 51)) and pages[-1].first == 451 and len(pages) == 10
    assert (pages[0].previous, pages[0].next) == (None, "pilots/pagina-2/")
    assert (pages[-1].previous, pages[-1].next) == ("pilots/pagina-9/", None)
    # The first, the last and two on each side of the current page; a gap where numbers are left out.
    assert [n for n, _ in pages[4].links] == [1, None, 3, 4, 5, 6, 7, None, 10]
    assert [n for n, _ in pages[0].links] == [1, 2, 3, None, 10]
    assert len(paged("pilots/", [], 50)) == 1 and len(paged("pilots/", list(range(50)), 50)) == 1


def test_todays_lists_stay_one_page_without_paging() -> None:
    dataset = load_dataset(ROOT / "data")
    assert max(len(dataset.pilots), len(dataset.lopende_initiatieven)) <= PAGE_SIZE
    pages = {page.url: page.markdown for page in SiteBuilder(dataset).pages()}
    assert not any(is_later_list_page(url) for url in pages)
    assert "kb-paginering" not in pages["pilots/"] and "# Pilots\n" in pages["pilots/"]


def test_a_longer_list_is_paged_with_every_record_once() -> None:
    dataset = load_dataset(ROOT / "data")
    builder = SiteBuilder(dataset)
    builder.list_size = 10
    pages = {page.url: page.markdown for page in builder.pages()}
    urls = ["pilots/", "pilots/pagina-2/", "pilots/pagina-3/", "pilots/pagina-4/"]
    assert [url for url in pages if url.startswith("pilots/") and "/pagina-" in url or url == "pilots/"] == urls
    listed = [re.findall(r'<td data-label="Pilot"><a href="(?:\.\./)+(pilots/[^"]+)"', pages[url]) for url in urls]
    assert [len(found) for found in listed] == [10, 10, 10, 9]
    assert sum(listed, []) == [f"pilots/{r.id}/" for r in dataset.pilots]
    second = pages["pilots/pagina-2/"]
    assert "# Pilots, pagina 2 van 4\n" in second and "Op deze pagina 11–20 van 39." in second
    assert '<a href="../../pilots/" rel="prev">Vorige</a>' in second
    assert '<a href="../../pilots/pagina-3/" rel="next">Volgende</a>' in second
    assert '<a href="../../pilots/pagina-2/" aria-current="page">2</a>' in second
    catalogue = SearchCatalogue(dataset)
    assert catalogue.for_page("pilots/") is not None and catalogue.for_page("pilots/pagina-2/") is None
