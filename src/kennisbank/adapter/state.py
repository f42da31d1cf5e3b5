"""What one build knows between the engine's events, as one typed object (made new in on_config)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kennisbank.adapter.staging import StagedSite
from kennisbank.common.store import Store
from kennisbank.data.loading import ProjectCheck
from kennisbank.data.model import Dataset
from kennisbank.data.problems import Problem
from kennisbank.render.maps import MapView
from kennisbank.views.glossary import Glossary
from kennisbank.views.search import SearchCatalogue


@dataclass
class BuildState:
    geo_dir: Path
    check: ProjectCheck | None = None  # let go once the pages are made (on_files)
    store: Store | None = None  # the package's cache on disk, for the whole build
    dataset: Dataset | None = None
    updates: list[Any] | None = None  # 'Wat is er nieuw'; None without git history
    search: SearchCatalogue | None = None
    glossary: Glossary | None = None
    staged: StagedSite | None = None  # a build (not the preview): written next to the target first
    started: float = 0.0  # time.monotonic() when the engine started (on_startup)
    command: str = ""  # the engine's command (on_startup): "build", "serve", "gh-deploy"
    ready: bool = False  # the staged build is clean: indexed and published when the engine is done (on_shutdown)
    problems: list[Problem] = field(default_factory=list)  # the preview shows these on its error page
    maps: dict[str, MapView] = field(default_factory=dict)  # slug -> view, for the pages' SVG maps
    generated: set[str] = field(default_factory=set)  # src paths of the pages the package made
    html_blocks: dict[str, list[str]] = field(default_factory=dict)  # src path -> blocks set aside

    @property
    def failed(self) -> bool:
        return bool(self.problems)
