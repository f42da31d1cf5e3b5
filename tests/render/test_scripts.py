"""The site's own scripts are served compacted: no comments, a third smaller, and what they do is tested in the
browser tests (search, comparison, glossary) on the same built site."""

from __future__ import annotations

from pathlib import Path

from conftest import ROOT


def test_own_scripts_are_served_without_comments_and_smaller(built_site: Path) -> None:
    sources = sorted((ROOT / "content" / "javascripts").glob("*.js"))
    assert sources
    for source in sources:
        text = source.read_text("utf-8")
        served = (built_site / "javascripts" / source.name).read_text("utf-8")
        assert "// " not in served.replace("://", ""), source.name  # line comments gone
        assert "/*" not in served, source.name
        assert len(served) < 0.85 * len(text), (source.name, len(served), len(text))
        # Template strings keep their spaces: the texts readers see are unchanged.
        assert "`${value} (${count})`" in served or "${value} (${count})" not in text
