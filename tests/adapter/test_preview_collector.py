"""Python's cycle collector waits while the preview rebuilds and does its work once the browsers have
reloaded (kennisbank.adapter.preview): never left off, never in the middle of a rebuild."""

from __future__ import annotations

import gc
import time

from kennisbank.adapter import preview
from kennisbank.adapter.preview import Preview


def test_the_collector_waits_during_a_rebuild_and_runs_after_it(monkeypatch) -> None:
    monkeypatch.setattr(preview, "CLEAN_UP_AFTER", 0.05)
    state = Preview()
    try:
        state.build_starts()
        assert not gc.isenabled()
        state.build_ends()
        state.build_starts()  # the next rebuild begins before the clean-up: it stays off
        time.sleep(0.3)
        assert not gc.isenabled()
        state.build_ends()
        deadline = time.monotonic() + 5
        while not gc.isenabled() and time.monotonic() < deadline:
            time.sleep(0.02)
        assert gc.isenabled()
    finally:
        gc.enable()
