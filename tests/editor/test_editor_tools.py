"""Editor tools: `kennisbank nieuw`, GitHub annotations, and the pull-request workflow."""

from __future__ import annotations

import os
import subprocess
import sys

import yaml
from conftest import ROOT, Project


def run(project: Project, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kennisbank.editor.cli", *args],
        cwd=project.root,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
    )


def test_new_gemeente_takes_name_and_provincie_from_cbs(project: Project) -> None:
    result = run(project, "nieuw", "gemeente", "--code", "GM0935")
    assert result.returncode == 0, result.stderr
    line = project.line_of("gemeenten.yaml", "- id: maastricht\n")
    assert f"Toegevoegd aan data/gemeenten.yaml op regel {line}: gemeente 'maastricht'." in result.stdout
    added = next(
        g for g in yaml.safe_load((project.data / "gemeenten.yaml").read_text("utf-8")) if g["id"] == "maastricht"
    )
    assert added == {
        "id": "maastricht",
        "naam": "Maastricht",
        "code": "GM0935",
        "provincie": "limburg",
        "bronnen": ["cbs-gebiedsindelingen-2020"],
    }
    assert project.validate().returncode == 0


def test_new_pilot_is_well_formed_and_validate_lists_what_to_fill(project: Project) -> None:
    result = run(project, "nieuw", "pilot", "--thema", "ontzorgen", "--hoofdaanvrager", "almelo")
    assert result.returncode == 0, result.stderr
    record = next(
        r for r in yaml.safe_load((project.data / "pilots.yaml").read_text("utf-8")) if r["id"] == "ontzorgen-almelo"
    )
    assert record["id"] == "ontzorgen-almelo" and record["titel"] == "Ontzorgen Almelo"
    check = project.validate()
    assert check.returncode == 1
    messages = check.stderr.strip().splitlines()[:-1]
    assert len(messages) == 2
    assert all("pilot 'ontzorgen-almelo', veld" in m and "is nog niet ingevuld" in m for m in messages)
    assert {m.split("veld '")[1].split("'")[0] for m in messages} == {"doelgroep.omschrijving", "aanpak"}


def test_new_refuses_what_does_not_fit(project: Project) -> None:
    for args, expected in (
        (("nieuw", "pilot", "--thema", "ontzorgen", "--hoofdaanvrager", "s-gravenhage"), "er is al een pilot"),
        (("nieuw", "pilot", "--thema", "onbekend", "--hoofdaanvrager", "almelo"), "onbekend thema 'onbekend'"),
        (("nieuw", "gemeente", "--code", "GM0141"), "staat al in data/gemeenten.yaml"),
        (
            ("nieuw", "gemeente", "--code", "GM9999"),
            "'GM9999' is geen naam of code van een gemeente in de "
            "CBS-indeling van 2020 (een code heeft de vorm GM0363)",
        ),
    ):
        before = (project.data / "pilots.yaml").read_text("utf-8")
        result = run(project, *args)
        assert result.returncode == 1 and expected in result.stderr and "Traceback" not in result.stderr
        assert (project.data / "pilots.yaml").read_text("utf-8") == before


def test_new_document(project: Project) -> None:
    result = run(project, "nieuw", "document", "--titel", "Verslag werkbezoek", "--type", "rapport")
    assert result.returncode == 0
    assert "document 'verslag-werkbezoek', veld 'samenvatting' is nog niet ingevuld" in result.stdout


def test_problems_become_annotations_in_github_actions(project: Project) -> None:
    line = project.edit("pilots.yaml", "  thema: b1-route\n", "  thema: b1route\n")
    result = run(project, "validate", env={"GITHUB_ACTIONS": "true"})
    assert result.returncode == 1
    assert (
        f"::error file=data/pilots.yaml,line={line},col=10::pilot 'b1-route-almelo', veld 'thema': "
        "onbekend thema 'b1route'" in result.stdout
    )


def test_workflow_checks_builds_tests_and_publishes() -> None:
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "kennisbank.yml").read_text("utf-8"))
    steps = workflow["jobs"]["controleren"]["steps"]
    commands = " ".join(step.get("run", "") for step in steps)
    assert "kennisbank validate" in commands and "scripts/site.sh" in commands and "scripts/test.sh" in commands
    assert any(step.get("uses", "").startswith("actions/upload-artifact") for step in steps)
    assert workflow["jobs"]["publiceren"]["needs"] == "controleren"
    readme = (ROOT / "README.md").read_text("utf-8")
    assert "bash scripts/test.sh" in readme and "bash scripts/site.sh" in readme
