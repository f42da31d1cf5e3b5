"""Finished pages kept between the rebuilds of the preview (`mkdocs serve`), so that a change to one record
re-renders the pages it shows up on, not all six hundred.

A page is reused only when everything its HTML is made of is the same as in the last good build: its own
Markdown and front matter (all data a generated page shows is in its Markdown), the maps and search data
put into it, and what every page shares (configuration, templates, glossary, the set of pages). A build
with any warning or error keeps nothing, so a page is never reused past a problem it would report.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Hashable


@dataclass(frozen=True)
class KeptPage:
    key: Hashable
    content: str  # the page's HTML after on_page_content
    output: str  # the whole written page
    anchors: frozenset[str]  # ids other pages may link to
    links_to_anchors: dict[str, dict[str, str]]  # target page (source path) -> anchor -> link as written


@dataclass
class PageCache:
    kept: dict[str, KeptPage] = field(default_factory=dict)
    pending: dict[str, KeptPage] = field(default_factory=dict)

    def reusable(self, src_path: str, key: Hashable) -> KeptPage | None:
        page = self.kept.get(src_path)
        return page if page is not None and page.key == key else None

    def offer(self, src_path: str, page: KeptPage) -> None:
        """A page of the build under way; kept only if the whole build turns out well (see `commit`)."""
        self.pending[src_path] = page

    def commit(self, build_was_clean: bool, src_paths: set[str]) -> None:
        """At the end of a build: keep its pages if nothing was reported, and forget pages that are gone."""
        if build_was_clean:
            self.kept.update(self.pending)
            self.kept = {path: page for path, page in self.kept.items() if path in src_paths}
        self.pending = {}
