"""`dyad watch --once` on local feeds (tests/feed_server.py): 20 original stories, 10 syndicated
copies under other headlines and boilerplate, a feed that answers 304 the second time, one that
times out and one that is garbage. Nothing leaves 127.0.0.1."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from dyad.store import Store
from dyad.store.dyads import Period, timeseries
from tests.feed_server import FeedServer

FEEDS = ("wire", "herald", "courier", "times", "slow", "garbage")


def dyad(*args, env):
    return subprocess.run([sys.executable, "-m", "dyad.cli", *map(str, args)], capture_output=True, text=True,
                          env=env, timeout=600)


@pytest.fixture(scope="module")
def watched(tmp_path_factory):
    folder = tmp_path_factory.mktemp("watch")
    db, alerts_out = folder / "news.duckdb", folder / "alerts.jsonl"
    env = {**os.environ, "DYAD_FETCH_ALLOW_HOSTS": "127.0.0.1", "DYAD_FETCH_TIMEOUT": "10"}  # short for the hung feed, long for a busy machine
    with FeedServer() as server:
        rules = folder / "rules.yaml"
        rules.write_text(
            "rules:\n"
            f"  - {{name: expulsions, dyad: CAN-IND, quad_class: 4, jsonl: '{alerts_out}'}}\n"
            "  - {name: kashmir, dyad: IND-PAK, quad_class: 3, webhook: '" + server.base + "/hook'}\n"
            f"  - {{name: burst, dyad: RUS-PRK, quad_class: 1, more_than: 3, within_days: 7, jsonl: '{alerts_out}'}}\n",
            encoding="utf-8")
        feed_list = folder / "feeds.txt"
        feed_list.write_text("# the local outlets\n" + "\n".join(server.url(f) for f in FEEDS[2:]) + "\n")
        args = ["watch", server.url("wire"), server.url("herald"), feed_list, "--db", db, "--once", "--alerts", rules]
        first = dyad(*args, env=env)
        log_after_first = list(server.log)
        hooks_after_first = list(server.hooks)
        second = dyad(*args, env=env)
        yield {"server": server, "db": db, "first": first, "second": second, "alerts": alerts_out,
               "log1": log_after_first, "hooks1": hooks_after_first}


def urls_by_key(server):
    stories = server.stories
    return {k: server.page_url(s) for k, s in {**stories["originals"], **stories["copies"]}.items()}


def test_first_round_stores_originals_and_copies(watched):
    server = watched["server"]
    assert "Stored 20 new article(s) and 10 syndicated cop(ies)" in watched["first"].stderr, watched["first"].stderr
    url = urls_by_key(server)
    with Store(watched["db"], read_only=True) as store:
        assert store.query("SELECT count(*) AS n FROM articles")[0]["n"] == 30
        copies = store.query("SELECT c.url AS copy, o.url AS original FROM article_copies x "
                             "JOIN articles c ON c.id = x.article_id JOIN articles o ON o.id = x.original_id")
        expected = {url[c["key"]]: url[c["of"]] for c in server.stories["copies"].values()}
        assert {r["copy"]: r["original"] for r in copies} == expected
        no_events = store.query("SELECT count(*) AS n FROM events WHERE article_id IN (SELECT article_id FROM article_copies)")
        assert no_events[0]["n"] == 0  # a copy is not analysed again


def test_merged_events_count_every_copy_and_outlet(watched):
    server = watched["server"]
    url = urls_by_key(server)
    copies_of: dict[str, list[str]] = {}
    for c in server.stories["copies"].values():
        copies_of.setdefault(url[c["of"]], []).append(c["feed"])
    with Store(watched["db"], read_only=True) as store:
        rows = store.query(
            "SELECT a.url, m.num_articles, m.num_sources FROM merged_events m JOIN event_sources s ON s.merged_id = m.id "
            "JOIN articles a ON a.id = s.article_id WHERE m.n_articles = 1")
    checked = set()
    for row in rows:
        feeds = copies_of.get(row["url"], [])
        assert (row["num_articles"], row["num_sources"]) == (1 + len(feeds), 1 + len(set(feeds))), row
        if feeds:
            checked.add(row["url"])
    assert len(checked) >= 7  # the stories with copies have events to count them on


def test_dyad_series_count_a_syndicated_story_once(watched):
    with Store(watched["db"], read_only=True) as store:
        merged = store.query("SELECT count(*) AS n, max(num_articles) AS most FROM merged_events "
                             "WHERE least(source_unit, target_unit) = 'IND' AND greatest(source_unit, target_unit) = 'PAK'")[0]
        series = timeseries(store, "IND", "PAK", by="year", period=Period(modalities=None))
    assert merged["most"] == 3  # the story came from three outlets ...
    assert sum(r["events"] for r in series) == merged["n"]  # ... and counts once


def test_broken_feeds_are_reported_while_the_others_are_read(watched):
    first, server = watched["first"], watched["server"]
    assert first.returncode == 1
    assert f"feed failed {server.url('slow')}" in first.stderr and "timed out" in first.stderr
    assert f"feed failed {server.url('garbage')}" in first.stderr and "E110" in first.stderr
    for name in FEEDS[:4]:
        assert f"read: {server.url(name)}" in first.stderr
    assert "Traceback" not in first.stderr


def test_second_round_adds_nothing_and_fetches_nothing_again(watched):
    second, server = watched["second"], watched["server"]
    assert "Stored 0 new article(s) and 0 syndicated cop(ies)" in second.stderr, second.stderr
    later = server.log[len(watched["log1"]):]
    assert {(p, s) for _, p, s, _ in later if p in ("/wire.xml", "/herald.xml")} == {("/wire.xml", 304),
                                                                                      ("/herald.xml", 304)}
    assert not [p for _, p, _, _ in later if p.endswith(".html")]  # items already stored: not fetched
    assert f"feed waiting {server.url('slow')}" in second.stderr  # backing off, not hammered
    with Store(watched["db"], read_only=True) as store:
        assert store.query("SELECT count(*) AS n FROM articles")[0]["n"] == 30


def test_alert_fires_once_per_matching_event(watched):
    lines = [json.loads(x) for x in watched["alerts"].read_text(encoding="utf-8").splitlines()]
    assert {x["rule"] for x in lines} == {"expulsions"}  # the burst rule wants more than 3 in 7 days
    ids = [x["merged_id"] for x in lines]
    assert ids and len(ids) == len(set(ids))
    assert all(x["quad_class"] == 4 for x in lines)
    hooks = [json.loads(body) for body in watched["server"].hooks]
    assert len(watched["hooks1"]) == 1 and len(hooks) == 1  # the second round posts nothing new
    posted = hooks[0]["alerts"]
    assert posted and all(a["rule"] == "kashmir" and a["quad_class"] == 3 for a in posted)
    assert max(a["num_articles"] for a in posted) == 3


def test_server_watches_in_process_and_answers_changes(watched, monkeypatch, tmp_path):
    """dyad serve --watch: the feeds read in the server's process, on its store; copies are found
    across chunks (an original stored in one transaction, its copy met in a later one)."""
    from fastapi.testclient import TestClient

    from dyad.monitor import watch
    from dyad.monitor.background import Watcher
    from dyad.settings import settings
    from dyad.web import create_app

    server = watched["server"]
    monkeypatch.setenv("DYAD_FETCH_ALLOW_HOSTS", "127.0.0.1")
    monkeypatch.setattr(watch, "CHUNK", 4)
    settings.cache_clear()
    db = tmp_path / "served.duckdb"
    Store(db).close()
    try:
        app = create_app(db)
        with TestClient(app) as client:
            report = Watcher(app.state.owner, [server.url("wire"), server.url("courier")], 60, []).round()
            changes = client.get("/changes.json", params={"since": "2000-01-01", "limit": 500}).json()
            events = client.get("/events.json", params={"actor": "PAK", "limit": 50}).json()
            merged = client.get("/merged.json", params={"actor": "PAK", "limit": 50}).json()
    finally:
        settings.cache_clear()
    # the courier reprints five wire stories and two stories of the herald, which is not read here
    assert (report.stored, report.copies, report.already, report.failed) == (12, 5, 0, [])
    kashmir = next(d for d in changes["dyads"] if d["dyad"] == "IND-PAK")
    assert kashmir["events"] >= 1 and kashmir["articles"] > kashmir["events"]
    assert max(r["num_articles"] for r in events["rows"]) == 2
    assert max((r["num_articles"], r["num_sources"]) for r in merged["rows"]) == (2, 2)


def test_changes_command_prints_json(watched):
    out = dyad("changes", "--db", watched["db"], "--since", "2000-01-01", "--format", "json", "--limit", 200,
               env=dict(os.environ))
    assert out.returncode == 0, out.stderr
    result = json.loads(out.stdout)
    counts = [d["events"] for d in result["dyads"]]
    assert 20 < len(counts) < 200  # every dyad, where the default shows 20
    assert counts == sorted(counts, reverse=True) and 0 < sum(counts) <= result["new_events"]
    assert all(sum(d["by_quad_class"].values()) == d["events"] for d in result["dyads"])
    assert any(d["dyad"] == "IND-PAK" and d["articles"] > d["events"] for d in result["dyads"])


def test_changes_compares_a_dyad_with_its_own_baseline(watched, tmp_path):
    import shutil
    from datetime import datetime, timedelta

    from dyad.monitor.changes import changes

    db = tmp_path / "copy.duckdb"
    shutil.copy(watched["db"], db)
    with Store(db) as store:
        stamp = store.query("SELECT max(ingested_at) AS t FROM articles")[0]["t"]
        old = stamp - timedelta(days=2)
        # what came from the wire counts as stored two days earlier: the baseline
        store.con.execute("UPDATE articles SET ingested_at = ? WHERE url LIKE '%/wire/%'", [old])
        result = changes(store, stamp - timedelta(days=1), baseline_days=30)
    assert isinstance(result["since"], str) and datetime.fromisoformat(result["since"])
    for row in result["dyads"]:
        assert row["events"] == sum(row["by_quad_class"].values())
    for moved in result["moved"]:
        assert moved["shift"] == round(moved["recent_balance"] - moved["baseline_balance"], 3)


def test_webhook_to_a_private_address_is_refused_and_tried_again(watched, tmp_path, monkeypatch):
    import shutil

    from dyad.monitor.alerts import Rule, check
    from dyad.settings import settings

    db = tmp_path / "hooks.duckdb"
    shutil.copy(watched["db"], db)
    monkeypatch.delenv("DYAD_FETCH_ALLOW_HOSTS", raising=False)
    settings.cache_clear()
    rule = Rule(name="blocked", dyad=("IND", "PAK"), quad_class=3, webhook=watched["server"].base + "/hook")
    posted = len(watched["server"].hooks)
    try:
        with Store(db) as store:
            (fired,) = check(store, [rule])
            kept = store.query("SELECT count(*) AS n FROM alerts_fired WHERE rule = 'blocked'")[0]["n"]
    finally:
        settings.cache_clear()
    assert fired.error and "E108" in fired.error and fired.events
    assert kept == 0 and len(watched["server"].hooks) == posted  # nothing sent, nothing marked as fired
