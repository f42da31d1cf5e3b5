"""The page the preview (`mkdocs serve`) shows instead of the site while the build fails."""

from __future__ import annotations

import shutil
from pathlib import Path

from jinja2 import Environment, PackageLoader, StrictUndefined

from kennisbank.data.problems import count_text
from kennisbank.editor.notices import Notice

ERROR_PAGE = "404.html"  # the preview answers every unknown address with this file


def render_error_page(notices: list[Notice]) -> str:
    env = Environment(
        loader=PackageLoader("kennisbank.editor", "templates"), autoescape=True, undefined=StrictUndefined
    )
    files = {notice.file for notice in notices if notice.file}
    return env.get_template("foutpagina.html.j2").render(
        notices=notices, files=files, count_text=count_text(len(notices))
    )


def show_error_page(site_dir: Path, notices: list[Notice]) -> Path:
    """Empty the preview's folder and leave only the error page, so every address shows it."""
    site_dir.mkdir(parents=True, exist_ok=True)
    for entry in site_dir.iterdir():
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)
    page = site_dir / ERROR_PAGE
    page.write_text(render_error_page(notices), "utf-8")
    return page
