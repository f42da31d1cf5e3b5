"""The CI workflow editors rely on: pinned actions, no stored credentials, least permissions, zizmor clean;
and failed tests reported as a GitHub annotation an editor can read."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import yaml
from conftest import ROOT

WORKFLOWS = ROOT / ".github" / "workflows"
TESTS = Path(__file__).resolve().parents[1]


def test_zizmor_finds_nothing() -> None:
    zizmor = Path(sys.executable).parent / "zizmor"
    result = subprocess.run(
        [str(zizmor), "--offline", "--persona", "pedantic", str(WORKFLOWS)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No findings to report" in result.stdout + result.stderr


def test_actions_pinned_to_a_commit_with_version_and_least_permissions() -> None:
    text = (WORKFLOWS / "kennisbank.yml").read_text("utf-8")
    uses = re.findall(r"uses: (\S+)(.*)", text)
    assert len(uses) == 5
    for action, comment in uses:
        assert re.fullmatch(r"actions/[\w-]+@[0-9a-f]{40}", action), action
        assert re.fullmatch(r"\s+# v\d+\.\d+\.\d+", comment), (action, comment)
    workflow = yaml.safe_load(text)
    assert workflow["permissions"] == {}
    jobs = workflow["jobs"]
    assert jobs["controleren"]["permissions"] == {"contents": "read"}
    # Only the two jobs that put a built site on the gh-pages branch may write, and they run no project code.
    for name in ("voorbeeld", "publiceren"):
        assert jobs[name]["permissions"] == {"contents": "write"}
        assert all("checkout" not in step.get("uses", "") for step in jobs[name]["steps"])
    checkout = next(
        step for step in jobs["controleren"]["steps"] if step.get("uses", "").startswith("actions/checkout")
    )
    assert checkout["with"]["persist-credentials"] is False
    assert "container" not in jobs["controleren"]


def test_a_pull_request_says_what_it_changes_and_gets_a_preview_to_open() -> None:
    workflow = yaml.safe_load((WORKFLOWS / "kennisbank.yml").read_text("utf-8"))
    steps = {step.get("name"): step for step in workflow["jobs"]["controleren"]["steps"]}
    summary = steps["Wat deze wijziging verandert"]
    assert "kennisbank verschil" in summary["run"] and "$GITHUB_STEP_SUMMARY" in summary["run"]
    preview = workflow["jobs"]["voorbeeld"]
    # Only for a branch of this repository: a fork's pull request keeps the downloadable artifact.
    assert "github.event.pull_request.head.repo.full_name == github.repository" in preview["if"]
    assert preview["environment"]["url"] == "${{ steps.plaats.outputs.url }}"  # the "View deployment" link
    assert "voorbeeld/pr-$NUMMER" in preview["steps"][-1]["run"]
    assert "! -name voorbeeld" in workflow["jobs"]["publiceren"]["steps"][-1]["run"]  # publishing keeps previews


def test_failed_test_becomes_a_dutch_annotation(tmp_path: Path) -> None:
    (tmp_path / "test_voorbeeld.py").write_text(
        '"""Voorbeeld."""\n\n\ndef test_titel():\n    """Elke pilot heeft een titel."""\n'
        '    assert "" == "B1-route Almelo", "pilot b1-route-almelo heeft geen titel"\n',
        "utf-8",
    )
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "annotations_plugin",
            "-q",
            "-p",
            "no:cacheprovider",
            "--rootdir",
            str(tmp_path),
            str(tmp_path / "test_voorbeeld.py"),
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={**os.environ, "GITHUB_ACTIONS": "true", "PYTHONPATH": str(TESTS)},
    )
    assert result.returncode == 1
    [line] = [line for line in result.stdout.splitlines() if line.startswith("::error ")]
    assert line.startswith(
        "::error file=test_voorbeeld.py,line=6,title=Test mislukt::Test mislukt: "
        "test_voorbeeld.py::test_titel. Deze test controleert: Elke pilot heeft een titel."
        "%0AWat er misging: AssertionError: pilot b1-route-almelo heeft geen titel"
    )
    assert "vraag hulp in de pull request" in line


def test_contributing_starts_with_prerequisites_and_explains_every_red_step() -> None:
    guide = (ROOT / "CONTRIBUTING.md").read_text("utf-8")
    setup = guide.index("bash scripts/site.sh")
    assert setup < guide.index(".venv/bin/kennisbank"), "the first use of the tool must come after its installation"
    assert "## Eerst: wat u nodig hebt" in guide[:setup]
    red = guide[guide.index("## Als een controle rood is") :]
    workflow = yaml.safe_load((WORKFLOWS / "kennisbank.yml").read_text("utf-8"))
    for step in workflow["jobs"]["controleren"]["steps"]:
        if "run" in step:
            assert f"| {step['name']} |" in red, step["name"]
    assert "Vraag hulp als" in red and "log" in red
    prose = re.sub(r"```.*?```", "", guide, flags=re.S)  # examples of tool output are checked elsewhere
    assert not re.search(r"\b(je|jij|jouw)\b", prose, re.IGNORECASE), "the guide addresses the reader with 'u'"
    template = (ROOT / ".github" / "pull_request_template.md").read_text("utf-8")
    assert "Als een controle rood is" in template and "bash scripts/site.sh" in template
