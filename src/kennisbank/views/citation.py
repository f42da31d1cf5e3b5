"""Where to read a report and how to cite it, from the data only: nothing is filled in that the data
do not give (no guessed year, publisher or address)."""

from __future__ import annotations

from kennisbank.data.model import Document

NO_YEAR = "z.j."  # 'zonder jaar', the usual Dutch mark for an undated source


def join_names(names: tuple[str, ...] | list[str]) -> str:
    """'A', 'A en B', 'A, B en C'."""
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " en " + names[-1]


def year_of(document: Document) -> str:
    return document.datum[:4] if document.datum else NO_YEAR


def publisher(document: Document) -> str | None:
    return join_names(list(document.organisaties)) or None


def citation(document: Document) -> str:
    """A ready citation line: authors (or the organisation), year, title, publisher, address if known.

    'Marjan de Gruijter, Inge Razenberg, Ruth Yohannes en Marte Sikkema (2020). Evaluatie … Verwey-Jonker
    Instituut. http://www.verwey-jonker.nl'
    """
    authors = join_names(list(document.auteurs))
    who = authors or publisher(document)
    parts = [f"{who} ({year_of(document)})." if who else f"({year_of(document)})."]
    title = document.titel.rstrip(".")
    parts.append(f"{title}.")
    # The publisher is named after the title unless it is already named as the author.
    if authors and publisher(document):
        parts.append(f"{publisher(document)}.")
    if document.url:
        parts.append(document.url)
    return " ".join(parts)
