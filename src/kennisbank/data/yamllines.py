"""YAML as lines of text, for explaining syntax errors: each line's indentation, field name and value, and
how a value should be written (quoted, shortened)."""

from __future__ import annotations

import re
from dataclasses import dataclass

KEY = re.compile(r"([A-Za-z_][\w-]*):(?=\s|$)")
SHOWN = 50  # characters of a value quoted back in a suggestion


@dataclass(frozen=True)
class Line:
    number: int  # 1-based
    text: str
    indent: int
    key: str | None  # field name on this line, if any
    value: str  # what follows 'key: ' (or '- '), without a trailing comment
    value_col: int  # 1-based column where value starts


def split_line(number: int, text: str) -> Line:
    indent = len(text) - len(text.lstrip(" "))
    pos = indent
    while text.startswith("- ", pos) or text[pos:] == "-":
        pos += 2
    key = None
    match = KEY.match(text, pos)
    if match:
        key = match.group(1)
        pos = match.end()
        while pos < len(text) and text[pos] == " ":
            pos += 1
    return Line(number, text, indent, key, text[pos:], pos + 1)


def content_lines(text: str) -> list[Line]:
    """Lines that hold YAML structure: no blank lines, comments or the text of a block (| or >)."""
    lines: list[Line] = []
    block_indent: int | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        stripped = raw.strip()
        indent = len(raw) - len(raw.lstrip(" "))
        if block_indent is not None:
            if not stripped or indent > block_indent:
                continue
            block_indent = None
        if not stripped or stripped.startswith("#"):
            continue
        line = split_line(number, raw)
        lines.append(line)
        if re.fullmatch(r"[|>][-+0-9]*\s*(#.*)?", line.value.strip()):
            block_indent = indent
    return lines


def shown(value: str) -> str:
    value = value.strip()
    return value if len(value) <= SHOWN else value[: SHOWN - 1].rstrip() + "…"


def quoted(value: str) -> str:
    """The value as it should be written: between double quotes, inner double quotes escaped."""
    return '"' + shown(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


def written(line: Line, value: str) -> str:
    prefix = line.text[: line.value_col - 1].strip()
    return f"{prefix} {value}".strip()


def string_end(text: str, start: int) -> int | None:
    """Index just past the quoted string that opens at text[start], or None if it does not close."""
    quote = text[start]
    pos = start + 1
    while pos < len(text):
        char = text[pos]
        if quote == '"' and char == "\\":
            pos += 2
            continue
        if char == quote:
            if quote == "'" and text.startswith("''", pos):
                pos += 2
                continue
            return pos + 1
        pos += 1
    return None


@dataclass(frozen=True)
class SyntaxProblem:
    """A YAML syntax mistake as an editor sees it: the line and column where it starts and what to type."""

    line: int  # 1-based
    col: int
    message: str
