"""Publishing safely (issue 26): the sitemap leaves out pages that ask not to be indexed; a build that will be
published never goes out with the example address, and takes the address the workflow knows while the owner
has not set one; a pull request's preview says on every page that it is a preview and asks not to be indexed."""

from __future__ import annotations

import os
from pathlib import Path

import engine
from bs4 import BeautifulSoup
from conftest import ROOT


def test_the_sitemap_leaves_out_pages_that_ask_not_to_be_indexed(built_site: Path) -> None:
    sitemap = (built_site / "sitemap.xml").read_text("utf-8")
    assert "/pilots/b1-route-almelo/" in sitemap
    assert "/redactie/nog-te-doen/" not in sitemap
    noindex = BeautifulSoup((built_site / "redactie" / "nog-te-doen" / "index.html").read_text("utf-8"), "html.parser")
    assert noindex.find("meta", attrs={"name": "robots", "content": "noindex"}) is not None


def test_a_published_build_never_uses_the_example_address(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("KENNISBANK_SITE_URL", "KENNISBANK_PAGES_URL")}
    refused = engine.build(ROOT, tmp_path / "site", env={**env, "KENNISBANK_PUBLICEREN": "1"})
    assert refused.returncode == 1
    assert (
        "site_url is nog het voorbeeldadres https://kennisbank-voi.example/, en deze bouw wordt gepubliceerd"
        in refused.stderr
    )
    assert not (tmp_path / "site").exists()
    pages = "https://divosa.github.io/kennisbank/"
    published = engine.build(
        ROOT, tmp_path / "site", env={**env, "KENNISBANK_PUBLICEREN": "1", "KENNISBANK_PAGES_URL": pages}
    )
    assert published.returncode == 0, published.stderr
    assert f"<loc>{pages}pilots/b1-route-almelo/</loc>" in (tmp_path / "site" / "sitemap.xml").read_text("utf-8")
    assert "kennisbank-voi.example" not in (tmp_path / "site" / "nieuw" / "feed.xml").read_text("utf-8")


def test_a_preview_says_so_on_every_page_and_asks_not_to_be_indexed(tmp_path: Path) -> None:
    result = engine.build(
        ROOT,
        tmp_path / "site",
        env={
            **os.environ,
            "KENNISBANK_VOORBEELD": "pull request 12",
            "KENNISBANK_PAGES_URL": "https://x.github.io/k/voorbeeld/pr-12/",
        },
    )
    assert result.returncode == 0, result.stderr
    for page in ("index.html", "pilots/b1-route-almelo/index.html", "gemeenten/boxtel/index.html"):
        soup = BeautifulSoup((tmp_path / "site" / page).read_text("utf-8"), "html.parser")
        assert (
            soup.select_one(".md-banner .kb-voorbeeld")
            .get_text(" ", strip=True)
            .startswith("Voorbeeld bij pull request 12:")
        ), page
        assert [m["content"] for m in soup.find_all("meta", attrs={"name": "robots"})] == ["noindex"], page
