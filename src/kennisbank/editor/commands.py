"""What each `kennisbank` command does: validate, export, nieuw, hernoem, verschil and nog-te-doen. Every word it
prints is Dutch; the project is found from any folder inside it."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from kennisbank.common.text import aantal
from kennisbank.data.loading import check_project, display_path, project_base
from kennisbank.data.problems import WARNING_LABEL, DataError, Problem, count_text, format_problems
from kennisbank.data.project import content_dir, find_root, site_url
from kennisbank.data.settings import check_settings
from kennisbank.data.versions import base_revision, current_data, data_at, describe, project_store
from kennisbank.editor.rename import rename
from kennisbank.editor.scaffold import Added, ScaffoldError, new_document, new_gemeente, new_pilot
from kennisbank.render.links import check_links
from kennisbank.views.changes import FILES, compare
from kennisbank.views.changes_for_editors import lines, markdown, summary
from kennisbank.views.todo import todo

NOT_FOUND = (
    "geen kennisbank gevonden in deze map of een map erboven (daar horen mkdocs.yml en de map data/ "
    "te staan); ga naar de map van de kennisbank of geef de gegevensmap op met --data"
)


class CommandError(Exception):
    """A Dutch message for the editor."""


def _paths(args: argparse.Namespace) -> tuple[Path, Path | None]:
    """The data folder and (for a whole project) the editorial content folder."""
    if args.data is not None:
        data = Path(args.data)
        if not data.is_dir():
            what = "is een bestand, geen map" if data.exists() else "bestaat niet"
            raise CommandError(
                f"de map '{args.data}' {what}; geef met --data de map met de gegevensbestanden "
                "(pilots.yaml en de andere), bijvoorbeeld --data data"
            )
        root = project_base(data)
        return data, content_dir(root) if root else None
    root = find_root(Path.cwd())
    if root is None:
        raise CommandError(NOT_FOUND)
    return root / "data", content_dir(root)


def github_annotation(problem: Problem, level: str = "error") -> str:
    """The same problem as a GitHub Actions annotation, shown at the line in a pull request's diff."""
    message = problem.message.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return f"::{level} file={problem.file},line={problem.line},col={problem.col}::{message}"


def cmd_validate(args: argparse.Namespace) -> int:
    data, content = _paths(args)
    check = check_project(data, content)
    root = project_base(data)
    check.problems += check_links(check, content, site_url(root) if root else "")
    if root:  # the site settings that become links on every page (the site address is the owner's: the build says it)
        problems, warnings = check_settings(root)
        check.problems = sorted(check.problems + problems)
        check.warnings = sorted(check.warnings + warnings)
    in_actions = os.environ.get("GITHUB_ACTIONS") == "true"
    if check.warnings:
        print("\n".join(map(str, check.warnings)), file=sys.stderr)
        if in_actions:
            print("\n".join(github_annotation(w, "warning") for w in check.warnings))
    if check.problems:
        print(format_problems(check.problems), file=sys.stderr)
        if in_actions:
            print("\n".join(github_annotation(p) for p in check.problems))
        return 1
    base = project_base(data)
    checked = f"De gegevens in {display_path(data, base)}/"
    if content is not None:
        checked += f" en de teksten in {display_path(content, base)}/"
    warned = (
        f" ({count_text(len(check.warnings), WARNING_LABEL, 'waarschuwingen')}, zie hierboven)"
        if check.warnings
        else ""
    )
    print(f"{checked} zijn in orde{warned}.")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    data, _ = _paths(args)
    try:
        dataset = check_project(data).dataset()
    except DataError as error:
        print(error, file=sys.stderr)
        return 1
    from kennisbank.render.export import write_exports  # only here: the export is not needed for checking

    for path in write_exports(dataset, Path(args.out)):
        print(f"Geschreven: {path}")
    return 0


def _next_step(args: argparse.Namespace, added: Added, data: Path) -> str:
    where = f"{display_path(added.path)} op regel {added.line}"
    if args.soort == "gemeente":
        return (
            f"Volgende stap: controleer de gemeente in {where}. In een pilot verwijst u ernaar met "
            f"'gemeente: {added.id}', of u maakt een pilot met: kennisbank nieuw pilot --thema THEMA "
            f"--hoofdaanvrager {added.id}"
        )
    return (
        f"Volgende stap: open {where} en vul de velden in (bij 'NOG INVULLEN' staat wat er moet komen). "
        "Controleer daarna met: kennisbank validate"
    )


def cmd_new(args: argparse.Namespace) -> int:
    data, _ = _paths(args)
    try:
        if args.soort == "pilot":
            added = new_pilot(data, args.thema, args.hoofdaanvrager)
        elif args.soort == "gemeente":
            value = args.naam_of_code or args.code
            if not value or (args.naam_of_code and args.code):
                raise ScaffoldError(
                    "geef de naam of de CBS-code van de gemeente, één keer, bijvoorbeeld: "
                    "kennisbank nieuw gemeente Middelburg"
                )
            added = new_gemeente(data, value)
        else:
            added = new_document(data, args.titel, args.type)
    except ScaffoldError as error:
        print(f"kennisbank nieuw: {error}", file=sys.stderr)
        return 1
    if added.note:
        print(added.note)
    print(f"Toegevoegd aan {display_path(added.path)} op regel {added.line}: {args.soort} '{added.id}'.")
    problems = check_project(data).problems
    if problems:
        print("Nog te doen (dit zegt 'kennisbank validate' tot het is ingevuld):")
        print("\n".join(f"  {p}" for p in problems))
    print(_next_step(args, added, data))
    return 0


def cmd_rename(args: argparse.Namespace) -> int:
    data, content = _paths(args)
    try:
        done = rename(data, content, args.oud, args.nieuw)
    except ScaffoldError as error:
        print(f"kennisbank hernoem: {error}", file=sys.stderr)
        return 1
    print(f"Het id '{args.oud}' is nu '{args.nieuw}'. Aangepast:")
    for path, numbers in done.changed.items():
        print(
            f"  {display_path(path)}: {aantal(len(numbers), 'regel', 'regels')} "
            f"({', '.join(map(str, sorted(numbers)))})"
        )
    if done.moved:
        print(f"  {display_path(done.moved[0])} heet nu {display_path(done.moved[1])}")
    print(f"Het oude adres {done.old_address} stuurt door naar {done.new_address} (oude_ids).")
    problems = check_project(data, content).problems
    if problems:
        print("Nog te doen (dit zegt ook 'kennisbank validate'):")
        print("\n".join(f"  {p}" for p in problems))
    else:
        print("De gegevens zijn in orde.")
    return 0


def cmd_diff(args: argparse.Namespace) -> int:
    data, _ = _paths(args)
    base = base_revision(data, args.basis)
    if base is None:
        raise CommandError(
            f"de versie '{args.basis}' bestaat niet in git; geef een commit, tak of tag, bijvoorbeeld origin/main"
            if args.basis
            else "er is geen git-geschiedenis om mee te vergelijken (werkt u in een kopie zonder .git?)"
        )
    changes = compare(data_at(data, base, tuple(FILES), project_store(data)) or {}, current_data(data, tuple(FILES)))
    named = f"{args.basis}, " if args.basis else ""  # the name the editor gave (a branch, a tag), if any
    print(f"Wijzigingen in de gegevens ten opzichte van {named}{describe(data, base)}: {summary(changes)}.")
    for line in lines(changes):
        print(f"  {line}")
    if args.markdown:
        with open(args.markdown, "a", encoding="utf-8") as out:
            out.write(markdown(changes, "Wat deze wijziging verandert in de gegevens"))
    return 0


def cmd_todo(args: argparse.Namespace) -> int:
    data, content = _paths(args)
    check = check_project(data, content)
    if check.problems:
        print(format_problems(check.problems), file=sys.stderr)
        print("Los eerst deze problemen op; daarna toont deze opdracht wat er nog te doen is.", file=sys.stderr)
        return 1
    for section in todo(check):
        print(f"{section.title} ({len(section.items)})")
        for item in section.items:
            print(f"  {item.where}: {item.title}: {item.missing}")
    print("Dezelfde lijst staat op de site onder /redactie/nog-te-doen/ (niet in het menu).")
    return 0
