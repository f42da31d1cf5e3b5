"""The preview (`mkdocs serve`, as `scripts/site.sh serve` runs it): a data mistake shows a Dutch error page
in the browser instead of a page that keeps loading, and the site returns as soon as it is fixed."""

from __future__ import annotations

import subprocess
import time
from collections.abc import Callable

import engine
from browser import fetch, free_port
from bs4 import BeautifulSoup
from conftest import Project
from playwright.sync_api import expect

from kennisbank.editor.errorpage import render_error_page
from kennisbank.editor.notices import Notice

WAIT = 180  # seconds; a rebuild takes 10–30 s on a busy machine


def wait_for(url: str, condition: Callable[[int, str], bool], what: str) -> tuple[int, str]:
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        status, body = fetch(url, WAIT)
        if condition(status, body):
            return status, body
        time.sleep(1)
    raise AssertionError(f"na {WAIT} s nog steeds niet: {what} (laatste antwoord {status})")


def test_preview_shows_errors_and_recovers(project: Project, browser) -> None:
    port = free_port()
    log_path = project.root.parent / "serve.log"
    with open(log_path, "w", encoding="utf-8") as log:
        server = engine.serve(project.root, port, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/pilots/b1-route-almelo/"
    tab = browser.new_page()
    try:
        wait_for(url, lambda status, body: status == 200, "de site in het voorbeeld")
        tab.goto(url)
        assert tab.inner_text("h1").strip() == "B1-route Almelo"
        line = project.edit("pilots.yaml", "thema: b1-route\n", "thema: b1route\n")
        # The open page reloads itself (MkDocs' livereload) and now shows the error page.
        expect(tab.locator("h1")).to_contain_text("kan niet worden gebouwd", timeout=WAIT * 1000)
        status, body = wait_for(url, lambda status, body: "kan niet worden gebouwd" in body, "de foutpagina")
        page = BeautifulSoup(body, "html.parser")
        assert page.html["lang"] == "nl"
        assert page.h1.get_text() == "De site kan niet worden gebouwd: 1 probleem"
        [item] = page.select("main ol li")
        assert " ".join(item.get_text().split()) == (
            f"data/pilots.yaml, regel {line}: pilot 'b1-route-almelo', veld 'thema': onbekend thema "
            "'b1route'; kies uit: b1-route, brede-intake, duaal, ontzorgen, vrouwelijke-nareizigers, z-route"
        )
        assert "&#39;b1route&#39;" in body  # escaped
        assert fetch(f"http://127.0.0.1:{port}/")[1] == body  # every address shows it
        project.edit("pilots.yaml", "thema: b1route\n", "thema: b1-route\n")
        status, body = wait_for(url, lambda status, body: status == 200, "de site na de verbetering")
        assert BeautifulSoup(body, "html.parser").h1.get_text().strip() == "B1-route Almelo"
        # The error page in the browser checks by itself and brings the page back.
        expect(tab.locator("h1")).to_have_text("B1-route Almelo", timeout=WAIT * 1000)
    finally:
        tab.close()
        server.terminate()
        server.wait(timeout=30)
    log_text = log_path.read_text("utf-8")
    assert "De browser toont nu een foutpagina met deze meldingen" in log_text
    assert "The server will appear stuck" not in log_text
    assert not list(project.root.glob(".*bouwen")), "the preview builds in place, without a staging folder"


def test_error_page_shows_markup_as_text() -> None:
    body = render_error_page(
        [Notice("data/pilots.yaml", 8, "titel '<script>alert(1)</script>'"), Notice("", None, "onverwachte fout")]
    )
    page = BeautifulSoup(body, "html.parser")
    assert page.h1.get_text() == "De site kan niet worden gebouwd: 2 problemen"
    assert [" ".join(li.get_text().split()) for li in page.select("main ol li")] == [
        "data/pilots.yaml, regel 8: titel '<script>alert(1)</script>'",
        "onverwachte fout",
    ]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert len(page.find_all("script")) == 1  # only the page's own reload check
