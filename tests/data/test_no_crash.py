"""No value an editor can type crashes the build: wrong values of every kind, put into every field of a sample
record of every data file, are either reported as a Dutch message at file and line, or the whole site is
made from them without an error. Property-based (Hypothesis), in-process for speed; the real builds with
such values are in test_dates.py and tests/adapter/test_build_safety.py."""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import ROOT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kennisbank.data.loading import GEO_DIR, check_project
from kennisbank.render.export import export_files
from kennisbank.render.locator_maps import LocatorMaps
from kennisbank.render.maps import MapMaker
from kennisbank.render.pages import SiteBuilder
from kennisbank.views.compare import compare_json
from kennisbank.views.glossary import Glossary
from kennisbank.views.search import SearchCatalogue

FILES = (
    "pilots",
    "documenten",
    "themas",
    "rode_draden",
    "gemeenten",
    "provincies",
    "partners",
    "begrippen",
    "herindelingen",
)
MESSAGE = re.compile(r"^data/[a-z_]+\.yaml:\d+:\d+: \S")


def _fields(value: Any, path: tuple = ()) -> list[tuple]:
    """Every field path of a record, nested ones too (lists by their first item): ('doelgroep', 'aantal')."""
    paths = [path] if path else []
    if isinstance(value, dict):
        for key, inner in value.items():
            paths += _fields(inner, path + (key,))
    elif isinstance(value, list) and value:
        paths += _fields(value[0], path + (0,))
    return paths


def _sample_fields() -> list[tuple[str, int, tuple]]:
    """(file, record index, field path) for the first record of each file and the first lopend initiatief."""
    found = []
    for name in FILES:
        records = yaml.safe_load((ROOT / "data" / f"{name}.yaml").read_text("utf-8"))
        indexes = {0}
        if name == "pilots":
            indexes.add(next(i for i, r in enumerate(records) if r.get("soort") == "lopend_initiatief"))
        for index in sorted(indexes):
            found += [(name, index, path) for path in _fields(records[index])]
    return found


FIELDS = _sample_fields()
# Dates are where a value of the right form can still be wrong: drawn as often as all other fields together.
DATE_FIELDS = [f for f in FIELDS if f[2][-1] in ("datum", "start", "gestart")]
TRICKY = [
    "",
    " ",
    "2019-13-01",
    "2019-13",
    "2019-02-30",
    "2019-00",
    "0000",
    "2021",
    "bestaat-niet",
    "B1 route",
    "<script>alert(1)</script>",
    "[klik](javascript:alert(1))",
    "- een\n- lijst",
    "{{ config }}",
    "é" * 300,
    "../../pilots/bestaat-niet/",
    "null",
    "ja",
    "‮omgekeerd",
    "\u00a0",
]
VALUES = st.one_of(
    st.sampled_from(TRICKY),
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**6), max_value=10**9),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=40),
    st.lists(st.one_of(st.text(max_size=10), st.integers()), max_size=3),
    st.dictionaries(st.text(min_size=1, max_size=8), st.text(max_size=8), max_size=2),
)


def _set(record: Any, path: tuple, value: Any) -> None:
    for part in path[:-1]:
        record = record[part]
    record[path[-1]] = value


def _make_everything(data_dir: Path) -> None:
    """What the build makes from valid data (adapter.events.on_files and on_config), without MkDocs."""
    check = check_project(data_dir)
    dataset = check.dataset()
    SearchCatalogue(dataset)
    Glossary(dataset)
    maker = MapMaker(dataset, data_dir / GEO_DIR)
    maps = {view.slug: view for view in maker.all_views()}
    SiteBuilder(dataset, {}, None, maps, {}, ligging=LocatorMaps(maker).ligging).pages()
    compare_json(dataset)
    export_files(dataset)


@pytest.fixture(scope="module")
def data_copy() -> Path:
    folder = Path(tempfile.mkdtemp()) / "data"
    shutil.copytree(ROOT / "data", folder)
    yield folder
    shutil.rmtree(folder.parent)


@settings(
    max_examples=int(os.environ.get("KB_VOORBEELDEN", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(where=st.one_of(st.sampled_from(DATE_FIELDS), st.sampled_from(FIELDS)), value=VALUES)
def test_a_wrong_value_in_any_field_is_reported_or_builds(data_copy: Path, where: tuple, value: Any) -> None:
    name, index, path = where
    file = data_copy / f"{name}.yaml"
    original = (ROOT / "data" / f"{name}.yaml").read_text("utf-8")
    records = yaml.safe_load(original)
    _set(records[index], path, value)
    file.write_text(yaml.safe_dump(records, allow_unicode=True, sort_keys=False), "utf-8")
    try:
        check = check_project(data_copy)  # must not raise, whatever the value
        messages = [str(problem) for problem in check.problems]
        assert all(MESSAGE.match(message) for message in messages), messages
        assert not any("Traceback" in message or "Error" in message for message in messages), messages
        if not messages:
            _make_everything(data_copy)  # valid data: every page, map and download can be made
    finally:
        file.write_text(original, "utf-8")


@pytest.mark.parametrize("where", [("documenten", "datum"), ("themas", "start"), ("pilots", "gestart")])
@pytest.mark.parametrize("value", ["2019-13-01", "2019-13", "2019-02-30", "2019-00", 2021])
def test_every_impossible_date_is_reported_in_every_date_field(data_copy: Path, where: tuple, value: Any) -> None:
    name, field = where
    file = data_copy / f"{name}.yaml"
    original = (ROOT / "data" / f"{name}.yaml").read_text("utf-8")
    records = yaml.safe_load(original)
    record = records[0] if name != "pilots" else next(r for r in records if r["soort"] == "lopend_initiatief")
    record[field] = value
    file.write_text(yaml.safe_dump(records, allow_unicode=True, sort_keys=False), "utf-8")
    try:
        messages = [str(problem) for problem in check_project(data_copy).problems]
    finally:
        file.write_text(original, "utf-8")
    assert len(messages) == 1, messages
    assert f"veld '{field}':" in messages[0]
    if isinstance(value, int):
        assert messages[0].endswith(f'een datum hoort tussen aanhalingstekens; schrijf {field}: "{value}"')
    else:
        assert f"'{value}' is geen bestaande datum: " in messages[0]


# Labels (tags) typed before a value: none of them may make validate say the problem is not in the data.
TAGGED = [
    "!!binary aGFsbG8=",
    "!!set {a: null}",
    "!!omap [a: 1]",
    "!!pairs [a: 1, b: 2]",
    "!!python/name:os.system",
    "!!python/object/apply:os.system [ls]",
    "!ENV [KENNISBANK_X, tekst]",
    "!onbekend tekst",
    "!!map {a: 1}",
    "!!seq [a]",
    "!!int '12'",
    "!!bool ja",
]
MARKER = "KBWAARDEHIER"


@settings(
    max_examples=int(os.environ.get("KB_VOORBEELDEN", "60")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(where=st.sampled_from(FIELDS), tagged=st.sampled_from(TAGGED))
def test_a_labelled_value_in_any_field_is_reported_in_dutch(data_copy: Path, where: tuple, tagged: str) -> None:
    name, index, path = where
    file = data_copy / f"{name}.yaml"
    original = (ROOT / "data" / f"{name}.yaml").read_text("utf-8")
    records = yaml.safe_load(original)
    _set(records[index], path, MARKER)
    file.write_text(yaml.safe_dump(records, allow_unicode=True, sort_keys=False).replace(MARKER, tagged, 1), "utf-8")
    try:
        check = check_project(data_copy)  # must not raise, whatever the label
        messages = [str(problem) for problem in check.problems]
        assert all(MESSAGE.match(message) for message in messages), messages
        assert not any("Traceback" in message or "Error" in message for message in messages), messages
        if not tagged.startswith(("!!map", "!!seq", "!!int", "!!bool")):  # those four name kinds data may hold
            assert any("het label" in message and "hoort niet in de gegevens" in message for message in messages)
    finally:
        file.write_text(original, "utf-8")
