"""Build speed and memory side by side: the project against a bare mkdocs-material site with the same number of
pages and comparable text (Material's default search plugin on), one after the other in the same run, at 1x,
10x and 100x the records; then the `mkdocs serve` preview rebuild after a one-line change in data/pilots.yaml.

    .venv/bin/python benchmarks/build_speed.py              # 5 builds each at 1x and 10x, 1 at 100x; min taken
    .venv/bin/python benchmarks/build_speed.py --runs 3 --factors 1,10 --skip-serve
    .venv/bin/python benchmarks/build_speed.py --serve-only       # only the preview rebuild (3 changes)

Every build runs in a fresh child process (benchmarks/measure.py: wall clock, CPU, peak memory of the process
tree, Pagefind included). Everything happens in temporary copies (benchmarks/synthetic.py); data/ is never
touched.
"""

from __future__ import annotations

import argparse
import html.parser
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import project_copy  # noqa: E402, I001  (first: it puts tests/ on the path)
from browser import free_port  # noqa: E402, I001
from measure import Measurement, measured_run  # noqa: E402, I001
import engine  # noqa: E402, I001

SERVE_TARGET = 2.0  # seconds from saving a change to the browser reloading (issue 21)
TARGET = 1.5  # project / bare, time and memory (issue 25)
NOT_PAGES = ("kaarten/", "assets/", "pagefind/", "data/")


def mkdocs_build(root: Path, site: Path) -> Measurement:
    """One strict build in a fresh process: wall clock, CPU (the build and the processes it starts, such as
    Pagefind's; on a shared machine the steadier figure) and peak memory."""
    return measured_run(engine.engine_command("build", "--strict", "-q", "-d", str(site)), root)


def page_files(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if not p.relative_to(site).as_posix().startswith(NOT_PAGES))


class _ArticleText(html.parser.HTMLParser):
    """The readable text of a page's <article> as Markdown: headings and paragraphs (no markup)."""

    BLOCKS = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "dd", "dt", "caption", "figcaption"}

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0  # inside <article>
        self.lines: list[str] = []
        self.current: list[str] = []
        self.heading = ""

    def handle_starttag(self, tag, attrs):
        if tag == "article":
            self.depth += 1
        elif self.depth and tag in self.BLOCKS:
            self._flush()
            self.heading = "#" * int(tag[1]) + " " if tag in {"h1", "h2", "h3", "h4"} else ""

    def handle_endtag(self, tag):
        if tag == "article":
            self._flush()
            self.depth -= 1
        elif self.depth and tag in self.BLOCKS:
            self._flush()

    def handle_data(self, data):
        if self.depth:
            self.current.append(data)

    def _flush(self):
        text = " ".join("".join(self.current).split())
        if text:
            self.lines.append(self.heading + text.replace("#", "").replace("<", "&lt;"))
        self.current, self.heading = [], ""


def bare_site(project_site: Path, target: Path) -> int:
    """A bare mkdocs-material project with one Markdown page per project page, holding that page's text."""
    docs = target / "docs"
    pages = page_files(project_site)
    sections = set()
    for page in pages:
        rel = page.relative_to(project_site)
        if rel.name == "404.html":
            continue
        parser = _ArticleText()
        parser.feed(page.read_text("utf-8"))
        md = (
            docs
            / (
                rel.parent.as_posix() + ".md"
                if rel.parent.as_posix().count("/")
                else rel.parent.as_posix() + "/index.md"
            )
            if rel.parent.as_posix() != "."
            else docs / "index.md"
        )
        md.parent.mkdir(parents=True, exist_ok=True)
        md.write_text("\n\n".join(parser.lines or ["# Pagina"]) + "\n", "utf-8")
        if rel.parent.as_posix().count("/") == 0:
            sections.add(md.relative_to(docs).as_posix())
    nav = "\n".join(f"  - {s}" for s in sorted(sections))
    (target / "mkdocs.yml").write_text(
        "site_name: Kale Material-site\ntheme:\n  name: material\n  language: nl\n  font: false\n"
        "plugins:\n  - search\n"
        f"nav:\n{nav}\nvalidation:\n  nav:\n    omitted_files: ignore\n",
        "utf-8",
    )
    return len(pages)


def best_of(runs: int, builds: dict[str, tuple[Path, Path]]) -> dict[str, Measurement]:
    """Interleaved builds (a, b, a, b, ...) so that load from others on the machine hits both alike;
    the minimum of each figure."""
    found: dict[str, list[Measurement]] = {name: [] for name in builds}
    for _ in range(runs):
        for name, (root, site) in builds.items():
            found[name].append(mkdocs_build(root, site))
    for name, values in found.items():
        print(
            f"  {name:14} klok "
            + " ".join(f"{m.wall:6.2f}" for m in values)
            + " s | cpu "
            + " ".join(f"{m.cpu:6.2f}" for m in values)
            + " s | geheugen "
            + " ".join(f"{mb(m.tree)}" for m in values)
            + " MB",
            flush=True,
        )
    return {
        name: Measurement(*(min(getattr(m, field) for m in values) for field in Measurement.__dataclass_fields__))
        for name, values in found.items()
    }


def mb(size: int) -> str:
    return f"{size / 1e6:6.0f}"


def process_cpu(pid: int) -> float:
    """CPU seconds of a running process and its finished children (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return sum(int(v) for v in fields[11:15]) / os.sysconf("SC_CLK_TCK")


def serve_rebuild(root: Path, changes: int = 3, timeout: float = 300.0) -> list[tuple[float, float, float]]:
    """Start `mkdocs serve` in `root`, change one line of data/pilots.yaml `changes` times and measure, each
    time, from the change until the log says the browsers reload (wall clock), MkDocs' own build time and
    the CPU time the server used meanwhile."""
    port = free_port()
    process = engine.serve(root, port, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    lines: list[tuple[float, str]] = []
    ready = threading.Event()

    def read() -> None:
        for line in process.stdout:
            lines.append((time.perf_counter(), line.rstrip()))
            ready.set()

    threading.Thread(target=read, daemon=True).start()

    def wait_for(pattern: str, after: int) -> tuple[float, str]:
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            for stamp, line in lines[after:]:
                if re.search(pattern, line):
                    return stamp, line
            if process.poll() is not None:
                break
            time.sleep(0.02)
        raise RuntimeError(
            f"geen '{pattern}' binnen {timeout:.0f} s; log:\n" + "\n".join(line for _, line in lines[-30:])
        )

    results = []
    try:
        wait_for(r"Voorbeeld op", 0)
        time.sleep(1.0)  # let the watcher settle
        pilots = root / "data" / "pilots.yaml"
        for n in range(changes):
            text = pilots.read_text("utf-8")
            mark = len(lines)
            changed = re.sub(
                r'^  titel: "B1-route Almelo[^"]*"$',
                f'  titel: "B1-route Almelo (wijziging {n + 1})"',
                text,
                count=1,
                flags=re.MULTILINE,
            )
            if changed == text:
                raise RuntimeError("testwijziging niet gevonden in data/pilots.yaml")
            start, cpu = time.perf_counter(), process_cpu(process.pid)
            pilots.write_text(changed, "utf-8")
            # The reload line comes after every rebuild. MkDocs' "built in" line does not always: MkDocs leaves
            # out a line it has logged before (mkdocs.utils.DuplicateFilter), so a rebuild exactly as fast as an
            # earlier one has none; then its time is taken from the line that starts the build.
            reload_stamp, _ = wait_for(r"Open pagina.s in de browser worden ververst", mark)
            cpu = process_cpu(process.pid) - cpu
            built = [line for _, line in lines[mark:] if "gebouwd in" in line]
            own = (
                float(re.search(r"gebouwd in ([\d,]+)", built[0]).group(1).replace(",", "."))
                if built
                else reload_stamp - wait_for(r"Site wordt gebouwd", mark)[0]
            )
            results.append((reload_stamp - start, own, cpu))
            if n + 1 < changes:  # the preview's background work (Pagefind, clean-up) is done before the next change
                wait_for(r"Pagefind: \d+ pagina", mark)
                time.sleep(max(1.5, 3.0 - (time.perf_counter() - reload_stamp)))
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="builds per site at 1x and 10x")
    parser.add_argument("--runs-large", type=int, default=1, help="builds per site above 10x")
    parser.add_argument("--factors", default="1,10,100", help="multiples of the records, e.g. 1,10,100")
    parser.add_argument("--skip-serve", action="store_true")
    parser.add_argument("--serve-only", action="store_true", help="alleen de herbouw van de preview meten")
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f} (figures are noisy when others use it)")
    results: dict[int, tuple[int, Measurement, Measurement, Measurement]] = {}
    with tempfile.TemporaryDirectory(prefix="kb-bench-") as tmp:
        tmp_path = Path(tmp)
        if args.serve_only:
            report_serve(tmp_path)
            return
        for factor in (int(f) for f in args.factors.split(",")):
            project = project_copy(tmp_path / f"project-{factor}x", factor)
            project_site = tmp_path / f"site-{factor}x"
            first = mkdocs_build(project, project_site)  # the first build (empty cache), and the bare site's text
            bare = tmp_path / f"bare-{factor}x"
            pages = bare_site(project_site, bare)
            runs = args.runs if factor <= 10 else args.runs_large
            print(
                f"{factor}x de records: {pages} pagina's (project en kale site), {runs} builds elk; eerste build "
                f"van het project (lege cache) {first.wall:.2f} s, cpu {first.cpu:.2f} s, {mb(first.tree).strip()} MB",
                flush=True,
            )
            best = best_of(runs, {"project": (project, project_site), "kale Material": (bare, tmp_path / "b")})
            results[factor] = (pages, best["project"], best["kale Material"], first)
            for site in (project_site, tmp_path / "b"):
                subprocess.run(["rm", "-rf", str(site)], check=True)  # room on the disk for the next size
        report(results)
        if not args.skip_serve:
            report_serve(tmp_path)


def report(results: dict[int, tuple[int, Measurement, Measurement, Measurement]]) -> None:
    """Per size: project, bare and their ratio for each figure, against the target."""
    print()
    figures = (
        ("klok", "wall", "s"),
        ("cpu", "cpu", "s"),
        ("geheugen (boom)", "tree", "MB"),
        ("geheugen (grootste proces)", "largest", "MB"),
    )
    for label, field, unit in figures:
        print(f"{label:27} {'pagina':>7} {'project':>10} {'kaal':>10} {'verhouding':>11}")
        for factor, (pages, own, bare, _) in results.items():
            a, b = getattr(own, field), getattr(bare, field)
            shown = (lambda v: f"{v:8.2f} s") if unit == "s" else (lambda v: f"{v / 1e6:7.0f} MB")
            verdict = "gehaald" if a <= TARGET * b else "niet gehaald"
            print(f"{str(factor) + 'x':27} {pages:7d} {shown(a)} {shown(b)} {a / b:10.2f}x  doel ≤ {TARGET}x {verdict}")
    if len(results) > 1:
        (p1, o1, b1, _), (pn, on, bn, _) = results[min(results)], results[max(results)]
        for label, field in (("klok", "wall"), ("cpu", "cpu")):
            own_ms = (getattr(on, field) - getattr(o1, field)) / (pn - p1) * 1000
            bare_ms = (getattr(bn, field) - getattr(b1, field)) / (pn - p1) * 1000
            print(
                f"{label}: per extra pagina project {own_ms:.1f} ms, kaal {bare_ms:.1f} ms, "
                f"verhouding {own_ms / bare_ms:.2f}x"
            )


def report_serve(tmp_path: Path) -> None:
    """The preview rebuild after three one-line changes, each against the target."""
    rebuilds = serve_rebuild(project_copy(tmp_path / "serve", 1))
    for n, (wall, own, cpu) in enumerate(rebuilds, 1):
        verdict = "gehaald" if wall <= SERVE_TARGET else "niet gehaald"
        print(
            f"voorbeeld ({engine.ENGINE} serve), wijziging {n} van één regel in data/pilots.yaml: {wall:.2f} s tot herladen, doel "
            f"≤ {SERVE_TARGET:.0f} s {verdict} (bouwprogramma: gebouwd in {own:.2f} s; cpu {cpu:.2f} s)",
            flush=True,
        )
    walls = [r[0] for r in rebuilds]
    print(
        f"preview-herbouw: klok {min(walls):.2f}–{max(walls):.2f} s, cpu {min(r[2] for r in rebuilds):.2f}–"
        f"{max(r[2] for r in rebuilds):.2f} s; doel ≤ {SERVE_TARGET:.0f} s "
        f"{'gehaald' if max(walls) <= SERVE_TARGET else 'niet gehaald'} bij {sum(w <= SERVE_TARGET for w in walls)} "
        f"van {len(walls)} wijzigingen"
    )


if __name__ == "__main__":
    main()
