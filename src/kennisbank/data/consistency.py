"""Rules a JSON Schema cannot express: unique ids, references between files, roles, CBS codes."""

from __future__ import annotations

from typing import Any

from kennisbank.data.adressen import mark_changes
from kennisbank.data.datafile import PLACEHOLDER, DataFile, check_ref
from kennisbank.data.gemeentenamen import GemeenteNamen, gemeenten_uit_data
from kennisbank.data.model import partner_key
from kennisbank.data.problems import REFERENCE, Problem
from kennisbank.data.recordchecks import check_records
from kennisbank.data.schema_check import field_label


def check_unique(file: DataFile, key: str) -> list[Problem]:
    problems = []
    first_line: dict[Any, int] = {}
    for index, item in file.items():
        value = item.get(key)
        if not isinstance(value, (str, int)):
            continue
        if value in first_line:
            problems.append(
                file.problem((index, key), f"{key} '{value}' komt twee keer voor (eerder op regel {first_line[value]})")
            )
        else:
            first_line[value] = file.source.position((index, key))[0]
    return problems


# Fields that describe an evaluation and make no sense on a pilot.


def _check_sources(file: DataFile, ids: dict[str, list[str] | None], files: dict[str, str]) -> list[Problem]:
    """`bronnen`, `lessen[].bron` and `na_afloop.bron` must name documents that exist."""
    problems: list[Problem] = []
    for index, item in file.items():
        sources = item.get("bronnen") if isinstance(item.get("bronnen"), list) else []
        for pos, bron in enumerate(sources):
            problems += check_ref(
                file,
                (index, "bronnen", pos),
                bron,
                f"bronnen[{pos + 1}]",
                "bron",
                ids["documenten"],
                files["documenten"],
            )
        lessons = item.get("lessen") if isinstance(item.get("lessen"), list) else []
        for pos, les in enumerate(lessons):
            if isinstance(les, dict):
                problems += check_ref(
                    file,
                    (index, "lessen", pos, "bron"),
                    les.get("bron"),
                    f"lessen[{pos + 1}].bron",
                    "bron",
                    ids["documenten"],
                    files["documenten"],
                )
        afloop = item.get("na_afloop")
        if isinstance(afloop, dict):
            problems += check_ref(
                file,
                (index, "na_afloop", "bron"),
                afloop.get("bron"),
                "na_afloop.bron",
                "bron",
                ids["documenten"],
                files["documenten"],
            )
    return problems


def _check_cbs(file: DataFile, official: dict[str, str], what: str) -> list[Problem]:
    """Codes and names must be those of the CBS 2020 division the maps are drawn from."""
    problems: list[Problem] = []
    for index, item in file.items():
        code, naam = item.get("code"), item.get("naam")
        if not isinstance(code, str) or not isinstance(naam, str):
            continue
        by_name = {name: other for other, name in official.items()}
        if code not in official:
            if code.upper() in official:
                hint = f"; schrijf de code met hoofdletters: {code.upper()}"
            elif naam in by_name:
                hint = f"; de code van {naam} is {by_name[naam]}"
            else:
                hint = ""
            problems.append(
                file.problem(
                    (index, "code"),
                    f"veld 'code': '{code}' is geen {what}code in de CBS-indeling van 2020{hint}",
                    kind=REFERENCE,
                )
            )
        elif official[code] != naam and naam in by_name:
            # The name is right and the code is another one's: one message, at the code.
            problems.append(
                file.problem(
                    (index, "code"),
                    f"veld 'code': {code} is de CBS-code van {official[code]}; de code van {naam} is {by_name[naam]}",
                    kind=REFERENCE,
                )
            )
        elif official[code] != naam:
            problems.append(
                file.problem(
                    (index, "naam"),
                    f"veld 'naam': '{naam}' is niet de officiële CBS-naam bij {code}; die is '{official[code]}' "
                    "(andere namen horen in 'roepnamen' of 'schrijfwijzen')",
                )
            )
    return problems


def _one_per_code(duplicates: list[Problem], cbs: list[Problem]) -> list[Problem]:
    """A code copied from another gemeente is one mistake: the CBS message says which code to write."""
    explained = {(p.line, p.col) for p in cbs}
    return cbs + [p for p in duplicates if (p.line, p.col) not in explained]


def _check_placeholders(file: DataFile) -> list[Problem]:
    problems: list[Problem] = []

    def walk(value: Any, path: tuple[Any, ...]) -> None:
        if isinstance(value, dict):
            for key, child in value.items():
                walk(child, path + (key,))
        elif isinstance(value, list):
            for index, child in enumerate(value):
                walk(child, path + (index,))
        elif isinstance(value, str) and value.startswith(PLACEHOLDER):
            field = field_label(path[1:])
            problems.append(file.problem(path, f"veld '{field}' is nog niet ingevuld ({value})"))

    for index, item in file.items():
        walk(item, (index,))
    return problems


def _check_partner_names(partners: DataFile) -> list[Problem]:
    """Each spelling (name or alias) belongs to one partner, or records could not be linked unambiguously."""
    problems: list[Problem] = []
    owner: dict[str, str] = {}
    for index, item in partners.items():
        aliases = item.get("aliassen") if isinstance(item.get("aliassen"), list) else []
        names = [(("naam",), item.get("naam"))] + [(("aliassen", pos), alias) for pos, alias in enumerate(aliases)]
        for path, name in names:
            if not isinstance(name, str):
                continue
            other = owner.setdefault(partner_key(name), str(item.get("id")))
            if other != str(item.get("id")):
                problems.append(
                    partners.problem(
                        (index, *path),
                        f"partner '{item.get('id')}': de naam '{name}' staat al "
                        f"bij partner '{other}'; een naam of alias hoort bij één partner",
                    )
                )
    return problems


def check_consistency(
    data_files: dict[str, DataFile],
    cbs_gemeenten: dict[str, str],
    cbs_provincies: dict[str, str],
    before: dict[str, Any] | None = None,
) -> list[Problem]:
    """`before`: the files with pages in the earlier version, so a reference to a removed record says so."""
    ids = {
        kind: file.ids() if isinstance(file.source.data, list) and not file.source.broken else None
        for kind, file in data_files.items()
    }
    mark_changes(ids, data_files, before)
    files = {kind: file.source.display_name for kind, file in data_files.items()}
    problems: list[Problem] = []
    for file in data_files.values():
        problems += check_unique(file, "id")
        problems += _check_placeholders(file)
        problems += _check_sources(file, ids, files)

    gemeenten = data_files["gemeenten"]
    problems += _one_per_code(check_unique(gemeenten, "code"), _check_cbs(gemeenten, cbs_gemeenten, "gemeente"))
    for index, item in gemeenten.items():
        problems += check_ref(
            gemeenten,
            (index, "provincie"),
            item.get("provincie"),
            "provincie",
            "provincie",
            ids["provincies"],
            files["provincies"],
        )

    provincies = data_files["provincies"]
    problems += _one_per_code(check_unique(provincies, "code"), _check_cbs(provincies, cbs_provincies, "provincie"))

    problems += check_unique(data_files["rode_draden"], "nummer")
    if "partners" in data_files:
        problems += _check_partner_names(data_files["partners"])
    herindelingen = data_files["herindelingen"].items() if "herindelingen" in data_files else ()
    namen = GemeenteNamen(
        gemeenten_uit_data((item for _, item in gemeenten.items()), (item for _, item in herindelingen)), cbs_gemeenten
    )
    gemeente_advice = lambda value: namen.advies(value, lambda id_: f"gemeente: {id_}", files["gemeenten"])  # noqa: E731
    problems += check_records(data_files["pilots"], ids, files, gemeente_advice)

    documenten = data_files["documenten"]
    for index, item in documenten.items():
        problems += check_ref(
            documenten, (index, "thema"), item.get("thema"), "thema", "thema", ids["themas"], files["themas"]
        )
        covered = item.get("behandelt") if isinstance(item.get("behandelt"), list) else []
        for pos, record_id in enumerate(covered):
            problems += check_ref(
                documenten,
                (index, "behandelt", pos),
                record_id,
                f"behandelt[{pos + 1}]",
                "pilot of lopend initiatief",
                ids["pilots"],
                files["pilots"],
            )
    return problems
