"""Long lists in pages of at most PAGE_SIZE items: the first page at the list's own address, the next ones at
'pagina-2/', 'pagina-3/' ... below it (data.urls.list_page_url), with plain links between them (paging works
without JavaScript). A list that fits on one page looks exactly as without paging."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from kennisbank.data.urls import list_page_url as page_url

PAGE_SIZE = 50  # today's lists (39 pilots, 10 initiatives) stay on one page
AROUND = 2  # page numbers shown on each side of the current one, besides the first and the last


@dataclass(frozen=True)
class ListPage:
    """One page of a list: its items, where it is, and the links to the pages shown around it."""

    number: int
    count: int  # pages in all
    list_url: str  # the address of the list (its first page)
    items: tuple[Any, ...]
    first: int  # number of the first item on this page (1-based)
    links: tuple[tuple[int | None, str], ...]  # (number, url) per link shown; None: a gap ('…')

    @property
    def url(self) -> str:
        return page_url(self.list_url, self.number)

    @property
    def previous(self) -> str | None:
        return page_url(self.list_url, self.number - 1) if self.number > 1 else None

    @property
    def next(self) -> str | None:
        return page_url(self.list_url, self.number + 1) if self.number < self.count else None


def paged(url: str, items: Sequence[Any], size: int = PAGE_SIZE) -> list[ListPage]:
    """The list at `url` in pages of at most `size` items; an empty list is one empty page."""
    count = max(1, -(-len(items) // size))
    pages = []
    for number in range(1, count + 1):
        shown = sorted({1, count, *range(max(1, number - AROUND), min(count, number + AROUND) + 1)})
        links: list[tuple[int | None, str]] = []
        for n in shown:
            if links and links[-1][0] is not None and n - links[-1][0] > 1:
                links.append((None, ""))
            links.append((n, page_url(url, n)))
        start = (number - 1) * size
        pages.append(ListPage(number, count, url, tuple(items[start : start + size]), start + 1, tuple(links)))
    return pages
