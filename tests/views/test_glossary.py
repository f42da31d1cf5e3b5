"""The begrippenlijst: every term explained from the sources, linked at its first use on a page (never in
headings, links or code), with a short explanation on hover and keyboard focus, and a plain link without
JavaScript."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup
from conftest import ROOT, Project

from kennisbank.data.loading import load_dataset
from kennisbank.views.glossary import Glossary

DATASET = load_dataset(ROOT / "data")
REQUIRED_TERMS = {
    "pip",
    "map",
    "pvt",
    "isk",
    "elip",
    "z-route",
    "b1-route",
    "ontzorgen",
    "duaal-traject",
    "deelnemer",
    "betrokken",
    "lopend-initiatief",
    "rode-draad",
}


def html_of(site: Path, url: str) -> BeautifulSoup:
    return BeautifulSoup((site / url / "index.html").read_text("utf-8"), "html.parser")


def test_glossary_has_the_programmes_terms_each_with_a_source() -> None:
    ids = {b.id for b in DATASET.begrippen}
    assert ids >= REQUIRED_TERMS
    for begrip in DATASET.begrippen:
        assert begrip.bronnen and begrip.kort and begrip.uitleg


def test_first_use_is_linked_once_and_never_inside_headings_links_or_code() -> None:
    glossary = Glossary(DATASET)
    markup = (
        "<h2>De Z-route</h2><p>Over de Z-route en nog eens de Z-route.</p>"
        '<p><a href="x">PIP</a> <code>MAP</code> en het PIP-team; daarna het PIP.</p>'
    )
    linked = BeautifulSoup(glossary.link_terms(markup, "pilots/x/"), "html.parser")
    assert linked.h2.get_text() == "De Z-route" and not linked.h2.select(".kb-begrip")
    terms = linked.select(".kb-begrip > a")
    assert [a.get_text() for a in terms] == ["Z-route", "PIP"]
    assert terms[0]["href"] == "../../begrippen/#z-route"
    assert not linked.code.select(".kb-begrip")
    assert linked.find("a", href="x").find_parent(class_="kb-begrip") is None  # an existing link stays as it is
    assert "PIP-team;" in linked.get_text()


def test_built_pages_link_terms_to_existing_entries(built_site: Path) -> None:
    entries = {dt["id"] for dt in html_of(built_site, "begrippen").select("dl.kb-begrippen dt[id]")}
    assert entries >= REQUIRED_TERMS
    pilot = html_of(built_site, "pilots/b1-route-oss")
    links = pilot.select("article .kb-begrip > a")
    assert links, "geen begrippen gelinkt op een pilotpagina"
    for link in links:
        assert link["href"].split("#")[1] in entries
        assert not link.find_parent(["h1", "h2", "h3", "h4", "h5", "h6", "code", "th"])
        assert link.find_parent("a") is None
    ids = [a["href"].split("#")[1] for a in links]
    assert len(ids) == len(set(ids)), "een begrip is vaker dan één keer gelinkt"
    # A gemeente's role is explained where it is first shown.
    assert {"hoofdaanvrager", "deelnemer", "betrokken"} <= set(ids)
    # The explanation is not indexed for search.
    assert all(tip.has_attr("data-pagefind-ignore") for tip in pilot.select(".kb-begrip-uitleg"))


def test_an_unknown_source_in_the_glossary_is_reported(project: Project) -> None:
    line = project.edit(
        "begrippen.yaml",
        "bronnen: [divosa-publicatie]\n- id: brede-intake",
        "bronnen: [divosa-publikatie]\n- id: brede-intake",
    )
    result = project.validate()
    assert result.returncode == 1
    assert f"begrippen.yaml:{line}" in result.stdout + result.stderr
    assert "divosa-publikatie" in result.stdout + result.stderr
