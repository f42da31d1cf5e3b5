"""'Wat is er nieuw' and its Atom feed from a repository with commits on three days: one heading per day, per
record its kind and name as a link and what changed in a reader's words (two commits on one day are one
change), changes a reader cannot see as one line; the feed says the same, one entry per day."""

from __future__ import annotations

import datetime as dt
import html
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from conftest import GIT, Project, copy_project

ATOM = "{http://www.w3.org/2005/Atom}"
BASE = "https://kennisbank-voi.example/"
SOURCES = "bronnen: [cbs-gebiedsindelingen-2020, divosa-publicatie]"


def commit(project: Project, when: str, message: str) -> None:
    env = {**GIT, "GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when}
    for args in (("add", "-A"), ("commit", "-q", "-m", message)):
        subprocess.run(["git", *args], cwd=project.root, env=env, check=True, capture_output=True)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The data as published on 5 January; on 10 February two commits change one pilot (its title twice, a
    role, a number) and a partner gets an alias; on 2 March twelve gemeenten only get their sources reordered."""

    project = Project(copy_project(tmp_path_factory.mktemp("nieuw") / "project"))
    subprocess.run(["git", "init", "-q", "-b", "main"], cwd=project.root, env=GIT, check=True)
    commit(project, "2026-01-05T10:00:00+01:00", "Initial import")
    project.edit("pilots.yaml", '  titel: "B1-route Almelo"', '  titel: "B1-route Almelo en omstreken"')
    project.edit("pilots.yaml", "    aantal: 40\n", "    aantal: 45\n")
    commit(project, "2026-02-10T09:00:00+01:00", "Pilot Almelo: title and number")
    project.edit("pilots.yaml", '  titel: "B1-route Almelo en omstreken"', '  titel: "B1-route Twente"')
    project.edit(
        "pilots.yaml",
        "    - gemeente: twenterand\n      rol: deelnemer",
        "    - gemeente: twenterand\n      rol: betrokken",
    )
    project.edit("partners.yaml", 'naam: "Agros"\n  aliassen: []', 'naam: "Agros"\n  aliassen: ["Stichting Agros"]')
    commit(project, "2026-02-10T15:00:00+01:00", "Almelo: role; Agros: alias")
    project.edit("gemeenten.yaml", SOURCES, "bronnen: [divosa-publicatie, cbs-gebiedsindelingen-2020]", count=12)
    commit(project, "2026-03-02T11:00:00+01:00", "Sources reordered")
    site = project.root / "site"
    result = project.build(site)
    assert result.returncode == 0, result.stderr
    return site


@pytest.fixture(scope="module")
def built(site: Path) -> tuple[BeautifulSoup, ET.Element]:
    page = BeautifulSoup((site / "nieuw" / "index.html").read_text("utf-8"), "html.parser")
    return page, ET.fromstring((site / "nieuw" / "feed.xml").read_text("utf-8"))


def day(page: BeautifulSoup, anchor: str) -> list:
    """What stands under the day's heading, up to the next."""
    heading = page.find("h2", id=anchor)
    assert heading is not None, anchor
    tags = []
    for tag in heading.find_next_siblings():
        if tag.name == "h2":
            break
        tags.append(tag)
    return tags


def entries(tags: list) -> list[tuple[str, list[str]]]:
    """Each record's line (without what is below it) and the lines below it."""
    found = []
    for tag in tags:
        for item in tag.select("ul.kb-wijzigingen > li"):
            opening = "".join(
                part.get_text() if part.name else str(part) for part in item.contents if part.name != "ul"
            )
            found.append((" ".join(opening.split()), [li.get_text(" ", strip=True) for li in item.select("ul li")]))
    return found


def test_one_heading_per_day_newest_first(built) -> None:
    page, _ = built
    assert [h.get_text(strip=True) for h in page.select("article h2")] == [
        "2 maart 2026",
        "10 februari 2026",
        "5 januari 2026",
    ]


def test_a_record_changed_twice_in_a_day_is_one_entry_in_a_readers_words(built) -> None:
    page, _ = built
    tags = day(page, "dag-2026-02-10")
    assert entries(tags) == [
        (
            "Pilot B1-route Twente",
            [
                "Titel: B1-route Almelo → B1-route Twente",
                "Gemeenten: Twenterand: deelnemer → betrokken",
                "Beoogd aantal deelnemers: 40 → 45",
            ],
        ),
        ("Partner Agros", ["In de bronnen ook: erbij: Stichting Agros"]),
    ]
    pilot = tags[0].find("a", string="B1-route Twente")
    assert pilot is not None and pilot["href"] == "../pilots/b1-route-almelo/"


def test_changes_a_reader_cannot_see_are_one_line(built) -> None:
    page, _ = built
    tags = day(page, "dag-2026-03-02")
    assert [tag.get_text(" ", strip=True) for tag in tags] == ["Bij 12 gemeenten zijn bronvermeldingen bijgewerkt."]


def test_many_new_records_are_one_line_each_kind(built) -> None:
    page, _ = built
    lines = [text for text, _ in entries(day(page, "dag-2026-01-05"))]
    assert lines and all(line.startswith("Nieuw: ") for line in lines)
    assert any(line.startswith("Nieuw: 39 pilots") for line in lines), lines
    link = page.find("h2", id="dag-2026-01-05").find_next("a", string="126 gemeenten")
    assert link is not None and link["href"] == "../gemeenten/"


def test_the_feed_has_one_entry_per_day_with_the_pages_words(built) -> None:
    page, feed = built
    assert feed.tag == f"{ATOM}feed"
    assert feed.find(f"{ATOM}link[@rel='self']").get("href") == BASE + "nieuw/feed.xml"
    assert feed.find(f"{ATOM}author/{ATOM}name").text
    found = feed.findall(f"{ATOM}entry")
    titles = [e.find(f"{ATOM}title").text for e in found]
    assert titles[:2] == [
        "2 maart 2026: bronvermeldingen bijgewerkt",
        "10 februari 2026: 1 pilot en 1 partner aangepast",
    ]
    assert titles[2].startswith("5 januari 2026: 39 pilots, ")
    assert len({e.find(f"{ATOM}id").text for e in found}) == 3
    for entry in found:
        dt.datetime.fromisoformat(entry.find(f"{ATOM}updated").text)  # RFC 3339
    assert found[1].find(f"{ATOM}updated").text == "2026-02-10T15:00:00+01:00"  # the day's last change
    assert found[1].find(f"{ATOM}link").get("href") == BASE + "nieuw/#dag-2026-02-10"
    content = BeautifulSoup(html.unescape(found[1].find(f"{ATOM}content").text), "html.parser")
    assert [li.get_text(" ", strip=True) for li in content.select("ul li ul li")] == [
        "Titel: B1-route Almelo → B1-route Twente",
        "Gemeenten: Twenterand: deelnemer → betrokken",
        "Beoogd aantal deelnemers: 40 → 45",
        "In de bronnen ook: erbij: Stichting Agros",
    ]
    assert content.find("a", string="B1-route Twente")["href"] == BASE + "pilots/b1-route-almelo/"
    assert page.find("h2", id="dag-2026-02-10") is not None


def test_every_page_leads_to_the_page_and_the_feed(site: Path, built) -> None:
    page, _ = built
    assert any(a.get_text(strip=True) == "Wat is er nieuw" for a in page.select("nav a"))
    pilot = BeautifulSoup((site / "pilots" / "b1-route-almelo" / "index.html").read_text("utf-8"), "html.parser")
    link = pilot.find("link", rel="alternate", type="application/atom+xml")
    assert link is not None and link["href"] == "../../nieuw/feed.xml"
