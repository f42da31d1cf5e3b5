"""The cross-file rules for pilots and lopende initiatieven: every thema, gemeente and rode draad they name
exists, one hoofdaanvrager (named at the second one's own line), and the fields that belong to one soort only."""

from __future__ import annotations

from typing import Any

from kennisbank.data.datafile import Advice, DataFile, check_ref
from kennisbank.data.model import ROLLEN
from kennisbank.data.problems import Problem

INITIATIEF_FIELDS = ("onderzoeksbureaus", "werkwijze", "gestart")


def _check_entry_refs(
    file: DataFile,
    index: int,
    item: dict[str, Any],
    list_field: str,
    key: str,
    kind_word: str,
    allowed: list[str] | None,
    where: str,
    advice: Advice | None = None,
) -> list[Problem]:
    """A list of entries that each name something (gemeenten[].gemeente, rode_draden[].draad): every name
    must exist, and none may appear twice in the same item."""
    problems: list[Problem] = []
    entries = item.get(list_field) if isinstance(item.get(list_field), list) else []
    seen: set[str] = set()
    for pos, entry in enumerate(entries):
        if not isinstance(entry, dict):
            continue
        value = entry.get(key)
        field = f"{list_field}[{pos + 1}].{key}"
        path = (index, list_field, pos, key)
        problems += check_ref(file, path, value, field, kind_word, allowed, where, advice)
        if isinstance(value, str) and value in seen:
            problems.append(file.problem(path, f"veld '{field}': {kind_word} '{value}' staat twee keer in dit record"))
        if isinstance(value, str):
            seen.add(value)
    return problems


def _check_heads(records: DataFile, index: int, record: dict) -> list[Problem]:
    """A pilot has exactly one hoofdaanvrager, a lopend initiatief at most one (its penvoerder): a second one is
    reported at its own line, with both gemeenten named."""
    entries = record.get("gemeenten") if isinstance(record.get("gemeenten"), list) else []
    heads = [
        (pos, entry)
        for pos, entry in enumerate(entries)
        if isinstance(entry, dict) and entry.get("rol") == "hoofdaanvrager"
    ]
    soort = record.get("soort")
    unknown_role = any(isinstance(e, dict) and e.get("rol") not in ROLLEN for e in entries)
    if soort == "pilot" and entries and not heads and not unknown_role:  # a mistyped role is its own message
        return [
            records.problem(
                (index, "gemeenten"),
                "veld 'gemeenten': een pilot heeft precies één hoofdaanvrager, "
                "hier geen; zet bij de gemeente die de aanvraag deed rol: hoofdaanvrager",
                key=True,
            )
        ]
    if soort not in ("pilot", "lopend_initiatief") or len(heads) < 2:
        return []
    what = "een pilot heeft precies één" if soort == "pilot" else "een lopend initiatief heeft hoogstens één"
    first = str(heads[0][1].get("gemeente"))
    return [
        records.problem(
            (index, "gemeenten", pos, "rol"),
            (
                f"veld 'gemeenten[{pos + 1}].rol': {what} hoofdaanvrager, en dat is al '{first}'; '{entry.get('gemeente')}' "
                "is dan deelnemer (of betrokken): schrijf rol: deelnemer, of zet de rol bij de andere gemeente om"
            ),
        )
        for pos, entry in heads[1:]
    ]


def check_records(
    records: DataFile, ids: dict[str, list[str] | None], files: dict[str, str], gemeente_advice: Advice
) -> list[Problem]:
    problems: list[Problem] = []
    for index, record in records.items():
        base = (index,)
        problems += check_ref(
            records, base + ("thema",), record.get("thema"), "thema", "thema", ids["themas"], files["themas"]
        )
        problems += _check_entry_refs(
            records,
            index,
            record,
            "gemeenten",
            "gemeente",
            "gemeente",
            ids["gemeenten"],
            files["gemeenten"],
            gemeente_advice,
        )
        problems += _check_entry_refs(
            records, index, record, "rode_draden", "draad", "rode draad", ids["rode_draden"], files["rode_draden"]
        )
        problems += _check_heads(records, index, record)
        if record.get("soort") == "pilot":
            for name in INITIATIEF_FIELDS:
                if name in record:
                    problems.append(
                        records.problem(
                            base + (name,),
                            f"veld '{name}' hoort alleen bij een lopend initiatief, niet bij een pilot",
                            key=True,
                        )
                    )

        doelgroep = record.get("doelgroep")
        if isinstance(doelgroep, dict):
            low, high = doelgroep.get("aantal"), doelgroep.get("aantal_tot")
            if isinstance(low, int) and isinstance(high, int) and high < low:
                problems.append(
                    records.problem(
                        base + ("doelgroep", "aantal_tot"),
                        f"veld 'doelgroep.aantal_tot': {high} is kleiner dan 'aantal' ({low})",
                    )
                )
            if high is not None and low is None:
                problems.append(
                    records.problem(
                        base + ("doelgroep", "aantal_tot"),
                        "veld 'doelgroep.aantal_tot': vul eerst 'aantal' in (de ondergrens)",
                    )
                )
    return problems
