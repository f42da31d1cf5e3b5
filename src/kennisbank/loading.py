"""Load the whole data folder: read, check against the schemas, check consistency, build the model.

Every problem in every file is collected before giving up, so an editor sees them all at once.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from . import geo
from .build import build_dataset
from .consistency import DataFile, check_consistency
from .editorial import check_content
from .history import last_change, line_dates
from .model import Dataset, Locatie
from .problems import DataError, Problem, one_per_mistake
from .project import find_root
from .schema_check import check_schema
from .textchecks import check_text
from .yamlsource import read_yaml

# kind -> (file name, how one item is called in messages)
DATA_FILES: dict[str, tuple[str, str]] = {
    "pilots": ("pilots.yaml", "record"),
    "gemeenten": ("gemeenten.yaml", "gemeente"),
    "provincies": ("provincies.yaml", "provincie"),
    "themas": ("themas.yaml", "thema"),
    "rode_draden": ("rode_draden.yaml", "rode draad"),
    "documenten": ("documenten.yaml", "document"),
}
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


def collect_problems(data_dir: Path) -> tuple[dict[str, DataFile], list[Problem]]:
    data_dir = Path(data_dir)
    base = project_base(data_dir)
    files: dict[str, DataFile] = {}
    problems: list[Problem] = []
    for kind, (name, label) in DATA_FILES.items():
        source = read_yaml(data_dir / name, display_path(data_dir / name, base))
        files[kind] = DataFile(kind, label, source)
        problems += source.problems
        if source.data is not None:
            problems += check_schema(source, kind, label)

    geo_dir = data_dir / GEO_DIR
    missing_geo = [n for n in (geo.GEMEENTE_FILE, geo.PROVINCIE_FILE) if not (geo_dir / n).is_file()]
    for name in missing_geo:
        problems.append(Problem(display_path(geo_dir / name, base), 1, 1,
                                "grensbestand van het CBS ontbreekt; zie data/geo/README.md"))
    if not missing_geo:
        problems += check_consistency(files, geo.official_names(geo_dir / geo.GEMEENTE_FILE),
                                      geo.official_names(geo_dir / geo.PROVINCIE_FILE))
    return files, one_per_mistake(problems)


def _locations(data_dir: Path, files: dict[str, DataFile]) -> dict[tuple[str, str], Locatie]:
    """Line range and last committed change of every item, for 'bewerk' links and 'laatst gewijzigd'."""
    locations = {}
    for kind, file in files.items():
        name = DATA_FILES[kind][0]
        dates = line_dates(data_dir / name)
        total = len((data_dir / name).read_text("utf-8").splitlines())
        starts = [(item["id"], file.source.position((index,))[0]) for index, item in file.items()]
        for number, (item_id, start) in enumerate(starts):
            end = starts[number + 1][1] - 1 if number + 1 < len(starts) else total
            locations[(kind, item_id)] = Locatie(f"{data_dir.name}/{name}", start, end, last_change(dates, start, end))
    return locations


def _dataset(data_dir: Path, files: dict[str, DataFile]) -> Dataset:
    dataset = build_dataset({kind: file.source.data for kind, file in files.items()})
    dataset.locaties.update(_locations(data_dir, files))
    return dataset


def load_dataset(data_dir: Path) -> Dataset:
    """The validated dataset; raises DataError listing every problem when anything is wrong."""
    data_dir = Path(data_dir)
    files, problems = collect_problems(data_dir)
    if problems:
        raise DataError(problems)
    return _dataset(data_dir, files)


@dataclass
class ProjectCheck:
    """Everything `kennisbank validate` and the build check: data, editorial files and text warnings."""

    data_dir: Path
    files: dict[str, DataFile]
    problems: list[Problem]
    warnings: list[Problem]

    def dataset(self) -> Dataset:
        if self.problems:
            raise DataError(self.problems)
        return _dataset(self.data_dir, self.files)


def check_project(data_dir: Path, content: Path | None = None) -> ProjectCheck:
    """Check the data folder and, when given, the editorial Markdown in `content`; all problems at once."""
    data_dir = Path(data_dir)
    files, problems = collect_problems(data_dir)
    if content is not None:
        base = project_base(data_dir) or data_dir.parent
        raw = {kind: file.source.data for kind, file in files.items()}
        problems = sorted(problems + check_content(content, raw, display_path(content, base)))
    return ProjectCheck(data_dir, files, problems, check_text(files.values()))
