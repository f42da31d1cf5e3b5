"""Run Pagefind over the built site: the search index and its JavaScript, written next to the pages."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from kennisbank.views.search import NOT_INDEXED_SECTIONS

# Cells, terms and list items that touch in the HTML (`</th><th>`, `</dd><dt>`) would run together in the text
# Pagefind indexes ("SoortThemaRol", "DivosaTekstredactie"); a space between them keeps the words apart. Browsers
# ignore that space in tables, description lists and block lists, so the page looks the same.
_TOUCHING = re.compile(r"(</(?:th|td|tr|dt|dd|li|caption|summary|figcaption)>)(?=<)", re.I)
# A table's column headings are labels, not what the page says: read into the index they would run together at the
# start of a snippet ("Pilot of initiatief Soort Thema Rol van Boxtel"), and make every table a hit for "thema".
_COLUMN_HEADINGS = re.compile(r"<thead(?![^>]*data-pagefind-ignore)(?=[\s>])", re.I)


def for_the_index(markup: str) -> str:
    """The page's HTML as Pagefind should read it: a space after every cell, term, definition and list item that
    touches the next, and the tables' column headings left out of the index (still on the page)."""
    return _COLUMN_HEADINGS.sub("<thead data-pagefind-ignore", _TOUCHING.sub(r"\1 ", markup))


@dataclass(frozen=True)
class IndexResult:
    pages: int
    files: int
    bytes: int

    def summary(self) -> str:
        """The log line about the index, in Dutch."""
        return f"Pagefind: {self.pages} pagina's geïndexeerd, {self.files} bestanden, {self.bytes / 1024:.0f} kB"


def pages_to_read(site_dir: Path) -> str:
    """The pages Pagefind reads, as its glob: the home page and every folder except the sections search leaves
    out (views.search). Pagefind indexes only pages marked data-pagefind-body, so the index is the same; it just
    does not parse the comparisons and other pages it would skip (a third of the pages at 100x the records)."""
    skipped = {section.strip("/") for section in NOT_INDEXED_SECTIONS}
    folders = sorted(entry.name for entry in site_dir.iterdir() if entry.is_dir() and entry.name not in skipped)
    return "{" + ",".join(["index.html", *(f"{name}/**/*.html" for name in folders)]) + "}"


def _index(site_dir: Path, output: Path) -> int:
    """Pagefind's own command (`python -m pagefind`, as its documentation runs it from Python): it has written every
    file when it exits. (Its Python API's service could be stopped while a file was still being written: a
    truncated WASM file, found by tests/adapter/test_reproducible.py.) Returns the number of pages indexed."""
    command = [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--output-path", str(output)]
    command += ["--glob", pages_to_read(site_dir), "--quiet"]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        said = (done.stderr or done.stdout).strip().splitlines()
        raise RuntimeError(f"Pagefind stopte met code {done.returncode}" + (f": {said[-1]}" if said else ""))
    return sum(1 for _ in (output / "fragment").glob("*.pf_fragment"))  # one fragment per page


# Pagefind also writes its ready-made interfaces; the search page uses only pagefind.js (its JS API),
# so these are not published.
UNUSED_BUNDLE_FILES = (
    "pagefind-ui.js",
    "pagefind-ui.css",
    "pagefind-modular-ui.js",
    "pagefind-modular-ui.css",
    "pagefind-component-ui.js",
    "pagefind-component-ui.css",
    "pagefind-highlight.js",
)


def index_site(site_dir: Path, output: Path | None = None, attempts: int = 3) -> IndexResult:
    """Index a built site; writes site_dir/pagefind (or `output`, to be moved there later). A written index
    with an empty file is never published: indexing is tried again, and fails loudly if it stays broken."""
    site_dir = Path(site_dir)
    output = Path(output) if output else site_dir / "pagefind"
    for _ in range(attempts):
        shutil.rmtree(output, ignore_errors=True)
        pages = _index(site_dir, output)
        for name in UNUSED_BUNDLE_FILES:
            (output / name).unlink(missing_ok=True)
        files = [p for p in output.rglob("*") if p.is_file()]
        if files and all(p.stat().st_size for p in files):
            return IndexResult(pages, len(files), sum(p.stat().st_size for p in files))
    raise RuntimeError(f"Pagefind schreef een onvolledige zoekindex in {output}")
