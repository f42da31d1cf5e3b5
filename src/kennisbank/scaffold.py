"""`kennisbank nieuw`: append a new, well-formed record to the right data file, so an editor starts from
a skeleton instead of a blank page. Fields the editor still has to fill hold a placeholder, and
`kennisbank validate` lists each of them until they are filled in."""

from __future__ import annotations

import json
from pathlib import Path

from . import geo
from .consistency import PLACEHOLDER
from .loading import DATA_FILES, GEO_DIR, collect_problems
from .urls import slugify


class ScaffoldError(Exception):
    """A Dutch message for the editor; nothing was written."""


def _q(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


def _todo(what: str) -> str:
    return _q(f"{PLACEHOLDER}: {what}")


def _existing_ids(data_dir: Path, kind: str) -> set[str]:
    files, _ = collect_problems(data_dir)
    return set(files[kind].ids())


def _append(data_dir: Path, kind: str, text: str) -> Path:
    path = data_dir / DATA_FILES[kind][0]
    current = path.read_text("utf-8")
    path.write_text(current.rstrip("\n") + "\n\n" + text.strip("\n") + "\n", "utf-8")
    return path


def new_pilot(data_dir: Path, thema: str, hoofdaanvrager: str) -> tuple[Path, str]:
    files, _ = collect_problems(data_dir)
    themas = {t["id"]: t for _, t in files["themas"].items()}
    gemeenten = {g["id"]: g for _, g in files["gemeenten"].items()}
    if thema not in themas:
        raise ScaffoldError(f"onbekend thema '{thema}'; kies uit: {', '.join(themas)}")
    if hoofdaanvrager not in gemeenten:
        raise ScaffoldError(f"onbekende gemeente '{hoofdaanvrager}'; voeg haar eerst toe met "
                            "'kennisbank nieuw gemeente --code GM....'")
    for _, record in files["pilots"].items():
        heads = [g.get("gemeente") for g in record.get("gemeenten", []) if isinstance(g, dict)
                 and g.get("rol") == "hoofdaanvrager"]
        if record.get("thema") == thema and hoofdaanvrager in heads:
            raise ScaffoldError(f"er is al een pilot in dit thema met deze hoofdaanvrager: '{record.get('id')}'")
    record_id = f"{thema}-{hoofdaanvrager}"
    if record_id in files["pilots"].ids():
        raise ScaffoldError(f"er is al een pilot met id '{record_id}'")
    titel = f"{themas[thema]['korte_titel']} {gemeenten[hoofdaanvrager]['naam']}"
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
    return _append(data_dir, "pilots", text), record_id


def new_gemeente(data_dir: Path, code: str) -> tuple[Path, str]:
    names = geo.official_names(data_dir / GEO_DIR / geo.GEMEENTE_FILE)
    if code not in names:
        raise ScaffoldError(f"'{code}' is geen gemeentecode in de CBS-indeling van 2020 (vorm: GM0363)")
    files, _ = collect_problems(data_dir)
    if any(g.get("code") == code for _, g in files["gemeenten"].items()):
        raise ScaffoldError(f"gemeente {code} ({names[code]}) staat al in data/gemeenten.yaml")
    area = next(a for a in geo.read_areas(data_dir / GEO_DIR / geo.GEMEENTE_FILE) if a.code == code)
    point = geo.interior_point(area)
    provincie_code = next(p.code for p in geo.read_areas(data_dir / GEO_DIR / geo.PROVINCIE_FILE)
                          if geo.contains(p, point))
    provincie = next(p["id"] for _, p in files["provincies"].items() if p.get("code") == provincie_code)
    gemeente_id = slugify(names[code])
    text = f"""- id: {gemeente_id}
  naam: {_q(names[code])}
  code: {code}
  provincie: {provincie}
  bronnen: [cbs-gebiedsindelingen-2020]"""
    return _append(data_dir, "gemeenten", text), gemeente_id


def new_document(data_dir: Path, titel: str, soort: str) -> tuple[Path, str]:
    document_id = slugify(titel)
    if not document_id:
        raise ScaffoldError("geef een titel op")
    if document_id in _existing_ids(data_dir, "documenten"):
        raise ScaffoldError(f"er is al een document met id '{document_id}'")
    text = f"""- id: {document_id}
  titel: {_q(titel)}
  type: {_q(soort)}
  organisaties: []
  datum: null
  thema: null
  behandelt: []
  samenvatting: {_todo("waar gaat het document over, in eigen woorden")}
  bronnen: [divosa-publicatie]"""
    return _append(data_dir, "documenten", text), document_id
