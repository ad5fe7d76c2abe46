"""dyad: who did what to whom, when and where, read from the news with its evidence.

The public API, in one place::

    import dyad
    article = dyad.analyze("Putin met Kim Jong-un on Sept. 13.", published="2023-09-14")
    store = dyad.open("news.duckdb")      # the store, for notebooks: events(), dyads(), graph()

``Article`` is the document every stage reads and writes; ``Pipeline`` runs stages in order.
Names are imported on first use, so ``import dyad`` stays light.

Where things are: ``clean/`` (HTML to text) → ``annotate/`` (spaCy, actors, coreference) →
``extract/`` (one subpackage per extractor: times, places, quotes, events) → ``store/`` (DuckDB,
the one writer, queries, exports); ``run/`` runs the pipeline (in process, worker processes, Ray);
``web/`` serves the store; ``ingest/`` reads sources; ``util/`` holds shared helpers.
"""

from dyad.version import __version__

_PUBLIC = {
    "analyze": ("dyad.run.analysis", "analyze"),
    "analyze_many": ("dyad.run.analysis", "analyze_many"),
    "open": ("dyad.store.notebook", "open"),
    "Dataset": ("dyad.store.notebook", "Dataset"),
    "Article": ("dyad.article", "Article"),
    "Pipeline": ("dyad.pipeline", "Pipeline"),
}

__all__ = ["__version__", *_PUBLIC]


def __getattr__(name: str):
    if name in _PUBLIC:
        from importlib import import_module

        module, attribute = _PUBLIC[name]
        return getattr(import_module(module), attribute)
    raise AttributeError(f"module 'dyad' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
