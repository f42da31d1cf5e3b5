"""After the programme: each record's status, partners by provincie, and the 'Fout gezien?' link only where configured."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup
from conftest import Project
from test_pages import dataset, page  # noqa: F401 (dataset is a fixture)

from kennisbank.data.model import Dataset


def test_an_intention_is_shown_with_its_source_but_not_as_a_status(built_site: Path) -> None:
    """Eindhoven's source says what the gemeente wanted to continue, not that it did: 'nog niet bekend'."""
    status = page(built_site, "lopende-initiatieven/eindhoven/").select_one("#na-afloop").find_next("p")
    assert status.select_one(".kb-label").get_text() == "nog niet bekend"
    assert "wilde de speciale begeleiding" in status.get_text() and "zeggen de bronnen niet" in status.get_text()
    assert status.a["href"].endswith("onderzoek/divosa-publicatie/")


def test_status_from_a_source_is_shown_with_its_source(project: Project, tmp_path: Path) -> None:
    project.edit("pilots.yaml", '    status: "nog niet bekend"\n', '    status: "loopt door"\n')
    site = tmp_path / "site"
    assert project.build(site).returncode == 0
    soup = BeautifulSoup((site / "lopende-initiatieven/eindhoven/index.html").read_text("utf-8"), "html.parser")
    status = soup.select_one("#na-afloop").find_next("p")
    assert status.select_one(".kb-label").get_text() == "loopt door"
    assert status.a["href"].endswith("onderzoek/divosa-publicatie/")
    assert 'data-pagefind-filter="status:loopt door"' in str(soup)


def test_without_a_source_the_page_says_nog_niet_bekend_and_asks_for_it(built_site: Path) -> None:
    status = page(built_site, "pilots/b1-route-oss/").select_one("#na-afloop").find_next("p")
    text = status.get_text(" ", strip=True)
    assert text.startswith("nog niet bekend") and "Laat het weten via info@divosa.nl" in text
    assert status.select_one('a[href="mailto:info@divosa.nl"]') is not None


def test_every_record_carries_one_status_filter(built_site: Path, dataset: Dataset) -> None:  # noqa: F811
    for record in dataset.records:
        url = "pilots/" if record.is_pilot else "lopende-initiatieven/"
        paths = list((built_site / url).glob("*/index.html"))
        assert paths
    filters = [
        span["data-pagefind-filter"]
        for path in built_site.rglob("index.html")
        for span in BeautifulSoup(path.read_text("utf-8"), "html.parser").select("[data-pagefind-filter^='status:']")
    ]
    assert len(filters) == len(dataset.records)
    assert set(filters) == {"status:nog niet bekend"}  # no source says yet what became of a record


def test_edit_link_and_contact_only_when_configured(project: Project) -> None:
    config = project.root / "mkdocs.yml"
    text = config.read_text("utf-8")
    text = text.replace('gegevens_bewerken_url: ""', 'gegevens_bewerken_url: "https://example.org/repo/blob/main/"')
    text = text.replace('contact: "mailto:info@divosa.nl"', 'contact: "mailto:kennisbank@example.org"')
    config.write_text(text, "utf-8")
    result = project.build()
    assert result.returncode == 0, result.stderr
    soup = BeautifulSoup((project.root / "site/pilots/b1-route-oss/index.html").read_text("utf-8"), "html.parser")
    link = soup.select_one(".kb-voor-redacteuren a")
    assert link.get_text() == "Fout gezien? Pas het aan"
    assert link["href"].startswith("https://example.org/repo/blob/main/data/pilots.yaml#L")
    status = soup.select_one("#na-afloop").find_next("p")
    assert status.select_one('a[href="mailto:kennisbank@example.org"]') is not None


def test_partner_pages_list_provincies_and_gemeenten_and_filter_by_provincie(built_site: Path) -> None:
    soup = page(built_site, "partners/avres/")
    kort = {dt.get_text(): dt.find_next_sibling("dd").get_text(" ", strip=True) for dt in soup.select("dl.kb-kort dt")}
    assert kort["Waar"].startswith("Utrecht") and "Zuid-Holland" in kort["Waar"]
    assert "Vijfheerenlanden" in kort["Wie"]
    raw = (built_site / "partners/avres/index.html").read_text("utf-8")
    assert 'data-pagefind-filter="provincie:Utrecht"' in raw
    gelderland = page(built_site, "provincies/gelderland/")
    assert "Stichting Welzijn Lochem" in gelderland.select_one("#partners").find_next("ul").get_text()


def test_without_a_contact_setting_readers_are_sent_to_the_beheerder(project: Project) -> None:
    config = project.root / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace('contact: "mailto:info@divosa.nl"', 'contact: ""'), "utf-8")
    result = project.build()
    assert result.returncode == 0, result.stderr
    soup = BeautifulSoup((project.root / "site/pilots/b1-route-oss/index.html").read_text("utf-8"), "html.parser")
    assert "Laat het weten aan de beheerder, Divosa" in soup.select_one("#na-afloop").find_next("p").get_text()
    assert " ".join(soup.select_one(".kb-voet").get_text().split()).startswith("Een kennisbank van Divosa. Over")
