"""Command line: `kennisbank validate [--data DIR]` and `kennisbank export --out DIR`."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .export import write_exports
from .loading import collect_problems, display_path, load_dataset
from .pages import DOC_TYPES
from .problems import DataError, Problem, format_problems
from .scaffold import ScaffoldError, new_document, new_gemeente, new_pilot


def _default_data_dir() -> Path:
    return Path.cwd() / "data"


def github_annotation(problem: Problem) -> str:
    """The same problem as a GitHub Actions annotation, shown at the line in a pull request's diff."""
    message = problem.message.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return f"::error file={problem.file},line={problem.line},col={problem.col}::{message}"


def cmd_validate(args: argparse.Namespace) -> int:
    _, problems = collect_problems(Path(args.data))
    if problems:
        print(format_problems(problems), file=sys.stderr)
        if os.environ.get("GITHUB_ACTIONS") == "true":
            print("\n".join(github_annotation(p) for p in problems))
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


def cmd_new(args: argparse.Namespace) -> int:
    data = Path(args.data)
    try:
        if args.soort == "pilot":
            path, new_id = new_pilot(data, args.thema, args.hoofdaanvrager)
        elif args.soort == "gemeente":
            path, new_id = new_gemeente(data, args.code)
        else:
            path, new_id = new_document(data, args.titel, args.type)
    except ScaffoldError as error:
        print(f"kennisbank nieuw: {error}", file=sys.stderr)
        return 1
    print(f"Toegevoegd aan {display_path(path)}: {args.soort} '{new_id}'.")
    _, problems = collect_problems(data)
    if problems:
        print("Nog te doen (dit zegt 'kennisbank validate' tot het is ingevuld):")
        print("\n".join(f"  {p}" for p in problems))
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
    new = commands.add_parser("nieuw", help="voeg een nieuw record toe (een geldig skelet om in te vullen)")
    new.add_argument("--data", default=_default_data_dir(), help="map met de gegevens (standaard: ./data)")
    kinds = new.add_subparsers(dest="soort", required=True, metavar="soort")
    pilot = kinds.add_parser("pilot", help="nieuwe pilot in data/pilots.yaml")
    pilot.add_argument("--thema", required=True, help="id van het thema, bijvoorbeeld ontzorgen")
    pilot.add_argument("--hoofdaanvrager", required=True, help="id van de gemeente, bijvoorbeeld almelo")
    gemeente = kinds.add_parser("gemeente", help="nieuwe gemeente in data/gemeenten.yaml, op CBS-code")
    gemeente.add_argument("--code", required=True, help="CBS-gemeentecode van 2020, bijvoorbeeld GM0363")
    document = kinds.add_parser("document", help="nieuw document in data/documenten.yaml")
    document.add_argument("--titel", required=True)
    document.add_argument("--type", required=True, choices=sorted(DOC_TYPES), help="soort document")
    for sub in (pilot, gemeente, document):
        sub.set_defaults(func=cmd_new, data=None)
    new.set_defaults(func=cmd_new)
    args = parser.parse_args(argv)
    if getattr(args, "data", None) is None:
        args.data = _default_data_dir()
    try:
        return args.func(args)
    except KeyboardInterrupt:  # pragma: no cover
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
