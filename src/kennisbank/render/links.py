"""Links checked before the build: a relative link in content/ or in Markdown typed into a YAML field must lead to
a page or file of the site, and a link to the site's own full address or to localhost is refused, each at file and
line with the relative link to write where one can be found. Used by `kennisbank validate` and by the build."""

from __future__ import annotations

import difflib
import posixpath
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import urlsplit

from markdown_it import MarkdownIt

from kennisbank.data import urls
from kennisbank.data.loading import DATA_FILES, ProjectCheck, display_path, project_base
from kennisbank.data.problems import Problem
from kennisbank.data.urls import src_path_for
from kennisbank.render.pages import SiteBuilder

# YAML fields whose text is Markdown on the record's page (see the `md` filter in the templates).
MARKDOWN_FIELDS = {
    "pilots": ("aanpak",),
    "documenten": ("samenvatting",),
    "rode_draden": ("uitleg",),
    "themas": ("introductie", "samenvatting"),
}
LOCAL_HOSTS = {"localhost", "127.0.0.1", "0.0.0.0", "::1"}
# Made by the build next to the pages: downloads, the interactive map, search and the theme's own files.
BUILT_PREFIXES = ("assets/", "pagefind/", "data/", "kaarten/", "vergelijk/", "search/", "sitemap.xml", "404.html")
_HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""")
_markdown = MarkdownIt("commonmark")


@dataclass(frozen=True)
class Site:
    """What a link may lead to: page addresses ('pilots/x/') and files ('stylesheets/x.css')."""

    pages: frozenset[str]
    files: frozenset[str]
    site_url: str = ""

    def has(self, target: str) -> bool:
        return (
            target in self.pages
            or target in self.files
            or target.rstrip("/") + "/" in self.pages
            or target.startswith(BUILT_PREFIXES)
        )

    def closest(self, target: str) -> str | None:
        found = difflib.get_close_matches(target, sorted(self.pages), n=1, cutoff=0.75)
        return found[0] if found else None


def site_for(page_urls: Iterable[str], content_dir: Path | None, site_url: str = "") -> Site:
    pages = set(page_urls)
    files: set[str] = set()
    if content_dir is not None and Path(content_dir).is_dir():
        for path in Path(content_dir).rglob("*"):
            if not path.is_file():
                continue
            relative = path.relative_to(content_dir).as_posix()
            if relative.endswith(".md"):
                stem = relative.removesuffix(".md")
                pages.add("" if stem == "index" else stem.removesuffix("/index") + "/")
            else:
                files.add(relative)
    return Site(
        frozenset(pages), frozenset(files), site_url if site_url.endswith("/") or not site_url else site_url + "/"
    )


def _links(markdown: str) -> list[str]:
    """Every link target in a Markdown text, in order (Markdown links and HTML href attributes)."""
    found = []
    for token in _markdown.parse(markdown):
        for child in [token, *(token.children or [])]:
            if child.type == "link_open" and child.attrGet("href"):
                found.append(str(child.attrGet("href")))
            elif child.type in ("html_block", "html_inline"):
                found += _HREF.findall(child.content)
    return found


def _resolve(page_url: str, target: str) -> str:
    """A relative link on the page at `page_url` as a site address ('' is the home page)."""
    path = target.split("#")[0].split("?")[0]
    joined = posixpath.normpath(posixpath.join("/" + page_url, path))
    resolved = joined.lstrip("/")
    return "" if resolved in ("", ".") else resolved + ("/" if path.endswith("/") else "")


def problem_with(target: str, page_url: str, site: Site, source_path: str | None = None) -> str | None:
    """What is wrong with one link on the page at `page_url` (a content file also gives its source path, for
    links to .md files), or None."""
    parts = urlsplit(target)
    if parts.scheme in ("mailto", "tel") or target.startswith("#"):
        return None
    if parts.scheme in ("http", "https") and (parts.hostname or "") in LOCAL_HOSTS:
        address = _resolve("", parts.path.lstrip("/")) if parts.path else ""
        hint = (
            f" Schrijf de relatieve link: {urls.relative(page_url, address)}"
            if site.has(address)
            else " Haal de link weg of gebruik het openbare adres."
        )
        return f"de link {target} gaat naar localhost, een adres op uw eigen computer; lezers komen daar niet.{hint}"
    if parts.scheme in ("http", "https") and site.site_url and target.startswith(site.site_url):
        address = target.removeprefix(site.site_url).split("#")[0]
        return (
            f"de link {target} gebruikt het volledige adres van de kennisbank zelf; schrijf een relatieve link, "
            f"dan werkt hij ook in het voorbeeld: {urls.relative(page_url, address)}"
        )
    if parts.scheme or parts.netloc:
        return None  # another site: not checked here (no network during the build)
    if target.startswith("/"):
        address = _resolve("", parts.path.lstrip("/"))
        hint = (
            f"; schrijf de relatieve link {urls.relative(page_url, address)}"
            if site.has(address)
            else "; schrijf een relatieve link naar een pagina die bestaat"
        )
        return (
            f"de link {target} begint met /: die werkt niet als de site in een submap staat, zoals het voorbeeld "
            f"bij een pull request{hint}"
        )
    if source_path and parts.path:
        # MkDocs reads a link in a Markdown file relative to that file, and rewrites it when it finds the file.
        src = posixpath.normpath(posixpath.join(posixpath.dirname(source_path), parts.path))
        if src.endswith(".md"):
            stem = src.removesuffix(".md")
            address = "" if stem == "index" else stem.removesuffix("/index") + "/"
            if site.has(address):
                return None
            close = site.closest(address)
            hint = (
                f"; bedoelt u {posixpath.relpath(src_path_for(close), posixpath.dirname(source_path) or '.')}?"
                if close is not None
                else ""
            )
            return f"de link {target} leidt naar een pagina die niet bestaat{hint}"
        elif site.has(src):
            return None
    address = _resolve(page_url, target)
    if site.has(address):
        return None
    if source_path and parts.path.endswith(".md"):  # written as a file: suggest the file of the closest page
        close = site.closest(address)
        hint = (
            f"; bedoelt u {posixpath.relpath(src_path_for(close), posixpath.dirname(source_path) or '.')}?"
            if close is not None
            else ""
        )
        return f"de link {target} leidt naar een pagina die niet bestaat{hint}"
    close = site.closest(address)
    hint = f"; bedoelt u {urls.relative(page_url, close)}?" if close is not None else ""
    return f"de link {target} leidt naar een pagina die niet bestaat ({address or 'de startpagina'}){hint}"


def _position(lines: list[str], start_line: int, target: str) -> tuple[int, int]:
    for number in range(max(start_line, 1), len(lines) + 1):
        col = lines[number - 1].find(target)
        if col >= 0:
            return number, col + 1
    return start_line, 1


def check_content_links(content_dir: Path, site: Site, base: Path | None = None) -> list[Problem]:
    problems: list[Problem] = []
    for path in sorted(Path(content_dir).rglob("*.md")):
        source = path.relative_to(content_dir).as_posix()
        stem = source.removesuffix(".md")
        page_url = "" if stem == "index" else stem.removesuffix("/index") + "/"
        text = path.read_text("utf-8")
        lines = text.splitlines()
        line = 1
        for target in _links(text):
            message = problem_with(target, page_url, site, source)
            line, col = _position(lines, line, target)
            if message:
                problems.append(Problem(display_path(path, base), line, col, message))
    return problems


def check_data_links(check: ProjectCheck, site: Site, page_url_of: dict[tuple[str, str], str]) -> list[Problem]:
    """Links in the Markdown fields of the data; `page_url_of`: (file kind, id) -> the page the field is on."""
    problems: list[Problem] = []
    for kind, fields in MARKDOWN_FIELDS.items():
        file = check.files.get(kind)
        if file is None:
            continue
        lines = (check.data_dir / DATA_FILES[kind][0]).read_text("utf-8").splitlines()
        for index, item in file.items():
            page_url = page_url_of.get((kind, str(item.get("id"))))
            for name in fields:
                if page_url is None or not isinstance(item.get(name), str):
                    continue
                line = file.source.position((index, name))[0]
                for target in _links(item[name]):
                    message = problem_with(target, page_url, site)
                    if message:
                        at_line, col = _position(lines, line, target)
                        problems.append(
                            replace(file.problem((index, name), f"veld '{name}': {message}"), line=at_line, col=col)
                        )
    return problems


def page_addresses(dataset) -> dict[tuple[str, str], str]:
    """(file kind, id) -> the page where that record's Markdown fields are shown."""
    found = {("pilots", r.id): urls.record_url(r) for r in dataset.records}
    found.update({("documenten", d.id): urls.document_url(d) for d in dataset.documenten})
    found.update({("rode_draden", r.id): urls.rode_draad_url(r) for r in dataset.rode_draden})
    found.update({("themas", t.id): urls.thema_url(t) for t in dataset.themas})
    return found


def check_links(
    check: ProjectCheck, content_dir: Path | None, site_url: str, page_urls: Iterable[str] | None = None
) -> list[Problem]:
    """Every link problem of the project; nothing to say while the data itself has problems (the pages, and so
    the addresses links lead to, cannot be made yet). `page_urls`: the pages, when the caller has made them."""
    if check.problems:
        return []
    dataset = check.dataset()
    if page_urls is None:
        page_urls = [page.url for page in SiteBuilder(dataset).pages()]
    site = site_for([*page_urls, *urls.redirects(dataset)], content_dir, site_url)
    base = project_base(check.data_dir)
    problems = check_data_links(check, site, page_addresses(dataset))
    if content_dir is not None and Path(content_dir).is_dir():
        problems += check_content_links(content_dir, site, base)
    return sorted(problems)
