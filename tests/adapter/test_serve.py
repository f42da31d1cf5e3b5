"""The preview (`properdocs serve`) after an editor's change: the preview shows the change everywhere (page, map tooltip),
although unchanged work is reused between rebuilds, and search keeps working."""

from __future__ import annotations

import os
import re
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import engine
from browser import fetch, free_port
from conftest import Project

# After every rebuild; the engine's "built in" line is not a count of rebuilds: the engine leaves out a line it
# has logged before (its DuplicateFilter), so a rebuild exactly as fast as an earlier one has none.
REBUILT = r"Open pagina's in de browser worden ververst"


@contextmanager
def serving(project: Project) -> Iterator[tuple[str, Callable[[str, int], str]]]:
    """The preview of the project: yields its base address and `wait_for(pattern, count)`, which waits
    until the server's log has shown `count` lines matching `pattern` and returns the last of them."""
    port = free_port()
    server = engine.serve(project.root, port, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    log: list[str] = []
    threading.Thread(target=lambda: log.extend(server.stdout), daemon=True).start()

    def wait_for(pattern: str, count: int, seconds: float = 240) -> str:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            found = [line for line in list(log) if re.search(pattern, line)]
            if len(found) >= count:
                return found[count - 1]
            assert server.poll() is None, "".join(log)
            time.sleep(0.1)
        raise AssertionError(f"'{pattern}' niet gezien:\n" + "".join(log[-30:]))

    try:
        wait_for(r"Voorbeeld op", 1)
        yield f"http://127.0.0.1:{port}/", wait_for
    finally:
        server.terminate()
        server.wait(20)


def test_preview_rebuild_shows_the_change_and_search_keeps_working(project: Project) -> None:
    with serving(project) as (base, wait_for):
        assert fetch(base + "pagefind/pagefind.js")[0] == 200
        project.edit("pilots.yaml", 'titel: "B1-route Almelo"', 'titel: "B1-route Almelo en omstreken"')
        wait_for(REBUILT, 1)
        assert "B1-route Almelo en omstreken" in fetch(base + "pilots/b1-route-almelo/")[1]
        assert (
            "B1-route Almelo en omstreken" in fetch(base + "themas/b1-route/")[1]
        )  # the theme page with its map and table
        assert fetch(base + "pagefind/pagefind.js")[0] == 200  # the previous index serves meanwhile
        wait_for(r"Pagefind: \d+ pagina", 2)  # the new index is in place
        assert fetch(base + "pagefind/pagefind.js")[0] == 200
        project.edit("pilots.yaml", 'titel: "B1-route Almelo en omstreken"', 'titel: "B1-route Almelo"')
        wait_for(REBUILT, 2)
        assert "B1-route Almelo en omstreken" not in fetch(base + "themas/b1-route/")[1]


def served_equals_built(served: str, built: str) -> bool:
    """The preview serves the built page with the engine's live-reload script put in before </body>."""
    end = built.rfind("</body>")
    head, tail = built[:end], built[end:]
    return served.startswith(head + "<script>") and served.endswith("</script>" + tail)


def differences_with_a_fresh_build(project: Project, base: str, site: Path) -> list[str]:
    """The addresses where the preview serves something else than a complete build of the same data."""
    engine.build(project.root, site, "-q", check=True, env={**os.environ, "KENNISBANK_SITE_URL": base})
    pages = [p for p in site.rglob("*.html") if "pagefind" not in p.parts and p.name != "404.html"]
    assert len(pages) > 500
    different = []
    for path in pages:
        address = path.relative_to(site).as_posix().removesuffix("index.html")
        status, served = fetch(base + address)
        if status != 200 or not served_equals_built(served, path.read_text("utf-8")):
            different.append(address)
    return different


def test_preview_after_a_change_serves_every_page_as_a_fresh_build_would(project: Project, tmp_path) -> None:
    # The preview makes again only what changed (the package's memo, kennisbank.render.pagememo); what it serves
    # must still be exactly what a complete build of the changed data gives, page for page.
    with serving(project) as (base, wait_for):
        # A title shows on its own page, its theme, gemeenten, provincie, related records and overviews.
        project.edit("pilots.yaml", 'titel: "B1-route Almelo"', 'titel: "B1-route Almelo en omstreken"')
        wait_for(REBUILT, 1)
        line = wait_for(r"ongewijzigd overgenomen", 2)
        counts = re.search(r"(\d+) pagina's opnieuw opgemaakt uit de gegevens, (\d+) ongewijzigd overgenomen", line)
        assert counts and 0 < int(counts[1]) < int(counts[2]), line  # the changed pages made, most kept
        assert not differences_with_a_fresh_build(project, base, tmp_path / "vers")[:20]

        # Templates look documents and gemeenten up by id: a document's title and a gemeente's other names
        # reach the pages that cite or list them that way.
        project.edit(
            "documenten.yaml",
            'titel: "Pilotprogramma Veranderopgave Inburgering (VOI)"',
            'titel: "Pilotprogramma Veranderopgave Inburgering (VOI), herzien"',
        )
        wait_for(REBUILT, 2)
        project.edit(
            "gemeenten.yaml",
            'roepnamen: ["Bergen (Noord-Holland)", "Bergen NH"]',
            'roepnamen: ["Bergen (Noord-Holland)", "Bergen NH", "Bergen aan Zee"]',
        )
        wait_for(REBUILT, 3)
        assert not differences_with_a_fresh_build(project, base, tmp_path / "vers2")[:20]
