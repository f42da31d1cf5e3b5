"""What readers see is written for them: 'u' throughout, no seed file names or developer instructions, an
'Over deze kennisbank' page with the beheerder from the configuration, and a site address that fills
sitemap.xml and the canonical links."""

from __future__ import annotations

import os
import re
from pathlib import Path

import engine
from bs4 import BeautifulSoup
from conftest import Project

SEED_FILE = re.compile(r"\b\d{3}_[0-9a-f]{16}\.txt\b")
INFORMAL = re.compile(r"\b(je|jij|jou|jouw|jullie)\b", re.I)


def reader_pages(site: Path):
    for path in sorted(site.rglob("index.html")):
        if "/kaarten/" in path.as_posix() or path.parent.name == "kaarten":
            continue
        soup = BeautifulSoup(path.read_text("utf-8"), "html.parser")
        article = soup.select_one("article")
        if article is not None:
            yield path.relative_to(site).parent.as_posix(), article


def test_readers_are_addressed_with_u_and_see_no_internal_names(built_site: Path) -> None:
    informal, seeds, developer = [], [], []
    for url, article in reader_pages(built_site):
        for tip in article.select(".kb-voor-redacteuren"):
            tip.decompose()
        text = article.get_text(" ", strip=True)
        informal += [f"{url}: {m.group(0)}" for m in INFORMAL.finditer(text)]
        seeds += [f"{url}: {m.group(0)}" for m in SEED_FILE.finditer(str(article))]
        developer += [url for needle in ("scripts/site.sh", "file://", "Gegevens: data/") if needle in text]
    assert not informal, informal[:10]
    assert not seeds, seeds[:10]
    assert not developer, developer[:10]


def test_search_script_texts_use_u() -> None:
    scripts = Path(__file__).resolve().parents[2] / "content" / "javascripts"
    for name in ("zoeken.js", "zoekvraag.js", "zoekresultaat.js"):
        script = (scripts / name).read_text("utf-8")
        # The small words a reader may type ("hoe help je …") are searched for, not shown.
        script = re.sub(r'const FILLER_WORDS = (?:"[^"]*"(?: \+\s*)?)+;', "", script)
        texts = " ".join(a or b for a, b in re.findall(r'"([^"]*)"|`([^`]*)`', script))
        assert not INFORMAL.search(texts), (name, INFORMAL.findall(texts))


def test_over_page_names_the_beheerder_and_how_to_report_an_error(built_site: Path) -> None:
    soup = BeautifulSoup((built_site / "over" / "index.html").read_text("utf-8"), "html.parser")
    text = soup.select_one("article").get_text(" ", strip=True)
    assert "beheerd door Divosa" in text
    assert "Een fout gezien?" in text and "Colofon" in text
    assert "Tussenevaluatie proeftuin inburgering (Venlo)" in text  # the sources by title, not by file name


def test_site_address_fills_sitemap_and_canonical_links(built_site: Path) -> None:
    sitemap = (built_site / "sitemap.xml").read_text("utf-8")
    locations = re.findall(r"<loc>([^<]+)</loc>", sitemap)
    assert locations and all(loc.startswith("https://") for loc in locations)
    page = BeautifulSoup((built_site / "pilots" / "b1-route-oss" / "index.html").read_text("utf-8"), "html.parser")
    assert page.select_one('link[rel="canonical"]')["href"].endswith("/pilots/b1-route-oss/")


def test_site_address_and_contact_are_configurable(project: Project, tmp_path: Path) -> None:
    config = project.root / "mkdocs.yml"
    text = config.read_text("utf-8").replace(
        'contact: "mailto:info@divosa.nl"', 'contact: "mailto:kennisbank@example.org"'
    )
    config.write_text(text, "utf-8")
    site = tmp_path / "site"
    result = engine.build(
        project.root, site, env={**os.environ, "KENNISBANK_SITE_URL": "https://voorbeeld.example/kennisbank/"}
    )
    assert result.returncode == 0, result.stderr
    assert "<loc>https://voorbeeld.example/kennisbank/pilots/" in (site / "sitemap.xml").read_text("utf-8")
    over = (site / "over" / "index.html").read_text("utf-8")
    assert 'href="mailto:kennisbank@example.org"' in over
