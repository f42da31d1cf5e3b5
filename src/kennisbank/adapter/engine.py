"""The engine the site runs on, in one place: ProperDocs (the maintained continuation of MkDocs 1.x) or
MkDocs 1.6.1 — whichever command loaded the hooks. Every other module of the adapter takes the engine's
classes and names from here.

ProperDocs' command line makes the import name `mkdocs` an alias of `properdocs` (its documented drop-in
promise to hooks and plugins), so under ProperDocs the names below are ProperDocs' own objects, and under
MkDocs they are MkDocs'. The engine's name is the name of the package behind that import; its log lines
and warning count live under the logger of that name.
"""

from __future__ import annotations

import mkdocs
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import Abort
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, Files

ENGINE: str = mkdocs.__name__  # "properdocs" under ProperDocs' alias, else "mkdocs"
ENGINE_LOGGER = ENGINE  # the logger whose handlers print the build log and count warnings
HOOK_LOGGER = f"{ENGINE}.hooks.kennisbank"  # our lines: printed and counted like the engine's own
SERVER_LOGGER = f"{ENGINE}.livereload"  # the preview server's request log ("GET /x code 404")

__all__ = [
    "ENGINE",
    "ENGINE_LOGGER",
    "HOOK_LOGGER",
    "SERVER_LOGGER",
    "Abort",
    "File",
    "Files",
    "MkDocsConfig",
    "event_priority",
]
