"""What changed, in a reader's words: each field by the label its page uses, values in plain words (names for
ids, dates in Dutch, a web address by its site), long texts as 'tekst aangepast', lists as what came and went,
a group that came as a whole by its parts; removed and merged records by name; what a reader cannot see
counted in one line; many records with the same change as one line."""

from __future__ import annotations

import pytest
from conftest import ROOT

from kennisbank.data.loading import load_dataset
from kennisbank.data.versions import Commit
from kennisbank.views.changes import Update, by_day, compare
from kennisbank.views.changes_for_readers import ReaderDay, reader_days


@pytest.fixture(scope="module")
def dataset():
    return load_dataset(ROOT / "data")


def said(dataset, before: dict, after: dict) -> ReaderDay:
    update = Update(Commit("0" * 40, "2026-05-04T10:00:00+02:00", "", tuple(after)), compare(before, after))
    [day] = reader_days(dataset, by_day([update]))
    return day


def opening(entry) -> str:
    return "".join(part.text for part in entry.opening)


def record(**more: object) -> dict:
    base = {
        "id": "li-eindhoven",
        "soort": "lopend_initiatief",
        "titel": "Versnelling (Eindhoven)",
        "thema": None,
        "gestart": "2019-09-01",
        "aanpak": "Kort.",
        "media": [{"soort": "interview", "beschrijving": "Een gesprek met twee medewerkers van de gemeente"}],
        "lessen": [{"tekst": "Les een", "bron": "evaluatie-eindhoven"}],
        "bronnen": ["evaluatie-eindhoven"],
        "gemeenten": [{"gemeente": "eindhoven", "rol": "hoofdaanvrager"}],
    }
    return base | more


def test_fields_by_the_pages_labels_and_values_in_words(dataset) -> None:
    after = record(
        gestart="2020-01-15",
        aanpak="Een veel langere beschrijving van wat het initiatief doet, " * 3,
        na_afloop={"status": "loopt door", "toelichting": "Kort gezegd.", "bron": "evaluatie-eindhoven"},
        media=[{"soort": "interview", "beschrijving": "Een gesprek met drie medewerkers"}, {"soort": "video"}],
        lessen=[{"tekst": "Les een, anders", "bron": "evaluatie-eindhoven"}],
        gemeenten=[{"gemeente": "eindhoven", "rol": "hoofdaanvrager"}, {"gemeente": "best", "rol": "betrokken"}],
    )
    day = said(dataset, {"pilots": [record()]}, {"pilots": [after]})
    [entry] = day.entries
    assert opening(entry) == "Lopend initiatief Versnelling (Eindhoven)"
    assert entry.opening[1].address == "lopende-initiatieven/eindhoven/"
    assert entry.lines == (
        "Loopt sinds: 1 september 2019 → 15 januari 2020",
        "Wat het initiatief doet: tekst aangepast",
        "Interviews, video's en werkbezoeken: erbij: Video; Interview aangepast",
        "Wat de bronnen erover leren: 1 les aangepast",
        "Gemeenten: erbij: Best (betrokken)",
        "Na het programma toegevoegd: loopt door",
        "Toelichting bij 'Na het programma' toegevoegd: Kort gezegd.",
    )
    assert day.rest == "" and day.summary == "1 lopend initiatief aangepast"


def test_only_sources_and_internal_fields_are_one_line(dataset) -> None:
    before = [{"id": "agros", "naam": "Agros", "aliassen": [], "bronnen": ["divosa-publicatie"]}]
    after = [{"id": "agros", "naam": "Agros", "aliassen": [], "bronnen": ["evaluatie-eindhoven"], "oude_ids": ["a"]}]
    day = said(dataset, {"partners": before}, {"partners": after})
    assert day.entries == ()
    assert day.rest == "Bij 1 partner zijn bronvermeldingen en andere achterliggende gegevens bijgewerkt."
    assert day.summary == "bronvermeldingen en andere achterliggende gegevens bijgewerkt"


def test_references_by_name_and_web_addresses_by_site(dataset) -> None:
    doc = {"id": "evaluatie-eindhoven", "titel": "Evaluatie", "thema": None, "behandelt": ["li-eindhoven"]}
    changed = doc | {"thema": "ontzorgen", "url": "https://www.example.org/a_b/c", "link_soort": "website"}
    day = said(dataset, {"documenten": [doc]}, {"documenten": [changed]})
    assert day.entries[0].lines == ("Thema toegevoegd: Ontzorgen", "Webadres toegevoegd: www.example.org")


def test_many_records_with_the_same_change_are_one_line_with_their_names(dataset) -> None:
    ids = ["agros", "avres", "coa", "pharos"]
    before = [{"id": i, "naam": i.capitalize(), "aliassen": []} for i in ids]
    after = [{"id": i, "naam": i.capitalize(), "aliassen": ["Stichting"]} for i in ids]
    [entry] = said(dataset, {"partners": before}, {"partners": after}).entries
    assert opening(entry) == "4 partners: Agros, Avres, Coa en Pharos"
    assert entry.lines == ("In de bronnen ook: erbij: Stichting",)


def test_removed_and_merged_records_by_their_last_name(dataset) -> None:
    kept = {"id": "gilde-opleidingen", "naam": "Gilde Opleidingen"}
    before = [kept, {"id": "gilde-educatie", "naam": "Gilde Educatie"}, {"id": "weg", "naam": "Oud"}]
    after = [kept | {"oude_ids": ["gilde-educatie"]}]
    day = said(dataset, {"partners": before}, {"partners": after})
    assert [opening(entry) for entry in day.entries] == [
        "Partner Gilde Educatie is samengevoegd met Gilde Opleidingen",
        "Verwijderd: partner Oud",
    ]
    assert day.entries[0].opening[-1].address == "partners/gilde-opleidingen/"
    assert all(part.address is None for part in day.entries[1].opening)
    assert day.rest == "Verder zijn bij 1 partner achterliggende gegevens bijgewerkt."
    assert day.summary == "1 partner samengevoegd; 1 partner verwijderd"


def test_a_record_without_a_name_is_named_by_what_it_is(dataset) -> None:
    split = {"id": "haaren-2021", "soort": "splitsing", "datum": "2021-01-01", "gemeenten": ["haaren"]}
    [entry] = said(dataset, {"herindelingen": []}, {"herindelingen": [split]}).entries
    assert opening(entry) == "Nieuw: herindeling splitsing van Haaren"
