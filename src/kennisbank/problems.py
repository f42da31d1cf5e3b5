"""Problems found in the data, reported to editors as `file:line:col: message`."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    line: int
    col: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.col}: {self.message}"


class DataError(Exception):
    """Raised when the data cannot be used; carries every problem found, not just the first."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(problems)
        super().__init__(format_problems(self.problems))


def count_text(count: int) -> str:
    return f"{count} {'probleem' if count == 1 else 'problemen'}"


def format_problems(problems: list[Problem]) -> str:
    lines = [str(p) for p in problems]
    lines.append(f"{count_text(len(problems))} gevonden in de gegevens.")
    return "\n".join(lines)
