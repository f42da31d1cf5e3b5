"""Dutch where readers look: the colophon in the footer, the 404 page with ways on, and counts whose noun
agrees in number ("1 pilot", "1 daarvan is gekleurd")."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from bs4 import BeautifulSoup
from conftest import ROOT

from kennisbank.data.loading import GEO_DIR, load_dataset
from kennisbank.render.maps import MapMaker
from kennisbank.render.pages import SiteBuilder


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text("utf-8"), "html.parser")


def test_footer_is_a_dutch_colophon_that_names_the_publisher(built_site: Path) -> None:
    for page in ("index.html", "pilots/b1-route-almelo/index.html", "404.html"):
        footer = soup(built_site / page).select_one(".md-copyright")
        text = " ".join(footer.get_text().split())
        assert "Made with" not in text and "Gemaakt met" not in text  # the tools are credited on /over/
        assert text.startswith("Een kennisbank van Divosa. Contact: info@divosa.nl")
        assert {a.get_text() for a in footer.find_all("a")} >= {"Over deze kennisbank", "Open data"}


def test_404_page_is_dutch_with_ways_on(built_site: Path) -> None:
    page = soup(built_site / "404.html")
    assert page.h1.get_text() == "Pagina niet gevonden"
    assert "Not found" not in page.get_text()
    links = {a.get_text(): a["href"] for a in page.select("article a, .md-content a")}
    # Absolute paths: the 404 page is served at any depth (the root path comes from site_url).
    root = links["Home"]
    assert root.startswith("/") and root.endswith("/")
    assert (links["Thema's"], links["Gemeenten A–Z"], links["Zoeken"]) == (
        f"{root}themas/",
        f"{root}gemeenten/",
        f"{root}zoeken/",
    )
    form = page.select_one("form.kb-zoekveld-404")
    assert form["action"] == f"{root}zoeken/" and form.input["name"] == "q"
    assert page.select_one(f"label[for={form.input['id']}]").get_text() == "Zoek in de kennisbank"


def test_counts_agree_in_number() -> None:
    full = load_dataset(ROOT / "data")
    # Only Almelo's pilot, with Almelo alone: one pilot in the thema, one gemeente coloured in Overijssel.
    almelo = full.record("b1-route-almelo")
    almelo = dataclasses.replace(almelo, gemeenten=tuple(g for g in almelo.gemeenten if g.gemeente == "almelo"))
    documenten = tuple(
        dataclasses.replace(d, behandelt=tuple(r for r in d.behandelt if r == almelo.id)) for d in full.documenten
    )
    small = dataclasses.replace(full, records=(almelo,), documenten=documenten)
    pages = {page.src_path: page.markdown for page in SiteBuilder(small, {}, None, {}).pages()}
    thema = pages["themas/b1-route.md"]
    assert "met 1 pilot</div></dd>" in thema and "1 pilots" not in thema
    assert "<strong>1 pilot</strong> · start" in pages["index.md"] and "1 pilots" not in pages["index.md"]
    maker = MapMaker(small, ROOT / "data" / GEO_DIR)
    overijssel = maker.provincie("overijssel").beschrijving
    assert "1 daarvan is gekleurd omdat ze meedeed" in overijssel and "noemt haar met haar pilots" in overijssel
    assert maker.thema("b1-route").beschrijving.startswith("Kaart van Nederland met de gemeente die in het thema")
