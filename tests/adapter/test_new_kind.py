"""A new kind of record is one entry in the registry (data/kinds.py), a schema and a data file: in a copy of
the project and the package, a toy kind 'evenementen' gets its pages, its search filter value and its download
from a real build, and `kennisbank validate` checks its file against its schema."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import urljoin

import engine
from bs4 import BeautifulSoup
from conftest import ROOT, copy_project

SCHEMA = {
    "$schema": "https://json-schema.org/draft/2020-12/schema",
    "$id": "evenementen.schema.json",
    "title": "Evenementen (data/evenementen.yaml)",
    "type": "array",
    "items": {
        "type": "object",
        "additionalProperties": False,
        "required": ["id", "titel", "plaats", "bronnen"],
        "properties": {
            "id": {"$ref": "common.schema.json#/$defs/id"},
            "titel": {"$ref": "common.schema.json#/$defs/tekst"},
            "plaats": {"$ref": "common.schema.json#/$defs/tekst"},
            "bronnen": {"allOf": [{"$ref": "common.schema.json#/$defs/idlijst"}, {"minItems": 1}]},
        },
    },
}
DATA = """\
- id: kennissessie-utrecht
  titel: "Kennissessie in Utrecht"
  plaats: "Utrecht"
  bronnen: [divosa-publicatie]
"""
ENTRY = """

# A toy kind, added by tests/adapter/test_new_kind.py.
KINDS = (*KINDS, Soort("evenementen", "evenement", "evenementen", "het", sectie="evenementen", zoeksoort="evenement",
                       download="data/evenementen"))
KIND = {kind.naam: kind for kind in KINDS}
"""


def project_with_a_new_kind(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    project = copy_project(tmp_path / "project")
    package = tmp_path / "src" / "kennisbank"
    shutil.copytree(ROOT / "src" / "kennisbank", package, ignore=shutil.ignore_patterns("__pycache__"))
    kinds = package / "data" / "kinds.py"
    kinds.write_text(kinds.read_text("utf-8") + ENTRY, "utf-8")
    (package / "data" / "schemas" / "evenementen.schema.json").write_text(json.dumps(SCHEMA, indent=2), "utf-8")
    (project / "data" / "evenementen.yaml").write_text(DATA, "utf-8")
    # The copy of the package comes before the installed one.
    return project, {**os.environ, "PYTHONPATH": str(tmp_path / "src")}


def test_a_toy_kind_gets_pages_search_and_download(tmp_path: Path) -> None:
    project, env = project_with_a_new_kind(tmp_path)
    site = tmp_path / "site"
    result = engine.build(project, site, env=env)
    assert result.returncode == 0, result.stdout + result.stderr

    page = BeautifulSoup(
        (site / "evenementen" / "kennissessie-utrecht" / "index.html").read_text("utf-8"), "html.parser"
    )
    assert page.h1.get_text(strip=True) == "Kennissessie in Utrecht"
    facts = {dt.get_text(strip=True): dt.find_next_sibling("dd").get_text(strip=True) for dt in page.select("dl dt")}
    assert facts["Plaats"] == "Utrecht"
    assert page.select_one('[data-pagefind-filter="soort:evenement"]') is not None
    assert "Pilotprogramma Veranderopgave Inburgering" in page.select_one(".kb-bron").get_text()

    overview = BeautifulSoup((site / "evenementen" / "index.html").read_text("utf-8"), "html.parser")
    links = [urljoin("https://x.example/evenementen/", a["href"]) for a in overview.select("article a[href*='kennis']")]
    assert links == ["https://x.example/evenementen/kennissessie-utrecht/"]

    download = json.loads((site / "data" / "evenementen.json").read_text("utf-8"))
    assert download == [
        {
            "id": "kennissessie-utrecht",
            "titel": "Kennissessie in Utrecht",
            "plaats": "Utrecht",
            "bronnen": ["divosa-publicatie"],
            "url": "evenementen/kennissessie-utrecht/",
        }
    ]
    assert (site / "data" / "evenementen.csv").read_text("utf-8-sig").splitlines()[0] == "id,titel,plaats,bronnen,url"


def test_the_toy_kind_is_checked_against_its_schema(tmp_path: Path) -> None:
    project, env = project_with_a_new_kind(tmp_path)
    (project / "data" / "evenementen.yaml").write_text(DATA.replace('  plaats: "Utrecht"\n', ""), "utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "kennisbank.editor.cli", "validate"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1, result.stdout + result.stderr
    assert "data/evenementen.yaml:1" in result.stdout + result.stderr
    assert "plaats" in result.stdout + result.stderr
