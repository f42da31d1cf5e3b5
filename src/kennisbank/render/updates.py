"""'Wat is er nieuw': the last changes to the data as a page and as an Atom feed (linked from every page's head),
made from the git history, both in a reader's words (views.changes_for_readers): one heading and one feed
entry per day. A copy without history builds without them."""

from __future__ import annotations

import datetime as dt
from html import escape

from kennisbank.data.model import Dataset
from kennisbank.render.pages import Page, SiteBuilder
from kennisbank.views.changes import Update, by_day
from kennisbank.views.changes_for_readers import Entry, ReaderDay, reader_days

UPDATES_URL = "nieuw/"
FEED_PATH = "nieuw/feed.xml"
FEED_TITLE = "Kennisbank Pilotprogramma VOI: wat is er nieuw"


def updates_page(builder: SiteBuilder, updates: list[Update]) -> Page:
    return builder.render("nieuw.md.j2", UPDATES_URL, dagen=reader_days(builder.dataset, by_day(updates)))


def _entry_html(entry: Entry, base: str) -> str:
    """One entry as HTML for a feed reader: links absolute."""
    opening = "".join(
        f'<a href="{escape(base + part.address)}">{escape(part.text)}</a>' if part.address else escape(part.text)
        for part in entry.opening
    )
    lines = "".join(f"<li>{escape(line)}</li>" for line in entry.lines)
    return f"<li>{opening}{f'<ul>{lines}</ul>' if lines else ''}</li>"


def _day_html(day: ReaderDay, base: str) -> str:
    entries = "".join(_entry_html(entry, base) for entry in day.entries)
    return (f"<ul>{entries}</ul>" if entries else "") + (f"<p>{escape(day.rest)}</p>" if day.rest else "")


def atom_feed(dataset: Dataset, updates: list[Update], site_url: str) -> str:
    """An Atom 1.0 feed with the page's words, one entry per day; links absolute (a feed reader has no page to
    resolve them from)."""
    base = site_url if site_url.endswith("/") else site_url + "/"
    days = reader_days(dataset, by_day(updates))
    newest = days[0].updated if days else dt.datetime(2021, 12, 31, tzinfo=dt.UTC).isoformat()
    entries = [
        f"<entry><id>urn:kennisbank-voi:nieuw:{day.date}</id>"
        f"<title>{escape(day.title)}: {escape(day.summary)}</title>"
        f'<updated>{day.updated}</updated><link href="{escape(f"{base}{UPDATES_URL}#{day.anchor}")}"/>'
        f'<content type="html">{escape(_day_html(day, base))}</content></entry>'
        for day in days
    ]
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">'
        f"<id>{escape(base + FEED_PATH)}</id><title>{escape(FEED_TITLE)}</title><updated>{newest}</updated>"
        f"<author><name>Redactie Kennisbank Pilotprogramma VOI</name></author>"
        f'<link rel="self" href="{escape(base + FEED_PATH)}"/><link href="{escape(base + UPDATES_URL)}"/>'
        + "".join(entries)
        + "</feed>\n"
    )
