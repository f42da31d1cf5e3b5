"""Two builds of the same commit are byte-identical, so a pull request's diff of the built site shows only
what the change changed."""

from __future__ import annotations

import filecmp
import os
import subprocess
from pathlib import Path

import engine
from conftest import ROOT

# Pagefind (1.5) writes its filter and metadata indexes in an order that varies between runs (known
# upstream since 1.1; fragments were made stable in 1.3). Everything else must be identical.
PAGEFIND_UNSTABLE = ("pagefind/filter/", "pagefind/pagefind-entry.json", "pagefind/pagefind.")


def build(target: Path) -> None:
    engine.build(ROOT, target, "-q", check=True)


def files(site: Path) -> dict[str, Path]:
    return {p.relative_to(site).as_posix(): p for p in site.rglob("*") if p.is_file()}


def test_two_builds_are_byte_identical(tmp_path: Path) -> None:
    build(tmp_path / "a")
    build(tmp_path / "b")
    first, second = files(tmp_path / "a"), files(tmp_path / "b")
    stable = {name for name in first if not name.startswith(PAGEFIND_UNSTABLE)}
    assert stable == {name for name in second if not name.startswith(PAGEFIND_UNSTABLE)}
    different = [name for name in sorted(stable) if not filecmp.cmp(first[name], second[name], shallow=False)]
    assert not different, different[:20]
    assert any(name.startswith("pagefind/fragment/") for name in stable)  # search fragments are compared too
    assert any(name.startswith("kaarten/") for name in stable)


def test_build_dates_come_from_the_last_commit(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    engine.build(ROOT, tmp_path / "site", "-q", check=True, env=env)
    commit_time = int(
        subprocess.run(
            ["git", "log", "-1", "--format=%ct"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout
    )
    gzipped = (tmp_path / "site" / "sitemap.xml.gz").read_bytes()
    # MkDocs stamps the gzip header with the (UTC) day of the build date, which is now the commit's day.
    assert int.from_bytes(gzipped[4:8], "little") == commit_time - commit_time % 86400
