"""Cross-article event merging: one merged event per real-world event, every report attached."""

import pytest

from dyad.article import Actor, Article, Event, Mention, Segment, Span, TimeValue
from dyad.store import Store
from dyad.store.merge import block_key, merge_article, merge_pending
from dyad.store.writer import write_article

VERSIONS = {"pipeline": "test", "model": "none"}

KIM = Actor("kim-jong-un", "Kim Jong-un", "person", "PRK", None, "PRKGOV")
PUTIN = Actor("vladimir-putin", "Vladimir Putin", "person", "RUS", None, "RUSGOV")
PRK = Actor("PRK", "North Korea", "state", "PRK", None, "PRK")
RUS = Actor("RUS", "Russia", "state", "RUS", None, "RUS")


def report(aid, text, source, target, cameo="040", day="2023-09-13", modality="asserted", place=None):
    """One hand-built article with one event between two actors (mentions at the names)."""
    a = Article(text=text, id=aid, published="2023-09-14", title=aid)
    a.segments, a.sentences = [Segment("body", 0, len(text))], [Span(0, len(text))]
    for actor in (source, target):
        start = text.index(actor.name)
        copy = Actor(
            actor.id,
            actor.name,
            actor.kind,
            actor.country,
            actor.sector,
            actor.code,
            mentions=[Mention(start, start + len(actor.name), actor.name)],
        )
        a.actors.append(copy)
    date = TimeValue(day, "day") if day else None
    a.events = [
        Event(
            f"ev-{aid}",
            source.id,
            target.id,
            cameo,
            "CONSULT",
            1.0,
            1,
            modality,
            Span(0, len(text)),
            date=date,
            place=place,
        )
    ]
    return a


def merged(store):
    return store.query("SELECT * FROM merged_events ORDER BY id")


def sources(store, merged_id):
    return store.query("SELECT * FROM event_sources WHERE merged_id = ? ORDER BY article_id", [merged_id])


def write_and_merge(store, *articles):
    """Write articles (the writer merges each one in its transaction); the reports attached."""
    before = store.con.execute("SELECT count(*) FROM event_sources").fetchone()[0]
    for article in articles:
        write_article(store, article, VERSIONS)
    assert merge_pending(store, window=3) == 0  # nothing left for a catch-up pass
    return store.con.execute("SELECT count(*) FROM event_sources").fetchone()[0] - before


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "m.duckdb") as s:
        yield s


def test_two_wordings_of_one_meeting_through_the_pipeline_merge(store, analyze_text):
    first = analyze_text(
        "North Korean leader Kim Jong-un met Russian President Vladimir Putin on Wednesday "
        "at the Vostochny Cosmodrome in Russia's Far East.",
        published="2023-09-14",
    )
    second = analyze_text(
        "Russian President Vladimir Putin held talks with Kim Jong-un in the Amur region "
        "on Wednesday, the Kremlin said.",
        published="2023-09-13",
    )
    write_and_merge(store, first, second)
    pair = [m for m in merged(store) if m["block"].startswith("PRK|RUS|04")]
    assert len(pair) == 1
    attached = sources(store, pair[0]["id"])
    assert {s["article_id"] for s in attached} == {first.id, second.id}
    assert pair[0]["n_articles"] == 2


def test_people_roll_up_to_their_states_and_details_stay_side_by_side(store):
    a = report("a1", "Kim Jong-un met Vladimir Putin.", KIM, PUTIN, day="2023-09-13", place="p-east")
    b = report("a2", "Russia hosted North Korea for talks.", RUS, PRK, day="2023-09-14", place="p-amur")
    assert write_and_merge(store, a, b) == 2
    (m,) = merged(store)
    assert m["block"] == "PRK|RUS|04|fact"
    attached = sources(store, m["id"])
    assert [s["place_id"] for s in attached] == ["p-east", "p-amur"]
    assert [s["date_value"] for s in attached] == ["2023-09-13", "2023-09-14"]
    assert (str(m["first_date"]), str(m["last_date"])) == ("2023-09-13", "2023-09-14")


def test_window_root_and_polarity_keep_different_events_apart(store):
    write_and_merge(
        store,
        report("b1", "Kim Jong-un met Vladimir Putin.", KIM, PUTIN, day="2023-09-01"),
        report("b2", "Kim Jong-un met Vladimir Putin again.", KIM, PUTIN, day="2023-09-20"),  # out of window
        report("b3", "Kim Jong-un threatened Vladimir Putin.", KIM, PUTIN, cameo="138", day="2023-09-01"),
        report(
            "b4", "Kim Jong-un did not meet Vladimir Putin.", KIM, PUTIN, day="2023-09-01", modality="negated"
        ),
    )
    assert len(merged(store)) == 4


def test_merging_is_idempotent_and_incremental(store):
    write_and_merge(store, report("c1", "Kim Jong-un met Vladimir Putin.", KIM, PUTIN))
    assert merge_pending(store) == 0
    with_second = report("c2", "Vladimir Putin met Kim Jong-un.", PUTIN, KIM, day="2023-09-12")
    assert write_and_merge(store, with_second) == 1
    assert merge_article(store.con, "c2") == 0
    (m,) = merged(store)
    assert m["n_reports"] == 2 and len(sources(store, m["id"])) == 2


def test_an_undated_report_in_an_undated_article_stands_alone(store):
    a = report("d1", "Kim Jong-un met Vladimir Putin.", KIM, PUTIN, day=None)
    a.published = None
    b = report("d2", "Kim Jong-un met Vladimir Putin too.", KIM, PUTIN, day=None)
    b.published = None
    write_and_merge(store, a, b)
    assert len(merged(store)) == 2


def test_block_key_is_unordered_in_the_pair():
    one = {"source_unit": "RUS", "target_unit": "PRK", "cameo": "043", "modality": "asserted"}
    other = {"source_unit": "PRK", "target_unit": "RUS", "cameo": "040", "modality": "reported"}
    assert block_key(one) == block_key(other) == "PRK|RUS|04|fact"


def test_a_batch_merges_as_articles_one_after_the_other(tmp_path):
    """write_articles merges a whole batch in one pass; the outcome equals storing the same
    articles one by one (same merged events, counts, links and dyad aggregates)."""
    from dyad.store.writer import write_articles

    articles = [
        report("e1", "Kim Jong-un met Vladimir Putin.", KIM, PUTIN, day="2023-09-13"),
        report("e2", "Vladimir Putin met Kim Jong-un.", PUTIN, KIM, day="2023-09-14"),
        report("e3", "Russia hosted North Korea for talks.", RUS, PRK, day="2023-09-15"),
        report("e4", "Kim Jong-un met Vladimir Putin again.", KIM, PUTIN, day="2023-09-30"),
        report("e5", "Kim Jong-un threatened Vladimir Putin.", KIM, PUTIN, cameo="138"),
    ]
    articles[1].events.append(
        Event("ev-e2b", PUTIN.id, KIM.id, "040", "CONSULT", 1.0, 1, "asserted", Span(0, 5),
              date=TimeValue("2023-09-13", "day"))
    )  # fmt: skip
    tables = "SELECT * FROM {} ORDER BY ALL"
    outcomes = []
    for name, write in (
        ("one", lambda s: [write_article(s, a, VERSIONS) for a in articles]),
        ("batch", lambda s: write_articles(s, articles, VERSIONS)),
    ):
        with Store(tmp_path / f"{name}.duckdb") as s:
            write(s)
            outcomes.append(
                {t: s.query(tables.format(t)) for t in ("merged_events", "event_sources", "dyad_days", "dyad_edges")}
            )
    one, batch = outcomes
    assert len(one["merged_events"]) == 3 and len(one["event_sources"]) == 6
    assert batch == one
