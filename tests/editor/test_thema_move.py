"""Moving a pilot to another thema (issue 27): every report of the old thema that still lists it gets a warning
at that line, and so does the pilot when its id or title still names the old thema, with the `kennisbank hernoem`
command that changes the id and keeps the old address."""

from __future__ import annotations

from conftest import Project, git


def test_moving_a_pilot_warns_where_the_old_thema_remains(project: Project) -> None:
    for args in (("init", "-q"), ("add", "-A"), ("commit", "-qm", "start")):
        git(project.root, *args)
    text = (project.data / "pilots.yaml").read_text("utf-8")
    at = text.index("thema: ontzorgen", text.index("- id: ontzorgen-zoetermeer"))
    (project.data / "pilots.yaml").write_text(text[:at] + "thema: z-route" + text[at + 16 :], "utf-8")
    line = text.count("\n", 0, at) + 1
    result = project.validate()
    assert result.returncode == 0, result.stderr
    warnings = result.stderr.splitlines()
    assert (
        f"data/pilots.yaml:{line}:10: waarschuwing: pilot 'ontzorgen-zoetermeer', veld 'thema': deze pilot staat "
        "nu onder Z-route (was Ontzorgen), maar id en titel noemen nog het oude thema. Geef haar een nieuw id met: "
        "kennisbank hernoem ontzorgen-zoetermeer z-route-zoetermeer (het oude adres blijft werken) en pas de titel "
        "aan"
    ) in warnings
    reports = [w for w in warnings if w.startswith("data/documenten.yaml") and "'ontzorgen-zoetermeer' staat nu" in w]
    assert {w.split("'")[1] for w in reports} == {
        "eindrapport-ontzorgen",
        "tussenrapport-ontzorgen",
        "van-start-tot-finish-deel-5",
    }
    assert all(
        w.endswith(
            "dit document gaat over Ontzorgen. Behandelt het de pilot echt, laat het dan staan; anders: "
            "haal het hier weg"
        )
        for w in reports
    )
