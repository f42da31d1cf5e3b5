"""What changed in the data between two versions, per record and per field, in words an editor and a reader
understand: for `kennisbank verschil`, the pull request's summary and the "Wat is er nieuw" page."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kennisbank.common.store import Store
from kennisbank.common.text import aantal
from kennisbank.data.kinds import KIND, KINDS
from kennisbank.data.versions import Commit, data_at, data_commits, project_store

# Data files with what one record is called (singular, plural) and the field that names it, from the registry.
FILES: dict[str, tuple[str, str, str]] = {kind.naam: (*kind.alle_woorden, kind.titelveld) for kind in KINDS}
SHOWN = 80  # characters of an old or new value shown


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: Any
    new: Any


@dataclass
class RecordChange:
    kind: str  # data file stem
    id: str
    title: str
    action: str  # nieuw, gewijzigd, verwijderd
    fields: list[FieldChange] = field(default_factory=list)
    soort: str | None = None  # pilot or lopend_initiatief, for the address

    @property
    def noun(self) -> str:
        if self.kind in KIND and (variant := KIND[self.kind].varianten.get(self.soort or "")):
            return variant.enkelvoud
        return KIND[self.kind].enkelvoud if self.kind in KIND else FILES[self.kind][0]


def in_words(value: Any) -> str:
    """A value as an editor reads it, never data notation: a group as 'veld: waarde, veld: waarde', a list as
    its items, an item of a list of groups by its own name and role ('almelo (deelnemer)')."""
    if isinstance(value, dict):
        name = next((value[key] for key in NAME_KEYS if isinstance(value.get(key), str)), None)
        rest = [in_words(v) for k, v in value.items() if k not in NAME_KEYS and v not in (None, "", [])]
        if name is not None:
            return f"{name} ({', '.join(rest)})" if rest else str(name)
        return ", ".join(f"{k}: {in_words(v)}" for k, v in value.items() if v not in (None, "", []))
    if isinstance(value, list):
        return "; ".join(in_words(item) for item in value)
    if isinstance(value, bool):
        return "ja" if value else "nee"
    return str(value)


def short(value: Any) -> str:
    """A value in one short line, in words (see in_words): cut at SHOWN characters, empty as '—'."""
    if value is None or value == [] or value == "":
        return "—"
    text = " ".join(in_words(value).split())
    return text if len(text) <= SHOWN else text[: SHOWN - 1].rstrip() + "…"


def difference(old: Any, new: Any) -> str:
    """What changed in one field, short enough for one line: the items that left and came in a list, the changed
    part of a long text with a little around it, otherwise old → new."""
    if isinstance(old, list) and isinstance(new, list):
        # Each item between quotes, so an item with commas cannot be read as two.
        gone = [f"'{short(item)}'" for item in old if item not in new]
        came = [f"'{short(item)}'" for item in new if item not in old]
        if not gone and not came:
            return "andere volgorde"
        return "; ".join(
            filter(None, [f"weg: {', '.join(gone)}" if gone else "", f"erbij: {', '.join(came)}" if came else ""])
        )
    if old in (None, "") and new not in (None, ""):
        return f"erbij: {short(new)}"
    if new in (None, "") and old not in (None, ""):
        return f"weggehaald (was: {short(old)})"
    if isinstance(old, str) and isinstance(new, str) and max(len(old), len(new)) > SHOWN:
        start = next((i for i, (a, b) in enumerate(zip(old, new)) if a != b), min(len(old), len(new)))
        end = 0
        while end < min(len(old), len(new)) - start and old[len(old) - 1 - end] == new[len(new) - 1 - end]:
            end += 1
        context = max(start - 20, 0)
        return f"{_part(old, context, len(old) - end)} → {_part(new, context, len(new) - end)}"
    return f"{short(old)} → {short(new)}"


def _part(text: str, start: int, end: int) -> str:
    piece = " ".join(text[start:end].split())
    piece = piece if len(piece) <= SHOWN else piece[: SHOWN - 1].rstrip() + "…"
    more = end < len(text) and piece and not piece.endswith("…")
    return ("…" if start > 0 else "") + (piece or "—") + ("…" if more else "")


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


def _fields(old: dict[str, Any], new: dict[str, Any], place: str = "") -> list[FieldChange]:
    """Every changed field by its place: a field inside a group as 'doelgroep.aantal', an item of a list of
    groups by its name ('gemeenten: almelo' with 'deelnemer → betrokken')."""
    changes = []
    for name in dict.fromkeys([*old, *new]):
        before, after, where = old.get(name), new.get(name), f"{place}{name}"
        if before == after:
            continue
        if isinstance(before, dict) and isinstance(after, dict):
            changes += _fields(before, after, f"{where}.")
            continue
        was, now = _named(before), _named(after)
        if was is not None and now is not None:
            for item in dict.fromkeys([*was, *now]):
                if was.get(item) != now.get(item):
                    changes.append(FieldChange(f"{where}: {item}", _rest(was.get(item)), _rest(now.get(item))))
            continue
        changes.append(FieldChange(where, before, after))
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
            if previous is None:
                changes.append(RecordChange(kind, record_id, title, "nieuw", soort=item.get("soort")))
            elif previous != item:
                changes.append(
                    RecordChange(kind, record_id, title, "gewijzigd", _fields(previous, item), soort=item.get("soort"))
                )
        kept_by = {old_id: item for item in new.values() for old_id in item.get("oude_ids") or []}
        for record_id, item in old.items():
            if record_id not in new and record_id not in renamed:
                into = kept_by.get(record_id)  # merged: its address now leads to that record
                action = f"samengevoegd met '{into.get(title_field) or into['id']}'" if into else "verwijderd"
                changes.append(
                    RecordChange(
                        kind, record_id, str(item.get(title_field) or record_id), action, soort=item.get("soort")
                    )
                )
    return changes


def summary(changes: list[RecordChange]) -> str:
    """'2 pilots en initiatieven gewijzigd, 1 document nieuw' (or 'geen wijzigingen in de gegevens')."""
    if not changes:
        return "geen wijzigingen in de gegevens"
    counts: dict[tuple[str, str], int] = {}
    for change in changes:
        counts[(change.kind, change.action)] = counts.get((change.kind, change.action), 0) + 1
    parts = []
    for (kind, action), count in counts.items():
        singular, plural, _ = FILES[kind]
        parts.append(f"{aantal(count, singular, plural)} {action}")
    return ", ".join(parts)


def lines(changes: list[RecordChange]) -> list[str]:
    """The changes as plain lines, one per record and one per changed field below it."""
    out = []
    for change in changes:
        out.append(f"{change.noun} '{change.title}' ({change.id}): {change.action}")
        out += [f"    {f.field}: {difference(f.old, f.new)}" for f in change.fields]
    return out


def markdown(changes: list[RecordChange], heading: str) -> str:
    """The same as a Markdown section (for the pull request's job summary)."""
    out = [f"## {heading}", "", summary(changes).capitalize() + ".", ""]
    for change in changes:
        out.append(f"- **{change.noun} {change.title}** (`{change.id}`): {change.action}")
        out += [f"  - `{f.field}`: {difference(f.old, f.new)}" for f in change.fields]
    return "\n".join(out) + "\n"


@dataclass(frozen=True)
class Update:
    """One change that landed on the main line: when, and what it changed in the data."""

    commit: Commit
    changes: list[RecordChange]


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
