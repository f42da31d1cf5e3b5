"""The one interactive map of the whole country (folium and Leaflet, served from the site itself), opened on
demand from under each static map, zoomed to the provincie the reader came from."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from kennisbank.common.store import Store, key_of, maker_of
from kennisbank.common.text import dutch_sort_key
from kennisbank.data import geo, urls
from kennisbank.render import interactive_page
from kennisbank.render.interactive_page import JUMP_SCRIPT, ON_EACH_GEMEENTE, STYLE
from kennisbank.render.maps import (
    BRON_KAART,
    GEEN,
    LEAFLET_DIR,
    MAP_DIR,
    NEUTRAAL_KLEUR,
    NEUTRAAL_RAND,
    PROVINCIE_RAND,
    MapMaker,
    MapView,
)
from kennisbank.render.privacy import csp_meta


def provincie_bounds(maker: MapMaker) -> dict[str, list[list[float]]]:
    """Map slug -> [[south, west], [north, east]] for each provincie view, to zoom the interactive map."""
    result = {}
    for provincie in maker.dataset.provincies:
        area = maker.provincie_areas[provincie.code]
        xs = [x for polygon in area.polygons for x, _ in polygon[0]]
        ys = [y for polygon in area.polygons for _, y in polygon[0]]
        result[f"provincie-{provincie.id}"] = [
            [round(min(ys), 3), round(min(xs), 3)],
            [round(max(ys), 3), round(max(xs), 3)],
        ]
    return result


def _geometry(area: geo.Area) -> dict:
    # Four decimals is about 10 m, finer than the simplified boundaries.
    polygons = [[[[round(x, 4), round(y, 4)] for x, y in ring] for ring in polygon] for polygon in area.polygons]
    if len(polygons) == 1:
        return {"type": "Polygon", "coordinates": polygons[0]}
    return {"type": "MultiPolygon", "coordinates": polygons}


# The site's own icon, as mkdocs.yml names it for the theme (theme.favicon); a test checks the file is there.
FAVICON = "images/favicon.svg"


def _jump_list(view: MapView, maker: MapMaker) -> str:
    names = {code: maker.gemeente_areas[code].naam for code in view.area_codes}
    options = "".join(
        f'<option value="{code}">{html.escape(names[code])}</option>'
        for code in sorted(names, key=lambda code: dutch_sort_key(names[code]))
    )
    return (
        f'<form id="kb-ganaar" class="kb-ganaar" hidden><label for="kb-ganaar-keuze">Ga naar gemeente</label> '
        f'<select id="kb-ganaar-keuze"><option value="">Kies een gemeente</option>{options}</select> '
        '<button type="submit">Toon op de kaart</button></form>'
    )


def _legend(view: MapView, maker: MapMaker) -> str:
    """The legend of the static maps (same categories and colours), as a list above the map."""
    items = "".join(
        f'<li><svg width="16" height="16" aria-hidden="true" focusable="false"><rect width="16" height="16" '
        f'fill="{maker.kleur_van(item.categorie)}" stroke="#555555"/></svg> {html.escape(item.label)}</li>'
        for item in view.legend
    )
    return f'<h2 class="kb-legenda-kop">Legenda</h2><ul class="kb-legenda">{items}</ul>'


# Part of the cache key: this code and the library that draws the map.
MAKER = maker_of(__file__, interactive_page.__file__, libraries=("folium",))
# The random ids folium prints (uuid4 hex), standing alone or after a name such as 'map_'.
FOLIUM_ID = re.compile(r"(?<![0-9a-f])[0-9a-f]{32}(?![0-9a-f])")


def render(maker: MapMaker, view: MapView | None = None, store: Store | None = None) -> str:
    """The interactive map document: all gemeenten of the country (coloured as the national view),
    a tooltip and a link to its page on each, the provincie borders; zoomed by the address's
    ?gebied= (a provincie view's slug) to that provincie. With `store` (the package's cache) folium draws it
    again only when what it shows or this code changed."""
    parts = _parts(maker, view or maker.national())
    if store is None:
        return _draw(parts)
    key = key_of(MAKER, json.dumps(parts, sort_keys=True))
    return store.made("interactieve-kaart", key, lambda: _draw(parts).encode()).decode()


def _parts(maker: MapMaker, view: MapView) -> dict:
    """Everything the map shows, as JSON-able data: its layers, the provincies to zoom to and its header."""
    rows = {row.gemeente.code: row for row in view.rows}
    tolerance = 0.0005  # about 50 m: invisible at the zoom levels where the whole country fits
    areas = maker.areas_at(view.area_codes, tolerance)
    features = []
    for code in view.area_codes:
        area, row = areas[code], rows.get(code)
        categorie = row.categorie if row else GEEN
        deelname = "; ".join(f"{r.titel} ({rol})" for r, rol in row.records) if row else "geen pilot of initiatief"
        # Tooltip text is inserted as HTML by Leaflet: escape everything that comes from the data.
        features.append(
            {
                "type": "Feature",
                "geometry": _geometry(area),
                "properties": {
                    "code": code,
                    "naam": html.escape(area.naam),
                    "deelname": html.escape(deelname),
                    "kleur": maker.kleur_van(categorie),
                    "url": urls.relative(f"{MAP_DIR}/", urls.gemeente_url(maker.by_code[code]))
                    if code in maker.by_code
                    else "",
                },
            }
        )
    borders = [
        {"type": "Feature", "geometry": _geometry(a), "properties": {}}
        for a in maker.provincie_areas_at(view.provincie_codes, tolerance)
    ]
    ys = [y for a in areas.values() for polygon in a.polygons for _, y in polygon[0]]
    xs = [x for a in areas.values() for polygon in a.polygons for x, _ in polygon[0]]
    home, terug = urls.relative(f"{MAP_DIR}/", ""), urls.relative(f"{MAP_DIR}/", "provincies/")
    header = (
        f'<header class="kb-kop"><nav class="kb-terug" aria-label="Terug naar de kennisbank">'
        f'<a href="{home}">Kennisbank (startpagina)</a>'
        f'<a href="{terug}">Provincies en alle gemeenten</a></nav>'
        f"<h1>{html.escape(view.titel)}</h1><p>{html.escape(view.beschrijving)}</p>"
        f"<details><summary>Zo werkt de kaart</summary><p>Wijs een gemeente aan of ga er met de Tab-toets naartoe "
        f"voor haar naam en pilots; klik erop of druk op Enter voor de pagina van de gemeente. Op een telefoon "
        f"toont een tik de naam en opent een tweede tik de pagina; u verschuift en zoomt de kaart met twee "
        f"vingers. {BRON_KAART}</p></details>"
        f"{_jump_list(view, maker)}{_legend(view, maker)}</header>"
    )
    return {
        "gemeenten": features,
        "grenzen": borders,
        "land": [[min(ys), min(xs)], [max(ys), max(xs)]],
        "gebieden": provincie_bounds(maker),
        "titel": view.titel,
        "kop": header,
    }


def _draw(parts: dict) -> str:
    """The document, drawn by folium. One folium map per build, with three layers' worth of elements, so the build
    compiles only a handful of folium templates."""
    import folium  # imported here: a build whose map did not change does not load it
    from folium.utilities import JsCode

    (south, west), (north, east) = country = parts["land"]
    fmap = folium.Map(
        location=[(south + north) / 2, (west + east) / 2],
        tiles=None,
        zoom_start=7,
        zoom_snap=0.25,
        control_scale=False,
        attribution_control=True,
        height="75vh",
    )
    # Per instance (the class-level lists are shared): only Leaflet, served from the site itself.
    assets = urls.relative(f"{MAP_DIR}/", f"{LEAFLET_DIR}/")
    fmap.default_js = [("leaflet", f"{assets}leaflet.js")]
    fmap.default_css = [("leaflet_css", f"{assets}leaflet.css")]
    folium.GeoJson(
        {"type": "FeatureCollection", "features": parts["gemeenten"]},
        name="gemeenten",
        style=JsCode(
            f"function (f) {{ var p = f.properties.kleur !== '{NEUTRAAL_KLEUR}';"
            " return {fillColor: f.properties.kleur, color: p ? '#ffffff' : '"
            f"{NEUTRAAL_RAND}', weight: p ? 0.8 : 0.6, fillOpacity: 1}}; }}"
        ),
        highlight_function=lambda f: {"weight": 3, "color": "#000000"},
        tooltip=folium.GeoJsonTooltip(fields=["naam", "deelname"], aliases=["Gemeente", "Deelname"]),
        on_each_feature=JsCode(ON_EACH_GEMEENTE),
    ).add_to(fmap)
    folium.GeoJson(
        {"type": "FeatureCollection", "features": parts["grenzen"]},
        name="provinciegrenzen",
        style_function=lambda f: {"fill": False, "color": PROVINCIE_RAND, "weight": 1.6},
        interactive=False,
    ).add_to(fmap)
    root = fmap.get_root()
    map_name = fmap.get_name()
    root.script.add_child(
        folium.Element(
            # Zoom to the provincie named in the address; on touch screens one finger scrolls the page
            # and two fingers move and zoom the map (Leaflet's pinch zoom also pans).
            # (Run once folium's own script, printed after this one, has made the map.)
            f"var kbGebieden = {json.dumps(parts['gebieden'], sort_keys=True)};"
            "document.addEventListener('DOMContentLoaded', function () {"
            f" {map_name}.fitBounds(kbGebieden[new URLSearchParams(location.search).get('gebied')]"
            f" || {json.dumps(country)});"
            f" if (L.Browser.touch) {{ {map_name}.dragging.disable(); }} }});" + JUMP_SCRIPT % {"map": map_name}
        )
    )
    # The site's own favicon (otherwise the browser asks for /favicon.ico and gets a 404).
    icon = urls.relative(f"{MAP_DIR}/", FAVICON)
    root.header.add_child(
        folium.Element(
            csp_meta() + f"<title>{html.escape(parts['titel'])} (interactief)</title>"
            f'<link rel="icon" href="{icon}">' + STYLE
        )
    )
    root.html.add_child(
        folium.Element(parts["kop"]),
        index=0,
    )
    root.html.add_child(
        folium.Element(
            '<noscript><p class="kb-kop">Deze kaart heeft JavaScript nodig. De kaart en de tabel op de pagina\'s van '
            "de provincies en thema's bevatten dezelfde gemeenten en pilots.</p></noscript>"
        )
    )
    document = stable_ids(root.render())
    document = document.replace("<html>", '<html lang="nl">', 1)
    # The map (with Leaflet's attribution inside it) is the document's main landmark, and folium's script,
    # which it prints after </body>, goes inside the body (the HTML checker refuses a script there).
    document = re.sub(
        r'(<noscript>.*?<div class="folium-map"[^>]*>\s*</div>)', r"<main>\1</main>", document, count=1, flags=re.S
    )
    document = re.sub(
        r"</body>\s*(<script>.*</script>)\s*</html>\s*$", r"\1\n</body>\n</html>\n", document, count=1, flags=re.S
    )
    # folium forbids zooming the page (user-scalable=no); readers who need to enlarge must be able to.
    return re.sub(
        r'<meta name="viewport"[^>]*>',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        document,
        count=1,
    )


def stable_ids(document: str) -> str:
    """folium names every element with a random 32-digit hex id; number them in order of first appearance
    instead, so two builds of the same data give byte-identical maps (only folium's printed output is
    read, none of its objects' insides)."""
    numbers: dict[str, str] = {}
    return FOLIUM_ID.sub(lambda match: numbers.setdefault(match[0], f"{len(numbers):04d}"), document)


def leaflet_files() -> dict[str, bytes]:
    """Leaflet's own files from the xstatic-leaflet package, as site paths -> content."""
    import xstatic.pkg.leaflet as leaflet

    base = Path(leaflet.BASE_DIR)
    wanted = ["leaflet.js", "leaflet.css"] + [f"images/{p.name}" for p in sorted((base / "images").glob("*.png"))]
    return {f"{LEAFLET_DIR}/{name}": (base / name).read_bytes() for name in wanted}
