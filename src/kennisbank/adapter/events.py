"""The engine's events: when the package's work runs during a build and in the preview.

All logic (loading, validation, pages, exports) lives in the rooms below; this module only decides *when* it
runs, through the documented `on_*` events of ProperDocs and MkDocs 1.6.1 (`kennisbank.adapter.engine`). The
engine loads the hooks once per process (also across the preview's rebuilds), so the state of one build is a
new `BuildState` in on_config and what the preview keeps lives in `PREVIEW`.

Nothing half-built: a build writes into a folder next to the target (kennisbank.adapter.staging) that replaces
the target only in on_post_build, when the build logged no warning or error; otherwise the build stops there
with a Dutch message, with or without --strict. The preview builds in place; when a rebuild has problems it
completes with only the Dutch error page, so the browser reloads and shows it at every address.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

from kennisbank.adapter.engine import ENGINE_LOGGER, HOOK_LOGGER, Abort, Files, MkDocsConfig, event_priority
from kennisbank.adapter.enginelog import DutchLog, Sources
from kennisbank.adapter.finish import hand_over, index_and_publish
from kennisbank.adapter.htmlblocks import restore, stash
from kennisbank.adapter.memory import give_back_memory
from kennisbank.adapter.preview import Preview, log_index
from kennisbank.adapter.sitefiles import site_files
from kennisbank.adapter.staging import StagedSite
from kennisbank.adapter.state import BuildState
from kennisbank.common.store import Store
from kennisbank.common.text import aantal, dutch_date
from kennisbank.data.history import commit_timestamp, last_change_of
from kennisbank.data.loading import GEO_DIR, check_project
from kennisbank.data.problems import count_text
from kennisbank.data.settings import check_settings, is_placeholder, placeholder_warning, published_address
from kennisbank.data.urls import src_path_for
from kennisbank.editor.errorpage import show_error_page
from kennisbank.editor.notices import Notice, github_annotation, in_github_actions
from kennisbank.render.compact import compact_html, compact_scripts
from kennisbank.render.cssprune import prune_site
from kennisbank.render.maps import MAP_PLACE, insert_maps
from kennisbank.render.privacy import CONTENT_SECURITY_POLICY
from kennisbank.render.search_index import for_the_index, index_site
from kennisbank.render.updates import FEED_PATH, UPDATES_URL
from kennisbank.views.changes import recent_updates
from kennisbank.views.glossary import Glossary
from kennisbank.views.search import SearchCatalogue

log = logging.getLogger(HOOK_LOGGER)
UPDATES_TITLE = "Wat is er nieuw"
THEME_STYLESHEETS = "assets/stylesheets/main.*.min.css"  # Material's own stylesheet, pruned after a build
PREVIEW_SETTING = "KENNISBANK_VOORBEELD"  # 'pull request 12': this build is a pull request's preview
PREVIEW = Preview()
state = BuildState(Path(GEO_DIR))  # replaced in every on_config
dutch_log = DutchLog(Sources(Path.cwd(), Path.cwd() / "content"))


class _Collector(logging.Handler):
    """Sees every warning and error of the engine and the hooks, so the Dutch log filter records them all."""

    def emit(self, record: logging.LogRecord) -> None:
        pass


def _install_dutch_log(config: MkDocsConfig, target: str | None) -> None:
    project = Path(config.config_file_path).resolve().parent
    dutch_log.reset(Sources(project, Path(config.docs_dir).resolve()), target)
    engine_log = logging.getLogger(ENGINE_LOGGER)
    if not any(isinstance(handler, _Collector) for handler in engine_log.handlers):
        collector = _Collector(logging.WARNING)
        collector.addFilter(dutch_log)
        engine_log.addHandler(collector)
    for handler in engine_log.handlers:
        if dutch_log not in handler.filters:
            handler.addFilter(dutch_log)


def _shown(path: str) -> str:
    """A folder as the editor knows it: relative to the working folder where that is shorter."""
    relative = os.path.relpath(path)
    return path if relative.startswith("..") else relative


def _problems_found(problems: list) -> None:
    """Every problem in the log; a build stops, the preview goes on to show them on its error page."""
    for problem in problems:
        log.error(str(problem))
    state.problems = list(problems)
    if not PREVIEW.active:
        raise Abort(f"Bouwen gestopt: {count_text(len(problems))} in de gegevens (zie hierboven).")


def on_startup(command: str, dirty: bool) -> None:
    """In the preview, what the package made is kept for the next rebuild and Pagefind indexes after the
    rebuild instead of holding it up (the previous index serves searches meanwhile)."""
    PREVIEW.active = command == "serve"
    state.started, state.command = time.monotonic(), command


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Validate all data and editorial files before anything is built, with the same checks as `kennisbank
    validate`: a mistake stops the build with every problem listed; warnings are shown and the build goes on."""
    global state
    serving = PREVIEW.active
    if serving:
        PREVIEW.build_starts()
        PREVIEW.site_dir = Path(config.site_dir)
    _install_dutch_log(config, None if serving else _shown(config.site_dir))
    data_dir = Path(config.config_file_path).resolve().parent / "data"
    state = BuildState(data_dir / GEO_DIR, started=state.started, command=state.command)  # from the engine start
    if not serving:
        state.staged = StagedSite.start(config.site_dir)
        config.site_dir = str(state.staged.staging)
    store = Store.for_project(data_dir.parent)  # the package's one cache on disk (kennisbank.common.store)
    state.store = store
    state.check = check = check_project(data_dir, Path(config.docs_dir), store=store)
    settings, settings_warnings = check_settings(data_dir.parent)
    config.site_url, unpublishable = published_address(data_dir.parent, config.site_url or "", dict(os.environ))
    if unpublishable is not None:
        settings.append(unpublishable)
    elif is_placeholder(config.site_url) and (placeholder := placeholder_warning(data_dir.parent)) is not None:
        settings_warnings.append(placeholder)  # not when the workflow gave the real address
    check.warnings += settings_warnings
    if check.problems or settings:
        _problems_found(sorted(check.problems + settings))
        config.nav = []  # the preview's error page is all there is to show
        return config
    for warning in check.warnings:  # INFO, not WARNING: they must not stop the build
        log.info(str(warning))
    state.dataset = check.dataset()
    state.updates = recent_updates(data_dir, store=store)
    if state.updates is None:
        if "no_history" not in PREVIEW.said:  # once per process, not on every rebuild of the preview
            log.info("Geen git-geschiedenis gevonden: de pagina 'Wat is er nieuw' en de Atom-feed worden overgeslagen")
            PREVIEW.said.add("no_history")
    else:
        config.extra["feed"] = FEED_PATH
        if not any(isinstance(item, dict) and UPDATES_TITLE in item for item in config.nav or []):
            config.nav = [*(config.nav or []), {UPDATES_TITLE: src_path_for(UPDATES_URL)}]
    state.search = SearchCatalogue(state.dataset)
    state.glossary = Glossary(state.dataset)
    config.extra["content_security_policy"] = CONTENT_SECURITY_POLICY
    if voorbeeld := os.environ.get(PREVIEW_SETTING, "").strip():  # a pull request's preview says so on every page
        config.extra["voorbeeld"] = voorbeeld
    if changed := last_change_of(data_dir):  # in every page's footer
        config.extra["gegevens_bijgewerkt"] = dutch_date(changed)
    # Build dates (sitemap) from the last commit instead of the clock: the same commit builds the same site.
    if "SOURCE_DATE_EPOCH" not in os.environ and (stamp := commit_timestamp(data_dir)) is not None:
        os.environ["SOURCE_DATE_EPOCH"] = str(stamp)
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Add the generated pages and downloads as files; editorial Markdown for a generated page (e.g.
    content/themas/b1-route.md) is merged into it instead of being published on its own."""
    if state.failed:
        return Files([])
    if problems := site_files(files, config, state, PREVIEW):
        _problems_found(problems)
        return Files([])
    # The check's YAML, with the position of every value for messages, is not needed once the pages are made:
    # let it go before the engine renders them (at 100x the records it is hundreds of MB).
    state.check = None
    return files


def on_env(env, config: MkDocsConfig, files: Files):
    return PREVIEW.prepare_env(env) if PREVIEW.active else env


def on_page_markdown(markdown: str, page, config: MkDocsConfig, files: Files) -> str:
    """Generated pages: Markdown only sees their headings and editorial text; their finished HTML blocks are
    set aside (not parsed a second time) and put back in on_page_content."""
    if page.file.src_uri not in state.generated:
        return markdown
    stashed = stash(markdown)
    state.html_blocks[page.file.src_uri] = stashed.blocks
    return stashed.markdown


def on_page_content(html: str, page, config: MkDocsConfig, files: Files) -> str:
    """Put back the generated HTML blocks, link the first use of each glossary term, put in the pages' SVG
    maps (after Markdown, which need not parse a thousand tags of drawing) and mark the content as what
    Pagefind indexes (header, navigation and footer stay out), with the page's search filters and result
    metadata."""
    if (blocks := state.html_blocks.pop(page.file.src_uri, None)) is not None:
        html = restore(html, blocks)
    if not PREVIEW.active:
        return _finished(html, page.url)
    # In the preview, made again only when the page's HTML, the glossary, its maps or its search data changed.
    inputs = {
        "html": html,
        "begrippen": state.dataset.begrippen,
        "search": state.search.for_page(page.url),
        "maps": [state.maps.get(match.group(1)) for match in MAP_PLACE.finditer(html)],
    }
    return PREVIEW.memo.remembered(f"{page.url}#inhoud", inputs, lambda: _finished(html, page.url))


def _finished(html: str, url: str) -> str:
    html = state.glossary.link_terms(html, url)
    html = insert_maps(html, state.maps, url)
    data = state.search.for_page(url)
    if data is None:
        return html
    return f"<div data-pagefind-body>{data.html()}{for_the_index(html)}</div>"


def on_post_page(output: str, page, config: MkDocsConfig) -> str:
    """The finished page without the theme's indentation (`render.compact`): the same page, a tenth smaller."""
    return compact_html(output)


def on_pre_build(config: MkDocsConfig) -> None:
    """Preview: let the previous background indexing finish, and keep its index out of the cleaning."""
    if PREVIEW.active:
        PREVIEW.keep_index(Path(config.site_dir))


@event_priority(-100)  # last: after this, the engine only counts the warnings
def on_post_build(config: MkDocsConfig) -> None:
    site_dir = Path(config.site_dir)
    if PREVIEW.active:
        _preview_done(site_dir)
        return
    if dutch_log.notices:
        state.staged.discard()
        raise Abort(
            f"Bouwen gestopt na {aantal(len(dutch_log.notices), 'melding', 'meldingen')} (zie hierboven); "
            f"{dutch_log.target} is niet veranderd. Los de meldingen op en bouw opnieuw."
        )
    # The theme's own stylesheets (Material's file names: engine knowledge stays in the adapter).
    before, after = prune_site(site_dir, site_dir.glob(THEME_STYLESHEETS), state.store)
    log.debug("Material-stylesheet ingekort tot wat de site gebruikt: %d kB van %d kB", after // 1024, before // 1024)
    before, after = compact_scripts(site_dir)
    log.debug("Eigen scripts ingekort: %d kB van %d kB", after // 1024, before // 1024)
    state.ready = True  # indexed and published in on_shutdown
    config.site_dir = str(state.staged.target)


@event_priority(-100)  # last: a plugin's own shutdown (Material's blog, social) runs before the hand-over
def on_shutdown() -> None:
    """A clean build is indexed by Pagefind and published once the engine has let go of its pages. For `build`
    this happens in a fresh process that takes the engine's place (adapter.finish): Pagefind needs almost as much
    memory as the build itself, and then nothing of the engine is still held next to it."""
    global state
    staged, ready, started, command = state.staged, state.ready, state.started, state.command
    state = BuildState(Path(GEO_DIR))  # the dataset, maps and search data of the build let go as well
    if staged is None or not ready:
        return
    if command == "build":  # nothing of the engine runs after this event: its process can be handed over
        for handler in (*logging.getLogger(ENGINE_LOGGER).handlers, *logging.getLogger().handlers):
            handler.flush()
        sys.stdout.flush()
        sys.stderr.flush()
        hand_over(staged, started, dutch_log.target, not logging.getLogger(ENGINE_LOGGER).isEnabledFor(logging.INFO))
    give_back_memory()  # another command (gh-deploy): indexed here, in the engine's process
    if stopped := index_and_publish(staged, started, dutch_log.target, log.info):
        raise Abort(stopped)


def _preview_done(site_dir: Path) -> None:
    """A rebuild with problems shows only the error page; a good one is indexed in the background."""
    PREVIEW.build_ends()
    if dutch_log.notices:
        _show_errors(site_dir, list(dutch_log.notices))
        return
    log.info(
        "Voorbeeld: %d pagina's opnieuw opgemaakt uit de gegevens, %d ongewijzigd overgenomen",
        PREVIEW.memo.made,
        PREVIEW.memo.reused,
    )
    if not PREVIEW.index_in_background(site_dir):
        log_index(index_site(site_dir))


def _show_errors(site_dir: Path, notices: list[Notice]) -> None:
    show_error_page(site_dir, notices)
    log.info(
        "De browser toont nu een foutpagina met deze meldingen; na het opslaan van de verbetering komt de "
        "site vanzelf terug."
    )


def on_build_error(error: Exception) -> None:
    """A failed build leaves the previous site as it was; in the preview the error page takes its place."""
    if state.staged is not None:
        state.staged.discard()
    if PREVIEW.active:
        PREVIEW.build_ends()
        notices = list(dutch_log.notices)
        if not isinstance(error, Abort):
            notices.append(
                Notice(
                    "",
                    None,
                    "Onverwachte fout tijdens het bouwen; vraag hulp en stuur de tekst uit "
                    f"het terminalvenster mee: {error}",
                )
            )
        if PREVIEW.site_dir is not None:
            _show_errors(PREVIEW.site_dir, notices)
    elif not isinstance(error, Abort) and in_github_actions():
        print(github_annotation("error", Notice("", None, f"Onverwachte fout tijdens het bouwen: {error}")))
