"""The editors' to-do list: what the data does not know yet, with file and line, on the command line and on a page
for editors that readers do not meet (not in the navigation, not in search, not for search engines)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from bs4 import BeautifulSoup
from conftest import ROOT, Project


def test_nog_te_doen_lists_each_gap_with_file_and_line(project: Project) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kennisbank.editor.cli", "nog-te-doen"], cwd=project.root, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout.splitlines()
    headings = [line for line in out if not line.startswith("  ")]
    assert [re.sub(r" \(\d+\)$", "", h) for h in headings[:4]] == [
        "Rapporten zonder nagekeken link",
        "Pilots en initiatieven: wat er na het programma van werd",
        "Lege velden bij pilots, initiatieven en documenten",
        "Herindelingen zonder nagekeken webadres",
    ]
    items = [line for line in out if line.startswith("  ")]
    assert items and all(re.match(r"  data/[a-z_]+\.yaml:\d+: .+: .+", line) for line in items)
    # A report gets off the list once an editor fills in a checked address.
    venlo = next(line for line in items if "Tussenevaluatie proeftuin inburgering (Venlo): een link" in line)
    line = int(venlo.split(":")[1])
    text = (project.data / "documenten.yaml").read_text("utf-8").split("\n")
    text.insert(line, '  url: "https://www.example.org/venlo.pdf"')
    (project.data / "documenten.yaml").write_text("\n".join(text), "utf-8")
    again = subprocess.run(
        [sys.executable, "-m", "kennisbank.editor.cli", "nog-te-doen"], cwd=project.root, capture_output=True, text=True
    ).stdout
    assert "Tussenevaluatie proeftuin inburgering (Venlo): een link" not in again


def test_the_page_is_for_editors_only(built_site: Path) -> None:
    page = BeautifulSoup((built_site / "redactie" / "nog-te-doen" / "index.html").read_text("utf-8"), "html.parser")
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert page.select_one("[data-pagefind-body]") is None  # not in the readers' search
    assert page.select("article table tbody tr")
    home = (built_site / "index.html").read_text("utf-8")
    assert "nog-te-doen" not in home and "nog-te-doen" not in (ROOT / "mkdocs.yml").read_text("utf-8")
