"""Generated pages without a second parse of their HTML: the HTML blocks are set aside before Markdown runs
and put back into its output unchanged.

Generated pages are Markdown full of finished HTML blocks (tables, lists, figures). Python-Markdown
re-parses every such block with `html.parser` only to pass it through verbatim, which was the largest cost
per page. `stash` replaces each block that Python-Markdown would pass through verbatim by a placeholder
paragraph; Markdown then only sees headings, placeholders and editorial text (so heading ids, the table of
contents and the page title come out exactly as before), and `restore` puts the blocks back. Anything this
module cannot prove simple (comments, <script>, <pre>, unbalanced or void tags, inline-level tags) is left to
Python-Markdown, so the result is the same HTML as a full conversion; tests/test_htmlblocks.py checks that
on every generated page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Python-Markdown's block-level elements (markdown.Markdown().block_level_elements) minus those whose
# content is not HTML or that Python-Markdown treats specially.
BLOCK_LEVEL = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "canvas",
        "center",
        "colgroup",
        "dd",
        "details",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "group",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "iframe",
        "legend",
        "li",
        "main",
        "map",
        "menu",
        "nav",
        "noscript",
        "object",
        "ol",
        "option",
        "output",
        "p",
        "progress",
        "section",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
        "video",
    }
)
_START = re.compile(r"<([a-z][a-z0-9]*)(?=[\s>])")
_UNSAFE = ("<!--", "<script", "<style", "<pre", "<textarea", "<?", "<![", "markdown=")
# Placeholders are plain letters and digits, which no Markdown pattern changes (Python-Markdown drops the
# STX/ETX characters it uses for its own stash from the input); a page that contains the marker itself
# is left whole to Python-Markdown.
_MARKER = "KBHTMLBLOK"
_TOKEN = _MARKER + "{}KB"
_TOKEN_PARAGRAPH = re.compile(f"<p>{_MARKER}(\\d+)KB</p>")


@dataclass
class Stashed:
    markdown: str  # the page's Markdown with placeholders for the HTML blocks
    blocks: list[str] = field(default_factory=list)


def _block_end(lines: list[str], start: int, tag: str) -> int | None:
    """Index of the line that closes the element opened at lines[start], if it closes at a line end
    followed by a blank line (or the end); None when the block is not simple."""
    opening = re.compile(rf"<{tag}(?=[\s>])|</{tag}\s*>")
    depth = 0
    for index in range(start, len(lines)):
        line = lines[index]
        if any(marker in line for marker in _UNSAFE):
            return None
        for match in opening.finditer(line):
            depth += -1 if match.group(0).startswith("</") else 1
            if depth == 0:
                if line[match.end() :].strip():
                    return None  # text after the closing tag: Python-Markdown treats the rest differently
                following_blank = index + 1 == len(lines) or not lines[index + 1].strip()
                return index if following_blank else None
        if depth <= 0:
            return None
    return None


def stash(markdown: str) -> Stashed:
    """Set aside every HTML block that Python-Markdown would pass through verbatim."""
    if _MARKER in markdown:
        return Stashed(markdown)
    lines = markdown.split("\n")
    out: list[str] = []
    result = Stashed("")
    index = 0
    while index < len(lines):
        line = lines[index]
        match = _START.match(line)
        previous_blank = not out or not out[-1].strip()
        end = None
        if match and previous_blank and match.group(1) in BLOCK_LEVEL:
            end = _block_end(lines, index, match.group(1))
        if end is None:
            if match and previous_blank and match.group(1) in BLOCK_LEVEL:
                # A block this module cannot vouch for: Python-Markdown gets the rest of the page as it is,
                # so no later block is taken out of the middle of one it parses.
                out.extend(lines[index:])
                break
            out.append(line)
            index += 1
            continue
        out.append(_TOKEN.format(len(result.blocks)))
        result.blocks.append("\n".join(lines[index : end + 1]))
        index = end + 1
    result.markdown = "\n".join(out)
    return result


def restore(html: str, blocks: list[str]) -> str:
    """Put the blocks back into the HTML that Markdown made of the stashed text."""
    found: set[int] = set()

    def block(match: re.Match[str]) -> str:
        number = int(match.group(1))
        found.add(number)
        return blocks[number] + "\n"  # as Python-Markdown stores a raw block: with its line end

    restored = _TOKEN_PARAGRAPH.sub(block, html).strip()  # Python-Markdown strips its output last
    if len(found) != len(blocks):
        missing = sorted(set(range(len(blocks))) - found)
        raise ValueError(f"HTML-blokken {missing} niet teruggevonden in de uitvoer van Markdown")
    return restored
