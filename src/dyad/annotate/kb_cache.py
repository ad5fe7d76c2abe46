"""The compiled knowledge base on disk: the package's actor files read once, kept as a pickle.

Reading and checking the ~45,000 rows of ``dyad/data/actors`` takes seconds; the packed rows and
the name index unpickle in a fraction of that. The cache sits under the user's cache dir
(``$XDG_CACHE_HOME/dyad`` or ``~/.cache/dyad``), named by a fingerprint of the data files and of
the code that reads them, so any change rebuilds it; a broken or unwritable cache only costs the
build time.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from importlib import resources
from pathlib import Path

CACHE_VERSION = 1
_READERS = ("knowledge.py", "kb_cache.py")  # in dyad/annotate: the code whose output is cached


def load_compiled(kb_class):
    """The package knowledge base (an instance of ``kb_class``), from the cache when current."""
    path = _cache_path()
    if path.exists():
        try:
            with path.open("rb") as fh:
                rows, index = pickle.load(fh)
            return kb_class.compiled(rows, index)
        except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError):
            pass  # a broken cache is rebuilt
    kb = kb_class.load()
    _write(path, kb.packed())
    return kb


def _cache_path() -> Path:
    root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "dyad"
    return root / f"actors-{_fingerprint()}.pickle"


def _fingerprint() -> str:
    digest = hashlib.sha1(str(CACHE_VERSION).encode())
    code = resources.files("dyad") / "annotate"
    for name in _READERS:
        digest.update((code / name).read_bytes())
    data = resources.files("dyad") / "data" / "actors"
    for item in sorted(data.iterdir(), key=lambda p: p.name):
        if item.name.endswith(".csv"):
            digest.update(item.name.encode() + b"\0" + item.read_bytes())
    return digest.hexdigest()[:16]


def _write(path: Path, packed: tuple) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump(packed, fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)
        for stale in path.parent.glob("actors-*.pickle"):
            if stale != path:
                stale.unlink(missing_ok=True)
    except OSError:
        pass  # an unwritable cache dir only costs the build time again
