"""Warnings about text that is safe but will not look as the editor meant: typed HTML is shown as
literal text, a `javascript:` link is dropped, and a very long title breaks overviews and search
results. Warnings never stop `kennisbank validate` or the build."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from kennisbank.common.text import dutch_date
from kennisbank.data.datafile import DataFile
from kennisbank.data.datum import bouwdatum, is_later
from kennisbank.data.model import partner_key
from kennisbank.data.problems import WARNING_LABEL, Problem
from kennisbank.data.schema_check import field_label
from kennisbank.data.themawissel import moved_pilots

_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_JAVASCRIPT = re.compile(r"javascript\s*:", re.IGNORECASE)
MAX_TITLE = 120
DATE_FIELDS = {"datum", "start", "gestart"}  # the fields of the date form (schemas: format kb-datum)
# Pictographs and symbols of the emoji blocks (and the joiner and variation selector that build them up).
_EMOJI = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d]")
TITLE_FIELDS = {"titel", "korte_titel", "naam", "term"}  # what names a record on pages, in search and downloads
# Fields whose text is looked up elsewhere (names, titles, ids of partners and gemeenten).
NAME_FIELDS = {"naam", "titel", "term", "aliassen", "partners", "roepnamen", "schrijfwijzen", "vormen", "korte_titel"}


def _strings(value: Any, path: tuple[Any, ...]) -> Iterable[tuple[tuple[Any, ...], str]]:
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _strings(child, path + (key,))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _strings(child, path + (index,))
    elif isinstance(value, str):
        yield path, value


def _warning(path: tuple[Any, ...], text: str) -> str | None:
    field = field_label(path[1:])
    if _JAVASCRIPT.search(text):
        return (
            f"veld '{field}': de tekst bevat 'javascript:'; zo'n link wordt niet als link getoond. "
            "Gebruik een gewoon webadres dat begint met https://"
        )
    tag = _TAG.search(text)
    if tag:
        return (
            f"veld '{field}': de tekst bevat HTML ({tag.group(0)}); die wordt niet uitgevoerd maar letterlijk "
            "als tekst getoond. Haal de tag weg, of gebruik Markdown: *schuin*, **vet**, [tekst](https://…)"
        )
    if path[-1] in TITLE_FIELDS and (emoji := _EMOJI.search(text)):
        return (
            f"veld '{field}': de naam bevat een emoji ({emoji.group(0)}); namen en titels staan in koppen, "
            "paginatitels, zoekresultaten en de downloads, waar een emoji niet past en schermlezers hem "
            "voorlezen. Schrijf de naam zoals de bron hem noemt, zonder emoji"
        )
    if path[-1] == "titel" and len(text) > MAX_TITLE:
        return (
            f"veld '{field}': de titel is {len(text)} tekens lang; houd een titel onder {MAX_TITLE} tekens, "
            "zodat hij in overzichten en zoekresultaten leesbaar blijft, en zet details in de beschrijving"
        )
    return None


def _future(kind: str, path: tuple[Any, ...], text: str, vandaag: str) -> str | None:
    """A date after the day the site is built for: never stated as already done."""
    if path[-1] not in DATE_FIELDS or not is_later(text, vandaag):
        return None
    when = f"{dutch_date(text)} ligt na de bouwdatum ({dutch_date(vandaag)})"
    if kind == "herindelingen":
        return (
            f"veld 'datum': {when}. Tot die dag noemt de gemeentepagina de wijziging aangekondigd ('wordt op "
            f"{dutch_date(text)} deel van …') en gelden de oude namen nog; controleer de datum in de bekendmaking"
        )
    return (
        f"veld '{field_label(path[1:])}': {when}; een feit uit de bronnen ligt zelden in de toekomst. Controleer "
        "de datum in de bron"
    )


def _as_warning(problem: Problem) -> Problem:
    return Problem(problem.file, problem.line, problem.col, f"{WARNING_LABEL}: {problem.message}")


def _spaces(path: tuple[Any, ...], text: str) -> str | None:
    """A name or title with a space at its start or end looks the same but no longer matches elsewhere."""
    if (path[-1] in NAME_FIELDS or (len(path) > 1 and path[-2] in NAME_FIELDS)) and text != text.strip():
        return (
            f"veld '{field_label(path[1:])}': er staat een spatie aan het begin of eind van '{text.strip()}'; "
            "haal die weg, anders herkent de kennisbank de naam niet overal"
        )
    return None


def _same_titles(file: DataFile) -> list[Problem]:
    first: dict[str, int] = {}
    found = []
    for index, item in file.items():
        title = item.get("titel")
        if not isinstance(title, str):
            continue
        key = " ".join(title.split()).casefold()
        if key in first:
            line = file.source.position((first[key], "titel"))[0]
            found.append(
                file.problem(
                    (index, "titel"),
                    (
                        f"veld 'titel': dezelfde titel staat ook op regel {line}; lezers kunnen de twee dan niet uit elkaar "
                        "houden in overzichten en zoekresultaten. Maak de titels verschillend"
                    ),
                )
            )
        else:
            first[key] = index
    return found


def _partner_names(files: dict[str, DataFile], before: dict[str, Any] | None) -> list[Problem]:
    """A partner name in a pilot that is not in partners.yaml: a near miss of a known name gets 'bedoelt u'; a name
    that is new since the earlier version is told it will have no page of its own yet."""
    if "partners" not in files or "pilots" not in files:
        return []
    known = {
        partner_key(name): name
        for _, item in files["partners"].items()
        for name in [item.get("naam"), *(item.get("aliassen") if isinstance(item.get("aliassen"), list) else [])]
        if isinstance(name, str)
    }
    earlier = {
        partner_key(name)
        for item in (before or {}).get("pilots") or []
        if isinstance(item, dict)
        for name in item.get("partners") or []
        if isinstance(name, str)
    }
    found = []
    for index, item in files["pilots"].items():
        names = item.get("partners") if isinstance(item.get("partners"), list) else []
        for pos, name in enumerate(names):
            if not isinstance(name, str) or partner_key(name) in known:
                continue
            close = difflib.get_close_matches(partner_key(name), list(known), n=1, cutoff=0.85)
            field = f"veld 'partners[{pos + 1}]'"
            if close:
                found.append(
                    files["pilots"].problem(
                        (index, "partners", pos),
                        (
                            f"{field}: '{name}' lijkt op de partner '{known[close[0]]}' uit data/partners.yaml; bedoelt u die? "
                            "Schrijf de naam zoals daar, dan krijgt hij een link naar de pagina van de partner"
                        ),
                    )
                )
            elif before is not None and partner_key(name) not in earlier:
                found.append(
                    files["pilots"].problem(
                        (index, "partners", pos),
                        (
                            f"{field}: '{name}' staat niet in data/partners.yaml en krijgt daarom geen eigen pagina. Is het "
                            "een organisatie, voeg haar daar dan toe (met de bron die haar noemt); een algemene omschrijving "
                            "zoals 'lokale werkgevers' kan zo blijven"
                        ),
                    )
                )
    return found


def check_text(
    files: dict[str, DataFile], before: dict[str, Any] | None = None, vandaag: str | None = None
) -> list[Problem]:
    """Warnings ('waarschuwing: ...') for every text field of every data file, titles used twice, dates after
    the build date and partner names that will not link to a partner page. `before`: the earlier version's
    files (to tell new names)."""
    vandaag = vandaag or bouwdatum()
    warnings = []
    for file in files.values():
        for index, item in file.items():
            for path, text in _strings(item, (index,)):
                message = _warning(path, text) or _spaces(path, text) or _future(file.kind, path, text, vandaag)
                if message:
                    warnings.append(_as_warning(file.problem(path, message)))
        warnings += [_as_warning(p) for p in _same_titles(file)]
        for path, line, col in file.source.folded_lists:
            problem = file.problem(
                path,
                (
                    f"veld '{field_label(path[1:])}': deze tekst begint met > (gevouwen): YAML zet alle regels achter "
                    "elkaar, dus de lijst komt op één regel te staan. Schrijf | in plaats van >, dan blijven de regels "
                    "(en de lijst) staan"
                ),
            )
            warnings.append(_as_warning(replace(problem, line=line, col=col)))
    warnings += [_as_warning(p) for p in _partner_names(files, before) + moved_pilots(files, before)]
    return sorted(warnings)
