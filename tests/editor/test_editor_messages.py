"""Every ordinary editor mistake gets one Dutch message, at the line to change, saying what to write.

Each test breaks a copy of the real data the way an editor would and asserts the whole message and
its line. Checks run in-process (the same `check_project` that `kennisbank validate` and the build
use); the command line itself is tested where its behaviour matters (folders, nieuw, help).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, Project

from kennisbank.data.loading import check_project
from kennisbank.data.problems import count_text
from kennisbank.editor.scaffold import title_key

PARSER_ENGLISH = re.compile(
    r"\b(expected|found|mapping|scalar|while|parsing|scanning|block|token|stream|"
    r"usage|error|required|argument|options)\b",
    re.IGNORECASE,
)


def found(project: Project) -> list[str]:
    check = check_project(project.data, project.root / "content")
    return [str(p) for p in check.problems]


def warnings(project: Project) -> list[str]:
    return [str(p) for p in check_project(project.data, project.root / "content").warnings]


def cli(project: Project, *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kennisbank.editor.cli", *args],
        cwd=cwd or project.root,
        capture_output=True,
        text=True,
        env={**os.environ, "GITHUB_ACTIONS": ""},
    )


# -- gemeente names -------------------------------------------------------------------------------

ALMELO_HEAD = "    - gemeente: almelo\n      rol: hoofdaanvrager\n    - gemeente: twenterand\n"
PREFIX = "pilot 'b1-route-almelo', veld 'gemeenten[2].gemeente': "


@pytest.mark.parametrize(
    "written, message",
    [
        ("Den Haag", "'Den Haag' is geen id; bedoelt u 's-Gravenhage? Schrijf: gemeente: s-gravenhage"),
        ("TWENTERAND", "'TWENTERAND' is geen id; het id van Twenterand is 'twenterand'. Schrijf: gemeente: twenterand"),
        (
            "Vriezenveen",
            "'Vriezenveen' is geen id; Vriezenveen is in 2001 opgegaan in Twenterand. Schrijf: gemeente: twenterand",
        ),
        (
            "Maashorst",
            "'Maashorst' is geen id; Maashorst bestaat pas sinds 2022, de kennisbank gebruikt de gemeenten "
            "van 2020. Van de gemeenten in de kennisbank hoort alleen Uden erbij. Schrijf: gemeente: uden",
        ),
        (
            "Land van Cuijk",
            "'Land van Cuijk' is geen id; Land van Cuijk bestaat pas sinds 2022, de kennisbank gebruikt "
            "de gemeenten van 2020. Van de gemeenten in de kennisbank horen Boxmeer, Cuijk, Grave, Mill en "
            "Sint Hubert en Sint Anthonis erbij. Schrijf gemeente: ID met het id van de gemeente die "
            "meedeed: boxmeer (Boxmeer), cuijk (Cuijk), grave (Grave), mill-en-sint-hubert (Mill en Sint "
            "Hubert) of sint-anthonis (Sint Anthonis)",
        ),
        (
            "Middelburg",
            "'Middelburg' is geen id; Middelburg (GM0687) staat nog niet in data/gemeenten.yaml. Voeg de "
            'gemeente toe met: kennisbank nieuw gemeente "Middelburg" en schrijf daarna: gemeente: middelburg',
        ),
        ("den-hag", "onbekende gemeente 'den-hag'; bedoelt u 's-Gravenhage? Schrijf: gemeente: s-gravenhage"),
        (
            "xyzzy",
            "onbekende gemeente 'xyzzy': geen gemeente in data/gemeenten.yaml heeft dit id of deze naam. Schrijf "
            "het id van een gemeente uit dat bestand (kleine letters, bijvoorbeeld 's-gravenhage') of voeg de "
            "gemeente toe met: kennisbank nieuw gemeente NAAM",
        ),
    ],
)
def test_a_gemeente_by_any_name_gets_one_message_with_the_id(project: Project, written: str, message: str) -> None:
    line = project.edit("pilots.yaml", ALMELO_HEAD, ALMELO_HEAD.replace("twenterand", f'"{written}"')) + 2
    col = 17
    assert found(project) == [f"data/pilots.yaml:{line}:{col}: {PREFIX}{message}"]


def test_nieuw_pilot_takes_a_gemeente_by_its_name(project: Project) -> None:
    result = cli(project, "nieuw", "pilot", "--thema", "z-route", "--hoofdaanvrager", "Den Haag")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("'Den Haag' is de gemeente 's-Gravenhage, met id 's-gravenhage'.\n")
    assert "nieuw gemeente" not in result.stdout + result.stderr
    record = next(
        r
        for r in yaml.safe_load((project.data / "pilots.yaml").read_text("utf-8"))
        if r["id"] == "z-route-s-gravenhage"
    )
    assert record["gemeenten"] == [{"gemeente": "s-gravenhage", "rol": "hoofdaanvrager"}]


def test_nieuw_pilot_explains_a_name_from_after_2020_and_writes_nothing(project: Project) -> None:
    before = (project.data / "pilots.yaml").read_text("utf-8")
    result = cli(project, "nieuw", "pilot", "--thema", "z-route", "--hoofdaanvrager", "Maashorst")
    assert result.returncode == 1
    assert result.stderr == (
        "kennisbank nieuw: 'Maashorst' is geen id; Maashorst bestaat pas sinds 2022, de kennisbank gebruikt de "
        "gemeenten van 2020. Van de gemeenten in de kennisbank hoort alleen Uden erbij. Schrijf: --hoofdaanvrager uden\n"
    )
    assert (project.data / "pilots.yaml").read_text("utf-8") == before


# -- YAML syntax ----------------------------------------------------------------------------------

TITLE = '  titel: "B1-route Almelo"\n'


@pytest.mark.parametrize(
    "old, new, line_offset, col, message",
    [
        (
            TITLE,
            '  titel: "B1-route Almelo\n',
            0,
            10,
            'de tekst die in kolom 10 met " begint, wordt niet afgesloten; sluit het aanhalingsteken op regel {line}: '
            'zet " aan het eind van de tekst',
        ),
        (
            TITLE,
            "  titel: 'B1-route Almelo\n",
            0,
            10,
            "de tekst die in kolom 10 met ' begint, wordt niet afgesloten; sluit het aanhalingsteken op regel {line}: "
            "zet ' aan het eind van de tekst",
        ),
        (
            TITLE,
            "  titel: B1-route: Almelo\n",
            0,
            18,
            "in de tekst staat een dubbele punt met een spatie erna (kolom 18); YAML leest dat als een nieuw veld. "
            'Zet de tekst tussen aanhalingstekens: titel: "B1-route: Almelo"',
        ),
        (
            TITLE,
            '  titel: "De "B1-route" Almelo"\n',
            0,
            14,
            "het aanhalingsteken in kolom 14 sluit de tekst af, maar daarna staat nog tekst; zet de hele tekst tussen "
            'aanhalingstekens; staat er een aanhalingsteken in de tekst zelf, schrijf het dan als \\" of gebruik enkele '
            "aanhalingstekens in de tekst ('zo')",
        ),
        (
            TITLE,
            "  titel: 'B1-route 's-Hertogenbosch'\n",
            0,
            20,
            "het aanhalingsteken in kolom 20 sluit de tekst af, maar daarna staat nog tekst; zet de hele tekst tussen "
            "aanhalingstekens; staat er een apostrof in de tekst zelf ('s-Hertogenbosch), schrijf die dan dubbel ('') "
            "of zet de hele tekst tussen dubbele aanhalingstekens",
        ),
        (
            TITLE,
            '   titel: "B1-route Almelo"\n',
            0,
            1,
            "de inspringing klopt niet: het veld 'titel' begint na 3 spaties, het veld 'soort' erboven na 2 spaties. "
            "Velden van hetzelfde record staan recht onder elkaar; begin deze regel na 2 spaties",
        ),
        (
            TITLE,
            ' titel: "B1-route Almelo"\n',
            0,
            1,
            "de inspringing klopt niet: het veld 'titel' begint na 1 spatie, het veld 'soort' erboven na 2 spaties. "
            "Velden van hetzelfde record staan recht onder elkaar; begin deze regel na 2 spaties",
        ),
        (
            TITLE,
            '  titel:"B1-route Almelo"\n',
            0,
            9,
            'na de dubbele punt hoort een spatie: schrijf titel: "B1-route Almelo"',
        ),
        (
            TITLE,
            '  titel "B1-route Almelo"\n',
            0,
            3,
            "na de veldnaam 'titel' hoort een dubbele punt en een spatie: schrijf titel: \"B1-route Almelo\"",
        ),
        (
            TITLE,
            "  titel: @Almelo\n",
            0,
            10,
            'een tekst die begint met @ moet tussen aanhalingstekens staan: titel: "@Almelo"',
        ),
        (
            TITLE,
            '  titel:\n  "B1-route Almelo"\n',
            0,
            9,
            "de waarde van 'titel' hoort op dezelfde regel als het veld: schrijf titel: \"B1-route Almelo\"",
        ),
        (
            "    - gemeente: twenterand\n",
            "    -gemeente: twenterand\n",
            0,
            6,
            "na het streepje van een lijst hoort een spatie: schrijf - gemeente: twenterand",
        ),
        (
            "    - gemeente: twenterand\n",
            "   - gemeente: twenterand\n",
            0,
            1,
            "de inspringing klopt niet: het streepje staat na 3 spaties, de streepjes van deze lijst na 4 spaties. "
            "Begin deze regel na 4 spaties, recht onder de andere streepjes",
        ),
        (
            "      rol: hoofdaanvrager\n    - gemeente: twenterand",
            "     rol: hoofdaanvrager\n    - gemeente: twenterand",
            0,
            1,
            "de inspringing klopt niet: het veld 'rol' begint na 5 spaties, het veld 'gemeente' erboven na 6 spaties. "
            "Velden van hetzelfde record staan recht onder elkaar; begin deze regel na 6 spaties",
        ),
        (
            "- id: b1-route-delft\n",
            "id: b1-route-delft\n",
            0,
            1,
            "een nieuw record begint met een streepje en een spatie: schrijf - id: b1-route-delft",
        ),
        (
            '    - "Werkplein Twente"\n',
            '    - "Werkplein Twente\n',
            0,
            7,
            'de tekst die in kolom 7 met " begint, wordt niet afgesloten; sluit het aanhalingsteken op regel {line}: '
            'zet " aan het eind van de tekst',
        ),
        (
            "  bronnen:\n    - divosa-publicatie\n\n- id: b1-route-delft",
            "  bronnen: [divosa-publicatie\n\n- id: b1-route-delft",
            0,
            12,
            "de lijst die hier met [ opent, wordt niet gesloten; zet ] aan het eind van regel {line}",
        ),
        (
            "  lessen: []\n",
            "  lessen: [\n",
            0,
            11,
            "de lijst die hier met [ opent, wordt niet gesloten; zet ] aan het eind van regel {line}",
        ),
        (
            TITLE,
            "  titel: {B1-route Almelo\n",
            0,
            10,
            'een tekst die begint met { moet tussen aanhalingstekens staan: titel: "{B1-route Almelo"',
        ),
        (
            '    - "ROC van Twente"\n',
            '    - "ROC van Twente",\n',
            0,
            23,
            "na de tekst staat een komma; in een lijst met streepjes hoort geen komma: haal de komma weg",
        ),
        (
            TITLE,
            "  titel: - B1-route Almelo\n",
            0,
            10,
            "een streepje na de dubbele punt op dezelfde regel kan niet. Is het tekst, zet die dan tussen aanhalingstekens: "
            'titel: "- B1-route Almelo"; is het een lijst, begin dan elk item op een nieuwe regel, verder ingesprongen, '
            "met '- '",
        ),
    ],
)
def test_yaml_syntax_error_in_dutch_at_the_line_to_change(
    project: Project, old: str, new: str, line_offset: int, col: int, message: str
) -> None:
    line = project.edit("pilots.yaml", old, new) + line_offset
    (problem,) = found(project)
    assert problem == f"data/pilots.yaml:{line}:{col}: {message.replace('{line}', str(line))}"
    assert not PARSER_ENGLISH.search(problem.split(": ", 1)[1]), problem


GEMEENTE_OUD = '    - {naam: "Dinxperlo", jaar: 2005}\n'


@pytest.mark.parametrize(
    "file, old, new, col, message",
    [
        (
            "gemeenten.yaml",
            GEMEENTE_OUD,
            '    - {naam: "Dinxperlo", jaar: 2005\n',
            7,
            "de groep die hier met { opent, wordt niet gesloten; zet } aan het eind van regel {line}",
        ),
        (
            "gemeenten.yaml",
            GEMEENTE_OUD,
            '    - {naam: "Dinxperlo" jaar: 2005}\n',
            25,
            "tussen twee velden hoort een komma: zet een komma na het aanhalingsteken in kolom 24",
        ),
        (
            "gemeenten.yaml",
            GEMEENTE_OUD,
            "    - {naam: Dinxperlo: x, jaar: 2005}\n",
            23,
            "binnen [ ] of { } staat een dubbele punt in een waarde; zet die waarde tussen aanhalingstekens, bijvoorbeeld "
            '{naam: "Dinxperlo: x", jaar: 2005}',
        ),
        (
            "gemeenten.yaml",
            '  roepnamen: ["Den Haag"]',
            '  roepnamen: ["Den Haag]',
            15,
            'de tekst die in kolom 15 met " begint, wordt niet afgesloten; sluit het aanhalingsteken op regel {line}: zet " '
            "aan het eind van de tekst",
        ),
        (
            "rode_draden.yaml",
            "  uitleg: >-\n",
            "  uitleg: >-\n  Tekst zonder inspringing\n",
            1,
            "de tekst na 'uitleg: >-' hoort verder ingesprongen te staan dan 'uitleg': begin elke regel van de tekst na "
            "4 spaties",
        ),
    ],
)
def test_yaml_syntax_errors_in_the_other_files(
    project: Project, file: str, old: str, new: str, col: int, message: str
) -> None:
    line = project.edit(file, old, new) + (1 if file == "rode_draden.yaml" else 0)
    (problem,) = found(project)
    assert problem == f"data/{file}:{line}:{col}: {message.replace('{line}', str(line))}"
    assert not PARSER_ENGLISH.search(problem.split(": ", 1)[1]), problem


@pytest.mark.parametrize(
    "file, old, new, col, message",
    [
        (
            "pilots.yaml",
            TITLE,
            "  titel: !!python/name:os.system\n",
            10,
            "het label '!!python/name:os.system' hoort niet in de gegevens; haal het weg en zet de tekst tussen "
            "aanhalingstekens",
        ),
        (
            "documenten.yaml",
            '  datum: "2021-12"',
            "  datum: 2021-02-30",
            10,
            "document 'divosa-publicatie', veld 'datum': '2021-02-30' is geen bestaande datum: februari 2021 heeft geen "
            "dag 30; de laatste dag is 28; schrijf jaar, jaar-maand of jaar-maand-dag, bijvoorbeeld 2021, 2021-09 of "
            "2021-09-30",
        ),
    ],
)
def test_yaml_labels_and_impossible_dates(
    project: Project, file: str, old: str, new: str, col: int, message: str
) -> None:
    line = project.edit(file, old, new)
    assert found(project) == [f"data/{file}:{line}:{col}: {message}"]


def test_unclosed_quote_in_the_last_record_is_found_at_its_line(project: Project) -> None:
    with (project.data / "pilots.yaml").open("a", encoding="utf-8") as file:
        file.write('\n- id: x\n  titel: "Nieuwe pilot\n')
    line = len((project.data / "pilots.yaml").read_text("utf-8").splitlines())
    assert found(project) == [
        f'data/pilots.yaml:{line}:10: de tekst die in kolom 10 met " begint, wordt niet '
        f'afgesloten; sluit het aanhalingsteken op regel {line}: zet " aan het eind van de tekst'
    ]


def test_colon_in_an_unquoted_list_item(project: Project) -> None:
    old = '    - "Elke deelnemer houdt een taalportfolio bij"\n'
    line = project.edit("pilots.yaml", old, "    - Elke deelnemer: houdt een taalportfolio bij\n")
    assert found(project) == [
        f"data/pilots.yaml:{line}:7: pilot 'b1-route-almelo', veld 'kernpunten[2]': verwacht tekst, maar door de "
        "dubbele punt in de tekst leest YAML hier een veld; zet de tekst tussen aanhalingstekens"
    ]


# -- unknown fields -------------------------------------------------------------------------------


def test_every_unknown_field_of_a_record_at_once_with_suggestions(project: Project) -> None:
    first = project.edit("pilots.yaml", '  kernpunten:\n    - "Deelnemers gaan', '  kernpnten:\n    - "Deelnemers gaan')
    second = project.edit(
        "pilots.yaml",
        '  rode_draden:\n    - draad: duale-trajecten\n      reden: "3 dagdelen',
        '  rode_draaden:\n    - draad: duale-trajecten\n      reden: "3 dagdelen',
    )
    third = project.edit("pilots.yaml", "    aantal_toelichting: null\n", "    aantal toelichting: null\n")
    assert found(project) == [
        f"data/pilots.yaml:{third}:5: pilot 'b1-route-almelo', veld 'doelgroep.aantal toelichting': onbekend veld; "
        "bedoelt u 'aantal_toelichting'?",
        f"data/pilots.yaml:{first}:3: pilot 'b1-route-almelo', veld 'kernpnten': onbekend veld; bedoelt u 'kernpunten'?",
        f"data/pilots.yaml:{second}:3: pilot 'b1-route-almelo', veld 'rode_draaden': onbekend veld; "
        "bedoelt u 'rode_draden'?",
    ]


def test_an_unknown_field_without_a_close_name_lists_the_fields(project: Project) -> None:
    line = project.edit("gemeenten.yaml", "  code: GM0141\n", "  code: GM0141\n  inwoners: 72000\n") + 1
    assert found(project) == [
        f"data/gemeenten.yaml:{line}:3: gemeente 'almelo', veld 'inwoners': onbekend veld; toegestane velden: "
        "bronnen, code, id, naam, provincie, roepnamen, schrijfwijzen, voormalige_gemeenten"
    ]


# -- editorial files and the project folder -------------------------------------------------------

STRAY = (
    "content/pilots/b1-route-almeloo.md:1:1: bij deze redactionele tekst hoort geen pilot in data/pilots.yaml: "
    "de bestandsnaam moet het id van een pilot zijn; bedoelt u 'b1-route-almelo'? Noem het bestand dan "
    "content/pilots/b1-route-almelo.md"
)


def test_a_misspelled_editorial_file_is_refused_by_validate_and_build_alike(project: Project) -> None:
    (project.root / "content" / "pilots").mkdir(parents=True, exist_ok=True)
    (project.root / "content" / "pilots" / "b1-route-almeloo.md").write_text("Extra tekst.\n", "utf-8")
    (project.root / "content" / "themas").mkdir(parents=True, exist_ok=True)
    (project.root / "content" / "themas" / "b1-route.md").write_text("# B1-route\n\nInleiding.\n", "utf-8")
    result = cli(project, "validate")
    assert result.returncode == 1
    assert result.stderr.splitlines() == [STRAY, "1 probleem gevonden in de gegevens."]
    build = project.build(project.root / "site-out")
    assert build.returncode != 0
    assert f"ERROR   -  {STRAY}" in build.stderr or STRAY in build.stderr
    assert "Aborted with" not in build.stderr


@pytest.mark.parametrize("folder", ["data", "content", "data/geo"])
def test_validate_finds_the_project_from_a_folder_inside_it(project: Project, folder: str) -> None:
    line = project.edit(
        "pilots.yaml",
        "  thema: b1-route\n  programma: null\n  gemeenten:\n    - gemeente: almelo",
        "  thema: b1route\n  programma: null\n  gemeenten:\n    - gemeente: almelo",
    )
    result = cli(project, "validate", cwd=project.root / folder)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"data/pilots.yaml:{line}:10: pilot 'b1-route-almelo', veld 'thema': onbekend thema 'b1route'; kies uit: "
        "b1-route, brede-intake, duaal, ontzorgen, vrouwelijke-nareizigers, z-route",
        "1 probleem gevonden in de gegevens.",
    ]


def test_validate_outside_a_project_says_where_to_go(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kennisbank.editor.cli", "validate"], cwd=tmp_path, capture_output=True, text=True
    )
    assert result.returncode == 1
    assert result.stderr == (
        "kennisbank validate: geen kennisbank gevonden in deze map of een map erboven (daar horen mkdocs.yml en de "
        "map data/ te staan); ga naar de map van de kennisbank of geef de gegevensmap op met --data\n"
    )


# -- warnings -------------------------------------------------------------------------------------


def test_markup_javascript_and_long_titles_are_warnings_not_errors(project: Project) -> None:
    html = project.edit("pilots.yaml", '  aanpak: "Deelnemers volgen', '  aanpak: "<b>Let op:</b> Deelnemers volgen')
    script = project.edit("pilots.yaml", '    - "ROC van Twente"\n', '    - "[ROC](javascript:alert(1))"\n')
    long_title = "B1-route Delft " + "met een heel lange toelichting " * 4
    title = project.edit("pilots.yaml", '  titel: "B1-route Delft"\n', f'  titel: "{long_title}"\n')
    result = cli(project, "validate")
    assert result.returncode == 0, result.stderr
    expected = [
        f"data/pilots.yaml:{html}:11: waarschuwing: pilot 'b1-route-almelo', veld 'aanpak': de tekst bevat HTML (<b>); "
        "die wordt niet uitgevoerd maar letterlijk als tekst getoond. Haal de tag weg, of gebruik Markdown: *schuin*, "
        "**vet**, [tekst](https://…)",
        f"data/pilots.yaml:{script}:7: waarschuwing: pilot 'b1-route-almelo', veld 'partners[1]': de tekst bevat "
        "'javascript:'; zo'n link wordt niet als link getoond. Gebruik een gewoon webadres dat begint met https://",
        f"data/pilots.yaml:{title}:10: waarschuwing: pilot 'b1-route-delft', veld 'titel': de titel is "
        f"{len(long_title)} tekens lang; houd een titel onder 120 tekens, zodat hij in overzichten en zoekresultaten "
        "leesbaar blijft, en zet details in de beschrijving",
    ]
    assert result.stderr.splitlines() == expected
    assert (
        result.stdout
        == "De gegevens in data/ en de teksten in content/ zijn in orde (3 waarschuwingen, zie hierboven).\n"
    )


# -- scaffold -------------------------------------------------------------------------------------


def test_nieuw_gemeente_takes_a_name_or_code_in_any_case(project: Project) -> None:
    result = cli(project, "nieuw", "gemeente", "--code", "Middelburg")
    assert result.returncode == 0, result.stderr
    line = project.line_of("gemeenten.yaml", "- id: middelburg\n")
    assert result.stdout.splitlines() == [
        f"Toegevoegd aan data/gemeenten.yaml op regel {line}: gemeente 'middelburg'.",
        f"Volgende stap: controleer de gemeente in data/gemeenten.yaml op regel {line}. In een pilot verwijst u ernaar "
        "met 'gemeente: middelburg', of u maakt een pilot met: kennisbank nieuw pilot --thema THEMA --hoofdaanvrager "
        "middelburg",
    ]
    ids = [g["id"] for g in yaml.safe_load((project.data / "gemeenten.yaml").read_text("utf-8"))]
    assert ids == sorted(ids)  # in its place, not at the end
    for spelling in ("gm0687", "GM0687", "middelburg", "0687"):
        again = cli(project, "nieuw", "gemeente", spelling)
        assert again.returncode == 1
        assert again.stderr == (
            "kennisbank nieuw: gemeente GM0687 (Middelburg) staat al in data/gemeenten.yaml, met id 'middelburg'\n"
        )
    typo = cli(project, "nieuw", "gemeente", "Vlisingen")
    assert typo.stderr == (
        "kennisbank nieuw: 'Vlisingen' is geen gemeente van 2020; bedoelt u Vlissingen? "
        'Schrijf: kennisbank nieuw gemeente "Vlissingen"\n'
    )
    known = cli(project, "nieuw", "gemeente", "Den Haag")
    assert known.stderr == (
        "kennisbank nieuw: 's-Gravenhage (GM0518) staat al in data/gemeenten.yaml, met id 's-gravenhage'\n"
    )


def test_nieuw_pilot_lands_among_its_thema_in_title_order_and_says_the_next_step(project: Project) -> None:
    result = cli(project, "nieuw", "pilot", "--thema", "z-route", "--hoofdaanvrager", "s-hertogenbosch")
    assert result.returncode == 0, result.stderr
    line = project.line_of("pilots.yaml", "- id: z-route-s-hertogenbosch\n")
    lines = result.stdout.splitlines()
    assert lines[0] == f"Toegevoegd aan data/pilots.yaml op regel {line}: pilot 'z-route-s-hertogenbosch'."
    assert lines[-1] == (
        f"Volgende stap: open data/pilots.yaml op regel {line} en vul de velden in (bij 'NOG "
        "INVULLEN' staat wat er moet komen). Controleer daarna met: kennisbank validate"
    )
    records = yaml.safe_load((project.data / "pilots.yaml").read_text("utf-8"))
    z_route = [r["titel"] for r in records if r.get("thema") == "z-route"]
    assert z_route == [
        "Z-route Berg en Dal",
        "Z-route Best",
        "Z-route Enschede",
        "Z-route Haarlem",
        "Z-route Midden-Groningen",
        "Z-route 's-Hertogenbosch",
        "Z-route Velsen",
    ]


def test_the_data_files_are_in_the_order_nieuw_keeps() -> None:
    """Overview pages list records in file order; nieuw inserts by the same rule, so it holds everywhere."""
    records = yaml.safe_load((ROOT / "data" / "pilots.yaml").read_text("utf-8"))
    themas = [t["id"] for t in yaml.safe_load((ROOT / "data" / "themas.yaml").read_text("utf-8"))]
    pilots = [r for r in records if r["soort"] == "pilot"]
    assert records[: len(pilots)] == pilots
    keys = [(themas.index(r["thema"]), title_key(r["titel"])) for r in pilots]
    assert keys == sorted(keys)
    ids = [g["id"] for g in yaml.safe_load((ROOT / "data" / "gemeenten.yaml").read_text("utf-8"))]
    assert ids == sorted(ids)


# -- Dutch command line ---------------------------------------------------------------------------


def test_command_line_help_and_errors_are_dutch(project: Project) -> None:
    missing = cli(project, "nieuw", "pilot")
    assert missing.returncode == 2
    assert missing.stderr.splitlines()[0].startswith("gebruik: kennisbank nieuw pilot")
    assert missing.stderr.splitlines()[-2:] == [
        "kennisbank nieuw pilot: fout: dit ontbreekt nog: --thema, --hoofdaanvrager",
        "Meer uitleg: kennisbank nieuw pilot --help",
    ]
    wrong = cli(project, "valideer")
    assert (
        "kennisbank: fout: bij opdracht: ongeldige keuze: 'valideer' (kies uit 'validate', 'export', 'nieuw', 'hernoem', 'verschil', 'nog-te-doen')"
        in wrong.stderr
    )
    for args in (
        ["--help"],
        ["nieuw", "--help"],
        ["nieuw", "gemeente", "--help"],
        ["validate", "--help"],
        ["hernoem", "--help"],
        ["verschil", "--help"],
        ["nog-te-doen", "--help"],
    ):
        shown = cli(project, *args)
        assert shown.returncode == 0 and shown.stdout.startswith("gebruik: kennisbank")
        assert not PARSER_ENGLISH.search(shown.stdout), shown.stdout
    for output in (missing.stderr, wrong.stderr):
        assert not PARSER_ENGLISH.search(output.replace("kennisbank nieuw pilot [-h]", "")), output


def test_counts_agree_with_their_noun() -> None:
    assert [count_text(n) for n in (0, 1, 2)] == ["0 problemen", "1 probleem", "2 problemen"]
    assert count_text(1, "gemeente is", "gemeenten zijn") == "1 gemeente is"
    assert count_text(2, "gemeente is", "gemeenten zijn") == "2 gemeenten zijn"


# -- one mistake, one message (codes, forms) ------------------------------------------------------


@pytest.mark.parametrize(
    "code, message",
    [
        (
            "gm0141",
            "'gm0141' is geen gemeentecode in de CBS-indeling van 2020; schrijf de code met hoofdletters: GM0141",
        ),
        ("GM0197", "GM0197 is de CBS-code van Aalten; de code van Almelo is GM0141"),
    ],
)
def test_a_wrong_gemeente_code_gets_one_message_saying_the_right_code(
    project: Project, code: str, message: str
) -> None:
    line = project.edit("gemeenten.yaml", "  code: GM0141\n", f"  code: {code}\n")
    assert found(project) == [f"data/gemeenten.yaml:{line}:9: gemeente 'almelo', veld 'code': {message}"]


def test_an_id_in_another_spelling_gets_one_message(project: Project) -> None:
    line = project.edit(
        "pilots.yaml",
        "  thema: b1-route\n  programma: null\n  gemeenten:\n    - gemeente: almelo",
        "  thema: B1 route\n  programma: null\n  gemeenten:\n    - gemeente: almelo",
    )
    assert found(project) == [
        f"data/pilots.yaml:{line}:10: pilot 'b1-route-almelo', veld 'thema': onbekend thema 'B1 route'; bedoelt u "
        "'b1-route'? Schrijf het id zo, in kleine letters met koppeltekens"
    ]


def test_a_wrong_value_inside_an_optional_group_is_named_precisely(project: Project) -> None:
    old = '    - {naam: "Dinxperlo", jaar: 2005}'
    line = project.edit("gemeenten.yaml", old, old.replace("2005", '"vijf"'))
    assert found(project) == [
        f"data/gemeenten.yaml:{line}:33: gemeente 'aalten', veld 'voormalige_gemeenten[1].jaar': "
        "verwacht een heel getal, maar hier staat tekst ('vijf')"
    ]
