"""The built site: it builds cleanly and its home page figures come from the data."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup
from conftest import Project


def figures(site: Path) -> dict[str, str]:
    page = BeautifulSoup((site / "index.html").read_text("utf-8"), "html.parser")
    figures = page.find("h2", string="Het programma in cijfers").find_next("ul", class_="kb-kerncijfers")
    return {item.a.get_text(strip=True).capitalize(): item.strong.get_text(strip=True) for item in figures.select("li")}


def test_home_shows_key_figures_from_the_data(built_site: Path) -> None:
    assert figures(built_site) == {
        "Pilots": "39",
        "Deelnemende gemeenten": "97",
        "Thema's": "6",
        "Geëvalueerde lopende initiatieven": "10",
        "Provincies met een pilot": "10 van 12",
    }


def test_figures_follow_the_data(project: Project, tmp_path: Path) -> None:
    """Removing the Kampen pilot (Kampen takes part nowhere else) lowers pilots and gemeenten by one."""
    pilots = project.data / "pilots.yaml"
    text = pilots.read_text("utf-8")
    start = text.index("- id: b1-route-kampen\n")
    end = text.index("- id: b1-route-oss\n")
    pilots.write_text(text[:start] + text[end:], "utf-8")
    for name in ("documenten.yaml",):
        path = project.data / name
        path.write_text(path.read_text("utf-8").replace("    - b1-route-kampen\n", ""), "utf-8")
    gemeenten = project.data / "gemeenten.yaml"
    text = gemeenten.read_text("utf-8")
    start = text.index("- id: kampen\n")
    end = text.index("- id: ", start + 1)
    gemeenten.write_text(text[:start] + text[end:], "utf-8")
    site = tmp_path / "site"
    result = project.build(site)
    assert result.returncode == 0, result.stdout + result.stderr
    assert figures(site)["Pilots"] == "38"
    assert figures(site)["Deelnemende gemeenten"] == "96"


def test_site_is_in_dutch(built_site: Path) -> None:
    html = (built_site / "index.html").read_text("utf-8")
    assert '<html lang="nl"' in html


def test_no_lunr_search_index_is_shipped(built_site: Path) -> None:
    assert not (built_site / "search" / "search_index.json").exists()
