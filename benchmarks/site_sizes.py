"""Prints what readers download for the maps: every page with a map (the page HTML, the map inside it or
the framed map document it loads), the gemeente pages' locator maps, the documents opened on demand,
and the build time.

    .venv/bin/python benchmarks/site_sizes.py               # builds the site into a temporary folder
    .venv/bin/python benchmarks/site_sizes.py --site site   # measures an existing build (e.g. an older one)
"""

from __future__ import annotations

import argparse
import gzip
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
import engine  # noqa: E402  (tests/engine.py: which engine builds)


def build(site: Path) -> float:
    start = time.perf_counter()
    engine.build(ROOT, site, "-q", check=True, capture_output=False)
    return time.perf_counter() - start


def kb(size: float) -> str:
    return f"{size / 1024:8.1f} kB"


def gz(data: bytes) -> int:
    """Bytes over the wire when the server compresses (as most do)."""
    return len(gzip.compress(data, 6))


def report(site: Path) -> None:
    pages = sorted(site.rglob("index.html"))
    print(f"{len(pages)} pagina's, site totaal {kb(sum(p.stat().st_size for p in site.rglob('*') if p.is_file()))}")
    on_demand = sorted((site / "kaarten").glob("*.html"))
    leaflet = sum(p.stat().st_size for p in (site / "assets" / "leaflet").rglob("*") if p.is_file())
    print(
        f"Leaflet: {kb(leaflet)}; kaartdocumenten in kaarten/: {len(on_demand)}, samen "
        f"{kb(sum(p.stat().st_size for p in on_demand))}"
    )
    print(f"{'pagina met kaart':40} {'pagina':>11} {'kaart':>11} {'samen':>11} {'gzip':>11}")
    for page in pages:
        text = page.read_text("utf-8")
        framed = re.search(r'<figure class="kb-kaart"><iframe src="([^"]+)"', text)
        inline = re.search(r'<svg class="kb-kaart-svg".*?</svg>', text, re.S)
        if not framed and not inline:
            continue
        body = page.read_bytes()
        if framed:  # the map is a separate document the page frames
            map_bytes = (page.parent / framed.group(1)).read_bytes()
            total, wire = len(body) + len(map_bytes), gz(body) + gz(map_bytes)
        else:
            map_bytes = inline.group(0).encode()
            total, wire = len(body), gz(body)
        print(
            f"{page.parent.relative_to(site).as_posix() + '/':40} {kb(len(body))} {kb(len(map_bytes))} "
            f"{kb(total)} {kb(wire)}"
        )
    locators = [
        re.search(r'<svg class="kb-ligging".*?</svg>', p.read_text("utf-8"), re.S)
        for p in sorted((site / "gemeenten").glob("*/index.html"))
    ]
    found = [len(m.group(0)) for m in locators if m]
    if found:
        print(
            f"ligging op gemeentepagina's: {len(found)} kaartjes, gemiddeld {kb(sum(found) / len(found))}, "
            f"grootste {kb(max(found))}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, help="een bestaande build meten in plaats van te bouwen")
    args = parser.parse_args()
    if args.site:
        report(args.site)
        return
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        print(f"build: {build(site):.2f} s")
        report(site)


if __name__ == "__main__":
    main()
