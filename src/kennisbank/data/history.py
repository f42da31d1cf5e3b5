"""When data last changed, per line, from git: the page of a record shows its own last change.

Read from committed history only, so two builds of the same commit show the same dates.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from pathlib import Path

from kennisbank.common.store import Store, key_of


def head_commit(folder: Path) -> str | None:
    """The commit HEAD points at; None outside git."""
    try:
        return subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=folder, capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None


def line_dates(path: Path, head: str | None = None, store: Store | None = None) -> dict[int, str]:
    """1-based line -> ISO date of the commit that last changed it; empty when git is unavailable.
    Lines changed but not committed are left out. `head`: HEAD's commit when the caller has looked it up
    already (one look-up for all files of a folder instead of one each). `store`: where the answer is kept,
    under the file's content and HEAD (the preview builds again after every change; git blame of a file that
    did not change gives the same answer)."""
    path = Path(path).resolve()
    head = head or head_commit(path.parent)
    if head is None:
        return {}
    try:
        content = path.read_bytes()
    except OSError:
        return {}
    store = store or Store(None)
    kept = store.made("regeldata", key_of(str(path), content, head), lambda: json.dumps(_blame(path)).encode())
    return {int(line): day for line, day in json.loads(kept).items()}


def _blame(path: Path) -> dict[int, str]:
    try:
        # --porcelain names each commit's details once (not on every line as --line-porcelain does).
        result = subprocess.run(
            ["git", "blame", "--porcelain", "--", path.name],
            cwd=path.parent,
            capture_output=True,
            text=True,
            check=True,
        )
    except (OSError, subprocess.CalledProcessError):
        return {}
    dates: dict[int, str] = {}
    times: dict[str, int] = {}
    commit, line, lines_in_group = "", 0, 0
    for row in result.stdout.splitlines():
        if row.startswith("\t"):
            continue
        fields = row.split(" ")
        if len(fields) >= 3 and len(fields[0]) == 40 and fields[1].isdigit() and fields[2].isdigit():
            commit, line = fields[0], int(fields[2])
            if len(fields) >= 4:
                lines_in_group = int(fields[3])
                for number in range(line, line + lines_in_group):
                    dates[number] = commit  # resolved to a date below, once the commit's time is known
            else:
                dates[line] = commit
        elif row.startswith("committer-time "):
            times[commit] = int(fields[1])
    return {
        number: dt.datetime.fromtimestamp(times[sha], dt.UTC).date().isoformat()
        for number, sha in dates.items()
        if set(sha) != {"0"} and sha in times
    }


def last_change(dates: dict[int, str], first_line: int, last_line: int) -> str | None:
    found = [dates[n] for n in range(first_line, last_line + 1) if n in dates]
    return max(found) if found else None


def last_change_of(folder: Path) -> str | None:
    """ISO date of the last commit that changed something in `folder`; None outside git."""
    try:
        result = subprocess.run(
            ["git", "log", "-1", "--format=%cs", "--", "."],
            cwd=Path(folder),
            capture_output=True,
            text=True,
            check=True,
        )
    except (OSError, subprocess.CalledProcessError):
        return None
    return result.stdout.strip() or None


def commit_timestamp(path: Path) -> int | None:
    """Unix time of the last commit of the repository holding `path`, or None outside git."""
    try:
        result = subprocess.run(
            ["git", "log", "-1", "--format=%ct"], cwd=Path(path), capture_output=True, text=True, check=True
        )
    except (OSError, subprocess.CalledProcessError):
        return None
    text = result.stdout.strip()
    return int(text) if text.isdigit() else None
