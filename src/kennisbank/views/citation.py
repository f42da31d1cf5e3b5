"""Where to read a report and how to cite it, from the data only: nothing is filled in that the data
do not give (no guessed year, publisher or address)."""

from __future__ import annotations

from kennisbank.data.model import Dataset, Document

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


def maker_website(dataset: Dataset, document: Document) -> Document | None:
    """For a document the sources give no address for: another document by the same maker whose address is
    that maker's website (as its source names it), so readers know where to look for it."""
    if document.url or not document.organisaties:
        return None
    return next(
        (
            other
            for other in dataset.documenten
            if other.link_soort == "website"
            and other.url
            and other.id != document.id
            and set(other.organisaties) & set(document.organisaties)
        ),
        None,
    )


def citation(document: Document) -> str:
    """A ready citation line: authors (or the organisation), year, title, publisher; the address only when it
    is the report itself (a maker's website is shown beside it, not in it).

    'Marjan de Gruijter, Inge Razenberg, Ruth Yohannes en Marte Sikkema (2020). Evaluatie … Verwey-Jonker
    Instituut. http://www.verwey-jonker.nl'
    """
    authors = join_names(list(document.auteurs))
    who = authors or publisher(document)
    title = document.titel.rstrip(".")
    parts = [f"{who} ({year_of(document)}).", f"{title}."] if who else [f"{title} ({year_of(document)})."]
    # The publisher is named after the title unless it is already named as the author.
    if authors and publisher(document):
        parts.append(f"{publisher(document)}.")
    # No maker a source names, but a note on who probably made it: in brackets, never as the author.
    if not document.organisaties and document.organisaties_toelichting:
        parts.append(f"[{document.organisaties_toelichting.rstrip('.')}.]")
    if document.url and document.link_soort == "rapport":
        parts.append(document.url)
    return " ".join(parts)


def mentioned_in(dataset: Dataset, document: Document) -> Document | None:
    """The first other document the data cite for this one (where a reader learns of it), if any."""
    for source_id in document.bronnen:
        if source_id != document.id:
            return dataset.document(source_id)
    return None


def source_numbers(items) -> dict[str, int]:
    """Document id -> its number in a section's list of sources, in order of first use (items with a `bron`)."""
    return {bron: number for number, bron in enumerate(dict.fromkeys(item.bron for item in items), start=1)}
