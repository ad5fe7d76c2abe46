"""Run the pipeline on a Ray cluster; this process stays the one writer to DuckDB.

Actors each hold the pipeline and the spaCy model (one CPU each). This process reads the
sources, sends batches to the actors (a few in flight per actor), and receives each analysed
batch as Arrow tables. It writes every batch as a Parquet shard to the shard folder
(``dyad.run.shards``) and then loads the shard into the store, each article in one transaction.

Resuming: articles already in the store are skipped by the actors right after cleaning; shards
that were written but not loaded when a run stopped are loaded first; loaded shards are marked.
Running the same ingest twice adds nothing.

Ray is an optional extra (``pip install -e ".[ray]"``), imported only when this engine is used.
Without an address a local Ray instance is started (``num_cpus`` = workers); with one, this
process connects to the cluster (``ray://head:10001``), whose nodes must have dyad installed.
"""

from __future__ import annotations

import logging
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from dyad.article import Article
from dyad.errors import DyadError
from dyad.run.ingest import IngestReport, stored_ids
from dyad.run.local import chunked
from dyad.run.shards import Batch, ShardFolder, load_shard, table_columns, to_batch
from dyad.store import Store
from dyad.store.dyads import compact

IN_FLIGHT_PER_ACTOR = 2


class ShardWorker:
    """The body of a Ray actor: the pipeline, loaded once, turning batches into Arrow tables."""

    def __init__(self, batch_size: int, columns: dict[str, list[str]]):
        from dyad.run.analysis import prepare, versions
        from dyad.run.local import Analyser

        prepare()
        self.analyser = Analyser(batch_size)
        self.stamp = versions()  # loads the spaCy model, once per actor
        self.columns = columns

    def ready(self, skip: frozenset[str]) -> dict[str, str]:
        """Take the ids already stored. A restarted actor forgets them, which costs only time:
        the writer skips stored articles anyway."""
        self.analyser.skip = skip
        return self.stamp

    def run(self, chunk: list[Article]) -> Batch:
        out = self.analyser(chunk)
        todo = [a for a in out if not self.analyser.known(a)]
        return to_batch(todo, self.stamp, self.columns, known=len(out) - len(todo))


def import_ray():
    try:
        import ray
    except ImportError as exc:
        raise DyadError(
            "The Ray engine needs the 'ray' package, which is not installed.",
            'Install the extra with `pip install -e ".[ray]"`, or use --engine local.',
        ) from exc
    return ray


def ingest_ray(
    articles: Iterable[Article],
    store: Store,
    shard_dir: str | Path,
    address: str | None = None,
    workers: int | None = None,
    batch_size: int = 16,
    advance: Callable[[int], None] | None = None,
) -> IngestReport:
    """Analyse on Ray, write one Parquet shard per batch, load each into the store."""
    ray = import_ray()
    advance = advance or (lambda _n: None)
    report = IngestReport()
    shards = ShardFolder(shard_dir)
    for shard in shards.pending():
        advance(load_shard(store, shard, report))
    started_here = connect(ray, address, workers)
    try:
        actors = start_actors(ray, workers, batch_size, stored_ids(store), table_columns(store))
        for batch in dispatch(ray, actors, chunked(articles, batch_size)):
            report.failed += batch.failed
            report.already += batch.known
            if batch.ids:
                load_shard(store, shards.write(batch), report)
            advance(batch.seen)
    finally:
        if started_here:
            ray.shutdown()
    compact(store)  # the dyad aggregates, when the ingest appended many rows
    return report


def connect(ray, address: str | None, workers: int | None) -> bool:
    """Start or join Ray; True when this call started it (and so must shut it down)."""
    if ray.is_initialized():
        return False
    try:
        if address:
            ray.init(address=address, logging_level=logging.WARNING)
        else:
            ray.init(
                num_cpus=workers or os.cpu_count(), include_dashboard=False, logging_level=logging.WARNING
            )
    except (ConnectionError, RuntimeError, ValueError) as exc:
        raise DyadError(
            f"Could not start or reach Ray at {address or 'a new local instance'}: {exc}",
            "Check the address (ray://HEAD:10001 for Ray Client, or HEAD:6379 from a cluster node) "
            "and that the cluster runs the same Ray and Python versions as this machine.",
        ) from exc
    return True


def start_actors(ray, workers: int | None, batch_size: int, skip: frozenset[str], columns: dict) -> list:
    count = workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
    remote = ray.remote(num_cpus=1, max_restarts=2, max_task_retries=1)(ShardWorker)
    actors = [remote.remote(batch_size, columns) for _ in range(count)]
    skip_ref = ray.put(skip)  # shared by every actor through the object store
    try:
        ray.get([a.ready.remote(skip_ref) for a in actors])
    except ray.exceptions.RayError as exc:
        raise DyadError(
            f"The Ray workers could not load the pipeline: {exc}",
            "Install dyad (and its spaCy model) on every node of the cluster, in the same versions.",
        ) from exc
    return actors


def dispatch(ray, actors: list, chunks: Iterable[list[Article]]) -> Iterator[Batch]:
    """Batches as they finish; at most IN_FLIGHT_PER_ACTOR chunks queued on each actor."""
    free = deque(actors * IN_FLIGHT_PER_ACTOR)
    pending: dict = {}
    for chunk in chunks:
        unread = [a for a in chunk if a.problems]
        if unread:  # could not be read: nothing to send
            yield to_batch(unread, {}, {})
        live = [a for a in chunk if not a.problems]
        if not live:
            continue
        if not free:
            yield collect(ray, pending, free)
        actor = free.popleft()
        pending[actor.run.remote(live)] = (actor, live)
    while pending:
        yield collect(ray, pending, free)


def collect(ray, pending: dict, free: deque) -> Batch:
    [ref], _ = ray.wait(list(pending), num_returns=1)
    actor, chunk = pending.pop(ref)
    free.append(actor)
    try:
        return ray.get(ref)
    except ray.exceptions.RayError as exc:
        reason = (
            f"The article was not analysed: its Ray worker failed ({type(exc).__name__}); "
            "run the ingest again to retry it."
        )
        return Batch({}, [], [(str(a.source_id if a.source_id is not None else a.id), reason) for a in chunk])
