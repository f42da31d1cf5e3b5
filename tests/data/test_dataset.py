"""The dataset itself: complete, faithful to the publication's appendix, consistent with CBS 2020."""

from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path

import pytest

from kennisbank.data import geo
from kennisbank.data.loading import load_dataset
from kennisbank.data.model import Dataset
from kennisbank.views.derive import key_figures, participating_gemeenten

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data"

# The appendix "Overzicht pilotgemeenten" of the Divosa publication, transcribed by hand:
# pilot id -> (hoofdaanvrager, deelnemers). It is the authoritative list of participants.
APPENDIX = {
    "b1-route-almelo": ("almelo", {"twenterand", "hellendoorn", "rijssen-holten", "wierden", "tubbergen"}),
    "b1-route-delft": ("delft", {"rijswijk"}),
    "b1-route-kampen": ("kampen", set()),
    "b1-route-oss": ("oss", {"cuijk", "uden"}),
    "b1-route-s-hertogenbosch": ("s-hertogenbosch", set()),
    "b1-route-sittard-geleen": ("sittard-geleen", {"stein", "beek"}),
    "brede-intake-amsterdam": ("amsterdam", set()),
    "brede-intake-de-fryske-marren": ("de-fryske-marren", set()),
    "brede-intake-hoorn": ("hoorn", {"drechterland", "enkhuizen", "koggenland", "medemblik", "opmeer", "stede-broec"}),
    "brede-intake-nuenen": ("nuenen-gerwen-en-nederwetten", {"son-en-breugel", "best", "oirschot"}),
    "brede-intake-rijswijk": ("rijswijk", {"delft", "pijnacker-nootdorp", "westland"}),
    "brede-intake-weert": ("weert", {"nederweert"}),
    "duaal-arnhem": ("arnhem", set()),
    "duaal-dordrecht": ("dordrecht", set()),
    "duaal-hengelo": ("hengelo", {"borne", "haaksbergen"}),
    "duaal-hoeksche-waard": ("hoeksche-waard", set()),
    "duaal-lochem": ("lochem", {"brummen"}),
    "duaal-nederweert": ("nederweert", {"weert", "cranendonck"}),
    "duaal-roermond": ("roermond", {"leudal"}),
    "duaal-tilburg": (
        "tilburg",
        {"hilvarenbeek", "goirle", "alphen-chaam", "baarle-nassau", "dongen", "oisterwijk", "gilze-en-rijen"},
    ),
    "duaal-vijfheerenlanden": ("vijfheerenlanden", {"gorinchem", "molenlanden"}),
    "ontzorgen-capelle-aan-den-ijssel": ("capelle-aan-den-ijssel", {"krimpen-aan-den-ijssel", "zuidplas"}),
    "ontzorgen-den-haag": ("s-gravenhage", set()),
    "ontzorgen-edam-volendam": ("edam-volendam", {"waterland", "landsmeer"}),
    "ontzorgen-geertruidenberg": ("geertruidenberg", {"altena"}),
    "ontzorgen-hendrik-ido-ambacht": ("hendrik-ido-ambacht", {"papendrecht"}),
    "ontzorgen-zoetermeer": ("zoetermeer", {"lansingerland"}),
    "vrouwelijke-nareizigers-berkelland": ("berkelland", {"bronckhorst"}),
    "vrouwelijke-nareizigers-de-bilt": ("de-bilt", {"bunnik"}),
    "vrouwelijke-nareizigers-haarlemmermeer": ("haarlemmermeer", set()),
    "vrouwelijke-nareizigers-meierijstad": ("meierijstad", {"boxtel", "haaren", "sint-michielsgestel", "vught"}),
    "vrouwelijke-nareizigers-midden-drenthe": ("midden-drenthe", {"hoogeveen", "de-wolden"}),
    "vrouwelijke-nareizigers-utrecht": ("utrecht", set()),
    "z-route-berg-en-dal": ("berg-en-dal", {"beuningen", "heumen", "mook-en-middelaar"}),
    "z-route-best": ("best", {"nuenen-gerwen-en-nederwetten"}),
    "z-route-enschede": ("enschede", {"hof-van-twente", "losser", "oldenzaal", "dinkelland"}),
    "z-route-haarlem": ("haarlem", {"zandvoort", "heemstede", "bloemendaal"}),
    "z-route-midden-groningen": ("midden-groningen", set()),
    "z-route-velsen": ("velsen", set()),
}


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return load_dataset(DATA)


def test_counts_match_the_programme(dataset: Dataset) -> None:
    figures = key_figures(dataset)
    assert figures.pilots == 39
    assert figures.deelnemende_gemeenten == 97
    assert figures.lopende_initiatieven == 10
    assert figures.themas == 6
    assert len(dataset.rode_draden) == 5
    assert figures.provincies == 12


def test_six_pilots_per_theme_and_nine_duale_trajecten(dataset: Dataset) -> None:
    per_theme = Counter(record.thema for record in dataset.pilots)
    assert per_theme == {
        "b1-route": 6,
        "brede-intake": 6,
        "duaal": 9,
        "ontzorgen": 6,
        "vrouwelijke-nareizigers": 6,
        "z-route": 6,
    }


def test_roles_follow_the_appendix_exactly(dataset: Dataset) -> None:
    assert {pilot.id for pilot in dataset.pilots} == set(APPENDIX)
    for pilot in dataset.pilots:
        head, members = APPENDIX[pilot.id]
        assert pilot.hoofdaanvrager == head, pilot.id
        assert set(pilot.gemeenten_met_rol("deelnemer")) == members, pilot.id


def test_gemeenten_only_named_in_descriptions_are_betrokken(dataset: Dataset) -> None:
    betrokken = {
        p.id: set(p.gemeenten_met_rol("betrokken")) for p in dataset.pilots if p.gemeenten_met_rol("betrokken")
    }
    assert betrokken == {
        "b1-route-oss": {"boxmeer", "sint-anthonis", "grave", "mill-en-sint-hubert"},
        "ontzorgen-geertruidenberg": {"drimmelen", "oosterhout"},
        "z-route-best": {"son-en-breugel", "oirschot"},
    }


def test_union_of_participants_is_the_97_of_the_publication(dataset: Dataset) -> None:
    from_appendix = {head for head, _ in APPENDIX.values()} | set().union(*(m for _, m in APPENDIX.values()))
    assert {g.id for g in participating_gemeenten(dataset)} == from_appendix
    assert len(from_appendix) == 97


def test_every_gemeente_is_used_and_modelled_once(dataset: Dataset) -> None:
    used = {role.gemeente for record in dataset.records for role in record.gemeenten}
    assert used == {g.id for g in dataset.gemeenten if g.in_gegevens}  # gemeenten.yaml: only those in a record
    assert len(dataset.gemeenten) == 355  # the others come from the CBS boundaries
    assert len({g.code for g in dataset.gemeenten}) == len({g.id for g in dataset.gemeenten}) == 355


def test_gemeente_provincie_follows_the_cbs_boundaries(dataset: Dataset) -> None:
    gemeenten = {a.code: a for a in geo.read_areas(DATA / "geo" / geo.GEMEENTE_FILE)}
    provincies = {a.code: a for a in geo.read_areas(DATA / "geo" / geo.PROVINCIE_FILE)}
    for gemeente in dataset.gemeenten:
        area = gemeenten[gemeente.code]
        assert area.naam == gemeente.naam
        point = geo.interior_point(area)
        assert geo.contains(area, point)
        assert geo.contains(provincies[dataset.provincie(gemeente.provincie).code], point), gemeente.id


def test_names_people_search_by(dataset: Dataset) -> None:
    assert "Den Haag" in dataset.gemeente("s-gravenhage").alle_namen
    assert "Den Bosch" in dataset.gemeente("s-hertogenbosch").alle_namen
    assert "Nuenen" in dataset.gemeente("nuenen-gerwen-en-nederwetten").alle_namen
    for old in ("Boxmeer", "Cuijk", "Grave", "Mill en Sint Hubert", "Sint Anthonis"):
        gemeente = next(g for g in dataset.gemeenten if g.naam == old)
        assert gemeente.later and gemeente.later.namen == ("Land van Cuijk",) and gemeente.later.jaar == 2022
    haaren = dataset.gemeente("haaren")
    assert haaren.later and haaren.later.soort == "verdeeld_over" and haaren.later.jaar == 2021
    assert {"Schijndel", "Sint-Oedenrode", "Veghel"} <= set(dataset.gemeente("meierijstad").alle_namen)


def test_every_change_after_2020_names_an_official_source(dataset: Dataset) -> None:
    assert dataset.herindelingen
    for herindeling in dataset.herindelingen:
        assert "CBS, Gemeentelijke indeling op 1 januari" in herindeling.bron or "Staatsblad" in herindeling.bron
    # Merger facts before 2020 cite the CBS overview of their year on the page; no unverified web addresses.
    assert "https://" not in (DATA / "gemeenten.yaml").read_text("utf-8")


def test_documents_cover_reports_evaluations_and_seeds(dataset: Dataset) -> None:
    types = Counter(d.type for d in dataset.documenten)
    assert types["eindrapportage"] == 6
    assert types["syntheseonderzoek"] == 1
    assert types["evaluatie"] == 10
    assert types["tussenrapportage"] == 7  # Z-route had two
    assert {d.bestand for d in dataset.documenten if d.bestand} == {
        "000_19585e27253a81d1.txt",
        "001_319006094fb954e8.txt",
        "002_2d4a698d9f5c77ff.txt",
        "003_d750300ee429dfbf.txt",
        "004_a14cd1e174f64277.txt",
    }
    evaluated = [record for d in dataset.documenten if d.type == "evaluatie" for record in d.behandelt]
    assert sorted(evaluated) == sorted(r.id for r in dataset.lopende_initiatieven)
    for thema in dataset.themas:
        final = [d for d in dataset.documenten if d.type == "eindrapportage" and d.thema == thema.id]
        assert len(final) == 1 and set(final[0].behandelt) == {p.id for p in dataset.pilots if p.thema == thema.id}


def test_records_are_complete_and_sourced(dataset: Dataset) -> None:
    for record in dataset.records:
        assert record.bronnen and record.aanpak and record.doelgroep.omschrijving, record.id
        assert record.rode_draden, record.id
        if not record.is_pilot:
            assert record.onderzoeksbureaus and record.werkwijze and record.thema is None, record.id


def test_lochem_lessons_come_from_the_lochem_brummen_appendix(dataset: Dataset) -> None:
    lochem = dataset.record("duaal-lochem")
    assert lochem.doelgroep.aantal == 36
    assert len([les for les in lochem.lessen if les.bron == "bijlage-lochem-brummen"]) >= 5


def test_no_web_addresses_in_the_programme_data(dataset: Dataset) -> None:
    """Media are described as text; the sources' links are not reproduced (and none may be invented).
    The one exception is where to read a document (`url`): an address one of the document's own sources
    gives (the report's colofon, or the publication's colofon or 'Lees meer op …'), with its kind of link."""
    allowed = {d.url for d in dataset.documenten if d.url}
    for name in ("pilots.yaml", "themas.yaml", "documenten.yaml", "rode_draden.yaml"):
        text = (DATA / name).read_text("utf-8").replace("https://json-schema", "")
        for url in allowed:
            text = text.replace(f'url: "{url}"', "")
        assert "http://" not in text and "https://" not in text, name
    seeds = ROOT.parent.parent / "shared" / "seeds"
    for document in (d for d in dataset.documenten if d.url):
        assert document.link_soort in ("rapport", "website"), document.id
        files = [seeds / f for f in (dataset.document(b).bestand for b in document.bronnen) if f]
        assert files, f"{document.id}: an address only from a source document's own text"
        texts = [f.read_text("utf-8") for f in files if f.is_file()]  # the seeds are not part of a clean clone
        if texts:
            bare = document.url.removeprefix("https://").removeprefix("http://")
            assert any(bare in text for text in texts), document.id


def test_geo_files_are_the_verified_copies() -> None:
    expected = {
        "gemeente_2020.topojson": "e44db19d67ebc7e58aebf7a62635c374df27febd31e6bc4c71ee00a4277a7335",
        "provincie_2020.topojson": "60cea7a57a5992474909fd73369a1a3dc2ad56f687810661c8c217555c9791c4",
    }
    for name, digest in expected.items():
        assert hashlib.sha256((DATA / "geo" / name).read_bytes()).hexdigest() == digest
    assert "Bron: CBS, Kadaster/PDOK" in (DATA / "geo" / "README.md").read_text("utf-8")
