"""'Wat is er nieuw' in a real browser on a laptop (1280 px, clicking) and a phone (390 px, tapping): the newest
day comes first, a record's name leads to its page, and on a laptop the table of contents lists the days."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("width", (1280, 390))
def test_a_records_name_leads_to_its_page(browser, site_url: str, width: int) -> None:
    phone = width == 390
    context = browser.new_context(viewport={"width": width, "height": 844}, has_touch=phone, is_mobile=phone)
    tab = context.new_page()
    try:
        tab.goto(site_url + "nieuw/")
        first_day = tab.locator("article h2").first
        days = tab.locator("article h2").all_inner_texts()
        assert first_day.inner_text() == days[0] and len(days) == len(set(days))
        link = tab.locator("article h2 + ul.kb-wijzigingen > li > a").first
        name = link.inner_text()
        address = link.get_attribute("href")
        with tab.expect_navigation():
            link.tap() if phone else link.click()
        assert tab.url.endswith(address.removeprefix(".."))
        assert name in tab.locator("article h1").inner_text()
    finally:
        context.close()


def test_the_table_of_contents_lists_the_days_on_a_laptop(browser, site_url: str) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    try:
        tab.goto(site_url + "nieuw/")
        toc = tab.locator(".md-sidebar--secondary .md-nav__link")
        headings = tab.locator("article h2").all_inner_texts()
        assert [t.strip() for t in toc.all_inner_texts()] == headings
        toc.nth(len(headings) - 1).click()
        tab.wait_for_function("() => location.hash.startsWith('#dag-')")
        # Scrolled down to the oldest day: its heading is on the screen.
        top = tab.locator("article h2").last.evaluate("h => h.getBoundingClientRect().top")
        assert tab.evaluate("scrollY") > 0 and 0 <= top < 900
    finally:
        context.close()
