"""Search in the reader's own words, typed into the search box in Chromium at 1280 and 390 px: small words never
decide what is found, a record whose text matches comes before the pages that only list names, a word that is on no
page finds nothing and the page offers a next step, snippets are sentences without glued labels, result titles carry
no list numbers, and on a phone the first result is in the first screen with the filters folded behind one button."""

from __future__ import annotations

import functools
import re
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
from bs4 import BeautifulSoup
from conftest import ROOT

from kennisbank.data.loading import load_dataset

DATASET = load_dataset(ROOT / "data")
SCREENS = {
    "1280": {"viewport": {"width": 1280, "height": 800}},
    "390": {"viewport": {"width": 390, "height": 844}, "has_touch": True, "is_mobile": True},
}
RECORDS = ("pilot", "lopend initiatief")
# Pages that list the names of other pages: found by a name they list.
LISTS = ("gemeente", "provincie", "partner", "overzicht")


@pytest.fixture(params=list(SCREENS), ids=[f"{width}px" for width in SCREENS])
def tab(browser, request):
    context = browser.new_context(**SCREENS[request.param])
    page = context.new_page()
    yield page
    context.close()


def settled(page) -> None:
    page.wait_for_function(
        "() => { const t = document.getElementById('kb-zoekstatus').textContent; return t && !t.startsWith('Bezig'); }"
    )
    page.wait_for_load_state("networkidle")


def type_query(page, site_url: str, query: str) -> str:
    """Types the query into the search box as a reader does and presses Enter; returns the status line."""
    page.goto(site_url + "zoeken/")
    page.wait_for_load_state("networkidle")
    page.click("#kb-zoekvraag")
    page.keyboard.type(query)
    page.keyboard.press("Enter")
    page.wait_for_function("q => new URLSearchParams(location.search).get('q') === q", arg=query)
    settled(page)
    return page.locator("#kb-zoekstatus").inner_text()


def all_results(page) -> list[tuple[str, str]]:
    """(title, soort) of every result: 'Meer resultaten tonen' is pressed until the whole list is shown."""
    while page.locator("#kb-meer").is_visible():
        before = page.locator(".kb-resultaat").count()
        page.locator("#kb-meer").click()
        page.wait_for_function("n => document.querySelectorAll('.kb-resultaat').length > n", arg=before)
    titles = page.locator(".kb-resultaat-titel a").all_inner_texts()
    soorten = [line.split(" · ")[0] for line in page.locator(".kb-resultaat-soort").all_inner_texts()]
    assert len(titles) == len(soorten)
    return list(zip(titles, soorten, strict=True))


def records_of(gemeente: str) -> set[str]:
    return {r.titel for r in DATASET.records if any(role.gemeente == gemeente for role in r.gemeenten)}


# A question in the reader's words -> the same question in its telling words, and a record expected first.
QUESTIONS = [
    ("welke pilots werkten met een taalmaatje", "taalmaatje", "Z-route Midden-Groningen"),
    ("wat deed Boxtel", "Boxtel", "TaalDoen in Best en Boxtel"),
    ("vrouwen die nareizen", "vrouwen nareizen", None),
    ("pilots in Gelderland met de Z-route", "Gelderland Z-route", "Z-route Berg en Dal"),
]


@pytest.mark.parametrize(("question", "words", "first"), QUESTIONS, ids=[q for q, _, _ in QUESTIONS])
def test_a_question_finds_what_its_telling_words_find_records_first(
    tab, site_url: str, question: str, words: str, first: str | None
) -> None:
    status = type_query(tab, site_url, question)
    found = all_results(tab)
    assert found, status
    type_query(tab, site_url, words)
    # Small words never decide: the question finds the pages its telling words find.
    assert sorted(found) == sorted(all_results(tab)), status
    soorten = [soort for _, soort in found]
    assert soorten[0] in RECORDS, found[:3]
    if first:
        assert found[0][0] == first, found[:3]
    # A record whose own text matches comes before every page that only lists names (a gemeente, a provincie, ...).
    last_record = max(i for i, soort in enumerate(soorten) if soort in RECORDS)
    assert all(soort not in LISTS for soort in soorten[:last_record]), found[: last_record + 1]
    assert "Gezocht op:" in status


def test_what_did_a_gemeente_do_lists_its_records_before_its_own_page(page, site_url: str) -> None:
    type_query(page, site_url, "wat deed Boxtel")
    titles = [title for title, _ in all_results(page)]
    expected = records_of("boxtel")
    assert expected and set(titles[: len(expected)]) == expected, titles[:5]
    # The gemeente's own name alone opens with its page (the earlier promise of the search page stays).
    type_query(page, site_url, "Boxtel")
    assert page.locator(".kb-resultaat-titel a").first.inner_text() == "Boxtel"


@functools.cache  # one built site per test session: read once, not once per word
def indexed_text(site: Path) -> str:
    """The text of everything Pagefind reads (the part of each page marked data-pagefind-body), lower case."""
    parts = []
    for path in site.rglob("*.html"):
        body = BeautifulSoup(path.read_text("utf-8"), "html.parser").select_one("[data-pagefind-body]")
        if body is not None:
            parts.append(body.get_text(" ").lower())
    return " ".join(parts)


# 'zwemles' is a Dutch word on no page; Pagefind alone answers it with the pages of 'z' (the A–Z list). The first
# part of 'noord-zuid' names places: Pagefind alone gives over a hundred pages of Noord-Holland and Noord-Brabant.
NOWHERE = ["xqzwv", "zwemles", "noord-zuid"]


@pytest.mark.parametrize("word", NOWHERE)
def test_a_word_on_no_page_finds_nothing_and_offers_other_words(
    tab, built_site: Path, site_url: str, word: str
) -> None:
    assert not re.search(rf"\b{re.escape(word)}\b", indexed_text(built_site))
    status = type_query(tab, site_url, word)
    assert status == f"Geen resultaten: ‘{word}’ staat op geen enkele pagina van de kennisbank.", status
    assert tab.locator(".kb-resultaat").count() == 0
    help_box = tab.locator("#kb-geen-treffers")
    assert help_box.is_visible()
    targets = [urlparse(href).path for href in help_box.locator("a").evaluate_all("a => a.map(l => l.href)")]
    assert "/begrippen/" in targets and "/themas/" in targets, targets
    other = tab.locator("#kb-andere-woorden")
    assert other.inner_text().startswith("Probeer een ander woord, bijvoorbeeld"), other.inner_text()
    # Each word offered finds something.
    suggestion = other.locator("a").first
    offered = suggestion.inner_text()
    suggestion.click()
    tab.wait_for_function("q => new URLSearchParams(location.search).get('q') === q", arg=offered)
    settled(tab)
    assert tab.locator(".kb-resultaat").count() > 0, offered


def test_a_misspelt_word_offers_the_word_on_the_pages(page, site_url: str) -> None:
    type_query(page, site_url, "taalmatje")
    other = page.locator("#kb-andere-woorden")
    assert other.inner_text() == "Bedoelt u taalmaatje?"
    other.locator("a").click()
    page.wait_for_function("() => new URLSearchParams(location.search).get('q') === 'taalmaatje'")
    settled(page)
    assert "Z-route Midden-Groningen" in page.locator(".kb-resultaat-titel a").all_inner_texts()


def test_a_word_on_no_page_does_not_empty_a_question_and_is_named(page, site_url: str) -> None:
    status = type_query(page, site_url, "taalmaatje en zwemles")
    assert "‘zwemles’ staat op geen enkele pagina" in status and "Gezocht op: taalmaatje." in status, status
    type_query(page, site_url, "taalmaatje")
    expected = sorted(all_results(page))
    type_query(page, site_url, "taalmaatje en zwemles")
    assert sorted(all_results(page)) == expected


# A label of the key facts, or a column heading, that is not at the start of a sentence: glued to its neighbours
# ("Wat Eindrapportage Wie Regioplan Voor wie …", "Pilot of initiatief Soort Thema Rol van Boxtel").
GLUED_LABEL = re.compile(
    r"(?<![.!?:;(])\s(Wat|Wie|Waar|Voor wie|Wanneer|Thema|Onderzoek|Na het programma|Soort) (?=\S)"
)


@pytest.mark.parametrize("query", ["Regioplan", "Verwey-Jonker", "Boxtel", "hoofdaanvrager", "Sardes", "brede intake"])
def test_snippets_are_sentences_without_glued_labels(page, site_url: str, query: str) -> None:
    type_query(page, site_url, query)
    snippets = page.locator(".kb-resultaat-uittreksel").all_inner_texts()
    assert len(snippets) >= 3, snippets
    glued = [snippet for snippet in snippets if GLUED_LABEL.search(" " + snippet)]
    assert not glued, glued


@pytest.mark.parametrize("query", ["duale trajecten", "randvoorwaarden", "begeleiding"])
def test_result_titles_carry_no_list_numbers(page, site_url: str, query: str) -> None:
    type_query(page, site_url, query)
    found = all_results(page)
    assert [title for title, soort in found if re.match(r"\d+\.\s", title)] == []
    draden = {draad.titel for draad in DATASET.rode_draden}
    assert any(soort == "rode draad" and title in draden for title, soort in found), found


def test_on_a_phone_the_first_result_is_in_the_first_screen_and_the_filters_fold(browser, site_url: str) -> None:
    context = browser.new_context(**SCREENS["390"])
    phone = context.new_page()
    try:
        type_query(phone, site_url, "welke pilots werkten met een taalmaatje")
        assert phone.evaluate("window.scrollY") == 0
        first = phone.locator(".kb-resultaat").first.bounding_box()
        assert first is not None and first["y"] + first["height"] <= 844, first
        button = phone.locator("#kb-filterknop")
        assert button.inner_text() == "Filters (geen aan)" and button.get_attribute("aria-expanded") == "false"
        assert not phone.get_by_label("Provincie").is_visible()
        # By keyboard: from the search box past 'Zoeken' to the filters' button, open it, choose a provincie.
        phone.focus("#kb-zoekvraag")
        phone.keyboard.press("Tab")
        phone.keyboard.press("Tab")
        assert phone.evaluate("document.activeElement.id") == "kb-filterknop"
        phone.keyboard.press("Enter")
        assert button.get_attribute("aria-expanded") == "true" and phone.get_by_label("Provincie").is_visible()
        phone.keyboard.press("Tab")
        assert phone.evaluate("document.activeElement.id") == "kb-filter-soort"
        phone.get_by_label("Provincie").select_option(value="Groningen")
        phone.get_by_label("Soort").select_option(value="pilot")
        phone.wait_for_function("() => new URLSearchParams(location.search).get('soort') === 'pilot'")
        settled(phone)
        assert button.inner_text() == "Filters (2 aan)"
        query = parse_qs(urlparse(phone.url).query)
        assert query["provincie"] == ["Groningen"] and query["soort"] == ["pilot"]
        assert phone.locator(".kb-resultaat-titel a").all_inner_texts() == ["Z-route Midden-Groningen"]
        # Reopened from its address, the filters stay folded and the button still counts them.
        phone.reload()
        settled(phone)
        assert button.inner_text() == "Filters (2 aan)" and not phone.get_by_label("Provincie").is_visible()
        first = phone.locator(".kb-resultaat").first.bounding_box()
        assert first is not None and first["y"] + first["height"] <= 844, first
    finally:
        context.close()


def test_on_a_wide_screen_the_filters_stand_open(page, site_url: str) -> None:
    page.set_viewport_size({"width": 1280, "height": 800})
    type_query(page, site_url, "taalmaatje")
    assert not page.locator("#kb-filterknop").is_visible()
    assert all(page.get_by_label(name).is_visible() for name in ("Soort", "Thema", "Provincie", "Gemeente"))
