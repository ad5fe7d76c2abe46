"""The server's result cache: exact by default, stale-while-recomputing when allowed."""

import threading
import time

from dyad.web.cache import ResultCache


def test_exact_cache_recomputes_after_a_write():
    cache = ResultCache(stale_seconds=0)
    assert cache.get(("k",), 1, lambda: {"n": 1})[0] == {"n": 1}
    assert cache.get(("k",), 1, lambda: {"n": 99})[0] == {"n": 1}  # same version: cached
    assert cache.get(("k",), 2, lambda: {"n": 2}, lambda: (2, {"n": 3}))[0] == {"n": 2}


def test_young_stale_result_is_served_without_recomputing():
    cache = ResultCache(stale_seconds=10)
    cache.get(("k",), 1, lambda: {"n": 1})
    assert cache.get(("k",), 2, lambda: {"n": 2}, lambda: (2, {"n": 3}))[0] == {"n": 1}


def test_stale_result_is_served_while_one_refresh_runs_in_the_background():
    cache = ResultCache(stale_seconds=0.2)
    cache.get(("k",), 1, lambda: {"n": 1})
    time.sleep(0.25)
    started = threading.Event()
    release = threading.Event()
    calls = []

    def refresh():
        calls.append(1)
        started.set()
        release.wait(5)
        return 2, {"n": 2}

    first = cache.get(("k",), 2, lambda: {"n": -1}, refresh)[0]
    second = cache.get(("k",), 2, lambda: {"n": -1}, refresh)[0]
    assert first == second == {"n": 1}  # nobody waits for the recomputation
    assert started.wait(5)
    release.set()
    deadline = time.monotonic() + 5
    while cache.get(("k",), 2, lambda: {"n": -1}, refresh)[0] != {"n": 2}:
        assert time.monotonic() < deadline
        time.sleep(0.01)
    assert calls == [1]  # one refresh for any number of stale reads


def test_too_old_result_is_recomputed_in_the_foreground():
    cache = ResultCache(stale_seconds=0.01)
    cache.get(("k",), 1, lambda: {"n": 1})
    time.sleep(0.06)
    assert cache.get(("k",), 2, lambda: {"n": 2}, lambda: (2, {"n": 3}))[0] == {"n": 2}
