"""Read a YAML file into plain Python values while remembering where every value stands.

PyYAML's normal loader forgets line numbers and silently keeps the last of two equal keys;
editors need both: a message that points at the line, and a duplicate key reported.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from kennisbank.data import yamlsyntax
from kennisbank.data.problems import Problem

Path_ = tuple[Any, ...]  # a path into the data: ("pilots", 3, "gemeenten", 0, "rol")


@dataclass
class YamlSource:
    """A parsed YAML file: its values plus the (line, col) of every value and mapping key (1-based)."""

    display_name: str
    data: Any = None
    value_positions: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    key_positions: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    broken: bool = False  # records run together: ids and references of this file cannot be trusted
    folded_lists: list[tuple[Path_, int, int]] = field(default_factory=list)  # (path, line, col): see _convert
    lines: list[str] = field(default_factory=list, repr=False)  # the text, for what the parser does not keep

    def position(self, path: Path_, *, key: bool = False) -> tuple[int, int]:
        """Position of the value (or its key) at `path`, falling back to the nearest parent."""
        lookup = self.key_positions if key else self.value_positions
        current = tuple(path)
        while True:
            if current in lookup:
                return lookup[current]
            if key and current in self.value_positions:
                return self.value_positions[current]
            if not current:
                return (1, 1)
            current = current[:-1]

    def problem(self, path: Path_, message: str, *, key: bool = False, kind: str = "") -> Problem:
        line, col = self.position(path, key=key)
        return Problem(self.display_name, line, col, message, kind)


_scalar_constructor = yaml.constructor.SafeConstructor()


def _mark(node: yaml.Node) -> tuple[int, int]:
    return (node.start_mark.line + 1, node.start_mark.column + 1)


_LIST_ITEM = re.compile(r"\s*([-*+]|[0-9]+[.)])\s+\S")


# The kinds of value data may hold; any other label ('!!binary', '!!set', '!!omap', '!ENV', ...) is refused.
_PLAIN = "tag:yaml.org,2002:"
ALLOWED_TAGS = {
    yaml.MappingNode: {_PLAIN + "map"},
    yaml.SequenceNode: {_PLAIN + "seq"},
    yaml.ScalarNode: {_PLAIN + kind for kind in ("str", "int", "float", "bool", "null", "timestamp")},
}


def _label_problem(node: yaml.Node, source: YamlSource) -> None:
    label = node.tag.replace(_PLAIN, "!!")
    advice = (
        "haal het weg en zet de tekst tussen aanhalingstekens"
        if isinstance(node, yaml.ScalarNode)
        else "haal het weg; schrijf een lijst met '- ' voor elk onderdeel en velden als 'naam: waarde'"
    )
    source.problems.append(
        Problem(source.display_name, *_mark(node), f"het label '{label}' hoort niet in de gegevens; {advice}")
    )


def _convert(node: yaml.Node, path: Path_, source: YamlSource) -> Any:
    source.value_positions[path] = _mark(node)
    if node.tag not in ALLOWED_TAGS[type(node)]:
        _label_problem(node, source)
        return (node.value or "?") if isinstance(node, yaml.ScalarNode) else "?"  # not empty: one message is enough
    if isinstance(node, yaml.MappingNode):
        result: dict[Any, Any] = {}
        seen: dict[Any, tuple[int, int]] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                source.problems.append(
                    Problem(
                        source.display_name,
                        *_mark(key_node),
                        "samenvoegsleutel '<<' wordt niet ondersteund; schrijf de velden uit",
                    )
                )
                continue
            key = _convert(key_node, path + ("<key>",), source)
            source.value_positions.pop(path + ("<key>",), None)
            if not isinstance(key, (str, int)):
                source.problems.append(Problem(source.display_name, *_mark(key_node), "een sleutel moet een naam zijn"))
                continue
            if key in seen and key == "id" and len(path) == 1:
                # A second 'id' in one record: the '- ' that starts the next record is missing. One message;
                # the fields after it repeat the record's fields and are not reported again.
                line, col = _mark(key_node)
                value = value_node.value if isinstance(value_node, yaml.ScalarNode) else "..."
                source.problems.append(
                    Problem(
                        source.display_name,
                        line,
                        max(col - 2, 1),
                        (
                            f"hier begint een nieuw record, maar het streepje ervoor ontbreekt: schrijf - id: {value} "
                            f"(met '- ' aan het begin van de regel)"
                        ),
                    )
                )
                source.broken = True
                break
            if key in seen:
                first_line = seen[key][0]
                source.problems.append(
                    Problem(
                        source.display_name,
                        *_mark(key_node),
                        f"sleutel '{key}' staat hier twee keer (eerder op regel {first_line}); "
                        "de tweede waarde zou de eerste stilzwijgend vervangen",
                    )
                )
                continue
            seen[key] = _mark(key_node)
            source.key_positions[path + (key,)] = _mark(key_node)
            result[key] = _convert(value_node, path + (key,), source)
        return result
    if isinstance(node, yaml.SequenceNode):
        return [_convert(item, path + (index,), source) for index, item in enumerate(node.value)]
    if isinstance(node, yaml.ScalarNode) and node.style == ">":
        # A folded block joins its lines into one: a Markdown list typed in it ends up on one line.
        for offset, line in enumerate(source.lines[node.start_mark.line + 1 : node.end_mark.line]):
            if _LIST_ITEM.match(line):
                source.folded_lists.append(
                    (path, node.start_mark.line + 2 + offset, len(line) - len(line.lstrip()) + 1)
                )
                break
    try:
        value = _scalar_constructor.construct_object(node, deep=True)
    except (yaml.constructor.ConstructorError, KeyError, TypeError):  # '!!bool ja', '!!python/...': data, never code
        _label_problem(node, source)
        return node.value or "?"
    except ValueError:
        # An unquoted date that does not exist, such as 2021-02-30: kept as the text typed; a date field's
        # schema check says what is wrong with it (data/datum.py), with the record and field.
        return node.value
    # Unquoted dates become date objects in YAML; the data model keeps them as ISO text.
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def _compose(text: str) -> yaml.Node | None:
    """The node tree of `text`, by libyaml's C parser when it is there (several times faster; its nodes carry
    the same line and column marks); a file it rejects is composed again by PyYAML's own parser, whose
    error messages are the ones editors see."""
    fast = getattr(yaml, "CSafeLoader", None)
    if fast is not None:
        try:
            return yaml.compose(text, Loader=fast)
        except yaml.YAMLError:
            pass
    return yaml.compose(text, Loader=yaml.SafeLoader)


def _non_comment_content(text: str) -> bool:
    return any(line.strip() and not line.lstrip().startswith("#") for line in text.splitlines())


NBSP = "\u00a0"
_NBSP_TEXT = (
    "hier staat een vaste spatie (een 'non-breaking space', vaak meegekopieerd uit Word of een "
    "webpagina) in plaats van een gewone spatie; YAML ziet hem niet als spatie. Vervang hem door een "
    "gewone spatie"
)


def _hard_spaces(text: str) -> list[tuple[int, int, str]]:
    """Non-breaking spaces where YAML needs a real one: in the indentation, or after a field's colon or a list
    dash. In a text value they are fine and stay."""
    found = []
    for number, line in enumerate(text.splitlines(), start=1):
        indent = len(line) - len(line.lstrip(" " + NBSP))
        if NBSP in line[:indent]:
            found.append((number, line.index(NBSP) + 1, f"{_NBSP_TEXT} (hij staat in de inspringing)"))
            continue
        structure = re.match(r"(\s*(?:-[ \u00a0]+)*)(?:[A-Za-z_][\w-]*:)?\u00a0", line)
        if structure and not line.lstrip().startswith("#"):
            col = structure.end()
            found.append(
                (
                    number,
                    col,
                    f"{_NBSP_TEXT} (hij staat direct na {'de dubbele punt' if line[col - 2] == ':' else 'het streepje'})",
                )
            )
    return found


def read_yaml(path: Path, display_name: str) -> YamlSource:
    """Parse `path`; never raises for bad content, problems are collected on the result."""
    source = YamlSource(display_name)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        source.problems.append(Problem(display_name, 1, 1, "bestand ontbreekt"))
        return source
    except IsADirectoryError:
        source.problems.append(Problem(display_name, 1, 1, "hier staat een map in plaats van een bestand"))
        return source
    except PermissionError:
        source.problems.append(Problem(display_name, 1, 1, "het bestand mag niet worden gelezen (geen leesrechten)"))
        return source
    except OSError:
        source.problems.append(Problem(display_name, 1, 1, "het bestand kan niet worden gelezen"))
        return source

    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        col = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        source.problems.append(
            Problem(
                display_name,
                line,
                col,
                f"het bestand is geen geldige UTF-8-tekst (byte 0x{raw[error.start]:02x}); sla het op als UTF-8",
            )
        )
        return source
    text = text.removeprefix("\ufeff")

    if not _non_comment_content(text):
        source.problems.append(Problem(display_name, 1, 1, "het bestand is leeg; er worden gegevens verwacht"))
        return source

    tab_lines = [
        number
        for number, line in enumerate(text.splitlines(), start=1)
        if "\t" in line[: len(line) - len(line.lstrip(" \t"))]
    ]
    for number in tab_lines:
        col = text.splitlines()[number - 1].index("\t") + 1
        source.problems.append(
            Problem(display_name, number, col, "tab gebruikt om in te springen; YAML staat alleen spaties toe")
        )
    if tab_lines:
        return source
    hard_spaces = _hard_spaces(text)
    if hard_spaces:
        source.problems += [Problem(display_name, line, col, message) for line, col, message in hard_spaces]
        return source

    try:
        node = _compose(text)
    except yaml.MarkedYAMLError as error:
        found = yamlsyntax.explain(text, error)
        source.problems.append(Problem(display_name, found.line, found.col, found.message))
        return source
    except yaml.YAMLError:  # pragma: no cover - PyYAML errors without position
        source.problems.append(
            Problem(
                display_name,
                1,
                1,
                "de YAML-opmaak klopt niet; controleer inspringing, dubbele punten en aanhalingstekens",
            )
        )
        return source

    if node is None:
        source.problems.append(Problem(display_name, 1, 1, "het bestand is leeg; er worden gegevens verwacht"))
        return source
    source.lines = text.splitlines()
    source.data = _convert(node, (), source)
    return source
