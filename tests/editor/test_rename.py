"""Addresses never break: a renamed id keeps its old address (oude_ids, a forwarding page), `kennisbank hernoem`
does the whole rename in one step, and validate refuses a change that would drop a published address — each
message read whole, as an editor reads it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import GIT, Project, git


def run(project: Project, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kennisbank.editor.cli", *args], cwd=project.root, capture_output=True, text=True
    )


@pytest.fixture
def published(project: Project) -> Project:
    """A project whose current data is the published version (the last commit)."""
    for args in (["init", "-q", "-b", "main"], ["add", "-A"], ["commit", "-q", "-m", "gepubliceerd"]):
        git(project.root, *args)
    return project


def test_a_renamed_id_without_oude_ids_is_refused_at_the_renamed_line(published: Project) -> None:
    line = published.edit("pilots.yaml", "- id: b1-route-almelo\n", "- id: b1-route-twente\n")
    result = published.validate()
    assert result.returncode == 1
    assert (
        f"data/pilots.yaml:{line}:7: pilot 'b1-route-twente', veld 'id': deze pilot had eerder het id "
        "'b1-route-almelo'; het adres /pilots/b1-route-almelo/ zou dan niet meer werken. Om lezers door te "
        "sturen: voeg onder het id toe: oude_ids: [b1-route-almelo]. Sneller: zet het oude id terug en typ "
        "kennisbank hernoem b1-route-almelo b1-route-twente; dat past ook elke verwijzing aan"
    ) in result.stderr.splitlines()
    # The places that still use the old id are told the new one, not 'bedoelt u ...'.
    references = [m for m in result.stderr.splitlines() if "'b1-route-almelo' is een oud id" in m]
    assert len(references) == 6 and all(
        m.endswith("het id is nu 'b1-route-twente'. Schrijf: b1-route-twente") for m in references
    )
    assert "bedoelt u" not in result.stderr


def test_removing_a_record_says_where_to_remove_each_reference(published: Project) -> None:
    text = (published.data / "pilots.yaml").read_text("utf-8")
    start = text.index("- id: ontzorgen-zoetermeer\n")
    end = text.index("\n- id:", start) + 1
    (published.data / "pilots.yaml").write_text(text[:start] + text[end:], "utf-8")
    messages = published.validate().stderr.splitlines()
    references = [m for m in messages if m.startswith("data/documenten.yaml")]
    assert (
        f"data/pilots.yaml:1:1: pilot 'ontzorgen-zoetermeer' staat niet meer in dit bestand en wordt nog op "
        f"{len(references)} plaatsen genoemd (zie de melding bij elke plaats); het adres "
        "/pilots/ontzorgen-zoetermeer/ zou dan niet meer werken. Zet 'ontzorgen-zoetermeer' bij oude_ids van de "
        "pilot waar lezers nu heen moeten, of zet de pilot terug"
    ) in messages
    assert references and all(
        m.endswith(
            "pilot of lopend initiatief 'ontzorgen-zoetermeer' is weggehaald uit "
            "data/pilots.yaml: haal deze verwijzing weg uit de lijst"
        )
        for m in references
    )
    assert not any("bedoelt u" in m for m in messages)


def test_an_old_id_may_not_be_a_current_id(project: Project) -> None:
    line = project.edit(
        "pilots.yaml", "- id: b1-route-almelo\n", "- id: b1-route-almelo\n  oude_ids: [b1-route-delft]\n"
    )
    result = project.validate()
    assert (
        f"data/pilots.yaml:{line + 1}:14: pilot 'b1-route-almelo', veld 'oude_ids[1]': 'b1-route-delft' is ook "
        "het id van een bestaand record in dit bestand; een oud id mag geen huidig id zijn, anders hebben twee "
        "pagina's hetzelfde adres: haal het hier weg"
    ) in result.stderr.splitlines()


def test_hernoem_renames_everywhere_keeps_line_endings_and_the_old_address_forwards(
    published: Project, tmp_path: Path
) -> None:
    documenten = published.data / "documenten.yaml"
    documenten.write_bytes(documenten.read_bytes().replace(b"\n", b"\r\n"))  # written on Windows
    editorial = published.root / "content" / "pilots" / "b1-route-almelo.md"
    editorial.parent.mkdir(parents=True, exist_ok=True)
    editorial.write_text("Meer over Almelo.\n", "utf-8")
    subprocess.run(["git", "commit", "-q", "-am", "Windows"], cwd=published.root, check=True, env=GIT)
    references = [
        n
        for n, line in enumerate(documenten.read_text("utf-8").splitlines(), start=1)
        if line.strip() == "- b1-route-almelo"
    ]
    result = run(published, "hernoem", "b1-route-almelo", "b1-route-twente")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "Het id 'b1-route-almelo' is nu 'b1-route-twente'. Aangepast:",
        "  data/pilots.yaml: 2 regels (6, 7)",
        f"  data/documenten.yaml: 6 regels ({', '.join(map(str, references))})",
        "  content/pilots/b1-route-almelo.md heet nu content/pilots/b1-route-twente.md",
        "Het oude adres /pilots/b1-route-almelo/ stuurt door naar /pilots/b1-route-twente/ (oude_ids).",
        "De gegevens zijn in orde.",
    ]
    pilots = (published.data / "pilots.yaml").read_text("utf-8").splitlines()
    assert pilots[5:7] == ["- id: b1-route-twente", "  oude_ids: [b1-route-almelo]"]
    raw = documenten.read_bytes()
    assert raw.count(b"\r\n") == raw.count(b"\n") and b"b1-route-almelo" not in raw  # CRLF kept, all references
    diff = subprocess.run(["git", "diff", "--numstat"], cwd=published.root, capture_output=True, text=True).stdout
    assert "6\t6\tdata/documenten.yaml" in diff  # only the six reference lines changed
    assert (published.root / "content" / "pilots" / "b1-route-twente.md").is_file()
    assert published.validate().returncode == 0

    site = tmp_path / "site"
    assert published.build(site).returncode == 0
    forward = (site / "pilots" / "b1-route-almelo" / "index.html").read_text("utf-8")
    assert '<meta http-equiv="refresh" content="0; url=../../pilots/b1-route-twente/">' in forward
    assert '<a href="../../pilots/b1-route-twente/">' in forward  # also without automatic forwarding
    assert (site / "pilots" / "b1-route-twente" / "index.html").is_file()


@pytest.mark.parametrize(
    "args, message",
    [
        (
            ["hernoem", "bestaat-niet", "iets"],
            "kennisbank hernoem: geen pilot, lopend initiatief, document, partner, "
            "thema of rode draad heeft het id 'bestaat-niet'",
        ),
        (
            ["hernoem", "b1-route-almelo", "B1 Route"],
            "kennisbank hernoem: 'B1 Route' is geen geldig id: gebruik kleine "
            "letters, cijfers en koppeltekens, bijvoorbeeld b1-route-almelo",
        ),
        (
            ["hernoem", "b1-route-almelo", "b1-route-delft"],
            "kennisbank hernoem: het id 'b1-route-delft' bestaat al in pilots.yaml; kies een ander id",
        ),
    ],
)
def test_hernoem_refuses_with_one_dutch_sentence_and_writes_nothing(
    project: Project, args: list[str], message: str
) -> None:
    before = {p: p.read_bytes() for p in project.data.glob("*.yaml")}
    result = run(project, *args)
    assert result.returncode == 1
    assert result.stderr.strip() == message
    assert {p: p.read_bytes() for p in project.data.glob("*.yaml")} == before


def test_a_file_that_cannot_be_read_loses_no_addresses(published: Project) -> None:
    """A syntax mistake in pilots.yaml is one message: its records are not all reported as removed."""
    line = published.edit("pilots.yaml", '  titel: "B1-route Delft"', '  titel:\u00a0"B1-route Delft"')
    messages = published.validate().stderr.splitlines()
    assert len(messages) == 2 and messages[0].startswith(f"data/pilots.yaml:{line}:9: hier staat een vaste spatie")
