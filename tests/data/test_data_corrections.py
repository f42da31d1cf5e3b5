"""Corrections from a review of the data against the seeds (issue 9): each fact as the source says it."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup
from conftest import ROOT

from kennisbank.data.loading import load_dataset

DATA = load_dataset(ROOT / "data")


def test_rotterdam_start_is_unknown_and_the_takeover_is_described() -> None:
    rotterdam = DATA.record("li-rotterdam")
    assert rotterdam.gestart is None  # 1 September 2019 is when TopTaal took over, not when the Taalstart began
    assert "Sinds 1 september 2019 voert TopTaal NT2 Experts BV het programma uit" in rotterdam.aanpak


def test_best_boxtel_lesson_keeps_to_the_source_and_names_the_taalschool() -> None:
    record = DATA.record("li-best-boxtel")
    assert "de taalschool (in de bron zonder naam)" in record.partners
    [lesson] = [les.tekst for les in record.lessen if "rolverdeling" in les.tekst]
    assert "ontstond" not in lesson  # no cause and effect the source does not claim
    assert (
        "Volgens de gemeente Best werkte het goed dat iedereen hetzelfde doel had." in lesson
    )  # Best's view, as in the source


def test_knowledge_sessions_where_zoetermeer_and_berkelland_looked_back() -> None:
    zoetermeer = [m for m in DATA.record("ontzorgen-zoetermeer").media if m.soort == "kennissessie"]
    berkelland = [m for m in DATA.record("vrouwelijke-nareizigers-berkelland").media if m.soort == "kennissessie"]
    assert len(zoetermeer) == 1 and "Zoetermeer en Lansingerland vertellen wat zij" in zoetermeer[0].beschrijving
    assert len(berkelland) == 1 and "Berkelland haar belangrijkste lessen" in berkelland[0].beschrijving


def test_divosa_publication_names_its_editors_not_authors(built_site: Path) -> None:
    document = DATA.document("divosa-publicatie")
    assert document.auteurs == ()
    assert [(r.rol, r.namen[0]) for r in document.redactie] == [
        ("Tekstredactie", "Jessica Maas"),
        ("Webredactie", "Jasja van Moorsel (Divosa)"),
    ]
    page = BeautifulSoup(
        (built_site / "onderzoek" / "divosa-publicatie" / "index.html").read_text("utf-8"), "html.parser"
    )
    wie = page.select_one("dl.kb-kort dt:-soup-contains('Wie')").find_next_sibling("dd")
    assert "Auteurs" not in wie.get_text()
    roles = [span.get_text() for span in wie.select(".kb-redactie")]
    assert roles[0].startswith("Tekstredactie: Jessica Maas, Birgit Bakker (SZW)")
    assert roles[1] == "Webredactie: Jasja van Moorsel (Divosa), Caroline Huisman (Divosa)"


def test_groningen_cites_the_provinces_chapter_like_friesland() -> None:
    assert "divosa-publicatie" in DATA.provincie("groningen").bronnen
    assert DATA.provincie("groningen").bronnen == DATA.provincie("friesland").bronnen


def test_interbeek_and_interbeek_support_are_two_partners_each_linked_from_its_pilot() -> None:
    # Issue 28: the Lochem/Brummen appendix names taalaanbieder Interbeek, the publication Interbeek Support in
    # Berkelland; no source links the two.
    lochem, berkelland = DATA.record("duaal-lochem"), DATA.record("vrouwelijke-nareizigers-berkelland")
    assert DATA.partner_named(next(p for p in lochem.partners if "Interbeek" in p)).id == "interbeek"
    assert DATA.partner_named(next(p for p in berkelland.partners if "Interbeek" in p)).id == "interbeek-support"
    assert DATA.partner("interbeek").bronnen == ("bijlage-lochem-brummen",)
    assert DATA.partner("interbeek-support").bronnen == ("divosa-publicatie",)
    assert "interbeek-support" not in DATA.partner("interbeek").oude_ids


def test_definitions_and_descriptions_claim_no_more_than_their_source() -> None:
    # Issue 28: the publication gives Amsterdam's twelve weeks and De Fryske Marren's talks as examples, no range;
    # it gives no cause for starting the brede intake in the azc; and it calls Babet van den Broek 'destijds
    # betrokken bij de opzet van de aanpak en beleidsmedewerker', without saying which of the two was in the past.
    begrippen = {b.id: b for b in DATA.begrippen}
    assert "van een paar gesprekken tot" not in begrippen["brede-intake"].kort
    assert "bijvoorbeeld" in begrippen["brede-intake"].kort
    assert "daarom" not in begrippen["statushouder"].uitleg
    [interview] = [m for m in DATA.record("li-eindhoven").media if "Babet van den Broek" in m.beschrijving]
    assert "meewerkte" not in interview.beschrijving
    assert "destijds betrokken bij het opzetten van de aanpak en beleidsmedewerker" in interview.beschrijving
    # The Lochem/Brummen appendix names no maker; nothing calls it Regioplan's.
    assert "Regioplan" not in DATA.record("duaal-lochem").doelgroep.aantal_toelichting
    appendix = DATA.document("bijlage-lochem-brummen")
    assert appendix.organisaties == () and "regioplan-bijlage-lochem-brummen" in appendix.oude_ids
    assert "noemt geen maker" in appendix.organisaties_toelichting and "divosa-publicatie" in appendix.bronnen
