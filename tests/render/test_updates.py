"""What changed, in an editor's words: `kennisbank verschil` per record and field (the pull request's summary) from
a repository with real commits; a copy without history builds without 'Wat is er nieuw' and its feed and says so
once. The page and the feed in a reader's words: test_nieuw_page.py and test_nieuw_words.py."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import Project
from conftest import git as git_in


def git(project: Project, *args: str) -> None:
    git_in(project.root, *args)


@pytest.fixture
def history(project: Project) -> Project:
    """A repository with three commits: the data as published, a changed pilot, a new partner alias."""
    git(project, "init", "-q", "-b", "main")
    git(project, "add", "-A")
    git(project, "commit", "-q", "-m", "Gegevens zoals gepubliceerd")
    project.edit("pilots.yaml", '  titel: "B1-route Almelo"', '  titel: "B1-route Almelo en omstreken"')
    git(project, "commit", "-q", "-am", "Pilot Almelo: titel")
    project.edit("partners.yaml", 'naam: "Agros"\n  aliassen: []', 'naam: "Agros"\n  aliassen: ["Stichting Agros"]')
    git(project, "commit", "-q", "-am", "Agros: andere schrijfwijze")
    return project


def verschil(project: Project, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kennisbank.editor.cli", "verschil", *args],
        cwd=project.root,
        capture_output=True,
        text=True,
    )


def test_verschil_says_per_record_and_field_what_changed(history: Project, tmp_path: Path) -> None:
    summary = tmp_path / "samenvatting.md"
    result = verschil(history, "HEAD~2", "--markdown", str(summary))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Wijzigingen in de gegevens ten opzichte van HEAD~2, de versie van ")
    assert lines[0].endswith(": 1 pilot of initiatief gewijzigd, 1 partner gewijzigd.")
    assert lines[1:] == [
        "  pilot 'B1-route Almelo en omstreken' (b1-route-almelo): gewijzigd",
        "      titel: B1-route Almelo → B1-route Almelo en omstreken",
        "  partner 'Agros' (agros): gewijzigd",
        "      aliassen: erbij: 'Stichting Agros'",
    ]
    text = summary.read_text("utf-8")
    assert text.startswith("## Wat deze wijziging verandert in de gegevens\n\n1 pilot of initiatief gewijzigd, ")
    assert "- **pilot B1-route Almelo en omstreken** (`b1-route-almelo`): gewijzigd" in text
    assert "  - `titel`: B1-route Almelo → B1-route Almelo en omstreken" in text


def test_verschil_without_a_known_version_is_one_sentence(history: Project) -> None:
    result = verschil(history, "bestaat-niet")
    assert result.returncode == 1
    assert result.stderr == (
        "kennisbank verschil: de versie 'bestaat-niet' bestaat niet in git; geef een commit, "
        "tak of tag, bijvoorbeeld origin/main\n"
    )


def test_a_copy_without_history_builds_without_them_and_says_so_once(project: Project, tmp_path: Path) -> None:
    site = tmp_path / "site"
    result = project.build(site)
    assert result.returncode == 0, result.stderr
    notice = "Geen git-geschiedenis gevonden: de pagina 'Wat is er nieuw' en de Atom-feed worden overgeslagen"
    assert result.stderr.count(notice) == 1
    assert not (site / "nieuw").exists()
    assert "application/atom+xml" not in (site / "index.html").read_text("utf-8")
    shutil.rmtree(site)


def test_verschil_names_each_changed_field_by_its_place_in_words(project: Project) -> None:
    """Issue 27: a number inside a group by its place, a role by its gemeente, no data notation, no commit code."""
    for args in (("init", "-q"), ("add", "-A"), ("commit", "-qm", "Initial import")):
        git(project, *args)
    project.edit("pilots.yaml", "    aantal: 40\n", "    aantal: 45\n")
    project.edit(
        "pilots.yaml",
        "    - gemeente: twenterand\n      rol: deelnemer",
        "    - gemeente: twenterand\n      rol: betrokken",
    )
    result = verschil(project)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Wijzigingen in de gegevens ten opzichte van de versie van ")
    assert "Initial import" not in result.stdout and not any(
        len(word) == 7 and word.isalnum() and any(c.isdigit() for c in word) and any(c.isalpha() for c in word)
        for word in lines[0].split()
    )
    assert lines[1:] == [
        "  pilot 'B1-route Almelo' (b1-route-almelo): gewijzigd",
        "      gemeenten: twenterand: deelnemer → betrokken",
        "      doelgroep.aantal: 40 → 45",
    ]
    assert "{" not in result.stdout and '"' not in result.stdout
