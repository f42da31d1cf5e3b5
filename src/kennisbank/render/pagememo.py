"""Generated pages' Markdown kept between the rebuilds of the preview (`mkdocs serve`): a page's template
runs again only when something the page was made from has changed.

A page's Markdown depends on four things, and a kept page is reused only when all four are the same:

1. the template files (name, size and modification time of every file in `render/templates/`);
2. what every page is given (key figures, site settings, labels), fingerprinted once per build;
3. what this page is given (the record, the lists of records, the editorial text, ...), fingerprinted;
4. what its template looked up in the dataset while it was made (`dataset.gemeente(id)`, `dataset.themas`,
   the map labels). Each lookup is written down with a fingerprint of its answer; before reuse every
   lookup is asked again of the new dataset and must give the same answer.

A fingerprint is a hash of the pickled value, so it covers every field of every record it contains (equal
bytes mean equal values). A value that cannot be fingerprinted that way — a function, such as a lambda
over the dataset — makes its page render every time: a page is never reused on a guess. `mkdocs build`
does not use this at all.
"""

from __future__ import annotations

import hashlib
import pickle
import types
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any


class NotFingerprintable(Exception):
    """The value holds something whose behaviour its pickled form does not show (a function, a module)."""


class _DataOnly(pickle.Pickler):
    """Pickles data only: functions pickle by name and would hide what they close over or look up."""

    def reducer_override(self, obj: Any) -> Any:
        if isinstance(
            obj,
            (
                types.FunctionType,
                types.MethodType,
                types.BuiltinFunctionType,
                types.ModuleType,
                types.GeneratorType,
                partial,
            ),
        ):
            raise NotFingerprintable(type(obj).__name__)
        return NotImplemented


def fingerprint(value: Any) -> bytes:
    """A 16-byte hash of everything in `value`; NotFingerprintable when that cannot be known."""
    digest = hashlib.blake2b(digest_size=16)

    class Sink:
        write = digest.update

    try:
        _DataOnly(Sink(), protocol=pickle.HIGHEST_PROTOCOL).dump(value)
    except NotFingerprintable:
        raise
    except Exception as error:  # noqa: BLE001 - anything pickle refuses (lambdas, locks, ...)
        raise NotFingerprintable(str(error)) from error
    return digest.digest()


def template_files(folder: Path) -> tuple:
    """The template files as they are now: a changed template or macro renders every page again."""
    return tuple(
        sorted(
            (str(path.relative_to(folder)), path.stat().st_mtime_ns, path.stat().st_size)
            for path in folder.rglob("*")
            if path.is_file()
        )
    )


Lookup = tuple[str, str, Any, Any]  # (source: 'dataset' or 'helper', name, args or None for an attribute, kwargs)


@dataclass(frozen=True)
class KeptMarkdown:
    key: bytes  # templates, shared values and the page's own values
    lookups: Mapping[Lookup, bytes]  # every lookup in the dataset -> fingerprint of its answer
    markdown: str


class Lookups:
    """The dataset as a page's template sees it: attribute and method lookups pass through to the dataset
    and are written down with their answers' fingerprints. Helpers (functions that read the dataset) are
    offered through `helper`, with the same bookkeeping."""

    def __init__(self, memo: PageMemo) -> None:
        self._memo = memo
        self.seen: dict[Lookup, bytes] = {}
        self.complete = True  # False once an answer could not be written down: the page is not kept

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        value = getattr(self._memo.dataset, name)
        if callable(value):
            return lambda *args, **kwargs: self._note(
                ("dataset", name, args, tuple(sorted(kwargs.items()))), value(*args, **kwargs)
            )
        return self._note(("dataset", name, None, None), value)

    def helper(self, name: str) -> Callable[..., Any]:
        function = self._memo.helpers[name]
        return lambda *args, **kwargs: self._note(
            ("helper", name, args, tuple(sorted(kwargs.items()))), function(*args, **kwargs)
        )

    def _note(self, lookup: Lookup, answer: Any) -> Any:
        try:
            hash(lookup)
            self.seen[lookup] = self._memo.fingerprint(answer)
        except (TypeError, NotFingerprintable):
            self.complete = False
        return answer


@dataclass
class PageMemo:
    """Kept Markdown per page address; one instance lives as long as the preview does."""

    kept: dict[str, KeptMarkdown] = field(default_factory=dict)
    dataset: Any = None
    helpers: dict[str, Callable[..., Any]] = field(default_factory=dict)
    shared: bytes = b""
    made: int = 0  # pages whose template ran in this build
    reused: int = 0
    _items: dict[int, tuple[Any, bytes | None]] = field(default_factory=dict)  # id -> (item, its fingerprint)
    _visited: set[str] = field(default_factory=set)

    def begin(self, dataset: Any, helpers: dict[str, Callable[..., Any]], shared: Any, templates: Path) -> None:
        """At the start of each build: the dataset, the helpers that read it and what every page is given."""
        if self._visited:  # pages the previous build no longer made are gone
            self.kept = {url: page for url, page in self.kept.items() if url in self._visited}
        self.dataset, self.helpers = dataset, helpers
        self.shared = fingerprint((shared, template_files(templates)))
        self.made = self.reused = 0
        self._visited = set()
        # The dataset's items (every tuple it holds): fingerprinted when first met in this build.
        self._items = (
            {id(item): (item, None) for items in vars(dataset).values() if type(items) is tuple for item in items}
            if hasattr(dataset, "__dict__")
            else {}
        )

    def fingerprint(self, value: Any) -> bytes:
        """fingerprint(value), with each item of the dataset in it (a record, a gemeente) fingerprinted once
        per build and then stood in for by that fingerprint: six hundred pages share a few hundred items.
        The dataset is complete before the pages are made and its items are frozen."""
        return fingerprint(self._reduced(value))

    def _reduced(self, value: Any) -> Any:
        kind = type(value)
        if kind is tuple:
            return tuple(self._reduced(item) for item in value)
        if kind is list:
            return [self._reduced(item) for item in value]
        if kind is dict:
            return {key: self._reduced(item) for key, item in value.items()}
        if (known := self._items.get(id(value))) is not None and known[0] is value:
            if known[1] is None:
                self._items[id(value)] = known = (value, fingerprint(value))
            return known[1]
        params = getattr(kind, "__dataclass_params__", None)
        if params is not None and params.frozen and hasattr(value, "__dict__") and not isinstance(value, type):
            # A view made for this page (a nearby record): its attributes, with the dataset items in them reduced.
            return (kind.__module__, kind.__qualname__, self._reduced(vars(value)))
        return value  # pickled as it is

    def markdown(self, url: str, values: dict[str, Any], make: Callable[[Lookups], str]) -> str:
        """The page's Markdown: kept when nothing it was made from changed, else `make(lookups)`, whose
        template must reach the dataset and its helpers only through `lookups`."""
        self._visited.add(url)
        try:
            key = self.shared + self.fingerprint(values)
        except NotFingerprintable:
            key = None
        kept = self.kept.get(url)
        if key is not None and kept is not None and kept.key == key and self._still_true(kept.lookups):
            self.reused += 1
            return kept.markdown
        lookups = Lookups(self)
        markdown = make(lookups)
        self.made += 1
        if key is not None and lookups.complete:
            self.kept[url] = KeptMarkdown(key, lookups.seen, markdown)
        else:
            self.kept.pop(url, None)
        return markdown

    def remembered(self, address: str, inputs: dict[str, Any], make: Callable[[], str]) -> str:
        """What `make()` gives, kept under `address` until `inputs` change: for work that reads nothing but its
        inputs (a page's HTML finished with glossary links and maps, the interactive map). Not counted as a
        page made or reused."""
        self._visited.add(address)
        try:
            key = self.shared + self.fingerprint(inputs)
        except NotFingerprintable:
            return make()
        kept = self.kept.get(address)
        if kept is not None and kept.key == key:
            return kept.markdown
        made = make()
        self.kept[address] = KeptMarkdown(key, {}, made)
        return made

    def _still_true(self, lookups: Mapping[Lookup, bytes]) -> bool:
        for (source, name, args, kwargs), answer in lookups.items():
            try:
                if source == "helper":
                    now = self.helpers[name](*args, **dict(kwargs))
                else:
                    now = getattr(self.dataset, name)
                    if args is not None:
                        now = now(*args, **dict(kwargs))
                if self.fingerprint(now) != answer:
                    return False
            except Exception:  # noqa: BLE001 - a lookup that fails now (a removed id) means: make the page again
                return False
        return True
