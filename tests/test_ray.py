"""The Ray engine, on a local Ray instance of 2 CPUs: it stores exactly what a local run stores,
and a resumed run (shards written but not loaded, articles already stored) adds no duplicates."""

from __future__ import annotations

import shutil

import pytest
import ray

from dyad.ingest.sources import read_jsonl
from dyad.run.ingest import ingest
from dyad.run.ray_executor import ingest_ray
from dyad.run.shards import LOADED
from dyad.store import Store

from .test_executors import dump, write_corpus


@pytest.fixture(scope="module")
def cluster():
    ray.init(num_cpus=2, include_dashboard=False, logging_level="WARNING")
    yield
    ray.shutdown()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    path = tmp_path_factory.mktemp("ray") / "corpus.jsonl"
    write_corpus(path)
    return path


def test_ray_run_stores_what_a_local_run_stores(cluster, corpus, tmp_path):
    with Store(tmp_path / "local.duckdb") as store:
        local = ingest(read_jsonl(corpus), store, batch_size=2)
    with Store(tmp_path / "ray.duckdb") as store:
        remote = ingest_ray(read_jsonl(corpus), store, tmp_path / "shards", workers=2, batch_size=2)
    assert (remote.stored, remote.already) == (local.stored, local.already) == (5, 0)
    failed = sorted(s for s, _ in remote.failed)
    assert failed == sorted(s for s, _ in local.failed) == ["no-text", "unreadable"]
    expected = dump(tmp_path / "local.duckdb")
    assert expected["events"] and expected["quotes"]
    assert dump(tmp_path / "ray.duckdb") == expected
    # 7 records in chunks of 2: each chunk with an article to store makes one shard
    assert len(list((tmp_path / "shards").glob(f"shard-*/{LOADED}"))) == 4


def test_resume_loads_pending_shards_once_and_skips_stored_articles(cluster, corpus, tmp_path):
    db, shards = tmp_path / "ray.duckdb", tmp_path / "shards"
    with Store(db) as store:
        ingest_ray(read_jsonl(corpus), store, shards, workers=2, batch_size=2)
    expected = dump(db)
    # a run that stopped after writing its shards and before loading them: a fresh store, no markers
    fresh, copied = tmp_path / "fresh.duckdb", tmp_path / "copied"
    shutil.copytree(shards, copied)
    for marker in copied.glob(f"shard-*/{LOADED}"):
        marker.unlink()
    with Store(fresh) as store:
        resumed = ingest_ray(read_jsonl(corpus), store, copied, workers=2, batch_size=2)
    assert (resumed.stored, resumed.already) == (5, 5)  # stored from the shards; then skipped by the actors
    assert dump(fresh) == expected
    with Store(fresh) as store:
        again = ingest_ray(read_jsonl(corpus), store, copied, workers=2, batch_size=2)
    assert (again.stored, again.already) == (0, 5)
    assert dump(fresh) == expected
