"""What changed, in an editor's words: every record by its id and every field by its place, values in words
(never data notation): for `kennisbank verschil` and the pull request's summary. The changes come from
`views.changes`."""

from __future__ import annotations

from typing import Any

from kennisbank.common.text import aantal
from kennisbank.views.changes import FILES, NAME_KEYS, RecordChange

SHOWN = 80  # characters of an old or new value shown


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
