"""Report pages tell a reader who made a report, for whom, when, and where to find it next."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup
from conftest import Project
from test_pages import dataset, page  # noqa: F401 (dataset is a fixture)

from kennisbank.data.model import Dataset


def test_no_page_says_niet_online_gevonden(built_site: Path) -> None:
    for html in built_site.rglob("*.html"):
        assert "niet online gevonden" not in html.read_text("utf-8"), html


def test_every_document_page_names_its_maker_or_says_the_sources_do_not(built_site: Path, dataset: Dataset) -> None:  # noqa: F811
    for document in dataset.documenten:
        soup = page(built_site, f"onderzoek/{document.id}/")
        maker = soup.select_one("article [data-kb-maker]")
        assert maker is not None, document.id
        text = " ".join(maker.get_text().split())  # as read: a glossary link inside adds no space
        if document.organisaties:
            assert text == ", ".join(document.organisaties)
        elif document.organisaties_toelichting:  # a likely maker no source states is a note, never the maker
            assert text == document.organisaties_toelichting
        else:
            assert text.startswith("De bronnen noemen de maker van dit document niet")
        article = soup.select_one("article").get_text(" ", strip=True)
        assert "onbekend" not in article, document.id
        # The last words of the 'where to read' section are never a dead end: a link or a citation follows.
        assert soup.select_one("#vindplaats").find_next("p").get_text(strip=True)
        assert soup.select_one("p.kb-citaat").get_text(strip=True).find(document.titel.rstrip(".")) >= 0


def test_maker_and_commissioner_from_the_sources(built_site: Path) -> None:
    soup = page(built_site, "onderzoek/eindrapport-b1-route/")
    text = soup.select_one("article").get_text(" ", strip=True)
    kort = {dt.get_text(): dt.find_next_sibling("dd").get_text(" ", strip=True) for dt in soup.select("dl.kb-kort dt")}
    assert kort["Wie"] == "Sardes"
    assert kort["Voor wie"] == "In opdracht van Ministerie van Sociale Zaken en Werkgelegenheid (SZW)"
    assert "De bronnen geven geen internetadres voor dit document" in text


def test_an_inferred_maker_is_shown_as_a_note_with_its_source_not_as_the_maker(built_site: Path) -> None:
    # Issue 28: the Lochem/Brummen appendix names no maker; the publication says Regioplan researched the duale
    # trajecten. The page and the citation say so, and never put Regioplan where the maker stands.
    soup = page(built_site, "onderzoek/bijlage-lochem-brummen/")
    kort = {dt.get_text(): dt.find_next_sibling("dd").get_text(" ", strip=True) for dt in soup.select("dl.kb-kort dt")}
    assert kort["Wie"].startswith("De bijlage noemt geen maker.") and "Divosa-publicatie" in kort["Wie"]
    citation = soup.select_one("p.kb-citaat").get_text(" ", strip=True)
    assert citation.startswith("Bijlage 2 – Beschrijving van de pilots") and "[De bijlage noemt geen maker." in citation
    sources = soup.select_one(".kb-bron").get_text(" ", strip=True)
    assert "Pilotprogramma Veranderopgave Inburgering (VOI)" in sources
    assert "Regioplan" not in soup.select_one("article h1").get_text()


def test_citation_and_title_carry_no_glossary_links(built_site: Path) -> None:
    path = built_site / "onderzoek/eindrapport-b1-route/index.html"
    soup = BeautifulSoup(path.read_text("utf-8"), "html.parser")  # raw, with the hover texts
    citation = soup.select_one("p.kb-citaat")
    assert not citation.select(".kb-begrip")
    assert citation.get_text() == "Sardes (2021). Eindrapportage pilots B1-route: van A2 naar B1."
    assert not soup.select_one("article h1").select(".kb-begrip")


def test_a_makers_website_is_a_plain_link_not_the_report(built_site: Path) -> None:
    soup = page(built_site, "onderzoek/tussenrapportage-vrouwelijke-nareizigers/")
    where = soup.select_one("p.kb-lees")
    assert where.get_text(" ", strip=True).startswith("Website van Verwey-Jonker Instituut")
    assert where.a["href"] == "http://www.verwey-jonker.nl"
    assert "Lees het rapport" not in soup.get_text()
    divosa = page(built_site, "onderzoek/handreiking-leerroutes/").select_one("p.kb-lees")
    assert divosa.a["href"] == "https://www.divosa.nl"
    zinziz = page(built_site, "onderzoek/zinziz-taalsnelweg-naar-werk/").select_one("p.kb-lees")
    assert zinziz.a["href"] == "https://zinziz.nl"


def test_a_checked_report_link_reads_lees_het_rapport(project: Project) -> None:
    project.edit(
        "documenten.yaml",
        '  link_soort: "website"\n  url_toelichting: "Volgens het colofon',
        '  link_soort: "rapport"\n  url_toelichting: "Volgens het colofon',
    )
    result = project.build()
    assert result.returncode == 0, result.stderr
    html = (project.root / "site/onderzoek/tussenrapportage-vrouwelijke-nareizigers/index.html").read_text("utf-8")
    soup = BeautifulSoup(html, "html.parser")
    button = soup.select_one("p.kb-lees a.md-button")
    assert button.get_text(strip=True) == "Lees het rapport" and button["href"] == "http://www.verwey-jonker.nl"


def test_a_report_without_an_address_points_to_its_makers_website_and_gives_its_date_once(built_site: Path) -> None:
    """Issue 26: the Verwey-Jonker reports name no address of their own, but a source names the institute's
    website; 'september 2021 — Verschenen eind september 2021' said the date twice."""
    soup = page(built_site, "onderzoek/eindrapport-ontzorgen/")
    where = " ".join(soup.find(id="vindplaats").find_next("p").get_text().split())
    assert where == (
        "De bronnen geven geen adres van dit rapport zelf. Website van de maker, Verwey-Jonker Instituut: "
        "www.verwey-jonker.nl (volgens Evaluatie Pilots Veranderopgave Inburgering: Vrouwelijke "
        "nareizigers en gezinsmigranten – tussenrapportage). Zoek daar op de titel Eindrapportage pilots "
        "Ontzorgen."
    )
    b1 = page(built_site, "onderzoek/eindrapport-b1-route/")
    when = next(dt.find_next_sibling("dd") for dt in b1.select(".kb-kort dt") if dt.get_text() == "Wanneer")
    assert when.get_text(strip=True) == "Verschenen eind september 2021."
