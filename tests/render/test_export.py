"""The open-data downloads written by the build: pilots.json and pilots.csv."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

from bs4 import BeautifulSoup
from conftest import Project

FIELDS = {
    "id",
    "soort",
    "titel",
    "thema",
    "programma",
    "gemeenten",
    "doelgroep",
    "aanpak",
    "partners",
    "kernpunten",
    "lessen",
    "rode_draden",
    "media",
    "onderzoeksbureaus",
    "werkwijze",
    "gestart",
    "bronnen",
    "url",
}


def load_json(site: Path) -> list[dict]:
    return json.loads((site / "data" / "pilots.json").read_text("utf-8"))


def test_json_has_every_record_with_the_documented_fields(built_site: Path) -> None:
    records = load_json(built_site)
    assert len(records) == 49
    assert sum(r["soort"] == "pilot" for r in records) == 39
    assert sum(r["soort"] == "lopend_initiatief" for r in records) == 10
    for record in records:
        assert set(record) == FIELDS
        assert record["gemeenten"]
        for gemeente in record["gemeenten"]:
            assert set(gemeente) == {"naam", "code", "provincie", "rol"}
            assert re.fullmatch(r"GM\d{4}", gemeente["code"])
            assert gemeente["rol"] in {"hoofdaanvrager", "deelnemer", "betrokken"}
        assert (record["thema"] is None) == (record["soort"] == "lopend_initiatief")
        expected_url = (
            f"pilots/{record['id']}/"
            if record["soort"] == "pilot"
            else f"lopende-initiatieven/{record['id'].removeprefix('li-')}/"
        )
        assert record["url"] == expected_url


def test_json_values_for_a_known_pilot(built_site: Path) -> None:
    records = {r["id"]: r for r in load_json(built_site)}
    den_haag = records["ontzorgen-den-haag"]
    assert den_haag["thema"] == "Ontzorgen"
    assert den_haag["gemeenten"] == [
        {"naam": "'s-Gravenhage", "code": "GM0518", "provincie": "Zuid-Holland", "rol": "hoofdaanvrager"}
    ]
    assert (den_haag["doelgroep"]["aantal"], den_haag["doelgroep"]["aantal_tot"]) == (40, 60)
    oss = records["b1-route-oss"]
    roles = {g["naam"]: g["rol"] for g in oss["gemeenten"]}
    assert roles["Oss"] == "hoofdaanvrager" and roles["Uden"] == "deelnemer" and roles["Boxmeer"] == "betrokken"
    assert {b["id"] for b in oss["bronnen"]} == {"divosa-publicatie"}


def test_csv_has_one_row_per_record_and_joined_lists(built_site: Path) -> None:
    raw = (built_site / "data" / "pilots.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # byte-order mark for spreadsheet programs
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == 49
    almelo = next(r for r in rows if r["id"] == "b1-route-almelo")
    assert almelo["hoofdaanvrager"] == "Almelo"
    assert almelo["gemeenten"].split("; ")[:2] == ["Almelo (hoofdaanvrager)", "Twenterand (deelnemer)"]
    assert almelo["partners"].split("; ")[0] == "ROC van Twente"
    assert almelo["aantal"] == "40"


def test_open_data_page_links_both_downloads(built_site: Path) -> None:
    page = BeautifulSoup((built_site / "open-data" / "index.html").read_text("utf-8"), "html.parser")
    links = {a["href"] for a in page.select("article a[href]")}
    assert {"../data/pilots.json", "../data/pilots.csv"} <= links
    assert "aantal_toelichting" in page.get_text()


def test_export_follows_data_changes_and_keeps_markup_as_text(project: Project, tmp_path: Path) -> None:
    project.edit("pilots.yaml", '  titel: "B1-route Almelo"\n', '  titel: "<b>Almelo</b> & co"\n')
    site = tmp_path / "site"
    assert project.build(site).returncode == 0
    almelo = next(r for r in load_json(site) if r["id"] == "b1-route-almelo")
    assert almelo["titel"] == "<b>Almelo</b> & co"


def test_cli_export_writes_the_same_files(project: Project, tmp_path: Path, built_site: Path) -> None:
    import subprocess
    import sys

    out = tmp_path / "out"
    result = subprocess.run(
        [sys.executable, "-m", "kennisbank.editor.cli", "export", "--out", str(out)],
        cwd=project.root,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    for name in ("pilots.json", "pilots.csv"):
        assert (out / "data" / name).read_bytes() == (built_site / "data" / name).read_bytes()


def test_the_spreadsheet_opens_with_readable_columns_one_sheet_per_kind(built_site: Path) -> None:
    """Issue 26: an .xlsx a reader opens in Dutch-locale Excel; lists in a cell one item per line."""
    from openpyxl import load_workbook

    workbook = load_workbook(io.BytesIO((built_site / "data" / "kennisbank.xlsx").read_bytes()))
    assert workbook.sheetnames == ["Pilots en initiatieven", "Gemeenten", "Documenten"]
    records = workbook["Pilots en initiatieven"]
    header = [cell.value for cell in records[1]]
    assert header[:4] == ["Titel", "Soort", "Thema", "Gemeenten en hun rol"] and "aantal_tot" not in header
    assert records.max_row == 1 + 49 and workbook["Gemeenten"].max_row == 1 + 355
    almelo = next(row for row in records.iter_rows(min_row=2, values_only=True) if row[0] == "B1-route Almelo")
    assert almelo[3].split("\n")[:2] == ["Almelo (hoofdaanvrager)", "Twenterand (deelnemer)"]
    nuenen = next(
        row
        for row in workbook["Gemeenten"].iter_rows(min_row=2, values_only=True)
        if row[0] == "Nuenen, Gerwen en Nederwetten"
    )
    assert nuenen[1] == "GM0820"
    open_data = (built_site / "open-data" / "index.html").read_text("utf-8")
    assert 'href="../data/kennisbank.xlsx"' in open_data


def test_the_open_data_licence_is_the_owners_setting_and_none_is_invented(
    project: Project, tmp_path: Path, built_site: Path
) -> None:
    """Issue 26: as long as the owner has set no licence, /open-data/ says so and whom to ask; once set in
    mkdocs.yml (licentie, licentie_url), the page names it with a link to its text."""
    default = BeautifulSoup((built_site / "open-data" / "index.html").read_text("utf-8"), "html.parser")
    reuse = default.find(id="licentie").find_next("p").get_text(" ", strip=True)
    assert "heeft voor deze gegevens (nog) geen licentie opgegeven" in reuse and "info@divosa.nl" in reuse
    config = project.root / "mkdocs.yml"
    config.write_text(
        config.read_text("utf-8")
        .replace('  licentie: ""', '  licentie: "CC BY 4.0"')
        .replace('  licentie_url: ""', '  licentie_url: "https://creativecommons.org/licenses/by/4.0/deed.nl"'),
        "utf-8",
    )
    site = tmp_path / "site"
    assert project.build(site).returncode == 0
    page = BeautifulSoup((site / "open-data" / "index.html").read_text("utf-8"), "html.parser")
    reuse = page.find(id="licentie").find_next("p")
    assert reuse.get_text(" ", strip=True) == (
        "Ja: Divosa, de beheerder van deze kennisbank, stelt de gegevens beschikbaar onder de licentie CC BY 4.0 ."
    )
    assert reuse.a["href"] == "https://creativecommons.org/licenses/by/4.0/deed.nl"


def test_a_control_character_typed_into_a_text_does_not_stop_the_spreadsheet() -> None:
    """Found by tests/data/test_no_crash.py: a backspace character in a research bureau's name stopped the build."""
    import dataclasses

    from conftest import ROOT
    from openpyxl import load_workbook

    from kennisbank.data.loading import load_dataset
    from kennisbank.render.export import export_files
    from kennisbank.render.spreadsheet import SPREADSHEET

    dataset = load_dataset(ROOT / "data")
    initiatief = next(r for r in dataset.records if not r.is_pilot)  # its own research bureaus are in the sheet
    changed = dataclasses.replace(initiatief, onderzoeksbureaus=("Bureau\x08 Noord",))
    records = tuple(changed if r is initiatief else r for r in dataset.records)
    files = export_files(dataclasses.replace(dataset, records=records))
    sheet = load_workbook(io.BytesIO(files[SPREADSHEET]))["Pilots en initiatieven"]
    assert "Bureau Noord" in {cell for row in sheet.iter_rows(min_row=2, values_only=True) for cell in row}


def test_the_spreadsheet_is_written_again_only_when_a_cell_changed(tmp_path: Path) -> None:
    """The package's cache hands back the same workbook while no cell changed (openpyxl is then not even loaded);
    a changed title gives the workbook a fresh build makes."""
    import dataclasses

    from conftest import ROOT

    from kennisbank.common.store import Store
    from kennisbank.data.loading import load_dataset
    from kennisbank.render.export import export_files
    from kennisbank.render.spreadsheet import SPREADSHEET

    dataset = load_dataset(ROOT / "data")
    store = Store(tmp_path)
    fresh = export_files(dataset)[SPREADSHEET]
    assert export_files(dataset, store=store)[SPREADSHEET] == fresh
    assert export_files(dataset, store=store)[SPREADSHEET] == fresh and store.hits == 1
    first = dataset.records[0]
    records = (dataclasses.replace(first, titel=first.titel + " (nieuw)"), *dataset.records[1:])
    changed = dataclasses.replace(dataset, records=records)
    again = export_files(changed, store=store)[SPREADSHEET]
    assert again == export_files(changed)[SPREADSHEET] != fresh and store.hits == 1
