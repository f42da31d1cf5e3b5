"""End to end, as an editor following CONTRIBUTING.md: add a gemeente and a pilot with `kennisbank nieuw`,
fill it in with three ordinary mistakes (a quote, a gemeente name, a field name), and reach a correct
build by doing only what the messages say."""

from __future__ import annotations

import re
import subprocess
import sys

from conftest import Project

MESSAGE = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<text>.*)$")


def kennisbank(project: Project, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kennisbank.editor.cli", *args], cwd=project.root, capture_output=True, text=True
    )


def messages(result: subprocess.CompletedProcess) -> list[re.Match]:
    return [m for m in map(MESSAGE.match, result.stderr.splitlines()) if m]


def change_line(project: Project, message: re.Match, change) -> None:
    path = project.root / message["file"]
    lines = path.read_text("utf-8").split("\n")
    index = int(message["line"]) - 1
    lines[index] = change(lines[index])
    path.write_text("\n".join(lines), "utf-8")


def test_an_editor_adds_a_pilot_guided_only_by_the_messages(project: Project) -> None:
    # Step 1 and 2 of CONTRIBUTING: the gemeente (by name) and the skeleton of the pilot.
    assert kennisbank(project, "nieuw", "gemeente", "Maastricht").returncode == 0
    added = kennisbank(project, "nieuw", "pilot", "--thema", "ontzorgen", "--hoofdaanvrager", "maastricht")
    assert added.returncode == 0, added.stderr
    assert "Volgende stap: open data/pilots.yaml op regel" in added.stdout

    # The editor fills in the record, and makes three mistakes.
    pilots = project.data / "pilots.yaml"
    text = pilots.read_text("utf-8")
    start = text.index("- id: ontzorgen-maastricht\n")
    end = text.index("\n\n", start)
    filled = text[start:end]
    filled = re.sub(
        r'omschrijving: "NOG INVULLEN[^\n]*',
        'omschrijving: "Statushouders die vanaf 2020 in Maastricht zijn gehuisvest.',
        filled,
    )  # no "
    filled = re.sub(
        r'aanpak: "NOG INVULLEN[^\n]*',
        'aanpak: "<b>Vaste lasten</b> worden zes maanden uit de uitkering betaald."',
        filled,
    )
    filled = filled.replace(
        "      rol: hoofdaanvrager\n",
        "      rol: hoofdaanvrager\n    - gemeente: Sitard-Geleen\n      rol: deelnemer\n",
    )
    filled = filled.replace("  kernpunten: []\n", '  kernpunen: ["Groepstraining Omgaan met geld"]\n')
    pilots.write_text(text[:start] + filled + text[end:], "utf-8")

    # First run: the file cannot be read, so only the quote is reported, at the line where it opens.
    first = messages(kennisbank(project, "validate"))
    omschrijving = project.line_of("pilots.yaml", 'omschrijving: "Statushouders die vanaf 2020 in Maastricht')
    assert [(m["file"], int(m["line"])) for m in first] == [("data/pilots.yaml", omschrijving)]
    assert "sluit het aanhalingsteken op regel" in first[0]["text"] and 'zet " aan het eind' in first[0]["text"]
    change_line(project, first[0], lambda line: line + '"')

    # Second run: the gemeente name and the field name, each saying what to write (and the HTML typed into
    # 'aanpak' as a warning, which the editor may leave).
    second = messages(kennisbank(project, "validate"))
    assert [m["text"].split(":")[0] for m in second].count("waarschuwing") == 1
    second = [m for m in second if not m["text"].startswith("waarschuwing")]
    assert [m["text"] for m in second] == [
        "pilot 'ontzorgen-maastricht', veld 'gemeenten[2].gemeente': onbekende gemeente 'Sitard-Geleen'; bedoelt u "
        "Sittard-Geleen? Schrijf: gemeente: sittard-geleen",
        "pilot 'ontzorgen-maastricht', veld 'kernpunen': onbekend veld; bedoelt u 'kernpunten'?",
    ]
    gemeente, field = second
    write = gemeente["text"].split("Schrijf: ", 1)[1]
    change_line(project, gemeente, lambda line: line[: line.index("gemeente:")] + write)
    meant = re.search(r"bedoelt u '([^']+)'", field["text"])[1]
    change_line(project, field, lambda line: line.replace("kernpunen:", f"{meant}:"))

    # Third run: all in order; the HTML typed into 'aanpak' is a warning, which stops nothing.
    done = kennisbank(project, "validate")
    assert done.returncode == 0, done.stderr
    assert done.stdout == (
        "De gegevens in data/ en de teksten in content/ zijn in orde (1 waarschuwing, zie hierboven).\n"
    )
    (warning,) = messages(done)
    aanpak = project.line_of("pilots.yaml", 'aanpak: "<b>Vaste lasten</b>')
    assert (int(warning["line"]), warning["text"]) == (
        aanpak,
        (
            "waarschuwing: pilot 'ontzorgen-maastricht', veld 'aanpak': de tekst bevat HTML (<b>); die wordt niet "
            "uitgevoerd maar letterlijk als tekst getoond. Haal de tag weg, of gebruik Markdown: *schuin*, **vet**, "
            "[tekst](https://…)"
        ),
    )

    # The site builds with the new pilot on its own page, and the build shows the same warning.
    site = project.root / "site-out"
    build = project.build(site)
    assert build.returncode == 0, build.stderr
    assert f"data/pilots.yaml:{aanpak}:11: {warning['text']}" in build.stderr
    page = (site / "pilots" / "ontzorgen-maastricht" / "index.html").read_text("utf-8")
    assert "Ontzorgen Maastricht" in page and "Sittard-Geleen" in page and "Groepstraining Omgaan met geld" in page
