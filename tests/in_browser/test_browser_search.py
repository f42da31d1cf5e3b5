"""Search in a real browser: the right page first for official names, aliases, merged names, partners
and methods; filters narrow results and live in the URL; the header field works from every page."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, quote, urlparse

import pytest
from conftest import ROOT

from kennisbank.data.loading import load_dataset
from kennisbank.views.search import SearchCatalogue

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
    ("Maashorst", "B1-route Oss"),  # Uden's successor
    ("Dijk en Waard", "Programma Integratie en Participatie regio Alkmaar"),
    ("Refugee Company", "Duaal traject Arnhem"),  # partner
    ("NewBees", "Traineeship NewBees (Zaanstad)"),
    ("taalmaatje", "Z-route Midden-Groningen"),  # method
    ("taalmaatjes", "Z-route Midden-Groningen"),  # Dutch stemming: the plural finds the singular
    ("Yalla", "Vrouwelijke nareizigers Meierijstad"),
    ("Eurowijzer", "Z-route Berg en Dal"),
    ("Powervrouwen", "Vrouwelijke nareizigers Berkelland"),
    ("Vluchtelingenwerk Midden Nederland", "VluchtelingenWerk"),  # partner page, found under a variant
    (
        "brede intake",
        "Brede intake en persoonlijk Plan Inburgering en Participatie (PIP)",
    ),  # a theme, as readers say it
]


def search(page, site_url: str, query: str, **filters: str) -> list[str]:
    params = "&".join([f"q={quote(query)}"] + [f"{k}={quote(v)}" for k, v in filters.items()])
    page.goto(f"{site_url}zoeken/?{params}")
    page.wait_for_selector(".kb-resultaat a")
    page.wait_for_load_state("networkidle")
    return page.locator(".kb-resultaat-titel a").all_inner_texts()


@pytest.mark.parametrize(("query", "expected"), QUERIES, ids=[q for q, _ in QUERIES])
def test_expected_page_is_among_the_first_results(page, site_url: str, query: str, expected: str) -> None:
    titles = search(page, site_url, query)
    assert expected in titles[:3], titles[:5]


def test_results_show_type_theme_and_gemeenten_and_highlight_the_match(page, site_url: str) -> None:
    search(page, site_url, "Refugee Company")
    result = page.locator(".kb-resultaat").filter(
        has=page.locator(".kb-resultaat-titel", has_text="Duaal traject Arnhem")
    )
    assert "pilot · Duale trajecten · Arnhem" in result.inner_text()
    assert result.locator("mark").count() >= 1


def result_count(page) -> int:
    """The total the search page announces ('12 resultaten voor …'); the list itself loads in pages."""
    text = page.locator("#kb-zoekstatus").inner_text()
    return 0 if text.startswith("Geen") else int(text.split()[0])


def titles_with(filter_name: str, value: str) -> set[str]:
    """Titles of all pages that carry a filter value, from the same data the index was built with."""
    titles = {}
    for record in DATASET.records:
        from kennisbank.data import urls

        titles[urls.record_url(record)] = record.titel
    for gemeente in DATASET.gemeenten:
        from kennisbank.data import urls

        titles[urls.gemeente_url(gemeente)] = gemeente.naam
    for partner in DATASET.partners:  # partner pages carry the provincies they worked in
        titles[urls.partner_url(partner)] = partner.naam
    return {
        titles.get(url, url) for url, data in CATALOGUE.by_url.items() if value in data.filters.get(filter_name, [])
    }


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
    assert sorted(titles) == sorted(
        r.titel for r in DATASET.lopende_initiatieven if any(g.gemeente == "amsterdam" for g in r.gemeenten)
    )


def test_choosing_a_filter_in_the_ui_updates_results_and_url(page, site_url: str) -> None:
    search(page, site_url, "VluchtelingenWerk")
    before = result_count(page)
    page.get_by_label("Thema").select_option(value="Ontzorgen")
    page.wait_for_function("() => new URLSearchParams(location.search).get('thema') === 'Ontzorgen'")
    page.wait_for_function("() => !document.getElementById('kb-zoekstatus').textContent.startsWith('Bezig')")
    page.wait_for_load_state("networkidle")
    after = page.locator(".kb-resultaat").all_inner_texts()
    assert 0 < result_count(page) < before
    assert all("Ontzorgen" in text for text in after)
    query = parse_qs(urlparse(page.url).query)
    assert query == {"q": ["VluchtelingenWerk"], "thema": ["Ontzorgen"]}


def test_a_filter_without_a_term_lists_everything_that_matches_it(page, site_url: str) -> None:
    page.goto(f"{site_url}zoeken/?soort={quote('lopend initiatief')}")
    page.wait_for_selector(".kb-resultaat a")
    assert result_count(page) == len(DATASET.lopende_initiatieven)
    # Five at a time: 'Meer resultaten tonen' shows the rest.
    assert sorted(all_titles(page)) == sorted(r.titel for r in DATASET.lopende_initiatieven)


def test_every_filter_value_stays_listed_with_its_count(page, site_url: str) -> None:
    search(page, site_url, "Z-route")
    options = page.locator("#kb-filter-provincie option").all_inner_texts()
    # All twelve provincies stay, also those without a hit for this term ("Zeeland (0)").
    assert len(options) == 1 + len(DATASET.provincies), options
    assert "Zeeland (0)" in options
    gelderland = next(o for o in options if o.startswith("Gelderland"))
    page.get_by_label("Provincie").select_option(label=gelderland)
    page.wait_for_function("() => new URLSearchParams(location.search).get('provincie') === 'Gelderland'")
    page.wait_for_function("() => !document.getElementById('kb-zoekstatus').textContent.startsWith('Bezig')")
    assert result_count(page) == int(re.search(r"\((\d+)\)", gelderland).group(1))


def test_no_hits_give_dutch_help_and_no_developer_text(page, site_url: str) -> None:
    page.goto(f"{site_url}zoeken/?q=qwxzyv&provincie=Zeeland")
    page.wait_for_selector("#kb-geen-treffers:not([hidden])")
    help_text = page.inner_text("#kb-geen-treffers")
    assert "Spelling" in help_text and "Zoek zonder filters" in help_text
    help_links = page.locator("#kb-geen-treffers a")
    hrefs = [urlparse(h).path for h in help_links.evaluate_all("links => links.map(a => a.href)")]
    assert "/gemeenten/" in hrefs and "/themas/" in hrefs
    assert any("thema=" in h for h in help_links.evaluate_all("links => links.map(a => a.href)"))
    body = page.inner_text("body")
    for developer_text in ("scripts/site.sh", "file://", "serve"):
        assert developer_text not in body
    # Without the filters, the same term is one click away and keeps the term.
    page.click("#kb-filters-weg")
    page.wait_for_load_state("networkidle")
    assert parse_qs(urlparse(page.url).query) == {"q": ["qwxzyv"]}


def test_searching_again_from_the_header_keeps_the_filters(page, site_url: str) -> None:
    search(page, site_url, "taal", provincie="Gelderland")
    page.fill("#kb-zoekterm", "Z-route")
    page.press("#kb-zoekterm", "Enter")
    page.wait_for_function("() => new URLSearchParams(location.search).get('q') === 'Z-route'")
    page.wait_for_function("() => !document.getElementById('kb-zoekstatus').textContent.startsWith('Bezig')")
    assert parse_qs(urlparse(page.url).query) == {"q": ["Z-route"], "provincie": ["Gelderland"]}
    assert "Z-route Berg en Dal" in page.locator(".kb-resultaat-titel a").all_inner_texts()
    # The header form carries the filters also as a plain form (no script needed to submit it).
    assert page.locator("form.kb-zoekveld input[type=hidden][name=provincie]").get_attribute("value") == "Gelderland"


def test_results_are_announced_and_arrive_without_layout_shift(browser, site_url: str) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    tab = context.new_page()
    requested: list[str] = []
    tab.on("request", lambda request: requested.append(request.url))
    tab.add_init_script("""
        window.__cls = 0;
        new PerformanceObserver(list => { for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value; })
          .observe({type: 'layout-shift', buffered: true});
    """)
    tab.goto(f"{site_url}zoeken/?q=brede%20intake")
    tab.wait_for_selector(".kb-resultaat a")
    tab.wait_for_load_state("networkidle")
    tab.wait_for_timeout(300)
    assert tab.get_attribute("#kb-zoekstatus", "aria-live") == "polite"
    assert tab.evaluate("window.__cls") < 0.1
    # Only what the page needs: no Pagefind component UI.
    assert not [u for u in requested if "-ui." in u], requested
    context.close()


def test_busy_message_is_shown_while_the_search_loads_then_replaced_by_the_count(page, site_url: str) -> None:
    # Every text the status line shows, with its time; the first must come before Pagefind has even arrived.
    page.add_init_script("""
        window.__statuses = [];
        new MutationObserver(() => {
          const status = document.getElementById('kb-zoekstatus');
          const last = window.__statuses.length ? window.__statuses[window.__statuses.length - 1][0] : '';
          if (status && status.textContent !== last) window.__statuses.push([status.textContent, performance.now()]);
        }).observe(document, {childList: true, characterData: true, subtree: true});
    """)
    page.goto(f"{site_url}zoeken/?q=brede%20intake")
    page.wait_for_selector(".kb-resultaat a")
    page.wait_for_load_state("networkidle")
    statuses = page.evaluate("window.__statuses")
    pagefind_loaded = page.evaluate(
        "performance.getEntriesByType('resource').find(e => e.name.endsWith('/pagefind.js')).responseEnd"
    )
    assert statuses[0][0] == "Bezig met zoeken…" and statuses[0][1] <= pagefind_loaded, statuses
    final = page.locator("#kb-zoekstatus").inner_text()
    assert "resulta" in final and not final.startswith("Bezig"), final
    assert page.get_attribute("#kb-resultaten", "aria-busy") == "false"


def test_header_search_field_works_from_any_page(page, site_url: str) -> None:
    page.goto(site_url + "pilots/duaal-lochem/")
    page.fill("#kb-zoekterm", "Interbeek")
    page.press("#kb-zoekterm", "Enter")
    page.wait_for_selector(".kb-resultaat a")
    assert urlparse(page.url).path == "/zoeken/"
    assert "Duaal traject Lochem" in page.locator(".kb-resultaat-titel a").all_inner_texts()


def test_search_page_explains_itself_without_javascript(browser, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto(site_url + "zoeken/")
    text = tab.inner_text("article")
    assert "Zoeken werkt met JavaScript" in text
    assert "file://" not in text and "scripts/site.sh" not in text
    for target in ("themas/", "gemeenten/", "provincies/", "onderzoek/"):
        assert tab.locator(f'article a[href="../{target}"]').count() >= 1, target
    assert not tab.locator("#kb-zoekformulier").is_visible()
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
            links = tab.locator(".kb-resultaat-titel a")
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


def all_titles(page) -> list[str]:
    """Every result title: 'Meer resultaten tonen' is pressed until the whole list is shown."""
    while page.locator("#kb-meer").is_visible():
        before = page.locator(".kb-resultaat").count()
        page.locator("#kb-meer").click()
        page.wait_for_function("n => document.querySelectorAll('.kb-resultaat').length > n", arg=before)
    return page.locator(".kb-resultaat-titel a").all_inner_texts()


@pytest.mark.parametrize("variant", ["vergunninghouders", "asielstatushouders"])
def test_a_word_the_sources_use_for_a_glossary_term_finds_what_the_term_finds(
    page, site_url: str, variant: str
) -> None:
    search(page, site_url, "statushouders")
    expected = result_count(page), sorted(all_titles(page))
    search(page, site_url, variant)
    assert (result_count(page), sorted(all_titles(page))) == expected
    assert "Ook gezocht op:" in page.locator("#kb-zoekstatus").inner_text()


def test_a_search_with_the_glossarys_other_words_downloads_only_the_results_it_shows(page, site_url: str) -> None:
    """The filter counts of a merged search come from Pagefind's own counts and result ids, not from every
    result's text: 'statushouders' (four words searched) fetches the five results on screen, and at most one result
    of the word itself (what it marks tells the word is on a page, not a shorter word it starts with), not all 69."""
    fragments = []
    page.on("request", lambda request: fragments.append(request.url) if ".pf_fragment" in request.url else None)
    search(page, site_url, "statushouders")
    total = result_count(page)
    assert total > 20 and len(fragments) <= 5 + 1, (total, len(fragments))
    # Every page has one soort: the soort counts of the merged results add up to the number of results.
    soorten = page.locator('select[data-filter="soort"] option').all_inner_texts()[1:]
    assert sum(int(re.search(r"\((\d+)\)", text).group(1)) for text in soorten) == total, soorten


def test_a_glossary_abbreviation_finds_the_pages_that_write_it_out(page, site_url: str) -> None:
    titles = search(page, site_url, "zelfredzaamheidsroute")
    assert "Z-route Haarlem" in all_titles(page), titles[:5]


def test_when_all_words_find_nothing_results_for_part_of_the_words_are_shown_and_said(page, site_url: str) -> None:
    titles = search(page, site_url, "statushouders Zeeland taalmaatje")
    status = page.locator("#kb-zoekstatus").inner_text()
    assert status.startswith("Geen resultaten met alle woorden;"), status
    words = re.search(r"resulta(?:at|ten) voor: ([\w ]+)\.", status).group(1).split()
    assert len(words) == 2 and set(words) < {"statushouders", "zeeland", "taalmaatje"}, status  # the largest part
    assert titles and len(all_titles(page)) == int(status.split("; ")[1].split()[0])
    assert page.locator("#kb-geen-treffers").is_hidden()


# Names written in capitals mid-word in the data (VluchtelingenWerk, TaalDoen) are no run-together words.
DATA_WORDS = {word for path in (ROOT / "data").glob("*.yaml") for word in re.findall(r"\w+", path.read_text("utf-8"))}
RUN_TOGETHER = re.compile(r"\w*[a-zà-ÿ][A-Z]\w*")


@pytest.mark.parametrize("query", ["Delft", "Sardes", "Divosa", "statushouders", "Z-route", "Eindhoven", "Humanitas"])
def test_result_snippets_keep_the_words_of_different_fields_apart(page, site_url: str, query: str) -> None:
    search(page, site_url, query)
    snippets = " ".join(page.locator(".kb-resultaat-uittreksel").all_inner_texts())
    joined = {word for word in RUN_TOGETHER.findall(snippets) if word not in DATA_WORDS}
    assert not joined, joined


def test_lines_repeated_on_many_pages_stay_out_of_the_snippets(page, site_url: str) -> None:
    for query in ("Leercirkel", "Laatst gewijzigd", "Geen andere namen bekend"):
        search_term = quote(query)
        page.goto(f"{site_url}zoeken/?q={search_term}")
        page.wait_for_function(
            "() => !document.getElementById('kb-zoekstatus').textContent.startsWith('Bezig')"
            " && document.getElementById('kb-zoekstatus').textContent"
        )
        page.wait_for_load_state("networkidle")
        snippets = " ".join(page.locator(".kb-resultaat-uittreksel").all_inner_texts())
        assert "Laatst gewijzigd" not in snippets and "Geen andere namen bekend" not in snippets
        if query == "Leercirkel":  # found on its own page, not on every record that lists it
            assert result_count(page) <= 3, page.locator(".kb-resultaat-titel a").all_inner_texts()
