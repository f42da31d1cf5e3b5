"""Everything the package makes for one build, handed to the engine as files: the generated pages (with the
editorial text merged in), the maps, Leaflet, the comparison and search data, the downloads, the forwarding
pages for old addresses and the feed. In the preview, what the package makes goes through its memo, so only
what changed is made again."""

from __future__ import annotations

import atexit
import shutil
import tempfile
from pathlib import Path

from kennisbank.adapter.engine import File, Files, MkDocsConfig
from kennisbank.adapter.preview import Preview
from kennisbank.adapter.state import BuildState
from kennisbank.data.editorial import is_editorial, stray_files
from kennisbank.data.problems import Problem
from kennisbank.data.settings import TEXT_SETTINGS
from kennisbank.render import interactive_map
from kennisbank.render.export import export_files
from kennisbank.render.homemap import home_view
from kennisbank.render.links import check_links
from kennisbank.render.locator_maps import LocatorMaps
from kennisbank.render.maps import INTERACTIEVE_KAART, MapMaker, MapView
from kennisbank.render.pages import SiteBuilder
from kennisbank.render.redirects import redirect_pages
from kennisbank.render.todo_page import todo_page
from kennisbank.render.updates import FEED_PATH, atom_feed, updates_page
from kennisbank.views.compare import COMPARE_JSON, compare_json, compare_rows_files
from kennisbank.views.search import SEARCH_WORDS_JSON, search_names, search_words_json
from kennisbank.views.todo import todo


def site_files(files: Files, config: MkDocsConfig, state: BuildState, preview: Preview) -> list[Problem]:
    """Add what the package makes to `files`; the problems that must stop the build instead (links that lead
    nowhere, editorial files without a page), or none."""
    dataset = state.dataset
    maker = MapMaker(dataset, state.geo_dir)
    state.maps = {view.slug: view for view in [*maker.all_views(), home_view(maker)]}
    # Editorial text that may belong to a generated page: the home page and the data-backed sections.
    candidates = {file.src_uri: file for file in files if is_editorial(file.src_uri)}
    editorial = {uri: Path(file.abs_src_path).read_text("utf-8") for uri, file in candidates.items()}
    edit_base = config.extra.get("gegevens_bewerken_url") or None
    over = {key: str(config.extra.get(key) or "") for key in TEXT_SETTINGS}  # checked as text in on_config
    over["site_url"] = config.site_url or ""
    memo = preview.memo if preview.active else None
    builder = SiteBuilder(
        dataset, editorial, edit_base, state.maps, over, ligging=LocatorMaps(maker).ligging, memo=memo
    )
    pages = builder.pages()
    if state.updates is not None:
        pages.append(updates_page(builder, state.updates))
    pages.append(todo_page(builder, todo(state.check)))
    problems = check_links(state.check, Path(config.docs_dir), config.site_url or "", [page.url for page in pages])
    state.generated = {page.src_path for page in pages}
    # Normally already refused in on_config; this guards the pages actually generated.
    problems += stray_files(candidates, state.generated, Path(config.docs_dir).name)
    if problems:
        return problems
    for file in candidates.values():
        files.remove(file)  # merged into the generated page
    made: dict[str, str | bytes] = {page.src_path: page.markdown for page in pages}
    nabij = builder.nabij
    del pages, builder  # from here on only `made` holds what was made, and it is handed over one by one
    made[INTERACTIEVE_KAART] = _interactive_map(maker, state.maps["nederland"], memo, state)
    shapes_path, shapes = maker.shared_shapes  # outlines the country-wide maps point to
    made[shapes_path] = shapes
    made |= interactive_map.leaflet_files()
    made[COMPARE_JSON] = compare_json(dataset)
    made |= compare_rows_files(dataset)
    made[SEARCH_WORDS_JSON] = search_words_json(dataset)
    made |= search_names(dataset)
    made |= export_files(dataset, nabij, state.store)
    made |= redirect_pages(dataset)  # earlier ids: their addresses forward
    if state.updates is not None:
        made[FEED_PATH] = atom_feed(dataset, state.updates, config.site_url or "")
    folder = _sources(state, preview)
    for path in list(made):  # in order; each file written and let go: the engine reads it from disk
        content = made.pop(path)
        files.append(File.generated(config, path, abs_src_path=str(_written(folder / path, content))))
    return []


def _sources(state: BuildState, preview: Preview) -> Path:
    """The folder for what the package makes: next to the site for a build (removed with the staging), one
    temporary folder for the life of the preview."""
    if state.staged is not None:
        return state.staged.sources
    if preview.sources is None:
        preview.sources = Path(tempfile.mkdtemp(prefix="kennisbank-voorbeeld-"))
        atexit.register(shutil.rmtree, preview.sources, True)
    return preview.sources


def _written(target: Path, content: str | bytes) -> Path:
    """`target` with `content`; left alone when it already holds exactly that (the preview's unchanged pages)."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    try:
        if target.read_bytes() == data:
            return target
    except OSError:
        target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    return target


def _interactive_map(maker: MapMaker, view: MapView, memo, state: BuildState) -> str:
    """The interactive map: drawn by folium only when what it shows changed (the package's cache; in the preview
    its memo, which skips even working out what it shows)."""
    if memo is None:
        return interactive_map.render(maker, view, state.store)
    inputs = {"view": view, "kleur": tuple(maker.kleur.items()), "geo": str(maker.geo_dir)}
    return memo.remembered(INTERACTIEVE_KAART, inputs, lambda: interactive_map.render(maker, view, state.store))
