"""`kennisbank nieuw`: add a new, well-formed record to the right data file, at the place where it
belongs (pilots by thema, then title; gemeenten by id; documents with the others of their type), so
an editor starts from a skeleton instead of a blank page and overview pages list it in order. Fields
the editor still has to fill hold a placeholder, and `kennisbank validate` lists each of them until
they are filled in."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kennisbank.common.text import slugify
from kennisbank.data import geo
from kennisbank.data.datafile import PLACEHOLDER, DataFile
from kennisbank.data.gemeentenamen import CBS, HUIDIG, GemeenteNamen, gemeenten_uit_data, sleutel
from kennisbank.data.loading import DATA_FILES, GEO_DIR, collect_problems
from kennisbank.editor.textfile import TextFile


class ScaffoldError(Exception):
    """A Dutch message for the editor; nothing was written."""


@dataclass(frozen=True)
class Added:
    path: Path
    id: str
    line: int  # where the new record starts
    note: str = ""  # e.g. how a name given by the editor was read


def title_key(title: str) -> str:
    """Order of titles as on the site: accents, case and the apostrophe of 's-Hertogenbosch ignored."""
    bare = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode().lower()
    return re.sub(r"['’]", "", bare)


def _q(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def _todo(what: str) -> str:
    return _q(f"{PLACEHOLDER}: {what}")


def _insert(
    data_dir: Path, file: DataFile, text: str, goes_before: Callable[[int, dict[str, Any]], bool]
) -> tuple[Path, int]:
    """Write `text` before the first record for which `goes_before(record)` holds, or after the last one."""
    path = data_dir / DATA_FILES[file.kind][0]
    file_text = TextFile.read(path)  # line endings, byte-order mark and the last newline stay as the editor had them
    lines = file_text.lines
    while lines and not lines[-1].strip():
        lines.pop()
    new = text.strip("\n").split("\n")
    following = next((index for index, item in file.items() if goes_before(index, item)), None)
    if following is None:
        separated = any(not line.strip() for line in lines[-40:])  # files with blank lines between records
        at = len(lines) + (1 if separated else 0)
        lines += ([""] if separated else []) + new
    else:
        start = file.source.position((following,))[0] - 1
        while start > 0 and lines[start - 1].lstrip().startswith("#"):
            start -= 1  # a comment above a record belongs to it
        separated = start > 0 and not lines[start - 1].strip()
        lines[start:start] = new + ([""] if separated else [])
        at = start + 1
    file_text.final_newline = True
    file_text.write()
    return path, at


def _namen(data_dir: Path, files: dict[str, DataFile]) -> GemeenteNamen:
    cbs = geo.official_names(data_dir / GEO_DIR / geo.GEMEENTE_FILE)
    return GemeenteNamen(
        gemeenten_uit_data(
            (item for _, item in files["gemeenten"].items()), (item for _, item in files["herindelingen"].items())
        ),
        cbs,
    )


def _thema(files: dict[str, DataFile], value: str) -> dict[str, Any]:
    themas = [t for _, t in files["themas"].items()]
    match = [t for t in themas if sleutel(value) in (t.get("id"), sleutel(str(t.get("korte_titel", ""))))]
    if not match:
        raise ScaffoldError(f"onbekend thema '{value}'; kies uit: {', '.join(str(t.get('id')) for t in themas)}")
    return match[0]


def new_pilot(data_dir: Path, thema: str, hoofdaanvrager: str) -> Added:
    files, _ = collect_problems(data_dir)
    chosen = _thema(files, thema)
    thema = chosen["id"]
    gemeenten = {g["id"]: g for _, g in files["gemeenten"].items()}
    note = ""
    if hoofdaanvrager not in gemeenten:
        namen = _namen(data_dir, files)
        found = namen.eenduidig(hoofdaanvrager)
        if found is None:
            raise ScaffoldError(namen.advies(hoofdaanvrager, lambda id_: f"--hoofdaanvrager {id_}"))
        note = f"'{hoofdaanvrager}' is de gemeente {found.naam}, met id '{found.id}'."
        hoofdaanvrager = found.id
    for _, record in files["pilots"].items():
        heads = [
            g.get("gemeente")
            for g in record.get("gemeenten", [])
            if isinstance(g, dict) and g.get("rol") == "hoofdaanvrager"
        ]
        if record.get("thema") == thema and hoofdaanvrager in heads:
            raise ScaffoldError(f"er is al een pilot in dit thema met deze hoofdaanvrager: '{record.get('id')}'")
    record_id = f"{thema}-{hoofdaanvrager}"
    if record_id in files["pilots"].ids():
        raise ScaffoldError(f"er is al een pilot met id '{record_id}'")
    titel = f"{chosen['korte_titel']} {gemeenten[hoofdaanvrager]['naam']}"
    text = f"""- id: {record_id}
  soort: pilot
  titel: {_q(titel)}
  thema: {thema}
  programma: null
  gemeenten:
    - gemeente: {hoofdaanvrager}
      rol: hoofdaanvrager
  doelgroep:
    omschrijving: {_todo("voor wie is de pilot (de 'Voor' uit de publicatie)")}
    aantal: null
    aantal_tot: null
    aantal_toelichting: null
  aanpak: {_todo("de aanpak in eigen woorden (de 'Wat')")}
  partners: []
  kernpunten: []
  lessen: []
  rode_draden: []
  media: []
  bronnen:
    - divosa-publicatie"""
    order = [t["id"] for _, t in files["themas"].items()]
    new_key = (order.index(thema), title_key(titel))

    def goes_before(_: int, record: dict[str, Any]) -> bool:  # pilots by thema, then title; initiatives after them
        if record.get("soort") != "pilot" or record.get("thema") not in order:
            return True
        return (order.index(record["thema"]), title_key(str(record.get("titel", "")))) > new_key

    path, line = _insert(data_dir, files["pilots"], text, goes_before)
    return Added(path, record_id, line, note)


def _gemeente_code(value: str, cbs: dict[str, str]) -> str | None:
    """'GM0687', 'gm0687', '0687', '687' or a CBS 2020 name in any case -> 'GM0687'."""
    number = re.fullmatch(r"(?:gm)?\s*(\d{1,4})", value.strip(), re.IGNORECASE)
    if number:
        return f"GM{int(number.group(1)):04d}"
    by_name = {sleutel(naam): code for code, naam in cbs.items()}
    return by_name.get(sleutel(value))


def _later_name(files: dict[str, DataFile], names: dict[str, str], value: str) -> str | None:
    """A name from data/herindelingen.yaml (a gemeente formed or renamed after 2020): which 2020 gemeenten it
    came from, and how to add the one that took part."""
    by_id = {slugify(naam): naam for naam in names.values()}
    for _, change in files["herindelingen"].items():
        if not isinstance(change.get("naam"), str) or sleutel(change["naam"]) != sleutel(value):
            continue
        before = [by_id.get(g, g) for g in change.get("gemeenten") or [] if isinstance(g, str)]
        year = str(change.get("datum") or "")[:4]
        if not before:
            continue
        listed = before[0] if len(before) == 1 else ", ".join(before[:-1]) + f" en {before[-1]}"
        return (
            f"{change['naam']} bestaat sinds {year}; de kennisbank gebruikt de gemeenten van 2020, en "
            f"{change['naam']} is ontstaan uit {listed}. Voeg de gemeente van 2020 toe die meedeed, bijvoorbeeld: "
            f'kennisbank nieuw gemeente "{before[0]}"'
        )
    return None


def new_gemeente(data_dir: Path, naam_of_code: str) -> Added:
    names = geo.official_names(data_dir / GEO_DIR / geo.GEMEENTE_FILE)
    files, _ = collect_problems(data_dir)
    code = _gemeente_code(naam_of_code, names)
    if code is None or code not in names:
        namen = _namen(data_dir, files)
        found = namen.zoek(naam_of_code)
        if found and found[0].soort == HUIDIG and found[0].gemeente:
            gemeente = found[0].gemeente
            raise ScaffoldError(
                f"{gemeente.naam} ({gemeente.code}) staat al in data/gemeenten.yaml, met id '{gemeente.id}'"
            )
        close = [] if found else namen.dichtbij(naam_of_code)
        if close and close[0].soort == CBS and close[0].cbs:
            raise ScaffoldError(
                f"'{naam_of_code}' is geen gemeente van 2020; bedoelt u {close[0].cbs[1]}? "
                f'Schrijf: kennisbank nieuw gemeente "{close[0].cbs[1]}"'
            )
        if found or close:
            raise ScaffoldError(
                namen.advies(
                    naam_of_code, lambda id_: f"gemeente: {id_}", opening=f"{naam_of_code} is geen gemeente van 2020: "
                )
            )
        raise ScaffoldError(
            _later_name(files, names, naam_of_code)
            or (
                f"'{naam_of_code}' is geen naam of code van een gemeente in de CBS-indeling van 2020 (een code heeft de "
                "vorm GM0363)"
            )
        )
    existing = next((g for _, g in files["gemeenten"].items() if g.get("code") == code), None)
    if existing:
        raise ScaffoldError(
            f"gemeente {code} ({names[code]}) staat al in data/gemeenten.yaml, met id '{existing.get('id')}'"
        )
    area = next(a for a in geo.read_areas(data_dir / GEO_DIR / geo.GEMEENTE_FILE) if a.code == code)
    point = geo.interior_point(area)
    provincie_code = next(
        p.code for p in geo.read_areas(data_dir / GEO_DIR / geo.PROVINCIE_FILE) if geo.contains(p, point)
    )
    provincie = next(p["id"] for _, p in files["provincies"].items() if p.get("code") == provincie_code)
    gemeente_id = slugify(names[code])
    text = f"""- id: {gemeente_id}
  naam: {_q(names[code])}
  code: {code}
  provincie: {provincie}
  bronnen: [cbs-gebiedsindelingen-2020]"""
    path, line = _insert(data_dir, files["gemeenten"], text, lambda _, g: str(g.get("id", "")) > gemeente_id)
    return Added(path, gemeente_id, line)


def new_document(data_dir: Path, titel: str, soort: str) -> Added:
    document_id = slugify(titel)
    if not document_id:
        raise ScaffoldError('geef een titel met letters of cijfers, bijvoorbeeld --titel "Verslag werkbezoek"')
    files, _ = collect_problems(data_dir)
    if document_id in files["documenten"].ids():
        raise ScaffoldError(f"er is al een document met id '{document_id}'")
    text = f"""- id: {document_id}
  titel: {_q(titel)}
  type: {_q(soort)}
  organisaties: [{_todo("wie maakte het document, zoals de bron het schrijft")}]
  auteurs: []  # namen van de schrijvers, alleen als de bron ze noemt
  datum: null  # jaar, jaar-maand of jaar-maand-dag tussen aanhalingstekens, bijvoorbeeld "2021-09"
  thema: null  # id van het thema, als het document over één thema gaat
  behandelt: []  # ids van de pilots en initiatieven waar het over gaat
  samenvatting: {_todo("waar gaat het document over, in eigen woorden")}
  url: null  # waar het online staat: alleen een adres dat in de bron staat of dat u zelf hebt geopend
  bronnen: [{_todo("id van het document dat dit document noemt")}]"""
    # With the other documents of its type (the overview groups by type), after the last of them.
    same_type = [index for index, d in files["documenten"].items() if d.get("type") == soort]
    path, line = _insert(
        data_dir, files["documenten"], text, lambda index, _: bool(same_type) and index > same_type[-1]
    )
    return Added(path, document_id, line)
