"""A reader's visit in a real browser (Debian's Chromium through Playwright, one context with its cache
on): home, two theme pages, /provincies/, one provincie, one pilot and a search for "brede intake".
Prints the bytes per page and the total: transferred (served with gzip for text, as a static host
would, cache headers as GitHub Pages sends them) and uncompressed, each request of a page with --detail, and the
budget of issue 26 (visit <= 600 kB uncompressed; <= 150 kB sent apart from Pagefind's engine, its WASM and
pagefind.js; home page <= 100 kB uncompressed), with exit code 1 when the visit is over budget.

    .venv/bin/python benchmarks/visit_weight.py               # builds the site into a temporary folder
    .venv/bin/python benchmarks/visit_weight.py --site site   # measures an existing build
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import io
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
import engine  # noqa: E402  (tests/engine.py: which engine builds)
from browser import CHROMIUM, CHROMIUM_ARGS  # noqa: E402  (tests/browser.py: the same browser as the tests)

TEXT_TYPES = (
    "text/",
    "application/javascript",
    "application/json",
    "image/svg+xml",
    "application/xml",
    "application/wasm",
)  # Pagefind's WASM compresses well and static hosts gzip it too
SEARCH = "brede intake"
# Budget (issue 26), in kB: the whole visit uncompressed, sent with gzip apart from Pagefind's engine, and the home
# page uncompressed.
BUDGET_VISIT_DECODED, BUDGET_VISIT_WIRE, BUDGET_HOME_DECODED = 600, 150, 100


def is_search_engine(url: str) -> bool:
    """Pagefind's engine: its WASM and pagefind.js, the same files for every site (not its index)."""
    name = url.split("?")[0].rsplit("/", 1)[-1]
    return "/pagefind/" in url and (name.startswith("wasm.") or name in ("pagefind.js", "pagefind-worker.js"))


class _GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Static files with gzip for text types and a short cache lifetime (max-age=600, as GitHub Pages)."""

    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".js": "application/javascript",
        ".wasm": "application/wasm",
        ".json": "application/json",
        ".pf_meta": "application/octet-stream",
    }

    def send_head(self):  # noqa: D102 - same contract as the base class
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?")[0].endswith("/"):
                return super().send_head()  # redirect to the slash URL
            path = path / "index.html"
        if not path.is_file():
            self.send_error(404)
            return None
        body = path.read_bytes()
        kind = self.guess_type(str(path))
        if kind.startswith(TEXT_TYPES) and "gzip" in self.headers.get("Accept-Encoding", ""):
            body = gzip.compress(body, 6, mtime=0)
            encoding = "gzip"
        else:
            encoding = None
        self.send_response(200)
        self.send_header("Content-Type", kind)
        if encoding:
            self.send_header("Content-Encoding", encoding)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "max-age=600")
        self.end_headers()
        return io.BytesIO(body)

    def log_message(self, format, *args):  # noqa: A002
        pass


@contextmanager
def serve(directory: Path) -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_GzipHandler, directory=str(directory))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


class Meter:
    """Bytes of one page view from Chromium's own network events: transferred (encoded, headers included,
    0 for what came from the cache) and the decoded size of what was downloaded."""

    def __init__(self, cdp):
        self.requests: dict[str, dict] = {}
        cdp.send("Network.enable")
        cdp.on("Network.responseReceived", self._response)
        cdp.on("Network.requestServedFromCache", self._from_cache)
        cdp.on("Network.dataReceived", self._data)
        cdp.on("Network.loadingFinished", self._finished)

    def reset(self) -> None:
        self.requests = {}

    def _entry(self, request_id: str) -> dict:
        return self.requests.setdefault(request_id, {"url": "", "wire": 0, "decoded": 0, "cached": False})

    def _response(self, event) -> None:
        entry = self._entry(event["requestId"])
        entry["url"] = event["response"]["url"]
        if event["response"].get("fromDiskCache") or event["response"].get("fromPrefetchCache"):
            entry["cached"] = True

    def _from_cache(self, event) -> None:
        self._entry(event["requestId"])["cached"] = True

    def _data(self, event) -> None:
        self._entry(event["requestId"])["decoded"] += event["dataLength"]

    def _finished(self, event) -> None:
        self._entry(event["requestId"])["wire"] = event["encodedDataLength"]

    def totals(self) -> tuple[int, int, int, list[tuple[str, int, int]]]:
        downloaded = [r for r in self.requests.values() if not r["cached"] and r["url"]]
        detail = sorted(((r["url"], r["wire"], r["decoded"]) for r in downloaded), key=lambda d: -d[2])
        return (sum(r["wire"] for r in downloaded), sum(r["decoded"] for r in downloaded), len(downloaded), detail)


def search(page, base: str) -> str:
    """Type the query into the search page's field; without one (another search UI), open it by address."""
    page.goto(base + "zoeken/", wait_until="networkidle")
    links_before = page.locator("main a").count()
    field = page.locator("main input[type=search], .md-content input[type=search]").first
    try:
        field.wait_for(state="visible", timeout=5000)
        field.click()
        field.type(SEARCH, delay=40)
        how = "getypt"
    except Exception:  # noqa: BLE001 - no field: the search page reads ?q=
        page.goto(base + "zoeken/?q=" + SEARCH.replace(" ", "+"), wait_until="networkidle")
        how = "via ?q="
    page.wait_for_load_state("networkidle")
    # Results are links that were not on the page before (the field may also be opened by address).
    # (polled from Python: the site's Content-Security-Policy forbids the eval that wait_for_function uses)
    for _ in range(150):
        if page.locator("main a").count() > links_before:
            break
        page.wait_for_timeout(100)
    else:
        raise RuntimeError(f"geen zoekresultaten voor '{SEARCH}' binnen 15 s")
    page.wait_for_timeout(500)
    page.wait_for_load_state("networkidle")
    return how


def visit(base: str) -> list[tuple[str, int, int, int, list]]:
    from playwright.sync_api import sync_playwright

    steps = [
        ("home", ""),
        ("thema b1-route", "themas/b1-route/"),
        ("thema brede-intake", "themas/brede-intake/"),
        ("provincies", "provincies/"),
        ("provincie overijssel", "provincies/overijssel/"),
        ("pilot b1-route-almelo", "pilots/b1-route-almelo/"),
        ("zoeken 'brede intake'", None),
    ]
    rows = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        page = context.new_page()
        meter = Meter(context.new_cdp_session(page))
        # Pagefind fetches its index from a web worker, which the page's CDP session does not see: the
        # context's own events catch those requests.
        finished: list = []
        context.on("requestfinished", lambda request: finished.append(request))
        for name, path in steps:
            meter.reset()
            finished.clear()
            if path is None:
                name += f" ({search(page, base)})"
            else:
                page.goto(base + path, wait_until="networkidle")
                page.wait_for_timeout(300)  # maps load their tiles of geometry after the load event
                page.wait_for_load_state("networkidle")
            wire, decoded, count, detail = meter.totals()
            seen = {r["url"] for r in meter.requests.values()}
            for request in [r for r in finished if r.url not in seen and not r.url.startswith("data:")]:
                sizes, response = request.sizes(), request.response()
                body = len(response.body()) if response else 0
                request_wire = sizes["responseBodySize"] + sizes["responseHeadersSize"]
                wire, decoded, count = wire + request_wire, decoded + body, count + 1
                detail.append((request.url + " (worker)", request_wire, body))
            rows.append((name, wire, decoded, count, sorted(detail, key=lambda d: -d[2])))
        browser.close()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, help="a built site (default: build one into a temporary folder)")
    parser.add_argument("--detail", action="store_true", help="every request of every page, largest first")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kb-visit-") as tmp:
        site = args.site
        if site is None:
            site = Path(tmp) / "site"
            engine.build(ROOT, site, "-q", check=True, capture_output=False)
        with serve(site) as base:
            rows = visit(base)
    print(f"{'stap':34} {'verstuurd (gzip)':>17} {'onverpakt':>11} {'verzoeken':>10}")
    for name, wire, decoded, count, detail in rows:
        print(f"{name:34} {wire / 1024:14.0f} kB {decoded / 1024:8.0f} kB {count:10d}")
        if args.detail:
            for url, request_wire, request_decoded in detail:
                print(
                    f"  {url.removeprefix(base)[:60]:62} {request_wire / 1024:9.1f} kB {request_decoded / 1024:8.1f} kB"
                )
    wire, decoded, count = (sum(r[i] for r in rows) for i in (1, 2, 3))
    print(f"{'totaal bezoek':34} {wire / 1024:14.0f} kB {decoded / 1024:8.0f} kB {count:10d}")
    # What any search costs before a single result is shown: Pagefind's engine (WASM, pagefind.js, its worker,
    # the index metadata) and the index chunks of the words typed. Its chunk size is fixed inside Pagefind
    # (pagefind/src/index/mod.rs: chunk_index(word_map, 20000)), so this part does not shrink with the site.
    fixed = [
        (url, w, d)
        for _, _, _, _, detail in rows
        for url, w, d in detail
        if "/pagefind/" in url and "/fragment/" not in url and "/filter/" not in url
    ]
    print(
        f"{'  waarvan Pagefinds vaste deel':34} {sum(w for _, w, _ in fixed) / 1024:14.0f} kB "
        f"{sum(d for _, _, d in fixed) / 1024:8.0f} kB {len(fixed):10d}  (zoekmachine en indexdelen)"
    )
    search_engine = [w for _, _, _, _, detail in rows for url, w, _ in detail if is_search_engine(url)]
    print(
        f"{'  waarvan Pagefinds zoekmachine':34} {sum(search_engine) / 1024:14.0f} kB {'':8}    {len(search_engine):10d}  (WASM en pagefind.js)"
    )
    home = rows[0][2] / 1024
    checks = [
        ("bezoek onverpakt", decoded / 1024, BUDGET_VISIT_DECODED),
        ("verstuurd zonder zoekmachine", (wire - sum(search_engine)) / 1024, BUDGET_VISIT_WIRE),
        ("home onverpakt", home, BUDGET_HOME_DECODED),
    ]
    print()
    for label, value, budget in checks:
        print(f"budget {label:28} {value:6.1f} kB van {budget} kB: {'binnen' if value <= budget else 'TE VEEL'}")
    if any(value > budget for _, value, budget in checks):
        sys.exit(1)


if __name__ == "__main__":
    main()
