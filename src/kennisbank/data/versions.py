"""The data as it was in an earlier version, read from git: to keep published addresses (data/adressen.py) and
to say what changed. Outside git, or without that version, there is no earlier version: None."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Any

import yaml

# The base a change is compared with: this setting, else where the branch left the main line, else the last commit.
BASE_SETTING = "KENNISBANK_BASIS"
MAIN_LINES = ("origin/main", "main", "origin/master", "master")


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


def data_at(data_dir: Path, revision: str, names: tuple[str, ...]) -> dict[str, Any] | None:
    """file stem -> parsed YAML of data/<stem>.yaml at `revision`; a file missing there is left out. None when
    the folder is not in git."""
    data_dir = Path(data_dir)
    prefix = _git(data_dir, "rev-parse", "--show-prefix")
    if prefix is None:
        return None
    found: dict[str, Any] = {}
    for name in names:
        text = _git(data_dir, "show", f"{revision}:{prefix.strip()}{name}.yaml")
        if text is None:
            continue
        try:
            found[name] = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        except yaml.YAMLError:
            continue  # an earlier version with a syntax error says nothing about published addresses
    return found
