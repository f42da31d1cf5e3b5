"""What a map shows, as data: its rows (a gemeente and its colour), its legend and its view (title, rows, the
SVG drawn once), with the colours and hatchings of the categories, and where a page's map goes in its HTML.
The drawing itself is in maps.py (MapMaker) and svgkaart.py."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from markupsafe import Markup

from kennisbank.data import urls
from kennisbank.data.model import Record
from kennisbank.data.model_gemeenten import Gemeente

MAP_DIR = "kaarten"
LEAFLET_DIR = "assets/leaflet"
INTERACTIEVE_KAART = f"{MAP_DIR}/nederland.html"
BRON_KAART = "Bron kaart: CBS, Kadaster/PDOK (gemeentegrenzen 2020)."

# Fill colours for participating gemeenten, one per thema in data order. Each has a contrast of at
# least 3:1 with white and with the neutral fill (WCAG 1.4.11). Colour is never the only carrier of
# meaning: each category also has its own hatching (below), and the link title, the legend and the
# table say the same in words.
THEMA_KLEUREN = ("#0b5a9c", "#a3004f", "#00704f", "#8a4600", "#5b2f91", "#a13d00")
MEERDERE_KLEUR = "#1f1f1f"
LOPEND_KLEUR = "#5c5c5c"
NEUTRAAL_KLEUR = "#f0f0f0"
NEUTRAAL_RAND = "#9a9a9a"
PROVINCIE_RAND = "#333333"

MEERDERE = "meerdere"
LOPEND = "lopend"
GEEN = "geen"

# White hatching over the fill, one kind per category, so the categories differ without colour vision
# too: (path in an 8×8 tile, stroke width). Themes take them in data order; an empty path is plain fill.
ARCERINGEN = (
    ("", 0),
    ("M0 8L8 0M-2 2L2-2M6 10L10 6", 1.6),
    ("M0 4H8", 1.8),
    ("M4 0V8", 1.8),
    ("M0 0L8 8M-2 6L2 10M6-2L10 2", 1.6),
    ("M2 2h.01M6 6h.01", 2.6),
)
MEERDERE_ARCERING = ("M0 4H8M4 0V8", 1.4)
LOPEND_ARCERING = ("M0 0L8 8M8 0L0 8", 1.2)

GRENZEN_ID, ALLE_ID = "provinciegrenzen", "alle"  # in the shared shapes file: the borders, all gemeenten

# Width of a map drawing in units; one unit is about one CSS pixel at that width.
KAART_BREEDTE = 600
LIGGING_BREEDTE = 200


@dataclass(frozen=True)
class LegendItem:
    categorie: str
    kleur: str
    label: str
    fill: str = ""  # SVG fill on the map (hatching pattern), set when the map is drawn


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
    svg: str = field(repr=False, default="")  # inline SVG; gemeente links start with BASE (see svg_at)
    # Theme maps: only the coloured gemeenten are links (a keyboard user tabs through those, not 355 shapes);
    # the others are one grey background. The national map keeps every gemeente a named link.
    alleen_gekleurd: bool = False

    @property
    def url(self) -> str:
        """The interactive map, zoomed to what this view shows."""
        return f"{INTERACTIEVE_KAART}?gebied={self.slug}"

    def svg_at(self, base: str) -> Markup:
        """The inline SVG for a page whose way back to the site root is `base` ('../../', './')."""
        return Markup(self.svg.replace(BASE, base))


# Where a page's map goes: the template writes this comment, insert_maps puts the SVG in its place.
MAP_PLACE = re.compile(r"<!--kb-kaart ([a-z0-9-]+)-->")


def insert_maps(page_html: str, views: dict[str, MapView], page_url: str) -> str:
    """Put each view's SVG where the page's template marked it, with links relative to the page."""
    if "<!--kb-kaart " not in page_html:
        return page_html
    base = urls.relative(page_url, "")
    return MAP_PLACE.sub(lambda match: views[match.group(1)].svg_at(base), page_html)


# Placeholder for the relative way to the site root in the SVG's links: the same view is shown on
# pages at different depths (the national map on the home page and on /provincies/).
BASE = "\x00/"
