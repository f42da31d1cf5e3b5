"""A gemeente's names as readers see them: its other names with what each is, a short hint for lists, and
the A–Z index of every name a gemeente of 2020 goes by (also the gemeenten formed since)."""

from __future__ import annotations

from dataclasses import dataclass

from kennisbank.common.text import dutch_sort_key as sort_key
from kennisbank.data.model import Dataset
from kennisbank.data.model_gemeenten import Gemeente, Herindeling
from kennisbank.views import derive


def other_names(gemeente: Gemeente) -> list[tuple[str, str]]:
    """Every other name of a gemeente with what it is, as shown to readers (and indexed for search). The names of
    what it became after 2020 are not among them (see the herindelingen on its page and `name_hints`)."""
    names = [(n, "roepnaam") for n in gemeente.roepnamen]
    names += [(n, "schrijfwijze in de bronnen") for n in gemeente.schrijfwijzen]
    names += [
        (v.naam, f"voormalige gemeente, in {v.jaar} opgegaan in {gemeente.naam}") for v in gemeente.voormalige_gemeenten
    ]
    names += [
        (v.naam, f"in {v.jaar} {'voor een deel' if v.deel else 'geheel'} bij {gemeente.naam} gevoegd")
        for v in gemeente.opgenomen_na_2020
    ]
    # What became of the gemeente after 2020 is not another name of it: the page says it in its own line ('Nu: …').
    return names


def name_hints(gemeente: Gemeente) -> str:
    """Short reader-facing note with the other names of a gemeente (also what makes the page findable
    under those names): 'ook: Den Bosch', 'sinds 2022 deel van Land van Cuijk', ..."""
    hints = []
    also = [*gemeente.roepnamen, *gemeente.schrijfwijzen]
    if also:
        hints.append("ook: " + ", ".join(also))
    by_year: dict[int, list[str]] = {}
    for former in gemeente.voormalige_gemeenten:
        by_year.setdefault(former.jaar, []).append(former.naam)
    hints += [f"omvat sinds {year} {', '.join(names)}" for year, names in sorted(by_year.items())]
    hints += [f"sinds {v.jaar} met {'een deel van ' if v.deel else ''}{v.naam}" for v in gemeente.opgenomen_na_2020]
    if gemeente.later and gemeente.later.soort == "opgegaan_in":
        hints.append(f"sinds {gemeente.later.jaar} deel van {', '.join(gemeente.later.namen)}")
    elif gemeente.later and gemeente.later.soort == "hernoemd":
        hints.append(f"heet sinds {gemeente.later.jaar} {', '.join(gemeente.later.namen)}")
    elif gemeente.later:
        hints.append(f"in {gemeente.later.jaar} verdeeld over {', '.join(gemeente.later.namen)}")
    return "; ".join(hints)


@dataclass(frozen=True)
class AzRegel:
    """One line of the A–Z index: a 2020 gemeente, another name pointing to one, or a gemeente of today
    with the 2020 gemeenten it was formed from."""

    naam: str
    gemeente: Gemeente | None = None  # a 2020 gemeente under its official name
    aantal: int = 0  # records it took part in
    zie: Gemeente | None = None  # another name of this gemeente
    herindeling: Herindeling | None = None  # a gemeente formed after 2020 (summary line)


def az_index(dataset: Dataset) -> list[tuple[str, list[AzRegel]]]:
    """All 2020 gemeenten, their other names and the gemeenten of today, grouped by first letter. A name
    that is a 2020 gemeente itself gets no 'zie' line, and the gemeenten formed after 2020 get one summary
    line each instead of one 'zie' line per predecessor."""
    official = {sort_key(g.naam) for g in dataset.gemeenten}
    regels = [
        AzRegel(g.naam, gemeente=g, aantal=len(derive.records_of_gemeente(dataset, g.id))) for g in dataset.gemeenten
    ]
    later_names = {n for g in dataset.gemeenten if g.later for n in g.later.namen}
    for g in dataset.gemeenten:
        names = {sort_key(name): name for name, _ in other_names(g) if name not in later_names}
        regels += [AzRegel(name, zie=g) for key, name in names.items() if key not in official]
    for h in dataset.herindelingen:
        if h.naam and sort_key(h.naam) not in official:
            regels.append(AzRegel(h.naam, herindeling=h))
    groups: dict[str, list[AzRegel]] = {}
    for regel in sorted(regels, key=lambda r: (sort_key(r.naam), r.naam)):
        groups.setdefault(sort_key(regel.naam)[0].upper(), []).append(regel)
    return list(groups.items())
