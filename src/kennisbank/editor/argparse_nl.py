"""argparse in Dutch: its own texts ("usage:", "error:", "the following arguments are required") are
translated, so an editor who mistypes a command reads Dutch only.

Only argparse's public interface is used: a subclass with its own help option and argument groups (so the
section titles are ours), its documented `format_usage`/`format_help`/`error` methods overridden, and the
finished English error message put into Dutch. Nothing of argparse itself is changed for the rest of the
process.
"""

from __future__ import annotations

import argparse
import re
import sys
from typing import Any, NoReturn

# argparse's error messages (Python 3.11 and later), each with its Dutch form.
_MESSAGES = [
    (re.compile(r"the following arguments are required: (.*)", re.S), "dit ontbreekt nog: {0}"),
    (re.compile(r"unrecognized arguments: (.*)", re.S), "onbekende argumenten: {0}"),
    (re.compile(r"invalid choice: (.*?) \(choose from (.*)\)", re.S), "ongeldige keuze: {0} (kies uit {1})"),
    (re.compile(r"expected one argument"), "hier hoort één waarde achter"),
    (re.compile(r"expected at most one argument"), "hier hoort hoogstens één waarde achter"),
    (re.compile(r"expected at least one argument"), "hier hoort minstens één waarde achter"),
    (re.compile(r"expected (\d+) arguments?"), "hier horen {0} waarden achter"),
    (re.compile(r"ambiguous option: (.*?) could match (.*)", re.S), "onduidelijke optie: {0} kan {1} zijn"),
    (re.compile(r"invalid \S+ value: (.*)", re.S), "ongeldige waarde: {0}"),
    (re.compile(r"one of the arguments (.*) is required", re.S), "een van deze argumenten is nodig: {0}"),
    (re.compile(r"not allowed with argument (.*)", re.S), "niet samen met {0}"),
    (re.compile(r"ignored explicit argument (.*)", re.S), "overbodige waarde {0}"),
    (re.compile(r"unknown parser (.*?) \(choices: (.*)\)", re.S), "onbekende opdracht {0} (kies uit {1})"),
]
_ARGUMENT = re.compile(r"argument (.*?): (.*)", re.S)


def dutch_message(message: str) -> str:
    """argparse's English error message in Dutch; a message it does not know stays as it is."""
    if match := _ARGUMENT.fullmatch(message):
        return f"bij {match[1]}: {dutch_message(match[2])}"
    for pattern, dutch in _MESSAGES:
        if match := pattern.fullmatch(message):
            return dutch.format(*match.groups())
    return message


def _dutch_usage(text: str) -> str:
    return "gebruik: " + text.removeprefix("usage: ") if text.startswith("usage: ") else text


class Parser(argparse.ArgumentParser):
    """An ArgumentParser that speaks Dutch; its errors end with a pointer to the Dutch help. Subcommands made
    with `add_subparsers().add_parser` are of this class too."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["add_help"] = False  # our own -h, with a Dutch text, in our own group
        super().__init__(*args, **kwargs)
        self.arguments = self.add_argument_group("argumenten")
        self.options = self.add_argument_group("opties")
        self.options.add_argument("-h", "--help", action="help", help="toon deze hulp en stop")

    def add_argument(self, *names: str, **kwargs: Any) -> argparse.Action:
        """Into the Dutch groups: positional arguments under 'argumenten', options under 'opties'."""
        optional = bool(names) and names[0].startswith(self.prefix_chars)
        return (self.options if optional else self.arguments).add_argument(*names, **kwargs)

    def format_usage(self) -> str:
        return _dutch_usage(super().format_usage())

    def format_help(self) -> str:
        return _dutch_usage(super().format_help())

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: fout: {dutch_message(message)}\nMeer uitleg: {self.prog} --help\n")
