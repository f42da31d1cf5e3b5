"""Dates per line from git: the date of the commit that last changed each line, uncommitted lines left out,
and the same answer from the package's cache that the preview's rebuilds rely on."""

from __future__ import annotations

import subprocess
from pathlib import Path

from kennisbank.common.store import Store
from kennisbank.data import history


def commit(repo: Path, day: str, message: str) -> None:
    env = {
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@localhost",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@localhost",
        "GIT_AUTHOR_DATE": f"{day}T12:00:00Z",
        "GIT_COMMITTER_DATE": f"{day}T12:00:00Z",
        "PATH": "/usr/bin:/bin",
    }
    subprocess.run(["git", "add", "-A"], cwd=repo, check=True, env=env)
    subprocess.run(["git", "commit", "-q", "-m", message], cwd=repo, check=True, env=env)


def test_each_line_has_the_date_of_its_last_commit(tmp_path: Path) -> None:
    subprocess.run(["git", "init", "-q"], cwd=tmp_path, check=True)
    data = tmp_path / "pilots.yaml"
    data.write_text("a\nb\nc\nd\n", "utf-8")
    commit(tmp_path, "2024-01-02", "eerste")
    data.write_text("a\nB\nc\nd\n", "utf-8")
    commit(tmp_path, "2024-03-04", "tweede")
    data.write_text("a\nB\nc\nD\ne\n", "utf-8")
    commit(tmp_path, "2025-05-06", "derde")
    expected = {1: "2024-01-02", 2: "2024-03-04", 3: "2024-01-02", 4: "2025-05-06", 5: "2025-05-06"}
    store = Store(tmp_path / "cache")
    assert history.line_dates(data, store=store) == expected
    data.write_text("a\nB\nc\nD\ne\nnieuw, niet vastgelegd\n", "utf-8")
    assert history.line_dates(data, store=store) == expected  # the uncommitted line has no date
    assert store.hits == 0
    assert history.line_dates(data, store=store) == expected  # from the cache: the same
    assert store.hits == 1
    commit(tmp_path, "2026-07-08", "vierde")
    assert history.line_dates(data, store=store) == {**expected, 6: "2026-07-08"}  # a new commit is seen at once


def test_outside_git_there_are_no_dates(tmp_path: Path) -> None:
    data = tmp_path / "pilots.yaml"
    data.write_text("a\n", "utf-8")
    assert history.line_dates(data) == {}
