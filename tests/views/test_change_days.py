"""The one model of a change, per day: the changes of one day's commits are one change per record, from how it
was before the day's first commit to how it was after the last (a rename on the way is one record, a change
undone the same day is none); the editors' rendering of one version's change is unchanged by it."""

from __future__ import annotations

from kennisbank.data.versions import Commit
from kennisbank.views.changes import Update, by_day, compare
from kennisbank.views.changes_for_editors import lines


def partner(id: str, naam: str, **more: object) -> dict:
    return {"id": id, "naam": naam, "aliassen": [], "bronnen": ["divosa-publicatie"], **more}


def updates(*versions: tuple[str, list[dict]]) -> list[Update]:
    """Commits at the given times, each with the partners file as given (the first is the base); newest first."""
    found = []
    for (_, before), (when, after) in zip(versions, versions[1:], strict=False):
        changes = compare({"partners": before}, {"partners": after})
        found.append(Update(Commit(f"{len(found):040x}", when, "", ("partners",)), changes))
    return found[::-1]


def test_two_commits_on_one_day_are_one_change_per_record() -> None:
    days = by_day(
        updates(
            ("", [partner("agros", "Agros")]),
            ("2026-02-10T09:00:00+01:00", [partner("agros", "Agros BV")]),
            ("2026-02-10T15:00:00+01:00", [partner("agros", "Stichting Agros", aliassen=["Agros BV"])]),
            ("2026-02-11T08:00:00+01:00", [partner("agros", "Stichting Agros", aliassen=["Agros BV"], bronnen=[])]),
        )
    )
    assert [day.date for day in days] == ["2026-02-11", "2026-02-10"]
    assert days[1].updated == "2026-02-10T15:00:00+01:00"
    [change] = days[1].changes
    assert [(f.field, f.old, f.new) for f in change.fields] == [
        ("naam", "Agros", "Stichting Agros"),
        ("aliassen", [], ["Agros BV"]),
    ]


def test_a_rename_on_the_way_is_one_record_and_a_change_undone_is_none() -> None:
    renamed = partner("agros-nl", "Agros", oude_ids=["agros"])
    days = by_day(
        updates(
            ("", [partner("agros", "Agros"), partner("avres", "Avres")]),
            ("2026-03-01T09:00:00+01:00", [partner("agros", "Agros NL"), partner("avres", "Avres BV")]),
            ("2026-03-01T10:00:00+01:00", [renamed, partner("avres", "Avres")]),
        )
    )
    [day] = days
    [change] = day.changes
    assert (change.id, change.action) == ("agros-nl", "gewijzigd")
    assert [f.field for f in change.fields] == ["id", "oude_ids"]


def test_a_record_added_and_removed_the_same_day_is_no_change_and_added_then_changed_is_new() -> None:
    days = by_day(
        updates(
            ("", [partner("agros", "Agros")]),
            ("2026-04-01T09:00:00+02:00", [partner("agros", "Agros"), partner("x", "X"), partner("y", "Y")]),
            ("2026-04-01T10:00:00+02:00", [partner("agros", "Agros"), partner("y", "Y BV")]),
        )
    )
    [change] = days[0].changes
    assert (change.id, change.action, change.title, change.fields) == ("y", "nieuw", "Y BV", [])


def test_the_editors_words_for_one_version_stay_field_by_field() -> None:
    changes = compare(
        {"partners": [partner("agros", "Agros")]}, {"partners": [partner("agros", "Agros", aliassen=["Agros BV"])]}
    )
    assert lines(changes) == ["partner 'Agros' (agros): gewijzigd", "    aliassen: erbij: 'Agros BV'"]
