"""The home page's small map of where the pilots ran: the provincie borders and the participating gemeenten as
one shape, drawn for a small size (a few kB, not the 355-gemeente national map), one link to /provincies/."""

from __future__ import annotations

import html

from kennisbank.common.text import aantal
from kennisbank.data.kinds import KIND
from kennisbank.render import svgkaart
from kennisbank.render.maps import BASE, BRON_KAART, NEUTRAAL_KLEUR, PROVINCIE_RAND, THEMA_KLEUREN, MapMaker, MapView
from kennisbank.views import derive

SLUG = "thuis"
BREEDTE = 280  # units; shown at most this many CSS pixels wide


def home_view(maker: MapMaker) -> MapView:
    """The view the home page's template places with <!--kb-kaart thuis-->: a figure whose picture and caption
    are one link to the provincies, with the picture's text alternative in words."""
    dataset = maker.dataset
    gemeenten = derive.participating_gemeenten(dataset)
    pilots = len(dataset.pilots)
    provincies = {g.provincie for g in gemeenten}
    frame = svgkaart.Frame.around(list(maker.gemeente_areas.values()), BREEDTE)
    # A unit: drawn at most 220 px wide, the map need not be finer (it stays a few kB).
    areas = maker.areas_at(tuple(g.code for g in gemeenten), 3 * frame.tolerance)
    borders = maker.provincie_areas_at(tuple(maker.provincie_areas), 3 * frame.tolerance)
    title = f"{aantal(pilots, 'pilot', 'pilots')} in {aantal(len(gemeenten), 'gemeente', 'gemeenten')}"
    description = (
        f"Kaart van Nederland met de provinciegrenzen. De {len(gemeenten)} gemeenten die hoofdaanvrager of deelnemer "
        f"van een pilot waren, zijn donkerblauw; ze liggen in {len(provincies)} van de "
        f"{len(maker.provincie_areas)} provincies."
    )
    width, height = frame.size
    svg = (
        f'<svg class="kb-thuiskaart-svg" viewBox="{frame.view_box}" width="{width}" height="{height}" role="img" '
        f'aria-labelledby="kb-thuiskaart-tekst"><title id="kb-thuiskaart-tekst">{html.escape(description)}</title>'
        f'<defs><path id="kb-thuiskaart-grenzen" d="{svgkaart.path_data(borders, frame)}"/></defs>'
        f'<use href="#kb-thuiskaart-grenzen" fill="{NEUTRAAL_KLEUR}"/>'
        f'<path d="{svgkaart.path_data(list(areas.values()), frame)}" fill="{THEMA_KLEUREN[0]}" stroke="#ffffff" '
        'stroke-width=".4" stroke-linejoin="round"/>'
        f'<use href="#kb-thuiskaart-grenzen" fill="none" stroke="{PROVINCIE_RAND}" stroke-width="1" '
        'stroke-linejoin="round"/></svg>'
    )
    figure = (
        f'<figure class="kb-thuiskaart" data-pagefind-ignore="all"><a href="{BASE}{KIND["provincies"].sectie}/">{svg}'
        f'<span class="kb-thuiskaart-titel"><strong>{html.escape(title)}</strong> Bekijk per provincie</span></a>'
        f"<figcaption>{BRON_KAART}</figcaption></figure>"
    )
    return MapView(SLUG, title, description, (), (), svg=figure)
