"""Shared fixtures: a throw-away copy of the project so tests can break data and build freely."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import engine
import pytest
from annotations_plugin import pytest_runtest_makereport, pytest_terminal_summary  # noqa: F401 - hooks

ROOT = Path(__file__).resolve().parent.parent
# mkdocs-material prints an end-of-life banner on every build; it is noise in test output.
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
PROJECT_PARTS = ("mkdocs.yml", "content", "data", "hooks", "overrides")


@dataclass
class Project:
    root: Path

    @property
    def data(self) -> Path:
        return self.root / "data"

    def edit(self, name: str, old: str, new: str, count: int = 1) -> int:
        """Replace text in a data file; returns the 1-based line where the new text starts."""
        path = self.data / name
        text = path.read_text("utf-8")
        assert old in text, f"test setup: {old!r} not in {name}"
        index = text.index(old)
        path.write_text(text.replace(old, new, count), "utf-8")
        return text.count("\n", 0, index) + 1

    def line_of(self, name: str, needle: str) -> int:
        text = (self.data / name).read_text("utf-8")
        return text.count("\n", 0, text.index(needle)) + 1

    def validate(self) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "kennisbank.editor.cli", "validate"], cwd=self.root, capture_output=True, text=True
        )

    def validate_on(self, day: str) -> subprocess.CompletedProcess:
        """`kennisbank validate` as on `day` (the build date, YYYY-MM-DD)."""
        return subprocess.run(
            [sys.executable, "-m", "kennisbank.editor.cli", "validate"],
            cwd=self.root,
            capture_output=True,
            text=True,
            env={**os.environ, "KENNISBANK_BOUWDATUM": day},
        )

    def build(self, site_dir: Path | None = None) -> subprocess.CompletedProcess:
        site = site_dir or self.root / "site"
        return engine.build(self.root, site)


# Who commits in a throw-away repository made by a test (CI has no git identity of its own).
GIT = {
    **os.environ,
    "GIT_AUTHOR_NAME": "Redactie",
    "GIT_AUTHOR_EMAIL": "redactie@example.org",
    "GIT_COMMITTER_NAME": "Redactie",
    "GIT_COMMITTER_EMAIL": "redactie@example.org",
}


def git(root: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=root, check=True, env=GIT, capture_output=True)


def copy_project(target: Path) -> Path:
    """The parts of the project a build needs, copied into `target` (also used by benchmarks/synthetic.py)."""
    target.mkdir(parents=True, exist_ok=True)
    for part in PROJECT_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, target / part)
        else:
            shutil.copy2(source, target / part)
    return target


@pytest.fixture
def project(tmp_path: Path) -> Project:
    return Project(copy_project(tmp_path / "project"))


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real project, built once into a temporary folder with --strict."""
    site = tmp_path_factory.mktemp("site")
    result = engine.build(ROOT, site)
    assert result.returncode == 0, result.stderr
    assert "WARNING -" not in result.stderr, result.stderr
    return site


@pytest.fixture(scope="session")
def site_url(built_site: Path):
    from browser import serve

    with serve(built_site) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    from browser import CHROMIUM, CHROMIUM_ARGS
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield instance
        instance.close()


@pytest.fixture
def page(browser, site_url):
    """A fresh browser page whose requests are logged; fails the test if anything left the site."""
    from browser import RequestLog

    context = browser.new_context()
    tab = context.new_page()
    log = RequestLog(site_url.rstrip("/"))
    tab.on("request", log)
    tab.request_log = log
    yield tab
    context.close()
    assert not log.outside(), f"verzoeken buiten de site: {log.outside()}"
