"""Typing slips get one Dutch message at their line that says what to write (issue 27): typographic quotes
around a title or a date, a date in the Dutch order, text or a range in a number field, a second hoofdaanvrager,
an emoji in a title. Each message is read whole, as an editor reads it."""

from __future__ import annotations

import pytest
from conftest import Project


def problems(project: Project) -> list[str]:
    result = project.validate()
    return [line for line in result.stderr.splitlines() if line.startswith("data/")]


@pytest.mark.parametrize(
    "file, old, new, expected",
    [
        (
            "pilots.yaml",
            'titel: "B1-route Almelo"',
            "titel: “B1-route Almelo”",
            "pilot 'b1-route-almelo', veld 'titel': de waarde staat tussen typografische aanhalingstekens (“…”); YAML kent "
            'alleen de gewone, die niet op de pagina komen. Schrijf: titel: "B1-route Almelo"',
        ),
        (
            "themas.yaml",
            'start: "2019-11"',
            "start: ‘2019-11’",
            "thema 'b1-route', veld 'start': de waarde staat tussen typografische aanhalingstekens (‘…’); YAML kent alleen "
            'de gewone, die niet op de pagina komen. Schrijf: start: "2019-11"',
        ),
        (
            "documenten.yaml",
            '  datum: "2021-12"',
            '  datum: "30-12-2021"',
            "document 'divosa-publicatie', veld 'datum': '30-12-2021' is een datum in de Nederlandse volgorde "
            '(dag-maand-jaar); de gegevens schrijven jaar-maand-dag. Schrijf: datum: "2021-12-30"',
        ),
        (
            "pilots.yaml",
            "    aantal: 36\n",
            "    aantal: ongeveer 36\n",
            "pilot 'duaal-lochem', veld 'doelgroep.aantal': hier hoort een getal, maar er staat tekst ('ongeveer 36'). "
            "Schrijf het getal uit de bron (zonder woorden), een bereik met aantal_tot, en een schatting of uitleg in "
            "aantal_toelichting; weet de bron geen getal, schrijf dan aantal: null",
        ),
        (
            "pilots.yaml",
            "    aantal: 36\n",
            '    aantal: "30-40"\n',
            "pilot 'duaal-lochem', veld 'doelgroep.aantal': '30-40' is een bereik; schrijf het als twee getallen: "
            "aantal: 30 en aantal_tot: 40",
        ),
    ],
)
def test_a_slip_gets_one_message_that_says_what_to_write(
    project: Project, file: str, old: str, new: str, expected: str
) -> None:
    line = project.edit(file, old, new)
    found = problems(project)
    assert len(found) == 1, found
    assert found[0].startswith(f"data/{file}:{line}:") and found[0].endswith(expected), found


def test_a_second_hoofdaanvrager_is_reported_at_its_own_line_naming_both(project: Project) -> None:
    text = (project.data / "pilots.yaml").read_text("utf-8")
    start = text.index("- id: ontzorgen-geertruidenberg")
    role = text.index("rol: deelnemer", start)
    line = text.count("\n", 0, role) + 1
    (project.data / "pilots.yaml").write_text(text[:role] + "rol: hoofdaanvrager" + text[role + 14 :], "utf-8")
    assert problems(project) == [
        f"data/pilots.yaml:{line}:12: pilot 'ontzorgen-geertruidenberg', veld 'gemeenten[2].rol': een pilot heeft "
        "precies één hoofdaanvrager, en dat is al 'geertruidenberg'; 'altena' is dan deelnemer (of betrokken): "
        "schrijf rol: deelnemer, of zet de rol bij de andere gemeente om"
    ]


@pytest.mark.parametrize(
    "file, old, new",
    [
        ("pilots.yaml", 'titel: "B1-route Almelo"', 'titel: "B1-route Almelo 🎉"'),
        ("partners.yaml", 'naam: "Agros"', 'naam: "Agros 🌱"'),
    ],
)
def test_an_emoji_in_any_name_is_one_warning_and_the_data_stays_valid(
    project: Project, file: str, old: str, new: str
) -> None:
    line = project.edit(file, old, new)
    result = project.validate()
    assert result.returncode == 0
    warnings = [w for w in result.stderr.splitlines() if "emoji" in w]
    assert len(warnings) == 1 and warnings[0].startswith(f"data/{file}:{line}:"), result.stderr
    assert "waarschuwing:" in warnings[0] and "zonder emoji" in warnings[0]


def test_what_became_of_a_record_without_a_source_says_what_to_write(project: Project) -> None:
    line = (
        project.edit(
            "pilots.yaml",
            '    bron: divosa-publicatie\n  thema: null\n  programma: "Versnelling',
            '  thema: null\n  programma: "Versnelling',
        )
        - 2
    )
    assert problems(project) == [
        f"data/pilots.yaml:{line}:5: lopend initiatief 'li-eindhoven', veld 'na_afloop': verplicht veld 'bron' "
        "ontbreekt; schrijf bron: en dan het id van het document in data/documenten.yaml dat dit zegt, bijvoorbeeld "
        "divosa-publicatie; staat het document er nog niet in, voeg het dan toe met: kennisbank nieuw document "
        '--titel "TITEL" --type SOORT'
    ]


def test_the_words_for_an_unknown_outcome_are_the_sites(project: Project) -> None:
    project.edit("pilots.yaml", '    status: "nog niet bekend"', '    status: "onbekend"')
    [message] = problems(project)
    assert message.endswith(
        "waarde 'onbekend' is niet toegestaan; kies uit: loopt door, opgenomen in de gewone "
        "werkwijze, gestopt, nog niet bekend"
    )
