"""Lighthouse (mobile, simulated throttling), performance and accessibility, on home, a pilot, a theme, the search
page with results, a gemeente that took no part and a comparison page, served on loopback with gzip as a static
host would (the server of visit_weight.py).

    .venv/bin/python benchmarks/lighthouse.py --site /tmp/site            # installs Lighthouse with npm
    .venv/bin/python benchmarks/lighthouse.py --site /tmp/site --lighthouse /tmp/lh/node_modules/.bin/lighthouse

Needs Node and npm (Lighthouse comes from the npm registry into a temporary folder) and /usr/bin/chromium.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from visit_weight import CHROMIUM, serve  # noqa: E402

PAGES = (
    ("home", ""),
    ("pilot", "pilots/b1-route-almelo/"),
    ("thema", "themas/b1-route/"),
    ("zoeken", "zoeken/?q=brede+intake"),
    ("gemeente", "gemeenten/middelburg/"),
    ("vergelijk", "vergelijk/b1-route-almelo/"),
)
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-background-networking "
    "--disable-component-update --disable-sync --no-first-run --disable-default-apps"
)


def lighthouse_binary(folder: Path) -> Path:
    subprocess.run(
        ["npm", "install", "--prefix", str(folder), "--no-audit", "--no-fund", "--silent", "lighthouse@13"], check=True
    )
    return folder / "node_modules" / ".bin" / "lighthouse"


def run(binary: Path, url: str, report: Path) -> dict:
    subprocess.run(
        [
            str(binary),
            url,
            "--quiet",
            "--output=json",
            f"--output-path={report}",
            f"--chrome-flags={CHROME_FLAGS}",
            "--only-categories=performance,accessibility",
        ],
        check=True,
        env={**os.environ, "CHROME_PATH": CHROMIUM},
        timeout=300,
    )
    return json.loads(report.read_text("utf-8"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, required=True, help="a built site")
    parser.add_argument("--lighthouse", type=Path, help="the lighthouse program (default: npm install it)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kb-lighthouse-") as tmp:
        binary = args.lighthouse or lighthouse_binary(Path(tmp))
        with serve(args.site.resolve()) as base:
            print(
                f"{'pagina':8} {'score':>5} {'FCP':>7} {'LCP':>7} {'TBT':>6} {'CLS':>6} {'toegank.':>8}  render-blocking"
            )
            for name, path in PAGES:
                result = run(binary, base + path, Path(tmp) / f"{name}.json")
                audits = result["audits"]
                score = round(result["categories"]["performance"]["score"] * 100)
                access = result["categories"]["accessibility"]
                # Accessibility audits that failed (score 0 of a weighted audit), to look at by name.
                failed = [
                    ref["id"]
                    for ref in access["auditRefs"]
                    if ref.get("weight") and audits[ref["id"]].get("score") == 0
                ]
                blocking = [
                    Path(item["url"].split("?")[0]).name
                    for item in (audits.get("render-blocking-insight") or audits.get("render-blocking-resources") or {})
                    .get("details", {})
                    .get("items", [])
                    if isinstance(item, dict) and "url" in item
                ]
                print(
                    f"{name:8} {score:5d} {audits['first-contentful-paint']['displayValue']:>7} "
                    f"{audits['largest-contentful-paint']['displayValue']:>7} "
                    f"{audits['total-blocking-time']['displayValue']:>6} "
                    f"{audits['cumulative-layout-shift']['displayValue']:>6} {round(access['score'] * 100):8d}  "
                    f"{', '.join(blocking) or '-'}",
                    flush=True,
                )
                if failed:
                    print(f"         toegankelijkheid, niet gehaald: {', '.join(failed)}", flush=True)


if __name__ == "__main__":
    main()
