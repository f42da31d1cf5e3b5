"""Dates as editors write them (a year, year-month or year-month-day), checked against the calendar, with a
Dutch explanation of what is wrong: a page must never show "december 2019" for month 00."""

from __future__ import annotations

import calendar
import re

_FORM = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")
_MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december")
HOW_TO_WRITE = "schrijf jaar, jaar-maand of jaar-maand-dag, bijvoorbeeld 2021, 2021-09 of 2021-09-30"


def calendar_problem(value: str) -> str | None:
    """What is wrong with a date of the right form, in Dutch; None for a real date (or another form, which
    the schema's pattern reports)."""
    match = _FORM.fullmatch(value)
    if not match:
        return None
    year, month, day = (int(part) if part else None for part in match.groups())
    if month is not None and not 1 <= month <= 12:
        return f"maand {match.group(2)} bestaat niet; een maand is 01 tot en met 12"
    if day is not None and month is not None:
        last = calendar.monthrange(year, month)[1]
        if not 1 <= day <= last:
            return f"{_MONTHS[month - 1]} {year} heeft geen dag {match.group(3)}; de laatste dag is {last}"
    return None


def is_real_date(value: object) -> bool:
    """For the schema's format check: text of the date form that is a real calendar date."""
    return not isinstance(value, str) or calendar_problem(value) is None
