"""Turn validated raw data (lists of dicts) into the typed domain model."""

from __future__ import annotations

from typing import Any

from .model import (
    Begrip, Dataset, Doelgroep, Document, Gemeente, GemeenteRol, LatereWijziging, Les, Media, NaamJaar, Partner,
    Provincie, Record, Redactie, RodeDraad, RodeDraadKoppeling, Thema,
)


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
        doelgroep=Doelgroep(doelgroep["omschrijving"], doelgroep.get("aantal"), doelgroep.get("aantal_tot"),
                            doelgroep.get("aantal_toelichting")),
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
    )


def build_gemeente(raw: dict[str, Any]) -> Gemeente:
    later = raw.get("later")
    return Gemeente(
        id=raw["id"],
        naam=raw["naam"],
        code=raw["code"],
        provincie=raw["provincie"],
        roepnamen=_t(raw.get("roepnamen")),
        schrijfwijzen=_t(raw.get("schrijfwijzen")),
        voormalige_gemeenten=tuple(NaamJaar(v["naam"], v["jaar"]) for v in raw.get("voormalige_gemeenten") or ()),
        opgenomen_na_2020=tuple(NaamJaar(v["naam"], v["jaar"]) for v in raw.get("opgenomen_na_2020") or ()),
        later=LatereWijziging(later["soort"], tuple(later["namen"]), later["jaar"]) if later else None,
        bronnen=_t(raw["bronnen"]),
        externe_bronnen=_t(raw.get("externe_bronnen")),
    )


def build_dataset(raw: dict[str, list[dict[str, Any]]]) -> Dataset:
    return Dataset(
        records=tuple(build_record(r) for r in raw["pilots"]),
        gemeenten=tuple(build_gemeente(g) for g in raw["gemeenten"]),
        provincies=tuple(Provincie(p["id"], p["naam"], p["code"], _t(p.get("roepnamen")), _t(p["bronnen"]))
                         for p in raw["provincies"]),
        themas=tuple(
            Thema(t["id"], t["titel"], t["korte_titel"], t.get("start"), t["onderzoeksbureau"], t["introductie"],
                  t["samenvatting"], _t(t["aanbevelingen"]), _lessen(t.get("lessen")), _media(t.get("media")),
                  _t(t["bronnen"]))
            for t in raw["themas"]
        ),
        rode_draden=tuple(RodeDraad(r["id"], r["nummer"], r["titel"], r["kort"], r["uitleg"], _t(r["bronnen"]))
                          for r in raw["rode_draden"]),
        documenten=tuple(
            Document(d["id"], d["titel"], d["type"], _t(d["organisaties"]), _t(d.get("auteurs")), d.get("datum"),
                     d.get("datum_toelichting"), d.get("thema"), _t(d.get("behandelt")), d["samenvatting"],
                     d.get("omvang"), d.get("bestand"), _t(d["bronnen"]),
                     tuple(Redactie(r["rol"], _t(r["namen"])) for r in d.get("redactie") or ()),
                     d.get("url"), d.get("url_toelichting"))
            for d in raw["documenten"]
        ),
        begrippen=tuple(Begrip(b["id"], b["term"], b.get("voluit"), _t(b["vormen"]), b.get("rol"), b["kort"],
                               b["uitleg"], _t(b["bronnen"])) for b in raw.get("begrippen") or ()),
        partners=tuple(Partner(p["id"], p["naam"], _t(p["aliassen"]), _t(p["bronnen"])) for p in raw.get("partners") or ()),
    )
