"""The last step of a build, in a process of its own: indexing the staged site with Pagefind and publishing it.

`events.on_shutdown` replaces the engine's process by this one (os.execve: the same process, its output and its
exit code, for whoever started the build) once every page is written. Pagefind then starts while nothing of the
engine, the theme or the pages is still in memory: at 1x the records the engine's Python held 70 MB on top of
Pagefind, at 100x 370 MB. This module imports neither the engine nor the theme, so the process stays small."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

import kennisbank
from kennisbank.adapter.staging import StagedSite
from kennisbank.render.search_index import index_site


def index_and_publish(staged: StagedSite, started: float, shown: str, say: Callable[[str], None]) -> str | None:
    """Index the staged site and publish it; `say` gets the log lines. On failure nothing is published (the
    previous site stays) and the reason is returned, in Dutch, as the message the build stops with."""
    try:
        result = index_site(staged.staging)
    except Exception as error:
        staged.discard()
        return (
            f"Bouwen gestopt: de zoekindex kon niet worden gemaakt ({type(error).__name__}: {error}); {shown} is "
            "niet veranderd. Bouw opnieuw; gaat het weer mis, vraag dan hulp en stuur deze melding mee."
        )
    except BaseException:  # stopped with Ctrl+C
        staged.discard()
        raise
    say(result.summary())
    staged.publish()
    seconds = f"{time.monotonic() - started:.2f}".replace(".", ",")  # the monotonic clock is the machine's
    say(f"Site gebouwd in {seconds} seconden: {shown}")
    return None


def hand_over(staged: StagedSite, started: float, shown: str, quiet: bool) -> NoReturn:
    """Replace this process by `python -m kennisbank.adapter.finish` for the staged build (never returns). The
    caller flushes its output first; the package is found where this one was loaded from. `quiet`: the engine
    shows no INFO lines (`build -q`), and neither does the rest of the build."""
    package_root = str(Path(kennisbank.__file__).resolve().parents[1])
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, (package_root, env.get("PYTHONPATH"))))
    arguments = [sys.executable, "-m", "kennisbank.adapter.finish", str(staged.target), repr(started), shown]
    os.execve(sys.executable, [*arguments, "stil" if quiet else ""], env)


def main(argv: list[str]) -> int:
    target, started, shown, quiet = argv

    def say(text: str) -> None:
        """A log line as the engine writes one (level, then the message) on standard error; none when quiet."""
        if not quiet:
            print(f"{'INFO':<8}-  {text}", file=sys.stderr, flush=True)

    try:
        stopped = index_and_publish(StagedSite(Path(target)), float(started), shown, say)
    except KeyboardInterrupt:
        return 130
    if stopped:
        print(f"\n{stopped}", flush=True)  # where the engine prints why it stopped: standard output
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
