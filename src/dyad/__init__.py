"""dyad: who did what to whom, when and where, read from the news with its evidence.

    import dyad
    db = dyad.open("news.duckdb")        # a store built by `dyad ingest`: db.events(), db.graph(), ...
    article = dyad.analyze("Text ...", published="2023-09-14")   # one article, nothing stored
"""

__version__ = "0.1.0"
__all__ = ["Dataset", "analyze", "open", "__version__"]

_LAZY = {"open": "dyad.notebook", "Dataset": "dyad.notebook", "analyze": "dyad.analysis"}


def __getattr__(name: str):
    """The public API, imported on first use so that ``import dyad`` stays light."""
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'dyad' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
