"""The glossary in a real browser: an explanation shows on hover and keyboard focus, closes with Escape, and
the links work without JavaScript (moved here from tests/views, which tests the glossary's logic)."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

SCREENS = {
    "laptop": {"viewport": {"width": 1280, "height": 800}},
    "telefoon": {"viewport": {"width": 390, "height": 844}, "has_touch": True, "is_mobile": True},
}


@pytest.mark.parametrize("screen", SCREENS)
def test_explanation_shows_on_hover_and_keyboard_focus(browser, site_url: str, screen: str) -> None:
    context = browser.new_context(**SCREENS[screen])
    tab = context.new_page()
    tab.goto(site_url + "themas/ontzorgen/")
    term = tab.locator("article .kb-begrip").first
    tip = term.locator(".kb-begrip-uitleg")
    assert not tip.is_visible()
    term.locator("a").focus()
    assert tip.is_visible() and len(tip.inner_text()) > 20
    box = tip.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= SCREENS[screen]["viewport"]["width"]
    tab.locator("body").click(position={"x": 5, "y": 300})
    if screen == "laptop":
        term.locator("a").hover()
        assert tip.is_visible()
    context.close()


@pytest.mark.parametrize("how", ["toetsenbord", "muis"])
def test_escape_closes_the_explanation_until_the_term_is_left(browser, site_url: str, how: str) -> None:
    # WCAG 1.4.13: content that appears on hover or focus can be dismissed without moving pointer or focus.
    context = browser.new_context(**SCREENS["laptop"])
    tab = context.new_page()
    tab.goto(site_url + "themas/ontzorgen/")
    term = tab.locator("article .kb-begrip").first
    link, tip = term.locator("a"), term.locator(".kb-begrip-uitleg")
    if how == "toetsenbord":
        link.focus()
    else:
        link.hover()
    expect(tip).to_be_visible()
    tab.keyboard.press("Escape")
    expect(tip).to_be_hidden()
    if how == "toetsenbord":
        assert link.evaluate("a => a === document.activeElement")  # the focus stays where it was
        tab.keyboard.press("Shift+Tab")
        tab.keyboard.press("Tab")
    else:
        tab.mouse.move(5, 5)
        link.hover()
    expect(tip).to_be_visible()  # back on the term, the explanation shows again
    context.close()


def test_glossary_links_work_without_javascript(browser, site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 844})
    tab = context.new_page()
    tab.goto(site_url + "pilots/b1-route-oss/")
    link = tab.locator("article .kb-begrip > a").first
    target = link.get_attribute("href").split("#")[1]
    link.click()
    tab.wait_for_load_state("load")
    assert tab.url.endswith(f"/begrippen/#{target}")
    entry = tab.locator(f"dt#{target}")
    assert entry.is_visible() and entry.evaluate("e => e.getBoundingClientRect().top") < 844
    context.close()
