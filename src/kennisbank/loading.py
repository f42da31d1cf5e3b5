"""Load the whole data folder: read, check against the schemas, check consistency, build the model.

Every problem in every file is collected before giving up, so an editor sees them all at once.
"""

from __future__ import annotations

import os
from pathlib import Path

from . import geo
from .build import build_dataset
from .consistency import DataFile, check_consistency
from .history import last_change, line_dates
from .model import Dataset, Locatie
from .problems import DataError, Problem, one_per_mistake
from .schema_check import check_schema
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


def display_path(path: Path) -> str:
    """The path as an editor would type it: relative to the working folder where possible."""
    try:
        relative = os.path.relpath(path)
    except ValueError:  # pragma: no cover - other drive on Windows
        return str(path)
    return str(path) if relative.startswith("..") else relative


def collect_problems(data_dir: Path) -> tuple[dict[str, DataFile], list[Problem]]:
    data_dir = Path(data_dir)
    files: dict[str, DataFile] = {}
    problems: list[Problem] = []
    for kind, (name, label) in DATA_FILES.items():
        source = read_yaml(data_dir / name, display_path(data_dir / name))
        files[kind] = DataFile(kind, label, source)
        problems += source.problems
        if source.data is not None:
            problems += check_schema(source, kind, label)

    geo_dir = data_dir / GEO_DIR
    missing_geo = [n for n in (geo.GEMEENTE_FILE, geo.PROVINCIE_FILE) if not (geo_dir / n).is_file()]
    for name in missing_geo:
        problems.append(Problem(display_path(geo_dir / name), 1, 1,
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


def load_dataset(data_dir: Path) -> Dataset:
    """The validated dataset; raises DataError listing every problem when anything is wrong."""
    data_dir = Path(data_dir)
    files, problems = collect_problems(data_dir)
    if problems:
        raise DataError(problems)
    dataset = build_dataset({kind: file.source.data for kind, file in files.items()})
    dataset.locaties.update(_locations(data_dir, files))
    return dataset
