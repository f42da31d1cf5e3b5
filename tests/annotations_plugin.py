"""GitHub annotations for failed tests: in a pull request an editor sees, at the test, what it checks and
the first line of what went wrong, in Dutch, instead of only a red cross. Active when GITHUB_ACTIONS=true."""

from __future__ import annotations

import os

import pytest


def _about(item: pytest.Item) -> str:
    """What the test checks: the first line of its docstring, or else of its module's docstring."""
    for owner in (getattr(item, "function", None), getattr(item, "module", None)):
        doc = (getattr(owner, "__doc__", None) or "").strip()
        if doc:
            return doc.splitlines()[0]
    return ""


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo):
    report = yield
    report.kennisbank_about = _about(item)
    return report


def annotation(report: pytest.TestReport, rootdir: str) -> str:
    crash = getattr(report.longrepr, "reprcrash", None)
    path, line = (crash.path, crash.lineno) if crash else (report.location[0], report.location[1] + 1)
    path = os.path.relpath(path, rootdir) if os.path.isabs(path) else path
    first = (crash.message if crash else str(report.longrepr)).strip().splitlines()[0:1]
    about = getattr(report, "kennisbank_about", "")
    message = (
        f"Test mislukt: {report.nodeid}."
        + (f" Deze test controleert: {about}" if about else "")
        + (f"\nWat er misging: {first[0]}" if first else "")
        + "\nHet hele verslag staat in het log van de stap 'Alle tests'. Noemt de melding een bestand in data/"
        " of content/, pas dat dan aan; anders is het geen fout in uw gegevens: vraag hulp in de pull request."
    )
    message = message.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return f"::error file={path},line={line},title=Test mislukt::{message}"


def pytest_terminal_summary(terminalreporter, exitstatus: int, config: pytest.Config) -> None:
    if os.environ.get("GITHUB_ACTIONS") != "true":
        return
    for report in terminalreporter.stats.get("failed", []) + terminalreporter.stats.get("error", []):
        if isinstance(report, pytest.TestReport):
            terminalreporter.write_line(annotation(report, str(config.rootpath)))
