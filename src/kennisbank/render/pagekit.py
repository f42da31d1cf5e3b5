"""What every page template works with: the Jinja environment and its filters, the research groups, the
finished page as data, and the blank-line rule that keeps the rendered Markdown's blocks apart. (The labels
of document and media kinds are the reader's words of data/velden.py.)"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from jinja2 import Environment, PackageLoader, StrictUndefined

from kennisbank.common.text import aantal, dutch_date
from kennisbank.render.markup import markdown_html, markdown_inline

# The research index groups documents as the publication does; everything else is 'overige'.
RESEARCH_GROUPS = (
    ("eindrapportages", "Eindrapportages", ("eindrapportage",)),
    ("tussenrapportages", "Tussenrapportages", ("tussenrapportage",)),
    ("syntheseonderzoek", "Syntheseonderzoek", ("syntheseonderzoek",)),
    ("evaluaties", "Evaluaties bestaande werkwijzen", ("evaluatie",)),
)
LOPEND_GROUP = ("lopende-initiatieven", "Lopende initiatieven")
TEMPLATES = Path(__file__).parent / "templates"


@dataclass(frozen=True)
class Page:
    src_path: str  # path as MkDocs knows it: 'pilots/b1-route-almelo.md'
    url: str  # site-relative directory URL: 'pilots/b1-route-almelo/'
    markdown: str


@cache  # one per process: `mkdocs serve` rebuilds reuse the compiled templates (Jinja reloads changed ones)
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("kennisbank.render", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["md"] = markdown_html
    env.filters["mdi"] = markdown_inline
    env.filters["datum"] = dutch_date
    env.filters["aantal"] = aantal
    return env


def separate_blocks(markdown: str) -> str:
    """Blank lines around headings and HTML blocks, which Markdown needs to see them as separate blocks
    (template tags at line ends swallow newlines); collapses runs of blank lines."""
    out: list[str] = []
    for line in markdown.splitlines():
        is_block = line.startswith(("#", "<"))
        if is_block and out and out[-1] != "":
            out.append("")
        if line == "" and out and out[-1] == "":
            continue
        out.append(line)
        if is_block:
            out.append("")
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"
