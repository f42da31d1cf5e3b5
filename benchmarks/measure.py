"""One build in a fresh child process, measured: wall clock, CPU time and peak memory of the whole process tree.

Peak memory is counted two ways, both honest for a build that starts other programs (Pagefind):
- `tree`: the highest sum of the resident memory of the build and every process it started at that moment,
  sampled every 20 ms from /proc (what the machine must have free);
- `largest`: the largest single process (`ru_maxrss` from wait4, exact, but blind to processes running side by
  side).
A bare Material build starts no other process, so for it both are the same.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path

PAGE = os.sysconf("SC_PAGE_SIZE")
SAMPLE_EVERY = 0.02  # seconds


@dataclass(frozen=True)
class Measurement:
    wall: float  # seconds
    cpu: float  # seconds, user + system, of the build and the processes it waited for
    tree: int  # bytes, peak of the summed resident memory of the process tree
    largest: int  # bytes, peak resident memory of the largest single process


def _children() -> dict[int, list[int]]:
    found: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            fields = Path(entry.path, "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # ended meanwhile
        found.setdefault(int(fields[1]), []).append(int(entry.name))
    return found


def tree_rss(pid: int) -> int:
    """Resident bytes of `pid` and all its descendants now."""
    children, total, todo = _children(), 0, [pid]
    while todo:
        current = todo.pop()
        with contextlib.suppress(OSError, IndexError, ValueError):
            total += int(Path(f"/proc/{current}/statm").read_text().split()[1]) * PAGE
        todo.extend(children.get(current, ()))
    return total


def measured_run(command: list[str], cwd: Path, **popen: object) -> Measurement:
    """Run `command` to its end and measure it; raises CalledProcessError when it fails."""
    start = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, **popen)  # type: ignore[call-overload]
    peak, done = [0], threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], tree_rss(process.pid))
            done.wait(SAMPLE_EVERY)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(process.pid, 0)  # the child's own rusage, not that of every earlier child
    wall = time.perf_counter() - start
    done.set()
    sampler.join()
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        raise subprocess.CalledProcessError(process.returncode, command)
    return Measurement(wall, usage.ru_utime + usage.ru_stime, peak[0], usage.ru_maxrss * 1024)
