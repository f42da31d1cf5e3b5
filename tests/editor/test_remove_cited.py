"""Removing a document that others cite (issue 27): one message per place that cites it, saying what that place
can do (a lesson: another source or no lesson; a list of sources: drop it, or name another if it was the only
one), one line at the document's file that counts the places and names every address that would break, and its
own text in content/ told to go with it — never 'bedoelt u' another record."""

from __future__ import annotations

from conftest import Project, git


def test_removing_a_cited_document_says_what_each_place_can_do(project: Project) -> None:
    for args in (("init", "-q"), ("add", "-A"), ("commit", "-qm", "start")):
        git(project.root, *args)
    path = project.data / "documenten.yaml"
    text = path.read_text("utf-8")
    start = text.index("- id: bijlage-lochem-brummen")
    path.write_text(text[:start] + text[text.index("\n- id:", start) + 1 :], "utf-8")
    result = project.validate()
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if line.startswith(("data/", "content/"))]
    assert "bedoelt u" not in result.stderr
    summary = [line for line in lines if line.startswith("data/documenten.yaml:1:1:")]
    places = [line for line in lines if "is weggehaald uit data/documenten.yaml" in line]
    assert summary == [
        f"data/documenten.yaml:1:1: document 'bijlage-lochem-brummen' staat niet meer in dit bestand en wordt nog op "
        f"{len(places)} plaatsen genoemd (zie de melding bij elke plaats); de adressen /onderzoek/bijlage-lochem-brummen/ "
        "en /onderzoek/regioplan-bijlage-lochem-brummen/ zouden dan niet meer werken. Zet 'bijlage-lochem-brummen' en "
        "'regioplan-bijlage-lochem-brummen' bij oude_ids van het document waar lezers nu heen moeten, of zet het "
        "document terug"
    ]
    lesson = next(line for line in places if "lessen[1].bron" in line)
    assert lesson.endswith(
        "noem voor deze les een andere bron die hetzelfde zegt (het id van een document), of haal "
        "de hele les weg (de regel met '- tekst:' en die met 'bron:')"
    )
    listed = next(line for line in places if "veld 'bronnen[" in line)
    assert listed.endswith(
        "haal deze verwijzing weg uit de lijst; was het de enige bron, noem dan een andere die dit zegt"
    )
    assert (
        "content/onderzoek/bijlage-lochem-brummen.md:1:1: deze tekst hoort bij document 'bijlage-lochem-brummen', "
        "dat uit data/documenten.yaml is weggehaald: haal dit bestand ook weg (of zet het record terug)" in lines
    )
    assert len(lines) == len(places) + 2  # nothing else: one message per mistake
