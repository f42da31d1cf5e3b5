"""Python's cycle collector waits while the preview rebuilds and does its work once the browsers have
reloaded (kennisbank.adapter.preview): never left off, never in the middle of a rebuild."""

from __future__ import annotations

import gc

from kennisbank.adapter.preview import Preview


def test_the_collector_waits_during_a_rebuild_and_runs_after_it() -> None:
    state = Preview()
    try:
        state.build_starts()
        assert not gc.isenabled()
        first = state.build_ends(delay=0)
        first.join()
        assert gc.isenabled()  # after a rebuild the collector runs as usual
        state.build_starts()
        late = state.build_ends(delay=0.05)
        state.build_starts()  # the next rebuild begins before the clean-up of the last one
        late.join()
        assert not gc.isenabled()  # ... so it stays off until that rebuild ends
        state.build_ends(delay=0).join()
        assert gc.isenabled()
    finally:
        gc.enable()
