"""Tables that read on a phone: every body cell of a generated table gets the heading of its column as
`data-label`, so the CSS can show a wide table's rows as cards ("Gemeenten: Arnhem, …") on a narrow screen.
Words with a hyphen or dash ("Noord-Holland", "80–100") are kept whole (`kb-heel`), so no cell breaks a
word across two lines."""

from __future__ import annotations

import html
import re

TABLE = re.compile(r"<table\b.*?</table>", re.S)
HEAD = re.compile(r"<thead>(.*?)</thead>", re.S)
HEAD_CELL = re.compile(r"<th\b[^>]*>(.*?)</th>", re.S)
ROW = re.compile(r"<tr\b[^>]*>.*?</tr>", re.S)
CELL_START = re.compile(r"<(td|th)\b")
TAG = re.compile(r"<[^>]+>")
TAG_OR_TEXT = re.compile(r"(<[^>]+>)")
HYPHENATED = re.compile(r"[^\s<>]+[-‐–—][^\s<>]+")
DASH = re.compile(r"[-‐–—]")


def _label_table(match: re.Match[str]) -> str:
    table = match.group(0)
    head = HEAD.search(table)
    if not head:
        return table
    labels = [html.unescape(TAG.sub("", cell)).strip() for cell in HEAD_CELL.findall(head.group(1))]

    def label_row(row: re.Match[str]) -> str:
        column = iter(labels)

        def label_cell(cell: re.Match[str]) -> str:
            label = next(column, "")
            return f'<{cell.group(1)} data-label="{html.escape(label)}"' if label else cell.group(0)

        return CELL_START.sub(label_cell, row.group(0))

    return _keep_words_whole(table[: head.end()] + ROW.sub(label_row, table[head.end() :]))


def _keep_words_whole(table: str) -> str:
    """Wraps each hyphenated word in the table's text (never inside a tag) in a span that does not wrap."""
    parts = TAG_OR_TEXT.split(table)
    # Most text has no dash at all: a quick look first (a sixth of the time on a comparison page).
    return "".join(
        part
        if part.startswith("<") or not DASH.search(part)
        else HYPHENATED.sub(r'<span class="kb-heel">\g<0></span>', part)
        for part in parts
    )


def label_cells(markup: str) -> str:
    """Adds data-label (the column heading) to each body cell of every table with a <thead>."""
    return TABLE.sub(_label_table, markup) if "<table" in markup else markup
