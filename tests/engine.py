"""Which engine tests and benchmarks start, in one place: ProperDocs (the README's commands use it) unless
KENNISBANK_ENGINE=mkdocs asks for MkDocs 1.6.1. Every build or preview in tests/ and benchmarks/ goes
through `engine_command`, so which engine is tested is a choice, not an accident."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ENGINES = ("properdocs", "mkdocs")
ENGINE = os.environ.get("KENNISBANK_ENGINE", "properdocs")
CONFIG = "mkdocs.yml"  # the site settings; named explicitly, so neither engine guesses or hints at a rename
# Both engines' notices about each other (and Material's end-of-life banner) are noise in test output.
QUIET = {"NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}
os.environ.update(QUIET)

if ENGINE not in ENGINES:
    raise SystemExit(f"KENNISBANK_ENGINE={ENGINE!r}: kies uit {', '.join(ENGINES)}")


def engine_command(command: str, *args: str, engine: str = ENGINE) -> list[str]:
    """`python -m ENGINE COMMAND -f mkdocs.yml ARGS`, run with the project folder as working folder."""
    return [sys.executable, "-m", engine, command, "-f", CONFIG, *args]


def build(
    root: Path, site: Path, *args: str, engine: str = ENGINE, strict: bool = True, **run: object
) -> subprocess.CompletedProcess:
    """A build (--strict, as the README's command) of the project in `root` into `site`; output captured as
    text unless `run` says otherwise."""
    options = {"capture_output": True, "text": True, **run}
    flags = ["--strict"] if strict else []
    return subprocess.run(engine_command("build", *flags, "-d", str(site), *args, engine=engine), cwd=root, **options)  # type: ignore[call-overload]


def serve(root: Path, port: int, *args: str, engine: str = ENGINE, **popen: object) -> subprocess.Popen:
    """The preview of the project in `root` on 127.0.0.1:`port`."""
    return subprocess.Popen(
        engine_command("serve", "--dev-addr", f"127.0.0.1:{port}", *args, engine=engine), cwd=root, **popen
    )  # type: ignore[call-overload]
