"""The editors' to-do list as a page (redactie/nog-te-doen/): not in the navigation, not in search, not for search
engines; the same list as `kennisbank nog-te-doen`."""

from __future__ import annotations

from kennisbank.render.pages import Page, SiteBuilder
from kennisbank.views.todo import Section

TODO_URL = "redactie/nog-te-doen/"


def todo_page(builder: SiteBuilder, sections: list[Section]) -> Page:
    return builder.render("nog_te_doen.md.j2", TODO_URL, sections=sections)
