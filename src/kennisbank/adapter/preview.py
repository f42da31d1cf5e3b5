"""What the preview (`properdocs serve`) keeps between rebuilds: the package's memo of everything it made
(pages' Markdown, the interactive map), the compiled theme templates and the search index; and how a rebuild
hands the Dutch error page to the browser.

The engine loads the hooks once per process, so this state lives as long as the preview does. It uses only
the engine's documented events: what the engine itself renders again on every rebuild is its own business.
"""

from __future__ import annotations

import gc
import logging
import shutil
import threading
import time
from pathlib import Path

from jinja2 import BytecodeCache

from kennisbank.adapter.engine import HOOK_LOGGER
from kennisbank.render.pagememo import PageMemo
from kennisbank.render.search_index import index_site

log = logging.getLogger(HOOK_LOGGER)
CLEAN_UP_AFTER = 1.0  # seconds after a rebuild: the browsers have reloaded, the editor reads


class CompiledTemplates(BytecodeCache):
    """Compiled theme templates kept in memory across rebuilds (the engine makes a new template environment
    for every rebuild; Jinja checks each template's source checksum, so edits are seen)."""

    def __init__(self) -> None:
        self.store: dict[str, bytes] = {}

    def load_bytecode(self, bucket) -> None:
        if (code := self.store.get(bucket.key)) is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket) -> None:
        self.store[bucket.key] = bucket.bytecode_to_string()


def log_index(result) -> None:
    log.info(result.summary())


class Preview:
    """State of one preview process; `active` is False for a build, and then nothing is kept."""

    def __init__(self) -> None:
        self.active = False
        self.memo = PageMemo()  # everything the package makes, made again only when its inputs changed
        self.templates = CompiledTemplates()
        self.indexing: threading.Thread | None = None
        self.kept_index: Path | None = None
        self.building = False  # while True, Python's cycle collector waits (see build_starts)
        self.collector = threading.Lock()
        self.said: set[str] = set()  # notices given once per process, not on every rebuild
        self.site_dir: Path | None = None  # where the preview is served from: the error page goes there
        self.sources: Path | None = None  # where the package writes its pages for the engine (made in on_files)

    def build_starts(self) -> None:
        """Python's cycle collector waits while the preview builds: everything the preview keeps makes the
        heap large, and the full collections during a rebuild walked all of it (0.3 s per rebuild)."""
        with self.collector:
            self.building = True
            gc.disable()

    def build_ends(self, delay: float = CLEAN_UP_AFTER) -> threading.Thread:
        """The collector does this rebuild's work once, `delay` seconds after it (the browsers have reloaded),
        and then runs as usual until the next rebuild; when that has begun already, its end does it."""
        self.building = False

        def clean_up() -> None:
            time.sleep(delay)
            with self.collector:
                if not self.building:
                    gc.collect()
                    gc.enable()

        thread = threading.Thread(target=clean_up, name="opruimen", daemon=True)
        thread.start()
        return thread

    def prepare_env(self, env):
        env.bytecode_cache = self.templates  # Jinja's documented hook for compiled templates
        return env

    def keep_index(self, site_dir: Path) -> None:
        """Before a rebuild: let the previous background indexing finish, and keep its index out of the
        cleaning."""
        if self.indexing is not None:
            self.indexing.join()
        index = site_dir / "pagefind"
        kept = site_dir.parent / f".{site_dir.name}-pagefind"
        if index.is_dir():
            shutil.rmtree(kept, ignore_errors=True)
            index.rename(kept)
        # After a failed rebuild the index kept before it is still the newest one there is.
        self.kept_index = kept if kept.is_dir() else None

    def index_in_background(self, site_dir: Path) -> bool:
        """After the first build: the previous index serves searches until the new one replaces it. False when
        there is no previous index (then the caller indexes at once)."""
        kept, self.kept_index = self.kept_index, None
        if kept is None:
            return False
        kept.rename(site_dir / "pagefind")
        fresh = site_dir.parent / f".{site_dir.name}-pagefind-nieuw"
        shutil.rmtree(fresh, ignore_errors=True)

        def index() -> None:
            try:
                result = index_site(site_dir, fresh)
                shutil.rmtree(site_dir / "pagefind", ignore_errors=True)
                fresh.rename(site_dir / "pagefind")
                log_index(result)
            except Exception as error:  # noqa: BLE001 - a preview must keep running; the next build retries
                log.warning("Pagefind: indexeren mislukt (%s); de zoekfunctie gebruikt de vorige index", error)

        self.indexing = threading.Thread(target=index, name="pagefind", daemon=True)
        self.indexing.start()
        return True
