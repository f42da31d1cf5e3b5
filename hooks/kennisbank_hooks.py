"""MkDocs hooks: a thin adapter between MkDocs events and the `kennisbank` package.

All logic (loading, validation, pages, exports) lives in the package; this file only decides *when*
it runs. MkDocs loads a hook module once per process (also across `mkdocs serve` rebuilds), so all
state is reset in on_config.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort
from mkdocs.structure.files import File, Files

from kennisbank.export import export_files
from kennisbank.history import commit_timestamp
from kennisbank.loading import GEO_DIR, load_dataset
from kennisbank.maps import INTERACTIEVE_KAART, MapMaker, insert_maps, leaflet_files
from kennisbank.pages import SiteBuilder
from kennisbank.privacy import CONTENT_SECURITY_POLICY
from kennisbank.problems import DataError, count_text
from kennisbank.search import SearchCatalogue, index_site

log = logging.getLogger("mkdocs.hooks.kennisbank")

_state: dict = {}
EDITORIAL_SECTIONS = ("themas/", "pilots/", "lopende-initiatieven/", "onderzoek/", "rode-draden/")


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Validate all data before anything is built: a mistake stops the build with every problem listed."""
    _state.clear()
    data_dir = Path(config.config_file_path).resolve().parent / "data"
    _state["geo_dir"] = data_dir / GEO_DIR
    try:
        _state["dataset"] = load_dataset(data_dir)
    except DataError as error:
        for problem in error.problems:
            log.error(str(problem))
        raise Abort(f"Bouwen gestopt: {count_text(len(error.problems))} in de gegevens (zie hierboven).") from None
    _state["search"] = SearchCatalogue(_state["dataset"])
    config.extra["content_security_policy"] = CONTENT_SECURITY_POLICY
    # Build dates (sitemap) from the last commit instead of the clock: the same commit builds the same site.
    if "SOURCE_DATE_EPOCH" not in os.environ and (stamp := commit_timestamp(data_dir)) is not None:
        os.environ["SOURCE_DATE_EPOCH"] = str(stamp)
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Add the generated pages and downloads as virtual files; editorial Markdown for a generated page
    (e.g. content/themas/b1-route.md) is merged into it instead of being published on its own."""
    dataset = _state["dataset"]
    maker = MapMaker(dataset, _state["geo_dir"])
    maps = _state["maps"] = {view.slug: view for view in maker.all_views()}
    # Editorial text that may belong to a generated page: the home page and the data-backed sections.
    candidates = {file.src_uri: file for file in files if file.src_uri.endswith(".md")
                  and (file.src_uri == "index.md" or file.src_uri.startswith(EDITORIAL_SECTIONS))}
    editorial = {uri: Path(file.abs_src_path).read_text("utf-8") for uri, file in candidates.items()}
    edit_base = config.extra.get("gegevens_bewerken_url") or None
    pages = SiteBuilder(dataset, editorial, edit_base, maps, ligging=maker.ligging).pages()
    generated = {page.src_path for page in pages}
    for uri, file in candidates.items():
        if uri in generated:
            files.remove(file)  # merged into the generated page
        else:
            log.warning("%s: bij deze redactionele tekst hoort geen thema, pilot, initiatief, document of rode draad "
                        "in data/; controleer de bestandsnaam", Path(config.docs_dir).name + "/" + uri)
    for page in pages:
        files.append(File.generated(config, page.src_path, content=page.markdown))
    files.append(File.generated(config, INTERACTIEVE_KAART, content=maker.render(maps["nederland"])))
    for path, content in leaflet_files().items():
        files.append(File.generated(config, path, content=content))
    for path, content in export_files(dataset).items():
        files.append(File.generated(config, path, content=content))
    return files


def on_page_content(html: str, page, config: MkDocsConfig, files: Files) -> str:
    """Mark the content as what Pagefind indexes (header, navigation and footer stay out), with the
    page's search filters and result metadata. The pages' SVG maps go in here, after Markdown, which
    need not parse a thousand tags of drawing."""
    html = insert_maps(html, _state["maps"], page.url)
    data = _state["search"].for_page(page.url)
    if data is None:
        return html
    return f"<div data-pagefind-body>{data.html()}{html}</div>"


def on_post_build(config: MkDocsConfig) -> None:
    result = index_site(Path(config.site_dir))
    log.info("Pagefind: %d pagina's geïndexeerd, %d bestanden, %.0f kB", result.pages, result.files,
             result.bytes / 1024)
