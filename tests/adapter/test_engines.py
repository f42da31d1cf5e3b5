"""Both engines build the same site: ProperDocs (the README's commands) and MkDocs 1.6.1 give the same files
with the same bytes apart from the generator line, and both speak Dutch without banners or hints."""

from __future__ import annotations

import re
from pathlib import Path

import engine
from conftest import ROOT

GENERATOR = re.compile(rb'<meta name="generator" content="[^"]*">')
OTHER = "mkdocs" if engine.ENGINE == "properdocs" else "properdocs"


def files(site: Path) -> dict[str, Path]:
    # Pagefind names its index files after their content's hash and writes them in varying order.
    return {
        path.relative_to(site).as_posix(): path
        for path in sorted(site.rglob("*"))
        if path.is_file() and "pagefind" not in path.relative_to(site).parts
    }


def test_both_engines_build_the_same_site(built_site: Path, tmp_path: Path) -> None:
    other = tmp_path / "site"
    result = engine.build(ROOT, other, engine=OTHER)
    assert result.returncode == 0, result.stderr
    ours, theirs = files(built_site), files(other)
    assert sorted(ours) == sorted(theirs)
    different = [
        name
        for name in ours
        if GENERATOR.sub(b"", ours[name].read_bytes()) != GENERATOR.sub(b"", theirs[name].read_bytes())
    ]
    assert different == []
    generators = {GENERATOR.search((site / "index.html").read_bytes())[0] for site in (built_site, other)}
    assert len(generators) == 2  # the line that may differ does: two engines really ran


def test_each_engine_logs_in_dutch_without_banners(tmp_path: Path) -> None:
    for name in engine.ENGINES:
        result = engine.build(ROOT, tmp_path / name, engine=name)
        assert result.returncode == 0, result.stderr
        log = result.stdout + result.stderr
        assert "Site gebouwd in" in log and "Pagefind:" in log, log
        for english in (
            "Building documentation",
            "Documentation built",
            "Cleaning site",
            "should be renamed",
            "MkDocs 2.0",
            "end of life",
            "ProperDocs",
            "WARNING",
        ):
            assert english not in log, (name, english, log)
