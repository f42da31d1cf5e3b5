"""The built site is served compacted: the pages without the theme's indentation, the own scripts without comments;
what the pages show and the scripts do stays the same (the browser tests run on this same built site)."""

from __future__ import annotations

import re
from pathlib import Path

from bs4 import BeautifulSoup
from conftest import ROOT

from kennisbank.render.compact import compact_html


def test_own_scripts_are_served_without_comments_and_smaller(built_site: Path) -> None:
    sources = sorted((ROOT / "content" / "javascripts").glob("*.js"))
    assert sources
    for source in sources:
        text = source.read_text("utf-8")
        served = (built_site / "javascripts" / source.name).read_text("utf-8")
        assert "// " not in served.replace("://", ""), source.name  # line comments gone
        assert "/*" not in served, source.name
        assert len(served) < 0.85 * len(text), (source.name, len(served), len(text))


def test_pages_are_served_without_indentation(built_site: Path) -> None:
    page = (built_site / "themas" / "b1-route" / "index.html").read_text("utf-8")
    assert not re.search(r"\n[ \t]", page.split("<pre")[0])  # no line starts with indentation
    assert "\n\n" not in page


def test_compacting_keeps_what_a_reader_sees_and_preformatted_text() -> None:
    html = (
        "<p>een\n      twee <b>drie</b>\n\n   vier</p>\n  <pre>  a\n    b</pre>\n"
        "<code>x\n   y</code><script>const t = `1\n  2`;</script><textarea>q\n  r</textarea>"
    )
    small = compact_html(html)
    assert len(small) < len(html)
    for tag in ("pre", "code", "script", "textarea"):
        before = BeautifulSoup(html, "html.parser").find(tag).string
        assert BeautifulSoup(small, "html.parser").find(tag).string == before, tag
    # The words are separated as before: a browser shows any run of whitespace as one space.
    words = BeautifulSoup(small, "html.parser").find("p").get_text(" ").split()
    assert words == ["een", "twee", "drie", "vier"]
