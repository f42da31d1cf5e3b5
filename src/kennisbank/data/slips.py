"""Typing slips an editor easily makes, recognised so the message says what was probably meant: typographic
quotes (“…”, ‘…’, „…”) where YAML needs plain ones, a date in the Dutch order (30-09-2021), a text or a range
in a number field."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

# Opening and closing typographic quotes (and guillemets) as word processors and phones type them.
OPENING = "“”„‟‘’‚‛«»‹›"
CLOSING = "”“‟‘’‛»«›‹"
_DUTCH_DATE = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")
_DUTCH_MONTH = re.compile(r"(\d{1,2})[-/.](\d{4})")
_RANGE = re.compile(r"\s*(\d+)\s*(?:-|–|tot|t/m)\s*(\d+)\s*")


def unquoted(value: Any) -> str | None:
    """The text inside typographic quotes when `value` stands between them as a whole, else None."""
    if isinstance(value, str) and len(value) >= 2 and value[0] in OPENING and value[-1] in CLOSING:
        return value[1:-1]
    return None


def quotes_message(field: str, value: str) -> str:
    inner = unquoted(value) or value
    return (
        f"de waarde staat tussen typografische aanhalingstekens ({value[0]}…{value[-1]}); YAML kent alleen de "
        f'gewone, die niet op de pagina komen. Schrijf: {field}: "{inner}"'
    )


def iso_date(value: Any) -> str | None:
    """'30-09-2021' -> '2021-09-30', '9-2021' -> '2021-09'; None for anything else."""
    if not isinstance(value, str):
        return None
    if match := _DUTCH_DATE.fullmatch(value.strip()):
        return f"{match[3]}-{int(match[2]):02d}-{int(match[1]):02d}"
    if match := _DUTCH_MONTH.fullmatch(value.strip()):
        return f"{match[2]}-{int(match[1]):02d}"
    return None


def slip_message(field: str, value: Any, wants_date: bool, wants_number: bool) -> str | None:
    """What a refused value probably meant, as the whole message; None when it is no known slip."""
    if unquoted(value) is not None:
        return quotes_message(field, value)
    if wants_date and (iso := iso_date(value)):
        return (
            f"'{value}' is een datum in de Nederlandse volgorde (dag-maand-jaar); de gegevens schrijven jaar-maand-"
            f'dag. Schrijf: {field}: "{iso}"'
        )
    if wants_number and isinstance(value, str):
        if match := _RANGE.fullmatch(value):
            return (
                f"'{value}' is een bereik; schrijf het als twee getallen: {field}: {match[1]} en "
                f"{field}_tot: {match[2]}"
            )
        return (
            f"hier hoort een getal, maar er staat tekst ('{value}'). Schrijf het getal uit de bron (zonder "
            f"woorden), een bereik met {field}_tot, en een schatting of uitleg in {field}_toelichting; weet de "
            f"bron geen getal, schrijf dan {field}: null"
        )
    return None


def strings(value: Any, path: tuple = ()) -> Iterator[tuple[tuple, str]]:
    """Every text in a value with its path."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, inner in value.items():
            yield from strings(inner, path + (key,))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from strings(inner, path + (index,))
