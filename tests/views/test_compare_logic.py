"""Pure logic behind issue 12: related records, the timeline, citations and the shading scale."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from conftest import ROOT

from kennisbank.data.loading import load_dataset
from kennisbank.data.model import Dataset
from kennisbank.render.shading import MIN_CONTRAST, SCALE, contrast, level_of, shade, shades
from kennisbank.render.timeline_svg import timeline_svg
from kennisbank.views.citation import NO_YEAR, citation
from kennisbank.views.compare import MAX_RECORDS, ROWS, compare_json, compare_rows_files, default_selection, rows
from kennisbank.views.related import related_records
from kennisbank.views.timeline import programme_timeline


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return load_dataset(ROOT / "data")


def test_every_record_has_at_least_three_related_records_with_reasons(dataset: Dataset) -> None:
    for record in dataset.records:
        related = related_records(dataset, record)
        assert len(related) >= 3, record.id
        assert all(item.record.id != record.id for item in related)
        assert all(item.reasons for item in related)
        assert len({item.record.id for item in related}) == len(related)


def test_related_records_are_deterministic_and_ordered_by_score_then_title(dataset: Dataset) -> None:
    record = dataset.record("duaal-lochem")
    first = related_records(dataset, record)
    again = related_records(load_dataset(ROOT / "data"), load_dataset(ROOT / "data").record("duaal-lochem"))
    assert [r.record.id for r in first] == [r.record.id for r in again]
    scores = [r.score for r in first]
    assert scores == sorted(scores, reverse=True)
    for a, b in zip(first, first[1:]):
        if a.score == b.score:
            assert a.record.titel.lower() <= b.record.titel.lower()


def test_related_reasons_name_what_is_shared(dataset: Dataset) -> None:
    oss = dataset.record("b1-route-oss")
    reasons = {r.record.id: r.reasons for r in related_records(dataset, oss, limit=50)}
    # The same theme and both in Noord-Brabant.
    assert "zelfde thema: B1-route" in reasons["b1-route-s-hertogenbosch"]
    assert "in de buurt: ook in Noord-Brabant" in reasons["b1-route-s-hertogenbosch"]
    # A shared named partner counts; a generic one written in lower case ('werkgevers') does not.
    fryske = related_records(dataset, dataset.record("brede-intake-de-fryske-marren"), limit=50)
    assert any("zelfde partners: " in reason and "COA" in reason for r in fryske for reason in r.reasons)
    assert not any("werkgevers" in reason for r in fryske for reason in r.reasons)


def test_a_group_the_description_leaves_out_is_not_its_doelgroep(dataset: Dataset) -> None:
    from kennisbank.views.related import doelgroep_soorten

    # 'gezinsmigranten vallen erbuiten omdat zij geen uitkering ontvangen'
    assert doelgroep_soorten(dataset.record("duaal-lochem")) == ("mensen met een uitkering",)
    assert "nareizigers en gezinsmigranten" in doelgroep_soorten(dataset.record("vrouwelijke-nareizigers-utrecht"))


def test_ties_are_broken_by_title(dataset: Dataset) -> None:
    record = dataset.record("brede-intake-weert")
    tied = [r for r in related_records(dataset, record, limit=50) if r.score == 4]
    assert [r.record.titel for r in tied] == sorted((r.record.titel for r in tied), key=str.lower)


def test_comparison_selection_and_rows(dataset: Dataset) -> None:
    record = dataset.record("li-achterhoek")
    selection = default_selection(dataset, record)
    assert selection[0] == record and len(selection) == MAX_RECORDS
    table = rows(dataset, record)
    assert len(table) == len(ROWS)
    assert "Oude IJsselstreek (hoofdaanvrager)" in table[0]
    assert table[2] == ("niet in de bronnen",)  # no planned number in the data
    assert "Pharos" in table[4]
    data = compare_json(dataset)
    assert '"rijen":["Gemeenten en hun rol","Doelgroep","Aantal deelnemers","Aanpak","Samen met",' in data
    assert '"leeg":"niet in de bronnen"' in data
    assert "\n" not in data  # compact
    # The list to choose from carries no rows; each record's rows are a file of their own, loaded when needed.
    assert "Pharos" not in data and len(data) < 150 * len(dataset.records)
    files = compare_rows_files(dataset)
    assert len(files) == len(dataset.records)
    assert json.loads(files[f"vergelijk/rijen/{record.id}.json"])["rijen"] == [list(row) for row in table]


def test_timeline_uses_only_dates_from_the_data(dataset: Dataset) -> None:
    timeline = programme_timeline(dataset)
    assert timeline.years == (2019, 2020, 2021)
    starts = [e for e in timeline.dated if e.soort == "start"]
    assert {(e.kort, e.datum) for e in starts} == {(t.korte_titel, t.start) for t in dataset.themas}
    assert [e.datum for e in timeline.dated] == sorted(e.datum for e in timeline.dated)
    for event in timeline.dated:
        if event.soort != "start":
            assert event.datum == next(d.datum for d in dataset.documenten if event.url.endswith(f"/{d.id}/"))
    # Evaluations have no date in the data: listed apart, never given one.
    evaluations = [e for e in timeline.undated if e.soort == "evaluatie"]
    assert len(evaluations) == 10 and all(e.datum is None for e in evaluations)
    assert any(e.titel == "Tussenrapportage pilots Brede intake en PIP" for e in timeline.undated)
    assert "synthese" in timeline.dated[-1].url


def test_an_undated_report_moves_out_of_the_graphic(dataset: Dataset) -> None:
    documents = tuple(replace(d, datum=None) if d.id == "eindrapport-z-route" else d for d in dataset.documenten)
    changed = replace(dataset, documenten=documents, _index={})
    timeline = programme_timeline(changed)
    assert "onderzoek/eindrapport-z-route/" in [e.url for e in timeline.undated]
    svg = timeline_svg(timeline, lambda url: url)
    assert "eindrapport-z-route" not in svg and "eindrapport-ontzorgen" in svg


def test_citation_from_data_only(dataset: Dataset) -> None:
    assert citation(dataset.document("tussenrapportage-vrouwelijke-nareizigers")) == (
        "Marjan de Gruijter, Inge Razenberg, Ruth Yohannes en Marte Sikkema (2020). Evaluatie Pilots "
        "Veranderopgave Inburgering: Vrouwelijke nareizigers en gezinsmigranten – tussenrapportage. "
        "Verwey-Jonker Instituut."
    )
    # The address goes into the citation only when it is the report itself, not the maker's website.
    vj = dataset.document("tussenrapportage-vrouwelijke-nareizigers")
    assert citation(replace(vj, link_soort="rapport")).endswith("Verwey-Jonker Instituut. http://www.verwey-jonker.nl")
    # No authors: the organisation is the author and not repeated; no date: 'z.j.', never a guessed year.
    assert citation(dataset.document("eindrapport-b1-route")).startswith("Sardes (2021). Eindrapportage")
    brede_intake = citation(dataset.document("tussenrapport-brede-intake"))
    assert brede_intake.startswith(f"Significant ({NO_YEAR}). Tussenrapportage")
    # A maker no source names is no author: the title comes first, the note on the likely maker follows in brackets.
    assert citation(dataset.document("bijlage-lochem-brummen")) == (
        "Bijlage 2 – Beschrijving van de pilots: Lochem en Brummen, duaal traject voor statushouders met een "
        f"uitkering ({NO_YEAR}). [De bijlage noemt geen maker. Waarschijnlijk is dat Regioplan: volgens de "
        "Divosa-publicatie onderzocht Regioplan de duale trajecten.]"
    )
    # No maker at all: the title comes first, never an empty '(z.j.).' opening.
    assert citation(dataset.document("nieuwsbericht-eindrapporten")).startswith(
        f"Nieuwsbericht: eindrapporten Ontzorgen en Z-route verschenen ({NO_YEAR})."
    )


def test_shading_is_one_hue_light_to_dark_with_readable_text() -> None:
    for level_shade in shades(9):
        assert contrast(level_shade.background, level_shade.text) >= MIN_CONTRAST
    luminances = [contrast(colour, "#000000") for colour in SCALE]
    assert luminances == sorted(luminances, reverse=True)  # each step darker: readable in greyscale
    assert level_of(0, 9) == 0 and level_of(9, 9) == len(SCALE) - 1 and level_of(1, 9) == 1
    assert shade(0, 9).background != shade(9, 9).background
    assert [s.label for s in shades(4)] == ["0", "1", "2", "3", "4"]


def test_a_partner_counts_as_one_organisation_however_a_record_spells_it(dataset: Dataset) -> None:
    # Utrecht names 'Vluchtelingenwerk Midden Nederland', Haarlemmermeer 'VluchtelingenWerk': the same partner.
    utrecht = dataset.record("vrouwelijke-nareizigers-utrecht")
    assert "Vluchtelingenwerk Midden Nederland" in utrecht.partners
    reasons = {r.record.id: r.reasons for r in related_records(dataset, utrecht, limit=50)}
    assert "zelfde partner: VluchtelingenWerk" in reasons["vrouwelijke-nareizigers-haarlemmermeer"]
    # The comparison shows the one name, with the record's own wording after it.
    met = rows(dataset, utrecht)[ROWS.index("Samen met")]
    assert "VluchtelingenWerk (Vluchtelingenwerk Midden Nederland)" in met
    assert not any(text == "Vluchtelingenwerk Midden Nederland" for text in met)
