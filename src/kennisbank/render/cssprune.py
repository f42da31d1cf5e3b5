"""Material's stylesheet cut down to the rules the built site can use: a rule stays when one of its selectors
names only classes, ids and attributes that occur in the site's HTML or its own scripts (138 kB -> about 40 kB);
the site's own stylesheets lose their comments and layout whitespace (24 kB -> 18 kB) once built.

Careful by design: a selector with :is(), :where() or :has() stays, what :not() excludes does not count, and
@keyframes, @font-face and @page stay whole; an @media or @supports block keeps the rules that stay inside it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

_CLASS_OR_ID = re.compile(r"[.#](-?[_a-zA-Z][\w-]*)")
_ATTRIBUTE = re.compile(r"\[\s*([\w-]+)")
_NOT = re.compile(r":not\((?:[^()]|\([^()]*\))*\)")
_MARKUP_NAMES = re.compile(r'(?:class|id)="([^"]*)"')
_MARKUP_ATTRIBUTES = re.compile(r"<[a-zA-Z][\w-]*\s([^>]*)>")
_ATTRIBUTE_NAME = re.compile(r"([\w:-]+)=")
_WORD = re.compile(r"[\w-]+")
_WHOLE_BLOCKS = ("@keyframes", "@-webkit-keyframes", "@font-face", "@page", "@property", "@counter-style")


def used_names(markup: Iterable[str], scripts: Iterable[str]) -> tuple[set[str], set[str]]:
    """Class and id names (every word of a class attribute, every word in a script) and attribute names."""
    names, attributes = set(), {"class", "id"}
    for text in markup:
        for value in set(_MARKUP_NAMES.findall(text)):
            names.update(value.split())
        for tag in _MARKUP_ATTRIBUTES.findall(text):
            attributes.update(_ATTRIBUTE_NAME.findall(tag))
    for text in scripts:
        words = _WORD.findall(text)
        names.update(words)
        attributes.update(words)
    return names, attributes


def _unquoted(css: str, start: int = 0) -> Iterator[tuple[int, str]]:
    """(index, character) of every character from `start` that is not in a quoted string or a comment."""
    quote, i = "", start
    while i < len(css):
        char = css[i]
        if quote:
            if char == "\\":
                i += 1
            elif char == quote:
                quote = ""
        elif char in "\"'":
            quote = char
        elif char == "/" and css.startswith("/*", i):
            i = css.find("*/", i + 2) + 1 or len(css)
        else:
            yield i, char
        i += 1


def _blocks(css: str) -> list[tuple[str, str]]:
    """Top-level (prelude, body) pairs of a stylesheet; statements without a body get an empty body."""
    result, depth, start, prelude_end = [], 0, 0, 0
    for i, char in _unquoted(css):
        if char == "{":
            if depth == 0:
                prelude_end = i
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                result.append((css[start:prelude_end].strip(), css[prelude_end + 1:i]))
                start = i + 1
        elif char == ";" and depth == 0:
            result.append((css[start:i + 1].strip(), ""))
            start = i + 1
    return result


def _split_selectors(prelude: str) -> list[str]:
    parts, depth, start = [], 0, 0
    for i, char in enumerate(prelude):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == "," and depth == 0:
            parts.append(prelude[start:i])
            start = i + 1
    return parts + [prelude[start:]]


def _selector_may_match(selector: str, names: set[str], attributes: set[str]) -> bool:
    if re.search(r":(is|where|has)\(", selector):
        return True
    plain = _NOT.sub("", re.sub(r'"[^"]*"|\'[^\']*\'', "", selector))
    return (all(name in names for name in _CLASS_OR_ID.findall(plain))
            and all(name in attributes for name in _ATTRIBUTE.findall(plain)))


def prune(css: str, names: set[str], attributes: set[str]) -> str:
    """The stylesheet without the rules no element of the site can match."""
    kept = []
    for prelude, body in _blocks(css):
        if not body and prelude.endswith(";"):
            kept.append(prelude if not prelude.startswith("/*") else "")
        elif prelude.startswith(_WHOLE_BLOCKS):
            kept.append(f"{prelude}{{{body}}}")
        elif prelude.startswith("@"):
            inner = prune(body, names, attributes)
            if inner:
                kept.append(f"{prelude}{{{inner}}}")
        elif any(_selector_may_match(s, names, attributes) for s in _split_selectors(prelude)):
            kept.append(f"{prelude}{{{body}}}")
    return "".join(kept)


_STRING = r'"(?:\\.|[^"\\])*"|\'(?:\\.|[^\'\\])*\''
_CSS_TOKEN = re.compile(_STRING + r"|/\*.*?\*/|\s+", re.S)


def compact(css: str) -> str:
    """The stylesheet without comments and without whitespace the browser does not need; strings stay as
    they are, and a space stays wherever it separates two words (`0 auto`, `calc(1rem - 2px)`)."""
    def token(match: re.Match) -> str:
        text = match.group(0)
        if text.startswith(("'", '"')):
            return text
        return "" if text.startswith("/*") else " "
    spaced = _CSS_TOKEN.sub(token, css)
    # Remove the space next to punctuation that never needs one (outside strings: those contain no bare { } ; ).
    parts = re.split(f"({_STRING})", spaced)
    return "".join(part if i % 2 else re.sub(r" *([{};,]) *", r"\1", re.sub(" {2,}", " ", part)) for i, part in enumerate(parts)).strip()


_PROPERTY = re.compile(r"(?<=[{;])(--[\w-]+):")
_VAR = re.compile(r"var\(\s*(--[\w-]+)")


def _value_end(css: str, start: int) -> int:
    """Where a declaration's value ends: at the next ; or } outside quotes and brackets."""
    depth = 0
    for i, char in _unquoted(css, start):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char in ";}" and depth <= 0:
            return i
    return len(css)


def drop_unused_properties(css: str, elsewhere: str) -> str:
    """Custom properties (`--md-…`) that nothing reads once the rules using them are pruned: declared, but no
    var() in the stylesheet or in `elsewhere` (the site's own stylesheets, scripts and markup) names them.
    Material declares 42 icons as data URLs this way, most for features the site does not use."""
    while True:
        used = set(_VAR.findall(css)) | set(_VAR.findall(elsewhere))
        kept, position = [], 0
        for match in _PROPERTY.finditer(css):
            if match.start() < position or match.group(1) in used:
                continue
            end = _value_end(css, match.end())
            kept.append(css[position:match.start()])
            position = end + 1 if css.startswith(";", end) else end
        if not kept:
            return css
        css = "".join(kept) + css[position:]


def prune_site(site_dir: Path) -> tuple[int, int]:
    """Prune Material's main stylesheet in a built site in place, and compact the site's own stylesheets;
    returns Material's sheet's size before and after."""
    for own in sorted((site_dir / "stylesheets").glob("*.css")):
        own.write_text(compact(own.read_text("utf-8")), "utf-8")
    sheets = sorted((site_dir / "assets" / "stylesheets").glob("main.*.min.css"))
    if not sheets:
        return 0, 0
    markup = [path.read_text("utf-8", "replace") for path in site_dir.rglob("*.html")]
    scripts = [path.read_text("utf-8", "replace") for path in (site_dir / "javascripts").glob("*.js")]
    names, attributes = used_names(markup, scripts)
    own_css = [path.read_text("utf-8") for path in (site_dir / "stylesheets").glob("*.css")]
    elsewhere = "".join(own_css + scripts + [text for text in markup if "var(--" in text])
    before = after = 0
    for sheet in sheets:
        css = sheet.read_text("utf-8")
        pruned = drop_unused_properties(prune(re.sub(r"/\*.*?\*/", "", css, flags=re.S), names, attributes), elsewhere)
        sheet.write_text(pruned, "utf-8")
        before, after = before + len(css.encode()), after + len(pruned.encode())
    return before, after
