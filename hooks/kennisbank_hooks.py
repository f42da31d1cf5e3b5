"""MkDocs hooks: a thin adapter between MkDocs events and the `kennisbank` package.

All logic (loading, validation, derived figures, exports) lives in the package; this file only
decides *when* it runs. MkDocs loads a hook module once per process, so state is reset in on_config.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort
from mkdocs.structure.files import File, Files

from kennisbank.export import export_files
from kennisbank.home import insert_key_figures
from kennisbank.loading import load_dataset
from kennisbank.model import Dataset
from kennisbank.problems import DataError, count_text

log = logging.getLogger("mkdocs.hooks.kennisbank")

_state: dict[str, Dataset | None] = {"dataset": None}


def _data_dir(config: MkDocsConfig) -> Path:
    return Path(config.config_file_path).resolve().parent / "data"


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Validate all data before anything is built: a mistake stops the build with every problem listed."""
    _state["dataset"] = None
    try:
        _state["dataset"] = load_dataset(_data_dir(config))
    except DataError as error:
        for problem in error.problems:
            log.error(str(problem))
        raise Abort(f"Bouwen gestopt: {count_text(len(error.problems))} in de gegevens (zie hierboven).")
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Add the open-data downloads as generated files, so pages can link to them and links are checked."""
    dataset = _state["dataset"]
    assert dataset is not None, "on_config has loaded the dataset"
    for path, content in export_files(dataset).items():
        files.append(File.generated(config, path, content=content))
    return files


def on_page_markdown(markdown: str, page, config: MkDocsConfig, files) -> str:
    dataset = _state["dataset"]
    if dataset is not None and page.file.src_uri == "index.md":
        return insert_key_figures(markdown, dataset)
    return markdown
