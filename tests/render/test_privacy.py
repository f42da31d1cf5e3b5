"""Privacy, statically: no built page, stylesheet or map loads anything from another host."""

from __future__ import annotations

import re
from pathlib import Path

from bs4 import BeautifulSoup

# Attributes through which a browser fetches something by itself (links to click are not fetches).
FETCHING = {
    ("script", "src"),
    ("img", "src"),
    ("iframe", "src"),
    ("source", "src"),
    ("video", "src"),
    ("audio", "src"),
    ("embed", "src"),
    ("object", "data"),
}
EXTERNAL = re.compile(r"^(https?:)?//", re.IGNORECASE)


def test_no_page_loads_anything_from_another_host(built_site: Path) -> None:
    offending = []
    for html_file in built_site.rglob("*.html"):
        soup = BeautifulSoup(html_file.read_text("utf-8"), "html.parser")
        for tag, attr in FETCHING:
            for element in soup.find_all(tag, attrs={attr: True}):
                if EXTERNAL.match(element[attr]):
                    offending.append(f"{html_file.relative_to(built_site)}: <{tag} {attr}={element[attr]}>")
        for link in soup.find_all("link", href=True):
            rel = " ".join(link.get("rel", []))
            if rel != "canonical" and EXTERNAL.match(link["href"]):
                offending.append(f"{html_file.relative_to(built_site)}: <link rel={rel} href={link['href']}>")
        for style in soup.find_all("style"):
            if re.search(r"(url\(\s*['\"]?(https?:)?//|@import)", style.get_text()):
                offending.append(f"{html_file.relative_to(built_site)}: inline style laadt van buiten")
    for css in built_site.rglob("*.css"):
        text = css.read_text("utf-8", errors="replace")
        for match in re.finditer(r"url\(\s*['\"]?((https?:)?//[^)'\"]+)", text):
            offending.append(f"{css.relative_to(built_site)}: {match.group(1)}")
        if re.search(r"@import\s+(url\()?['\"]?(https?:)?//", text):
            offending.append(f"{css.relative_to(built_site)}: @import van buiten")
    assert not offending, "\n".join(offending[:20])


def test_every_page_carries_the_content_security_policy(built_site: Path) -> None:
    for html_file in list(built_site.rglob("*.html")):
        if html_file.parent.name == "pagefind":
            continue
        soup = BeautifulSoup(html_file.read_text("utf-8"), "html.parser")
        meta = soup.find("meta", attrs={"http-equiv": "Content-Security-Policy"})
        assert meta is not None, html_file
        assert meta["content"].startswith("default-src 'self'")


def test_no_analytics_and_no_repository_widget(built_site: Path) -> None:
    """No tracker scripts, and no repository widget (Material's would call the GitHub API from every page)."""
    for html_file in built_site.rglob("*.html"):
        text = html_file.read_text("utf-8")
        for needle in ("googletagmanager", "google-analytics", "api.github.com", "plausible", "matomo", "md-source"):
            assert needle not in text, (html_file, needle)
