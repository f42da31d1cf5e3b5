"""'Wat is er nieuw' and its feed on the real site (built from this repository's git history) speak a reader's
language: no field name, snake_case word, id, commit code or English commit text in any text a reader sees;
one heading per day, newest first, and the feed says the same per day."""

from __future__ import annotations

import html
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import yaml
from bs4 import BeautifulSoup
from conftest import ROOT

from kennisbank.common.text import MONTHS

ATOM = "{http://www.w3.org/2005/Atom}"
SNAKE = re.compile(r"\b[a-z0-9]+_[a-z0-9_]+\b")
COMMIT = re.compile(r"\b(?=[0-9a-f]*[0-9])(?=[0-9a-f]*[a-f])[0-9a-f]{7,40}\b")
DAY = re.compile(rf"\d{{1,2}} ({'|'.join(MONTHS)}) \d{{4}}")
# Field names of the schemas that are ordinary Dutch words (a reader may read 'titel' or 'partners'); every
# other field name (id, url, and all with an underscore) must not appear in what a reader reads.
ORDINARY_DUTCH_WORDS = (
    "aanbevelingen aanpak aantal aliassen auteurs behandelt beschrijving bestand bron bronnen code datum doelgroep "
    "draad gemeente gemeenten gestart introductie jaar kernpunten kort lessen media naam namen nummer omschrijving "
    "omvang onderzoeksbureau onderzoeksbureaus opdrachtgever organisaties partners programma provincie redactie "
    "reden roepnamen rol samenvatting schrijfwijzen soort start status tekst term thema titel toelichting type "
    "uitleg voluit vormen werkwijze"
)
ORDINARY_DUTCH = set(ORDINARY_DUTCH_WORDS.split())
# Words of the English commit messages (and of English change logs) that are no Dutch words.
ENGLISH = {"the", "and", "with", "merge", "branch", "changed", "added", "removed", "updated", "commit", "field"}


def schema_fields() -> set[str]:
    found: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, dict):
            found.update(node.get("properties") or {})
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for path in (ROOT / "src" / "kennisbank" / "data" / "schemas").glob("*.json"):
        walk(json.loads(path.read_text("utf-8")))
    return found


def data_ids() -> set[str]:
    """Every id and earlier id in the data that is no ordinary word (it has a hyphen or a digit)."""
    ids: set[str] = set()
    for path in (ROOT / "data").glob("*.yaml"):
        for item in yaml.safe_load(path.read_text("utf-8")) or []:
            if isinstance(item, dict):
                ids.update(i for i in [item.get("id"), *(item.get("oude_ids") or [])] if isinstance(i, str))
    return {i for i in ids if "-" in i or any(c.isdigit() for c in i)}


def faults(texts: list[str]) -> list[str]:
    """Every text with something a reader should not read, and what it is."""
    fields = {name for name in schema_fields() if name not in ORDINARY_DUTCH}
    ids = data_ids()
    found = []
    for text in texts:
        words = set(re.findall(r"[\w-]+", text))
        lower = {w.lower() for w in re.findall(r"\w+", text)}
        found += [f"veldnaam {m!r} in {text!r}" for m in SNAKE.findall(text)]
        found += [f"veldnaam {w!r} in {text!r}" for w in sorted(lower & fields)]
        found += [f"id {w!r} in {text!r}" for w in sorted(words & ids)]
        found += [f"commitcode {m!r} in {text!r}" for m in COMMIT.findall(text)]
        found += [f"Engels {w!r} in {text!r}" for w in sorted(lower & ENGLISH)]
    return found


def visible_texts(node) -> list[str]:
    return [t.strip() for t in node.find_all(string=True) if t.strip()]


def test_the_page_reads_as_a_reader_expects(built_site: Path) -> None:
    page = BeautifulSoup((built_site / "nieuw" / "index.html").read_text("utf-8"), "html.parser")
    article = page.select_one("article")
    texts = visible_texts(article) + [page.title.get_text()]
    assert faults(texts) == []
    days = [h.get_text(" ", strip=True) for h in article.select("h2")]
    assert days and all(DAY.fullmatch(day) for day in days), days  # one heading per day: its date, nothing more
    assert len(days) == len(set(days))
    dates = [h["id"].removeprefix("dag-") for h in article.select("h2")]
    assert dates == sorted(dates, reverse=True)  # newest first
    toc = [a.get_text(strip=True) for a in page.select(".md-sidebar--secondary a")]
    assert faults(toc) == [] and all(DAY.fullmatch(t) for t in toc if t)


def test_the_feed_says_the_same_per_day(built_site: Path) -> None:
    feed = ET.fromstring((built_site / "nieuw" / "feed.xml").read_text("utf-8"))
    page = BeautifulSoup((built_site / "nieuw" / "index.html").read_text("utf-8"), "html.parser")
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == len(page.select("article h2"))
    for entry, heading in zip(entries, page.select("article h2"), strict=True):
        title = entry.find(f"{ATOM}title").text
        assert title.startswith(heading.get_text(strip=True) + ": ")
        content = BeautifulSoup(html.unescape(entry.find(f"{ATOM}content").text), "html.parser")
        assert faults([title, *visible_texts(content)]) == []
        # The same lines as under the day's heading on the page.
        on_page = []
        for sibling in heading.find_next_siblings():
            if sibling.name == "h2":
                break
            on_page += visible_texts(sibling)
        assert visible_texts(content) == on_page
        assert all(a["href"].startswith("https://") for a in content.select("a"))
        assert entry.find(f"{ATOM}link").get("href").endswith(f"nieuw/#{heading['id']}")
