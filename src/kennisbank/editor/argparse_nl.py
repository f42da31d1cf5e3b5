"""argparse in Dutch: its own texts ("usage:", "error:", "the following arguments are required") are
translated, so an editor who mistypes a command reads Dutch only."""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn

_TEXTS = {
    "usage: ": "gebruik: ",
    "positional arguments": "argumenten",
    "options": "opties",
    "optional arguments": "opties",
    "show this help message and exit": "toon deze hulp en stop",
    "the following arguments are required: %s": "dit ontbreekt nog: %s",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "ongeldige keuze: %(value)r (kies uit %(choices)s)",
    "argument %(argument_name)s: %(message)s": "bij %(argument_name)s: %(message)s",
    "expected one argument": "hier hoort één waarde achter",
    "expected at most one argument": "hier hoort hoogstens één waarde achter",
    "expected at least one argument": "hier hoort minstens één waarde achter",
    "ambiguous option: %(option)s could match %(matches)s": "onduidelijke optie: %(option)s kan %(matches)s zijn",
    "invalid %(type)s value: %(value)r": "ongeldige waarde: %(value)r",
    "one of the arguments %s is required": "een van deze argumenten is nodig: %s",
    "not allowed with argument %s": "niet samen met %s",
    "ignored explicit argument %r": "overbodige waarde %r",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "onbekende opdracht %(parser_name)r (kies uit %(choices)s)",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "subcommands": "opdrachten",
}


def _translate(text: str) -> str:
    return _TEXTS.get(text, text)


def _ntranslate(singular: str, plural: str, count: int) -> str:
    if singular == "expected %s argument":
        return "hier hoort %s waarde achter" if count == 1 else "hier horen %s waarden achter"
    return _translate(singular if count == 1 else plural)


# argparse looks its texts up through these two module-level functions (gettext by default).
argparse._ = _translate  # type: ignore[attr-defined]
argparse.ngettext = _ntranslate  # type: ignore[attr-defined]


class Parser(argparse.ArgumentParser):
    """An ArgumentParser whose errors end with a pointer to the Dutch help."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: fout: {message}\nMeer uitleg: {self.prog} --help\n")
