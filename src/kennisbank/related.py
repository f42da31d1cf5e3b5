"""Related pilots and initiatives: which other records resemble a record, and why.

A pure function of the data: the same dataset always gives the same list. Each reason adds a weight;
records are ordered by total weight, ties broken by title (Dutch order), then id.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .model import Dataset, Record
from .textfmt import dutch_sort_key

# Weights: the same thema says most about a similar approach, then a shared kind of doelgroep and a
# shared partner organisation; every shared rode draad counts; sharing a provincie ('in de buurt') least.
WEIGHT_THEMA = 3
WEIGHT_DOELGROEP = 2
WEIGHT_PARTNER = 2
WEIGHT_RODE_DRAAD = 1
WEIGHT_PROVINCIE = 1

# Kinds of doelgroep, recognised by words in the doelgroep's description (lower case). A record can be
# of several kinds; two records share a kind when both descriptions contain one of its words.
DOELGROEP_SOORTEN: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("vrouwen", ("vrouw", "moeders")),
    ("nareizigers en gezinsmigranten", ("nareiziger", "gezinsmigrant", "gezinsherenig")),
    ("ontheven van de inburgeringsplicht", ("ontheven", "ontheffing")),
    ("analfabeten en laaggeletterden", ("analfabe", "geletterd", "niet kunnen lezen")),
    ("jongeren", ("jongeren", "jonge statushouders", "jonge vluchtelingen")),
    ("mensen met een uitkering", ("uitkering",)),
    ("geslaagd voor het inburgeringsexamen (A2)", ("inburgeringsexamen", "a2-niveau hebben gehaald",
                                                  "op a2 geslaagden")),
    ("kwetsbare nieuwkomers", ("kwetsba", "psychische")),
    ("net gehuisveste statushouders", ("azc", "zich net", "net in", "gehuisvest", "nieuwe statushouders",
                                       "nieuwe vergunninghouders", "instromen", "net gevestigd")),
)


@dataclass(frozen=True)
class Related:
    record: Record
    reasons: tuple[str, ...]  # reader-facing, e.g. "zelfde thema", "zelfde partner: VluchtelingenWerk"
    score: int


# A clause that says who is left out ('gezinsmigranten vallen erbuiten') does not make them the doelgroep.
EXCLUSIONS = ("erbuiten", "buiten de doelgroep", "niet tot de doelgroep")


def doelgroep_soorten(record: Record) -> tuple[str, ...]:
    clauses = [c for c in re.split(r"[;,.]", record.doelgroep.omschrijving.lower())
               if not any(word in c for word in EXCLUSIONS)]
    return tuple(name for name, words in DOELGROEP_SOORTEN
                 if any(word in clause for clause in clauses for word in words))


def named_partners(record: Record) -> dict[str, str]:
    """Partner organisations by a name (lower case -> as written); generic entries written in lower
    case in the data ('werkgevers', 'andere lokale partners') are not organisations and do not count."""
    return {p.casefold(): p for p in record.partners if p[:1].isupper()}


def _provincies(dataset: Dataset, record: Record) -> dict[str, str]:
    return {dataset.gemeente(g.gemeente).provincie: dataset.provincie(dataset.gemeente(g.gemeente).provincie).naam
            for g in record.gemeenten}


def _comparison(dataset: Dataset, record: Record, other: Record) -> Related:
    reasons: list[str] = []
    score = 0
    if record.thema and record.thema == other.thema:
        reasons.append(f"zelfde thema: {dataset.thema(record.thema).korte_titel}")
        score += WEIGHT_THEMA
    threads = [link.draad for link in record.rode_draden if link.draad in {x.draad for x in other.rode_draden}]
    if threads:
        titles = ", ".join(dataset.rode_draad(t).titel for t in threads)
        reasons.append(f"{'zelfde rode draad' if len(threads) == 1 else 'zelfde rode draden'}: {titles}")
        score += WEIGHT_RODE_DRAAD * len(threads)
    kinds = [k for k in doelgroep_soorten(record) if k in doelgroep_soorten(other)]
    if kinds:
        reasons.append(f"zelfde soort doelgroep: {', '.join(kinds)}")
        score += WEIGHT_DOELGROEP
    mine, theirs = named_partners(record), named_partners(other)
    partners = [mine[key] for key in mine if key in theirs]
    if partners:
        reasons.append(f"{'zelfde partner' if len(partners) == 1 else 'zelfde partners'}: {', '.join(partners)}")
        score += WEIGHT_PARTNER
    here, there = _provincies(dataset, record), _provincies(dataset, other)
    shared = sorted((name for pid, name in here.items() if pid in there), key=dutch_sort_key)
    if shared:
        reasons.append(f"in de buurt: ook in {', '.join(shared)}")
        score += WEIGHT_PROVINCIE
    return Related(other, tuple(reasons), score)


def related_records(dataset: Dataset, record: Record, limit: int = 5) -> tuple[Related, ...]:
    """The `limit` records most like `record` (never the record itself), with the reasons."""
    candidates = [_comparison(dataset, record, other) for other in dataset.records if other.id != record.id]
    candidates = [c for c in candidates if c.score > 0]
    candidates.sort(key=lambda c: (-c.score, dutch_sort_key(c.record.titel), c.record.id))
    return tuple(candidates[:limit])
