"""When data last changed, per line, from git: the page of a record shows its own last change.

Read from committed history only, so two builds of the same commit show the same dates.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path


def line_dates(path: Path) -> dict[int, str]:
    """1-based line -> ISO date of the commit that last changed it; empty when git is unavailable.
    Lines changed but not committed are left out."""
    path = Path(path).resolve()
    try:
        result = subprocess.run(["git", "blame", "--line-porcelain", "--", path.name], cwd=path.parent,
                                capture_output=True, text=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        return {}
    dates: dict[int, str] = {}
    line = 0
    committed = False
    for row in result.stdout.splitlines():
        if row.startswith("\t"):
            continue
        fields = row.split(" ")
        if len(fields) >= 3 and len(fields[0]) == 40 and fields[1].isdigit() and fields[2].isdigit():
            line = int(fields[2])
            committed = set(fields[0]) != {"0"}
        elif row.startswith("committer-time ") and committed:
            stamp = int(fields[1])
            dates[line] = dt.datetime.fromtimestamp(stamp, dt.timezone.utc).date().isoformat()
    return dates


def last_change(dates: dict[int, str], first_line: int, last_line: int) -> str | None:
    found = [dates[n] for n in range(first_line, last_line + 1) if n in dates]
    return max(found) if found else None


def commit_timestamp(path: Path) -> int | None:
    """Unix time of the last commit of the repository holding `path`, or None outside git."""
    try:
        result = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=Path(path), capture_output=True, text=True,
                                check=True)
    except (OSError, subprocess.CalledProcessError):
        return None
    text = result.stdout.strip()
    return int(text) if text.isdigit() else None
