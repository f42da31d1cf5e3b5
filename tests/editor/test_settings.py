"""Site settings that become links on every page are checked like the data: a bare e-mail address as contact,
a mailto: without a domain, an edit-link base that is no web address, each get a Dutch message at their line
of mkdocs.yml that says what to write; the build stops on them too. The example site address is a warning."""

from __future__ import annotations

import subprocess
import sys

import engine
import pytest
from conftest import Project
from test_settings_values import set_raw

from kennisbank.data.settings import check_settings, contact_problem, placeholder_warning


def set_extra(project: Project, key: str, value: str) -> int:
    """Setting `key` under extra: as a quoted text; returns its line."""
    return set_raw(project.root, key, f'"{value}"')


@pytest.mark.parametrize(
    "value, expected",
    [
        (
            "info@divosa.nl",
            "is een e-mailadres zonder 'mailto:' ervoor; zo wordt het een link die nergens heen leidt. "
            'Schrijf: "mailto:info@divosa.nl"',
        ),
        ("mailto:info@divosa", "is geen volledig e-mailadres: na 'mailto:' hoort een adres als naam@organisatie.nl"),
        ("www.divosa.nl/contact", "is geen webadres en geen e-mailadres; schrijf bijvoorbeeld"),
    ],
)
def test_a_contact_that_leads_nowhere_is_refused_at_its_line(project: Project, value: str, expected: str) -> None:
    line = set_extra(project, "contact", value)
    result = project.validate()
    assert result.returncode == 1
    assert f"mkdocs.yml:{line}:12: instelling 'contact' (onder extra): '{value}' {expected}" in result.stderr


@pytest.mark.parametrize(
    "value",
    [
        "mailto:info@divosa.nl",
        "https://www.divosa.nl/contact",
        "http://example.org/x",
        "mailto:redactie@kennisbank.voorbeeld.nl?subject=Fout",
        "",
    ],
)
def test_a_working_contact_passes(value: str) -> None:
    assert contact_problem(value) is None


def test_an_edit_link_base_must_be_a_web_address(project: Project) -> None:
    line = set_extra(project, "gegevens_bewerken_url", "github.com/divosa/kennisbank")
    problems, _ = check_settings(project.root)
    assert [str(p) for p in problems] == [
        f"mkdocs.yml:{line}:26: instelling 'gegevens_bewerken_url' (onder extra): 'github.com/divosa/kennisbank' is "
        "geen webadres dat eindigt op '/'; schrijf het adres waaronder een gegevensbestand te openen is, bijvoorbeeld "
        '"https://github.com/ORGANISATIE/REPOSITORY/blob/main/", of laat het leeg'
    ]


def test_the_build_stops_on_a_bad_contact_and_publishes_nothing(project: Project, tmp_path) -> None:
    line = set_extra(project, "contact", "info@divosa.nl")
    result = engine.build(project.root, tmp_path / "site")
    assert result.returncode == 1
    assert f"mkdocs.yml:{line}:12: instelling 'contact'" in result.stderr
    assert not (tmp_path / "site").exists()


def test_the_example_site_address_is_a_warning_until_the_real_one_is_set(project: Project) -> None:
    assert check_settings(project.root) == ([], [])  # validate leaves the site's address to the build
    warning = placeholder_warning(project.root)
    assert "site_url is nog het voorbeeldadres https://kennisbank-voi.example/" in str(warning)
    env_set = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from pathlib import Path; "
            "from kennisbank.data.settings import placeholder_warning; "
            "print(placeholder_warning(Path(sys.argv[1])))",
            str(project.root),
        ],
        capture_output=True,
        text=True,
        env={"KENNISBANK_SITE_URL": "https://kennisbank.divosa.nl/", "PATH": "/usr/bin"},
    )
    assert env_set.stdout.strip() == "None", env_set.stderr
