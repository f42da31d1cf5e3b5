"""Accessibility (axe-core), content without JavaScript, privacy in the browser, and print."""

from __future__ import annotations

import re

import pytest
from axe_playwright_python.sync_playwright import Axe

# One page of every page type, plus the home page.
PAGE_TYPES = {
    "home": "",
    "thema's": "themas/",
    "thema": "themas/ontzorgen/",
    "pilots": "pilots/",
    "pilot": "pilots/b1-route-oss/",
    "lopend initiatief": "lopende-initiatieven/achterhoek/",
    "gemeenten A-Z": "gemeenten/",
    "gemeente": "gemeenten/s-gravenhage/",
    "gemeente die niet meedeed": "gemeenten/middelburg/",
    "provincies": "provincies/",
    "provincie": "provincies/noord-brabant/",
    "provincie zonder pilots": "provincies/zeeland/",
    "onderzoek": "onderzoek/",
    "document": "onderzoek/tussenrapportage-vrouwelijke-nareizigers/",
    "rode draden": "rode-draden/",
    "rode draad": "rode-draden/maatwerk/",
    "overzicht pilotgemeenten": "pilotgemeenten/",
    "open data": "open-data/",
    "toegankelijkheid": "toegankelijkheid/",
    "begrippen": "begrippen/",
    "partners": "partners/",
    "partner": "partners/vluchtelingenwerk/",
    "over": "over/",
    "zoeken": "zoeken/?q=Boxtel&thema=Vrouwelijke%20nareizigers",
    "zoeken, niets gevonden": "zoeken/?q=taalmatje",
    "vergelijking": "vergelijk/b1-route-oss/",
    "vergelijking, eigen keuze": "vergelijk/b1-route-oss/?ids=b1-route-oss,li-achterhoek",
    "404": "404.html",
    "wat is er nieuw": "nieuw/",
    "interactieve kaart": "kaarten/nederland.html",
}
# A new page type: add one line to PAGE_TYPES (name: URL); to wait for something a script draws, add it here.
WAIT_FOR = {"zoeken/": ".kb-resultaat, #kb-geen-treffers:not([hidden])", "vergelijk/": ".kb-vergelijk-keuze"}
WIDTHS = (1280, 390)
AXE = Axe()  # all rules, every impact: WCAG 2.1 A/AA and axe's best practices


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("url", PAGE_TYPES.values(), ids=PAGE_TYPES.keys())
def test_no_accessibility_violations_and_no_outside_requests(page, site_url: str, url: str, width: int) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(site_url + url)
    page.wait_for_load_state("networkidle")
    for prefix, selector in WAIT_FOR.items():
        if url.startswith(prefix):
            page.wait_for_selector(selector)
    violations = AXE.run(page).response["violations"]
    assert not violations, [(v["id"], v["impact"], [n["target"] for n in v["nodes"][:3]]) for v in violations]
    # The `page` fixture fails the test if any request left the site.


# The search page and the interactive map need JavaScript (and say so); the 404 page has no article.
NEEDS_SCRIPT = ("zoeken", "404", "kaarten/")


@pytest.mark.parametrize(
    "url",
    [u for u in PAGE_TYPES.values() if not u.startswith(NEEDS_SCRIPT)],
    ids=[k for k, u in PAGE_TYPES.items() if not u.startswith(NEEDS_SCRIPT)],
)
def test_content_is_readable_without_javascript(browser, site_url: str, url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto(site_url + url)
    article = tab.locator("article")
    assert article.locator("h1").count() == 1
    assert len(article.inner_text()) > 200
    assert article.locator("a[href]").count() > 0
    if url.startswith("provincies/noord"):
        # The map is inline SVG: drawn and linked without JavaScript, its table beside it.
        assert article.locator(".kb-kaart-svg a[href]").count() > 50
        assert article.locator(".kb-kaart-svg").bounding_box()["height"] > 200
        assert article.locator(".kb-kaarttabel tbody tr").count() > 0
    context.close()


@pytest.mark.parametrize("url", ["pilots/duaal-lochem/", "themas/z-route/", "gemeenten/boxtel/"])
def test_pages_print_cleanly_on_a4(browser, site_url: str, url: str) -> None:
    context = browser.new_context()
    tab = context.new_page()
    tab.goto(site_url + url)
    tab.emulate_media(media="print")
    for selector in (".md-header", ".md-sidebar--primary", ".md-footer"):
        assert tab.locator(selector).first.evaluate("e => getComputedStyle(e).display") == "none", selector
    link_text = tab.locator("article a[href]").first.evaluate("e => getComputedStyle(e, '::after').content")
    assert "(" in link_text and ")" in link_text  # the link target is printed as text
    pdf = tab.pdf(format="A4", print_background=False)
    assert pdf.startswith(b"%PDF")
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    assert pages >= 1
    assert re.search(rb"/MediaBox\s*\[\s*0\s+0\s+595\.\d+\s+841\.\d+", pdf) or b"595" in pdf
    context.close()
