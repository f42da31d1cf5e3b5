"""Pages at old addresses that send the reader on to the current one: a record's `oude_ids` keep links, bookmarks
and search engines working after an id changes. Plain HTML (a meta refresh and a link), no script."""

from __future__ import annotations

import html

from kennisbank.data import urls
from kennisbank.data.model import Dataset
from kennisbank.render.privacy import csp_meta


def redirect_pages(dataset: Dataset) -> dict[str, str]:
    """Site path ('pilots/oud-id/index.html') -> the page that forwards to the current address."""
    pages = {}
    for old, new in sorted(urls.redirects(dataset).items()):
        target = html.escape(urls.relative(old, new))
        pages[f"{old}index.html"] = (
            '<!doctype html>\n<html lang="nl">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"{csp_meta()}\n"
            f'<title>Deze pagina is verhuisd</title>\n<meta http-equiv="refresh" content="0; url={target}">\n'
            f'<link rel="canonical" href="{target}">\n<meta name="robots" content="noindex">\n</head>\n<body>\n'
            f'<main><h1>Deze pagina is verhuisd</h1><p>U vindt haar nu op <a href="{target}">het nieuwe adres</a>.'
            "</p></main>\n</body>\n</html>\n"
        )
    return pages
