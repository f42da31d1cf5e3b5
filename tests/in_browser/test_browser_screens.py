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
    label = row.locator("td").nth(4).evaluate("c => getComputedStyle(c, '::before').content")
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


# Every word in a visible table cell, measured with a Range: a word on more than one line box is broken.
BROKEN_WORDS = """() => {
  const broken = [];
  for (const table of document.querySelectorAll('article table')) {
    const walker = document.createTreeWalker(table, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const cell = node.parentElement.closest('td, th, caption');
      if (!cell || cell.getBoundingClientRect().width <= 2) continue;  // a visually hidden heading row
      for (const word of node.data.matchAll(/\\S+/g)) {
        const range = document.createRange();
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word[0].length);
        const lines = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
        if (lines.size > 1) broken.push(word[0]);
      }
    }
  }
  return broken;
}"""
TABLE_PAGES = [
    "themas/duaal/",
    "themas/b1-route/",
    "themas/",
    "pilots/",
    "lopende-initiatieven/",
    "rode-draden/",
    "provincies/gelderland/",
    "provincies/",
    "pilotgemeenten/",
]


@pytest.mark.parametrize("screen", SCREENS)
def test_no_word_is_broken_inside_a_table_cell(screens, site_url: str, screen: str) -> None:
    tab = screens[screen]
    for url in TABLE_PAGES:
        tab.goto(site_url + url)
        broken = tab.evaluate(BROKEN_WORDS)
        assert not broken, f"{url} bij {SCREENS[screen]} px: woorden over twee regels in een tabel: {broken[:10]}"


def test_only_wide_tables_become_cards_on_a_phone(screens, site_url: str) -> None:
    tab = screens["telefoon"]
    tab.goto(site_url + "provincies/")
    displays = tab.evaluate("""() => [...document.querySelectorAll('article .kb-tabel')].map(
        d => [d.classList.contains('kb-breed'), getComputedStyle(d.querySelector('table')).display])""")
    assert [False, "table"] in displays  # the small table of numbers stays a table
    assert all(display == "block" for wide, display in displays if wide)


# The look (issue 21): a bold, dark page title, headings that differ in size, lines of running text of at most
# about 75 characters, a thick focus ring, and no stock Material indigo.
LOOK = """() => {
  const style = (e) => getComputedStyle(e);
  const h = (sel) => document.querySelector('article ' + sel);
  const p = [...document.querySelectorAll('article p')].sort((a, b) => b.textContent.length - a.textContent.length)[0];
  const probe = document.createElement('span');
  probe.textContent = '0'.repeat(100);
  probe.style.whiteSpace = 'nowrap';
  p.append(probe);
  const ch = probe.getBoundingClientRect().width / 100;
  probe.remove();
  return {h1: [style(h('h1')).fontWeight, style(h('h1')).color, parseFloat(style(h('h1')).fontSize)],
          h2: parseFloat(style(h('h2')).fontSize), h3: h('h3:not(li h3)') ? parseFloat(style(h('h3:not(li h3)')).fontSize) : 0,
          body: parseFloat(style(p).fontSize), line: p.getBoundingClientRect().width / ch,
          header: style(document.querySelector('.md-header')).backgroundColor};
}"""


@pytest.mark.parametrize("url", ["", "themas/b1-route/", "pilots/b1-route-almelo/"])
def test_headings_line_length_colours_and_focus(screens, site_url: str, url: str) -> None:
    tab = screens["laptop"]
    tab.goto(site_url + url)
    look = tab.evaluate(LOOK)
    weight, colour, size = look["h1"]
    assert int(weight) >= 700, look
    rgb = [int(c) / 255 for c in colour[colour.index("(") + 1 : colour.index(")")].split(",")[:3]]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    assert (1.05 / (luminance + 0.05)) >= 7 and "rgba" not in colour, look  # dark and opaque, not Material's grey
    assert size > look["h2"] * 1.15, look  # the page title stands out from the section headings
    if look["h3"]:
        assert look["h2"] > look["h3"] * 1.1 and look["h3"] > look["body"], look
    assert look["line"] <= 70, look  # in ch (the width of a "0"): about 75 characters of text
    assert look["header"] not in ("rgb(64, 81, 181)", "rgb(63, 81, 181)"), look
    tab.keyboard.press("Tab")
    for _ in range(6):
        tab.keyboard.press("Tab")
        ring = tab.evaluate(
            "(() => { const s = getComputedStyle(document.activeElement);"
            " return [s.outlineStyle, parseFloat(s.outlineWidth)]; })()"
        )
        assert ring[0] != "none" and ring[1] >= 2, ring


@pytest.mark.parametrize("screen", SCREENS)
def test_site_name_in_the_header_is_not_cut_off(screens, site_url: str, screen: str) -> None:
    """At 390 px the full name does not fit beside the search field: the short name shows, whole."""
    tab = screens[screen]
    tab.goto(site_url + "pilots/")
    name = tab.locator(".md-header__topic").first
    shown = name.locator(".md-ellipsis").inner_text().strip()
    assert shown == ("Kennisbank Pilotprogramma VOI" if screen == "laptop" else "Kennisbank VOI")
    assert name.locator(".kb-uitgever").inner_text() == "van Divosa"  # the publisher, beside or below the name
    assert name.locator(".md-ellipsis").evaluate("e => e.scrollWidth <= e.clientWidth"), f"'{shown}' is afgekapt"
