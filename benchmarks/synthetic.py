"""Realistic, valid synthetic data for benchmarks: a temporary copy of the project whose records are
multiplied (new ids and titles, the real gemeenten, thema's, rode draden and documenten), so the build
does the same work per page as with real data. Never writes into the project's own data/.

    .venv/bin/python benchmarks/synthetic.py 10 /tmp/kopie      # a copy with 10x the records
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from conftest import copy_project  # noqa: E402  (the same copy the tests build from)

_RECORD_START = re.compile(r"^- id: ", re.MULTILINE)


def multiply_records(text: str, factor: int) -> str:
    """pilots.yaml with every record repeated `factor` times; copy n gets id 'ID-variant-n' and a title
    '... (variant n)'. Comments before the first record stay; references to other files are reused."""
    starts = [m.start() for m in _RECORD_START.finditer(text)]
    head, blocks = text[: starts[0]], [text[a:b] for a, b in zip(starts, [*starts[1:], len(text)])]
    out = [head, *blocks]
    for n in range(2, factor + 1):
        for block in blocks:
            block = re.sub(r"^- id: (\S+)", rf"- id: \1-variant-{n}", block, count=1, flags=re.MULTILINE)
            block = re.sub(r'^  titel: "(.*)"$', rf'  titel: "\1 (variant {n})"', block, count=1, flags=re.MULTILINE)
            out.append(block if block.endswith("\n\n") else block.rstrip("\n") + "\n\n")
    return "".join(out).rstrip("\n") + "\n"


def project_copy(target: Path, factor: int = 1, git: bool = True) -> Path:
    """Copy the project into `target` (data multiplied by `factor`); with `git` it becomes a one-commit
    repository, as a clean clone is, so the build's git look-ups (dates per record) cost what they do."""
    copy_project(target)
    pilots = target / "data" / "pilots.yaml"
    if factor > 1:
        pilots.write_text(multiply_records(pilots.read_text("utf-8"), factor), "utf-8")
    if git:
        env = {
            "GIT_AUTHOR_NAME": "bench",
            "GIT_AUTHOR_EMAIL": "bench@localhost",
            "GIT_COMMITTER_NAME": "bench",
            "GIT_COMMITTER_EMAIL": "bench@localhost",
            "GIT_AUTHOR_DATE": "2026-01-01T00:00:00Z",
            "GIT_COMMITTER_DATE": "2026-01-01T00:00:00Z",
            "PATH": "/usr/bin:/bin",
        }
        for args in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "benchmark copy"]):
            subprocess.run(["git", *args], cwd=target, check=True, env=env)
    return target


if __name__ == "__main__":
    factor, target = int(sys.argv[1]), Path(sys.argv[2])
    print(project_copy(target, factor))
