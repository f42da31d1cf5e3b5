"""Check data against the JSON Schemas in `schemas/` and explain every violation in Dutch."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator, ValidationError
from referencing import Registry, Resource

from .problems import Problem
from .yamlsource import YamlSource

SCHEMA_FILES = ("common", "pilots", "gemeenten", "provincies", "themas", "rode_draden", "documenten")

_TYPE_NAMES = {
    "string": "tekst",
    "integer": "een heel getal",
    "number": "een getal",
    "array": "een lijst",
    "object": "een groep velden",
    "null": "leeg",
    "boolean": "ja/nee (true/false)",
}


def _load_schema(name: str) -> dict[str, Any]:
    text = resources.files("kennisbank").joinpath(f"schemas/{name}.schema.json").read_text("utf-8")
    return json.loads(text)


@cache
def _validator(kind: str) -> Draft202012Validator:
    registry: Registry = Registry()
    for name in SCHEMA_FILES:
        schema = _load_schema(name)
        registry = registry.with_resource(schema["$id"], Resource.from_contents(schema))
    return Draft202012Validator(_load_schema(kind), registry=registry)


# Checked in this order: bool is a subclass of int.
_VALUE_KINDS = ((type(None), "leeg"), (bool, "ja/nee"), (int, "een getal"), (float, "een kommagetal"), (str, "tekst"),
                (list, "een lijst"), (dict, "een groep velden"))


def describe_type(instance: Any) -> str:
    return next((label for kind, label in _VALUE_KINDS if isinstance(instance, kind)), type(instance).__name__)


def field_label(path: tuple[Any, ...]) -> str:
    """('gemeenten', 1, 'rol') -> 'gemeenten[2].rol': list items are counted from 1, as editors count."""
    label = ""
    for part in path:
        if isinstance(part, int):
            label += f"[{part + 1}]"
        else:
            label += ("." if label else "") + str(part)
    return label


def item_context(data: Any, path: tuple[Any, ...], item_label: str) -> tuple[str, tuple[Any, ...]]:
    """Split a path into a readable item name ("pilot 'b1-route-almelo'") and the field path within it."""
    if path and isinstance(path[0], int) and isinstance(data, list) and path[0] < len(data):
        item = data[path[0]]
        item_id = item.get("id") if isinstance(item, dict) else None
        label = item_label
        if isinstance(item, dict) and item_label == "record" and item.get("soort") in ("pilot", "lopend_initiatief"):
            label = "pilot" if item["soort"] == "pilot" else "lopend initiatief"
        name = f"{label} '{item_id}'" if isinstance(item_id, str) else f"{item_label} nr. {path[0] + 1}"
        return name, path[1:]
    return "", path


def _quote(value: Any) -> str:
    if isinstance(value, str):
        return f"'{value}'"
    return json.dumps(value, ensure_ascii=False) if not isinstance(value, (dict, list)) else describe_type(value)


def _explain(error: ValidationError) -> tuple[str, tuple[Any, ...] | None]:
    """Dutch explanation of one violation, plus an optional more precise path (for an unknown key)."""
    kind = error.validator
    instance = error.instance
    value = error.validator_value
    if kind == "required":
        missing = [name for name in value if isinstance(instance, dict) and name not in instance]
        return f"verplicht veld '{missing[0] if missing else value}' ontbreekt", None
    if kind == "additionalProperties":
        allowed = sorted(error.schema.get("properties", {}))
        extra = sorted(k for k in instance if k not in allowed) if isinstance(instance, dict) else []
        key = extra[0] if extra else "?"
        return (f"onbekend veld '{key}'; toegestane velden: {', '.join(allowed)}",
                tuple(error.absolute_path) + (key,))
    if kind in ("enum", "const"):
        options = value if kind == "enum" else [value]
        return f"waarde {_quote(instance)} is niet toegestaan; kies uit: {', '.join(map(str, options))}", None
    if kind == "type":
        wanted = value if isinstance(value, list) else [value]
        if instance is None:
            return "mag niet leeg zijn", None
        expected = " of ".join(_TYPE_NAMES.get(w, w) for w in wanted)
        return f"verwacht {expected}, maar hier staat {describe_type(instance)} ({_quote(instance)})", None
    if kind == "pattern":
        if isinstance(instance, str) and not instance.strip():
            return "mag niet leeg zijn", None
        hint = error.schema.get("description")
        return f"waarde {_quote(instance)} heeft niet de juiste vorm" + (f" ({hint})" if hint else ""), None
    if kind == "minLength":
        return "mag niet leeg zijn", None
    if kind == "minItems":
        return ("de lijst mag niet leeg zijn" if value == 1
                else f"de lijst moet minstens {value} items hebben"), None
    if kind == "uniqueItems":
        return "de lijst bevat een waarde twee keer", None
    if kind in ("minimum", "maximum"):
        word = "minstens" if kind == "minimum" else "hoogstens"
        return f"waarde {_quote(instance)} moet {word} {value} zijn", None
    if kind in ("oneOf", "anyOf"):
        return f"waarde {_quote(instance)} heeft niet de juiste vorm", None
    return f"ongeldige waarde ({error.message})", None


def check_schema(source: YamlSource, kind: str, item_label: str) -> list[Problem]:
    """All schema violations of one data file, each with file, line, column and field."""
    problems: list[Problem] = []
    for error in _validator(kind).iter_errors(source.data):
        message, precise_path = _explain(error)
        path = precise_path if precise_path is not None else tuple(error.absolute_path)
        name, field_path = item_context(source.data, path, item_label)
        prefix = ", ".join(filter(None, [name, f"veld '{field_label(field_path)}'" if field_path else ""]))
        text = f"{prefix}: {message}" if prefix else message
        problems.append(source.problem(path, text, key=precise_path is not None))
    return problems
