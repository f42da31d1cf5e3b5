"""The data as it was in an earlier version, read from git: to keep published addresses (data/adressen.py) and
to say what changed. Outside git, or without that version, there is no earlier version: None."""

from __future__ import annotations

import os
import pickle
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from kennisbank.common.store import Store, key_of
from kennisbank.common.text import dutch_date
from kennisbank.data.project import find_root

# The base a change is compared with: this setting, else where the branch left the main line, else the last commit.
BASE_SETTING = "KENNISBANK_BASIS"
MAIN_LINES = ("origin/main", "main", "origin/master", "master")
# Part of every cache key: after any change to how versions are read (this code), they are read again.
READER = Path(__file__).read_bytes()


def _git(folder: Path, *args: str) -> str | None:
    try:
        result = subprocess.run(["git", *args], cwd=folder, capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return None
    return result.stdout


def base_revision(folder: Path, wanted: str | None = None) -> str | None:
    """The commit to compare the working tree with: `wanted` (or KENNISBANK_BASIS) when given; otherwise the
    commit where this branch left the main line, or HEAD on the main line itself. None outside git."""
    folder = Path(folder)
    wanted = wanted or os.environ.get(BASE_SETTING) or None
    if wanted:
        found = _git(folder, "rev-parse", "--verify", "--quiet", f"{wanted}^{{commit}}")
        return found.strip() if found else None
    for line in MAIN_LINES:
        if _git(folder, "rev-parse", "--verify", "--quiet", f"{line}^{{commit}}"):
            base = _git(folder, "merge-base", "HEAD", line)
            if base:
                return base.strip()
    head = _git(folder, "rev-parse", "--verify", "--quiet", "HEAD^{commit}")
    return head.strip() if head else None


def project_store(data_dir: Path) -> Store:
    """The cache of the project this data folder belongs to (callers that have none of their own use it)."""
    return Store.for_project(find_root(data_dir) or Path(data_dir).resolve().parent)


def data_at(data_dir: Path, revision: str, names: tuple[str, ...], store: Store) -> dict[str, Any] | None:
    """file stem -> parsed YAML of data/<stem>.yaml at `revision`; a file missing there is left out. None when
    the folder is not in git. A commit never changes, so each version is read from git once, ever: then kept
    in `store` under its commit (every call returns a fresh copy)."""
    data_dir = Path(data_dir)
    found = _git(data_dir, "rev-parse", "--show-prefix", "--verify", "--quiet", f"{revision}^{{commit}}")
    if found is None:  # not in git, or no such version
        return None if _git(data_dir, "rev-parse", "--show-prefix") is None else {}
    prefix, commit = found.split("\n")[:2]
    key = key_of(READER, commit, prefix, *names)
    return pickle.loads(store.made("data-at", key, lambda: pickle.dumps(_data_at(data_dir, commit, prefix, names))))


def _data_at(data_dir: Path, commit: str, prefix: str, names: tuple[str, ...]) -> dict[str, Any]:
    parsed_files: dict[str, Any] = {}
    for name in names:
        text = _git(data_dir, "show", f"{commit}:{prefix}{name}.yaml")
        if text is not None and (parsed := _parse(text)) is not None:
            parsed_files[name] = parsed
    return parsed_files


def _parse(text: str) -> Any:
    try:
        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError:
        return None  # a version with a syntax error: its records cannot be compared


def current_data(data_dir: Path, names: tuple[str, ...]) -> dict[str, Any]:
    """file stem -> parsed YAML of the files as they are in the folder now."""
    found: dict[str, Any] = {}
    for name in names:
        path = Path(data_dir) / f"{name}.yaml"
        if path.is_file():
            found[name] = _parse(path.read_text("utf-8"))
    return found


@dataclass(frozen=True)
class Commit:
    sha: str
    date: str  # ISO 8601, with time zone
    subject: str
    files: tuple[str, ...]  # data file stems the commit changed


def describe(data_dir: Path, revision: str) -> str:
    """'de versie van 3 december 2026' for messages: no commit code and no commit message, which editors do not
    write and may be English."""
    day = (_git(Path(data_dir), "log", "-1", "--format=%cs", revision) or "").strip()
    return f"de versie van {dutch_date(day)}" if day else "de vorige versie"


def data_commits(data_dir: Path, limit: int) -> list[Commit] | None:
    """The last `limit` commits that changed a data file, newest first; None outside git (or a clone without
    history)."""
    data_dir = Path(data_dir)
    # Along the main line only: a merged pull request is one change, compared with the version before it.
    log = _git(
        data_dir,
        "log",
        f"-{limit}",
        "--first-parent",
        "--diff-merges=first-parent",
        "--format=%x01%H%x00%cI%x00%s",
        "--name-only",
        "--",
        "*.yaml",
    )
    if log is None or _git(data_dir, "rev-parse", "--is-shallow-repository") == "true\n":
        return None
    commits = []
    for block in log.split("\x01")[1:]:
        head, _, names = block.partition("\n")
        sha, date, subject = head.split("\x00")
        stems = tuple(dict.fromkeys(Path(n).stem for n in names.split() if n.endswith(".yaml")))
        commits.append(Commit(sha, date, subject, stems))
    return commits
