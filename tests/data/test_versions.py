"""The data at an earlier git version: read from git once, ever (a commit never changes), then from the project's
cache; every caller gets its own copy; outside git there is no earlier version."""

from __future__ import annotations

import subprocess
from pathlib import Path

from test_history import commit

from kennisbank.common.store import Store
from kennisbank.data.versions import data_at


def repository(root: Path) -> Path:
    data = root / "data"
    data.mkdir(parents=True)
    (data / "pilots.yaml").write_text("- id: a\n  titel: Eerste\n", "utf-8")
    (root / ".gitignore").write_text(".cache/\n", "utf-8")
    commit_all(root, "2024-01-02", "eerste")
    (data / "pilots.yaml").write_text("- id: a\n  titel: Tweede\n", "utf-8")
    commit_all(root, "2024-03-04", "tweede")
    return data


def commit_all(root: Path, day: str, message: str) -> None:
    if not (root / ".git").exists():
        subprocess.run(["git", "init", "-q"], cwd=root, check=True)
    commit(root, day, message)


def test_a_version_is_read_from_git_once_then_from_the_cache(tmp_path: Path) -> None:
    data = repository(tmp_path)
    first = Store.for_project(tmp_path)
    assert data_at(data, "HEAD~1", ("pilots", "themas"), first) == {"pilots": [{"id": "a", "titel": "Eerste"}]}
    assert (first.hits, first.misses) == (0, 1)
    later = Store.for_project(tmp_path)  # another build, another process: the same folder on disk
    found = data_at(data, "HEAD~1", ("pilots", "themas"), later)
    assert found == {"pilots": [{"id": "a", "titel": "Eerste"}]} and (later.hits, later.misses) == (1, 0)
    found["pilots"].clear()  # a caller's copy is its own
    assert data_at(data, "HEAD~1", ("pilots", "themas"), later)["pilots"]
    assert data_at(data, "HEAD", ("pilots",), later) == {"pilots": [{"id": "a", "titel": "Tweede"}]}
    assert later.misses == 1  # another commit: another key


def test_no_such_version_and_no_git(tmp_path: Path) -> None:
    data = repository(tmp_path / "repo")
    assert data_at(data, "bestaat-niet", ("pilots",), Store(None)) == {}
    outside = tmp_path / "los" / "data"
    outside.mkdir(parents=True)
    assert data_at(outside, "HEAD", ("pilots",), Store(None)) is None
