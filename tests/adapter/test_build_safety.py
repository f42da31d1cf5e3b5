"""Nothing half-built: a failed build leaves the previous site exactly as it was, and tells the editor in
Dutch what to change (file and line) — also in GitHub annotations."""

from __future__ import annotations

import hashlib
import importlib.util
import os
import shutil
import subprocess
from pathlib import Path

import engine
import pytest
from conftest import Project

from kennisbank.adapter.enginelog import Sources, translate_info, translate_warning


def snapshot(folder: Path) -> dict[str, str]:
    """Every file below `folder` (hidden ones included) with a hash of its content."""
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.fixture
def previous_site(built_site: Path, tmp_path: Path) -> Path:
    """A site from an earlier good build, with a hidden file of its own (as a publishing branch has)."""
    site = tmp_path / "vorige-site"
    shutil.copytree(built_site, site)
    (site / ".nojekyll").write_text("", "utf-8")
    return site


def build(
    project: Project, site: Path, engine_name: str = engine.ENGINE, strict: bool = True, **env: str
) -> subprocess.CompletedProcess:
    return engine.build(project.root, site, engine=engine_name, strict=strict, env={**os.environ, **env})


def assert_untouched(site: Path, before: dict[str, str]) -> None:
    assert snapshot(site) == before
    assert sorted(p.name for p in site.parent.iterdir()) == sorted(["project", site.name]), "staging left behind"


@pytest.mark.parametrize(
    "engine_name, strict", [("properdocs", True), ("properdocs", False), ("mkdocs", True), ("mkdocs", False)]
)
def test_a_warning_leaves_previous_site_as_it_was(
    project: Project, previous_site: Path, engine_name: str, strict: bool
) -> None:
    """Under either engine, with or without --strict: a build with a warning publishes nothing."""
    before = snapshot(previous_site)
    page = project.root / "content" / "toegankelijkheid.md"
    # A heading that is not on the page: only the engine's own check (a warning) finds it.
    page.write_text(page.read_text("utf-8") + "\nZie [zoeken](zoeken.md#bestaat-niet).\n", "utf-8")
    result = build(project, previous_site, engine_name, strict)
    assert result.returncode == 1
    assert "WARNING -  content/toegankelijkheid.md:" in result.stderr
    last = result.stdout.strip().splitlines()[-1]  # the engine prints its closing line on standard output
    assert last == (
        f"Bouwen gestopt na 1 melding (zie hierboven); {previous_site} is niet veranderd. "
        "Los de meldingen op en bouw opnieuw."
    )
    assert "Aborted with" not in result.stdout + result.stderr
    assert_untouched(previous_site, before)


def test_stray_editorial_file_leaves_previous_site_as_it_was(project: Project, previous_site: Path) -> None:
    before = snapshot(previous_site)
    stray = project.root / "content" / "pilots" / "b1-route-almeloo.md"
    stray.parent.mkdir(parents=True, exist_ok=True)
    stray.write_text("Extra tekst.\n", "utf-8")
    result = build(project, previous_site)
    assert result.returncode == 1
    assert "content/pilots/b1-route-almeloo.md" in result.stderr
    assert_untouched(previous_site, before)


def test_data_error_leaves_previous_site_as_it_was(project: Project, previous_site: Path) -> None:
    before = snapshot(previous_site)
    line = project.edit("pilots.yaml", "thema: b1-route\n", "thema: b1route\n")
    result = build(project, previous_site)
    assert result.returncode == 1
    assert (
        f"data/pilots.yaml:{line}:10: pilot 'b1-route-almelo', veld 'thema': onbekend thema 'b1route'" in result.stderr
    )
    assert_untouched(previous_site, before)


def test_exception_during_build_leaves_previous_site_as_it_was(project: Project, previous_site: Path) -> None:
    before = snapshot(previous_site)
    main = project.root / "overrides" / "main.html"
    main.write_text(
        main.read_text("utf-8") + "\n{% block footer %}{{ config.extra.bestaat_niet.ook_niet }}{% endblock %}\n",
        "utf-8",
    )
    result = build(project, previous_site)
    assert result.returncode == 1
    assert_untouched(previous_site, before)


def test_a_search_index_that_cannot_be_made_leaves_previous_site_as_it_was(
    project: Project, previous_site: Path
) -> None:
    """Pagefind runs after the engine is done (on_shutdown); when it fails, nothing of the new build is published."""
    before = snapshot(previous_site)
    result = build(project, previous_site, PAGEFIND_BINARY_PATH="/bin/false")
    assert result.returncode == 1
    assert_untouched(previous_site, before)
    said = result.stdout + result.stderr  # the engine prints why it stopped on standard output
    assert "de zoekindex kon niet worden gemaakt" in said and f"{previous_site} is niet veranderd" in said
    assert "Traceback" not in said


def test_clean_build_replaces_the_site_and_keeps_hidden_files(project: Project, previous_site: Path) -> None:
    (previous_site / "verouderd.html").write_text("oud", "utf-8")
    result = build(project, previous_site)
    assert result.returncode == 0, result.stderr
    assert not (previous_site / "verouderd.html").exists()
    assert (previous_site / ".nojekyll").exists() and (previous_site / "index.html").exists()
    assert sorted(p.name for p in previous_site.parent.iterdir()) == sorted(["project", previous_site.name])
    lines = result.stderr.splitlines()
    assert any(
        line.startswith(f"INFO    -  Site wordt gebouwd voor {previous_site} (eerst in een tijdelijke map")
        for line in lines
    )
    assert any(
        line.startswith("INFO    -  Site gebouwd in ") and line.endswith(f"seconden: {previous_site}") for line in lines
    )
    assert "Building documentation" not in result.stderr and "Documentation built" not in result.stderr


def test_broken_link_gets_dutch_line_and_annotation(project: Project, tmp_path: Path) -> None:
    page = project.root / "content" / "toegankelijkheid.md"
    text = page.read_text("utf-8") + "\nLees ook [de pilot](../pilots/b1-route-almeloo.md).\n"
    page.write_text(text, "utf-8")
    line = text.count("\n", 0, text.index("../pilots/b1-route-almeloo.md")) + 1
    result = build(project, tmp_path / "site", GITHUB_ACTIONS="true")
    assert result.returncode == 1
    # Refused before MkDocs reads the page (render/links.py), with the file of the page meant.
    message = (
        "de link ../pilots/b1-route-almeloo.md leidt naar een pagina die niet bestaat; bedoelt u "
        "pilots/b1-route-almelo.md?"
    )
    assert f"ERROR   -  content/toegankelijkheid.md:{line}:21: {message}" in result.stderr
    assert f"::error file=content/toegankelijkheid.md,line={line}::{message}" in result.stdout
    assert "Doc file" not in result.stderr
    assert not (tmp_path / "site").exists()


def test_mkdocs_warnings_in_dutch(tmp_path: Path) -> None:
    docs = tmp_path / "content"
    (docs / "pilots").mkdir(parents=True)
    (docs / "pilots" / "x.md").write_text("# X\n\nZie [kop](../index.md#bestaat-niet) en [hier](#nergens).\n", "utf-8")
    sources = Sources(tmp_path, docs)
    other = translate_warning(
        "Doc file 'pilots/x.md' contains a link '../index.md#bestaat-niet', but the doc "
        "'index.md' does not contain an anchor '#bestaat-niet'.",
        sources,
    )
    assert str(other) == (
        "content/pilots/x.md:3: de link '../index.md#bestaat-niet' wijst naar het kopje "
        "'#bestaat-niet', maar dat staat niet op pagina index.md; controleer het deel na het #-teken"
    )
    same = translate_warning(
        "Doc file 'pilots/x.md' contains a link '#nergens', but there is no such anchor on this page.", sources
    )
    assert (same.file, same.line) == ("content/pilots/x.md", 3)
    suggestion = translate_warning(
        "Doc file 'pilots/x.md' contains a link 'y.md', but the target 'pilots/y.md' is "
        "not found among documentation files. Did you mean '../y.md'?",
        sources,
    )
    assert suggestion.message.endswith("bedoelt u '../y.md'?")
    conflict = translate_warning("Excluding 'README.md' from the site because it conflicts with 'index.md'.", sources)
    assert str(conflict) == (
        "content/README.md: dit bestand wordt niet gepubliceerd: content/index.md maakt dezelfde "
        "pagina; verwijder of hernoem een van beide"
    )
    unknown = translate_warning("Something new went wrong.", sources)
    assert unknown.message.startswith("Something new went wrong.\n  (melding van het bouwprogramma; de bouw stopt")


def test_engine_info_lines_in_dutch() -> None:
    assert translate_info("Documentation built in 12.34 seconds", "site") == (
        "Pagina's gemaakt in 12,34 seconden; nu de zoekindex"
    )
    assert translate_info("Documentation built in 12.34 seconds", None) == "Site gebouwd in 12,34 seconden"
    assert translate_info("[10:01:02] Serving on http://127.0.0.1:8000/") == (
        "[10:01:02] Voorbeeld op http://127.0.0.1:8000/ (open dit adres in de browser; stoppen met Ctrl+C)"
    )
    assert translate_info("Een eigen regel") is None


@pytest.mark.parametrize(
    "file, old, new, message",
    [
        (
            "documenten.yaml",
            '  datum: "2021-12"',
            '  datum: "2019-13-01"',
            "document 'divosa-publicatie', veld 'datum': '2019-13-01' is geen bestaande datum: maand 13 bestaat niet",
        ),
        (
            "themas.yaml",
            'start: "2019-11"',
            'start: "2019-00"',
            "thema 'b1-route', veld 'start': '2019-00' is geen bestaande datum: maand 00 bestaat niet",
        ),
    ],
)
def test_an_impossible_quoted_date_stops_the_build_in_dutch(
    project: Project, previous_site: Path, file: str, old: str, new: str, message: str
) -> None:
    """A quoted date of the right form but not in the calendar used to pass validate and then stop the build
    with an English traceback in the date formatter."""
    before = snapshot(previous_site)
    line = project.edit(file, old, new)
    result = build(project, previous_site)
    assert result.returncode == 1
    assert f"data/{file}:{line}:" in result.stderr and message in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert_untouched(previous_site, before)


@pytest.mark.parametrize("engine_name", ["properdocs", "mkdocs"])
def test_the_last_step_runs_in_a_fresh_process_and_a_quiet_build_stays_quiet(
    project: Project, tmp_path: Path, engine_name: str
) -> None:
    """After the engine's last event the build goes on in a fresh process (adapter.finish) that takes the engine's
    place: its exit code and output are the build's, and the engine's memory is gone while Pagefind runs.
    `build -q` shows nothing there either."""
    site = tmp_path / "site"
    spy = tmp_path / "pagefind"
    # Pagefind replaced by a script that notes the commands of the processes that started it (its parent, and the
    # parent's parent, in case `python -m pagefind` starts it as a child rather than in its own place).
    spy.write_text(
        "#!/bin/sh\ngp=$(cut -d' ' -f4 /proc/$PPID/stat)\n"
        f"for p in $PPID $gp; do tr '\\0' ' ' < /proc/$p/cmdline; echo; done > {tmp_path / 'starter'}\n"
        'exec "$REAL_PAGEFIND" "$@"\n',
        "utf-8",
    )
    spy.chmod(0o755)
    real = Path(importlib.util.find_spec("pagefind_bin").origin).parent / "pagefind"
    loud = engine.build(project.root, site, engine=engine_name)
    assert loud.returncode == 0, loud.stderr
    assert loud.stderr.splitlines()[-1].startswith("INFO    -  Site gebouwd in ")
    env = {**os.environ, "PAGEFIND_BINARY_PATH": str(spy), "REAL_PAGEFIND": str(real)}
    quiet = engine.build(project.root, site, "-q", engine=engine_name, env=env)
    assert quiet.returncode == 0, quiet.stderr
    assert quiet.stdout.strip() == "" and "INFO" not in quiet.stderr, quiet.stderr
    assert (site / "pagefind" / "pagefind.js").exists()
    starters = (tmp_path / "starter").read_text("utf-8").splitlines()
    assert any("-m kennisbank.adapter.finish" in line for line in starters), starters
    assert not any(" build " in line for line in starters), starters  # the engine's process is not waiting
