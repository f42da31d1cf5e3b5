"""Partner organisations under one name each: every spelling in the records leads to the same partner
page, which lists all its pilots and initiatives; a doubled name in data/partners.yaml is reported."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urljoin

from bs4 import BeautifulSoup
from conftest import ROOT, Project

from kennisbank.data import urls
from kennisbank.data.loading import load_dataset
from kennisbank.views import derive

DATASET = load_dataset(ROOT / "data")


def html_of(site: Path, url: str) -> BeautifulSoup:
    return BeautifulSoup((site / url / "index.html").read_text("utf-8"), "html.parser")


def test_spelling_variants_are_one_partner() -> None:
    names = {
        DATASET.partner_named(n).id
        for n in ("VluchtelingenWerk", "Vluchtelingenwerk", "vluchtelingenwerk", "Vluchtelingenwerk Midden Nederland")
    }
    assert names == {"vluchtelingenwerk"}
    assert DATASET.partner_named("WSD").id == DATASET.partner_named("Werkbedrijf WSD").id
    assert DATASET.partner_named("werkgevers") is None  # a description, not an organisation


def test_partner_page_lists_every_record_that_names_it_in_any_spelling(built_site: Path) -> None:
    expected = {r.titel for r in DATASET.records if any(p.lower().startswith("vluchtelingenwerk") for p in r.partners)}
    page = html_of(built_site, "partners/vluchtelingenwerk")
    titles = {a.get_text() for a in page.select("article tbody tr td:first-child a")}
    assert titles == expected and len(expected) > 20


def test_record_pages_link_their_partners(built_site: Path) -> None:
    record = next(r for r in DATASET.records if "Werkbedrijf WSD" in r.partners)
    url = urls.record_url(record)
    links = {urljoin(f"/{url}", a["href"]) for a in html_of(built_site, url).select("ul.kb-partners a")}
    assert "/partners/werkbedrijf-wsd/" in links


def test_partner_index_lists_partners_with_their_counts(built_site: Path) -> None:
    page = html_of(built_site, "partners")
    rows = {tr.td.a.get_text(): int(tr.select("td")[1].get_text()) for tr in page.select("article tbody tr")}
    assert rows["VluchtelingenWerk"] == len(derive.records_of_partner(DATASET, "vluchtelingenwerk"))
    assert "Vluchtelingenwerk" not in rows  # the variant is no separate partner


def test_a_name_used_by_two_partners_is_reported(project: Project) -> None:
    line = (
        project.edit(
            "partners.yaml", 'naam: "WeenerXL"\n  aliassen: []', 'naam: "WeenerXL"\n  aliassen: ["Vluchtelingenwerk"]'
        )
        + 1
    )
    result = project.validate()
    output = result.stdout + result.stderr
    assert result.returncode == 1
    assert f"partners.yaml:{line}" in output and "hoort bij één partner" in output
