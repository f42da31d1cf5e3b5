"""Mergers, splits and renamings after 2020: checking data/herindelingen.yaml and deriving from it what
each 2020 gemeente is called today. The file is the only place these changes are written down."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from kennisbank.data.datafile import DataFile, check_ref
from kennisbank.data.model_gemeenten import Gemeente, Herindeling, LatereWijziging, NaamJaar
from kennisbank.data.problems import Problem

SOORTEN = ("samenvoeging", "toevoeging", "splitsing", "naamswijziging")


def build_herindeling(raw: dict[str, Any]) -> Herindeling:
    return Herindeling(
        raw["id"],
        raw["soort"],
        raw["datum"],
        raw.get("naam"),
        tuple(raw["gemeenten"]),
        tuple(raw.get("verdeeld_over") or ()),
        raw["bron"],
        raw.get("url"),
    )


def check_herindelingen(
    file: DataFile, gemeente_ids: list[str], namen: dict[str, str], gemeenten_file: str
) -> list[Problem]:
    """References to 2020 gemeenten exist, each kind has the fields it needs, and no 2020 gemeente
    disappears twice. `namen`: gemeente id -> official 2020 name."""
    problems: list[Problem] = []
    where = f"{gemeenten_file} of de CBS-indeling van 2020"
    gone: dict[str, str] = {}
    for index, item in file.items():
        soort = item.get("soort")
        ids = (
            [g for g in item.get("gemeenten") or [] if isinstance(g, str)]
            if isinstance(item.get("gemeenten"), list)
            else []
        )
        for field in ("gemeenten", "verdeeld_over"):
            values = item.get(field) if isinstance(item.get(field), list) else []
            for pos, value in enumerate(values):
                problems += check_ref(
                    file, (index, field, pos), value, f"{field}[{pos + 1}]", "gemeente", gemeente_ids, where
                )
        naam = item.get("naam")
        if soort not in SOORTEN:
            continue  # the schema already reports the unknown kind; rules per kind would only add noise
        if soort in ("samenvoeging", "toevoeging", "naamswijziging") and not naam:
            problems.append(
                file.problem((index,), f"veld 'naam' ontbreekt: vul de naam van de gemeente na de {soort} in", key=True)
            )
        if soort == "splitsing" and naam:
            problems.append(
                file.problem(
                    (index, "naam"),
                    "veld 'naam' hoort niet bij een splitsing; noem de gemeenten "
                    "die een deel kregen in 'verdeeld_over'",
                    key=True,
                )
            )
        if soort == "splitsing" and "verdeeld_over" not in item:
            problems.append(
                file.problem(
                    (index,), "veld 'verdeeld_over' ontbreekt: noem de gemeenten die een deel kregen", key=True
                )
            )
        if soort != "splitsing" and "verdeeld_over" in item:
            problems.append(
                file.problem((index, "verdeeld_over"), "veld 'verdeeld_over' hoort alleen bij een splitsing", key=True)
            )
        if soort in ("samenvoeging", "toevoeging") and len(ids) < 2:
            problems.append(
                file.problem(
                    (index, "gemeenten"), f"veld 'gemeenten': een {soort} gaat over minstens twee gemeenten", key=True
                )
            )
        if soort in ("splitsing", "naamswijziging") and len(ids) != 1:
            problems.append(
                file.problem(
                    (index, "gemeenten"), f"veld 'gemeenten': een {soort} gaat over precies één gemeente", key=True
                )
            )
        if soort == "toevoeging" and naam and all(namen.get(g) != naam for g in ids):
            kept = " of ".join(f"'{namen[g]}'" for g in ids if g in namen)
            problems.append(
                file.problem(
                    (index, "naam"),
                    f"veld 'naam': '{naam}' is geen van de gemeenten in "
                    f"'gemeenten'; bij een toevoeging is dit de gemeente die blijft bestaan "
                    f"(kies uit {kept})",
                )
            )
        staying = {g for g in ids if soort == "toevoeging" and namen.get(g) == naam}
        for pos, gemeente in enumerate(ids):
            if gemeente in staying:
                continue
            if gemeente in gone:
                problems.append(
                    file.problem(
                        (index, "gemeenten", pos),
                        f"veld 'gemeenten[{pos + 1}]': gemeente "
                        f"'{gemeente}' is al opgeheven in herindeling '{gone[gemeente]}'",
                    )
                )
            else:
                gone[gemeente] = str(item.get("id"))
    return problems


def apply_herindelingen(
    gemeenten: tuple[Gemeente, ...], herindelingen: tuple[Herindeling, ...]
) -> tuple[Gemeente, ...]:
    """The 2020 gemeenten with `later` (what became of them) and `opgenomen_na_2020` (what joined them).
    Tolerates references to gemeenten that are not among `gemeenten` (the editor tools read gemeenten.yaml
    alone): those are named by their id."""
    by_id = {g.id: g for g in gemeenten}

    def naam(gemeente_id: str) -> str:
        return by_id[gemeente_id].naam if gemeente_id in by_id else gemeente_id

    later: dict[str, LatereWijziging] = {}
    joined: dict[str, list[NaamJaar]] = {}
    for h in sorted((h for h in herindelingen if not h.aangekondigd), key=lambda h: h.datum):
        if h.soort == "splitsing":
            for split in h.gemeenten:
                later[split] = LatereWijziging("verdeeld_over", tuple(naam(g) for g in h.verdeeld_over), h.jaar)
                for receiver in h.verdeeld_over:
                    joined.setdefault(receiver, []).append(NaamJaar(naam(split), h.jaar, deel=True))
            continue
        if h.naam is None:
            continue
        staying = [g for g in h.gemeenten if h.soort == "toevoeging" and naam(g) == h.naam]
        for gemeente in h.gemeenten:
            if gemeente in staying:
                joined.setdefault(gemeente, []).extend(
                    NaamJaar(naam(g), h.jaar) for g in h.gemeenten if g not in staying
                )
            else:
                soort = "hernoemd" if h.soort == "naamswijziging" else "opgegaan_in"
                later[gemeente] = LatereWijziging(soort, (h.naam,), h.jaar)
    return tuple(replace(g, later=later.get(g.id), opgenomen_na_2020=tuple(joined.get(g.id, ()))) for g in gemeenten)


def herindelingen_van(herindelingen: tuple[Herindeling, ...], gemeente_id: str) -> tuple[Herindeling, ...]:
    """The changes a 2020 gemeente took part in (as one that disappeared, stayed or received a part)."""
    return tuple(h for h in herindelingen if gemeente_id in h.gemeenten or gemeente_id in h.verdeeld_over)
