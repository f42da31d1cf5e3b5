"""The engine's own log lines in Dutch, and its warnings turned into a message an editor can act on.

ProperDocs and MkDocs write English ("Doc file 'x.md' contains a link ..."); an editor needs to know which file
and line to change and what to write. The log is only rewritten for display and its warnings collected by
level and logger: nothing the build does depends on the English text.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path

from kennisbank.adapter.engine import HOOK_LOGGER, SERVER_LOGGER
from kennisbank.editor.notices import Notice, github_annotation, in_github_actions, parse_own

# --- INFO lines -------------------------------------------------------------------------------------

_INFO = [
    (re.compile(r"Cleaning site directory"), lambda m, ctx: "Bouwmap wordt leeggemaakt"),
    (
        re.compile(r"Building documentation to directory: (.*)"),
        lambda m, ctx: (
            f"Site wordt gebouwd voor {ctx.get('target', m[1])} (eerst in een tijdelijke map; "
            "de site verandert pas als de bouw zonder problemen klaar is)"
        ),
    ),
    (
        re.compile(r"Documentation built in ([\d.]+) seconds"),
        lambda m, ctx: (
            # A build goes on with the search index and says "Site gebouwd" itself once it is published
            # (adapter.events.on_shutdown); the preview is ready here.
            f"Pagina's gemaakt in {m[1].replace('.', ',')} seconden; nu de zoekindex"
            if ctx.get("target")
            else f"Site gebouwd in {m[1].replace('.', ',')} seconden"
        ),
    ),
    (re.compile(r"Building documentation\.\.\."), lambda m, ctx: "Site wordt gebouwd ..."),
    (
        re.compile(r"Serving on (\S+)"),
        lambda m, ctx: f"Voorbeeld op {m[1]} (open dit adres in de browser; stoppen met Ctrl+C)",
    ),
    (re.compile(r"Watching paths for changes: (.*)", re.S), lambda m, ctx: f"Wijzigingen worden gevolgd in: {m[1]}"),
    (re.compile(r"Detected file changes"), lambda m, ctx: "Wijziging gezien; de site wordt opnieuw gebouwd"),
    (re.compile(r"Reloading browsers"), lambda m, ctx: "Open pagina's in de browser worden ververst"),
    (re.compile(r"Shutting down\.\.\."), lambda m, ctx: "Voorbeeld gestopt"),
]


def translate_info(message: str, target: str | None = None) -> str | None:
    """Dutch for one of MkDocs' INFO lines, or None if it is not one we know."""
    context = {"target": target} if target else {}
    stamp, message = _split_time(message)
    for pattern, dutch in _INFO:
        if match := pattern.fullmatch(message):
            return stamp + dutch(match, context)
    return None


def _split_time(message: str) -> tuple[str, str]:
    """The preview server puts the time before its lines: "[14:59:22] Serving on ..."."""
    if match := re.match(r"\[\d\d:\d\d:\d\d\] ", message):
        return match[0], message[match.end() :]
    return "", message


# --- WARNING lines ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Sources:
    """Where an editor's text lives: content/ (docs_dir) and data/, to find the line of a link."""

    root: Path
    docs_dir: Path

    def rel(self, path: Path) -> str:
        try:
            return path.relative_to(self.root).as_posix()
        except ValueError:
            return path.as_posix()

    def locate(self, doc: str, needle: str) -> tuple[str, int | None]:
        """The file and line where `needle` (a link as typed) appears: the Markdown file itself, or for
        a generated page the data file whose text contains it."""
        page_file = self.docs_dir / doc
        candidates = [page_file] if page_file.is_file() else sorted((self.root / "data").glob("*.yaml"))
        for path in candidates:
            line = _line_of(path, needle)
            if line:
                return self.rel(path), line
        return (self.rel(page_file), None) if page_file.is_file() else (f"pagina {doc} (gemaakt uit data/)", None)


def _line_of(path: Path, needle: str) -> int | None:
    try:
        text = path.read_text("utf-8")
    except OSError:
        return None
    for pattern in (f"({needle})", f"({needle} ", f"]: {needle}", needle):
        index = text.find(pattern)
        if index >= 0:
            return text.count("\n", 0, index) + 1
    return None


_LINK_NOT_FOUND = re.compile(
    r"Doc file '(?P<doc>[^']+)' contains a link '(?P<link>[^']+)', but the target"
    r"(?: '(?P<target>[^']+)')? is not found among documentation files\."
    r"(?: Did you mean '(?P<suggest>[^']+)'\?)?"
)
_ANCHOR_OTHER = re.compile(
    r"Doc file '(?P<doc>[^']+)' contains a link '(?P<link>[^']+)', but the doc "
    r"'(?P<other>[^']+)' does not contain an anchor '#(?P<anchor>[^']+)'\."
)
_ANCHOR_SAME = re.compile(
    r"Doc file '(?P<doc>[^']+)' contains a link '(?P<link>[^']+)', but there is no "
    r"such anchor on this page\.(?P<rest>.*)",
    re.S,
)
_UNRECOGNIZED = re.compile(
    r"Doc file '(?P<doc>[^']+)' contains an unrecognized relative link "
    r"'(?P<link>[^']+)', it was left as is\.(?: Did you mean '(?P<suggest>[^']+)'\?)?"
)
_ABSOLUTE = re.compile(
    r"Doc file '(?P<doc>[^']+)' contains an absolute link '(?P<link>[^']+)', it was left "
    r"as is\.(?: Did you mean '(?P<suggest>[^']+)'\?)?"
)
_CONFLICT = re.compile(r"Excluding '(?P<a>[^']+)' from the site because it conflicts with '(?P<b>[^']+)'\.")
_NAV_MISSING = re.compile(
    r"A reference to '(?P<ref>[^']+)' is included in the 'nav' configuration, which is "
    r"not found in the documentation files\."
)

LINK_ADVICE = (
    "een link naar een andere pagina is het pad van haar .md-bestand, gezien vanaf dit bestand, "
    "bijvoorbeeld '../pilots/b1-route-almelo.md'"
)
UNKNOWN_ADVICE = (
    "melding van het bouwprogramma; de bouw stopt hierdoor. Weet u niet wat u moet "
    "veranderen, vraag dan hulp en stuur deze regel mee"
)


def translate_warning(message: str, sources: Sources) -> Notice:
    """A Dutch notice for one of MkDocs' warnings, with the file and line to change where we can find them."""
    if m := _LINK_NOT_FOUND.fullmatch(message):
        file, line = sources.locate(m["doc"], m["link"])
        advice = f"bedoelt u '{m['suggest']}'?" if m["suggest"] else f"controleer de schrijfwijze: {LINK_ADVICE}"
        return Notice(file, line, f"de link '{m['link']}' wijst naar een pagina die niet bestaat; {advice}")
    if m := _ANCHOR_OTHER.fullmatch(message):
        file, line = sources.locate(m["doc"], m["link"])
        return Notice(
            file,
            line,
            f"de link '{m['link']}' wijst naar het kopje '#{m['anchor']}', maar dat staat niet "
            f"op pagina {m['other']}; controleer het deel na het #-teken",
        )
    if m := _ANCHOR_SAME.fullmatch(message):
        file, line = sources.locate(m["doc"], m["link"])
        return Notice(
            file,
            line,
            f"de link '{m['link']}' wijst naar een kopje dat niet op deze pagina staat; "
            "controleer het deel na het #-teken",
        )
    if m := _UNRECOGNIZED.fullmatch(message) or _ABSOLUTE.fullmatch(message):
        file, line = sources.locate(m["doc"], m["link"])
        advice = f"bedoelt u '{m['suggest']}'?" if m["suggest"] else LINK_ADVICE
        return Notice(file, line, f"de link '{m['link']}' is geen pad naar een pagina; {advice}")
    if m := _CONFLICT.fullmatch(message):
        docs = sources.rel(sources.docs_dir)
        return Notice(
            f"{docs}/{m['a']}",
            None,
            f"dit bestand wordt niet gepubliceerd: {docs}/{m['b']} maakt dezelfde "
            "pagina; verwijder of hernoem een van beide",
        )
    if m := _NAV_MISSING.fullmatch(message):
        return Notice(
            "mkdocs.yml",
            _line_of(sources.root / "mkdocs.yml", m["ref"]),
            f"het menu (nav) noemt '{m['ref']}', maar dat bestand staat niet in "
            f"{sources.rel(sources.docs_dir)}/; controleer de bestandsnaam",
        )
    return Notice("", None, f"{message}\n  ({UNKNOWN_ADVICE})")


class DutchLog(logging.Filter):
    """Attached to the engine's log handlers: rewrites its INFO lines and warnings in Dutch (once per record)
    and keeps every warning and error of the current build."""

    def __init__(self, sources: Sources, target: str | None = None):
        super().__init__()
        self.sources = sources
        self.target = target
        self.notices: list[Notice] = []

    def reset(self, sources: Sources, target: str | None) -> None:
        self.sources, self.target, self.notices = sources, target, []

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "kennisbank_nl", False):
            return True
        record.kennisbank_nl = True
        message = record.getMessage()
        dutch: str | None = None
        if record.levelno >= logging.WARNING and record.name.startswith(SERVER_LOGGER):
            pass  # the preview server's request log ("GET /x code 404") is not a build problem
        elif record.levelno >= logging.WARNING:
            if record.name.startswith(HOOK_LOGGER):  # our own messages are Dutch already
                notice = parse_own(message)
            else:
                notice = translate_warning(message, self.sources)
                dutch = str(notice)
            self.notices.append(notice)
            if in_github_actions() and notice.file:
                print(github_annotation("error", notice), flush=True)
        elif record.levelno == logging.INFO:
            dutch = translate_info(message, self.target)
        if dutch is not None:
            record.msg, record.args = dutch, ()
        return True
