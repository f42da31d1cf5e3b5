"""Command line: `kennisbank validate [--data DIR]` and `kennisbank export --out DIR`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .export import write_exports
from .loading import collect_problems, load_dataset
from .problems import DataError, format_problems


def _default_data_dir() -> Path:
    return Path.cwd() / "data"


def cmd_validate(args: argparse.Namespace) -> int:
    _, problems = collect_problems(Path(args.data))
    if problems:
        print(format_problems(problems), file=sys.stderr)
        return 1
    print(f"Gegevens in {args.data} zijn in orde.")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    try:
        dataset = load_dataset(Path(args.data))
    except DataError as error:
        print(error, file=sys.stderr)
        return 1
    for path in write_exports(dataset, Path(args.out)):
        print(f"Geschreven: {path}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="kennisbank", description="Kennisbank Pilotprogramma VOI")
    commands = parser.add_subparsers(dest="command", required=True, metavar="opdracht")
    validate = commands.add_parser("validate", help="controleer alle gegevensbestanden")
    validate.add_argument("--data", default=_default_data_dir(), help="map met de gegevens (standaard: ./data)")
    validate.set_defaults(func=cmd_validate)
    export = commands.add_parser("export", help="schrijf pilots.json en pilots.csv")
    export.add_argument("--data", default=_default_data_dir(), help="map met de gegevens (standaard: ./data)")
    export.add_argument("--out", required=True, help="map waarin data/pilots.json en data/pilots.csv komen")
    export.set_defaults(func=cmd_export)
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except KeyboardInterrupt:  # pragma: no cover
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
