"""The package's one cache on disk: what was made from named inputs, kept under a hash of those inputs.

A value is found again only by the hash of everything it was made from (content-addressed), so a cached value
is never stale: changed inputs give another key. What goes in: the data at a git commit (a commit never
changes), Material's stylesheet cut to what the site uses, and whatever else is costly and can name its
inputs. The folder (`.cache/kennisbank/` in the project, ignored by git) may be deleted at any time; the
next build makes what it needs again. Each kind keeps its newest entries only, so the folder stays small.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path

CACHE_FOLDER = Path(".cache") / "kennisbank"
KEEP_PER_KIND = 64  # entries per kind; the oldest go first


def maker_of(*code_files: str, libraries: tuple[str, ...] = ()) -> str:
    """Part of a cache key: the code that makes a value (its source files) and the installed versions of the
    libraries it uses, so that after any change to them the value is made again."""
    return key_of(*(Path(file).read_bytes() for file in code_files), *(version(name) for name in libraries))


def key_of(*inputs: bytes | str) -> str:
    """A hex key for these inputs in this order (each one length-prefixed, so ('ab', 'c') != ('a', 'bc'))."""
    digest = hashlib.blake2b(digest_size=20)
    for part in inputs:
        data = part.encode("utf-8") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()


class Store:
    """Values per kind and key in `folder`; `Store(None)` keeps nothing (every value is made)."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = Path(folder) if folder is not None else None
        self.hits = self.misses = 0

    @classmethod
    def for_project(cls, project: Path) -> Store:
        return cls(Path(project) / CACHE_FOLDER)

    def _path(self, kind: str, key: str) -> Path | None:
        return None if self.folder is None else self.folder / kind / key

    def get(self, kind: str, key: str) -> bytes | None:
        path = self._path(kind, key)
        try:
            value = path.read_bytes() if path is not None else None
        except OSError:
            value = None
        if value is None:
            self.misses += 1
        else:
            self.hits += 1
            os.utime(path)  # recently used: kept longest
        return value

    def put(self, kind: str, key: str, value: bytes) -> None:
        """Written whole or not at all (a temporary file renamed into place); a folder that cannot be written
        only means the value is made again next time."""
        path = self._path(kind, key)
        if path is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".", delete=False) as handle:
                handle.write(value)
            os.replace(handle.name, path)
            self._trim(path.parent)
        except OSError:
            pass

    def made(self, kind: str, key: str, make: Callable[[], bytes]) -> bytes:
        """The value under `key`, made by `make()` and kept when it is not there yet."""
        if (value := self.get(kind, key)) is not None:
            return value
        value = make()
        self.put(kind, key, value)
        return value

    @staticmethod
    def _trim(folder: Path) -> None:
        entries = [entry for entry in folder.iterdir() if not entry.name.startswith(".")]
        if len(entries) <= KEEP_PER_KIND:
            return
        entries.sort(key=lambda entry: entry.stat().st_mtime_ns)
        for entry in entries[: len(entries) - KEEP_PER_KIND]:
            entry.unlink(missing_ok=True)
