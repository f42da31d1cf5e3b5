"""Check data against the JSON Schemas in `schemas/` and explain every violation in Dutch."""

from __future__ import annotations

import difflib
import json
from collections import Counter
from functools import cache
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker, ValidationError
from jsonschema.exceptions import best_match
from referencing import Registry, Resource

from kennisbank.data.datum import HOW_TO_WRITE, calendar_problem, is_real_date
from kennisbank.data.kinds import KINDS
from kennisbank.data.problems import FORM, Problem
from kennisbank.data.slips import quotes_message, slip_message, strings, unquoted
from kennisbank.data.yamlsource import YamlSource

# The shared definitions and every kind's schema (data/kinds.py): each may point into the others.
SCHEMA_FILES = ("common", *(kind.naam for kind in KINDS))

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
    text = resources.files("kennisbank.data").joinpath(f"schemas/{name}.schema.json").read_text("utf-8")
    return json.loads(text)


def allowed_values(kind: str, field: str) -> list[str]:
    """The values a schema allows for a field of an item, e.g. the document types (for the command line)."""
    return list(_load_schema(kind)["items"]["properties"][field]["enum"])


def _registry() -> Registry:
    registry: Registry = Registry()
    for name in SCHEMA_FILES:
        schema = _load_schema(name)
        registry = registry.with_resource(schema["$id"], Resource.from_contents(schema))
    return registry


def _inline_refs(schema: Any, base: str, registry: Registry) -> Any:
    """The schema with every $ref replaced by what it points to (our schemas are not recursive): jsonschema
    then validates without a reference lookup per value, several times faster, with the same errors.
    A $ref next to other keywords becomes an allOf, which reports the same errors as the $ref did."""
    if isinstance(schema, list):
        return [_inline_refs(item, base, registry) for item in schema]
    if not isinstance(schema, dict):
        return schema
    out = {
        key: value if key in ("enum", "const", "required") else _inline_refs(value, base, registry)
        for key, value in schema.items()
        if key not in ("$ref", "$defs")
    }
    if "$ref" not in schema:
        return out
    document, _, pointer = schema["$ref"].partition("#")
    document = document or base
    target = registry.contents(document)
    for part in filter(None, pointer.split("/")):
        target = target[part]
    resolved = _inline_refs(target, document, registry)
    return {"allOf": [resolved], **out} if out else resolved


# Date fields ("format": "kb-datum") must be real calendar dates, not only of the right form: '2019-13-01'
# would otherwise pass and stop the build later.
_FORMATS = FormatChecker(formats=())
_FORMATS.checks("kb-datum")(is_real_date)


@cache
def _validator(kind: str) -> Draft202012Validator:
    schema = _load_schema(kind)
    return Draft202012Validator(_inline_refs(schema, schema["$id"], _registry()), format_checker=_FORMATS)


# Checked in this order: bool is a subclass of int.
_VALUE_KINDS = (
    (type(None), "leeg"),
    (bool, "ja/nee"),
    (int, "een getal"),
    (float, "een kommagetal"),
    (str, "tekst"),
    (list, "een lijst"),
    (dict, "een groep velden"),
)


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


def _closest(name: str, options: list[str]) -> str | None:
    close = difflib.get_close_matches(name, options, n=1, cutoff=0.7)
    return close[0] if close else None


def _missing_field(error: ValidationError, index: int) -> str:
    """The field a `required` error is about: such errors come one per missing field, in schema order."""
    missing = [
        name for name in error.validator_value if isinstance(error.instance, dict) and name not in error.instance
    ]
    return missing[min(index, len(missing) - 1)] if missing else str(error.validator_value)


def _explain(error: ValidationError) -> str:
    """Dutch explanation of one violation."""
    kind = error.validator
    instance = error.instance
    value = error.validator_value
    field = next((part for part in reversed(error.absolute_path) if isinstance(part, str)), "waarde")
    wants = error.schema.get("type")
    # Only 'aantal' has the fields for a range and an explanation next to it (aantal_tot, aantal_toelichting).
    wants_number = kind == "type" and field == "aantal" and isinstance(wants, (list, str)) and "integer" in wants
    if slip := slip_message(field, instance, error.schema.get("format") == "kb-datum", wants_number):
        return slip
    if kind in ("enum", "const"):
        options = value if kind == "enum" else [value]
        return f"waarde {_quote(instance)} is niet toegestaan; kies uit: {', '.join(map(str, options))}"
    if kind == "format" and value == "kb-datum":
        return f"{_quote(instance)} is geen bestaande datum: {calendar_problem(instance)}; {HOW_TO_WRITE}"
    if kind == "type":
        wanted = value if isinstance(value, list) else [value]
        if instance is None:
            return "mag niet leeg zijn"
        if (
            error.schema.get("format") == "kb-datum"
            and isinstance(instance, (int, float))
            and not isinstance(instance, bool)
        ):
            # `datum: 2021` is a number in YAML; the same digits between quotes are a date.
            field = next((part for part in reversed(error.absolute_path) if isinstance(part, str)), "datum")
            return f'een datum hoort tussen aanhalingstekens; schrijf {field}: "{instance}"'
        if error.schema.get("format") == "kb-datum":
            return f"verwacht een datum, maar hier staat {describe_type(instance)} ({_quote(instance)}); {HOW_TO_WRITE}"
        expected = " of ".join(_TYPE_NAMES.get(w, w) for w in wanted)
        if "string" in wanted and isinstance(instance, dict) and len(instance) == 1:
            # `- Deelnemers: drie dagen` without quotes: the colon turned the text into a field.
            return (
                "verwacht tekst, maar door de dubbele punt in de tekst leest YAML hier een veld; "
                "zet de tekst tussen aanhalingstekens"
            )
        shown = "" if isinstance(instance, (dict, list)) else f" ({_quote(instance)})"
        return f"verwacht {expected}, maar hier staat {describe_type(instance)}{shown}"
    if kind == "pattern":
        if isinstance(instance, str) and not instance.strip():
            return "mag niet leeg zijn"
        hint = error.schema.get("description")
        return f"waarde {_quote(instance)} heeft niet de juiste vorm" + (f" ({hint})" if hint else "")
    if kind == "minLength":
        return "mag niet leeg zijn"
    if kind == "minItems":
        return "de lijst mag niet leeg zijn" if value == 1 else f"de lijst moet minstens {value} items hebben"
    if kind == "uniqueItems":
        return "de lijst bevat een waarde twee keer"
    if kind in ("minimum", "maximum"):
        word = "minstens" if kind == "minimum" else "hoogstens"
        return f"waarde {_quote(instance)} moet {word} {value} zijn"
    if kind in ("oneOf", "anyOf"):
        return f"waarde {_quote(instance)} heeft niet de juiste vorm"
    return "ongeldige waarde; vergelijk met de andere records in dit bestand"


def _most_precise(error: ValidationError) -> ValidationError:
    """For 'one of these forms' (a group of fields or leeg), the violation inside the form that was meant:
    'later.soort: waarde ... is niet toegestaan' instead of 'later heeft niet de juiste vorm'."""
    while error.validator in ("oneOf", "anyOf") and error.context:
        meant = [sub for sub in error.context if sub.validator != "type"] or list(error.context)
        error = best_match(meant)
    return error


def _unknown_fields(error: ValidationError) -> list[tuple[str, str | None]]:
    """Every unknown field of one record: (field, the known field it was probably meant to be)."""
    allowed = sorted(error.schema.get("properties", {}))
    instance = error.instance if isinstance(error.instance, dict) else {}
    extra = [key for key in instance if key not in allowed]
    return [(key, _closest(str(key), allowed)) for key in extra]


# What to write in a required field that is missing, where the field's name alone does not say it.
_SOURCE = (
    "het id van het document in data/documenten.yaml dat dit zegt, bijvoorbeeld divosa-publicatie; staat het "
    'document er nog niet in, voeg het dan toe met: kennisbank nieuw document --titel "TITEL" --type SOORT'
)
HOW_TO_FILL = {
    "bron": f"; schrijf bron: en dan {_SOURCE}",
    "bronnen": f"; schrijf bronnen: [ID] met {_SOURCE}",
    "status": "; schrijf status: en een van: loopt door, opgenomen in de gewone werkwijze, gestopt, nog niet bekend",
}

# How to start a record with every field in place, per file.
NEW_RECORD_TIP = {
    "pilots": ". Een nieuwe pilot met alle velden maakt u met: kennisbank nieuw pilot --thema THEMA --hoofdaanvrager "
    "GEMEENTE",
    "documenten": '. Een nieuw document met alle velden maakt u met: kennisbank nieuw document --titel "TITEL" '
    "--type SOORT",
    "gemeenten": ". Een gemeente met alle velden maakt u met: kennisbank nieuw gemeente NAAM",
}


def check_schema(source: YamlSource, kind: str, item_label: str) -> list[Problem]:
    """All schema violations of one data file, each with file, line, column and field."""
    errors = list(_validator(kind).iter_errors(source.data))
    # A misspelled field name is one mistake: 'kernpnten' is reported as unknown with 'bedoelt u
    # 'kernpunten'?', and the required 'kernpunten' it was meant to be is not reported as missing.
    meant: set[tuple[tuple[Any, ...], str]] = set()
    for error in errors:
        if error.validator == "additionalProperties":
            meant |= {(tuple(error.absolute_path), close) for _, close in _unknown_fields(error) if close}

    def report(path: tuple[Any, ...], message: str, *, key: bool = False, kind: str = "") -> Problem:
        name, field_path = item_context(source.data, path, item_label)
        prefix = ", ".join(filter(None, [name, f"veld '{field_label(field_path)}'" if field_path else ""]))
        return source.problem(path, f"{prefix}: {message}" if prefix else message, key=key, kind=kind)

    problems: list[Problem] = []
    seen: list[tuple[tuple[Any, ...], str]] = []  # values reported already, with the rule they broke
    required_seen: Counter[tuple[Any, ...]] = Counter()
    missing: dict[tuple[Any, ...], list[str]] = {}
    for error in map(_most_precise, errors):
        path = tuple(error.absolute_path)
        if error.validator == "additionalProperties":
            allowed = ", ".join(sorted(error.schema.get("properties", {})))
            for key, close in _unknown_fields(error):
                hint = f"bedoelt u '{close}'?" if close else f"toegestane velden: {allowed}"
                problems.append(report(path + (key,), f"onbekend veld; {hint}", key=True))
            continue
        if error.validator == "required":
            name = _missing_field(error, required_seen[path])
            required_seen[path] += 1
            if (path, name) not in meant:
                missing.setdefault(path, []).append(name)
            continue
        problems.append(report(path, _explain(error), kind=FORM if error.validator == "pattern" else ""))
        seen.append((path, error.validator))
    # All missing fields of one record (or group) are one mistake: one message that names them all.
    # Typographic quotes around a whole text pass the schema, then show on the page: refused too.
    reported = {problem_path for problem_path, _ in seen}
    for path, text in strings(source.data):
        if unquoted(text) is not None and path not in reported and len(path) > 1:
            problems.append(report(path, quotes_message(str(path[-1]) if isinstance(path[-1], str) else "- ", text)))
    for path, names in missing.items():
        if len(names) == 1:
            problems.append(report(path, f"verplicht veld '{names[0]}' ontbreekt{HOW_TO_FILL.get(names[0], '')}"))
        else:
            tip = NEW_RECORD_TIP.get(kind, "") if len(path) == 1 else ""
            problems.append(report(path, f"{len(names)} verplichte velden ontbreken: {', '.join(sorted(names))}{tip}"))
    return problems
