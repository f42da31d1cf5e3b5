"""A pilot moved to another thema since the earlier version: what still ties it to the old one. Reports of
the old thema that list it, and an id or title that names the old thema, each get a warning at their line
(with `kennisbank hernoem` for the id, which keeps the old address working)."""

from __future__ import annotations

from typing import Any

from kennisbank.data.datafile import DataFile
from kennisbank.data.problems import Problem


def _by_id(items: Any) -> dict[str, dict[str, Any]]:
    return (
        {item["id"]: item for item in items or [] if isinstance(item, dict) and isinstance(item.get("id"), str)}
        if isinstance(items, list)
        else {}
    )


def moved_pilots(files: dict[str, DataFile], before: dict[str, Any] | None) -> list[Problem]:
    if before is None or not {"pilots", "documenten", "themas"} <= set(files):
        return []
    earlier = _by_id(before.get("pilots"))
    themas = _by_id(files["themas"].source.data)
    found: list[Problem] = []
    for index, pilot in files["pilots"].items():
        old = earlier.get(pilot.get("id"), {}).get("thema")
        new = pilot.get("thema")
        if not (isinstance(old, str) and isinstance(new, str) and old != new and new in themas):
            continue
        pilot_id = pilot["id"]
        old_name = str(themas.get(old, {}).get("korte_titel") or old)
        new_name = str(themas[new].get("korte_titel") or new)
        found += _old_reports(files["documenten"], pilot_id, old, old_name, new_name)
        named = [
            what
            for what, text in (("id", pilot_id), ("titel", str(pilot.get("titel") or "")))
            if old in text or old_name.casefold() in text.casefold()
        ]
        if named:
            new_id = pilot_id.replace(old, new) if old in pilot_id else f"{new}-{pilot_id}"
            found.append(
                files["pilots"].problem(
                    (index, "thema"),
                    (
                        f"veld 'thema': deze pilot staat nu onder {new_name} (was {old_name}), maar {' en '.join(named)} "
                        f"noem{'en' if len(named) > 1 else 't'} nog het oude thema. "
                        + (
                            f"Geef haar een nieuw id met: kennisbank hernoem {pilot_id} {new_id} (het oude adres blijft "
                            "werken)"
                            if "id" in named
                            else "Pas de titel aan"
                        )
                        + (" en pas de titel aan" if len(named) > 1 else "")
                    ),
                )
            )
    return found


def _old_reports(documenten: DataFile, pilot_id: str, old: str, old_name: str, new_name: str) -> list[Problem]:
    """Documents about the old thema that list the pilot in 'behandelt'."""
    found = []
    for index, document in documenten.items():
        behandelt = document.get("behandelt") if isinstance(document.get("behandelt"), list) else []
        if document.get("thema") == old and pilot_id in behandelt:
            found.append(
                documenten.problem(
                    (index, "behandelt", behandelt.index(pilot_id)),
                    (
                        f"veld 'behandelt[{behandelt.index(pilot_id) + 1}]': '{pilot_id}' staat nu onder {new_name}, maar "
                        f"dit document gaat over {old_name}. Behandelt het de pilot echt, laat het dan staan; anders: haal "
                        "het hier weg"
                    ),
                )
            )
    return found
