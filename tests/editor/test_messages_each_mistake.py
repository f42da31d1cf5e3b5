"""One mistake, one message, saying what to write: the mistakes editors made in the second round of trying
(issue 19), each message read whole."""

from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import Project, git

NBSP = "\u00a0"
HARD_SPACE = (
    "hier staat een vaste spatie (een 'non-breaking space', vaak meegekopieerd uit Word of een webpagina) in "
    "plaats van een gewone spatie; YAML ziet hem niet als spatie. Vervang hem door een gewone spatie"
)


def errors(project: Project) -> list[str]:
    result = project.validate()
    return [line for line in result.stderr.splitlines() if not line.startswith("waarschuwing")]


def test_a_data_folder_that_does_not_exist_is_one_sentence(project: Project) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kennisbank.editor.cli", "validate", "--data", "bestaat-niet"],
        cwd=project.root,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert result.stderr == (
        "kennisbank validate: de map 'bestaat-niet' bestaat niet; geef met --data de map met de "
        "gegevensbestanden (pilots.yaml en de andere), bijvoorbeeld --data data\n"
    )


@pytest.mark.parametrize(
    "old, new, col, where",
    [
        ('  titel: "B1-route Almelo"', f'{NBSP} titel: "B1-route Almelo"', 1, "hij staat in de inspringing"),
        ('  titel: "B1-route Almelo"', f'  titel:{NBSP}"B1-route Almelo"', 9, "hij staat direct na de dubbele punt"),
    ],
)
def test_a_non_breaking_space_is_named(project: Project, old: str, new: str, col: int, where: str) -> None:
    line = project.edit("pilots.yaml", old, new)
    assert errors(project) == [
        f"data/pilots.yaml:{line}:{col}: {HARD_SPACE} ({where})",
        "1 probleem gevonden in de gegevens.",
    ]


def test_a_non_breaking_space_inside_a_text_is_fine(project: Project) -> None:
    project.edit("pilots.yaml", '  titel: "B1-route Almelo"', f'  titel: "B1-route{NBSP}Almelo"')
    assert project.validate().returncode == 0


def test_a_forgotten_dash_before_a_record_is_one_message(project: Project) -> None:
    line = project.edit("pilots.yaml", "- id: b1-route-delft\n", "  id: b1-route-delft\n")
    assert errors(project) == [
        f"data/pilots.yaml:{line}:1: hier begint een nieuw record, maar het streepje ervoor ontbreekt: schrijf "
        "- id: b1-route-delft (met '- ' aan het begin van de regel)",
        "1 probleem gevonden in de gegevens.",
    ]


def test_a_record_with_only_an_id_is_one_message_with_the_way_to_start(project: Project) -> None:
    path = project.data / "pilots.yaml"
    text = path.read_text("utf-8")
    path.write_text(text + "\n- id: b1-route-zwolle\n", "utf-8")
    line = text.count("\n") + 2
    assert errors(project) == [
        f"data/pilots.yaml:{line}:3: record 'b1-route-zwolle': 12 verplichte velden ontbreken: aanpak, bronnen, "
        "doelgroep, gemeenten, kernpunten, lessen, media, partners, rode_draden, soort, thema, titel. Een nieuwe pilot "
        "met alle velden maakt u met: kennisbank nieuw pilot --thema THEMA --hoofdaanvrager GEMEENTE",
        "1 probleem gevonden in de gegevens.",
    ]


def warnings(project: Project) -> list[str]:
    result = project.validate()
    assert result.returncode == 0, result.stderr  # warnings never stop validate
    return result.stderr.splitlines()


def test_a_near_miss_partner_name_gets_bedoelt_u(project: Project) -> None:
    line = project.edit("pilots.yaml", '"ROC van Twente"', '"ROC van Twent"')
    found = [w for w in warnings(project) if "lijkt op de partner" in w]
    assert found == [
        f"data/pilots.yaml:{line}:7: waarschuwing: pilot 'b1-route-almelo', veld 'partners[1]': "
        "'ROC van Twent' lijkt op de partner 'ROC van Twente' uit data/partners.yaml; bedoelt u die? "
        "Schrijf de naam zoals daar, dan krijgt hij een link naar de pagina van de partner"
    ]


def test_a_new_partner_is_told_it_has_no_page_yet(project: Project) -> None:
    for args in (["init", "-q", "-b", "main"], ["add", "-A"], ["commit", "-q", "-m", "gepubliceerd"]):
        git(project.root, *args)
    line = project.edit("pilots.yaml", '"ROC van Twente"', '"Stichting Nieuw Begin"')
    found = [w for w in warnings(project) if "Stichting Nieuw Begin" in w]
    assert found == [
        f"data/pilots.yaml:{line}:7: waarschuwing: pilot 'b1-route-almelo', veld 'partners[1]': "
        "'Stichting Nieuw Begin' staat niet in data/partners.yaml en krijgt daarom geen eigen pagina. Is "
        "het een organisatie, voeg haar daar dan toe (met de bron die haar noemt); een algemene "
        "omschrijving zoals 'lokale werkgevers' kan zo blijven"
    ]


def test_a_space_at_the_end_of_a_partner_name_is_a_warning(project: Project) -> None:
    line = project.edit("partners.yaml", 'naam: "Agros"', 'naam: "Agros "')
    assert (
        f"data/partners.yaml:{line}:9: waarschuwing: partner 'agros', veld 'naam': er staat een spatie aan het "
        "begin of eind van 'Agros'; haal die weg, anders herkent de kennisbank de naam niet overal"
    ) in warnings(project)


def test_the_same_title_twice_is_a_warning(project: Project) -> None:
    line = project.edit("pilots.yaml", 'titel: "B1-route Delft"', 'titel: "B1-route Almelo"')
    first = project.line_of("pilots.yaml", 'titel: "B1-route Almelo"')
    assert (
        f"data/pilots.yaml:{line}:10: waarschuwing: pilot 'b1-route-delft', veld 'titel': dezelfde titel staat "
        f"ook op regel {first}; lezers kunnen de twee dan niet uit elkaar houden in overzichten en zoekresultaten. "
        "Maak de titels verschillend"
    ) in warnings(project)


def test_a_folded_text_that_swallows_a_list_is_a_warning(project: Project) -> None:
    path = project.data / "pilots.yaml"
    lines = path.read_text("utf-8").split("\n")
    line = next(n for n, text in enumerate(lines, start=1) if text.startswith("  aanpak: "))
    lines[line - 1] = "  aanpak: >-\n    Drie onderdelen:\n    - taal op de werkvloer\n    - een taalmaatje"
    path.write_text("\n".join(lines), "utf-8")
    result = project.validate()
    assert result.returncode == 0  # a warning: the text is valid, it just will not look as meant
    assert result.stderr.splitlines() == [
        f"data/pilots.yaml:{line + 2}:5: waarschuwing: pilot 'b1-route-almelo', veld 'aanpak': deze tekst begint met > "
        "(gevouwen): YAML zet alle regels achter elkaar, dus de lijst komt op één regel te staan. Schrijf | in plaats "
        "van >, dan blijven de regels (en de lijst) staan"
    ]


def cli(project: Project, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kennisbank.editor.cli", *args], cwd=project.root, capture_output=True, text=True
    )


def test_nieuw_document_asks_for_the_fields_a_document_has(project: Project) -> None:
    result = cli(project, "nieuw", "document", "--titel", "Verslag werkbezoek Almelo", "--type", "rapport")
    assert result.returncode == 0, result.stderr
    text = (project.data / "documenten.yaml").read_text("utf-8")
    record = text[text.index("- id: verslag-werkbezoek-almelo") :].split("\n- id:")[0]
    assert "  url: null  # waar het online staat" in record and "  auteurs: []" in record
    assert "divosa-publicatie" not in record  # no source is filled in for the editor
    todo = [line.strip() for line in result.stdout.splitlines() if "nog niet ingevuld" in line]
    assert [t.split(", veld ")[1].split("'")[1] for t in todo] == ["organisaties[1]", "samenvatting", "bronnen[1]"]
    assert "onbekende bron" not in result.stdout  # one message for the field still to fill in


def test_nieuw_gemeente_explains_a_name_of_today(project: Project) -> None:
    result = cli(project, "nieuw", "gemeente", "Voorne aan Zee")
    assert result.returncode == 1
    assert result.stderr == (
        "kennisbank nieuw: Voorne aan Zee bestaat sinds 2023; de kennisbank gebruikt de gemeenten "
        "van 2020, en Voorne aan Zee is ontstaan uit Brielle, Hellevoetsluis en Westvoorne. Voeg "
        "de gemeente van 2020 toe die meedeed, bijvoorbeeld: kennisbank nieuw gemeente "
        '"Brielle"\n'
    )
    assert cli(project, "nieuw", "gemeente", "brielle").returncode == 0
