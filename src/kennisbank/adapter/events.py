"""The MkDocs events: when the package's work runs during `mkdocs build` and `mkdocs serve`.

All logic (loading, validation, pages, exports) lives in the rooms below; this module only decides *when* it
runs. MkDocs loads the hooks once per process (also across `mkdocs serve` rebuilds), so the state of one build
is reset in on_config and what the preview keeps lives in `PREVIEW`.

Nothing half-built: `mkdocs build` writes into a folder next to the target (kennisbank.adapter.staging) that
replaces the target only in on_post_build, when the build logged no warning or error — MkDocs checks its
strict-mode count only after on_post_build, so that is where the decision is made. `mkdocs serve` builds
in place (MkDocs holds requests during a rebuild) and shows an error page while a build fails.
"""

from __future__ import annotations

import logging
import os
from functools import partial
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files

from kennisbank.adapter.pagecache import KeptPage
from kennisbank.adapter.preview import REUSED_TEMPLATE, Preview, log_index
from kennisbank.adapter.staging import StagedSite
from kennisbank.data.editorial import is_editorial, stray_files
from kennisbank.data.history import commit_timestamp
from kennisbank.data.loading import GEO_DIR, check_project
from kennisbank.data.problems import count_text
from kennisbank.data.urls import src_path_for
from kennisbank.editor.buildlog import DutchLog, Notice, Sources, github_annotation, in_github_actions, translate_abort
from kennisbank.render.cssprune import prune_site
from kennisbank.render.export import export_files
from kennisbank.render.htmlblocks import restore, stash
from kennisbank.render.interactive_map import leaflet_files
from kennisbank.render.links import check_links
from kennisbank.render.locator_maps import LocatorMaps
from kennisbank.render.maps import INTERACTIEVE_KAART, MAP_PLACE, MapMaker, insert_maps
from kennisbank.render.pages import SiteBuilder
from kennisbank.render.privacy import CONTENT_SECURITY_POLICY
from kennisbank.render.redirects import redirect_pages
from kennisbank.render.search_index import index_site, keep_words_apart
from kennisbank.render.todo_page import todo_page
from kennisbank.render.updates import FEED_PATH, UPDATES_URL, atom_feed, updates_page
from kennisbank.views.changes import recent_updates
from kennisbank.views.compare import COMPARE_JSON, compare_json
from kennisbank.views.glossary import Glossary
from kennisbank.views.search import SEARCH_WORDS_JSON, SearchCatalogue, search_words_json
from kennisbank.views.todo import todo

log = logging.getLogger("mkdocs.hooks.kennisbank")

_state: dict = {}
_said: dict = {}  # notices given once per process
UPDATES_TITLE = "Wat is er nieuw"
PREVIEW = Preview()


def _stop(problems: list) -> None:
    for problem in problems:
        log.error(str(problem))
    raise Abort(f"Bouwen gestopt: {count_text(len(problems))} in de gegevens (zie hierboven).")


_dutch_log = DutchLog(Sources(Path.cwd(), Path.cwd() / "content"))


class _Collector(logging.Handler):
    """Sees every warning and error of MkDocs and the hooks, so the Dutch log filter records them all."""

    def emit(self, record: logging.LogRecord) -> None:
        pass


def _install_dutch_log(config: MkDocsConfig, target: str | None) -> None:
    project = Path(config.config_file_path).resolve().parent
    _dutch_log.reset(Sources(project, Path(config.docs_dir).resolve()), target)
    mkdocs_log = logging.getLogger("mkdocs")
    if not any(isinstance(handler, _Collector) for handler in mkdocs_log.handlers):
        collector = _Collector(logging.WARNING)
        collector.addFilter(_dutch_log)
        mkdocs_log.addHandler(collector)
    for handler in mkdocs_log.handlers:
        if _dutch_log not in handler.filters:
            handler.addFilter(_dutch_log)


def _shown(path: str) -> str:
    """A folder as the editor knows it: relative to the working folder where that is shorter."""
    relative = os.path.relpath(path)
    return path if relative.startswith("..") else relative


def on_startup(command: str, dirty: bool) -> None:
    """In `mkdocs serve` every change rebuilds the site: maps whose input did not change and pages whose HTML
    would come out the same (kennisbank.adapter.pagecache) are reused, and Pagefind indexes after the rebuild
    instead of holding it up (the preview keeps the previous index until the new one is there, so search keeps
    working)."""
    PREVIEW.active = command == "serve"


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Validate all data and editorial files before anything is built, with the same checks as `kennisbank
    validate`: a mistake stops the build with every problem listed; warnings are shown and the build goes on."""
    _state.clear()
    serving = PREVIEW.active
    if serving:
        PREVIEW.build_starts()
    _install_dutch_log(config, None if serving else _shown(config.site_dir))
    data_dir = Path(config.config_file_path).resolve().parent / "data"
    _state["geo_dir"] = data_dir / GEO_DIR
    check = check_project(data_dir, Path(config.docs_dir))
    if check.problems:
        _stop(check.problems)
    for warning in check.warnings:  # INFO, not WARNING: --strict must not turn them into errors
        log.info(str(warning))
    _state["dataset"], _state["check"] = check.dataset(), check
    _state["updates"] = updates = recent_updates(data_dir)
    if updates is None:
        if not _said.get("no_history"):  # once per process, not on every rebuild of the preview
            log.info("Geen git-geschiedenis gevonden: de pagina 'Wat is er nieuw' en de Atom-feed worden overgeslagen")
            _said["no_history"] = True
    else:
        config.extra["feed"] = FEED_PATH
        if not any(isinstance(item, dict) and UPDATES_TITLE in item for item in config.nav or []):
            config.nav = [*(config.nav or []), {UPDATES_TITLE: src_path_for(UPDATES_URL)}]
    _state["search"] = SearchCatalogue(_state["dataset"])
    _state["glossary"] = Glossary(_state["dataset"])
    config.extra["content_security_policy"] = CONTENT_SECURITY_POLICY
    # Build dates (sitemap) from the last commit instead of the clock: the same commit builds the same site.
    if "SOURCE_DATE_EPOCH" not in os.environ and (stamp := commit_timestamp(data_dir)) is not None:
        os.environ["SOURCE_DATE_EPOCH"] = str(stamp)
    if not serving:
        _state["staged"] = StagedSite.start(config.site_dir)
        config.site_dir = str(_state["staged"].staging)
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Add the generated pages and downloads as virtual files; editorial Markdown for a generated page
    (e.g. content/themas/b1-route.md) is merged into it instead of being published on its own."""
    dataset = _state["dataset"]
    maker = MapMaker(dataset, _state["geo_dir"])
    maps = _state["maps"] = {view.slug: view for view in maker.all_views()}
    # Editorial text that may belong to a generated page: the home page and the data-backed sections.
    candidates = {file.src_uri: file for file in files if is_editorial(file.src_uri)}
    editorial = {uri: Path(file.abs_src_path).read_text("utf-8") for uri, file in candidates.items()}
    edit_base = config.extra.get("gegevens_bewerken_url") or None
    over = {key: str(config.extra.get(key) or "") for key in ("beheerder", "contact", "contact_tekst")}
    over["site_url"] = config.site_url or ""
    builder = SiteBuilder(dataset, editorial, edit_base, maps, over, ligging=LocatorMaps(maker).ligging,
                          memo=PREVIEW.markdown if PREVIEW.active else None)
    pages = builder.pages()
    if _state["updates"] is not None:
        pages.append(updates_page(builder, _state["updates"]))
    pages.append(todo_page(builder, todo(_state["check"])))
    links = check_links(_state["check"], Path(config.docs_dir), config.site_url or "", [page.url for page in pages])
    if links:
        _stop(links)
    generated = {page.src_path for page in pages}
    _state["generated"], _state["html_blocks"] = generated, {}
    stray = stray_files(candidates, generated, Path(config.docs_dir).name)
    if stray:  # normally already refused in on_config; this guards the pages actually generated
        _stop(stray)
    for file in candidates.values():
        files.remove(file)  # merged into the generated page
    for page in pages:
        files.append(File.generated(config, page.src_path, content=page.markdown))
    files.append(File.generated(config, INTERACTIEVE_KAART, content=PREVIEW.map_html(maker, maps["nederland"])))
    shapes_path, shapes = maker.shared_shapes  # outlines the country-wide maps point to
    files.append(File.generated(config, shapes_path, content=shapes))
    for path, content in leaflet_files().items():
        files.append(File.generated(config, path, content=content))
    files.append(File.generated(config, COMPARE_JSON, content=compare_json(dataset)))
    files.append(File.generated(config, SEARCH_WORDS_JSON, content=search_words_json(dataset)))
    for path, content in export_files(dataset, builder.nabij).items():
        files.append(File.generated(config, path, content=content))
    for path, content in redirect_pages(dataset).items():  # earlier ids: their addresses forward
        files.append(File.generated(config, path, content=content))
    if _state["updates"] is not None:
        files.append(File.generated(config, FEED_PATH, content=atom_feed(dataset, _state["updates"],
                                                                          config.site_url or "")))
    if PREVIEW.active:
        PREVIEW.folder.put_back(Path(config.site_dir), {file.abs_dest_path for file in files})
        _state["shared_key"] = Preview.shared_key(config, files, dataset.begrippen)
        _state["reused"], _state["keys"] = {}, {}
    return files


def on_env(env, config: MkDocsConfig, files: Files):
    return PREVIEW.prepare_env(env) if PREVIEW.active else env


def on_page_markdown(markdown: str, page, config: MkDocsConfig, files: Files) -> str:
    """Generated pages: Markdown only sees their headings and editorial text; their finished HTML blocks are
    set aside (not parsed a second time) and put back in on_page_content. In `mkdocs serve`, a page whose
    HTML would come out the same as in the previous build is reused instead of made again."""
    if PREVIEW.active and "shared_key" in _state:
        key = _page_key(markdown, page)
        _state["keys"][page.file.src_uri] = key
        if (kept := PREVIEW.pages.reusable(page.file.src_uri, key)) is not None:
            _state["reused"][page.file.src_uri] = kept
            page.meta = {**page.meta, "template": REUSED_TEMPLATE}
            page.render = partial(_render_nothing, page)  # MkDocs' Markdown for an empty page: empty content
            return ""
    if page.file.src_uri not in _state.get("generated", ()):
        return markdown
    stashed = stash(markdown)
    _state["html_blocks"][page.file.src_uri] = stashed.blocks
    return stashed.markdown


def _render_nothing(page, config: MkDocsConfig, files: Files) -> None:
    page.content = ""


def _page_key(markdown: str, page) -> tuple:
    maps = tuple(_state["maps"].get(match.group(1)) for match in MAP_PLACE.finditer(markdown))
    search = _state["search"].for_page(page.url)
    return (_state["shared_key"], page.file.src_uri, markdown, repr(page.meta), maps,
            search.html() if search is not None else None)


def on_page_content(html: str, page, config: MkDocsConfig, files: Files) -> str:
    """Put back the generated HTML blocks, link the first use of each glossary term, put in the pages' SVG
    maps (after Markdown, which need not parse a thousand tags of drawing) and mark the content as what
    Pagefind indexes (header, navigation and footer stay out), with the page's search filters and result
    metadata."""
    if (kept := _state.get("reused", {}).get(page.file.src_uri)) is not None:
        # What MkDocs' anchor check needs of this page, as the previous build found it.
        page.present_anchor_ids = set(kept.anchors)
        page.links_to_anchors = {files.get_file_from_path(target): dict(anchors)
                                 for target, anchors in kept.links_to_anchors.items()}
        return kept.content
    if (blocks := _state.get("html_blocks", {}).pop(page.file.src_uri, None)) is not None:
        html = restore(html, blocks)
    html = _state["glossary"].link_terms(html, page.url)
    html = insert_maps(html, _state["maps"], page.url)
    data = _state["search"].for_page(page.url)
    if data is None:
        return html
    return f"<div data-pagefind-body>{data.html()}{keep_words_apart(html)}</div>"


def on_post_page(output: str, page, config: MkDocsConfig) -> str:
    """serve: a reused page is written as it was; a page made anew is offered for the next rebuild. A page
    whose file already holds exactly this output is not written again (kennisbank.adapter.sitefolder)."""
    if not PREVIEW.active or "keys" not in _state:
        return output
    if (kept := _state["reused"].get(page.file.src_uri)) is not None:
        return PREVIEW.folder.output(page.file.src_uri, page.file.abs_dest_path, kept.output)
    links = {target.src_uri: dict(anchors) for target, anchors in (page.links_to_anchors or {}).items()}
    PREVIEW.pages.offer(page.file.src_uri, KeptPage(_state["keys"][page.file.src_uri], page.content, output,
                                                    frozenset(page.present_anchor_ids or ()), links))
    return PREVIEW.folder.output(page.file.src_uri, page.file.abs_dest_path, output)


def on_pre_build(config: MkDocsConfig) -> None:
    """serve: let the previous background indexing finish, and keep its index and the previous good build out
    of the cleaning."""
    if PREVIEW.active:
        PREVIEW.keep_index(Path(config.site_dir))
        PREVIEW.folder.set_aside(Path(config.site_dir))


@event_priority(-100)  # last: after this, MkDocs only counts the warnings
def on_post_build(config: MkDocsConfig) -> None:
    site_dir = Path(config.site_dir)
    if PREVIEW.active and "keys" in _state:
        PREVIEW.pages.commit(not _dutch_log.notices, set(_state["keys"]))
        # One line for the editor: how much of the site this change touched (two levels of reuse, one sentence).
        total, reused = len(_state["keys"]), len(_state["reused"])
        log.info("Voorbeeld: %d pagina's bijgewerkt, %d van %d ongewijzigd overgenomen uit de vorige keer (%d "
                 "opnieuw opgemaakt uit de gegevens)", total - reused, reused, total, PREVIEW.markdown.made)
    if PREVIEW.active:
        PREVIEW.folder.complete = True  # unless MkDocs still aborts (strict mode): then on_build_error
        PREVIEW.build_ends()
    if PREVIEW.active and PREVIEW.index_in_background(site_dir):
        return
    before, after = prune_site(site_dir, site_dir.glob("assets/stylesheets/main.*.min.css"), _state["check"].store)
    log.info("Material-stylesheet ingekort tot wat de site gebruikt: %d kB van %d kB", after // 1024, before // 1024)
    log_index(index_site(site_dir))
    if (staged := _state.pop("staged", None)) is None:
        return
    if config.strict and _dutch_log.notices:
        staged.discard()  # MkDocs now stops with "Aborted with N warnings in strict mode!"
    else:
        staged.publish()
        config.site_dir = str(staged.target)


def on_build_error(error: Exception) -> None:
    """A failed build leaves the previous site as it was; MkDocs' closing line is given in Dutch."""
    PREVIEW.pages.commit(False, set())  # nothing of a failed build is reused
    PREVIEW.folder.forget()
    if PREVIEW.active:
        PREVIEW.build_ends()
    if (staged := _state.pop("staged", None)) is not None:
        staged.discard()
    if isinstance(error, Abort):
        if dutch := translate_abort(error.message, _dutch_log.target):
            error.message = dutch
    elif in_github_actions():
        print(github_annotation("error", Notice("", None, f"Onverwachte fout tijdens het bouwen: {error}")))


def on_serve(server, config: MkDocsConfig, builder):
    """While serving, a failed rebuild shows a Dutch error page at every address, and saved files are noticed
    sooner (see Preview)."""
    server.builder = PREVIEW.show_errors_on_failure(server.builder, _dutch_log, Path(server.root))
    Preview.poll_sooner(server, config)
    return server
