"""A time limit for one piece of work on one document, so that a pathological page cannot hang a
batch. It uses SIGALRM, so it applies in a process's main thread (the CLI, each worker process);
elsewhere it does nothing."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from dyad.errors import TimedOut


@contextmanager
def time_limit(seconds: float, what: str) -> Iterator[None]:
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(_signum, _frame):
        raise TimedOut(f"{what} took longer than {seconds:g} s on this document.")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
