"""Every gemeente of 2020 has a page; a gemeente that took no part learns what ran near it; today's names
lead to the 2020 pages; the gemeenten download. Nearest records are recomputed here from the raw
boundaries with an independent method (own TopoJSON decoding, a local flat projection in km), not with
the site's code."""

from __future__ import annotations

import json
import math
import re
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup
from conftest import ROOT, Project

DATA = ROOT / "data"
# Non-participating gemeenten in three provincies (Zeeland, Fryslân, Groningen).
NOT_TAKING_PART = ("Middelburg", "Ameland", "Oldambt")


def page(site: Path, url: str) -> BeautifulSoup:
    return BeautifulSoup((site / url / "index.html").read_text("utf-8"), "html.parser")


# -- an independent computation of the nearest records -----------------------------------------------
def _areas() -> dict[str, tuple[str, list[list[list[tuple[float, float]]]]]]:
    """CBS code -> (name, polygons as lists of rings of (lon, lat)), decoded from the TopoJSON by hand."""
    topo = json.loads((DATA / "geo" / "gemeente_2020.topojson").read_text("utf-8"))
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)

    def ring(indexes: list[int]) -> list[tuple[float, float]]:
        out: list[tuple[float, float]] = []
        for i in indexes:
            part = arcs[i] if i >= 0 else arcs[~i][::-1]
            out += part if not out else part[1:]
        return out

    result = {}
    for geometry in next(iter(topo["objects"].values()))["geometries"]:
        polygons = [geometry["arcs"]] if geometry["type"] == "Polygon" else geometry["arcs"]
        result[geometry["properties"]["statcode"]] = (
            geometry["properties"]["statnaam"],
            [[ring(r) for r in polygon] for polygon in polygons],
        )
    return result


def _centre_km(polygons: list[list[list[tuple[float, float]]]]) -> tuple[float, float]:
    """Area-weighted centroid in a flat projection around 52°N (km east, km north)."""
    kx, ky = 111.32 * math.cos(math.radians(52.2)), 111.13
    total = cx = cy = 0.0
    for polygon in polygons:
        for number, points in enumerate(polygon):
            pts = [(lon * kx, lat * ky) for lon, lat in points]
            a = mx = my = 0.0
            for (x1, y1), (x2, y2) in zip(pts, pts[1:] + pts[:1]):
                c = x1 * y2 - x2 * y1
                a, mx, my = a + c, mx + (x1 + x2) * c, my + (y1 + y2) * c
            if a < 0:  # winding differs between outer rings and holes; weigh by the absolute area
                a, mx, my = -a, -mx, -my
            sign = 1 if number == 0 else -1
            total, cx, cy = total + sign * a / 2, cx + sign * mx / 6, cy + sign * my / 6
    return cx / total, cy / total


def expected_nearest(naam: str) -> list[tuple[str, str, float]]:
    """(record title, nearest participating gemeente, km) for every record, nearest first."""
    areas = _areas()
    centre = {code: _centre_km(polys) for code, (_, polys) in areas.items()}
    code_of_name = {name: code for code, (name, _) in areas.items()}
    gemeenten = {g["id"]: g["code"] for g in yaml.safe_load((DATA / "gemeenten.yaml").read_text("utf-8"))}
    here = centre[code_of_name[naam]]
    found = []
    for record in yaml.safe_load((DATA / "pilots.yaml").read_text("utf-8")):
        codes = [gemeenten[g["gemeente"]] for g in record["gemeenten"]]
        km, code = min((math.dist(here, centre[c]), c) for c in codes)
        found.append((record["titel"], areas[code][0], km))
    return sorted(found, key=lambda item: item[2])


def listed_nearby(site: Path, url: str, anchor: str = "in-de-buurt") -> list[tuple[str, str, float]]:
    soup = page(site, url)
    heading = soup.find(id=anchor)
    assert heading is not None, f"{url}: no section #{anchor}"
    rows = heading.find_next("table").select("tbody tr")
    listed = []
    for row in rows:
        cells = row.find_all("td")
        km = re.fullmatch(r"(\d+) km", cells[3].get_text(strip=True))
        assert km, cells[3]
        listed.append(
            (" ".join(cells[0].get_text().split()), " ".join(cells[2].get_text().split()), float(km.group(1)))
        )
    return listed


# -- the pages --------------------------------------------------------------------------------------
def test_every_gemeente_of_2020_has_a_page(built_site: Path) -> None:
    pages = [p for p in (built_site / "gemeenten").iterdir() if (p / "index.html").is_file()]
    assert len(pages) == 355
    codes = set()
    for folder in pages:
        text = (folder / "index.html").read_text("utf-8")
        codes.update(re.findall(r"CBS-code (GM\d{4})", text)[:1])
    assert len(codes) == 355


@pytest.mark.parametrize("naam", NOT_TAKING_PART)
def test_page_of_a_gemeente_that_took_no_part_lists_the_right_nearest_records(built_site: Path, naam: str) -> None:
    url = f"gemeenten/{naam.lower()}/"
    text = page(built_site, url).select_one("article").get_text(" ", strip=True)
    assert f"{naam} deed niet mee aan het Pilotprogramma" in text
    assert "hemelsbreed tussen de middelpunten" in text  # says how distance is measured
    listed = listed_nearby(built_site, url)
    expected = expected_nearest(naam)
    assert len(listed) >= 5

    # The same records in the same order, each near the same gemeente, at the same distance, allowing for
    # rounding to whole km and the flat projection here (up to 2% off the national grid); near-ties
    # within that margin may swap places.
    def margin(km: float) -> float:
        return 1.0 + 0.02 * km

    for (title, gemeente, km), (exp_title, exp_gemeente, exp_km) in zip(listed, expected):
        assert abs(km - exp_km) <= margin(exp_km), (title, km, exp_title, exp_km)
        if title != exp_title:
            swapped = next(e for e in expected if e[0] == title)
            assert abs(swapped[2] - exp_km) <= margin(exp_km), (title, exp_title)
        else:
            assert gemeente == exp_gemeente
    # Nothing left out that is clearly nearer than the last one listed.
    last = listed[-1][2]
    assert all(e[2] >= last - margin(last) for e in expected if e[0] not in {t for t, _, _ in listed})


def test_page_of_a_gemeente_that_took_no_part_links_provincie_and_themes(built_site: Path) -> None:
    soup = page(built_site, "gemeenten/ameland/")
    links = {a["href"] for a in soup.select("article a[href]")}
    assert "../../provincies/friesland/" in links
    assert {f"../../themas/{t}/" for t in ("b1-route", "z-route", "ontzorgen")} <= links
    # Records in the same provincie, each with the gemeente in Fryslân it ran in.
    rows = soup.find(id="in-de-provincie").find_next("table").select("tbody tr")
    assert rows and all(r.find_all("td")[3].get_text().endswith("km") for r in rows)


def test_participating_gemeente_also_gets_in_de_buurt(built_site: Path) -> None:
    soup = page(built_site, "gemeenten/boxtel/")
    own = {a.get_text() for a in soup.find(id="pilots-en-initiatieven").find_next("table").select("a")}
    nearby = listed_nearby(built_site, "gemeenten/boxtel/")
    assert len(nearby) >= 5
    assert not {title for title, _, _ in nearby} & own  # its own pilots are not repeated as 'nearby'


def test_provincie_without_pilots_points_to_the_nearest(built_site: Path) -> None:
    listed = listed_nearby(built_site, "provincies/zeeland/", anchor="dichtstbij")
    assert len(listed) >= 5
    assert [km for _, _, km in listed] == sorted(km for _, _, km in listed)


# -- today's names ---------------------------------------------------------------------------------
def test_a_merged_gemeente_gets_one_summary_line_in_the_index(built_site: Path) -> None:
    soup = page(built_site, "gemeenten/")
    lines = [li for li in soup.select("article li") if li.get_text(" ", strip=True).startswith("Land van Cuijk")]
    assert len(lines) == 1
    assert (
        re.sub(r"\s+,", ",", lines[0].get_text(" ", strip=True))
        == "Land van Cuijk (sinds 2022): Boxmeer, Cuijk, Grave, Mill en Sint Hubert, Sint Anthonis"
    )
    assert [a["href"] for a in lines[0].select("a")] == [
        f"../gemeenten/{g}/" for g in ("boxmeer", "cuijk", "grave", "mill-en-sint-hubert", "sint-anthonis")
    ]
    text = soup.select_one("article").get_text(" ", strip=True)
    assert "→ zie Boxmeer" not in text and "Land van Cuijk → zie" not in text
    for summary in (
        "Eemsdelta (sinds 2021)",
        "Dijk en Waard (sinds 2022)",
        "Maashorst (sinds 2022)",
        "Voorne aan Zee (sinds 2023)",
    ):
        assert summary in text
    # Every 2020 gemeente is listed, participants marked in text.
    assert len(soup.select("article .kb-az a[href^='../gemeenten/']")) >= 355
    assert "Boxtel deed mee (2)" in text


def test_page_says_what_the_gemeente_is_today(built_site: Path) -> None:
    beemster = page(built_site, "gemeenten/beemster/").select_one(".kb-nu").get_text(" ", strip=True)
    assert beemster == "Nu: sinds 1 januari 2022 deel van de gemeente Purmerend ."
    purmerend = page(built_site, "gemeenten/purmerend/").select_one("article").get_text(" ", strip=True)
    assert "sinds 1 januari 2022 met Beemster" in purmerend
    haaren = page(built_site, "gemeenten/haaren/").select_one(".kb-nu").get_text(" ", strip=True)
    assert "verdeeld over Boxtel , Oisterwijk , Tilburg , Vught" in haaren


def test_a_bad_reference_in_herindelingen_gets_a_dutch_message_with_file_and_line(project: Project) -> None:
    line = project.edit("herindelingen.yaml", "gemeenten: [landerd, uden]", "gemeenten: [landerd, maashorst]")
    result = project.validate()
    assert result.returncode != 0
    assert f"herindelingen.yaml:{line}" in result.stdout + result.stderr
    assert "onbekende gemeente 'maashorst'" in result.stdout + result.stderr


# -- open data ------------------------------------------------------------------------------------
def test_gemeenten_download_has_every_gemeente_with_current_name_and_nearest(built_site: Path) -> None:
    rows = json.loads((built_site / "data" / "gemeenten.json").read_text("utf-8"))
    assert len(rows) == 355
    by_name = {r["naam"]: r for r in rows}
    assert by_name["Uden"]["huidige_naam"] == ["Maashorst"]
    assert by_name["Uden"]["deelname"] and by_name["Uden"]["deelgenomen"] is True
    assert by_name["Haaren"]["huidige_naam"] == ["Boxtel", "Oisterwijk", "Tilburg", "Vught"]
    middelburg = by_name["Middelburg"]
    assert middelburg["code"] == "GM0687" and middelburg["provincie"] == "Zeeland" and not middelburg["deelgenomen"]
    listed = listed_nearby(built_site, "gemeenten/middelburg/")
    assert [d["titel"] for d in middelburg["dichtstbij"]] == [t for t, _, _ in listed]
    csv_text = (built_site / "data" / "gemeenten.csv").read_bytes().decode("utf-8-sig")
    assert csv_text.count("\r\n") == 356
    assert csv_text.startswith("id,naam,code,provincie,deelgenomen,deelname,huidige_naam,herindelingen,dichtstbij,url")
