"""Dates as editors write them (a year, year-month or year-month-day), checked against the calendar, with a
Dutch explanation of what is wrong: a page must never show "december 2019" for month 00."""

from __future__ import annotations

import calendar
import datetime as dt
import os
import re

from kennisbank.common.text import MONTHS

_FORM = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")
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
            return f"{MONTHS[month - 1]} {year} heeft geen dag {match.group(3)}; de laatste dag is {last}"
    return None


BOUWDATUM_SETTING = "KENNISBANK_BOUWDATUM"


def bouwdatum() -> str:
    """The day the site is built for (ISO): KENNISBANK_BOUWDATUM when set (a build for a given day is
    reproducible), else today. Facts dated after it are announced, not stated as done."""
    wanted = os.environ.get(BOUWDATUM_SETTING, "").strip()
    if wanted and re.fullmatch(r"\d{4}-\d{2}-\d{2}", wanted) and calendar_problem(wanted) is None:
        return wanted
    return dt.date.today().isoformat()


def is_later(value: object, day: str) -> bool:
    """A date (year, year-month or year-month-day) that lies wholly after `day`: '2027' and '2026-12-07' are
    later than '2026-12-06'; '2026-12' is not."""
    return isinstance(value, str) and bool(_FORM.fullmatch(value)) and value > day[: len(value)]


def is_real_date(value: object) -> bool:
    """For the schema's format check: text of the date form that is a real calendar date."""
    return not isinstance(value, str) or calendar_problem(value) is None
