"""Small text helpers every room may use: Dutch counts, dates and alphabetical order, and slugs."""

from __future__ import annotations

import re
import unicodedata


def slugify(text: str) -> str:
    """'Nuenen, Gerwen en Nederwetten' -> 'nuenen-gerwen-en-nederwetten', "'s-Gravenhage" -> 's-gravenhage'."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")


MONTHS = (  # Dutch month names, also for the date checks (data/datum.py)
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


def dutch_date(value: str | None) -> str:
    """'2021-09' -> 'september 2021', '2021-03-03' -> '3 maart 2021', None -> 'onbekend'."""
    if not value:
        return "onbekend"
    parts = value.split("-")
    if len(parts) == 1:
        return parts[0]
    month = MONTHS[int(parts[1]) - 1]
    if len(parts) == 2:
        return f"{month} {parts[0]}"
    return f"{int(parts[2])} {month} {parts[0]}"


def aantal(count: int, enkelvoud: str, meervoud: str) -> str:
    """A count with its noun in the right number: "1 pilot", "3 pilots" (never "1 pilots")."""
    return f"{count} {enkelvoud if count == 1 else meervoud}"


def dutch_sort_key(name: str) -> str:
    """Dutch alphabetical order: "'s-Gravenhage" files under G, accents ignored."""
    bare = name.removeprefix("'s-").removeprefix("’s-")
    return unicodedata.normalize("NFKD", bare).encode("ascii", "ignore").decode().lower()
