"""The server's result cache: exact by default, stale-while-recomputing when allowed."""

import threading

from dyad.web.cache import ResultCache


class Clock:
    """Seconds that pass only when a test says so: ages never depend on the machine's speed."""

    def __init__(self):
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def finish_refreshes() -> None:
    for thread in threading.enumerate():
        if thread.name == "dyad-cache-refresh":
            thread.join()


def test_exact_cache_recomputes_after_a_write():
    cache = ResultCache(stale_seconds=0)
    assert cache.get(("k",), 1, lambda: {"n": 1})[0] == {"n": 1}
    assert cache.get(("k",), 1, lambda: {"n": 99})[0] == {"n": 1}  # same version: cached
    assert cache.get(("k",), 2, lambda: {"n": 2}, lambda: (2, {"n": 3}))[0] == {"n": 2}


def test_young_stale_result_is_served_without_recomputing():
    clock = Clock()
    cache = ResultCache(stale_seconds=10, clock=clock)
    cache.get(("k",), 1, lambda: {"n": 1})
    assert cache.get(("k",), 2, lambda: {"n": 2}, lambda: (2, {"n": 3}))[0] == {"n": 1}


def test_stale_result_is_served_while_one_refresh_runs_in_the_background():
    clock = Clock()
    cache = ResultCache(stale_seconds=10, clock=clock)
    cache.get(("k",), 1, lambda: {"n": 1})
    clock.now = 15  # older than stale_seconds, younger than three times that
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
    finish_refreshes()
    assert cache.get(("k",), 2, lambda: {"n": -1}, refresh)[0] == {"n": 2}
    assert calls == [1]  # one refresh for any number of stale reads


def test_too_old_result_is_recomputed_in_the_foreground():
    clock = Clock()
    cache = ResultCache(stale_seconds=10, clock=clock)
    cache.get(("k",), 1, lambda: {"n": 1})
    clock.now = 31  # older than three times stale_seconds
    assert cache.get(("k",), 2, lambda: {"n": 2}, lambda: (2, {"n": 3}))[0] == {"n": 2}
