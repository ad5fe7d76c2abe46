"""dyad: who did what to whom, when and where, read from the news with its evidence."""

__version__ = "0.1.0"


def __getattr__(name: str):
    """``dyad.open(path)``: the notebook API, imported on first use so ``import dyad`` stays light."""
    if name == "open":
        from dyad.notebook import open

        return open
    raise AttributeError(f"module 'dyad' has no attribute {name!r}")
