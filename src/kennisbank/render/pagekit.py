"""What every page template works with: the Jinja environment and its filters, the research groups, the
finished page as data, and the blank-line rule that keeps the rendered Markdown's blocks apart. (The labels
of document and media kinds are the reader's words of data/velden.py.)"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

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
    env.filters["vouw"] = fold
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


FOLD_AFTER = 160  # characters of a key fact shown before the rest folds away


def fold(text: str, after: int = FOLD_AFTER) -> Markup:
    """A long key fact as its first words and the rest in a fold-out ('lees verder'), so the "In het kort" box
    stays within a phone's first screen; the full text is there once (no summary repeats it)."""
    text = str(text)
    cut = text.find(" ", after)
    if cut == -1 or len(text) - cut < 40:  # not worth folding a few words
        return Markup(text)
    return Markup(
        f'{text[:cut]}<span class="kb-weglating" aria-hidden="true">…</span> <details class="kb-vouw"><summary>'
        f"lees verder</summary>{text[cut + 1 :]}</details>"
    )
