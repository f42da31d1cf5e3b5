"""The schemas are validated with their $refs inlined (kennisbank.data.schema_check), which is several times faster
than resolving a reference per value; the errors, and so the editors' messages, must be the same as with
the schemas as written."""

from __future__ import annotations

import copy

import pytest
from conftest import ROOT
from jsonschema import Draft202012Validator

from kennisbank.data import schema_check
from kennisbank.data.yamlsource import read_yaml

KINDS = ("pilots", "gemeenten", "provincies", "themas", "rode_draden", "documenten")


def as_written(kind: str) -> Draft202012Validator:
    return Draft202012Validator(schema_check._load_schema(kind), registry=schema_check._registry())


def errors(validator: Draft202012Validator, data) -> list[tuple]:
    # validator_value of a oneOf/anyOf is the list of alternatives (inlined or not); messages never use it.
    return sorted(
        (
            e.validator,
            tuple(map(str, e.absolute_path)),
            e.message,
            "" if e.validator in ("oneOf", "anyOf", "allOf") else str(e.validator_value),
            e.schema.get("description"),
            tuple(sorted(e.schema.get("properties", {}))),
        )
        for e in validator.iter_errors(data)
    )


def broken_variants(data: list[dict]) -> list:
    """The file's first items with one kind of mistake in every field of the first, one field at a time."""
    data = data[:3]
    variants = []
    first = data[0]
    for key, value in first.items():
        for wrong in (None, 12, "", [], {"x": 1}, ["", 3], "Ongeldig id!"):
            if wrong == value:
                continue
            changed = copy.deepcopy(data)
            changed[0][key] = wrong
            variants.append(changed)
        missing = copy.deepcopy(data)
        del missing[0][key]
        variants.append(missing)
    extra = copy.deepcopy(data)
    extra[0]["onbekend_veld"] = "x"
    variants.append(extra)
    return variants


@pytest.mark.parametrize("kind", KINDS)
def test_inlined_schema_gives_the_same_errors(kind: str) -> None:
    data = read_yaml(ROOT / "data" / f"{kind}.yaml", kind).data
    fast, slow = schema_check._validator(kind), as_written(kind)
    assert errors(fast, data) == errors(slow, data) == []
    variants = broken_variants(data)
    for variant in variants:
        assert errors(fast, variant) == errors(slow, variant)
    assert sum(bool(errors(fast, v)) for v in variants) > len(variants) // 2
