"""`kennisbank validate` and the build: every rule, reported as file:line:col with a Dutch message."""

from __future__ import annotations

from conftest import Project

ALMELO = '- id: b1-route-almelo\n  soort: pilot\n  titel: "B1-route Almelo"\n  thema: b1-route\n'


def problems(project: Project) -> list[str]:
    result = project.validate()
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert lines[-1].endswith("gevonden in de gegevens.")
    return lines[:-1]


def test_clean_data_passes(project: Project) -> None:
    result = project.validate()
    assert result.returncode == 0, result.stderr
    assert "in orde" in result.stdout


def test_unknown_thema_names_line_field_and_allowed_values(project: Project) -> None:
    line = project.edit(
        "pilots.yaml",
        "  thema: b1-route\n  programma: null\n  gemeenten:\n    - gemeente: almelo",
        "  thema: b1route\n  programma: null\n  gemeenten:\n    - gemeente: almelo",
    )
    assert problems(project) == [
        f"data/pilots.yaml:{line}:10: pilot 'b1-route-almelo', veld 'thema': onbekend thema 'b1route'; "
        "kies uit: b1-route, brede-intake, duaal, ontzorgen, vrouwelijke-nareizigers, z-route"
    ]


def test_unknown_gemeente_suggests_the_closest(project: Project) -> None:
    line = project.edit("pilots.yaml", "    - gemeente: twenterand\n", "    - gemeente: twenterant\n")
    assert problems(project) == [
        f"data/pilots.yaml:{line}:17: pilot 'b1-route-almelo', veld 'gemeenten[2].gemeente': "
        "onbekende gemeente 'twenterant'; bedoelt u Twenterand? Schrijf: gemeente: twenterand"
    ]


def test_duplicate_yaml_key_is_reported_at_the_second_key(project: Project) -> None:
    project.edit("pilots.yaml", ALMELO, ALMELO + '  titel: "Nog een titel"\n')
    second = project.line_of("pilots.yaml", 'titel: "Nog een titel"')
    first = project.line_of("pilots.yaml", 'titel: "B1-route Almelo"')
    assert problems(project) == [
        f"data/pilots.yaml:{second}:3: sleutel 'titel' staat hier twee keer (eerder op regel {first}); "
        "de tweede waarde zou de eerste stilzwijgend vervangen"
    ]


def test_missing_field_is_reported_at_the_record(project: Project) -> None:
    line = project.edit("pilots.yaml", ALMELO, ALMELO.replace('  titel: "B1-route Almelo"\n', ""))
    assert problems(project) == [
        f"data/pilots.yaml:{line}:3: pilot 'b1-route-almelo': verplicht veld 'titel' ontbreekt"
    ]


def test_wrong_role_lists_the_allowed_roles(project: Project) -> None:
    line = project.edit(
        "pilots.yaml",
        "      rol: hoofdaanvrager\n    - gemeente: twenterand",
        "      rol: trekker\n    - gemeente: twenterand",
    )
    assert problems(project) == [  # one mistake, one message: not also 'no hoofdaanvrager'
        f"data/pilots.yaml:{line}:12: pilot 'b1-route-almelo', veld 'gemeenten[1].rol': waarde 'trekker' "
        "is niet toegestaan; kies uit: hoofdaanvrager, deelnemer, betrokken",
    ]


def test_two_hoofdaanvragers_are_refused(project: Project) -> None:
    project.edit(
        "pilots.yaml",
        "    - gemeente: twenterand\n      rol: deelnemer",
        "    - gemeente: twenterand\n      rol: hoofdaanvrager",
    )
    line = project.line_of("pilots.yaml", "    - gemeente: twenterand\n      rol: hoofdaanvrager") + 1
    assert problems(project) == [
        f"data/pilots.yaml:{line}:12: pilot 'b1-route-almelo', veld 'gemeenten[2].rol': een pilot heeft precies "
        "één hoofdaanvrager, en dat is al 'almelo'; 'twenterand' is dan deelnemer (of betrokken): schrijf rol: "
        "deelnemer, of zet de rol bij de andere gemeente om"
    ]


def test_duplicate_id(project: Project) -> None:
    project.edit("pilots.yaml", "- id: b1-route-delft\n", "- id: b1-route-almelo\n")
    second = project.line_of("pilots.yaml", '- id: b1-route-almelo\n  soort: pilot\n  titel: "B1-route Delft"')
    first = project.line_of("pilots.yaml", ALMELO)
    found = problems(project)
    assert (
        f"data/pilots.yaml:{second}:7: pilot 'b1-route-almelo': id 'b1-route-almelo' komt twee keer voor "
        f"(eerder op regel {first})"
    ) in found
    # The documents that covered the renamed pilot now point at nothing, and say so.
    assert any("onbekende pilot of lopend initiatief 'b1-route-delft'" in message for message in found)


def test_unknown_rode_draad_and_bron(project: Project) -> None:
    draad = project.edit("pilots.yaml", "    - draad: duale-trajecten\n", "    - draad: duaal\n")
    bron = project.edit("pilots.yaml", "  bronnen:\n    - divosa-publicatie\n", "  bronnen:\n    - divosa\n") + 1
    found = problems(project)
    assert len(found) == 2
    assert (
        found[0].startswith(f"data/pilots.yaml:{draad}:14: ")
        and "onbekende rode draad 'duaal'; kies uit: "
        "theorie-en-praktijk, duale-trajecten, begeleiding, maatwerk, randvoorwaarden"
        in found[0]
    )
    assert (
        found[1].startswith(f"data/pilots.yaml:{bron}:7: ")
        and "onbekende bron 'divosa'; bedoelt u 'divosa-publicatie'?" in found[1]
    )


def test_gemeente_must_match_cbs_2020(project: Project) -> None:
    code = project.edit("gemeenten.yaml", "  code: GM0141\n", "  code: GM9999\n")
    name = project.edit("gemeenten.yaml", '  naam: "Boxtel"\n', '  naam: "Boxtel (NB)"\n')
    assert problems(project) == [
        f"data/gemeenten.yaml:{code}:9: gemeente 'almelo', veld 'code': 'GM9999' is geen gemeentecode in de "
        "CBS-indeling van 2020; de code van Almelo is GM0141",
        f"data/gemeenten.yaml:{name}:9: gemeente 'boxtel', veld 'naam': 'Boxtel (NB)' is niet de officiële CBS-naam "
        "bij GM0757; die is 'Boxtel' (andere namen horen in 'roepnamen' of 'schrijfwijzen')",
    ]


def test_pilot_fields_for_initiatives_only(project: Project) -> None:
    line = project.edit("pilots.yaml", ALMELO, ALMELO + '  werkwijze: "iets"\n') + 4
    assert problems(project) == [
        f"data/pilots.yaml:{line}:3: pilot 'b1-route-almelo', veld 'werkwijze' hoort alleen bij een lopend "
        "initiatief, niet bij een pilot"
    ]


def test_tabs_empty_files_and_bad_bytes_are_reported_without_traceback(project: Project) -> None:
    (project.data / "rode_draden.yaml").write_text("", "utf-8")
    (project.data / "themas.yaml").write_bytes(b'- id: b1-route\n  titel: "caf\xe9"\n')
    text = (project.data / "provincies.yaml").read_text("utf-8")
    (project.data / "provincies.yaml").write_text(text.replace('  naam: "Groningen"', '\tnaam: "Groningen"'), "utf-8")
    found = problems(project)
    tab_line = text.count("\n", 0, text.index('  naam: "Groningen"')) + 1
    assert "data/rode_draden.yaml:1:1: het bestand is leeg; er worden gegevens verwacht" in found
    assert "data/themas.yaml:2:14: het bestand is geen geldige UTF-8-tekst (byte 0xe9); sla het op als UTF-8" in found
    assert f"data/provincies.yaml:{tab_line}:1: tab gebruikt om in te springen; YAML staat alleen spaties toe" in found


def test_broken_yaml_syntax_points_at_the_line(project: Project) -> None:
    line = project.edit("pilots.yaml", '  titel: "B1-route Almelo"\n', '  titel: "B1-route Almelo\n')
    assert problems(project) == [
        f'data/pilots.yaml:{line}:10: de tekst die in kolom 10 met " begint, wordt niet afgesloten; sluit het '
        f'aanhalingsteken op regel {line}: zet " aan het eind van de tekst'
    ]


def test_all_problems_in_all_files_at_once(project: Project) -> None:
    project.edit("pilots.yaml", "  thema: b1-route\n", "  thema: onbekend\n")
    project.edit("documenten.yaml", '  type: "eindrapportage"\n', '  type: "boek"\n')
    project.edit("gemeenten.yaml", "  provincie: overijssel\n", "  provincie: twente\n")
    found = problems(project)
    files = {message.split(":")[0] for message in found}
    assert files == {"data/pilots.yaml", "data/documenten.yaml", "data/gemeenten.yaml"}


def test_build_stops_with_the_same_messages_and_publishes_nothing(project: Project) -> None:
    project.edit("pilots.yaml", "  thema: b1-route\n", "  thema: b1route\n")
    expected = problems(project)
    site = project.root / "site-out"
    result = project.build(site)
    assert result.returncode != 0
    output = result.stdout + result.stderr
    for message in expected:
        assert message.split(": ", 1)[1] in output
    assert "Bouwen gestopt: 1 probleem in de gegevens" in output
    assert not (site / "index.html").exists()


def test_markup_in_yaml_is_data_not_code(project: Project) -> None:
    """Validation accepts any text with a warning; the escaping itself is tested on the built pages and exports."""
    project.edit("pilots.yaml", '  titel: "B1-route Almelo"\n', '  titel: "<script>alert(1)</script>"\n')
    assert project.validate().returncode == 0


def test_same_gemeente_twice_in_a_record(project: Project) -> None:
    line = project.edit("pilots.yaml", "    - gemeente: twenterand\n", "    - gemeente: almelo\n")
    assert problems(project) == [
        f"data/pilots.yaml:{line}:17: pilot 'b1-route-almelo', veld 'gemeenten[2].gemeente': gemeente 'almelo' "
        "staat twee keer in dit record"
    ]


def test_an_error_laden_change_is_stopped_with_every_message(project: Project) -> None:
    """What a careless pull request looks like: wrong thema, unknown gemeente, duplicate key, missing field."""
    thema = project.edit("pilots.yaml", "  thema: ontzorgen\n", "  thema: ontzorg\n")
    gemeente = project.edit("pilots.yaml", "    - gemeente: zuidplas\n", "    - gemeente: zuidplass\n")
    project.edit("pilots.yaml", ALMELO, ALMELO + "  soort: pilot\n")
    duplicate = project.line_of("pilots.yaml", ALMELO) + 4
    missing = project.edit(
        "pilots.yaml",
        '- id: b1-route-kampen\n  soort: pilot\n  titel: "B1-route Kampen"\n',
        "- id: b1-route-kampen\n  soort: pilot\n",
    )
    found = problems(project)
    assert len(found) == 4
    assert found[0].startswith(f"data/pilots.yaml:{duplicate}:3: sleutel 'soort' staat hier twee keer")
    assert found[1] == f"data/pilots.yaml:{missing}:3: pilot 'b1-route-kampen': verplicht veld 'titel' ontbreekt"
    assert found[2].startswith(
        f"data/pilots.yaml:{thema}:10: pilot 'ontzorgen-capelle-aan-den-ijssel', veld 'thema': onbekend thema 'ontzorg'"
    )
    assert found[3].startswith(
        f"data/pilots.yaml:{gemeente}:17: pilot 'ontzorgen-capelle-aan-den-ijssel', veld "
        "'gemeenten[3].gemeente': onbekende gemeente 'zuidplass'; bedoelt u Zuidplas? "
        "Schrijf: gemeente: zuidplas"
    )
    assert project.build().returncode != 0
