"""Pagefind reads only the pages that can be in the index: the home page and every folder except the sections
search leaves out (the comparisons, the editors' pages, 'Wat is er nieuw')."""

from __future__ import annotations

from pathlib import Path

from kennisbank.render.search_index import pages_to_read


def test_pagefind_skips_the_sections_search_leaves_out(tmp_path: Path) -> None:
    for folder in ("pilots/b1-route-almelo", "vergelijk/b1-route-almelo", "redactie/nog-te-doen", "nieuw", "themas"):
        (tmp_path / folder).mkdir(parents=True)
    (tmp_path / "404.html").write_text("", "utf-8")
    assert pages_to_read(tmp_path) == "{index.html,pilots/**/*.html,themas/**/*.html}"
