"""Command line for editors: the `kennisbank` commands with their Dutch help (what each does is in commands.py).

argparse's own texts ("usage:", "error:", "the following arguments are required") are Dutch too.
"""

from __future__ import annotations

import argparse
import os
import sys

from kennisbank.data.schema_check import allowed_values
from kennisbank.editor import argparse_nl
from kennisbank.editor.commands import CommandError, cmd_diff, cmd_export, cmd_new, cmd_rename, cmd_todo, cmd_validate


def build_parser() -> argparse.ArgumentParser:
    parser = argparse_nl.Parser(
        prog="kennisbank", description="Kennisbank Pilotprogramma VOI: gegevens controleren en aanvullen."
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="opdracht", title="opdrachten")
    data_help = "map met de gegevens (standaard: de map data/ van de kennisbank waarin u staat)"

    validate = commands.add_parser(
        "validate",
        help="controleer alle gegevens en de teksten in content/",
        description="Controleer alle gegevensbestanden in data/ en de redactionele "
        "teksten in content/. Werkt vanuit elke map in de kennisbank.",
    )
    validate.add_argument("--data", metavar="MAP", help=data_help)
    validate.set_defaults(func=cmd_validate)

    export = commands.add_parser(
        "export",
        help="schrijf pilots.json en pilots.csv",
        description="Schrijf de open data (pilots.json en pilots.csv).",
    )
    export.add_argument("--data", metavar="MAP", help=data_help)
    export.add_argument(
        "--out", required=True, metavar="MAP", help="map waarin data/pilots.json en data/pilots.csv komen"
    )
    export.set_defaults(func=cmd_export)

    new = commands.add_parser(
        "nieuw",
        help="voeg een nieuw record toe (een geldig skelet om in te vullen)",
        description="Voeg een pilot, gemeente of document toe op de plaats waar het hoort; "
        "velden die u nog moet invullen krijgen 'NOG INVULLEN'.",
    )
    new.add_argument("--data", metavar="MAP", help=data_help)
    kinds = new.add_subparsers(dest="soort", required=True, metavar="soort", title="soorten")
    pilot = kinds.add_parser(
        "pilot",
        help="nieuwe pilot in data/pilots.yaml",
        description="Nieuwe pilot in data/pilots.yaml, bij de andere pilots van het thema.",
    )
    pilot.add_argument("--thema", required=True, help="id van het thema, bijvoorbeeld ontzorgen")
    pilot.add_argument(
        "--hoofdaanvrager", required=True, help='id of naam van de gemeente, bijvoorbeeld almelo of "Den Haag"'
    )
    gemeente = kinds.add_parser(
        "gemeente",
        help="nieuwe gemeente in data/gemeenten.yaml (naam of CBS-code)",
        description="Nieuwe gemeente in data/gemeenten.yaml. Geef de naam of de CBS-code van 2020, in hoofd- of "
        "kleine letters: 'kennisbank nieuw gemeente Middelburg', 'kennisbank nieuw gemeente gm0687' of "
        "'kennisbank nieuw gemeente --code GM0687'. Officiële naam, code en provincie komen uit de "
        "CBS-gegevens.",
    )
    gemeente.add_argument(
        "naam_of_code",
        nargs="?",
        metavar="NAAM_OF_CODE",
        help="naam of CBS-code van de gemeente, bijvoorbeeld Middelburg of GM0687",
    )
    gemeente.add_argument("--code", help="hetzelfde als NAAM_OF_CODE (naam of CBS-code)")
    document = kinds.add_parser(
        "document",
        help="nieuw document in data/documenten.yaml",
        description="Nieuw document in data/documenten.yaml, bij de andere documenten van dezelfde soort.",
    )
    document.add_argument("--titel", required=True, help="titel van het document")
    types = sorted(allowed_values("documenten", "type"))
    document.add_argument(
        "--type", required=True, choices=types, metavar="SOORT", help=f"soort document: {', '.join(types)}"
    )
    for sub in (pilot, gemeente, document):
        sub.set_defaults(func=cmd_new)
    new.set_defaults(func=cmd_new)

    hernoem = commands.add_parser(
        "hernoem",
        help="geef een record een nieuw id, overal tegelijk; het oude adres blijft werken",
        description="Geef een pilot, lopend initiatief, document, partner, thema of rode draad een nieuw id. Alle "
        "verwijzingen in data/ en een tekst in content/ gaan mee; het oude id komt in 'oude_ids', zodat "
        "het oude adres doorstuurt naar het nieuwe.",
    )
    hernoem.add_argument("--data", metavar="MAP", help=data_help)
    hernoem.add_argument("oud", metavar="OUD", help="het huidige id, bijvoorbeeld b1-route-almelo")
    hernoem.add_argument("nieuw", metavar="NIEUW", help="het nieuwe id, bijvoorbeeld b1-route-twente")
    hernoem.set_defaults(func=cmd_rename)

    verschil = commands.add_parser(
        "verschil",
        help="zeg in woorden wat er in de gegevens veranderd is",
        description="Zeg per record en per veld wat er in data/ veranderd is ten opzichte van een eerdere versie: "
        "standaard de versie waar deze tak van main afsplitste (of de laatste commit).",
    )
    verschil.add_argument(
        "basis",
        nargs="?",
        metavar="BASIS",
        help="de versie om mee te vergelijken: een commit, tak of tag, bijvoorbeeld origin/main",
    )
    verschil.add_argument("--data", metavar="MAP", help=data_help)
    verschil.add_argument(
        "--markdown",
        metavar="BESTAND",
        help="schrijf het overzicht er ook als Markdown bij (voor de samenvatting van een pull request)",
    )
    verschil.set_defaults(func=cmd_diff)

    nog = commands.add_parser(
        "nog-te-doen",
        help="wat de kennisbank nog niet weet: links, lege velden, ...",
        description="Toon wat de gegevens nog niet weten (rapporten zonder link, lege velden, "
        "wat er na 2021 van een pilot werd, ...), met bestand en regel.",
    )
    nog.add_argument("--data", metavar="MAP", help=data_help)
    nog.set_defaults(func=cmd_todo)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except CommandError as error:
        print(f"kennisbank {args.command}: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:  # pragma: no cover
        return 130
    except BrokenPipeError:  # the output went into `head` or a closed pager: nothing more to say
        return 0
    except Exception as error:  # noqa: BLE001 - an editor gets a sentence, never a traceback
        if os.environ.get("KENNISBANK_DEBUG"):
            raise
        print(
            f"kennisbank {args.command}: er ging iets mis dat niet aan uw gegevens ligt ({type(error).__name__}: "
            f"{error}). Er is niets half weggeschreven waar u op moet letten: controleer met 'kennisbank validate' "
            "en vraag hulp in de pull request, met deze melding erbij.",
            file=sys.stderr,
        )
        return 2


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
