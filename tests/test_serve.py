"""`mkdocs serve` after an editor's change: the preview shows the change everywhere (page, map tooltip),
although unchanged work is reused between rebuilds, and search keeps working."""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import threading
import time
import urllib.request

from conftest import Project


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, ""


def test_preview_rebuild_shows_the_change_and_search_keeps_working(project: Project) -> None:
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--strict",
                               "--dev-addr", f"127.0.0.1:{port}"], cwd=project.root, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True)
    log: list[str] = []
    threading.Thread(target=lambda: log.extend(server.stdout), daemon=True).start()

    def wait_for(pattern: str, count: int, seconds: float = 240) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if sum(bool(re.search(pattern, line)) for line in list(log)) >= count:
                return
            assert server.poll() is None, "".join(log)
            time.sleep(0.1)
        raise AssertionError(f"'{pattern}' niet gezien:\n" + "".join(log[-30:]))

    base = f"http://127.0.0.1:{port}/"
    try:
        wait_for(r"Voorbeeld op", 1)
        assert fetch(base + "pagefind/pagefind.js")[0] == 200
        project.edit("pilots.yaml", 'titel: "B1-route Almelo"', 'titel: "B1-route Almelo en omstreken"')
        wait_for(r"Site gebouwd in", 2)
        assert "B1-route Almelo en omstreken" in fetch(base + "pilots/b1-route-almelo/")[1]
        assert "B1-route Almelo en omstreken" in fetch(base + "themas/b1-route/")[1]  # the theme page with its map and table
        assert fetch(base + "pagefind/pagefind.js")[0] == 200  # the previous index serves meanwhile
        wait_for(r"Pagefind: \d+ pagina", 2)  # the new index is in place
        assert fetch(base + "pagefind/pagefind.js")[0] == 200
        project.edit("pilots.yaml", 'titel: "B1-route Almelo en omstreken"', 'titel: "B1-route Almelo"')
        wait_for(r"Site gebouwd in", 3)
        assert "B1-route Almelo en omstreken" not in fetch(base + "themas/b1-route/")[1]
    finally:
        server.terminate()
        server.wait(20)
