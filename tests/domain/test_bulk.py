"""The report reads and counts with the cyclic garbage collector paused; it must always come back on,
or a long day in the app would keep every reference cycle it ever made."""
from __future__ import annotations

import gc

import pytest

from kitdesk.domain.bulk import without_gc_passes


def test_the_collector_is_paused_inside_and_on_again_after_even_after_an_error():
    assert gc.isenabled()
    with without_gc_passes():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(RuntimeError), without_gc_passes():
        raise RuntimeError("a report that failed")
    assert gc.isenabled()


def test_a_collector_turned_off_elsewhere_stays_off():
    gc.disable()
    try:
        with without_gc_passes():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
