"""Builds the site into a temporary folder and prints what readers download: the bytes of every map
page (page HTML + map file, and the shared Leaflet files once), and the build time.

    .venv/bin/python benchmarks/site_sizes.py
"""

from __future__ import annotations

import gzip
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build(site: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)], cwd=ROOT, check=True,
                   env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    return time.perf_counter() - start


def kb(size: int) -> str:
    return f"{size / 1024:8.1f} kB"


def gzipped(*paths: Path) -> int:
    """Bytes over the wire when the server compresses (as most do)."""
    return sum(len(gzip.compress(p.read_bytes(), 6)) for p in paths)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        seconds = build(site)
        pages = sorted(site.rglob("*.html"))
        print(f"build: {seconds:.2f} s, {len(pages)} HTML-bestanden, totaal {kb(sum(p.stat().st_size for p in site.rglob('*') if p.is_file()))}")
        leaflet = sum(p.stat().st_size for p in (site / "assets" / "leaflet").rglob("*") if p.is_file())
        print(f"Leaflet (gedeeld, één keer per bezoek): {kb(leaflet)}")
        print(f"{'kaartpagina':44} {'pagina':>11} {'kaart':>11} {'samen':>11} {'gzip':>11}")
        for map_file in sorted((site / "kaarten").glob("*.html")):
            slug = map_file.stem
            if slug == "nederland":
                page = site / "provincies" / "index.html"
            elif slug.startswith("provincie-"):
                page = site / "provincies" / slug.removeprefix("provincie-") / "index.html"
            else:
                page = site / "themas" / slug.removeprefix("thema-") / "index.html"
            page_size, map_size = page.stat().st_size, map_file.stat().st_size
            print(f"{page.relative_to(site).as_posix():44} {kb(page_size)} {kb(map_size)} {kb(page_size + map_size)} "
                  f"{kb(gzipped(page, map_file))}")


if __name__ == "__main__":
    main()
