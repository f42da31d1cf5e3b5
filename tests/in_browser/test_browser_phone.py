"""The phone details a reader meets at 390 px (issue 26, item 7), tapped in a real browser: every record's
"In het kort" box within the first screen with long texts folded, the rode-draden matrix keeping its row names
in view while its columns scroll, the timeline as a plain list with targets of at least 24 px; and on a laptop
every label of the timeline drawing in its own year."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from conftest import ROOT

from kennisbank.data import urls
from kennisbank.data.loading import load_dataset
from kennisbank.views.timeline import programme_timeline

DATASET = load_dataset(ROOT / "data")
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True, "device_scale_factor": 2}


@pytest.fixture(scope="module")
def phone(browser):
    context = browser.new_context(**PHONE)
    yield context.new_page()
    context.close()


def test_every_records_key_facts_fit_in_the_first_screen_of_a_phone(phone, site_url: str) -> None:
    too_long = []
    for record in DATASET.records:
        phone.goto(site_url + urls.record_url(record))
        box = phone.locator("dl.kb-kort").bounding_box()
        if box["y"] + box["height"] > 844:
            too_long.append((record.id, round(box["y"] + box["height"])))
    assert not too_long, too_long


def test_a_folded_key_fact_opens_with_a_tap_and_reads_on(phone, site_url: str) -> None:
    phone.goto(site_url + "pilots/duaal-lochem/")
    voor_wie = phone.locator("dl.kb-kort dt:text-is('Voor wie') + dd")
    rest = voor_wie.locator("details")
    folded = voor_wie.bounding_box()["height"]
    assert "ongeveer twee derde" in rest.text_content() and not rest.evaluate("d => d.open")
    rest.locator("summary").tap()
    assert rest.evaluate("d => d.open") and voor_wie.bounding_box()["height"] > folded + 100
    assert "ongeveer twee derde" in voor_wie.inner_text()
    assert not voor_wie.locator("summary").is_visible() and not voor_wie.locator(".kb-weglating").is_visible()
    # Many gemeenten: three shown, the rest behind one tap.
    phone.goto(site_url + "pilots/b1-route-almelo/")
    wie = phone.locator("dl.kb-kort dt:text-is('Wie') + dd")
    assert wie.locator("a[href*='gemeenten/']:visible").count() == 3
    wie.locator("summary", has_text="en nog 3 gemeenten").tap()
    assert wie.locator("a[href*='gemeenten/']:visible").count() == 6


def test_the_matrix_keeps_its_row_names_in_view_while_it_scrolls(phone, site_url: str) -> None:
    phone.goto(site_url + "rode-draden/")
    matrix = phone.locator(".kb-matrix").first
    matrix.scroll_into_view_if_needed()
    matrix.evaluate("e => { e.scrollLeft = e.scrollWidth; }")
    assert matrix.evaluate("e => e.scrollLeft") > 100, "the matrix scrolls sideways on a phone"
    row_name = matrix.locator("tbody th").first
    box = row_name.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390
    # What a finger on the row name meets is the row name, not a cell scrolled under it.
    hit = phone.evaluate(
        "([x, y]) => document.elementFromPoint(x, y).closest('th') !== null",
        [box["x"] + 10, box["y"] + box["height"] / 2],
    )
    assert hit


def test_the_timeline_is_a_plain_list_on_a_phone_with_targets_of_24_px(phone, site_url: str) -> None:
    phone.goto(site_url + "tijdlijn/")
    assert not phone.locator(".kb-tijdlijn-svg").is_visible()
    links = phone.locator(".kb-tijdlijn-lijst a:not([href*='begrippen'])")  # not the glossary's links
    assert links.count() == len(programme_timeline(DATASET).dated) + sum(
        len(events) for _, events in programme_timeline(DATASET).undated_groups
    )
    heights = [box["height"] for box in (links.nth(i).bounding_box() for i in range(links.count()))]
    assert min(heights) >= 24, heights
    links.first.tap()
    phone.wait_for_url("**/themas/**")


def test_every_label_of_the_timeline_drawing_stays_in_its_year(built_site: Path) -> None:
    svg = BeautifulSoup((built_site / "tijdlijn" / "index.html").read_text("utf-8"), "html.parser").select_one(
        "svg.kb-tijdlijn-svg"
    )
    # Year lines: each year's label sits 16 units below its line.
    year_line = {int(t.get_text()): float(t["y"]) - 16 for t in svg.find_all("text", attrs={"font-weight": "700"})}
    labels = [float(t["y"]) for t in svg.select("a text")]
    events = programme_timeline(DATASET).dated
    assert len(labels) == len(events)
    for event, y in zip(events, labels, strict=True):
        year = event.maand[0]
        assert year_line[year] < y, (event.titel, y)
        if year + 1 in year_line:
            assert y < year_line[year + 1], (event.titel, y, year_line[year + 1])
