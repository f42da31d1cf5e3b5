"""What the preview (`mkdocs serve`) keeps between rebuilds: maps and pages that come out the same, the
Markdown of generated pages whose inputs did not change, compiled templates and the search index, plus the
Dutch error page that replaces the site while a rebuild fails.

MkDocs loads the hooks once per process, so this state lives as long as the preview does."""

from __future__ import annotations

import gc
import logging
import shutil
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from jinja2 import BytecodeCache, ChoiceLoader, DictLoader
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort
from mkdocs.structure.files import Files

from kennisbank.adapter.pagecache import PageCache
from kennisbank.adapter.sitefolder import KeptFolder, QuietSkips
from kennisbank.editor.buildlog import DutchLog, Notice
from kennisbank.editor.errorpage import show_error_page
from kennisbank.render import interactive_map
from kennisbank.render.maps import MapMaker
from kennisbank.render.pagememo import PageMemo
from kennisbank.render.search_index import index_site

log = logging.getLogger("mkdocs.hooks.kennisbank")
POLL_SECONDS = 0.1  # how often the preview looks for saved files (MkDocs itself: every 0.5 s)
CLEAN_UP_AFTER = 1.0  # seconds after a rebuild: the browsers have reloaded, the editor reads

# The template of a page reused from the previous preview build: renders nothing, on_post_page puts in the
# kept page (MkDocs lets a page choose its template through its meta data).
REUSED_TEMPLATE = "kennisbank-hergebruikt.html"


class CompiledTemplates(BytecodeCache):
    """Compiled theme templates kept in memory across `mkdocs serve` rebuilds (MkDocs makes a new template
    environment for every rebuild; Jinja checks each template's source checksum, so edits are seen)."""

    def __init__(self) -> None:
        self.store: dict[str, bytes] = {}

    def load_bytecode(self, bucket) -> None:
        if (code := self.store.get(bucket.key)) is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket) -> None:
        self.store[bucket.key] = bucket.bytecode_to_string()


def log_index(result) -> None:
    log.info("Pagefind: %d pagina's geïndexeerd, %d bestanden, %.0f kB", result.pages, result.files,
             result.bytes / 1024)


class Preview:
    """State of one `mkdocs serve` process; `active` is False for `mkdocs build`, and then nothing is kept."""

    def __init__(self) -> None:
        self.active = False
        self.maps: dict[Any, str] = {}
        self.pages = PageCache()
        self.markdown = PageMemo()  # generated pages' Markdown (kennisbank.render.pagememo)
        self.templates = CompiledTemplates()
        self.indexing: threading.Thread | None = None
        self.kept_index: Path | None = None
        self.folder = KeptFolder()  # pages not written again (kennisbank.adapter.sitefolder)
        self.building = False  # while True, Python's cycle collector waits (see build_starts)
        self.collector = threading.Lock()
        logging.getLogger("mkdocs.commands.build").addFilter(QuietSkips(self.folder))

    def build_starts(self) -> None:
        """Python's cycle collector waits while the preview builds: everything the preview keeps makes the
        heap large, and the full collections during a rebuild walked all of it (0.3 s per rebuild)."""
        with self.collector:
            self.building = True
            gc.disable()

    def build_ends(self) -> None:
        """The collector does this rebuild's work once, after the browsers have reloaded, and then runs as
        usual until the next rebuild; when that has begun already, its end does it."""
        self.building = False

        def clean_up() -> None:
            time.sleep(CLEAN_UP_AFTER)
            with self.collector:
                if not self.building:
                    gc.collect()
                    gc.enable()

        threading.Thread(target=clean_up, name="opruimen", daemon=True).start()

    def map_html(self, maker: MapMaker, view) -> str:
        """A map's HTML; from the previous rebuild when its view (everything drawn on it, frozen data) and the
        colours are the same."""
        if not self.active:
            return interactive_map.render(maker, view)
        key = (view, tuple(maker.kleur.items()), str(maker.geo_dir))
        if key not in self.maps:
            self.maps[key] = interactive_map.render(maker, view)
        # Only the newest version of each map is kept, so a long preview session does not pile up old maps.
        for stale in [k for k in self.maps if k[0].slug == view.slug and k != key]:
            del self.maps[stale]
        return self.maps[key]

    def prepare_env(self, env):
        env.bytecode_cache = self.templates
        env.loader = ChoiceLoader([DictLoader({REUSED_TEMPLATE: ""}), env.loader])
        return env

    @staticmethod
    def shared_key(config: MkDocsConfig, files: Files, begrippen: Any) -> tuple:
        """What every page's HTML depends on besides its own Markdown (see kennisbank.adapter.pagecache)."""
        templates = []
        if config.theme.custom_dir:
            for path in sorted(Path(config.theme.custom_dir).rglob("*")):
                if path.is_file():
                    stat = path.stat()
                    templates.append((str(path), stat.st_mtime_ns, stat.st_size))
        return (Path(config.config_file_path).read_text("utf-8"), config.site_url, tuple(templates),
                repr(begrippen), frozenset(file.src_uri for file in files))

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

    @staticmethod
    def poll_sooner(server, config: MkDocsConfig) -> None:
        """MkDocs' server looks for changed files every half second, which alone is a quarter of a second
        between saving and rebuilding on average; the preview looks every tenth of a second (a look at the
        few dozen files in content/ and data/ costs well under a millisecond). The paths MkDocs watches
        already move to the new observer; those it watches after on_serve (mkdocs.yml `watch`) start there."""
        watched = []
        for path in (config.docs_dir, config.config_file_path, *config.theme.dirs):
            while True:  # a path watched twice is unwatched twice
                try:
                    server.unwatch(path)
                except KeyError:
                    break
                watched.append(path)
        server.observer = type(server.observer)(timeout=POLL_SECONDS)
        for path in watched:
            server.watch(path)

    def show_errors_on_failure(self, build: Callable[[], None], dutch_log: DutchLog, root: Path) -> Callable[[], None]:
        """A rebuild that shows a Dutch error page at every address when it fails, instead of leaving the
        browser waiting; the next good build brings the site back (the page checks and reloads itself)."""

        def build_or_show_errors() -> None:
            dutch_log.notices = []  # a failure before on_config (e.g. in mkdocs.yml) must not show older notices
            try:
                build()
            except Exception as error:  # noqa: BLE001 - every failure must reach the browser
                notices = list(dutch_log.notices)
                if isinstance(error, Abort):
                    log.error(error.message)
                else:
                    traceback.print_exc()
                    notices.append(Notice("", None, "Onverwachte fout tijdens het bouwen; vraag hulp en stuur de "
                                                    f"tekst uit het terminalvenster mee: {error}"))
                self.folder.forget()  # the error page replaces the site
                self.build_ends()
                show_error_page(root, notices or [Notice("", None, str(error))])
                log.error("De browser toont nu een foutpagina met deze meldingen; na het opslaan van de verbetering "
                          "komt de site vanzelf terug.")

        return build_or_show_errors
