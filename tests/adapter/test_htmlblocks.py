"""Generated pages skip Markdown's second parse of their HTML (kennisbank.render.htmlblocks) and must come out
exactly as a full Python-Markdown conversion with the site's own extensions: same HTML, same heading ids
and table of contents."""

from __future__ import annotations

import markdown
import pytest
import yaml
from conftest import ROOT

from kennisbank.adapter import htmlblocks
from kennisbank.data.loading import load_dataset
from kennisbank.render.pages import SiteBuilder


class _ConfigLoader(yaml.SafeLoader):
    """mkdocs.yml with MkDocs' own tags (such as !ENV for the site address), which this test does not need."""


_ConfigLoader.add_multi_constructor("!", lambda loader, suffix, node: None)


def _extensions() -> tuple[list[str], dict]:
    config = yaml.load((ROOT / "mkdocs.yml").read_text("utf-8"), Loader=_ConfigLoader)
    names, settings = [], {}
    for entry in config["markdown_extensions"]:
        name, options = next(iter(entry.items())) if isinstance(entry, dict) else (entry, {})
        names.append(name)
        settings[name] = options or {}
    return names, settings


def convert_full(text: str) -> tuple[str, list]:
    names, settings = _extensions()
    md = markdown.Markdown(extensions=names, extension_configs=settings)
    return md.convert(text), md.toc_tokens


def convert_stashed(text: str) -> tuple[str, list]:
    names, settings = _extensions()
    md = markdown.Markdown(extensions=names, extension_configs=settings)
    stashed = htmlblocks.stash(text)
    return htmlblocks.restore(md.convert(stashed.markdown), stashed.blocks), md.toc_tokens


@pytest.fixture(scope="module")
def generated_pages():
    content = ROOT / "content"
    editorial = {p.relative_to(content).as_posix(): p.read_text("utf-8") for p in content.rglob("*.md")}
    return SiteBuilder(load_dataset(ROOT / "data"), editorial, None, {}).pages()


def test_every_generated_page_is_the_same_html_with_the_same_headings(generated_pages) -> None:
    assert len(generated_pages) > 200
    different = [
        page.src_path for page in generated_pages if convert_full(page.markdown) != convert_stashed(page.markdown)
    ]
    assert not different, different[:10]


def test_most_html_is_set_aside(generated_pages) -> None:
    """The point of the module: the HTML blocks of a pilot page never reach Markdown."""
    page = next(p for p in generated_pages if p.src_path == "pilots/b1-route-almelo.md")
    stashed = htmlblocks.stash(page.markdown)
    assert len(stashed.blocks) >= 10
    assert "<ul" not in stashed.markdown and "<div" not in stashed.markdown


@pytest.mark.parametrize(
    "text",
    [
        '# Titel { data-pagefind-weight="10" }\n\n<p>een</p>\n\n## Twee\n\n<ul class="x">\n\n<li>a</li>\n\n</ul>\n',
        "<div>open\n\n*nadruk*\n\n</div>\n\n## Kop\n",  # blank lines inside a block
        "<div>a</div> staart\n\n<p>b</p>\n",  # text after the closing tag
        "<p>a</p>\n<p>b</p>\n\n<p>c</p>\n",  # blocks without a blank line between
        "<!-- opmerking -->\n\n<p>a</p>\n",  # a comment: left to Markdown
        "<div>\n<script>var x = '<div>';</script>\n</div>\n\n<p>na</p>\n",  # script inside: left to Markdown
        "<div>nooit gesloten\n\n<p>a</p>\n",  # unbalanced
        "<span>inline</span> *tekst*\n\n<p>a</p>\n",  # an inline tag is a paragraph
        "Tekst KBHTMLBLOK0KB\n\n<p>a</p>\n",  # the marker itself in the text
        "## Dubbel\n\n<p>a</p>\n\n## Dubbel\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n<table><tr><td>x</td></tr></table>\n",
    ],
)
def test_edge_cases_come_out_as_a_full_conversion(text: str) -> None:
    assert convert_stashed(text) == convert_full(text)
