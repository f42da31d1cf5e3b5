"""The makers of documents against the source texts themselves (issue 28).

A document's maker ('organisaties') and authors ('auteurs') are in the data only where a source names them:

- the document's own text, where it is one of the source texts ('bestand');
- a line of a source the document cites that names both the document's title and the maker ('Handreiking
  leerroutes (Divosa, maart 2020)');
- for research reports (eind- and tussenrapportages, evaluaties, the syntheseonderzoek): the 'Onderzoeksbureau:'
  line of the publication's section that covers the report — the section whose heading names the report's theme,
  a gemeente of the lopend initiatief it evaluates or its kind, or whose text names its title. Such a line covers
  the research of that section and nothing else: not an appendix that happens to be on the same theme.

A maker that is only inferred ('the publication says Regioplan researched the duale trajecten, so Regioplan
probably wrote this appendix') is no maker: it belongs in 'organisaties_toelichting', in words, with its source.

The source texts are read from ../shared/seeds next to the checkout (or KENNISBANK_BRONTEKSTEN), as in
test_bronnen.py; where they are not at hand, these tests are skipped and say so.
"""

from __future__ import annotations

import re
from functools import cache

from test_bronnen import load, names_in, source_texts, spelling

RESEARCH = {"eindrapportage", "tussenrapportage", "evaluatie", "syntheseonderzoek"}
BUREAU_LINE = re.compile(r"^Onderzoeksbureaus?:\s*(.+)$")


def sections(text: str) -> list[tuple[str, str, str]]:
    """(heading, 'Onderzoeksbureau:' line, section text) for each such line of a source text: the heading is the
    last line with text before it, the section runs to the next such line."""
    lines = text.splitlines()
    starts = [i for i, line in enumerate(lines) if BUREAU_LINE.match(line.strip())]
    found = []
    for pos, start in enumerate(starts):
        heading = next((line.strip() for line in reversed(lines[:start]) if line.strip()), "")
        end = starts[pos + 1] if pos + 1 < len(starts) else len(lines)
        found.append((heading, BUREAU_LINE.match(lines[start].strip()).group(1), "\n".join(lines[start:end])))
    return found


@cache
def theme_names() -> dict[str, tuple[str, str]]:
    return {t["id"]: (t["titel"], t["korte_titel"]) for t in load("themas.yaml")}


@cache
def gemeente_names() -> dict[str, str]:
    return {g["id"]: g["naam"] for g in load("gemeenten.yaml")}


@cache
def initiatives() -> dict[str, dict]:
    """The lopende initiatieven (each evaluated by a bureau the municipality chose), by id."""
    return {r["id"]: r for r in load("pilots.yaml") if r["soort"] != "pilot"}


def covers(heading: str, section: str, document: dict) -> bool:
    """Whether a section of the publication is about this research report."""
    heading, section = spelling(heading), spelling(section)
    if document.get("thema") and any(spelling(name) == heading for name in theme_names()[document["thema"]]):
        return True
    evaluated = [initiatives()[r] for r in document["behandelt"] if r in initiatives()]
    if any(names_in(gemeente_names()[g["gemeente"]], heading) for r in evaluated for g in r["gemeenten"]):
        return True
    return names_in(document["type"], heading) or names_in(document["titel"], section)


def named_by_a_source(maker: str, document: dict, texts: dict[str, str]) -> bool:
    if document["id"] in texts and names_in(maker, spelling(texts[document["id"]])):
        return True
    cited = [texts[doc] for doc in document["bronnen"] if doc in texts and doc != document["id"]]
    for text in cited:
        if any(
            names_in(document["titel"], spelling(line)) and names_in(maker, spelling(line))
            for line in text.splitlines()
        ):
            return True
        if document["type"] in RESEARCH and any(
            names_in(maker, spelling(line)) and covers(heading, section, document)
            for heading, line, section in sections(text)
        ):
            return True
    return False


def unnamed_makers(documents: list[dict]) -> list[str]:
    texts = source_texts()
    return [
        f"{d['id']}: {field} {maker!r} is named by none of its sources {list(d['bronnen'])}"
        for d in documents
        if any(doc in texts for doc in d["bronnen"])
        for field in ("organisaties", "auteurs")
        for maker in d.get(field) or ()
        if not named_by_a_source(maker, d, texts)
    ]


def test_every_maker_of_a_document_is_named_by_a_source() -> None:
    wrong = unnamed_makers(load("documenten.yaml"))
    assert not wrong, (
        "documents with a maker no source names; where the maker is only inferred, leave "
        "'organisaties' empty and say so in 'organisaties_toelichting':\n" + "\n".join(wrong)
    )


def test_the_maker_check_tells_a_stated_maker_from_an_inferred_one() -> None:
    documents = {d["id"]: d for d in load("documenten.yaml")}
    # The publication's 'Onderzoeksbureau: Regioplan' covers the duale trajecten's own reports ...
    assert unnamed_makers([documents["eindrapport-duaal"]]) == []
    # ... but not an appendix that is on the same theme, even where it cites the publication.
    appendix = {**documents["bijlage-lochem-brummen"], "organisaties": ["Regioplan"]}
    assert len(unnamed_makers([appendix])) == 1
    # Nor another theme's reports: Sardes researched the B1-route, not the duale trajecten.
    assert len(unnamed_makers([{**documents["eindrapport-duaal"], "organisaties": ["Sardes"]}])) == 1
    # A document that is a source text itself names its own makers.
    assert unnamed_makers([documents["tussenrapportage-vrouwelijke-nareizigers"]]) == []


def test_a_note_on_an_inferred_maker_cites_the_source_it_rests_on() -> None:
    wrong = [
        d["id"]
        for d in load("documenten.yaml")
        if d.get("organisaties_toelichting") and not set(d["bronnen"]) - {d["id"]}
    ]
    assert not wrong, f"'organisaties_toelichting' without a source besides the document itself: {wrong}"
