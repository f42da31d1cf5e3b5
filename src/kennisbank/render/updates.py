"""'Wat is er nieuw': the last changes to the data as a page and as an Atom feed (linked from every page's head),
made from the git history. A copy without history builds without them."""

from __future__ import annotations

import datetime as dt
from html import escape

from kennisbank.common.text import dutch_date
from kennisbank.data import urls
from kennisbank.data.model import Dataset
from kennisbank.render.pages import Page, SiteBuilder
from kennisbank.views import derive
from kennisbank.views.changes import RecordChange, Update
from kennisbank.views.changes_for_editors import summary

UPDATES_URL = "nieuw/"
FEED_PATH = "nieuw/feed.xml"
FEED_TITLE = "Kennisbank Pilotprogramma VOI: wat is er nieuw"


def record_address(dataset: Dataset, change: RecordChange) -> str | None:
    """The page of a record that still exists, for a link; None for a removed one or a kind without pages."""
    finders = {
        "pilots": (dataset.record, urls.record_url),
        "documenten": (dataset.document, urls.document_url),
        "themas": (dataset.thema, urls.thema_url),
        "rode_draden": (dataset.rode_draad, urls.rode_draad_url),
        "partners": (dataset.partner, urls.partner_url),
        "gemeenten": (dataset.gemeente, urls.gemeente_url),
        "provincies": (dataset.provincie, urls.provincie_url),
    }
    if change.kind not in finders or change.action.startswith(("verwijderd", "samengevoegd")):
        return None
    find, url_of = finders[change.kind]
    try:
        found = find(change.id)
    except KeyError:
        return None
    if change.kind == "partners" and not derive.records_of_partner(dataset, change.id):
        return None  # a partner gets a page once a pilot names it
    return url_of(found)


def day(update: Update) -> str:
    return dutch_date(update.commit.date[:10])


def updates_page(builder: SiteBuilder, updates: list[Update]) -> Page:
    return builder.render(
        "nieuw.md.j2",
        UPDATES_URL,
        updates=updates,
        summary=summary,
        day=day,
        address=lambda change: record_address(builder.dataset, change),
    )


def atom_feed(dataset: Dataset, updates: list[Update], site_url: str) -> str:
    """An Atom 1.0 feed, one entry per change; links absolute (a feed reader has no page to resolve them from)."""
    base = site_url if site_url.endswith("/") else site_url + "/"
    newest = updates[0].commit.date if updates else dt.datetime(2021, 12, 31, tzinfo=dt.UTC).isoformat()
    entries = []
    for update in updates:
        items = []
        for change in update.changes:
            address = record_address(dataset, change)
            name = escape(f"{change.noun} {change.title}")
            label = f'<a href="{escape(base + address)}">{name}</a>' if address else name
            fields = f" ({escape(', '.join(f.field for f in change.fields))})" if change.fields else ""
            items.append(f"<li>{label}: {escape(change.action)}{fields}</li>")
        content = f"<ul>{''.join(items)}</ul>"
        entries.append(
            f"<entry><id>urn:kennisbank-voi:{update.commit.sha}</id>"
            f"<title>{escape(day(update))}: {escape(summary(update.changes))}</title>"
            f'<updated>{update.commit.date}</updated><link href="{escape(base + UPDATES_URL)}"/>'
            f'<content type="html">{escape(content)}</content></entry>'
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">'
        f"<id>{escape(base + FEED_PATH)}</id><title>{escape(FEED_TITLE)}</title><updated>{newest}</updated>"
        f"<author><name>Redactie Kennisbank Pilotprogramma VOI</name></author>"
        f'<link rel="self" href="{escape(base + FEED_PATH)}"/><link href="{escape(base + UPDATES_URL)}"/>'
        + "".join(entries)
        + "</feed>\n"
    )
