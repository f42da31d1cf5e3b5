"""Links checked before the build: in content/ and in Markdown typed into YAML, a relative link that leads nowhere,
a link to the site's own full address and a link to localhost are refused at file and line, with the relative link
to write. The build refuses them with the same Dutch messages; no English MkDocs line reaches the editor."""

from __future__ import annotations

import pytest
from conftest import Project

PAGE = "content/toegankelijkheid.md"


def add_line(project: Project, text: str) -> int:
    page = project.root / PAGE
    before = page.read_text("utf-8")
    page.write_text(before + f"\n{text}\n", "utf-8")
    return before.count("\n") + 2


@pytest.mark.parametrize(
    "link, message",
    [
        (
            "../../pilots/bestaat-niet/",
            "de link ../../pilots/bestaat-niet/ leidt naar een pagina die niet bestaat (pilots/bestaat-niet/)",
        ),
        (
            "../pilots/b1-route-almeloo/",
            "de link ../pilots/b1-route-almeloo/ leidt naar een pagina die niet bestaat "
            "(pilots/b1-route-almeloo/); bedoelt u ../pilots/b1-route-almelo/?",
        ),
        (
            "https://kennisbank-voi.example/pilots/b1-route-almelo/",
            "de link https://kennisbank-voi.example/pilots/b1-route-almelo/ gebruikt het volledige adres van de kennisbank "
            "zelf; schrijf een relatieve link, dan werkt hij ook in het voorbeeld: ../pilots/b1-route-almelo/",
        ),
        (
            "/pilots/b1-route-almelo/",
            "de link /pilots/b1-route-almelo/ begint met /: die werkt niet als de site in een submap staat, zoals het "
            "voorbeeld bij een pull request; schrijf de relatieve link ../pilots/b1-route-almelo/",
        ),
        (
            "http://127.0.0.1:8000/themas/ontzorgen/",
            "de link http://127.0.0.1:8000/themas/ontzorgen/ gaat naar localhost, een adres op uw eigen computer; lezers "
            "komen daar niet. Schrijf de relatieve link: ../themas/ontzorgen/",
        ),
    ],
)
def test_a_wrong_link_in_content_is_one_message_at_its_line(project: Project, link: str, message: str) -> None:
    line = add_line(project, f"Zie [deze pagina]({link}).")
    result = project.validate()
    assert result.returncode == 1
    assert result.stderr.splitlines()[0] == f"{PAGE}:{line}:19: {message}"
    build = project.build()
    assert build.returncode == 1
    assert f"{PAGE}:{line}:19: {message}" in build.stderr
    assert "unrecognized" not in build.stderr + build.stdout and "Traceback" not in build.stderr


def test_links_that_work_pass(project: Project) -> None:
    add_line(
        project,
        "Zie [Almelo](../pilots/b1-route-almelo/), [toegankelijkheid](toegankelijkheid.md), "
        "[pilots.json](data/pilots.json), [mail](mailto:redactie@example.org) en [CBS](https://www.cbs.nl/).",
    )
    assert project.validate().returncode == 0


def test_a_broken_link_in_a_yaml_text_is_reported_at_its_line_in_the_yaml(project: Project) -> None:
    line = project.edit(
        "pilots.yaml",
        '  aanpak: "Deelnemers volgen een programma',
        '  aanpak: "Zie [Delft](../b1-route-delf/). Deelnemers volgen een programma',
    )
    result = project.validate()
    assert result.stderr.splitlines() == [
        f"data/pilots.yaml:{line}:24: pilot 'b1-route-almelo', veld 'aanpak': de link ../b1-route-delf/ leidt naar "
        "een pagina die niet bestaat (pilots/b1-route-delf/); bedoelt u ../../pilots/b1-route-delft/?",
        "1 probleem gevonden in de gegevens.",
    ]
