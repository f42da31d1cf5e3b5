"""Every generated page of the site as Markdown, from the dataset plus optional editorial text.

Pages are plain data (path + Markdown); the MkDocs hooks hand them to MkDocs as virtual files.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from markupsafe import Markup

from kennisbank.common.text import dutch_sort_key as sort_key
from kennisbank.data import urls
from kennisbank.data.herindelingen import herindelingen_van
from kennisbank.data.kinds import KIND
from kennisbank.data.model import Dataset
from kennisbank.data.settings import TEXT_SETTINGS
from kennisbank.data.urls import src_path_for  # noqa: F401 - also imported from here by the hook and tests
from kennisbank.data.velden import DOC_TYPES, MEDIA_LABELS
from kennisbank.render import families
from kennisbank.render.maps import MapView, categorie_label
from kennisbank.render.pagekit import TEMPLATES, Page, environment, separate_blocks
from kennisbank.render.pagememo import PageMemo
from kennisbank.render.paging import PAGE_SIZE, paged
from kennisbank.render.tables import label_cells
from kennisbank.render.timeline_svg import marker, timeline_svg
from kennisbank.views import citation, compare, derive
from kennisbank.views.nabij import AANTAL_NABIJ, AFSTAND_UITLEG, Nabijheid
from kennisbank.views.names import az_index, name_hints, other_names
from kennisbank.views.related import related_records
from kennisbank.views.search import repeated_media
from kennisbank.views.timeline import SOORTEN as TIMELINE_KINDS
from kennisbank.views.timeline import programme_timeline

AANTAL_IN_DE_BUURT = 5  # on the page of a gemeente that took part itself, below its own records


class SiteBuilder:
    def __init__(
        self,
        dataset: Dataset,
        editorial: dict[str, str] | None = None,
        edit_base: str | None = None,
        maps: dict[str, MapView] | None = None,
        over: dict[str, str] | None = None,
        ligging: Callable[[str], str] | None = None,
        memo: PageMemo | None = None,
    ):
        self.dataset = dataset
        # Site settings for the 'Over deze kennisbank' page; a setting that is not given is empty.
        self.over = {key: "" for key in (*TEXT_SETTINGS, "site_url")} | (over or {})
        self.editorial = editorial or {}
        self.edit_base = edit_base
        self.maps = maps or {}  # map slug -> view; without maps the pages simply have none
        self.ligging = ligging or (lambda code: "")  # CBS gemeente code -> small SVG locator map
        self.env = environment()
        self.figures = derive.key_figures(dataset)
        self.nabij = Nabijheid(dataset)
        self.repeated_media = repeated_media(dataset)
        # What every page is given: values (data) and functions of their arguments only.
        self.shared = {
            "figures": self.figures,
            "doc_types": DOC_TYPES,
            "media_labels": MEDIA_LABELS,
            "edit_base": edit_base,
            "over": self.over,
            "afstand_uitleg": AFSTAND_UITLEG,
            "repeated_media": self.repeated_media,
        }
        self.functions = {"urls": urls, "name_hints": name_hints, "bronnummers": citation.source_numbers}
        self.memo = memo  # `mkdocs serve`: pages whose inputs did not change are not rendered again
        self.list_size = PAGE_SIZE  # records per page of a list of every record
        if memo is not None:
            memo.begin(dataset, {"map_labels": self._map_label}, self.shared, TEMPLATES)

    # -- rendering ---------------------------------------------------------------------------
    def render(self, template: str, url: str, **context: Any) -> Page:
        src = src_path_for(url)
        editorial = self.editorial.get(src, "").strip()

        def make(dataset: Any = self.dataset, map_labels: Callable[[str], str] = self._map_label) -> str:
            page_context = {
                **self.functions,
                **self.shared,
                "dataset": dataset,
                "map_labels": map_labels,
                "href": lambda target: urls.relative(url, target),
                "editorial": editorial,
                "editorial_has_title": editorial.startswith("# "),
                **context,
            }
            return separate_blocks(label_cells(self.env.get_template(template).render(page_context)))

        if self.memo is None:
            return Page(src, url, make())
        return Page(
            src,
            url,
            self.memo.markdown(url, (template, editorial, context), lambda seen: make(seen, seen.helper("map_labels"))),
        )

    def _map_label(self, categorie: str) -> str:
        return categorie_label(self.dataset, categorie)

    def pages(self) -> list[Page]:
        builders: list[Callable[[], list[Page]]] = [
            self._home,
            self._themas,
            self._records,
            self._gemeenten,
            self._provincies,
            lambda: families.onderzoek_pages(self),
            lambda: families.rode_draden_pages(self),
            lambda: families.pilotgemeenten_pages(self),
            lambda: families.begrippen_pages(self),
            lambda: families.over_pages(self),
            lambda: families.partners_pages(self),
            lambda: families.vergelijk_pages(self),
            lambda: families.other_kinds_pages(self),
        ]
        return [page for build in builders for page in build()]

    # -- page families ---------------------------------------------------------------------
    def _pilot_counts(self) -> dict[str, int]:
        return {t.id: len([p for p in self.dataset.pilots if p.thema == t.id]) for t in self.dataset.themas}

    def _home(self) -> list[Page]:
        timeline = programme_timeline(self.dataset)
        legend = [
            (label, marker(shape, 8, 8))
            for kind, (label, shape) in TIMELINE_KINDS.items()
            if any(e.soort == kind for e in timeline.dated)
        ]
        return [
            self.render("home.md.j2", "", pilot_counts=self._pilot_counts(), timeline=timeline),
            self.render(
                "tijdlijn.md.j2",
                "tijdlijn/",
                timeline=timeline,
                timeline_legend=legend,
                timeline_svg=Markup(timeline_svg(timeline, lambda target: urls.relative("tijdlijn/", target))),
            ),
        ]

    def _themas(self) -> list[Page]:
        d = self.dataset
        pages = [self.render(KIND["themas"].overzicht, "themas/", pilot_counts=self._pilot_counts())]
        for thema in d.themas:
            pilots = derive.records_of_thema(d, thema.id)
            threads = [
                (draad, tuple(r for r in pilots if any(link.draad == draad.id for link in r.rode_draden)))
                for draad in d.rode_draden
            ]
            pages.append(
                self.render(
                    KIND["themas"].sjabloon,
                    urls.thema_url(thema),
                    thema=thema,
                    pilots=pilots,
                    documents=derive.documents_of_thema(d, thema.id),
                    threads=[(draad, recs) for draad, recs in threads if recs],
                    kaart=self.maps.get(f"thema-{thema.id}"),
                    locatie=d.locatie("themas", thema.id),
                )
            )
        return pages

    def _records(self) -> list[Page]:
        d = self.dataset
        provincies_of = lambda r: derive.provincies_of_record(d, r)  # noqa: E731
        lists = (
            (
                "pilots/",
                "Pilots",
                True,
                d.pilots,
                f"Alle {len(d.pilots)} pilots, per thema. Bij elke gemeente staat haar rol: hoofdaanvrager, "
                "deelnemer (beide uit het overzicht van pilotgemeenten) of betrokken (alleen genoemd in de "
                "beschrijving van de pilot).",
            ),
            (
                "lopende-initiatieven/",
                "Lopende initiatieven",
                False,
                d.lopende_initiatieven,
                "Bestaande werkwijzen "
                "die gemeenten al vóór de nieuwe wet in de geest ervan uitvoerden en die in het pilotprogramma zijn "
                "geëvalueerd.",
            ),
        )
        pages = [
            self.render(
                KIND["pilots"].overzicht,
                part.url,
                title=title,
                pilots=pilots,
                records=part.items,
                paging=part,
                total=len(records),
                provincies_of=provincies_of,
                intro=intro,
            )
            for url, title, pilots, records, intro in lists
            for part in paged(url, records, self.list_size)
        ]
        for record in d.records:
            pages.append(
                self.render(
                    KIND["pilots"].sjabloon,
                    urls.record_url(record),
                    record=record,
                    thema=d.thema(record.thema) if record.thema else None,
                    provincies=derive.provincies_of_record(d, record),
                    documents=derive.documents_about(d, record.id),
                    related=related_records(d, record),
                    compare_href=compare.compare_url(record),
                    locatie=d.locatie("pilots", record.id),
                )
            )
        return pages

    def _gemeenten(self) -> list[Page]:
        d = self.dataset
        pages = [
            self.render(
                KIND["gemeenten"].overzicht,
                "gemeenten/",
                groups=az_index(d),
                deelnemers=len([g for g in d.gemeenten if derive.records_of_gemeente(d, g.id)]),
            )
        ]
        for gemeente in d.gemeenten:
            records = derive.records_of_gemeente(d, gemeente.id)
            pages.append(
                self.render(
                    KIND["gemeenten"].sjabloon,
                    urls.gemeente_url(gemeente),
                    gemeente=gemeente,
                    provincie=d.provincie(gemeente.provincie),
                    other_names=other_names(gemeente),
                    records=records,
                    herindelingen=herindelingen_van(d.herindelingen, gemeente.id),
                    nabij=self.nabij.bij_gemeente(gemeente, AANTAL_IN_DE_BUURT if records else AANTAL_NABIJ),
                    in_provincie=() if records else self.nabij.in_provincie(gemeente),
                    ligging=self.ligging(gemeente.code),
                    locatie=d.locatie("gemeenten", gemeente.id),
                )
            )
        return pages

    def _provincies(self) -> list[Page]:
        d = self.dataset
        rows = []
        pages = []
        for provincie in d.provincies:
            gemeenten = sorted((g for g in d.gemeenten if g.provincie == provincie.id), key=lambda g: sort_key(g.naam))
            records = []
            for record in derive.records_in_provincie(d, provincie.id):
                here = [
                    (d.gemeente(role.gemeente), role.rol)
                    for role in record.gemeenten
                    if d.gemeente(role.gemeente).provincie == provincie.id
                ]
                records.append((record, here))
            rows.append(
                (
                    provincie,
                    sum(r.is_pilot for r, _ in records),
                    sum(not r.is_pilot for r, _ in records),
                    len(gemeenten),
                )
            )
            pages.append(
                self.render(
                    KIND["provincies"].sjabloon,
                    urls.provincie_url(provincie),
                    provincie=provincie,
                    records=records,
                    gemeenten=gemeenten,
                    partners=derive.partners_in_provincie(d, provincie.id),
                    deelnemers={g.id for g in gemeenten if derive.records_of_gemeente(d, g.id)},
                    nabij=() if records else self.nabij.bij_provincie(provincie.id),
                    kaart=self.maps.get(f"provincie-{provincie.id}"),
                    locatie=d.locatie("provincies", provincie.id),
                )
            )
        return [
            self.render(KIND["provincies"].overzicht, "provincies/", rows=rows, kaart=self.maps.get("nederland")),
            *pages,
        ]


NAV_SECTIONS = (
    ("Thema's", "themas/index.md"),
    ("Pilots", "pilots/index.md"),
    ("Lopende initiatieven", "lopende-initiatieven/index.md"),
    ("Gemeenten", "gemeenten/index.md"),
    ("Provincies", "provincies/index.md"),
    ("Onderzoek", "onderzoek/index.md"),
    ("Rode draden", "rode-draden/index.md"),
    ("Overzicht pilotgemeenten", "pilotgemeenten/index.md"),
)
