"""The names the search page puts first (zoeken/namen/<n>.json): every name a reader may type for a gemeente,
provincie, thema or partner page is in the file the search page looks in, with that page's soort and address."""

from __future__ import annotations

import json

from conftest import ROOT

from kennisbank.common.text import slugify
from kennisbank.data import urls
from kennisbank.data.loading import load_dataset
from kennisbank.views.search import NAME_FILES, SEARCH_NAMES_FOLDER, name_file, search_names

DATASET = load_dataset(ROOT / "data")
FILES = {path: json.loads(text) for path, text in search_names(DATASET).items()}


def pages_named(name: str) -> list[list[str]]:
    """What the search page finds for a query, as zoeken.js looks it up: the slug's file, then the slug."""
    slug = slugify(name)
    return FILES[f"{SEARCH_NAMES_FOLDER}{name_file(slug)}.json"].get(slug, [])


def test_there_is_a_file_for_every_key_so_no_query_asks_for_a_missing_one() -> None:
    assert sorted(FILES) == sorted(f"{SEARCH_NAMES_FOLDER}{key}.json" for key in range(NAME_FILES))


def test_every_gemeente_is_found_under_its_own_names_and_the_names_it_led_to() -> None:
    for gemeente in DATASET.gemeenten:
        page = ["gemeente", urls.gemeente_url(gemeente)]
        for name in gemeente.eigen_namen:
            assert page in pages_named(name), (gemeente.id, name)
        for name in gemeente.namen_sinds_2020:
            assert [*page, "later"] in pages_named(name), (gemeente.id, name)


def test_den_haag_and_den_bosch_lead_to_their_gemeente() -> None:
    assert ["gemeente", "gemeenten/s-gravenhage/"] in pages_named("Den Haag")
    assert ["gemeente", "gemeenten/s-hertogenbosch/"] in pages_named("Den Bosch")


def test_a_theme_is_found_under_its_short_title_and_the_name_in_its_address() -> None:
    for thema in DATASET.themas:
        for name in (thema.korte_titel, thema.id):
            assert ["thema", urls.thema_url(thema)] in pages_named(name), (thema.id, name)


def test_partners_and_provincies_are_found_by_name() -> None:
    for partner in DATASET.partners:
        assert ["partner", urls.partner_url(partner)] in pages_named(partner.naam), partner.id
    for provincie in DATASET.provincies:
        assert ["provincie", urls.provincie_url(provincie)] in pages_named(provincie.naam), provincie.id
