"""Builds the site, then prints the size of the Pagefind index and what typical queries download in a
real browser (headless Debian Chromium): the bytes fetched from /pagefind/ for the first query on an
opened search page (WebAssembly, index chunks, result fragments) and for a follow-up query on the same
page (the query plus " pilot"), when the bundle is already loaded.

    .venv/bin/python benchmarks/search_sizes.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from urllib.parse import quote

from site_sizes import build, kb

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from browser import CHROMIUM, CHROMIUM_ARGS, serve  # noqa: E402

QUERIES = ["Boxtel", "Den Bosch", "taalmaatje", "Land van Cuijk", "VluchtelingenWerk", "brede intake"]


def main() -> None:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        seconds = build(site)
        index = [p for p in (site / "pagefind").rglob("*") if p.is_file()]
        print(f"build incl. indexeren: {seconds:.2f} s")
        print(f"Pagefind-map: {len(index)} bestanden, {kb(sum(p.stat().st_size for p in index))}")
        with serve(site) as url, sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            print(f"{'zoekvraag':20} {'eerste keer':>12} {'vervolgvraag':>13} {'treffers':>9}")
            for query in QUERIES:
                page = browser.new_page()
                sizes: list[int] = []

                def record(response, sizes=sizes) -> None:
                    if "/pagefind/" in response.url and response.status < 300:
                        sizes.append(len(response.body()))

                page.on("response", record)
                page.goto(f"{url}zoeken/")
                page.wait_for_load_state("networkidle")
                before = sum(sizes)
                page.goto(f"{url}zoeken/?q={quote(query)}")
                page.wait_for_selector(".kb-resultaat")
                page.wait_for_load_state("networkidle")
                total = sum(sizes) - before
                count = page.locator("#kb-zoekstatus").inner_text().split()[0]
                # Second query on the same page: the bundle is already loaded, only index chunks come in.
                sizes.clear()
                page.fill("#kb-zoekvraag", query + " pilot")
                page.wait_for_timeout(800)
                page.wait_for_load_state("networkidle")
                print(f"{query:20} {kb(total)} {kb(sum(sizes))} {count:>9}")
                page.close()
            browser.close()


if __name__ == "__main__":
    main()
