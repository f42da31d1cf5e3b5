"""Load the whole data folder: read, check against the schemas, check consistency, build the model.

Every problem in every file is collected before giving up, so an editor sees them all at once.
"""

from __future__ import annotations

import json
import os
import pickle
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from kennisbank.common.store import Store, key_of
from kennisbank.common.text import slugify
from kennisbank.data import geo
from kennisbank.data.adressen import PAGE_FILES, check_oude_ids, dropped_addresses, removed_pages
from kennisbank.data.build import build_dataset
from kennisbank.data.consistency import DataFile, check_consistency
from kennisbank.data.editorial import check_content
from kennisbank.data.herindelingen import check_herindelingen
from kennisbank.data.history import head_commit, last_change, line_dates
from kennisbank.data.kinds import KINDS
from kennisbank.data.ligging import lees_ligging
from kennisbank.data.model import Dataset, Locatie
from kennisbank.data.problems import DataError, Problem, one_per_mistake
from kennisbank.data.project import find_root
from kennisbank.data.schema_check import check_schema
from kennisbank.data.textchecks import check_text
from kennisbank.data.versions import base_revision, data_at, project_store
from kennisbank.data.yamlsource import YamlSource, read_yaml

# kind -> (file name, how one item is called in messages), from the registry of kinds
DATA_FILES: dict[str, tuple[str, str]] = {kind.naam: (kind.bestand, kind.label) for kind in KINDS}
GEO_DIR = "geo"


def display_path(path: Path, base: Path | None = None) -> str:
    """The path as an editor would type it: relative to the project (or the working folder) where possible."""
    try:
        relative = os.path.relpath(path, base)
    except ValueError:  # pragma: no cover - other drive on Windows
        return str(path)
    return str(path) if relative.startswith("..") else relative


def project_base(data_dir: Path) -> Path | None:
    """The project folder when `data_dir` is its data folder: messages then say 'data/pilots.yaml' (as in
    the repository and in pull-request annotations) from whatever folder the command was started."""
    root = find_root(data_dir)
    return root if root and (root / "data").resolve() == Path(data_dir).resolve() else None


def _earlier_version(data_dir: Path, store: Store | None) -> dict[str, Any] | None:
    """The files with pages in the version this change is compared with (git), to keep their addresses."""
    revision = base_revision(data_dir)
    return data_at(data_dir, revision, PAGE_FILES, store or project_store(data_dir)) if revision else None


def collect_problems(data_dir: Path, store: Store | None = None) -> tuple[dict[str, DataFile], list[Problem]]:
    """`store` keeps the earlier version read from git and the files read (by default the project's cache)."""
    store = store or project_store(Path(data_dir))
    return _collect(Path(data_dir), _earlier_version(Path(data_dir), store), store)


def _collect(data_dir: Path, before: dict[str, Any] | None, store: Store) -> tuple[dict[str, DataFile], list[Problem]]:
    base = project_base(data_dir)
    files: dict[str, DataFile] = {}
    problems: list[Problem] = []
    for kind, (name, label) in DATA_FILES.items():
        source, schema_problems = _read_and_check(
            data_dir / name, display_path(data_dir / name, base), kind, label, store
        )
        files[kind] = DataFile(kind, label, source)
        problems += source.problems + schema_problems

    geo_dir = data_dir / GEO_DIR
    missing_geo = [n for n in (geo.GEMEENTE_FILE, geo.PROVINCIE_FILE) if not (geo_dir / n).is_file()]
    for name in missing_geo:
        problems.append(
            Problem(
                display_path(geo_dir / name, base), 1, 1, "grensbestand van het CBS ontbreekt; zie data/geo/README.md"
            )
        )
    if not missing_geo:
        official = _official_names(geo_dir / geo.GEMEENTE_FILE, store)
        problems += check_consistency(files, official, _official_names(geo_dir / geo.PROVINCIE_FILE, store), before)
        problems += check_oude_ids(files) + dropped_addresses(files, before)
        if isinstance(files["herindelingen"].source.data, list) and isinstance(files["gemeenten"].source.data, list):
            namen = _all_gemeente_names(files["gemeenten"], official)
            problems += check_herindelingen(
                files["herindelingen"], list(namen), namen, files["gemeenten"].source.display_name
            )
    return files, one_per_mistake(problems)


def _all_gemeente_names(gemeenten: DataFile, official: dict[str, str]) -> dict[str, str]:
    """Id -> official name of all 355 gemeenten of 2020: those in gemeenten.yaml by their id, the others by
    the id the site gives them (the slug of their CBS name)."""
    named = {item["id"]: item.get("naam") for _, item in gemeenten.items() if isinstance(item.get("id"), str)}
    codes = {item.get("code") for _, item in gemeenten.items() if isinstance(item.get("code"), str)}
    return {**named, **{slugify(naam): naam for code, naam in official.items() if code not in codes}}


@cache
def _reading_code() -> str:
    """A fingerprint of the code that reads and checks data files (this room and its schemas): a value kept in
    the store is used only by the code that made it."""
    folder = Path(__file__).parent
    return key_of(*(path.read_bytes() for path in sorted([*folder.glob("*.py"), *folder.glob("schemas/*.json")])))


def _read_and_check(path: Path, display: str, kind: str, label: str, store: Store) -> tuple[YamlSource, list[Problem]]:
    """A data file read and checked against its schema; the preview reads the data again after every change,
    so a file whose content did not change comes from the store (keyed by its content and the reading code)."""
    try:
        content = path.read_bytes()
    except OSError:
        content = None  # missing or unreadable: read_yaml reports it
    key = key_of(_reading_code(), content or b"", display, kind, label) if content is not None else None
    if key is not None and (kept := store.get("gelezen", key)) is not None:
        return pickle.loads(kept)
    source = read_yaml(path, display)
    result = (source, check_schema(source, kind, label) if source.data is not None else [])
    if key is not None:
        store.put("gelezen", key, pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
    return result


def _official_names(path: Path, store: Store) -> dict[str, str]:
    """geo.official_names, read again only when the boundary file changes (kept in the store)."""
    key = key_of(_reading_code(), path.read_bytes())
    names = store.made("officiele-namen", key, lambda: json.dumps(geo.official_names(path)).encode("utf-8"))
    return json.loads(names)


def _locations(data_dir: Path, files: dict[str, DataFile], store: Store) -> dict[tuple[str, str], Locatie]:
    """Line range and last committed change of every item, for 'bewerk' links and 'laatst gewijzigd'."""
    locations = {}
    head = head_commit(data_dir)
    for kind, file in files.items():
        name = DATA_FILES[kind][0]
        dates = line_dates(data_dir / name, head, store) if head else {}
        total = len((data_dir / name).read_text("utf-8").splitlines())
        starts = [(item["id"], file.source.position((index,))[0]) for index, item in file.items()]
        for number, (item_id, start) in enumerate(starts):
            end = starts[number + 1][1] - 1 if number + 1 < len(starts) else total
            locations[(kind, item_id)] = Locatie(f"{data_dir.name}/{name}", start, end, last_change(dates, start, end))
    return locations


def _dataset(data_dir: Path, files: dict[str, DataFile], store: Store) -> Dataset:
    raw = {kind: file.source.data for kind, file in files.items()}
    dataset = build_dataset(raw, lees_ligging(Path(data_dir) / GEO_DIR))
    dataset.locaties.update(_locations(data_dir, files, store))
    return dataset


def load_dataset(data_dir: Path, store: Store | None = None) -> Dataset:
    """The validated dataset; raises DataError listing every problem when anything is wrong."""
    data_dir = Path(data_dir)
    files, problems = collect_problems(data_dir, store)
    if problems:
        raise DataError(problems)
    return _dataset(data_dir, files, store or project_store(data_dir))


@dataclass
class ProjectCheck:
    """Everything `kennisbank validate` and the build check: data, editorial files and text warnings."""

    data_dir: Path
    files: dict[str, DataFile]
    problems: list[Problem]
    warnings: list[Problem]
    store: Store  # the project's cache the check used; the rest of the same build uses it too

    def dataset(self) -> Dataset:
        if self.problems:
            raise DataError(self.problems)
        return _dataset(self.data_dir, self.files, self.store)


def check_project(data_dir: Path, content: Path | None = None, store: Store | None = None) -> ProjectCheck:
    """Check the data folder and, when given, the editorial Markdown in `content`; all problems at once.
    `store` keeps the earlier version read from git and the files read (by default the project's cache)."""
    data_dir = Path(data_dir)
    store = store or project_store(data_dir)
    before = _earlier_version(data_dir, store)  # git: looked up once for both uses
    files, problems = _collect(data_dir, before, store)
    if content is not None:
        base = project_base(data_dir) or data_dir.parent
        raw = {kind: file.source.data for kind, file in files.items()}
        problems = sorted(
            problems + check_content(content, raw, display_path(content, base), removed_pages(files, before))
        )
    return ProjectCheck(data_dir, files, problems, check_text(files, before), store)
