"""Maps of where the pilots ran, drawn from the CBS 2020 boundaries with no tiles and no third-party
assets, plus the same information as rows for the table next to each map.

Every page shows a static inline SVG map (svgkaart.py): no script, every gemeente a link, a swipe over it
scrolls the page. Maps of the whole country take their outlines from one shared file (kaarten/nl-*.svg,
fetched once); a provincie map carries its own. One interactive folium map of the whole country (zoom, pan,
tooltips) is built once, opened through a link under each map, zoomed to the provincie the reader came from.

The map is an enhancement: every fact on it is also in the table beside it (and in the page text),
so it works for screen-reader users, keyboard users and with JavaScript off.
"""

from __future__ import annotations

import html
import math
from dataclasses import replace
from functools import cached_property
from pathlib import Path

from kennisbank.data import geo, urls
from kennisbank.data.ligging import lees_ligging
from kennisbank.data.model import Dataset, Record
from kennisbank.render import svgkaart
from kennisbank.render.mapview import (  # noqa: F401 - the rest of the package imports these from here
    ALLE_ID,
    ARCERINGEN,
    BASE,
    BRON_KAART,
    GEEN,
    GRENZEN_ID,
    INTERACTIEVE_KAART,
    KAART_BREEDTE,
    LEAFLET_DIR,
    LIGGING_BREEDTE,
    LOPEND,
    LOPEND_ARCERING,
    LOPEND_KLEUR,
    MAP_DIR,
    MAP_PLACE,
    MEERDERE,
    MEERDERE_ARCERING,
    MEERDERE_KLEUR,
    NEUTRAAL_KLEUR,
    NEUTRAAL_RAND,
    PROVINCIE_RAND,
    THEMA_KLEUREN,
    LegendItem,
    MapRow,
    MapView,
    insert_maps,
)
from kennisbank.views import derive


class MapMaker:
    """Decides per map which gemeenten are drawn and how they are coloured, and renders the HTML."""

    def __init__(self, dataset: Dataset, geo_dir: Path):
        self.dataset = dataset
        self.geo_dir = Path(geo_dir)
        self.kleur = {t.id: THEMA_KLEUREN[i % len(THEMA_KLEUREN)] for i, t in enumerate(dataset.themas)}
        self.by_code = {g.code: g for g in dataset.gemeenten}

    # -- geometry ------------------------------------------------------------------------------
    @cached_property
    def gemeente_areas(self) -> dict[str, geo.Area]:
        return {a.code: a for a in geo.read_areas(self.geo_dir / geo.GEMEENTE_FILE)}

    @cached_property
    def provincie_areas(self) -> dict[str, geo.Area]:
        return {a.code: a for a in geo.read_areas(self.geo_dir / geo.PROVINCIE_FILE)}

    @cached_property
    def provincie_of_area(self) -> dict[str, str]:
        """CBS gemeente code -> CBS provincie code, for all 355 gemeenten (also those not in the data); the
        same point-in-polygon result the dataset was built from (kennisbank.data.ligging, read once per folder)."""
        return {code: gebied.provincie_code for code, gebied in lees_ligging(self.geo_dir).gemeenten.items()}

    # -- what a map shows ----------------------------------------------------------------------
    def _categorie(self, records: tuple[tuple[Record, str], ...], thema_id: str | None) -> str | None:
        if thema_id:
            return thema_id if any(r.thema == thema_id for r, _ in records) else None
        themas = {r.thema for r, _ in records if r.thema}
        if len(themas) > 1:
            return MEERDERE
        if themas:
            return themas.pop()
        return LOPEND if records else None

    def _rows(self, codes: list[str], thema_id: str | None = None) -> tuple[MapRow, ...]:
        rows = []
        for code in codes:
            gemeente = self.by_code.get(code)
            if gemeente is None:
                continue
            records = derive.records_of_gemeente(self.dataset, gemeente.id)
            if thema_id:
                records = tuple((r, rol) for r, rol in records if r.thema == thema_id)
            categorie = self._categorie(records, thema_id)
            if categorie:
                rows.append(MapRow(gemeente, categorie, records))
        return tuple(sorted(rows, key=lambda row: _name_key(row.gemeente.naam)))

    def _legend(self, rows: tuple[MapRow, ...]) -> tuple[LegendItem, ...]:
        present = {row.categorie for row in rows}
        items = [
            LegendItem(t.id, self.kleur[t.id], f"Pilot in thema {t.korte_titel}")
            for t in self.dataset.themas
            if t.id in present
        ]
        if MEERDERE in present:
            items.append(LegendItem(MEERDERE, MEERDERE_KLEUR, "Pilots in meerdere thema's"))
        if LOPEND in present:
            items.append(LegendItem(LOPEND, LOPEND_KLEUR, "Alleen een lopend initiatief"))
        items.append(LegendItem(GEEN, NEUTRAAL_KLEUR, "Geen pilot of initiatief"))
        return tuple(items)

    def national(self) -> MapView:
        codes = sorted(self.gemeente_areas)
        rows = self._rows(codes)
        return MapView(
            "nederland",
            "Kaart van Nederland met de gemeenten uit het pilotprogramma",
            f"Kaart van Nederland. {len(rows)} van de {len(codes)} gemeenten zijn gekleurd: de "
            f"{len(derive.participating_gemeenten(self.dataset))} deelnemende gemeenten van de pilots (zoals "
            "in de bijlage met pilotgemeenten), plus de gemeenten van de geëvalueerde lopende initiatieven "
            "en gemeenten die alleen in de beschrijving van een pilot voorkomen (betrokken). De tabel bij de "
            "kaart noemt ze allemaal met hun pilots.",
            rows,
            self._legend(rows),
            tuple(codes),
            tuple(sorted(self.provincie_areas)),
        )

    def provincie(self, provincie_id: str) -> MapView:
        provincie = self.dataset.provincie(provincie_id)
        codes = sorted(c for c, p in self.provincie_of_area.items() if p == provincie.code)
        rows = self._rows(codes)
        text = f"Kaart van {provincie.naam} met de {len(codes)} gemeenten van de provincie. " + (
            f"{len(rows)} daarvan {'is' if len(rows) == 1 else 'zijn'} gekleurd omdat ze "  # number agreement
            f"{'meedeed' if len(rows) == 1 else 'meededen'} aan een pilot of lopend initiatief; de tabel bij de "
            f"kaart noemt {'haar met haar' if len(rows) == 1 else 'ze met hun'} pilots."
            if rows
            else "Geen enkele gemeente deed mee aan een pilot of geëvalueerd lopend initiatief."
        )
        return MapView(
            f"provincie-{provincie.id}",
            f"Kaart van {provincie.naam}",
            text,
            rows,
            self._legend(rows),
            tuple(codes),
            (provincie.code,),
        )

    def thema(self, thema_id: str) -> MapView:
        thema = self.dataset.thema(thema_id)
        codes = sorted(self.gemeente_areas)
        rows = self._rows(codes, thema_id)
        return MapView(
            f"thema-{thema.id}",
            f"Kaart van de pilots in het thema {thema.korte_titel}",
            (
                f"Kaart van Nederland met de gemeente die in het thema {thema.titel} aan een pilot "
                "meedeed; de tabel bij de kaart noemt haar met haar pilots."
                if len(rows) == 1
                else f"Kaart van Nederland met de {len(rows)} gemeenten die in het thema {thema.titel} aan een "
                "pilot meededen; de tabel bij de kaart noemt ze met hun pilots."
            ),
            rows,
            self._legend(rows),
            tuple(codes),
            tuple(sorted(self.provincie_areas)),
            alleen_gekleurd=True,
        )

    def all_views(self) -> list[MapView]:
        """Every map the pages show, each with its inline SVG drawn."""
        views = (
            [self.national()]
            + [self.provincie(p.id) for p in self.dataset.provincies]
            + [self.thema(t.id) for t in self.dataset.themas]
        )
        drawn = []
        for view in views:
            view = replace(
                view, legend=tuple(replace(item, fill=self.fill(view, item.categorie)) for item in view.legend)
            )
            drawn.append(replace(view, svg=self.svg(view)))
        return drawn

    # -- drawing: SVG ----------------------------------------------------------------------------
    @cached_property
    def national_frame(self) -> svgkaart.Frame:
        return svgkaart.Frame.around(list(self.gemeente_areas.values()), KAART_BREEDTE)

    @cached_property
    def shared_shapes(self) -> tuple[str, str]:
        """(address, SVG document) of the outlines the country-wide maps <use>, fetched once (svgkaart.shapes_file)."""
        frame = self.national_frame
        areas = self.areas_at(tuple(self.gemeente_areas), frame.tolerance)
        borders = self.provincie_areas_at(tuple(self.provincie_areas), frame.tolerance)
        name, document = svgkaart.shapes_file(areas, ALLE_ID, {GRENZEN_ID: borders}, frame)
        return f"{MAP_DIR}/{name}", document

    def kleur_van(self, categorie: str) -> str:
        return {MEERDERE: MEERDERE_KLEUR, LOPEND: LOPEND_KLEUR, GEEN: NEUTRAAL_KLEUR}.get(categorie) or self.kleur[
            categorie
        ]

    def _arcering(self, categorie: str) -> tuple[str, float]:
        if categorie == MEERDERE:
            return MEERDERE_ARCERING
        if categorie == LOPEND:
            return LOPEND_ARCERING
        index = [t.id for t in self.dataset.themas].index(categorie)
        return ARCERINGEN[index % len(ARCERINGEN)]

    def fill(self, view: MapView, categorie: str) -> str:
        """SVG fill of a category on a view's map: a hatching pattern, or the plain colour."""
        if categorie == GEEN or not self._arcering(categorie)[0]:
            return self.kleur_van(categorie)
        return f"url(#kb-{view.slug}-{categorie})"

    def _patterns(self, view: MapView) -> str:
        patterns = []
        for item in view.legend:
            if item.categorie == GEEN:
                continue
            path, width = self._arcering(item.categorie)
            if path:
                patterns.append(
                    f'<pattern id="kb-{view.slug}-{item.categorie}" width="8" height="8" patternUnits="userSpaceOnUse">'
                    f'<rect width="8" height="8" fill="{item.kleur}"/><path d="{path}" stroke="#ffffff" '
                    f'stroke-width="{width}" stroke-linecap="round"/></pattern>'
                )
        return f"<defs>{''.join(patterns)}</defs>" if patterns else ""

    def areas_at(self, codes: tuple[str, ...], tolerance: float) -> dict[str, geo.Area]:
        # Tolerances are rounded down to a power of two, so all maps share a few simplified readings.
        level = 2.0 ** math.floor(math.log2(tolerance))
        return {a.code: a for a in geo.read_areas(self.geo_dir / geo.GEMEENTE_FILE, level) if a.code in codes}

    def provincie_areas_at(self, codes: tuple[str, ...], tolerance: float) -> list[geo.Area]:
        level = 2.0 ** math.floor(math.log2(tolerance))
        return [a for a in geo.read_areas(self.geo_dir / geo.PROVINCIE_FILE, level) if a.code in codes]

    def svg(self, view: MapView) -> str:
        """The view as inline SVG: every gemeente a link to its page, named in its <title> (hover text and
        accessible name), participants filled by category, provincie borders on top."""
        shared = set(view.area_codes) == set(self.gemeente_areas)  # the whole country: outlines in a shared file
        frame = (
            self.national_frame
            if shared
            else svgkaart.Frame.around([self.gemeente_areas[c] for c in view.area_codes], KAART_BREEDTE)
        )
        areas = self.areas_at(view.area_codes, frame.tolerance)
        shapes_url = BASE + self.shared_shapes[0]
        rows = {row.gemeente.code: row for row in view.rows}
        links = [f'<use href="{shapes_url}#{ALLE_ID}"/>'] if view.alleen_gekleurd else []
        linked = [code for code in view.area_codes if code in rows or not view.alleen_gekleurd]
        # Alphabetical, as that is the order a keyboard user tabs through the gemeenten.
        for code in sorted(linked, key=lambda c: _name_key(areas[c].naam)):
            area, row = areas[code], rows.get(code)
            if row:
                label = f"{row.gemeente.naam}: {categorie_label(self.dataset, row.categorie)}"
                categorie = row.categorie
            else:  # grey (the group's fill) and named only: the legend says what grey means
                label, categorie = area.naam, GEEN
            fill = f' fill="{self.fill(view, categorie)}"' if categorie != GEEN else ""
            # A link wherever the gemeente has a page (all 355 once every gemeente has one); an <a> without
            # href is a plain shape with its name, as an <a> in HTML.
            href = f' href="{BASE}{urls.gemeente_url(self.by_code[code])}"' if code in self.by_code else ""
            shape = f'<use href="{shapes_url}#{code}"' if shared else f'<path d="{svgkaart.path_data([area], frame)}"'
            links.append(f"<a{href}><title>{html.escape(label)}</title>{shape}{fill}/></a>")
        borders = (
            f'<use href="{shapes_url}#{GRENZEN_ID}"'
            if shared
            else f'<path d="{svgkaart.path_data(self.provincie_areas_at(view.provincie_codes, frame.tolerance), frame)}"'
        )
        width, height = frame.size
        return (
            f'<svg class="kb-kaart-svg" viewBox="{frame.view_box}" width="{width}" height="{height}" '
            f'role="group" aria-label="{html.escape(view.titel)}">{self._patterns(view)}'
            f'<g class="kb-kaart-gemeenten" fill="{NEUTRAAL_KLEUR}" stroke="{NEUTRAAL_RAND}" stroke-width=".6" stroke-linejoin="round">'
            f'{"".join(links)}</g>{borders} class="kb-kaart-grenzen" fill="none" stroke="{PROVINCIE_RAND}" '
            'stroke-width="1.4" stroke-linejoin="round" pointer-events="none"/></svg>'
        )


def _name_key(naam: str) -> str:
    return naam.removeprefix("'s-").lower()


def categorie_label(dataset: Dataset, categorie: str) -> str:
    """What a map colour means, in words (table cells, link titles): 'pilot in thema B1-route'."""
    if categorie == MEERDERE:
        return "pilots in meerdere thema's"
    if categorie == LOPEND:
        return "alleen een lopend initiatief"
    if categorie == GEEN:
        return "geen pilot of initiatief"
    return f"pilot in thema {dataset.thema(categorie).korte_titel}"
