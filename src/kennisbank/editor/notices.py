"""What a build reports to an editor, one notice per problem: file, line and a Dutch message, also as a
GitHub annotation at the line of a pull request."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Notice:
    """One thing the build reports: a file (relative to the project), a line if known, a message."""

    file: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.message}" if where else self.message


def github_annotation(level: str, notice: Notice) -> str:
    """The notice as a GitHub Actions annotation (`::error file=…,line=…::…`), shown at the line in a
    pull request's diff; level is 'error' or 'warning'."""
    message = notice.message.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    where = ",".join(
        part
        for part in (f"file={notice.file}" if notice.file else "", f"line={notice.line}" if notice.line else "")
        if part
    )
    return f"::{level} {where}::{message}" if where else f"::{level}::{message}"


def in_github_actions() -> bool:
    return os.environ.get("GITHUB_ACTIONS") == "true"


_OWN = re.compile(r"(?P<file>[\w./-]+\.(?:md|ya?ml))(?::(?P<line>\d+))?(?::\d+)?: (?P<message>.*)", re.S)


def parse_own(message: str) -> Notice:
    """Our own messages start with `file:line:col:` or `file:`; split that off for the error page."""
    if m := _OWN.fullmatch(message):
        return Notice(m["file"], int(m["line"]) if m["line"] else None, m["message"])
    return Notice("", None, message)
