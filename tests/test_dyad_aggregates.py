"""The dyad aggregates (migration 004) say exactly what the events they summarise say.

Every query is answered twice, from the aggregates and from ``events`` directly, after several
ingests, a re-ingest of the same articles, a compaction, and on a store filled by plain SQL.
"""

import itertools

import pytest

from dyad.store import Store, dyads, network
from dyad.store.dyads import PERIODS, Period
from dyad.store.writer import write_article
from tests.test_api import JPN, KIM, KOR, PRK, PUTIN, RUS, VERSIONS, article, corpus

UNITS = ("PRK", "RUS", "KOR", "JPN", "evil-group")
PERIODS_TRIED = (
    Period(),
    Period(modalities=None),
    Period(since="2023-09-14", until="2023-12-31"),
    Period(since="2024-01-01", modalities=("negated", "asserted")),
)


def more() -> list:
    """Articles that add what the base corpus lacks: an event inside one unit (Kim and North
    Korea), one without a Goldstein score, one without a QuadClass, one dated by its
    publication day only, and events a year later."""
    text = "Kim Jong-un praised North Korea. Russia and Japan met. Russia sent aid. Japan said nothing."
    a4 = article(
        "a4",
        "2024-02-03",
        "Praise",
        text,
        [(KIM, "Kim Jong-un"), (PRK, "North Korea"), (RUS, "Russia"), (JPN, "Japan")],
        events=[
            (KIM, PRK, "051", "SUPPORT", 3.4, 1, "asserted", "2024-02-02", "praised", None),
            (RUS, JPN, "040", "CONSULT", None, 1, "asserted", "2024-02-01", "met", None),
            (RUS, JPN, "070", "AID", 7.0, None, "asserted", "2024-02-01", "sent", None),
            (JPN, RUS, "010", "STATEMENT", 0.0, 1, "negated", "2024-02-03", "said", None),
        ],
    )
    a4.events[1].date = None  # falls back to the publication day
    a5 = article(
        "a5",
        "2024-02-10",
        "Talks",
        "South Korea met Vladimir Putin. Putin threatened Japan.",
        [(KOR, "South Korea"), (PUTIN, "Vladimir Putin"), (JPN, "Japan")],
        events=[
            (KOR, PUTIN, "040", "CONSULT", 1.0, 1, "asserted", "2024-02-09", "met", None),
            (PUTIN, JPN, "138", "THREATEN", -7.0, 3, "asserted", "2024-02-10", "threatened", None),
        ],
    )
    return [a4, a5]


def answers(store: Store) -> list:
    """Every query of the comparison: each pair (and each unit against all) by month, each grain
    for one pair, each period for one pair, and the graph of each period."""
    out = [dyads.timeseries(store, a, b) for a, b in itertools.product(UNITS, (None, *UNITS))]
    out += [dyads.timeseries(store, "PRK", b, by) for b, by in itertools.product((None, "JPN"), PERIODS)]
    out += [
        dyads.timeseries(store, "PRK", b, "week", p)
        for b, p in itertools.product((None, "RUS"), PERIODS_TRIED)
    ]
    out += [dyads.graph(store, p) for p in PERIODS_TRIED] + [dyads.graph(store, Period(), 2)]
    out += [network.edges(store, network.Scope(p)) for p in PERIODS_TRIED]  # the directed network
    out += [network.edges(store, network.Scope(Period(modalities=None), ego="PRK", min_events=2))]
    return out


def assert_agree(store: Store) -> None:
    """The aggregates and the events give the same answers to every query."""
    assert dyads.summarised(store)
    fast = answers(store)
    store.con.execute("UPDATE dyad_summary SET events = -1")  # forces the path through `events`
    try:
        assert not dyads.summarised(store)
        slow = answers(store)
    finally:
        store.con.execute("UPDATE dyad_summary SET events = (SELECT count(*) FROM events)")
    assert fast == slow


def summed(store: Store) -> int:
    return store.con.execute("SELECT sum(events) FROM dyad_days").fetchone()[0]


@pytest.fixture()
def store(tmp_path):
    with Store(tmp_path / "agg.duckdb") as s:
        yield s


def test_aggregates_agree_with_events_after_each_ingest_and_a_reingest(store):
    for a in corpus():
        write_article(store, a, VERSIONS)
    assert_agree(store)
    assert dyads.timeseries(store, "PRK", "RUS")[0]["events"] == 1  # two reports, one meeting
    for a in more():
        write_article(store, a, VERSIONS)
    assert_agree(store)
    before = summed(store)
    for a in corpus() + more():  # the same articles again: nothing is added
        assert not write_article(store, a, VERSIONS)
    assert summed(store) == before and dyads.summarised(store)
    assert_agree(store)
    inside = dyads.timeseries(store, "PRK", "Kim Jong-un", by="year")
    assert [(r["period"], r["events"], r["from_actor"], r["to_actor"]) for r in inside] == [
        ("2024-01-01", 1, 1, 1)
    ]


def test_compaction_sums_and_sorts_without_changing_answers(store):
    for a in corpus() + more():
        write_article(store, a, VERSIONS)
    rows = store.con.execute("SELECT count(*) FROM dyad_days").fetchone()[0]
    assert not dyads.compact(store)  # a small tail is left alone
    assert dyads.compact(store, force=True)
    assert store.con.execute("SELECT count(*), sum(events) FROM dyad_days").fetchone()[0] <= rows
    assert store.con.execute("SELECT sorted_days FROM dyad_summary").fetchone()[0] > 0
    assert_agree(store)
    late = article(
        "a6", "2024-03-01", "More", "Japan met Russia.", [(JPN, "Japan"), (RUS, "Russia")],
        events=[(JPN, RUS, "040", "CONSULT", 1.0, 1, "asserted", "2024-03-01", "met", None)],
    )  # fmt: skip
    assert write_article(store, late, VERSIONS)
    assert_agree(store)  # appended after the sorted part


def test_a_store_filled_by_sql_is_detected_and_can_be_rebuilt(store):
    for a in corpus():
        write_article(store, a, VERSIONS)
    store.con.execute(
        "INSERT INTO events (id, article_id, source, target, quad_class, goldstein, modality, event_date) "
        "VALUES ('x1', 'a2', 'RUS', 'PRK', 2, 5.0, 'asserted', DATE '2023-09-20')"
    )
    assert not dyads.summarised(store)
    assert dyads.timeseries(store, "PRK", "RUS")[0]["events"] == 2  # the merged meeting and x1
    dyads.rebuild(store)
    assert dyads.summarised(store)
    assert_agree(store)
    assert dyads.timeseries(store, "PRK", "RUS")[0]["material_coop"] == 1


def test_an_event_counts_once_and_as_asserted_once_any_article_asserts_it(store):
    """Reported by one article, then asserted by another: one event, moved to 'asserted'."""
    for a in corpus():  # every unit the comparison asks about
        write_article(store, a, VERSIONS)
    heard = article(
        "r1", "2025-05-10", "Heard", "Russia hosted North Korea, state media said.",
        [(RUS, "Russia"), (PRK, "North Korea")],
        events=[(RUS, PRK, "043", "CONSULT", 2.8, 1, "reported", "2025-05-09", "hosted", None)],
    )  # fmt: skip
    seen = article(
        "r2", "2025-05-11", "Seen", "Kim Jong-un met Vladimir Putin.",
        [(KIM, "Kim Jong-un"), (PUTIN, "Vladimir Putin")],
        events=[(KIM, PUTIN, "040", "CONSULT", 1.0, 1, "asserted", "2025-05-10", "met", None)],
    )  # fmt: skip
    in_2025 = Period(since="2025-01-01")
    write_article(store, heard, VERSIONS)
    assert dyads.timeseries(store, "PRK", "RUS", period=in_2025) == []  # only reported so far
    every = Period(since="2025-01-01", modalities=None)
    assert dyads.timeseries(store, "PRK", "RUS", period=every)[0]["events"] == 1
    write_article(store, seen, VERSIONS)
    everything = dyads.timeseries(store, "PRK", "RUS", period=every)
    asserted = dyads.timeseries(store, "PRK", "RUS", period=in_2025)
    assert [r["events"] for r in everything] == [r["events"] for r in asserted] == [1]
    assert asserted[0]["from_actor"] == 0 and asserted[0]["goldstein_sum"] == 2.8  # as first reported
    assert_agree(store)
    dyads.compact(store, force=True)
    assert store.con.execute("SELECT count(*) FROM dyad_days WHERE events = 0").fetchone()[0] == 0
    assert_agree(store)
