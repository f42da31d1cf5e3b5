"""One record's changed fields in a reader's words, for 'Wat is er nieuw': each field a reader sees by the label
of data/velden.py, values in plain words (names instead of ids, dates in Dutch words, a web address by its
site), a long text as 'tekst aangepast', a list as what came in and what left. Fields a reader does not see
are not named: they are counted as 'bron' (source references) or 'intern' for the day's one line about them."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from kennisbank.common.text import dutch_date
from kennisbank.data.velden import Veld, groepsvelden, veld
from kennisbank.views.changes import RecordChange

LONG = 80  # characters: a longer value is a text, whose change is 'tekst aangepast'
NAMED = 60  # characters: list items up to this long are named, longer ones counted
DATE = re.compile(r"\d{4}-\d{2}(-\d{2})?")

Namer = Callable[[str, str], str]  # (kind, id) -> the name a reader knows


def joined(items: list[str]) -> str:
    """'A', 'A en B', 'A, B en C'."""
    return ", ".join(items[:-1]) + " en " + items[-1] if len(items) > 1 else "".join(items)


def in_words(value: Any, field: Veld, name: Namer) -> str:
    """A value as a reader reads it."""
    if value is None or value == "" or value == []:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, list):
        return ", ".join(filter(None, (in_words(item, field, name) for item in value)))
    if isinstance(value, dict):
        return ", ".join(filter(None, (in_words(item, field, name) for item in value.values())))
    text = " ".join(str(value).split())
    if field.noemt:
        return name(field.noemt, text)
    if text in field.waarden:
        return field.waarden[text]
    if DATE.fullmatch(text):
        return dutch_date(text)
    if text.startswith(("https://", "http://")):
        return urlsplit(text).netloc or text
    return text


def changed_fields(change: RecordChange, name: Namer) -> tuple[list[str], set[str]]:
    """The lines a reader reads about a changed record, and what was changed that a reader does not see
    ('bron', 'intern')."""
    lines: dict[str, list[str]] = {}  # label -> what changed, in the order of the fields
    hidden: set[str] = set()
    items: dict[str, tuple[Veld, list[tuple[str, Any, Any]]]] = {}
    for place, item, old, new in _places(change):
        field = veld(change.kind, place, change.soort)
        if not field.label:
            hidden.add("bron" if field.bron else "intern")
        elif item is not None:
            items.setdefault(place, (field, []))[1].append((item, old, new))
            lines.setdefault(field.label, [])
        else:
            lines.setdefault(field.label, []).append(_value_change(field, old, new, name))
    for field, changed in items.values():
        lines[field.label].append(_items_change(field, changed, name))
    return [_line(label, parts) for label, parts in lines.items()], hidden


def _line(label: str, parts: list[str]) -> str:
    text = "; ".join(parts)
    return f"{label} {text}" if text.startswith(("toegevoegd", "weggehaald")) else f"{label}: {text}"


def _places(change: RecordChange):
    """(place, item, old, new) for every changed field; a group that came or went as a whole (na_afloop) as
    its parts, so each part is named as the page names it."""
    for f in change.fields:
        place = ".".join(f.path)
        parts = groepsvelden(change.kind, place) if f.item is None else ()
        if parts and (isinstance(f.old, dict) or isinstance(f.new, dict)):
            old, new = f.old if isinstance(f.old, dict) else {}, f.new if isinstance(f.new, dict) else {}
            for key in dict.fromkeys([*old, *new]):
                if old.get(key) != new.get(key):  # a part no page shows on its own is not for readers (veld)
                    yield f"{place}.{key}", None, old.get(key), new.get(key)
        else:
            yield place, f.item, f.old, f.new


def _value_change(field: Veld, old: Any, new: Any, name: Namer) -> str:
    if isinstance(old, list) or isinstance(new, list):
        return _list_change(field, old or [], new or [], name)
    was, now = in_words(old, field, name), in_words(new, field, name)
    if not was:
        return "toegevoegd" if len(now) > LONG else f"toegevoegd: {now}"
    if not now:
        return "weggehaald" if len(was) > LONG else f"weggehaald (was: {was})"
    if max(len(was), len(now)) > LONG:
        return "tekst aangepast"
    return f"{was} → {now}" if was != now else "aangepast"


def _list_change(field: Veld, old: list, new: list, name: Namer) -> str:
    gone = [item for item in old if item not in new]
    came = [item for item in new if item not in old]
    if not gone and not came:
        return "andere volgorde"
    words = [in_words(item, field, name) for item in gone + came]
    if all(isinstance(item, str) for item in gone + came) and all(len(w) <= NAMED for w in words):
        return "; ".join(
            filter(
                None,
                (
                    f"erbij: {joined(words[len(gone) :])}" if came else "",
                    f"weg: {joined(words[: len(gone)])}" if gone else "",
                ),
            )
        )
    rewritten = min(len(gone), len(came))  # a changed item leaves in its old form and comes in its new
    counts = ((rewritten, "aangepast"), (len(came) - rewritten, "erbij"), (len(gone) - rewritten, "weg"))
    return ", ".join(f"{_number_of(field, count)} {what}" for count, what in counts if count)


def _number_of(field: Veld, count: int) -> str:
    """'2 lessen' where the field names its items, else '2'."""
    if not field.stuk:
        return str(count)
    return f"{count} {field.stuk[0] if count == 1 else field.stuk[1]}"


def _items_change(field: Veld, changed: list[tuple[str, Any, Any]], name: Namer) -> str:
    """Items of a list of groups, each by its name: 'erbij: Almelo (deelnemer); Twenterand: deelnemer →
    betrokken'."""
    came, gone, other = [], [], []
    for item, old, new in changed:
        label = in_words(item, field, name)
        label = label[:1].upper() + label[1:] if field.waarden else label
        was, now = _short(old, name), _short(new, name)
        if old is None:
            came.append(f"{label} ({now})" if now else label)
        elif new is None:
            gone.append(label)
        elif was and now:
            other.append(f"{label}: {was} → {now}")
        else:
            other.append(f"{label} aangepast")
    return "; ".join(
        filter(None, (f"erbij: {joined(came)}" if came else "", f"weg: {joined(gone)}" if gone else "", *other))
    )


def _short(value: Any, name: Namer) -> str:
    """The rest of an item of a list of groups when it is one short value (a role, a year), else ''."""
    if isinstance(value, (dict, list)) or value is None:
        return ""
    text = in_words(value, Veld("-"), name)
    return text if len(text) <= 40 else ""
