"""What the built site serves, without what a browser does not need: the page's indentation (every run of
whitespace with a line break becomes one line break) and the own scripts' comments and layout (rjsmin). A reader's
phone loads less; what the pages show and say is the same. The sources stay readable."""

from __future__ import annotations

import re
from pathlib import Path

import rjsmin

# Elements whose whitespace is their content (or code): left exactly as written.
_KEPT = re.compile(r"(<(pre|textarea|script|style|code)\b.*?</\2>)", re.S | re.I)
_INDENTATION = re.compile(r"[ \t]*\n\s*")


def compact_html(html: str) -> str:
    """The page with each run of whitespace that holds a line break as a single line break. A browser shows
    any run of whitespace between words as one space, so the page looks the same; <pre>, <textarea>, <code>,
    <script> and <style> keep theirs."""
    parts = _KEPT.split(html)
    # re.split with two groups gives [text, whole element, tag name, text, ...]: compact the text only.
    return "".join(
        _INDENTATION.sub("\n", part) if i % 3 == 0 else (part if i % 3 == 1 else "") for i, part in enumerate(parts)
    )


def compact_scripts(site_dir: Path) -> tuple[int, int]:
    """Compact every script under javascripts/ in the built site in place; returns the bytes before and after."""
    before = after = 0
    for script in sorted((site_dir / "javascripts").glob("*.js")):
        text = script.read_text("utf-8")
        small = rjsmin.jsmin(text)
        script.write_text(small, "utf-8")
        before, after = before + len(text.encode()), after + len(small.encode())
    return before, after
