"""Problems found in the data, reported to editors as `file:line:col: message`."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

# What kind of check found a problem; used to keep one message per mistake.
FORM = "vorm"  # a value does not have the form of an id, date, ...
REFERENCE = "verwijzing"  # a value names something that does not exist
WARNING_LABEL = "waarschuwing"


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    line: int
    col: int
    message: str
    kind: str = field(default="", compare=False)

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.col}: {self.message}"


class DataError(Exception):
    """Raised when the data cannot be used; carries every problem found, not just the first."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems)
        super().__init__(format_problems(self.problems))


def count_text(count: int, singular: str = "probleem", plural: str = "problemen") -> str:
    """'1 probleem', '2 problemen', '0 problemen': the noun agrees with the number."""
    return f"{count} {singular if count == 1 else plural}"


def one_per_mistake(problems: Iterable[Problem]) -> list[Problem]:
    """A value that names something unknown is not also reported for its form: 'Den Haag' gets the
    message that says which id to write, not a second one about lower-case letters."""
    problems = list(problems)
    explained = {(p.file, p.line, p.col) for p in problems if p.kind == REFERENCE}
    return sorted({p for p in problems if not (p.kind == FORM and (p.file, p.line, p.col) in explained)})


def format_problems(problems: list[Problem]) -> str:
    lines = [str(p) for p in problems]
    lines.append(f"{count_text(len(problems))} gevonden in de gegevens.")
    return "\n".join(lines)
