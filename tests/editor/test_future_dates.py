"""A fact dated after the day the site is built for is never published as done (issue 27): a herindeling in
the future is a warning that names the date, and the gemeente page says what will happen ('wordt op …') until
that day, after which it says what happened. The build date is an input (KENNISBANK_BOUWDATUM), so the test
builds for two fixed days."""

from __future__ import annotations

import json
import os

import engine
from bs4 import BeautifulSoup
from conftest import Project

FUTURE = """- id: testgemeente-2027
  soort: samenvoeging
  datum: "2027-01-01"
  naam: "Twentestad"
  gemeenten: [almelo, twenterand]
  bron: "Een bekendmaking in de Staatscourant (in deze test verzonnen)"
"""


def add_future_merger(project: Project) -> int:
    path = project.data / "herindelingen.yaml"
    text = path.read_text("utf-8")
    path.write_text(text.rstrip("\n") + "\n" + FUTURE, "utf-8")
    return text.rstrip("\n").count("\n") + 4  # the line of 'datum:'


def nu(site, gemeente: str) -> str:
    page = BeautifulSoup((site / "gemeenten" / gemeente / "index.html").read_text("utf-8"), "html.parser")
    return " ".join(page.select_one(".kb-nu").get_text().split())


def test_a_future_herindeling_is_a_warning_that_names_the_date(project: Project) -> None:
    line = add_future_merger(project)
    result = project.validate_on("2026-12-06")
    assert result.returncode == 0, result.stderr
    assert (
        f"data/herindelingen.yaml:{line}:10: waarschuwing: herindeling 'testgemeente-2027', veld 'datum': "
        "1 januari 2027 ligt na de bouwdatum (6 december 2026). Tot die dag noemt de gemeentepagina de "
        "wijziging aangekondigd ('wordt op 1 januari 2027 deel van …') en gelden de oude namen nog; controleer de "
        "datum in de bekendmaking"
    ) in result.stderr


def test_the_page_announces_it_until_that_day_and_states_it_after(project: Project, tmp_path) -> None:
    add_future_merger(project)
    before = engine.build(project.root, tmp_path / "voor", env={**os.environ, "KENNISBANK_BOUWDATUM": "2026-12-06"})
    assert before.returncode == 0, before.stderr
    assert nu(tmp_path / "voor", "almelo") == (
        "Aangekondigd: wordt op 1 januari 2027 deel van de gemeente Twentestad, samen met Twenterand."
    )
    [almelo] = [
        g for g in json.loads((tmp_path / "voor" / "data" / "gemeenten.json").read_text("utf-8")) if g["id"] == "almelo"
    ]
    assert almelo["huidige_naam"] == ["Almelo"]  # not yet Twentestad
    assert [(h["naam"], h["aangekondigd"]) for h in almelo["herindelingen"]] == [("Twentestad", True)]
    after = engine.build(project.root, tmp_path / "na", env={**os.environ, "KENNISBANK_BOUWDATUM": "2027-01-02"})
    assert after.returncode == 0, after.stderr
    assert (
        nu(tmp_path / "na", "almelo")
        == "Nu: sinds 1 januari 2027 deel van de gemeente Twentestad, samen met Twenterand."
    )
