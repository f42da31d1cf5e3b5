"""Material's stylesheet cut down to the rules the built site can use: a rule stays when one of its selectors
names only classes, ids and attributes that occur in the site's HTML or its own scripts (138 kB -> about 40 kB);
the site's own stylesheets lose their comments and layout whitespace (24 kB -> 18 kB) once built.

Careful by design: a selector with :is(), :where() or :has() stays, what :not() excludes does not count, and
@keyframes, @font-face and @page stay whole; an @media or @supports block keeps the rules that stay inside it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from kennisbank.common.store import Store, key_of, maker_of

_CLASS_OR_ID = re.compile(r"[.#](-?[_a-zA-Z][\w-]*)")
_ATTRIBUTE = re.compile(r"\[\s*([\w-]+)")
_NOT = re.compile(r":not\((?:[^()]|\([^()]*\))*\)")
_MARKUP_NAMES = re.compile(r'(?:class|id)="([^"]*)"')
_MARKUP_ATTRIBUTES = re.compile(r"<[a-zA-Z][\w-]*\s([^>]*)>")
_ATTRIBUTE_NAME = re.compile(r"([\w:-]+)=")
_WORD = re.compile(r"[\w-]+")
# Part of every cache key: after any change to this code, the pruned sheets are made again.
PRUNER = maker_of(__file__)
_WHOLE_BLOCKS = ("@keyframes", "@-webkit-keyframes", "@font-face", "@page", "@property", "@counter-style")


def used_names(markup: Iterable[str], scripts: Iterable[str]) -> tuple[set[str], set[str]]:
    """Class and id names (every word of a class attribute, every word in a script) and attribute names."""
    found = _Found()
    for text in markup:
        found.add_markup(text)
    return found.names_and_attributes(scripts)


class _Found:
    """What the pages hold, gathered one page at a time (each distinct value and tag read once: every page
    repeats the same header and navigation)."""

    def __init__(self) -> None:
        self.values: set[str] = set()
        self.tags: set[str] = set()
        self.properties: set[str] = set()  # custom properties read with var() in the markup

    def add_markup(self, text: str) -> None:
        self.values.update(_MARKUP_NAMES.findall(text))
        self.tags.update(_MARKUP_ATTRIBUTES.findall(text))
        if "var(--" in text:
            self.properties.update(read_properties(text))

    def names_and_attributes(self, scripts: Iterable[str]) -> tuple[set[str], set[str]]:
        names = {word for value in self.values for word in value.split()}
        attributes = {"class", "id"} | {name for tag in self.tags for name in _ATTRIBUTE_NAME.findall(tag)}
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
                result.append((css[start:prelude_end].strip(), css[prelude_end + 1 : i]))
                start = i + 1
        elif char == ";" and depth == 0:
            result.append((css[start : i + 1].strip(), ""))
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


def _plain(selector: str) -> str:
    """The selector without strings and without what :not() excludes: the names it needs."""
    return _NOT.sub("", re.sub(r'"[^"]*"|\'[^\']*\'', "", selector))


def _selector_may_match(selector: str, names: set[str], attributes: set[str]) -> bool:
    if re.search(r":(is|where|has)\(", selector):
        return True
    plain = _plain(selector)
    return all(name in names for name in _CLASS_OR_ID.findall(plain)) and all(
        name in attributes for name in _ATTRIBUTE.findall(plain)
    )


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
    return "".join(
        part if i % 2 else re.sub(r" *([{};,]) *", r"\1", re.sub(" {2,}", " ", part)) for i, part in enumerate(parts)
    ).strip()


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


def read_properties(text: str) -> set[str]:
    """The custom properties `text` reads with var()."""
    return set(_VAR.findall(text))


def drop_unused_properties(css: str, read_elsewhere: set[str]) -> str:
    """Custom properties (`--md-…`) that nothing reads once the rules using them are pruned: declared, but no
    var() in the stylesheet or elsewhere (`read_elsewhere`: those the site's own stylesheets, scripts and markup
    read) names them. Material declares 42 icons as data URLs this way, most for features the site does not use."""
    while True:
        used = read_properties(css) | read_elsewhere
        kept, position = [], 0
        for match in _PROPERTY.finditer(css):
            if match.start() < position or match.group(1) in used:
                continue
            end = _value_end(css, match.end())
            kept.append(css[position : match.start()])
            position = end + 1 if css.startswith(";", end) else end
        if not kept:
            return css
        css = "".join(kept) + css[position:]


def looked_up(css: str) -> tuple[set[str], set[str]]:
    """Every class or id name and attribute name `prune` asks about for this stylesheet: only these of the site's
    names change what it keeps."""
    names: set[str] = set()
    attributes: set[str] = set()
    for prelude, body in _blocks(css):
        if prelude.startswith(_WHOLE_BLOCKS) or (not body and prelude.endswith(";")):
            continue
        if prelude.startswith("@"):
            inner = looked_up(body)
            names |= inner[0]
            attributes |= inner[1]
            continue
        for selector in _split_selectors(prelude):
            if not re.search(r":(is|where|has)\(", selector):
                plain = _plain(selector)
                names.update(_CLASS_OR_ID.findall(plain))
                attributes.update(_ATTRIBUTE.findall(plain))
    return names, attributes


def prune_theme_sheet(css: str, names: set[str], attributes: set[str], read_elsewhere: set[str], store: Store) -> str:
    """`prune` and `drop_unused_properties` of one theme stylesheet, made again only when what they depend on
    changed: the stylesheet, the names it asks about that the site has, and the properties read elsewhere."""
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
    asked = json.loads(
        store.made(
            "css-asked", key_of(PRUNER, css), lambda: json.dumps([sorted(part) for part in looked_up(css)]).encode()
        )
    )
    used_names, used_attributes = names & set(asked[0]), attributes & set(asked[1])
    key = key_of(PRUNER, css, *sorted(used_names), "|", *sorted(used_attributes), "|", *sorted(read_elsewhere))
    return store.made(
        "css-pruned",
        key,
        lambda: drop_unused_properties(prune(css, used_names, used_attributes), read_elsewhere).encode(),
    ).decode()


def prune_site(site_dir: Path, theme_sheets: Iterable[Path], store: Store) -> tuple[int, int]:
    """Prune the theme's stylesheets (`theme_sheets`, files in the built site) in place, and compact the site's
    own stylesheets; returns the theme sheets' size before and after. Every page is read once, one at a time."""
    own_css = []
    for own in sorted((site_dir / "stylesheets").glob("*.css")):
        own_css.append(compact(own.read_text("utf-8")))
        own.write_text(own_css[-1], "utf-8")
    sheets = sorted(theme_sheets)
    if not sheets:
        return 0, 0
    found = _Found()
    for page in site_dir.rglob("*.html"):
        found.add_markup(page.read_text("utf-8", "replace"))
    scripts = [path.read_text("utf-8", "replace") for path in sorted((site_dir / "javascripts").glob("*.js"))]
    names, attributes = found.names_and_attributes(scripts)
    read_elsewhere = found.properties | read_properties("".join(own_css + scripts))
    before = after = 0
    for sheet in sheets:
        css = sheet.read_text("utf-8")
        pruned = prune_theme_sheet(css, names, attributes, read_elsewhere, store)
        sheet.write_text(pruned, "utf-8")
        before, after = before + len(css.encode()), after + len(pruned.encode())
    return before, after
