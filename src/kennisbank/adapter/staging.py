"""Nothing half-built: the site is built in a folder next to the target and only swapped in when the
build is clean, so a failed build leaves the previous site exactly as it was."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

STAGING_SUFFIX = ".bouwen"
OLD_SUFFIX = ".vorige"
SOURCES_SUFFIX = ".bronnen"


@dataclass(frozen=True)
class StagedSite:
    """A build of `target` that is written to `staging` first."""

    target: Path

    @property
    def staging(self) -> Path:
        return self.target.parent / f".{self.target.name}{STAGING_SUFFIX}"

    @property
    def sources(self) -> Path:
        """Where the pages and files the package makes for this build are written for the engine to read."""
        return self.target.parent / f".{self.target.name}{SOURCES_SUFFIX}"

    @property
    def old(self) -> Path:
        return self.target.parent / f".{self.target.name}{OLD_SUFFIX}"

    @classmethod
    def start(cls, target: str | os.PathLike) -> StagedSite:
        """An empty staging folder for `target` (leftovers of an interrupted build are removed)."""
        staged = cls(Path(target).resolve())
        for leftover in (staged.staging, staged.old, staged.sources):
            shutil.rmtree(leftover, ignore_errors=True)
        staged.staging.mkdir(parents=True)
        return staged

    def publish(self) -> None:
        """Replace the target by the finished build. Hidden entries of the old target (such as a .git of
        a publishing branch) are kept, as MkDocs itself never deletes them."""
        if self.target.exists():
            for entry in self.target.iterdir():
                if entry.name.startswith(".") and not (self.staging / entry.name).exists():
                    entry.rename(self.staging / entry.name)
            self.target.rename(self.old)
        self.staging.rename(self.target)
        shutil.rmtree(self.old, ignore_errors=True)
        shutil.rmtree(self.sources, ignore_errors=True)

    def discard(self) -> None:
        """Throw the unfinished build away; the target is not touched."""
        shutil.rmtree(self.staging, ignore_errors=True)
        shutil.rmtree(self.sources, ignore_errors=True)
