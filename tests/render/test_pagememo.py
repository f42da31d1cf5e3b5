"""The preview keeps generated pages' Markdown between rebuilds (kennisbank.render.pagememo): after a change,
every page comes out exactly as a fresh build makes it, whichever way the page reaches the changed data
(given to its template, looked up in the dataset by the template, or through a helper such as the map
labels), and the pages the change does not touch are not made again."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import Project

from kennisbank.data.loading import GEO_DIR, load_dataset
from kennisbank.render.locator_maps import LocatorMaps
from kennisbank.render.maps import MapMaker
from kennisbank.render.pagememo import NotFingerprintable, PageMemo, fingerprint
from kennisbank.render.pages import SiteBuilder


def site_markdown(data_dir: Path, memo: PageMemo | None) -> dict[str, str]:
    """Every generated page's Markdown as the preview's on_files makes it (maps, locator maps, the memo)."""
    dataset = load_dataset(data_dir)
    maker = MapMaker(dataset, data_dir / GEO_DIR)
    maps = {view.slug: view for view in maker.all_views()}
    builder = SiteBuilder(
        dataset, {}, None, maps, {"beheerder": "Redactie"}, ligging=LocatorMaps(maker).ligging, memo=memo
    )
    return {page.url: page.markdown for page in builder.pages()}


def rebuild_as_preview(project: Project, memo: PageMemo) -> dict[str, str]:
    """A rebuild with the preview's memo; asserts it equals a fresh build of the same data, page for page."""
    kept = site_markdown(project.data, memo)
    fresh = site_markdown(project.data, None)
    assert kept.keys() == fresh.keys()
    stale = [url for url in fresh if kept[url] != fresh[url]]
    assert not stale, f"{len(stale)} pagina's verouderd, o.a. {stale[:10]}"
    return kept


def test_a_change_shows_on_every_page_that_shows_it_and_the_rest_is_reused(project: Project) -> None:
    memo = PageMemo()
    before = site_markdown(project.data, memo)
    assert memo.made == len(before) and memo.reused == 0

    # A record's title: given to its own page, in the lists of its theme, gemeenten, provincie, partners.
    project.edit("pilots.yaml", 'titel: "B1-route Almelo"', 'titel: "B1-route Almelo en omstreken"')
    after = rebuild_as_preview(project, memo)
    for url in (
        "pilots/b1-route-almelo/",
        "themas/b1-route/",
        "gemeenten/almelo/",
        "gemeenten/twenterand/",
        "provincies/overijssel/",
        "vergelijk/b1-route-almelo/",
    ):
        assert "Almelo en omstreken" in after[url], url  # (tables keep "B1-route" whole in a span)
        assert "Almelo en omstreken" not in before[url], url
    assert memo.reused > len(after) * 2 // 3, (memo.made, memo.reused)  # most pages are not made again
    assert 0 < memo.made < len(after) // 3
    unchanged = [url for url in after if after[url] == before[url]]
    assert len(unchanged) >= memo.reused


def test_changes_reached_through_lookups_and_helpers(project: Project) -> None:
    memo = PageMemo()
    site_markdown(project.data, memo)
    # A document's title: templates look documents up by id (`dataset.document(id)`) in every list of sources.
    project.edit(
        "documenten.yaml",
        'titel: "Pilotprogramma Veranderopgave Inburgering (VOI)"',
        'titel: "Pilotprogramma Veranderopgave Inburgering (VOI), herzien"',
    )
    after = rebuild_as_preview(project, memo)
    assert sum("(VOI), herzien" in markdown for markdown in after.values()) > 20
    # A theme's short title: the map tables get it from the map-label helper, not from a value they are given.
    project.edit("themas.yaml", 'korte_titel: "B1-route"', 'korte_titel: "Taalroute B1"')
    after = rebuild_as_preview(project, memo)
    assert "pilot in thema Taalroute B1" in after["provincies/overijssel/"]
    # A gemeente's other names: record pages show them after looking the gemeente up by id.
    project.edit(
        "gemeenten.yaml",
        'roepnamen: ["Bergen (Noord-Holland)", "Bergen NH"]',
        'roepnamen: ["Bergen (Noord-Holland)", "Bergen NH", "Bergen aan Zee"]',
    )
    rebuild_as_preview(project, memo)
    # Nothing changed: only the pages given a function (not fingerprintable) are made again.
    rebuild_as_preview(project, memo)
    assert memo.made <= 5, memo.made


@dataclass(frozen=True)
class Item:
    naam: str
    delen: tuple[str, ...]


def test_fingerprints_cover_every_field_and_refuse_functions() -> None:
    assert fingerprint(Item("a", ("b",))) == fingerprint(Item("a", ("b",)))
    assert fingerprint(Item("a", ("b",))) != fingerprint(Item("a", ("c",)))
    assert fingerprint({"x": [Item("a", ())]}) != fingerprint({"x": [Item("a", ("",))]})
    for value in (lambda: 1, {"f": len}, [os.path.join], (Item, print)):
        with pytest.raises(NotFingerprintable):
            fingerprint(value)


def test_a_page_given_a_function_or_whose_template_changed_is_made_again(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "pagina.md.j2").write_text("x", "utf-8")
    memo = PageMemo()
    made: list[str] = []

    def build() -> None:
        memo.begin(object(), {}, {"gedeeld": 1}, templates)
        memo.markdown("a/", ("pagina.md.j2", "", {"waarde": 1}), lambda lookups: made.append("a/") or "A")
        memo.markdown("b/", ("pagina.md.j2", "", {"functie": lambda: 1}), lambda lookups: made.append("b/") or "B")

    build()
    build()
    assert made == ["a/", "b/", "b/"]  # a/ reused; b/ cannot be fingerprinted, so it is always made
    os.utime(templates / "pagina.md.j2", ns=(1, 1))
    build()
    assert made[3:] == ["a/", "b/"]  # a changed template makes every page again


@dataclass(frozen=True)
class Gegevens:
    """A stand-in dataset: a field and a method, as templates use them."""

    namen: tuple[str, ...]

    def naam(self, nummer: int) -> str:
        return self.namen[nummer]


def test_a_page_is_made_again_when_a_lookup_or_helper_answers_differently(tmp_path: Path) -> None:
    memo = PageMemo()
    made: list[str] = []

    def build(gegevens: Gegevens, label: str) -> list[str]:
        memo.begin(gegevens, {"label": lambda categorie: f"{label} {categorie}"}, {}, tmp_path)
        pages = []
        for url, make in (
            ("naam/", lambda lookups: lookups.naam(1)),  # a method of the dataset
            ("alle/", lambda lookups: " ".join(lookups.namen)),  # a field of the dataset
            ("label/", lambda lookups: lookups.helper("label")("pilot")),
        ):  # a helper
            pages.append(
                memo.markdown(url, ("t", "", {}), lambda lookups, make=make, url=url: made.append(url) or make(lookups))
            )
        return pages

    assert build(Gegevens(("a", "b")), "x") == ["b", "a b", "x pilot"]
    assert build(Gegevens(("a", "b")), "x") == ["b", "a b", "x pilot"] and len(made) == 3  # all reused
    assert build(Gegevens(("c", "b")), "x") == ["b", "c b", "x pilot"] and made[3:] == ["alle/"]
    assert build(Gegevens(("c", "d")), "y") == ["d", "c d", "y pilot"] and made[4:] == ["naam/", "alle/", "label/"]
    with pytest.raises(IndexError):  # a lookup that fails now is no reason to reuse: the page is made again
        build(Gegevens(("c",)), "y")
