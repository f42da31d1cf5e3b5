"""The data against the source texts themselves (issue 20).

- A partner cites only sources that name it: its name or an alias occurs, written as the source writes it, in
  every cited source whose text is in the repository's source list (documenten with a 'bestand').
- No description repeats a run of 15 or more consecutive words of a source: our own words, names and titles
  excepted.

The source texts are not part of the repository; they are read from ../shared/seeds next to the checkout (or the
folder in KENNISBANK_BRONTEKSTEN). Where they are not at hand, these tests are skipped and say so. The data is read
with pyyaml, without the kennisbank package, so the check does not depend on the code it checks.
"""

from __future__ import annotations

import os
import re
from functools import cache
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data"
SEEDS = Path(os.environ.get("KENNISBANK_BRONTEKSTEN") or ROOT.parent / "shared" / "seeds")

RUN = 15  # words in a row that count as copied

# Fields that hold identifiers, codes, dates, choices from a list, or names and titles: those are written as the
# sources write them. Every other text field is a description in our own words.
NOT_DESCRIPTIONS = {
    "id",
    "titel",
    "korte_titel",
    "naam",
    "namen",
    "term",
    "voluit",
    "vormen",
    "aliassen",
    "schrijfwijzen",
    "roepnamen",
    "organisaties",
    "auteurs",
    "onderzoeksbureau",
    "onderzoeksbureaus",
    "partners",
    "programma",
    "bestand",
    "url",
    "code",
    "datum",
    "start",
    "gestart",
    "omvang",
    "soort",
    "type",
    "rol",
    "thema",
    "draad",
    "bron",
    "bronnen",
    "behandelt",
    "gemeente",
    "provincie",
    "verdeeld_over",
}
QUALIFIER = re.compile(r"\s*\([^()]*\)$")  # "Werkgeversservicepunt (Twente)": the brackets are ours


def load(name: str):
    return yaml.safe_load((DATA / name).read_text("utf-8"))


@cache
def source_texts() -> dict[str, str]:
    """Document id -> text, for every document in the repository's source list."""
    listed = {d["id"]: d["bestand"] for d in load("documenten.yaml") if d.get("bestand")}
    assert listed, "data/documenten.yaml has no source texts ('bestand')"
    if not SEEDS.is_dir():
        pytest.skip(
            f"the source texts are not at hand: no folder {SEEDS} (set KENNISBANK_BRONTEKSTEN to their "
            "folder to run these checks)"
        )
    missing = sorted(name for name in listed.values() if not (SEEDS / name).is_file())
    if missing:
        pytest.skip(f"the source texts are not at hand: {', '.join(missing)} missing in {SEEDS}")
    return {doc: (SEEDS / name).read_text("utf-8") for doc, name in listed.items()}


# --- Partners and the sources that name them -------------------------------------------------------------------


def spelling(text: str) -> str:
    """Case, curly quotes and spacing do not count; everything else is compared as written."""
    return " ".join(text.replace("’", "'").replace("‘", "'").split()).casefold()


def names_in(name: str, text: str) -> bool:
    """`name` occurs in `text` as a whole name, not inside another word ('COA' is not in 'coach')."""
    return re.search(rf"(?<!\w){re.escape(spelling(name))}(?!\w)", text) is not None


def spellings_of(partner: dict) -> list[str]:
    names = [partner["naam"], *partner["aliassen"]]
    return names + [QUALIFIER.sub("", n) for n in names if QUALIFIER.search(n)]


def named_apart(name: str, text: str, longer: list[str]) -> bool:
    """`name` occurs in `text` as a name of its own, not only inside one of the `longer` names ('Interbeek' only
    in 'Interbeek Support' is no mention of 'Interbeek')."""
    for other in sorted(longer, key=len, reverse=True):
        if len(other) > len(name) and names_in(name, spelling(other)):
            text = re.sub(rf"(?<!\w){re.escape(spelling(other))}(?!\w)", " ", text)
    return names_in(name, text)


def all_spellings() -> list[str]:
    return [n for p in load("partners.yaml") for n in spellings_of(p)]


def test_every_partner_is_named_in_each_source_it_cites() -> None:
    texts = {doc: spelling(text) for doc, text in source_texts().items()}
    longer = all_spellings()
    wrong = [
        f"{p['id']}: cites {doc}, which names none of {spellings_of(p)}"
        for p in load("partners.yaml")
        for doc in p["bronnen"]
        if doc in texts and not any(named_apart(n, texts[doc], longer) for n in spellings_of(p))
    ]
    assert not wrong, "partners citing a source that does not name them:\n" + "\n".join(wrong)


# Two names the sources link only through one pilot, not in one text: (name, alias) -> the pilot that lists one of
# them, whose sources name each. The publication has 're-integratiebedrijf Implacement' in Haarlemmermeer, the
# interim report on vrouwelijke nareizigers 'Samenwerkingspartner Placement' in its section on Haarlemmermeer.
LINKED_THROUGH_A_PILOT = {("Implacement", "Placement"): "vrouwelijke-nareizigers-haarlemmermeer"}


def linked_through_pilot(name: str, alias: str, texts: dict[str, str], longer: list[str]) -> bool:
    pilot_id = LINKED_THROUGH_A_PILOT.get((name, alias))
    pilot = next((r for r in load("pilots.yaml") if r["id"] == pilot_id), None)
    if pilot is None or not {spelling(name), spelling(alias)} & {spelling(p) for p in pilot["partners"]}:
        return False
    cited = [texts[doc] for doc in pilot["bronnen"] if doc in texts]
    return all(any(named_apart(n, text, longer) for text in cited) for n in (name, alias))


def test_a_partner_joins_only_names_that_a_source_joins() -> None:
    """One organisation per record, as the sources name it: the name and each alias are the same words written
    differently, or a source the partner cites names both, each on its own (or they are linked through one pilot,
    LINKED_THROUGH_A_PILOT). Two names that no source links are two records, each citing the source that names it."""
    texts = {doc: spelling(text) for doc, text in source_texts().items()}
    longer = all_spellings()
    wrong = [
        f"{p['id']}: {p['naam']!r} and {alias!r}: no source it cites names both"
        for p in load("partners.yaml")
        for alias in p["aliassen"]
        if words(QUALIFIER.sub("", p["naam"])) != words(QUALIFIER.sub("", alias))
        and not any(
            all(named_apart(QUALIFIER.sub("", n), texts[doc], longer) for n in (p["naam"], alias))
            for doc in p["bronnen"]
            if doc in texts
        )
        and not linked_through_pilot(p["naam"], alias, texts, longer)
    ]
    assert not wrong, "partners joining names that no source joins; make a record for each:\n" + "\n".join(wrong)


def test_every_partner_cites_a_source_text() -> None:
    texts = source_texts()
    without = [p["id"] for p in load("partners.yaml") if not set(p["bronnen"]) & set(texts)]
    assert not without, f"partners that cite none of the source texts: {without}"


def test_the_name_check_reads_whole_names() -> None:
    assert names_in("COA", spelling("met het COA/azc")) and not names_in("COA", spelling("een coach"))
    assert not names_in("Placement", spelling("re-integratiebedrijf Implacement"))
    assert names_in("‘t Gilde", spelling("vrijwilligersorganisatie ’t  Gilde,"))
    assert spellings_of({"naam": "Werkgeversservicepunt (Twente)", "aliassen": []})[-1] == "Werkgeversservicepunt"
    assert not named_apart("Interbeek", spelling("Met Interbeek Support (begeleiding)"), ["Interbeek Support"])
    assert named_apart("Interbeek", spelling("Interbeek Support en taalschool Interbeek."), ["Interbeek Support"])


# --- Descriptions in our own words ------------------------------------------------------------------------------


def words(text: str) -> list[str]:
    """Lower case, without punctuation: 'B1-route' and 'b1 route' are the same two words."""
    return re.findall(r"\w+", text.casefold())


def strings(node, path: tuple = ()):
    """Every text in a YAML tree with the path to it."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield from strings(value, (*path, key))
    elif isinstance(node, list):
        for pos, value in enumerate(node):
            yield from strings(value, (*path, pos))
    elif isinstance(node, str):
        yield path, node


def field_of(path: tuple) -> str | None:
    return next((part for part in reversed(path) if isinstance(part, str)), None)


@cache
def data_files() -> dict[str, object]:
    return {f.name: yaml.safe_load(f.read_text("utf-8")) for f in sorted(DATA.glob("*.yaml"))}


@cache
def names_and_titles() -> list[tuple[str, ...]]:
    """The names and titles in the data (three words or more), as word sequences: in a description they are no
    copied words."""
    found = {
        tuple(words(text))
        for tree in data_files().values()
        for path, text in strings(tree)
        if field_of(path) in NOT_DESCRIPTIONS
    }
    return sorted((n for n in found if len(n) >= 3), key=len, reverse=True)


def own_parts(text: str) -> list[list[str]]:
    """The words of a description, split where a name or title of the data stands."""
    tokens: list[str | None] = list(words(text))
    for name in names_and_titles():
        for i in range(len(tokens) - len(name) + 1):
            if tuple(tokens[i : i + len(name)]) == name:
                tokens[i : i + len(name)] = [None] * len(name)
    parts, current = [], []
    for token in tokens:
        if token is None:
            parts.append(current)
            current = []
        else:
            current.append(token)
    return [*parts, current]


def copied_runs(text: str, runs: dict[tuple[str, ...], str]) -> list[tuple[str, str]]:
    """(copied words, source id) for each run of RUN or more words of `text` that stands in a source."""
    found = []
    for part in own_parts(text):
        hits = [i for i in range(len(part) - RUN + 1) if tuple(part[i : i + RUN]) in runs]
        start = end = None
        for i in hits + [None]:
            if i is not None and end is not None and i <= end:
                end = i + RUN
                continue
            if start is not None:
                found.append((" ".join(part[start:end]), runs[tuple(part[start : start + RUN])]))
            if i is not None:
                start, end = i, i + RUN
    return found


@cache
def source_runs() -> dict[tuple[str, ...], str]:
    runs: dict[tuple[str, ...], str] = {}
    for doc, text in source_texts().items():
        tokens = words(text)
        for i in range(len(tokens) - RUN + 1):
            runs.setdefault(tuple(tokens[i : i + RUN]), doc)
    return runs


def where(tree, path: tuple) -> str:
    record = tree[path[0]] if isinstance(tree, list) and path and isinstance(path[0], int) else None
    label = record.get("id") if isinstance(record, dict) else None
    rest = path[1:] if label else path
    return f"{label or ''} {'.'.join(str(p) for p in rest)}".strip()


def test_no_description_repeats_fifteen_words_of_a_source() -> None:
    runs = source_runs()
    copies = [
        f"data/{name} {where(tree, path)}: {copied!r} (from {doc})"
        for name, tree in data_files().items()
        for path, text in strings(tree)
        if field_of(path) not in NOT_DESCRIPTIONS
        for copied, doc in copied_runs(text, runs)
    ]
    assert not copies, (
        f"descriptions that repeat {RUN} or more words of a source; write them in our own words:\n" + "\n".join(copies)
    )


def test_the_copy_check_finds_a_run_and_skips_names_and_titles() -> None:
    sentence = "een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien"
    runs = {tuple(words(sentence)[i : i + RUN]): "bron" for i in range(2)}
    assert copied_runs(f"Zo: {sentence.upper()}!", runs) == [(sentence, "bron")]
    assert copied_runs(" ".join(words(sentence)[: RUN - 1]), runs) == []
    # A title of the data between as many words of the source as may be copied: every run of fifteen words in
    # this text stands in the source, but each one contains (part of) the title.
    title = list(names_and_titles()[-1])
    around = words(sentence)[: RUN - 1]
    source = [*around, *title, *around]
    runs = {tuple(source[i : i + RUN]): "bron" for i in range(len(source) - RUN + 1)}
    assert copied_runs(" ".join(source), runs) == []
