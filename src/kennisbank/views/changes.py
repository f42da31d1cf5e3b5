"""What changed in the data between two versions, per record and per field, and per day along the main line:
the one model of a change. `views.changes_for_editors` says it field by field (`kennisbank verschil`, the pull
request's summary), `views.changes_for_readers` in a reader's words ('Wat is er nieuw' and its feed)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from kennisbank.common.store import Store
from kennisbank.data.kinds import KIND, KINDS
from kennisbank.data.versions import Commit, data_at, data_commits, project_store

# Data files with what one record is called (singular, plural) and the field that names it, from the registry.
FILES: dict[str, tuple[str, str, str]] = {kind.naam: (*kind.alle_woorden, kind.titelveld) for kind in KINDS}


@dataclass(frozen=True)
class FieldChange:
    field: str  # its place as an editor reads it: 'doelgroep.aantal', 'gemeenten: twenterand'
    old: Any
    new: Any
    path: tuple[str, ...] = ()  # the field's names from the record down: ('doelgroep', 'aantal')
    item: str | None = None  # in a list of groups: the name of the item that changed ('twenterand')


@dataclass
class RecordChange:
    kind: str  # data file stem
    id: str
    title: str
    action: str  # nieuw, gewijzigd, verwijderd
    fields: list[FieldChange] = field(default_factory=list)
    soort: str | None = None  # pilot or lopend_initiatief, for the address
    record: dict[str, Any] = field(default_factory=dict)  # the record after the change (when removed: before)
    before: dict[str, Any] = field(default_factory=dict)  # the record before the change (new: empty)
    into: str | None = None  # merged: the id of the record its address now leads to

    @property
    def noun(self) -> str:
        if self.kind in KIND and (variant := KIND[self.kind].varianten.get(self.soort or "")):
            return variant.enkelvoud
        return KIND[self.kind].enkelvoud if self.kind in KIND else FILES[self.kind][0]


def _records(data: Any) -> dict[str, dict[str, Any]]:
    if not isinstance(data, list):
        return {}
    return {item["id"]: item for item in data if isinstance(item, dict) and isinstance(item.get("id"), str)}


# The key that names an item in a list of groups ('gemeenten: - gemeente: almelo, rol: deelnemer').
NAME_KEYS = ("gemeente", "draad", "id", "naam", "soort")


def _named(items: Any) -> dict[str, dict[str, Any]] | None:
    """A list of groups by the name each one carries, or None when it is no such list (or names repeat)."""
    if not isinstance(items, list) or not items or not all(isinstance(item, dict) for item in items):
        return None
    key = next((k for k in NAME_KEYS if all(isinstance(item.get(k), str) for item in items)), None)
    if key is None:
        return None
    named = {item[key]: item for item in items}
    return named if len(named) == len(items) else None


def _fields(old: dict[str, Any], new: dict[str, Any], path: tuple[str, ...] = ()) -> list[FieldChange]:
    """Every changed field by its place: a field inside a group as 'doelgroep.aantal', an item of a list of
    groups by its name ('gemeenten: almelo' with 'deelnemer → betrokken')."""
    changes = []
    for name in dict.fromkeys([*old, *new]):
        before, after, where = old.get(name), new.get(name), (*path, name)
        if before == after:
            continue
        if isinstance(before, dict) and isinstance(after, dict):
            changes += _fields(before, after, where)
            continue
        place = ".".join(where)
        was, now = _named(before), _named(after)
        if was is not None and now is not None:
            for item in dict.fromkeys([*was, *now]):
                if was.get(item) != now.get(item):
                    old_rest, new_rest = _rest(was.get(item)), _rest(now.get(item))
                    changes.append(FieldChange(f"{place}: {item}", old_rest, new_rest, where, item))
            continue
        changes.append(FieldChange(place, before, after, where))
    return changes


def _rest(item: dict[str, Any] | None) -> Any:
    """An item of a list of groups without its name (which the place already says): its one other value, or
    the rest of the group."""
    if item is None:
        return None
    rest = {k: v for k, v in item.items() if k not in NAME_KEYS}
    return next(iter(rest.values())) if len(rest) == 1 else rest


def compare(before: dict[str, Any], after: dict[str, Any]) -> list[RecordChange]:
    """Every record added, removed or changed between two versions of the data files (file stem -> data). A
    record whose id changed and that lists its old id in `oude_ids` is one change, not a removal and an addition."""
    changes: list[RecordChange] = []
    for kind, (_, _, title_field) in FILES.items():
        old, new = _records(before.get(kind)), _records(after.get(kind))
        renamed = {
            old_id: new_id
            for new_id, item in new.items()
            for old_id in item.get("oude_ids") or []
            if old_id in old and new_id not in old
        }
        for record_id, item in new.items():
            title = str(item.get(title_field) or record_id)
            previous = next((old[o] for o, n in renamed.items() if n == record_id), old.get(record_id))
            soort = item.get("soort")
            if previous is None:
                changes.append(RecordChange(kind, record_id, title, "nieuw", soort=soort, record=item))
            elif previous != item:
                fields = _fields(previous, item)
                changes.append(
                    RecordChange(kind, record_id, title, "gewijzigd", fields, soort, record=item, before=previous)
                )
        kept_by = {old_id: item for item in new.values() for old_id in item.get("oude_ids") or []}
        for record_id, item in old.items():
            if record_id not in new and record_id not in renamed:
                into = kept_by.get(record_id)  # merged: its address now leads to that record
                action = f"samengevoegd met '{into.get(title_field) or into['id']}'" if into else "verwijderd"
                title = str(item.get(title_field) or record_id)
                changes.append(
                    RecordChange(
                        kind,
                        record_id,
                        title,
                        action,
                        soort=item.get("soort"),
                        record=item,
                        before=item,
                        into=into and into["id"],
                    )
                )
    return changes


@dataclass(frozen=True)
class Update:
    """One change that landed on the main line: when, and what it changed in the data."""

    commit: Commit
    changes: list[RecordChange]


@dataclass(frozen=True)
class Day:
    """What changed in the data on one day: each record once, from how it was before the day's first change
    to how it was after the last."""

    date: str  # YYYY-MM-DD
    updated: str  # the time of the day's last change (ISO 8601)
    changes: list[RecordChange]


def by_day(updates: list[Update]) -> list[Day]:
    """The updates (newest first, along the main line) as days, newest first."""
    days: dict[str, list[Update]] = {}
    for update in updates:
        days.setdefault(update.commit.date[:10], []).append(update)
    return [
        Day(date, group[0].commit.date, joined)
        for date, group in days.items()
        if (joined := _joined([update.changes for update in reversed(group)]))
    ]


def _joined(steps: list[list[RecordChange]]) -> list[RecordChange]:
    """The changes of versions that follow each other (oldest first) as one change per record: a record
    renamed on the way is one record, and one changed back to what it was is none."""
    order: list[RecordChange | None] = []
    at: dict[tuple[str, str], int] = {}
    for step in steps:
        for change in step:
            old_id = next((f.old for f in change.fields if f.path == ("id",)), change.id)
            index = at.pop((change.kind, old_id), None)
            at[(change.kind, change.id)] = len(order) if index is None else index
            if index is None:
                order.append(change)
            else:
                order[index] = _then(order[index], change) if order[index] else change
    return [change for change in order if change is not None]


def _then(first: RecordChange, then: RecordChange) -> RecordChange | None:
    """Two changes to one record, one after the other, as one (None: nothing changed in the end)."""
    if then.action == "gewijzigd" or (first.action != "gewijzigd" and then.action == "nieuw"):
        if first.action == "nieuw":
            return replace(then, action="nieuw", fields=[], before={})
        fields = _fields(first.before, then.record)
        return replace(then, action="gewijzigd", fields=fields, before=first.before) if fields else None
    return None if first.action == "nieuw" else then


def recent_updates(data_dir: Path, limit: int = 15, store: Store | None = None) -> list[Update] | None:
    """The last changes to the data, newest first, each compared with the version before it; None without git
    history. A commit that only reformatted files (no record changed) is left out. Each version is read from
    git once, ever: `store` keeps it (by default the project's cache)."""
    commits = data_commits(data_dir, limit)
    if commits is None:
        return None
    store = store or project_store(data_dir)
    names = tuple(FILES)
    updates = []
    for commit in commits:
        stems = tuple(stem for stem in commit.files if stem in names)
        if not stems:
            continue
        changes = compare(
            data_at(data_dir, f"{commit.sha}^", stems, store) or {}, data_at(data_dir, commit.sha, stems, store) or {}
        )
        if changes:
            updates.append(Update(commit, changes))
    return updates
