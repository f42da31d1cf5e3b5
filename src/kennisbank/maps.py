"""Maps of where the pilots ran: folium maps drawn from the CBS 2020 boundaries, with no tiles and no
third-party assets, plus the same information as rows for the table next to each map.

The map is an enhancement: every fact on it is also in the table beside it (and in the page text),
so it works for screen-reader users, keyboard users and with JavaScript off.
"""

from __future__ import annotations

import html
import itertools
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import folium
from folium.utilities import JsCode

from . import derive, geo, urls
from .model import Dataset, Gemeente, Record
from .privacy import csp_meta

MAP_DIR = "kaarten"
LEAFLET_DIR = "assets/leaflet"

# Fill colours for participating gemeenten, one per thema in data order. Each has a contrast of at
# least 3:1 with white and with the neutral fill (WCAG 1.4.11); the colour is never the only carrier
# of meaning: the tooltip, the legend and the table say the same in words.
THEMA_KLEUREN = ("#0b5a9c", "#a3004f", "#00704f", "#8a4600", "#5b2f91", "#a13d00")
MEERDERE_KLEUR = "#1f1f1f"
LOPEND_KLEUR = "#5c5c5c"
NEUTRAAL_KLEUR = "#f0f0f0"
NEUTRAAL_RAND = "#9a9a9a"
PROVINCIE_RAND = "#333333"

MEERDERE = "meerdere"
LOPEND = "lopend"


@dataclass(frozen=True)
class LegendItem:
    kleur: str
    label: str


@dataclass(frozen=True)
class MapRow:
    """One participating gemeente on a map: what the map colours and what its tooltip says."""

    gemeente: Gemeente
    categorie: str  # thema id, MEERDERE or LOPEND
    records: tuple[tuple[Record, str], ...]  # (record, rol)


@dataclass(frozen=True)
class MapView:
    slug: str  # 'nederland', 'provincie-gelderland', 'thema-duaal'
    titel: str
    beschrijving: str  # text alternative
    rows: tuple[MapRow, ...]
    legend: tuple[LegendItem, ...]
    area_codes: tuple[str, ...] = field(repr=False, default=())  # CBS gemeente codes drawn
    provincie_codes: tuple[str, ...] = field(repr=False, default=())

    @property
    def url(self) -> str:
        return f"{MAP_DIR}/{self.slug}.html"


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
        """CBS gemeente code -> CBS provincie code, for all 355 gemeenten (also those not in the data)."""
        result = {}
        for code, area in self.gemeente_areas.items():
            point = geo.interior_point(area)
            result[code] = next(p for p, parea in self.provincie_areas.items() if geo.contains(parea, point))
        return result

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
        return tuple(sorted(rows, key=lambda row: row.gemeente.naam.removeprefix("'s-").lower()))

    def _legend(self, rows: tuple[MapRow, ...]) -> tuple[LegendItem, ...]:
        present = {row.categorie for row in rows}
        items = [LegendItem(self.kleur[t.id], f"Pilot in thema {t.korte_titel}") for t in self.dataset.themas
                 if t.id in present]
        if MEERDERE in present:
            items.append(LegendItem(MEERDERE_KLEUR, "Pilots in meerdere thema's"))
        if LOPEND in present:
            items.append(LegendItem(LOPEND_KLEUR, "Alleen een lopend initiatief"))
        items.append(LegendItem(NEUTRAAL_KLEUR, "Geen pilot of initiatief"))
        return tuple(items)

    def national(self) -> MapView:
        codes = sorted(self.gemeente_areas)
        rows = self._rows(codes)
        return MapView("nederland", "Kaart van Nederland met de gemeenten uit het pilotprogramma",
                       f"Kaart van Nederland. {len(rows)} van de {len(codes)} gemeenten zijn gekleurd omdat ze "
                       "meededen aan een pilot of een geëvalueerd lopend initiatief; de tabel bij de kaart noemt ze "
                       "allemaal met hun pilots.",
                       rows, self._legend(rows), tuple(codes), tuple(sorted(self.provincie_areas)))

    def provincie(self, provincie_id: str) -> MapView:
        provincie = self.dataset.provincie(provincie_id)
        codes = sorted(c for c, p in self.provincie_of_area.items() if p == provincie.code)
        rows = self._rows(codes)
        text = (f"Kaart van {provincie.naam} met de {len(codes)} gemeenten van de provincie. "
                + (f"{len(rows)} daarvan {'is' if len(rows) == 1 else 'zijn'} gekleurd omdat ze "  # number agreement
                   f"{'meedeed' if len(rows) == 1 else 'meededen'} aan een pilot of lopend initiatief; de tabel bij de "
                   f"kaart noemt {'haar met haar' if len(rows) == 1 else 'ze met hun'} pilots." if rows else
                   "Geen enkele gemeente deed mee aan een pilot of geëvalueerd lopend initiatief."))
        return MapView(f"provincie-{provincie.id}", f"Kaart van {provincie.naam}", text, rows, self._legend(rows),
                       tuple(codes), (provincie.code,))

    def thema(self, thema_id: str) -> MapView:
        thema = self.dataset.thema(thema_id)
        codes = sorted(self.gemeente_areas)
        rows = self._rows(codes, thema_id)
        return MapView(f"thema-{thema.id}", f"Kaart van de pilots in het thema {thema.korte_titel}",
                       (f"Kaart van Nederland met de gemeente die in het thema {thema.titel} aan een pilot "
                        "meedeed; de tabel bij de kaart noemt haar met haar pilots." if len(rows) == 1 else
                        f"Kaart van Nederland met de {len(rows)} gemeenten die in het thema {thema.titel} aan een "
                        "pilot meededen; de tabel bij de kaart noemt ze met hun pilots."),
                       rows, self._legend(rows), tuple(codes), tuple(sorted(self.provincie_areas)))

    def all_views(self) -> list[MapView]:
        return ([self.national()] + [self.provincie(p.id) for p in self.dataset.provincies]
                + [self.thema(t.id) for t in self.dataset.themas])

    # -- rendering -----------------------------------------------------------------------------
    def _kleur(self, categorie: str) -> str:
        return {MEERDERE: MEERDERE_KLEUR, LOPEND: LOPEND_KLEUR}.get(categorie) or self.kleur[categorie]

    @staticmethod
    def _geometry(area: geo.Area) -> dict:
        # Four decimals is about 10 m: finer than the generalised CBS boundaries, and 7% smaller maps.
        polygons = [[[[round(x, 4), round(y, 4)] for x, y in ring] for ring in polygon] for polygon in area.polygons]
        if len(polygons) == 1:
            return {"type": "Polygon", "coordinates": polygons[0]}
        return {"type": "MultiPolygon", "coordinates": polygons}

    def render(self, view: MapView) -> str:
        rows = {row.gemeente.code: row for row in view.rows}
        page_url = view.url
        participants, others = [], []
        for code in view.area_codes:
            area = self.gemeente_areas[code]
            row = rows.get(code)
            if row:
                # Tooltip text is inserted as HTML by Leaflet: escape everything that comes from the data.
                deelname = "; ".join(f"{r.titel} ({rol})" for r, rol in row.records)
                participants.append({"type": "Feature", "geometry": self._geometry(area), "properties": {
                    "naam": html.escape(row.gemeente.naam), "deelname": html.escape(deelname),
                    "kleur": self._kleur(row.categorie),
                    "url": urls.relative(page_url.rsplit("/", 1)[0] + "/", urls.gemeente_url(row.gemeente))}})
            else:
                others.append({"type": "Feature", "geometry": self._geometry(area),
                               "properties": {"naam": html.escape(area.naam)}})
        borders = [{"type": "Feature", "geometry": self._geometry(self.provincie_areas[c]), "properties": {}}
                   for c in view.provincie_codes]

        lons = [x for f in participants + others for x, _ in _points(f["geometry"])]
        lats = [y for f in participants + others for _, y in _points(f["geometry"])]
        fmap = folium.Map(location=[(min(lats) + max(lats)) / 2, (min(lons) + max(lons)) / 2], tiles=None,
                          zoom_start=8, zoom_snap=0.25, control_scale=False, attribution_control=True)
        # Per instance (the class-level lists are shared): only Leaflet, served from the site itself.
        assets = urls.relative(f"{MAP_DIR}/", f"{LEAFLET_DIR}/")
        fmap.default_js = [("leaflet", f"{assets}leaflet.js")]
        fmap.default_css = [("leaflet_css", f"{assets}leaflet.css")]
        fmap.fit_bounds([[min(lats), min(lons)], [max(lats), max(lons)]])

        if others:
            folium.GeoJson(
                {"type": "FeatureCollection", "features": others}, name="overige gemeenten",
                style_function=lambda f: {"fillColor": NEUTRAAL_KLEUR, "color": NEUTRAAL_RAND, "weight": 0.6,
                                          "fillOpacity": 1},
                tooltip=folium.GeoJsonTooltip(fields=["naam"], labels=False),
            ).add_to(fmap)
        if participants:
            folium.GeoJson(
                {"type": "FeatureCollection", "features": participants}, name="deelnemende gemeenten",
                style_function=lambda f: {"fillColor": f["properties"]["kleur"], "color": "#ffffff", "weight": 0.8,
                                          "fillOpacity": 1},
                highlight_function=lambda f: {"weight": 3, "color": "#000000"},
                tooltip=folium.GeoJsonTooltip(fields=["naam", "deelname"], aliases=["Gemeente", "Deelname"]),
                on_each_feature=JsCode(
                    "function (feature, layer) {"
                    " layer.on('click', function () {"
                    "  window.top.location.href = new URL(feature.properties.url, document.baseURI).href; });"
                    "}"),
            ).add_to(fmap)
        folium.GeoJson({"type": "FeatureCollection", "features": borders}, name="provinciegrenzen",
                       style_function=lambda f: {"fill": False, "color": PROVINCIE_RAND, "weight": 1.6},
                       interactive=False).add_to(fmap)
        root = fmap.get_root()
        root.header.add_child(folium.Element(
            csp_meta() + f"<title>{html.escape(view.titel)}</title>"
            "<style>.leaflet-container{background:#ffffff !important}"
            ".kb-kaartbron{position:absolute;left:4px;bottom:4px;z-index:1000;font:12px sans-serif;"
            "background:rgba(255,255,255,.85);padding:1px 4px}</style>"))
        root.html.add_child(folium.Element(
            '<div class="kb-kaartbron">Bron: CBS, Kadaster/PDOK</div>'
            "<noscript>Deze kaart heeft JavaScript nodig. De tabel op de pagina bevat dezelfde gemeenten en "
            "pilots.</noscript>"))
        _stable_ids(root)
        return root.render()


def _points(geometry: dict):
    polygons = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
    for polygon in polygons:
        for ring in polygon:
            yield from ring


def _stable_ids(root) -> None:
    """folium names every element with a random uuid; number them in tree order instead, so two builds of
    the same data give byte-identical maps."""
    counter = itertools.count()

    def walk(element) -> None:
        element._id = f"{next(counter):04d}"
        for child in element._children.values():
            walk(child)

    walk(root)


def leaflet_files() -> dict[str, bytes]:
    """Leaflet's own files from the xstatic-leaflet package, as site paths -> content."""
    import xstatic.pkg.leaflet as leaflet

    base = Path(leaflet.BASE_DIR)
    wanted = ["leaflet.js", "leaflet.css"] + [f"images/{p.name}" for p in sorted((base / "images").glob("*.png"))]
    return {f"{LEAFLET_DIR}/{name}": (base / name).read_bytes() for name in wanted}

