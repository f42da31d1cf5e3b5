"""Load the whole data folder: read, check against the schemas, check consistency, build the model.

Every problem in every file is collected before giving up, so an editor sees them all at once.
"""

from __future__ import annotations

import os
from pathlib import Path

from . import geo
from .build import build_dataset
from .consistency import DataFile, check_consistency
from .model import Dataset
from .problems import DataError, Problem
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
    return files, sorted(set(problems))


def load_dataset(data_dir: Path) -> Dataset:
    """The validated dataset; raises DataError listing every problem when anything is wrong."""
    files, problems = collect_problems(data_dir)
    if problems:
        raise DataError(problems)
    return build_dataset({kind: file.source.data for kind, file in files.items()})
