"""`kennisbank hernoem OUD NIEUW`: give a record a new id everywhere in one step. The id line changes, the old id
goes into `oude_ids` (its address keeps working: it forwards to the new one), every reference in data/ follows
and an editorial file in content/ gets the new name. Nothing is written when something is in the way."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kennisbank.data.adressen import PAGE_FILES, address
from kennisbank.data.datafile import DataFile
from kennisbank.data.editorial import SECTIONS
from kennisbank.data.loading import DATA_FILES, collect_problems, display_path
from kennisbank.editor.scaffold import ScaffoldError
from kennisbank.editor.textfile import TextFile

ID_FORM = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
# Fields whose value is the id of another record (a theme, a rode draad, a document, a pilot).
REFERENCE_FIELDS = {"thema", "draad", "bron", "bronnen", "behandelt"}


@dataclass
class Renamed:
    kind: str
    old_address: str
    new_address: str
    changed: dict[Path, list[int]] = field(default_factory=dict)  # file -> changed lines
    moved: tuple[Path, Path] | None = None  # editorial file: from, to


def _find(files: dict[str, DataFile], old: str) -> tuple[str, int, dict[str, Any]]:
    for kind in PAGE_FILES:
        for index, item in files[kind].items():
            if item.get("id") == old:
                return kind, index, item
    raise ScaffoldError(f"geen pilot, lopend initiatief, document, partner, thema of rode draad heeft het id '{old}'")


def _references(value: Any, path: tuple, old: str) -> list[tuple]:
    """Paths of every reference to `old` in one file's data."""
    found = []
    if isinstance(value, dict):
        for key, inner in value.items():
            if key in REFERENCE_FIELDS and inner == old:
                found.append(path + (key,))
            elif key in REFERENCE_FIELDS and isinstance(inner, list):
                found += [path + (key, i) for i, v in enumerate(inner) if v == old]
            else:
                found += _references(inner, path + (key,), old)
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found += _references(inner, path + (index,), old)
    return found


def _replace_at(text: TextFile, line: int, col: int, old: str, new: str) -> None:
    current = text.lines[line - 1]
    start = col - 1 + (1 if current[col - 1 : col] in "\"'" else 0)  # a quoted value starts at its quote
    if current[start : start + len(old)] != old:
        raise ScaffoldError(
            f"{display_path(text.path)}:{line}: '{old}' niet gevonden waar het hoort; pas het met de hand aan"
        )
    text.lines[line - 1] = current[:start] + new + current[start + len(old) :]


def rename(data_dir: Path, content_dir: Path | None, old: str, new: str) -> Renamed:
    if not ID_FORM.fullmatch(new):
        raise ScaffoldError(
            f"'{new}' is geen geldig id: gebruik kleine letters, cijfers en koppeltekens, bijvoorbeeld b1-route-almelo"
        )
    files, _ = collect_problems(data_dir)
    if any(not isinstance(file.source.data, list) for file in files.values()):
        raise ScaffoldError(
            "een gegevensbestand kan niet worden gelezen; los eerst de meldingen van 'kennisbank "
            "validate' op, dan kan het id veilig veranderen"
        )
    kind, index, item = _find(files, old)
    if new in files[kind].ids() or new in files[kind].ids().renamed:
        raise ScaffoldError(f"het id '{new}' bestaat al in {DATA_FILES[kind][0]}; kies een ander id")
    result = Renamed(kind, address(kind, item, old), address(kind, item, new))
    texts: dict[str, TextFile] = {}

    def text_of(file_kind: str) -> TextFile:
        if file_kind not in texts:
            texts[file_kind] = TextFile.read(Path(data_dir) / DATA_FILES[file_kind][0])
        return texts[file_kind]

    own = files[kind].source
    line, col = own.position((index, "id"))
    _replace_at(text_of(kind), line, col, old, new)
    result.changed.setdefault(text_of(kind).path, []).append(line)
    if isinstance(item.get("oude_ids"), list) and item["oude_ids"]:
        last_line, last_col = own.position((index, "oude_ids", len(item["oude_ids"]) - 1))
        current = text_of(kind).lines[last_line - 1]
        end = current.find("]", last_col - 1)
        if end < 0:  # a block list: one more '- ' line below the last one
            indent = current[: len(current) - len(current.lstrip())]
            text_of(kind).lines.insert(last_line, f"{indent}- {old}")
            result.changed[text_of(kind).path].append(last_line + 1)
        else:
            text_of(kind).lines[last_line - 1] = f"{current[:end]}, {old}{current[end:]}"
            result.changed[text_of(kind).path].append(last_line)
    else:
        key_line, key_col = own.position((index, "id"), key=True)
        text_of(kind).lines.insert(key_line, f"{' ' * (key_col - 1)}oude_ids: [{old}]")
        result.changed[text_of(kind).path].append(key_line + 1)
    # References: positions are those of the unchanged text; the line added above shifts later lines by one.
    for other in DATA_FILES:
        source = files[other].source
        for path in sorted(_references(source.data, (), old), key=lambda p: source.position(p), reverse=True):
            ref_line, ref_col = source.position(path)
            shift = 1 if other == kind and ref_line > line else 0
            _replace_at(text_of(other), ref_line + shift, ref_col, old, new)
            result.changed.setdefault(text_of(other).path, []).append(ref_line + shift)
    if content_dir is not None:
        section, old_name = result.old_address.strip("/").split("/")
        if f"{section}/" in SECTIONS:
            before = Path(content_dir) / section / f"{old_name}.md"
            after = Path(content_dir) / section / f"{result.new_address.strip('/').split('/')[-1]}.md"
            if before.is_file():
                if after.exists():
                    raise ScaffoldError(f"{display_path(after)} bestaat al; hernoem of verwijder het eerst")
                result.moved = (before, after)
    for text in texts.values():
        text.write()
    if result.moved:
        result.moved[0].rename(result.moved[1])
    return result
