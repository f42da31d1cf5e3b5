"""The page families about research and what the programme found: the research index and a page per
document, the rode draden, the overview of pilot gemeenten, the glossary, the partners, the 'over' page and
the kinds only the registry of kinds knows, and the comparison pages. Each function gets the `SiteBuilder` and
returns its pages."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kennisbank.common.text import dutch_sort_key as sort_key
from kennisbank.data import urls
from kennisbank.data.kinds import KIND, KINDS
from kennisbank.data.model import Record
from kennisbank.render import shading
from kennisbank.render.pagekit import LOPEND_GROUP, RESEARCH_GROUPS, Page
from kennisbank.render.spreadsheet import SPREADSHEET
from kennisbank.views import citation, compare, derive
from kennisbank.views.nabij import AANTAL_NABIJ


def onderzoek_pages(builder: Any) -> list[Page]:
    d = builder.dataset
    grouped_types = {t for _, _, types in RESEARCH_GROUPS for t in types}
    groups = [(gid, title, [doc for doc in d.documenten if doc.type in types]) for gid, title, types in RESEARCH_GROUPS]
    groups.append(("overige", "Overige documenten", [doc for doc in d.documenten if doc.type not in grouped_types]))
    pages = [builder.render(KIND["documenten"].overzicht, "onderzoek/", groups=groups)]
    for document in d.documenten:
        citing = derive.citing(d, document.id)
        cited_by = [(r.titel, urls.record_url(r)) for r in citing["records"]]
        cited_by += [(t.titel, urls.thema_url(t)) for t in citing["themas"]]
        cited_by += [(r.titel, urls.rode_draad_url(r)) for r in citing["rode_draden"]]
        cited_by += [(doc.titel, urls.document_url(doc)) for doc in citing["documenten"]]
        cited_by += [(g.naam, urls.gemeente_url(g)) for g in citing["gemeenten"]]
        cited_by += [(p.naam, urls.provincie_url(p)) for p in citing["provincies"]]
        covered = [d.record(r) for r in document.behandelt]
        pages.append(
            builder.render(
                KIND["documenten"].sjabloon,
                urls.document_url(document),
                document=document,
                covered=covered,
                citation=citation.citation(document),
                publisher=citation.publisher(document),
                maker_site=citation.maker_website(d, document),
                cited_by=cited_by,
                thema=d.thema(document.thema) if document.thema else None,
                mentioned_in=citation.mentioned_in(d, document),
                locatie=d.locatie("documenten", document.id),
            )
        )
    return pages


def rode_draden_pages(builder: Any) -> list[Page]:
    d = builder.dataset
    rows: list[tuple[str | None, str]] = [(t.id, t.titel) for t in d.themas] + [(None, LOPEND_GROUP[1])]
    matrix = derive.rode_draden_matrix(d)
    maximum = max((len(items) for items in matrix.values()), default=0)
    pages = [
        builder.render(
            KIND["rode_draden"].overzicht,
            "rode-draden/",
            rows=rows,
            matrix=matrix,
            shades=shading.shades(maximum),
            shade=lambda count: shading.shade(count, maximum),
            records_per_draad={r.id: len(derive.records_of_rode_draad(d, r.id)) for r in d.rode_draden},
        )
    ]
    for draad in d.rode_draden:
        items = derive.records_of_rode_draad(d, draad.id)
        groups = []
        for thema_id, title in rows:
            in_group = [(record, reden) for record, reden in items if record.thema == thema_id]
            if in_group:
                groups.append((thema_id or LOPEND_GROUP[0], title, in_group))
        pages.append(
            builder.render(
                KIND["rode_draden"].sjabloon,
                urls.rode_draad_url(draad),
                draad=draad,
                groups=groups,
                locatie=d.locatie("rode_draden", draad.id),
            )
        )
    return pages


def pilotgemeenten_pages(builder: Any) -> list[Page]:
    d = builder.dataset
    pilots_of: Callable[[str], tuple[Record, ...]] = lambda thema_id: tuple(  # noqa: E731
        p for p in d.pilots if p.thema == thema_id
    )
    return [builder.render("pilotgemeenten.md.j2", "pilotgemeenten/", pilots_of=pilots_of)]


def begrippen_pages(builder: Any) -> list[Page]:
    begrippen = sorted(builder.dataset.begrippen, key=lambda b: sort_key(b.term))
    return [builder.render("begrippen.md.j2", "begrippen/", begrippen=begrippen)]


def partners_pages(builder: Any) -> list[Page]:
    d = builder.dataset
    found = {p.id: derive.records_of_partner(d, p.id) for p in d.partners}
    listed = sorted((p for p in d.partners if found[p.id]), key=lambda p: sort_key(p.naam))
    pages = [builder.render(KIND["partners"].overzicht, "partners/", partners=[(p, len(found[p.id])) for p in listed])]
    for partner in listed:
        pages.append(
            builder.render(
                KIND["partners"].sjabloon,
                urls.partner_url(partner),
                partner=partner,
                records=found[partner.id],
                waar=derive.where_partner(d, partner.id),
                locatie=d.locatie("partners", partner.id),
            )
        )
    return pages


def other_kinds_pages(builder: Any) -> list[Page]:
    """Kinds only the registry knows (data/kinds.py): a section page and a page per item, from the generic
    templates unless the kind names its own."""
    pages = []
    for kind in KINDS:
        if kind.eigen_opbouw or not kind.sectie:
            continue
        items = builder.dataset.items_of(kind.naam)
        pages.append(builder.render(kind.overzicht, f"{kind.sectie}/", soort=kind, items=items))
        pages += [
            builder.render(
                kind.sjabloon,
                urls.item_url(kind.naam, item),
                soort=kind,
                item=item,
                locatie=builder.dataset.locatie(kind.naam, item.id),
            )
            for item in items
        ]
    return pages


def over_pages(builder: Any) -> list[Page]:
    # The documents the kennisbank is built from: those that name a source file, in their order.
    bronnen = [d for d in builder.dataset.documenten if d.bestand]
    return [
        builder.render("over.md.j2", "over/", over=builder.over, bronnen=bronnen),
        # The downloads of every kind that names one in the registry, and the licence the owner set (if any).
        builder.render(
            "open_data.md.j2",
            "open-data/",
            downloads=[kind for kind in KINDS if kind.download],
            spreadsheet=SPREADSHEET,
            aantal_nabij=AANTAL_NABIJ,
        ),
    ]


# Section index pages that belong in the navigation, in this order.


def vergelijk_pages(builder: Any) -> list[Page]:
    """A static comparison page per record: the record beside the records most like it."""
    d = builder.dataset
    pages = []
    for record in d.records:
        selection = compare.default_selection(d, record)
        pages.append(
            builder.render(
                "vergelijk.md.j2",
                compare.compare_url(record),
                record=record,
                selection=selection,
                row_names=compare.ROWS,
                empty=compare.EMPTY,
                rows=[compare.rows(d, r) for r in selection],
                max_records=compare.MAX_RECORDS,
                compare_json=compare.COMPARE_JSON,
                compare_rows=compare.COMPARE_ROWS,
                status=compare.choice_status(selection),
            )
        )
    return pages
