"""Related pilots and initiatives: which other records resemble a record, and why.

A pure function of the data: the same dataset always gives the same list. Each reason adds a weight;
records are ordered by total weight, ties broken by title (Dutch order), then id.
"""

from __future__ import annotations

import heapq
import re
from dataclasses import dataclass

from kennisbank.common.text import dutch_sort_key
from kennisbank.data.model import Dataset, Record

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
    (
        "geslaagd voor het inburgeringsexamen (A2)",
        ("inburgeringsexamen", "a2-niveau hebben gehaald", "op a2 geslaagden"),
    ),
    ("kwetsbare nieuwkomers", ("kwetsba", "psychische")),
    (
        "net gehuisveste statushouders",
        (
            "azc",
            "zich net",
            "net in",
            "gehuisvest",
            "nieuwe statushouders",
            "nieuwe vergunninghouders",
            "instromen",
            "net gevestigd",
        ),
    ),
)


@dataclass(frozen=True)
class Related:
    record: Record
    reasons: tuple[str, ...]  # reader-facing, e.g. "zelfde thema", "zelfde partner: VluchtelingenWerk"
    score: int


# A clause that says who is left out ('gezinsmigranten vallen erbuiten') does not make them the doelgroep.
EXCLUSIONS = ("erbuiten", "buiten de doelgroep", "niet tot de doelgroep")


def doelgroep_soorten(record: Record) -> tuple[str, ...]:
    clauses = [
        c
        for c in re.split(r"[;,.]", record.doelgroep.omschrijving.lower())
        if not any(word in c for word in EXCLUSIONS)
    ]
    return tuple(
        name for name, words in DOELGROEP_SOORTEN if any(word in clause for clause in clauses for word in words)
    )


def named_partners(dataset: Dataset, record: Record) -> dict[str, str]:
    """Partner organisations, one key per organisation -> the name shown. A known partner counts under its
    one name however the record spells it ('Vluchtelingenwerk Midden Nederland' is VluchtelingenWerk);
    generic entries written in lower case ('werkgevers', 'andere lokale partners') do not count."""
    named = {}
    for text in record.partners:
        if (partner := dataset.partner_named(text)) is not None:
            named.setdefault(f"partner:{partner.id}", partner.naam)
        elif text[:1].isupper():
            named.setdefault(text.casefold(), text)
    return named


def _provincies(dataset: Dataset, record: Record) -> dict[str, str]:
    return {
        dataset.gemeente(g.gemeente).provincie: dataset.provincie(dataset.gemeente(g.gemeente).provincie).naam
        for g in record.gemeenten
    }


@dataclass(frozen=True)
class _Features:
    """What a record is compared on, worked out once per record instead of once per pair."""

    thema: str | None
    draden: tuple[str, ...]
    soorten: tuple[str, ...]
    partners: dict[str, str]
    provincies: dict[str, str]
    sort_key: tuple


class RelatedIndex:
    """Every record's features, and per feature the records that have it, so that a record is only
    compared with the records it shares something with (the build stays linear as records grow)."""

    def __init__(self, dataset: Dataset) -> None:
        self.dataset = dataset
        self.features = {
            r.id: _Features(
                r.thema,
                tuple(link.draad for link in r.rode_draden),
                doelgroep_soorten(r),
                named_partners(dataset, r),
                _provincies(dataset, r),
                (dutch_sort_key(r.titel), r.id),
            )
            for r in dataset.records
        }
        self.with_feature: dict[tuple[str, str], list[str]] = {}
        for rid, f in self.features.items():
            keys = {("thema", f.thema)} if f.thema else set()
            keys |= {("draad", d) for d in f.draden} | {("soort", k) for k in f.soorten}
            keys |= {("partner", p) for p in f.partners} | {("provincie", p) for p in f.provincies}
            for key in keys:
                self.with_feature.setdefault(key, []).append(rid)

    def _scores(self, record: Record) -> dict[str, int]:
        """Total weight per record that shares anything with `record`: each kind of feature counts once per
        other record, except rode draden (once per shared draad)."""
        f = self.features[record.id]
        scores: dict[str, int] = {}

        def add(others, weight: int) -> None:
            for other in others:
                scores[other] = scores.get(other, 0) + weight

        if f.thema:
            add(set(self.with_feature.get(("thema", f.thema), ())), WEIGHT_THEMA)
        for draad in set(f.draden):
            add(self.with_feature[("draad", draad)], WEIGHT_RODE_DRAAD)
        for kind, values, weight in (
            ("soort", f.soorten, WEIGHT_DOELGROEP),
            ("partner", f.partners, WEIGHT_PARTNER),
            ("provincie", f.provincies, WEIGHT_PROVINCIE),
        ):
            add({other for value in values for other in self.with_feature[(kind, value)]}, weight)
        scores.pop(record.id, None)
        return scores

    def _reasons(self, record: Record, other: Record) -> tuple[str, ...]:
        dataset, mine, theirs = self.dataset, self.features[record.id], self.features[other.id]
        reasons: list[str] = []
        if mine.thema and mine.thema == theirs.thema:
            reasons.append(f"zelfde thema: {dataset.thema(mine.thema).korte_titel}")
        threads = [draad for draad in mine.draden if draad in theirs.draden]
        if threads:
            titles = ", ".join(dataset.rode_draad(t).titel for t in threads)
            reasons.append(f"{'zelfde rode draad' if len(threads) == 1 else 'zelfde rode draden'}: {titles}")
        kinds = [k for k in mine.soorten if k in theirs.soorten]
        if kinds:
            reasons.append(f"zelfde soort doelgroep: {', '.join(kinds)}")
        partners = [mine.partners[key] for key in mine.partners if key in theirs.partners]
        if partners:
            reasons.append(f"{'zelfde partner' if len(partners) == 1 else 'zelfde partners'}: {', '.join(partners)}")
        shared = sorted((name for pid, name in mine.provincies.items() if pid in theirs.provincies), key=dutch_sort_key)
        if shared:
            reasons.append(f"in de buurt: ook in {', '.join(shared)}")
        return tuple(reasons)

    def related(self, record: Record, limit: int = 5) -> tuple[Related, ...]:
        scores = self._scores(record)
        # The best few of thousands at 100x the records: no need to sort them all.
        best = heapq.nsmallest(limit, scores, key=lambda other: (-scores[other], self.features[other].sort_key))
        return tuple(
            Related(self.dataset.record(other), self._reasons(record, self.dataset.record(other)), scores[other])
            for other in best
        )


_last_index: RelatedIndex | None = None  # one build works on one dataset: keep its index


def related_records(dataset: Dataset, record: Record, limit: int = 5) -> tuple[Related, ...]:
    """The `limit` records most like `record` (never the record itself), with the reasons; records are
    ordered by total weight, ties broken by title (Dutch order), then id."""
    global _last_index
    if _last_index is None or _last_index.dataset is not dataset:
        _last_index = RelatedIndex(dataset)
    return _last_index.related(record, limit)
