"""Whatever an owner types as a site setting under extra: in mkdocs.yml (a list, a number, ja/nee, a YAML label,
a broken quote, a misspelt name), `kennisbank validate` answers in Dutch at the line, saying what to write, and a
value that passes is text the pages can show. 300 generated wrong values (Hypothesis) and the cases an owner
makes, read as the owner reads them."""

from __future__ import annotations

import json
import re
import shutil
import tempfile
from pathlib import Path

import engine
import pytest
from conftest import ROOT, Project
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mkdocs.utils.yaml import yaml_load

from kennisbank.data.settings import TEXT_SETTINGS, check_settings

MESSAGE = re.compile(r"^mkdocs\.yml:\d+:\d+: \S")
ENGLISH = ("Error", "error", "expected", "found", "Traceback", "could not", "mapping", "scalar", "while ")


def set_raw(root: Path, key: str, written: str) -> int:
    """Replace the line of setting `key` under extra: by `key: <written>` exactly as typed; returns its line."""
    config = root / "mkdocs.yml"
    lines = config.read_text("utf-8").splitlines()
    number = next(i for i, line in enumerate(lines) if line.startswith(f"  {key}:"))
    lines[number] = f"  {key}: {written}"
    config.write_text("\n".join(lines) + "\n", "utf-8")
    return number + 1


@pytest.mark.parametrize(
    "key, written, expected",
    [
        (
            "beheerder",
            "[Divosa, VNG]",
            "instelling 'beheerder' (onder extra): hier hoort één tekst op dezelfde regel, geen lijst; "
            'schrijf beheerder: "Divosa"',
        ),
        (
            "beheerder",
            "yes",
            "instelling 'beheerder' (onder extra): 'yes' leest het programma als ja of nee, niet als tekst; zet het "
            'tussen aanhalingstekens: beheerder: "yes"',
        ),
        (
            "korte_naam",
            "2021",
            "instelling 'korte_naam' (onder extra): '2021' leest het programma als een getal, niet als tekst; zet het "
            'tussen aanhalingstekens: korte_naam: "2021"',
        ),
        (
            "beheerder",
            "!!python/name:os.system",
            "instelling 'beheerder' (onder extra): het label '!!python/name:os.system' hoort niet in de instellingen; "
            'haal het weg en schrijf beheerder: "Divosa"',
        ),
        (
            "contact",
            "{adres: info@divosa.nl}",
            "instelling 'contact' (onder extra): hier hoort één tekst op dezelfde regel, geen groep van velden; "
            'schrijf contact: "mailto:info@divosa.nl"',
        ),
        (
            "licentie_url",
            '"creativecommons.org/licenses/by/4.0"',
            "instelling 'licentie_url' (onder extra): 'creativecommons.org/licenses/by/4.0' is geen webadres; schrijf "
            'het adres van de licentietekst, bijvoorbeeld "https://creativecommons.org/licenses/by/4.0/deed.nl", '
            "of laat het leeg",
        ),
        (
            "licentie_url",
            '"https://creativecommons.org/licenses/by/4.0/deed.nl"',
            "instelling 'licentie_url' (onder extra): er staat een adres maar geen naam van de licentie; schrijf ook "
            'licentie: "CC BY 4.0", of laat licentie_url leeg',
        ),
    ],
)
def test_a_setting_that_is_not_text_is_refused_at_its_line(
    project: Project, key: str, written: str, expected: str
) -> None:
    line = set_raw(project.root, key, written)
    result = project.validate()
    assert result.returncode == 1, result.stdout
    assert f"mkdocs.yml:{line}:" in result.stderr and expected in result.stderr, result.stderr


def test_every_mistake_in_the_settings_is_reported_at_once(project: Project) -> None:
    """A list, a ja/nee, a misspelt name and an address without https:// in one go: one message for each."""
    config = project.root / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace("  contact_tekst:", "  kontakt_tekst:"), "utf-8")
    set_raw(project.root, "beheerder", "[Divosa, VNG]")
    set_raw(project.root, "korte_naam", "yes")
    set_raw(project.root, "licentie_url", '"creativecommons.org/licenses/by/4.0"')
    result = project.validate()
    assert result.returncode == 1
    said = [line.split(": ", 1)[1] for line in result.stderr.splitlines() if line.startswith("mkdocs.yml:")]
    assert sorted(line.split("'")[1] for line in said) == ["beheerder", "kontakt_tekst", "korte_naam", "licentie_url"]
    assert (
        "waarschuwing: instelling 'kontakt_tekst' (onder extra) gebruikt de kennisbank niet; bedoelt u "
        "'contact_tekst'?" in said
    ), said


def test_a_broken_quote_in_the_settings_is_explained_in_dutch(project: Project) -> None:
    line = set_raw(project.root, "beheerder", '"Divosa')
    result = project.validate()
    assert result.returncode == 1
    assert f"mkdocs.yml:{line}:" in result.stderr and "aanhalingsteken" in result.stderr, result.stderr
    assert not any(word in result.stderr for word in ENGLISH), result.stderr


def test_the_build_stops_on_a_label_in_the_settings_and_publishes_nothing(project: Project, tmp_path: Path) -> None:
    """The engine itself would read !!python/name and show the function's name in every page's footer."""
    line = set_raw(project.root, "beheerder", "!!python/name:os.system")
    result = engine.build(project.root, tmp_path / "site")
    assert result.returncode == 1
    assert f"mkdocs.yml:{line}:14: instelling 'beheerder' (onder extra): het label" in result.stderr, result.stderr
    assert not (tmp_path / "site").exists()


TAGS = ["!!binary aGFsbG8=", "!!set {a: null}", "!!omap [a: 1]", "!!python/name:os.system", "!!str tekst"]
TAGS += ["!ENV [KENNISBANK_X, tekst]", "!onbekend tekst", "!!map {a: 1}", "!!seq [a]", "!!int '12'", "!!bool ja"]
WRITTEN = st.one_of(
    st.sampled_from(TAGS),
    st.sampled_from(["yes", "no", "on", "Off", "true", "~", "null", "2021-01-01", "12:30", ".inf", "0x1F", "1_000"]),
    st.integers().map(str),
    st.floats(allow_nan=False).map(str),
    st.lists(st.text(max_size=8), max_size=3).map(json.dumps),
    st.dictionaries(st.text(min_size=1, max_size=6), st.text(max_size=6), max_size=2).map(json.dumps),
    st.text(max_size=40).map(json.dumps),
    st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), max_size=30),  # as typed, unquoted
)


@pytest.fixture(scope="module")
def settings_copy() -> Path:
    folder = Path(tempfile.mkdtemp())
    shutil.copy2(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    yield folder
    shutil.rmtree(folder)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(key=st.sampled_from(sorted(TEXT_SETTINGS)), written=WRITTEN)
def test_any_value_of_a_setting_gets_a_dutch_answer_or_is_text(settings_copy: Path, key: str, written: str) -> None:
    original = (ROOT / "mkdocs.yml").read_text("utf-8")
    try:
        set_raw(settings_copy, key, written)
        problems, warnings = check_settings(settings_copy)  # never raises
        messages = [str(found) for found in problems + warnings]
        assert all(MESSAGE.match(message) for message in messages), messages
        assert not any(word in message for message in messages for word in ENGLISH), messages
        assert not any("ligt niet aan uw gegevens" in message for message in messages), messages
        if not problems:  # what passes, the engine reads as text the pages can show
            value = yaml_load((settings_copy / "mkdocs.yml").read_text("utf-8"))["extra"][key]
            assert value is None or isinstance(value, str), (written, value)
    finally:
        (settings_copy / "mkdocs.yml").write_text(original, "utf-8")
