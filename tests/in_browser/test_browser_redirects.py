"""An old address still works in a real browser: after `kennisbank hernoem`, a link or bookmark to the old address
of a pilot lands on its page under the new id (no JavaScript needed: a meta refresh)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from browser import serve
from conftest import Project


@pytest.mark.parametrize("javascript", [True, False])
def test_the_old_address_of_a_renamed_pilot_opens_its_page(
    project: Project, browser, tmp_path: Path, javascript: bool
) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kennisbank.editor.cli", "hernoem", "b1-route-almelo", "b1-route-twente"],
        cwd=project.root,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    site = tmp_path / "site"
    assert project.build(site).returncode == 0
    with serve(site) as base:
        context = browser.new_context(java_script_enabled=javascript)
        page = context.new_page()
        page.goto(base + "pilots/b1-route-almelo/")
        page.wait_for_url(base + "pilots/b1-route-twente/")
        assert page.locator("h1").first.inner_text().startswith("B1-route Almelo")
        context.close()
