"""The C parser (libyaml) reads valid data files with exactly the values and positions of PyYAML's own
parser; a file it rejects gets PyYAML's message, so editors see the same message either way."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from conftest import ROOT

from kennisbank.data import yamlsource
from kennisbank.data.yamlsource import read_yaml


def read_with_python_parser(path: Path, monkeypatch: pytest.MonkeyPatch) -> yamlsource.YamlSource:
    with monkeypatch.context() as patch:
        patch.delattr(yaml, "CSafeLoader", raising=False)
        return read_yaml(path, path.name)


@pytest.mark.parametrize("name", sorted(p.name for p in (ROOT / "data").glob("*.yaml")))
def test_every_data_file_reads_the_same_with_both_parsers(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    path = ROOT / "data" / name
    fast, slow = read_yaml(path, name), read_with_python_parser(path, monkeypatch)
    assert fast.data == slow.data
    assert fast.value_positions == slow.value_positions
    assert fast.key_positions == slow.key_positions
    assert fast.problems == slow.problems == []


@pytest.mark.parametrize(
    "text",
    [
        '- id: a\n  titel: "x\n- id: b\n',  # unclosed quote
        "- id: a\n   titel: x\n  soort: y\n",  # bad indentation
        "- id: a\n  titel: x: y: z\n",  # colon in a plain value
        "- id: a\n  titel: x\n  titel: y\n",  # duplicate key (found after parsing)
        "- id: é\n  naam: [1, 2\n",  # unclosed flow sequence after non-ASCII text
    ],
)
def test_broken_files_get_the_same_problems(text: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "pilots.yaml"
    path.write_text(text, "utf-8")
    fast, slow = read_yaml(path, path.name), read_with_python_parser(path, monkeypatch)
    assert fast.problems == slow.problems
    assert fast.problems
