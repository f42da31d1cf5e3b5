"""Generated pages: every item has its page, every internal link and anchor resolves, links go both ways."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from urllib.parse import unquote, urljoin, urlparse

import pytest
from bs4 import BeautifulSoup
from conftest import ROOT, Project

from kennisbank.data import urls
from kennisbank.data.loading import load_dataset
from kennisbank.data.model import Dataset


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return load_dataset(ROOT / "data")


@cache
def _soup(path: Path) -> BeautifulSoup:
    return reader_view(BeautifulSoup(path.read_text("utf-8"), "html.parser"))


def reader_view(soup: BeautifulSoup) -> BeautifulSoup:
    """The page as read: glossary explanations are hidden until hovered or focused, so they are left out."""
    for tip in soup.select(".kb-begrip-uitleg"):
        tip.decompose()
    return soup


def page(site: Path, url: str) -> BeautifulSoup:
    return _soup(site / url / "index.html")


def article_links(site: Path, url: str) -> set[str]:
    """Site-relative targets ('gemeenten/oss/') of the links in a page's content."""
    base = "http://site/" + url
    found = set()
    for a in page(site, url).select("article a[href]"):
        target = urljoin(base, a["href"])
        if target.startswith("http://site/"):
            found.add(urlparse(target).path.removeprefix("/"))
    return found


def test_every_item_has_its_page(built_site: Path, dataset: Dataset) -> None:
    expected = [urls.record_url(r) for r in dataset.records] + [urls.gemeente_url(g) for g in dataset.gemeenten]
    expected += [urls.provincie_url(p) for p in dataset.provincies] + [urls.thema_url(t) for t in dataset.themas]
    expected += [urls.document_url(d) for d in dataset.documenten] + [
        urls.rode_draad_url(r) for r in dataset.rode_draden
    ]
    expected += [
        "",
        "themas/",
        "pilots/",
        "lopende-initiatieven/",
        "gemeenten/",
        "provincies/",
        "onderzoek/",
        "rode-draden/",
        "pilotgemeenten/",
        "open-data/",
    ]
    missing = [url for url in expected if not (built_site / url / "index.html").is_file()]
    assert not missing
    assert (built_site / "pilots" / "b1-route-almelo" / "index.html").is_file()
    assert (built_site / "gemeenten" / "boxtel" / "index.html").is_file()


def test_every_internal_link_and_anchor_resolves(built_site: Path) -> None:
    broken = []
    pages = sorted(built_site.rglob("*.html"))
    assert len(pages) > 240
    for html_file in pages:
        soup = _soup(html_file)
        base = "http://site/" + html_file.relative_to(built_site).as_posix()
        for tag, attr in (("a", "href"), ("link", "href"), ("script", "src"), ("img", "src")):
            for element in soup.find_all(tag, attrs={attr: True}):
                target = urljoin(base, element[attr])
                if not target.startswith("http://site/"):
                    continue
                parsed = urlparse(target)
                path = built_site / unquote(parsed.path.removeprefix("/"))
                if path.is_dir():
                    path = path / "index.html"
                if not path.exists():
                    broken.append(f"{html_file.relative_to(built_site)} -> {element[attr]}")
                elif parsed.fragment and path.suffix == ".html" and not _soup(path).find(id=parsed.fragment):
                    broken.append(f"{html_file.relative_to(built_site)} -> {element[attr]} (anker)")
    assert not broken, "\n".join(broken[:30])


def test_records_and_gemeenten_link_both_ways(built_site: Path, dataset: Dataset) -> None:
    for record in dataset.records:
        record_url = urls.record_url(record)
        links = article_links(built_site, record_url)
        for role in record.gemeenten:
            gemeente_url = urls.gemeente_url(dataset.gemeente(role.gemeente))
            assert gemeente_url in links, (record.id, role.gemeente)
            assert record_url in article_links(built_site, gemeente_url), (role.gemeente, record.id)
        if record.thema:
            thema_url = urls.thema_url(dataset.thema(record.thema))
            assert thema_url in links and record_url in article_links(built_site, thema_url)
        for link in record.rode_draden:
            draad_url = urls.rode_draad_url(dataset.rode_draad(link.draad))
            assert draad_url in links and record_url in article_links(built_site, draad_url)
        for bron in record.bronnen:
            document_url = urls.document_url(dataset.document(bron))
            assert document_url in links and record_url in article_links(built_site, document_url)


def test_documents_and_the_records_they_cover_link_both_ways(built_site: Path, dataset: Dataset) -> None:
    for document in dataset.documenten:
        document_url = urls.document_url(document)
        links = article_links(built_site, document_url)
        for record_id in document.behandelt:
            record_url = urls.record_url(dataset.record(record_id))
            assert record_url in links and document_url in article_links(built_site, record_url)


def test_gemeenten_and_provincies_link_both_ways(built_site: Path, dataset: Dataset) -> None:
    for gemeente in dataset.gemeenten:
        provincie_url = urls.provincie_url(dataset.provincie(gemeente.provincie))
        assert provincie_url in article_links(built_site, urls.gemeente_url(gemeente))
        assert urls.gemeente_url(gemeente) in article_links(built_site, provincie_url)


KORT_ORDER = ["Wat", "Wie", "Waar", "Voor wie", "Wanneer", "Thema", "Onderzoek", "Na het programma"]


def kort(soup) -> dict[str, str]:
    return {dt.get_text(): dt.find_next_sibling("dd").get_text(" ", strip=True) for dt in soup.select("dl.kb-kort dt")}


def test_pilot_page_starts_with_the_key_facts_and_headings_that_say_what_follows(built_site: Path) -> None:
    soup = page(built_site, "pilots/b1-route-oss/")
    headings = [h.get_text(strip=True) for h in soup.select("article h2")]
    assert headings[:5] == [
        "In het kort",
        "Wat de gemeenten deden",
        "Samen met",
        "De belangrijkste punten",
        "Wat de bronnen erover leren",
    ]
    assert {"Rode draden uit het syntheseonderzoek", "Rapporten over deze pilot", "Bronnen van deze pagina"} <= set(
        headings
    )
    facts = kort(soup)
    assert list(facts) == KORT_ORDER  # every fact known for this pilot, in the fixed order
    roles = {li.a.get_text(): li.select_one(".kb-rol").get_text() for li in soup.select("dl.kb-kort .kb-gemeenten li")}
    assert roles["Oss"] == "hoofdaanvrager" and roles["Cuijk"] == "deelnemer" and roles["Boxmeer"] == "betrokken"
    assert "Beoogd aantal deelnemers: 30" in facts["Voor wie"]
    assert facts["Onderzoek"] == "Procesevaluatie van het thema door Sardes"
    text = soup.select_one("article").get_text(" ", strip=True)
    assert "Laatst gewijzigd" in text
    # Without an edit address configured there is no editors' line at all: only reader text.
    assert soup.select_one(".kb-voor-redacteuren") is None
    assert "Voor redacteuren" not in text and "data/pilots.yaml" not in text
    assert "Gegevens:" not in text


def test_every_kind_of_record_has_the_key_facts_in_the_same_order(built_site: Path) -> None:
    for url in (
        "pilots/b1-route-oss/",
        "lopende-initiatieven/eindhoven/",
        "onderzoek/eindrapport-b1-route/",
        "partners/roc-van-twente/",
        "gemeenten/almelo/",
        "themas/duaal/",
    ):
        labels = list(kort(page(built_site, url)))
        assert labels and labels == [label for label in KORT_ORDER if label in labels], (url, labels)


def test_lessons_name_their_sources_once_in_a_numbered_list(built_site: Path) -> None:
    soup = page(built_site, "pilots/b1-route-oss/")
    lessons = soup.select("ul.kb-lessen li")
    assert lessons and all(li.select_one("sup.kb-bronnummer a") for li in lessons)
    assert "(bron:" not in soup.select_one("ul.kb-lessen").get_text()
    sources = soup.select(".kb-bronnenlijst ol li")
    assert len(sources) == len({li.select_one("sup a")["href"] for li in lessons})


def test_unknown_facts_are_left_out_not_printed_as_onbekend(built_site: Path, dataset: Dataset) -> None:
    soup = page(built_site, "pilots/brede-intake-amsterdam/")
    text = soup.select_one("article").get_text(" ", strip=True)
    assert "Beoogd aantal deelnemers" not in text and "onbekend" not in text
    assert "Voor wie" in kort(soup)  # the description of the target group is known; the number is not
    # Nor in the lists: a theme's reports without a date show none, a missing number says where it is missing.
    for url in [f"themas/{t.id}/" for t in dataset.themas] + ["pilots/"]:
        listed = page(built_site, url).select_one("article").get_text(" ", strip=True)
        assert not re.search(r"\bonbekend\b", listed), url


def test_gemeente_page_shows_names_and_roles(built_site: Path) -> None:
    soup = page(built_site, "gemeenten/s-gravenhage/")
    text = soup.select_one("article").get_text(" ", strip=True)
    assert "'s-Gravenhage" in soup.select_one("article h1").get_text()
    assert "GM0518" in text and "Den Haag" in text and "Zuid-Holland" in text
    boxmeer = page(built_site, "gemeenten/boxmeer/").select_one("article").get_text(" ", strip=True)
    assert "Land van Cuijk" in boxmeer and "2022" in boxmeer and "betrokken" in boxmeer


def test_gemeenten_index_lists_every_gemeente_and_alias(built_site: Path, dataset: Dataset) -> None:
    links = article_links(built_site, "gemeenten/")
    assert {urls.gemeente_url(g) for g in dataset.gemeenten} <= links
    text = page(built_site, "gemeenten/").select_one("article").get_text(" ", strip=True)
    assert "Den Haag → zie 's-Gravenhage" in text
    assert "Den Bosch → zie 's-Hertogenbosch" in text


def test_provincie_without_pilots_says_so(built_site: Path) -> None:
    text = page(built_site, "provincies/zeeland/").select_one("article").get_text(" ", strip=True)
    assert "In Zeeland liep geen pilot en geen geëvalueerd lopend initiatief" in text
    gelderland = page(built_site, "provincies/gelderland/")
    assert "pilots/duaal-lochem/" in article_links(built_site, "provincies/gelderland/")
    assert gelderland.select("article table tbody tr")


def test_research_index_groups_documents(built_site: Path) -> None:
    soup = page(built_site, "onderzoek/")
    headings = [h.get_text(strip=True) for h in soup.select("article h2")]
    assert headings == [
        "Eindrapportages",
        "Tussenrapportages",
        "Syntheseonderzoek",
        "Evaluaties bestaande werkwijzen",
        "Overige documenten",
    ]
    evaluaties = soup.find("h2", id="evaluaties").find_next("ul").find_all("li")
    assert len(evaluaties) == 10


def test_rode_draden_matrix_counts_and_links_pilots(built_site: Path, dataset: Dataset) -> None:
    soup = page(built_site, "rode-draden/")
    table = soup.select_one("article .kb-matrix table")
    header = [th.get_text(strip=True) for th in table.select("thead th")][1:]
    assert header == [d.titel for d in dataset.rode_draden]
    row = next(
        tr
        for tr in table.select("tbody tr")
        if tr.th.get_text(strip=True) == "Duale trajecten en kwetsbare groepen in duale trajecten"
    )
    cells = row.find_all("td")
    expected = sum(
        1
        for r in dataset.pilots
        if r.thema == "duaal" and any(link.draad == "duale-trajecten" for link in r.rode_draden)
    )
    assert cells[1].get_text(strip=True) == str(expected) and expected > 0
    assert cells[1].a["href"] == "../rode-draden/duale-trajecten/#duaal"


def test_appendix_overview_is_regenerated(built_site: Path) -> None:
    soup = page(built_site, "pilotgemeenten/")
    assert len(soup.select("article table tbody tr")) == 39
    almelo = next(row for row in soup.select("article table tbody tr") if "B1-route Almelo" in row.get_text())
    # Issue 26: every gemeente on its own line with its role, as on every page that lists a record's gemeenten.
    assert [" ".join(li.get_text().split()) for li in almelo.select("ul.kb-gemeentelijst li")] == [
        "Almelo hoofdaanvrager",
        "Twenterand deelnemer",
        "Hellendoorn deelnemer",
        "Rijssen-Holten deelnemer",
        "Wierden deelnemer",
        "Tubbergen deelnemer",
    ]


@pytest.mark.parametrize("address", ["pilots/", "themas/z-route/", "pilotgemeenten/", "provincies/noord-brabant/"])
def test_a_records_gemeenten_are_listed_with_their_roles_the_same_everywhere(built_site: Path, address: str) -> None:
    """Issue 26: the same roles as on the record's own page, visible, one gemeente per line (a name with commas,
    'Nuenen, Gerwen en Nederwetten', cannot be read as three)."""
    dataset = load_dataset(ROOT / "data")
    soup = page(built_site, address)
    by_url = {urls.record_url(r): r for r in dataset.records}
    checked = 0
    for row in soup.select("article table tbody tr"):
        link = row.find("a", href=re.compile(r"(pilots|lopende-initiatieven)/[^/]+/$"))
        if link is None or not row.select("ul.kb-gemeentelijst"):
            continue
        record = by_url[urljoin("/" + address, link["href"]).lstrip("/")]
        expected = {dataset.gemeente(role.gemeente).naam: role.rol for role in record.gemeenten}
        shown = {li.a.get_text(): li.select_one(".kb-rol").get_text() for li in row.select("ul.kb-gemeentelijst li")}
        assert shown and all(expected[name] == rol for name, rol in shown.items()), (address, shown)
        if not address.startswith("provincies/"):  # a provincie lists only its own gemeenten
            assert shown == expected
        checked += 1
    assert checked >= 3


def test_yaml_markup_is_escaped_and_markdown_sanitised(project: Project, tmp_path: Path) -> None:
    project.edit("pilots.yaml", '  titel: "B1-route Almelo"\n', '  titel: "<script>alert(1)</script> *Almelo*"\n')
    project.edit(
        "pilots.yaml",
        '  aanpak: "Deelnemers volgen een programma',
        '  aanpak: "<img src=x onerror=alert(1)> [klik](javascript:alert(1)) **vet** Deelnemers volgen een programma',
    )
    site = tmp_path / "site"
    result = project.build(site)
    assert result.returncode == 0, result.stdout + result.stderr
    html = (site / "pilots" / "b1-route-almelo" / "index.html").read_text("utf-8")
    soup = BeautifulSoup(html, "html.parser")
    article = soup.select_one("article")
    assert not article.find("script") and not article.find("img")
    assert "<script>alert(1)</script> *Almelo*" in article.h1.get_text()
    assert not any(a["href"].startswith("javascript") for a in article.find_all("a", href=True))
    assert article.find("strong", string="vet")


def test_editorial_text_is_merged_not_published_twice(project: Project, tmp_path: Path) -> None:
    (project.root / "content" / "themas").mkdir(parents=True)
    (project.root / "content" / "themas" / "b1-route.md").write_text(
        "# B1-route: van A2 naar B1\n\nRedactionele inleiding over de **B1-route**.\n", "utf-8"
    )
    site = tmp_path / "site"
    result = project.build(site)
    assert result.returncode == 0, result.stdout + result.stderr
    soup = reader_view(BeautifulSoup((site / "themas" / "b1-route" / "index.html").read_text("utf-8"), "html.parser"))
    assert "Redactionele inleiding over de B1-route." in " ".join(soup.select_one("article").get_text().split())
    assert len(soup.select("article h1")) == 1
    assert soup.select("article .kb-vergelijking table tbody tr")


def test_editorial_file_without_data_is_reported(project: Project, tmp_path: Path) -> None:
    (project.root / "content" / "pilots").mkdir(parents=True)
    (project.root / "content" / "pilots" / "b1-route-almeloo.md").write_text("Extra tekst\n", "utf-8")
    result = project.build(tmp_path / "site")
    assert result.returncode != 0
    assert "content/pilots/b1-route-almeloo.md" in result.stdout + result.stderr


def test_headings_say_what_follows(built_site: Path) -> None:
    """Issue 21: a heading read out of context (a screen reader's list of headings) says what follows it; a
    lone 'Bron', 'Kaart' or 'Media' does not. Also the rows of a comparison ('Door', 'Voor', 'Met')."""
    vague = {
        "Bron",
        "Kaart",
        "Media",
        "Introductie",
        "Bevindingen",
        "Rapporten",
        "Behandelt",
        "Samenvatting",
        "Aanbevelingen",
        "Gemeenten",
        "Thema's",
        "Door",
        "Voor",
        "Wat",
        "Met",
        "Wie",
        "Belangrijk",
        "Lessen",
    }
    found = set()
    for path in built_site.rglob("index.html"):
        article = _soup(path).select_one("article")
        for heading in article.select("h2, h3, h4, tbody th[scope=row]") if article else []:
            if heading.get_text(" ", strip=True) in vague:
                found.add((heading.get_text(" ", strip=True), path.parent.relative_to(built_site).as_posix()))
    assert not sorted(found)[:20]


def test_every_page_footer_names_the_owner_and_a_working_contact_but_no_tools(built_site: Path) -> None:
    """Issue 26: who publishes the site and how to reach them, on every page; the tools are credited on /over/."""
    pages = [p for p in built_site.rglob("*.html") if "kaarten" not in p.parts and "pagefind" not in p.parts]
    assert len(pages) > 500
    for path in pages:
        soup = BeautifulSoup(path.read_text("utf-8"), "html.parser")
        footer = soup.select_one("footer .kb-voet")
        if footer is None:  # forwarding pages for old addresses have no frame
            assert soup.find("meta", attrs={"http-equiv": "refresh"}) is not None, path
            continue
        text = " ".join(footer.get_text().split())
        assert text.startswith("Een kennisbank van Divosa. Contact: info@divosa.nl"), (path, text)
        assert footer.select_one('a[href="mailto:info@divosa.nl"]') is not None, path
        assert {a.get_text() for a in footer.select("a")} >= {
            "Over deze kennisbank",
            "Toegankelijkheid en privacy",
            "Open data",
        }
        assert "MkDocs" not in text and "Gemaakt met" not in text, path
    over = BeautifulSoup((built_site / "over" / "index.html").read_text("utf-8"), "html.parser")
    assert "ProperDocs" in over.select_one("article").get_text()


@pytest.mark.parametrize("address", ["pilots/duaal-lochem/", "lopende-initiatieven/achterhoek/"])
def test_each_record_says_whom_a_reader_can_ask(built_site: Path, address: str) -> None:
    """Issue 26: no source names a contact for a pilot, so the page says so and points to what there is: its
    gemeenten with their roles, each linked to its page here, and the site's own contact."""
    soup = page(built_site, address)
    heading = soup.find(id="meer-weten")
    section = []
    for sibling in heading.find_next_siblings():
        if sibling.name == "h2":
            break
        section.append(sibling)
    text = " ".join(" ".join(part.get_text(" ").split()) for part in section)
    assert "De bronnen noemen geen contactpersoon" in text
    gemeenten = [li for part in section for li in part.select("ul.kb-gemeentelijst li")]
    assert gemeenten and all(
        li.a["href"].startswith("../../gemeenten/") and li.select_one(".kb-rol") for li in gemeenten
    )
    contact = [a for part in section for a in part.select("a[href^='mailto:']")]
    assert [a["href"] for a in contact] == ["mailto:info@divosa.nl"]
