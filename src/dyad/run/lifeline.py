"""Child processes end with their parent, however the parent dies.

dyad's helper processes (the forkserver, the analysis workers of ``dyad ingest --workers`` and of
the server) would outlive a parent killed with SIGKILL: they wait on pipes that their siblings
keep open, holding hundreds of MB each. Two lines of defence, set up in the child:

- Linux: ``prctl(PR_SET_PDEATHSIG, SIGKILL)``: the kernel kills the child when its parent goes.
- everywhere: a watchdog thread that ends the process when its parent changes (the child was
  re-parented to init or a subreaper) or when the owner, the dyad process that started it all, is
  gone.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
import time

PR_SET_PDEATHSIG = 1  # <linux/prctl.h>
WATCH_SECONDS = 1.0


def end_with_parent(owner: int | None = None) -> None:
    """Make this process end when its parent (and ``owner``, when given) is gone."""
    parent = os.getppid()
    _death_signal()
    if os.getppid() != parent or parent == 1:  # the parent died before the signal was set
        os._exit(1)
    threading.Thread(target=_watch, args=(parent, owner), name="dyad-lifeline", daemon=True).start()


def _death_signal() -> None:
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass  # the watchdog still applies


def _watch(parent: int, owner: int | None) -> None:
    while True:
        time.sleep(WATCH_SECONDS)
        if os.getppid() != parent or (owner is not None and not alive(owner)):
            os._exit(1)


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
