"""Published addresses never break. A record lists its earlier ids in `oude_ids` and their addresses redirect
to it; a change that would drop an address of the earlier version (a renamed or removed record) is refused,
with the line to add."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kennisbank.data.datafile import DataFile, KnownIds
from kennisbank.data.kinds import KIND, KINDS
from kennisbank.data.problems import REFERENCE, Problem
from kennisbank.data.slips import strings
from kennisbank.data.urls import src_path_for

# Data files whose records have a page under their id that may change (oude_ids keeps the old address).
PAGE_FILES = tuple(kind.naam for kind in KINDS if kind.sectie and kind.hernoembaar)


def _word(kind: str, item: dict[str, Any]) -> tuple[str, str, str]:
    """(noun, 'dit'/'deze', 'het'/'de') for a record of `kind`: "deze partner", "dit thema"."""
    noun, article = KIND[kind].woorden(item) if kind in KIND else ("record", "het")
    return noun, "dit" if article == "het" else "deze", article


def address(kind: str, item: dict[str, Any], item_id: str) -> str:
    """The published address of a record under `item_id`, as readers see it ('/pilots/b1-route-almelo/')."""
    return "/" + KIND[kind].adres(item_id, item)


def _oude_ids(item: Any) -> list[str]:
    values = item.get("oude_ids") if isinstance(item, dict) else None
    return [v for v in values if isinstance(v, str)] if isinstance(values, list) else []


def _records(data: Any) -> list[dict[str, Any]]:
    return (
        [item for item in data if isinstance(item, dict) and isinstance(item.get("id"), str)]
        if isinstance(data, list)
        else []
    )


def check_oude_ids(files: dict[str, DataFile]) -> list[Problem]:
    """An earlier id may not be a current id (two pages at one address) nor stand at two records."""
    problems: list[Problem] = []
    for kind in PAGE_FILES:
        if kind not in files:
            continue
        file = files[kind]
        current = set(file.ids())
        owner: dict[str, int] = {}
        for index, item in file.items():
            values = item.get("oude_ids") if isinstance(item.get("oude_ids"), list) else []
            for pos, old in enumerate(values):
                if not isinstance(old, str):
                    continue
                field = f"veld 'oude_ids[{pos + 1}]'"
                if old in current:
                    problems.append(
                        file.problem(
                            (index, "oude_ids", pos),
                            (
                                f"{field}: '{old}' is ook het id van een bestaand record in dit bestand; een oud id mag geen "
                                "huidig id zijn, anders hebben twee pagina's hetzelfde adres: haal het hier weg"
                            ),
                        )
                    )
                elif old in owner:
                    line = file.source.position((owner[old], "id"))[0]
                    problems.append(
                        file.problem(
                            (index, "oude_ids", pos),
                            (
                                f"{field}: '{old}' staat ook bij het record op regel {line}; een oud adres kan maar naar één "
                                "pagina leiden: haal het bij een van de twee weg"
                            ),
                        )
                    )
                else:
                    owner[old] = index
    return problems


@dataclass(frozen=True)
class Gone:
    """An address of the earlier version that no record keeps now."""

    kind: str
    old: str  # the id the address was made from
    old_item: dict[str, Any]  # the record as it was
    successor: int | None  # index of the record it became (same title, new id), None when it was removed


def gone_addresses(files: dict[str, DataFile], before: dict[str, Any] | None) -> list[Gone]:
    """Ids of the earlier version (and their oude_ids) that neither a current id nor an `oude_ids` entry keeps;
    a new record with the same title is taken to be the renamed one."""
    if before is None:
        return []
    found: list[Gone] = []
    for kind in PAGE_FILES:
        if kind not in files or kind not in before:
            continue
        file = files[kind]
        if not isinstance(file.source.data, list) or file.source.broken:
            continue  # a file that cannot be read (its own message says why) tells nothing about its addresses
        now = set(file.ids()) | {old for _, item in file.items() for old in _oude_ids(item)}
        earlier = _records(before[kind])
        earlier_ids = {item["id"] for item in earlier}
        new_items = {
            index: item
            for index, item in file.items()
            if isinstance(item.get("id"), str) and item["id"] not in earlier_ids
        }
        for old_item in earlier:
            title = old_item.get("titel") or old_item.get("naam")
            successor = next(
                (
                    index
                    for index, item in new_items.items()
                    if title and (item.get("titel") or item.get("naam")) == title
                ),
                None,
            )
            found += [
                Gone(kind, old, old_item, successor) for old in [old_item["id"], *_oude_ids(old_item)] if old not in now
            ]
    return found


def mark_changes(ids: dict[str, KnownIds | None], files: dict[str, DataFile], before: dict[str, Any] | None) -> None:
    """Let a reference to a renamed or removed record say so (see datafile.check_ref)."""
    for gone in gone_addresses(files, before):
        known = ids.get(gone.kind)
        if not isinstance(known, KnownIds):
            continue
        if gone.successor is not None:
            known.renamed.setdefault(gone.old, files[gone.kind].source.data[gone.successor]["id"])
        else:
            known.removed.add(gone.old)


def _places(files: dict[str, DataFile], old: str) -> int:
    """How many values in all data files still name `old` (earlier ids, which are the fix, not counted)."""
    return sum(
        1
        for file in files.values()
        for _, item in file.items()
        for path, value in strings(item)
        if value == old and "oude_ids" not in path and path != ("id",)
    )


def removed_pages(files: dict[str, DataFile], before: dict[str, Any] | None) -> dict[str, str]:
    """Source path of the page of every removed record -> how to name that record ("document 'x'")."""
    found = {}
    for gone in gone_addresses(files, before):
        if gone.successor is None:
            noun = _word(gone.kind, gone.old_item)[0]
            found[src_path_for(KIND[gone.kind].adres(gone.old, gone.old_item))] = f"{noun} '{gone.old}'"
    return found


def dropped_addresses(files: dict[str, DataFile], before: dict[str, Any] | None) -> list[Problem]:
    """One message per address that would stop working: for a renamed record at its id, with the line to add;
    for a removed one at the top of the file."""
    problems: list[Problem] = []
    gones = gone_addresses(files, before)
    for gone in gones:
        file, old = files[gone.kind], gone.old
        url = address(gone.kind, gone.old_item, old)
        noun, this, article = _word(gone.kind, gone.old_item)
        if gone.successor is not None:
            has_list = isinstance(file.source.data[gone.successor].get("oude_ids"), list)
            add = f"zet '{old}' erbij in oude_ids" if has_list else f"voeg onder het id toe: oude_ids: [{old}]"
            problems.append(
                file.problem(
                    (gone.successor, "id"),
                    (
                        f"veld 'id': {this} {noun} had eerder het id '{old}'; het adres {url} zou dan niet meer "
                        f"werken. Om lezers door te sturen: {add}. Sneller: zet het oude id terug en typ kennisbank hernoem "
                        f"{old} {files[gone.kind].source.data[gone.successor]['id']}; dat past ook elke verwijzing aan"
                    ),
                    kind=REFERENCE,
                )
            )
        elif old == gone.old_item["id"]:  # removed: one message, with its earlier addresses too
            ids = [old, *(o for o in _oude_ids(gone.old_item) if any(g.old == o for g in gones))]
            places = _places(files, old)
            cited = (
                f" en wordt nog op {places} {'plaats' if places == 1 else 'plaatsen'} genoemd (zie de melding "
                "bij elke plaats)"
                if places
                else ""
            )
            urls = [address(gone.kind, gone.old_item, i) for i in ids]
            where = f"het adres {urls[0]} zou" if len(urls) == 1 else f"de adressen {' en '.join(urls)} zouden"
            named = " en ".join(f"'{i}'" for i in ids)
            problems.append(
                Problem(
                    file.source.display_name,
                    1,
                    1,
                    (
                        f"{noun} '{old}' staat niet meer in dit bestand{cited}; {where} dan niet meer werken. "
                        f"Zet {named} bij oude_ids van {article} {noun} waar lezers nu heen moeten, of zet {article} "
                        f"{noun} terug"
                    ),
                    kind=REFERENCE,
                )
            )
    return problems
