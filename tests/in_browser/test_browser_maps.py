"""Maps in a real browser, used as readers use them: click, tap and keyboard on the SVG maps, a one-finger
swipe over a map on a phone, JavaScript off, the interactive map, and axe on the map document."""

from __future__ import annotations

import html
from pathlib import Path
from urllib.parse import urljoin

import pytest
from axe_playwright_python.sync_playwright import Axe
from conftest import ROOT
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from kennisbank.data.loading import load_dataset
from kennisbank.render.maps import MapMaker
from kennisbank.views import derive

DATASET = load_dataset(ROOT / "data")
MAKER = MapMaker(DATASET, ROOT / "data" / "geo")
MAP_PAGES = (
    [("provincies/", MAKER.national())]
    + [(f"provincies/{p.id}/", MAKER.provincie(p.id)) for p in DATASET.provincies]
    + [(f"themas/{t.id}/", MAKER.thema(t.id)) for t in DATASET.themas]
)
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True, "device_scale_factor": 2}
DESKTOP = {"viewport": {"width": 1280, "height": 900}}
WCAG_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


def shape_centre(page, name: str) -> tuple[float, float]:
    """Viewport coordinates of a point inside a gemeente's shape on the page's map (scrolled into view)."""
    link = page.locator(".kb-kaart-svg a", has=page.locator(f"title:text-matches('^{name}(:|$)')"))
    link.scroll_into_view_if_needed()
    # The shape is a <path> (provincie maps) or a <use> of the shared outlines (country-wide maps).
    point = link.locator("path, use").evaluate("""p => {
      const box = p.getBBox(), svg = p.ownerSVGElement, m = p.getScreenCTM();
      for (let fy = 0.5; fy < 1; fy += 0.05) for (let fx = 0.5; fx < 1; fx += 0.05) for (const s of [1, -1]) {
        const pt = svg.createSVGPoint();
        pt.x = box.x + box.width * (s > 0 ? fx : 1 - fx); pt.y = box.y + box.height * (s > 0 ? fy : 1 - fy);
        const q = pt.matrixTransform(m);
        if (document.elementFromPoint(q.x, q.y) === p) return [q.x, q.y];
      }
    }""")
    assert point, f"no visible point inside {name}"
    return point[0], point[1]


@pytest.mark.parametrize(("url", "view"), MAP_PAGES, ids=[url for url, _ in MAP_PAGES])
def test_map_draws_every_gemeente_and_matches_its_table(page, site_url: str, url: str, view) -> None:
    page.goto(site_url + url)
    links = page.locator(".kb-kaart-svg a")
    # Theme maps link only their coloured gemeenten (the rest is grey background); other maps link every gemeente.
    assert links.count() == (len(view.rows) if url.startswith("themas/") else len(view.area_codes))
    if url == "provincies/":
        assert links.count() == 355
    coloured = page.eval_on_selector_all(
        ".kb-kaart-svg a",
        "as => as.filter(a => a.querySelector('path, use').hasAttribute('fill'))"
        ".map(a => a.querySelector('title').textContent.split(':')[0])",
    )
    # The table may sit folded in a <details>: read its text, not what is rendered.
    table_names = [t.strip() for t in page.locator(".kb-kaarttabel tbody tr td:first-child").all_text_contents()]
    assert sorted(html.unescape(n) for n in coloured) == sorted(table_names)
    assert len(table_names) == len(view.rows)
    assert page.locator(".kb-kaart-svg").bounding_box()["width"] > 300


def test_national_map_links_every_gemeente_to_an_existing_page(page, site_url: str, built_site: Path) -> None:
    page.goto(site_url + "provincies/")
    targets = page.eval_on_selector_all(".kb-kaart-svg a[href]", "as => as.map(a => a.getAttribute('href'))")
    pages = {urljoin(site_url + "provincies/", t).removeprefix(site_url) for t in targets}
    assert len(pages) == len(targets) == len(DATASET.gemeenten)
    assert not sorted(p for p in pages if not (built_site / p / "index.html").is_file())
    if len(targets) < 355:
        pytest.xfail(f"{355 - len(targets)} gemeenten have no page yet (the pages for all 355 come with issue 10)")
    assert page.locator(".kb-kaart-svg a").count() == len(targets) == 355


@pytest.mark.parametrize("device", ["desktop", "phone"])
def test_clicking_or_tapping_a_gemeente_on_the_map_opens_its_page(browser, site_url: str, device: str) -> None:
    context = browser.new_context(**(PHONE if device == "phone" else DESKTOP))
    tab = context.new_page()
    tab.goto(site_url + "provincies/gelderland/")
    x, y = shape_centre(tab, "Lochem")
    with tab.expect_navigation():
        if device == "phone":
            tab.touchscreen.tap(x, y)
        else:
            tab.mouse.click(x, y)
    assert tab.url == site_url + "gemeenten/lochem/"
    assert "Lochem" in tab.inner_text("h1")
    context.close()


def test_national_map_is_reachable_by_keyboard(page, site_url: str) -> None:
    page.goto(site_url + "provincies/")
    page.locator(".kb-kaart-overslaan").focus()
    page.keyboard.press("Tab")  # from the skip link into the map: the first gemeente (A–Z) with a page
    focused = page.evaluate("document.activeElement.querySelector('title').textContent")
    first = sorted((g.naam for g in DATASET.gemeenten), key=lambda n: n.removeprefix("'s-").lower())[0]
    assert focused.split(":")[0] == first
    for _ in range(3):
        page.keyboard.press("Tab")
    name = page.evaluate("document.activeElement.querySelector('title').textContent").split(":")[0]
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.startswith(site_url + "gemeenten/")
    assert page.url.endswith("/") and name.lower().split()[0] in page.url


def test_skip_link_jumps_over_the_map_to_its_table(page, site_url: str) -> None:
    page.goto(site_url + "provincies/")
    page.locator(".kb-kaart-overslaan").focus()
    assert page.locator(".kb-kaart-overslaan").is_visible()
    page.keyboard.press("Enter")
    assert page.url.endswith("#kb-kaart-nederland-tabel")


def test_map_links_work_without_javascript(browser, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False, **DESKTOP)
    tab = context.new_page()
    tab.goto(site_url + "themas/duaal/")
    x, y = shape_centre(tab, "Lochem")
    with tab.expect_navigation():
        tab.mouse.click(x, y)
    assert tab.url == site_url + "gemeenten/lochem/"
    context.close()


def swipe_up(tab, x: float, y: float, distance: float = 300) -> None:
    """A real one-finger touch swipe (finger moves up, the page should scroll down), through Chromium's
    input pipeline."""
    cdp = tab.context.new_cdp_session(tab)
    cdp.send("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": [{"x": x, "y": y}]})
    steps = 12
    for i in range(1, steps + 1):
        cdp.send(
            "Input.dispatchTouchEvent", {"type": "touchMove", "touchPoints": [{"x": x, "y": y - distance * i / steps}]}
        )
    cdp.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})


@pytest.mark.parametrize("url", ["provincies/", "provincies/gelderland/", "themas/z-route/"])
def test_one_finger_swipe_over_a_map_scrolls_the_page_on_a_phone(browser, site_url: str, url: str) -> None:
    context = browser.new_context(**PHONE)
    tab = context.new_page()
    tab.goto(site_url + url)
    drawing = tab.locator(".kb-kaart-svg")
    drawing.scroll_into_view_if_needed()
    box = drawing.bounding_box()
    x, y = box["x"] + box["width"] / 2, min(box["y"] + box["height"] * 0.6, 800)
    assert tab.evaluate(f"document.elementFromPoint({x}, {y}).closest('.kb-kaart-svg') !== null")
    before = tab.evaluate("window.scrollY")
    swipe_up(tab, x, y)
    # The page may scroll on for a moment after the finger lifts: wait for it (up to 5 s) rather than
    # for a fixed time that a busy machine can exceed.
    try:
        tab.wait_for_function(f"() => window.scrollY > {before + 100}", timeout=5000)
    except PlaywrightTimeout:
        pytest.fail(f"the swipe over the map did not scroll the page (scrollY {tab.evaluate('window.scrollY')})")
    assert tab.url == site_url + url  # and it opened no gemeente
    context.close()


def test_one_finger_swipe_over_the_interactive_map_scrolls_the_page(browser, site_url: str) -> None:
    context = browser.new_context(**PHONE)
    tab = context.new_page()
    tab.goto(site_url + "kaarten/nederland.html?gebied=provincie-gelderland")
    tab.wait_for_selector(".leaflet-overlay-pane path", state="attached")
    box = tab.locator(".folium-map").bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + min(box["height"], 844 - box["y"]) / 2
    centre = tab.evaluate("Object.values(window).find(v => v instanceof L.Map).getCenter()")
    before = tab.evaluate("window.scrollY")
    swipe_up(tab, x, y, 200)
    assert tab.evaluate("window.scrollY") > before + 50, "the swipe was caught by the map"
    assert tab.evaluate("Object.values(window).find(v => v instanceof L.Map).getCenter()") == centre
    context.close()


def test_gemeente_page_shows_where_it_lies(page, site_url: str) -> None:
    page.goto(site_url + "gemeenten/lochem/")
    locator = page.locator("article .kb-ligging")
    assert locator.get_attribute("aria-label") == "Ligging van Lochem in de provincie Gelderland"
    assert 100 < locator.bounding_box()["width"] < 260
    assert "Lochem (donker) in de provincie Gelderland." in page.inner_text("article")


def test_map_text_stays_out_of_search(built_site: Path) -> None:
    """355 gemeente names on a map must not make the provincies page a hit for every gemeente."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup((built_site / "provincies" / "index.html").read_text("utf-8"), "html.parser")
    figure = soup.select_one(".kb-kaart")
    assert figure["data-pagefind-ignore"] == "all"


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
def test_interactive_map_document_passes_axe(browser, site_url: str, viewport: dict) -> None:
    context = browser.new_context(**viewport)
    tab = context.new_page()
    tab.goto(site_url + "kaarten/nederland.html")
    tab.wait_for_selector(".leaflet-overlay-pane path", state="attached")
    violations = Axe().run(tab, options=WCAG_AA).response["violations"]
    assert not violations, [(v["id"], v["impact"], [n["target"] for n in v["nodes"][:3]]) for v in violations]
    context.close()


@pytest.mark.parametrize("url", ["provincies/", "provincies/zeeland/", "themas/duaal/", "gemeenten/lochem/"])
@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
def test_pages_with_maps_pass_axe(browser, site_url: str, url: str, viewport: dict) -> None:
    context = browser.new_context(**viewport)
    tab = context.new_page()
    tab.goto(site_url + url)
    violations = Axe().run(tab, context=".md-content", options=WCAG_AA).response["violations"]
    assert not violations, [(v["id"], v["impact"], [n["target"] for n in v["nodes"][:3]]) for v in violations]
    context.close()


def test_interactive_map_opens_zoomed_to_the_provincie_and_links_gemeenten(page, site_url: str) -> None:
    page.goto(site_url + "provincies/gelderland/")
    with page.expect_navigation():
        page.get_by_role("link", name="Interactieve kaart").click()
    assert page.url.endswith("kaarten/nederland.html?gebied=provincie-gelderland")
    page.wait_for_selector(".leaflet-overlay-pane path", state="attached")
    centre = page.evaluate("Object.values(window).find(v => v instanceof L.Map).getCenter()")
    assert 51.7 < centre["lat"] < 52.6 and 5.2 < centre["lng"] < 6.8  # Gelderland, not the whole country
    lochem = page.evaluate_handle("""() => {
      let found = null;
      for (const layer of Object.values(window).filter(v => v instanceof L.GeoJSON))
        layer.eachLayer(l => { if (l.feature.properties.naam === 'Lochem') found = l; });
      return found.getElement();
    }""")
    with page.expect_navigation():
        lochem.as_element().dispatch_event("click")
    assert page.url == site_url + "gemeenten/lochem/"


def test_provincie_without_pilots_draws_its_gemeenten_and_says_so(page, site_url: str) -> None:
    page.goto(site_url + "provincies/zeeland/")
    assert page.locator(".kb-kaart-svg a").count() == 13
    assert page.locator(".kb-kaart-svg a :is(path, use)[fill]").count() == 0
    assert "liep geen pilot" in page.inner_text("article")


def test_map_files_load_only_leaflet_from_the_site(built_site: Path) -> None:
    """folium's default assets (jQuery, Bootstrap, Font Awesome, awesome-markers) are not loaded at all, and
    the pages' maps are inline SVG that load only the site's own file of outlines."""
    from bs4 import BeautifulSoup

    map_files = sorted((built_site / "kaarten").glob("*.html"))
    assert [f.name for f in map_files] == ["nederland.html"]
    soup = BeautifulSoup(map_files[0].read_text("utf-8"), "html.parser")
    assert [tag["src"] for tag in soup.find_all("script", src=True)] == ["../assets/leaflet/leaflet.js"]
    # Besides Leaflet's stylesheet only the site's own favicon (no request for a missing /favicon.ico).
    assert [tag["href"] for tag in soup.find_all("link", href=True)] == [
        "../images/favicon.svg",
        "../assets/leaflet/leaflet.css",
    ]
    assert (built_site / "images" / "favicon.svg").is_file()
    assert "L.tileLayer" not in map_files[0].read_text("utf-8")  # the boundaries are the base map
    assert (built_site / "assets" / "leaflet" / "leaflet.js").is_file()
    page = BeautifulSoup((built_site / "provincies" / "index.html").read_text("utf-8"), "html.parser")
    assert not page.select("iframe") and page.select(".kb-kaart-svg")
    shapes = {use["href"].split("#")[0] for use in page.select(".kb-kaart-svg use")}
    assert len(shapes) == 1 and (built_site / "provincies" / shapes.pop()).resolve().is_file()


def open_interactive_map(tab, site_url: str, query: str = "") -> list:
    """The national interactive map, loaded; returns the list of failed requests (status 400 and up)."""
    failed = []
    tab.on(
        "response", lambda response: failed.append((response.status, response.url)) if response.status >= 400 else None
    )
    tab.on("requestfailed", lambda request: failed.append(("failed", request.url)))
    tab.goto(site_url + "kaarten/nederland.html" + query)
    tab.wait_for_selector(".leaflet-overlay-pane path[tabindex]", state="attached")
    tab.wait_for_load_state("networkidle")
    return failed


def gemeente_shape(tab, name: str):
    return tab.evaluate_handle(
        """name => {
      let found = null;
      for (const layer of Object.values(window).filter(v => v instanceof L.GeoJSON))
        layer.eachLayer(l => { if (l.feature.properties.naam === name) found = l; });
      return found.getElement();
    }""",
        name,
    ).as_element()


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280", "390"])
def test_interactive_map_has_a_legend_a_way_back_and_no_failed_requests(browser, site_url: str, viewport: dict) -> None:
    context = browser.new_context(**viewport)
    tab = context.new_page()
    failed = open_interactive_map(tab, site_url)
    assert not failed, failed
    legend = [text.strip() for text in tab.locator(".kb-legenda li").all_inner_texts()]
    assert legend == [item.label for item in MAKER.national().legend]  # the static maps' categories
    colours = tab.locator(".kb-legenda rect").evaluate_all("rects => rects.map(r => r.getAttribute('fill'))")
    assert colours == [MAKER.kleur_van(item.categorie) for item in MAKER.national().legend]
    assert tab.locator(".kb-legenda").is_visible()
    home = tab.get_by_role("link", name="Kennisbank (startpagina)")
    assert home.is_visible() and urljoin(tab.url, home.get_attribute("href")) == site_url
    back = tab.get_by_role("link", name="Provincies en alle gemeenten")
    assert back.is_visible() and urljoin(tab.url, back.get_attribute("href")) == site_url + "provincies/"
    assert home.bounding_box()["y"] < tab.locator(".folium-map").bounding_box()["y"]  # at the top
    context.close()


def test_interactive_map_names_a_gemeente_after_a_tap_and_opens_it_on_the_second(browser, site_url: str) -> None:
    context = browser.new_context(**PHONE)
    tab = context.new_page()
    open_interactive_map(tab, site_url, "?gebied=provincie-gelderland")
    shape = gemeente_shape(tab, "Lochem")
    box = shape.bounding_box()
    x, y = tab.evaluate(
        """el => {
      const b = el.getBoundingClientRect();
      for (let fy = 0.5; fy < 1; fy += 0.05) for (let fx = 0.5; fx < 1; fx += 0.05) {
        const x = b.x + b.width * fx, y = b.y + b.height * fy;
        if (document.elementFromPoint(x, y) === el) return [x, y];
      }
      return [b.x + b.width / 2, b.y + b.height / 2];
    }""",
        shape,
    )
    assert box and box["width"] > 0
    tab.touchscreen.tap(x, y)
    tooltip = tab.locator(".leaflet-tooltip")
    tooltip.wait_for(state="visible")
    assert "Lochem" in tooltip.inner_text()
    assert tab.url.endswith("kaarten/nederland.html?gebied=provincie-gelderland")  # not opened yet
    with tab.expect_navigation():
        tab.touchscreen.tap(x, y)
    assert tab.url == site_url + "gemeenten/lochem/"
    context.close()


def test_interactive_map_names_a_gemeente_on_keyboard_focus_and_opens_it_with_enter(page, site_url: str) -> None:
    open_interactive_map(page, site_url)
    for _ in range(12):  # the links, the explanation, the zoom buttons and the map, then the gemeenten
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.tagName.toLowerCase()") == "path":
            break
    focused = page.locator(":focus")
    name = focused.get_attribute("aria-label")
    assert focused.get_attribute("role") == "link" and name and ":" in name
    tooltip = page.locator(".leaflet-tooltip")
    assert tooltip.is_visible() and name.split(":")[0] in tooltip.inner_text()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "/gemeenten/" in page.url


@pytest.mark.parametrize("device", ["desktop", "phone"])
def test_interactive_map_jump_list_zooms_to_a_gemeente_and_focuses_it(browser, site_url: str, device: str) -> None:
    """Nobody has to tab through 355 shapes: choose a gemeente, and the map shows and names it with the
    keyboard focus on it; Enter opens its page."""
    context = browser.new_context(**(PHONE if device == "phone" else DESKTOP))
    tab = context.new_page()
    open_interactive_map(tab, site_url)
    choice = tab.get_by_label("Ga naar gemeente")
    assert choice.locator("option").count() == 356  # 'Kies een gemeente' and all 355
    choice.select_option(label="'s-Hertogenbosch")
    tab.get_by_role("button", name="Toon op de kaart").click()
    focused = tab.locator(":focus")
    assert (focused.get_attribute("aria-label") or "").startswith("'s-Hertogenbosch:")
    assert "'s-Hertogenbosch" in tab.locator(".leaflet-tooltip").inner_text()
    # The map flies there (an animation): wait until the gemeente fills a good part of it.
    tab.wait_for_function("() => document.activeElement.getBoundingClientRect().width > 100", timeout=5000)
    shape, frame = focused.bounding_box(), tab.locator(".folium-map").bounding_box()
    assert frame["x"] - 1 <= shape["x"] and shape["x"] + shape["width"] <= frame["x"] + frame["width"] + 1
    assert frame["y"] - 1 <= shape["y"] and shape["y"] + shape["height"] <= frame["y"] + frame["height"] + 1
    with tab.expect_navigation():
        tab.keyboard.press("Enter")
    assert tab.url == site_url + "gemeenten/s-hertogenbosch/"
    context.close()


@pytest.mark.parametrize("device", ["desktop", "phone"])
def test_the_home_map_shows_where_the_pilots_ran_and_leads_to_the_provincies(
    browser, site_url: str, device: str
) -> None:
    """The small map beside the introduction: in the first screen, its numbers those of the data, its text
    alternative in words, and a click (or a tap on a phone) in the middle of Gelderland opens /provincies/."""
    context = browser.new_context(**(PHONE if device == "phone" else DESKTOP))
    tab = context.new_page()
    tab.goto(site_url)
    figure = tab.locator("figure.kb-thuiskaart")
    box = figure.locator("svg").bounding_box()
    viewport = tab.viewport_size
    assert box["y"] + box["height"] <= viewport["height"], "the map is in the first screen"
    gemeenten = derive.participating_gemeenten(DATASET)
    assert figure.locator("strong").inner_text() == f"{len(DATASET.pilots)} pilots in {len(gemeenten)} gemeenten"
    assert (
        figure.locator("svg title")
        .text_content()
        .startswith(f"Kaart van Nederland met de provinciegrenzen. De {len(gemeenten)} gemeenten")
    )
    x, y = box["x"] + box["width"] * 0.7, box["y"] + box["height"] * 0.55  # about Gelderland
    if device == "phone":
        tab.touchscreen.tap(x, y)
    else:
        tab.mouse.click(x, y)
    tab.wait_for_url(urljoin(site_url, "provincies/"))
    context.close()
