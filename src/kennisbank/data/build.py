"""Turn validated raw data (lists of dicts) into the typed domain model."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from kennisbank.common.text import slugify
from kennisbank.data.datum import bouwdatum, is_later
from kennisbank.data.herindelingen import apply_herindelingen, build_herindeling
from kennisbank.data.kinds import KINDS, Soort
from kennisbank.data.ligging import Ligging
from kennisbank.data.model import (
    Begrip,
    Dataset,
    Document,
    Doelgroep,
    GemeenteRol,
    Item,
    Les,
    Media,
    NaAfloop,
    Partner,
    Record,
    Redactie,
    RodeDraad,
    RodeDraadKoppeling,
    Thema,
)
from kennisbank.data.model_gemeenten import Gemeente, NaamJaar, Provincie


def _t(values: Any) -> tuple:
    return tuple(values or ())


def _lessen(items: Any) -> tuple[Les, ...]:
    return tuple(Les(les["tekst"], les["bron"]) for les in items or ())


def _media(items: Any) -> tuple[Media, ...]:
    return tuple(Media(m["soort"], m["beschrijving"], m.get("datum")) for m in items or ())


def build_record(raw: dict[str, Any]) -> Record:
    doelgroep = raw["doelgroep"]
    return Record(
        id=raw["id"],
        soort=raw["soort"],
        titel=raw["titel"],
        thema=raw.get("thema"),
        programma=raw.get("programma"),
        gemeenten=tuple(GemeenteRol(g["gemeente"], g["rol"]) for g in raw["gemeenten"]),
        doelgroep=Doelgroep(
            doelgroep["omschrijving"],
            doelgroep.get("aantal"),
            doelgroep.get("aantal_tot"),
            doelgroep.get("aantal_toelichting"),
        ),
        aanpak=raw["aanpak"],
        partners=_t(raw["partners"]),
        kernpunten=_t(raw["kernpunten"]),
        lessen=_lessen(raw["lessen"]),
        rode_draden=tuple(RodeDraadKoppeling(r["draad"], r["reden"]) for r in raw["rode_draden"]),
        media=_media(raw["media"]),
        bronnen=_t(raw["bronnen"]),
        onderzoeksbureaus=_t(raw.get("onderzoeksbureaus")),
        werkwijze=raw.get("werkwijze"),
        gestart=raw.get("gestart"),
        oude_ids=_t(raw.get("oude_ids")),
        na_afloop=NaAfloop(raw["na_afloop"]["status"], raw["na_afloop"]["toelichting"], raw["na_afloop"]["bron"])
        if raw.get("na_afloop")
        else None,
    )


def build_item(kind: Soort, raw: dict[str, Any]) -> Item:
    """An item of a kind only the registry knows: its title field, sources and earlier ids, the rest as written."""
    own = ("id", kind.titelveld, "bronnen", "oude_ids")
    return Item(
        raw["id"],
        str(raw.get(kind.titelveld) or raw["id"]),
        tuple((key, value) for key, value in raw.items() if key not in own),
        _t(raw.get("bronnen")),
        _t(raw.get("oude_ids")),
    )


def build_gemeente(raw: dict[str, Any]) -> Gemeente:
    return Gemeente(
        id=raw["id"],
        naam=raw["naam"],
        code=raw["code"],
        provincie=raw["provincie"],
        roepnamen=_t(raw.get("roepnamen")),
        schrijfwijzen=_t(raw.get("schrijfwijzen")),
        voormalige_gemeenten=tuple(NaamJaar(v["naam"], v["jaar"]) for v in raw.get("voormalige_gemeenten") or ()),
        bronnen=_t(raw["bronnen"]),
    )


def gemeenten_uit_grenzen(ligging: Ligging, bekend: set[str], provincie_ids: dict[str, str]) -> tuple[Gemeente, ...]:
    """The 2020 gemeenten data/gemeenten.yaml does not name (no pilot, no extra facts), from the CBS
    boundaries alone: official name and code, provincie by where the area lies, id by the URL slug rule."""
    return tuple(
        Gemeente(
            id=slugify(area.naam),
            naam=area.naam,
            code=area.code,
            provincie=provincie_ids[area.provincie_code],
            bronnen=("cbs-gebiedsindelingen-2020",),
            in_gegevens=False,
        )
        for area in ligging.gemeenten.values()
        if area.code not in bekend
    )


def build_dataset(
    raw: dict[str, list[dict[str, Any]]], ligging: Ligging | None = None, vandaag: str | None = None
) -> Dataset:
    """The model from validated data. With the boundaries (`ligging`), the dataset holds all 355 gemeenten of
    2020, each with the centre of its area, and the provincies with theirs."""
    vandaag = vandaag or bouwdatum()
    herindelingen = tuple(
        replace(h, aangekondigd=is_later(h.datum, vandaag))
        for h in (build_herindeling(h) for h in raw.get("herindelingen") or ())
    )
    provincies = tuple(
        Provincie(p["id"], p["naam"], p["code"], _t(p.get("roepnamen")), _t(p["bronnen"])) for p in raw["provincies"]
    )
    gemeenten = tuple(build_gemeente(g) for g in raw["gemeenten"])
    if ligging:
        extra = gemeenten_uit_grenzen(ligging, {g.code for g in gemeenten}, {p.code: p.id for p in provincies})
        gemeenten = tuple(replace(g, centrum=ligging.gemeenten[g.code].centrum) for g in (*gemeenten, *extra))
        provincies = tuple(
            replace(p, centrum=ligging.provincies[p.code].centrum) if p.code in ligging.provincies else p
            for p in provincies
        )
    return Dataset(
        records=tuple(build_record(r) for r in raw["pilots"]),
        gemeenten=apply_herindelingen(tuple(sorted(gemeenten, key=lambda g: g.id)), herindelingen),
        herindelingen=herindelingen,
        provincies=provincies,
        themas=tuple(
            Thema(
                t["id"],
                t["titel"],
                t["korte_titel"],
                t.get("start"),
                t["onderzoeksbureau"],
                t["introductie"],
                t["samenvatting"],
                _t(t["aanbevelingen"]),
                _lessen(t.get("lessen")),
                _media(t.get("media")),
                _t(t["bronnen"]),
                oude_ids=_t(t.get("oude_ids")),
            )
            for t in raw["themas"]
        ),
        rode_draden=tuple(
            RodeDraad(
                r["id"],
                r["nummer"],
                r["titel"],
                r["kort"],
                r["uitleg"],
                _t(r["bronnen"]),
                oude_ids=_t(r.get("oude_ids")),
            )
            for r in raw["rode_draden"]
        ),
        documenten=tuple(
            Document(
                d["id"],
                d["titel"],
                d["type"],
                _t(d["organisaties"]),
                _t(d.get("auteurs")),
                d.get("datum"),
                d.get("datum_toelichting"),
                d.get("thema"),
                _t(d.get("behandelt")),
                d["samenvatting"],
                d.get("omvang"),
                d.get("bestand"),
                _t(d["bronnen"]),
                tuple(Redactie(r["rol"], _t(r["namen"])) for r in d.get("redactie") or ()),
                d.get("url"),
                d.get("url_toelichting"),
                d.get("link_soort"),
                d.get("opdrachtgever"),
                oude_ids=_t(d.get("oude_ids")),
                organisaties_toelichting=d.get("organisaties_toelichting"),
            )
            for d in raw["documenten"]
        ),
        begrippen=tuple(
            Begrip(
                b["id"],
                b["term"],
                b.get("voluit"),
                _t(b["vormen"]),
                b.get("rol"),
                b["kort"],
                b["uitleg"],
                _t(b["bronnen"]),
                _t(b.get("ook_genoemd")),
            )
            for b in raw.get("begrippen") or ()
        ),
        partners=tuple(
            Partner(p["id"], p["naam"], _t(p["aliassen"]), _t(p["bronnen"]), oude_ids=_t(p.get("oude_ids")))
            for p in raw.get("partners") or ()
        ),
        overige={
            kind.naam: tuple(build_item(kind, item) for item in raw.get(kind.naam) or ())
            for kind in KINDS
            if not kind.eigen_opbouw
        },
    )
