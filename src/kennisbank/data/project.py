"""Where the project is, found from any folder inside it, so `kennisbank validate` works from `data/`
or `content/pilots/` as well as from the top folder."""

from __future__ import annotations

import os
import re
from pathlib import Path

CONFIG_FILE = "mkdocs.yml"
DATA_DIR = "data"


def find_root(start: Path) -> Path | None:
    """The nearest folder at or above `start` with mkdocs.yml and a data/ folder (or data/pilots.yaml)."""
    start = Path(start).resolve()
    for folder in (start, *start.parents):
        if (folder / CONFIG_FILE).is_file() and (folder / DATA_DIR).is_dir():
            return folder
        if (folder / DATA_DIR / "pilots.yaml").is_file():
            return folder
    return None


def content_dir(root: Path) -> Path:
    """The editorial folder: mkdocs.yml's docs_dir (read as text: the file also holds MkDocs-only tags)."""
    config = root / CONFIG_FILE
    text = config.read_text("utf-8") if config.is_file() else ""
    match = re.search(r"^docs_dir:\s*['\"]?([^'\"#\s]+)", text, re.MULTILINE)
    return root / (match.group(1) if match else "docs")


SITE_URL_SETTING = "KENNISBANK_SITE_URL"


def site_url(root: Path) -> str:
    """The address the site is published at (mkdocs.yml's site_url, or the setting that overrides it)."""
    config = root / CONFIG_FILE
    text = config.read_text("utf-8") if config.is_file() else ""
    match = re.search(r"^site_url:\s*(.+?)\s*$", text, re.MULTILINE)
    if not match:
        return os.environ.get(SITE_URL_SETTING, "")
    value = match.group(1)
    env = re.fullmatch(r"!ENV\s*\[\s*(\w+)\s*,\s*['\"]?([^'\"\]]*)['\"]?\s*\]", value)
    if env:
        return os.environ.get(env.group(1)) or env.group(2)
    return value.strip("'\"")
