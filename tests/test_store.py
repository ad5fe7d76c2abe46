import duckdb
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dyad.article import Actor, Article, Event, Mention, Quote, Segment, Span, TimeRef
from dyad.errors import StoreError
from dyad.store import Store
from dyad.store.writer import write_article

VERSIONS = {"pipeline": "test", "model": "none"}


def make_article(text="Russia and China held talks in Beijing.", suffix=""):
    text = text + suffix
    a = Article(text=text, id=f"art{abs(hash(text)) % 10**8}", published="2024-01-02")
    a.segments = [Segment("body", 0, len(text))]
    a.sentences = [Span(0, len(text))]
    a.actors = [
        Actor("RUS", "Russia", "state", "RUS", None, "RUS", mentions=[Mention(0, 6, "Russia")]),
        Actor("CHN", "China", "state", "CHN", None, "CHN", mentions=[Mention(11, 16, "China")]),
    ]
    a.events = [Event(f"ev-{a.id}", "RUS", "CHN", "043", "CONSULT", 2.8, 1, "asserted", Span(0, len(text)))]
    a.quotes = [Quote(0, 6, "Russia", direct=False, speaker="RUS")]
    a.times = [TimeRef(0, 6, "Russia", "2024", "year")]
    return a


def table_counts(store):
    tables = ("articles", "article_actors", "mentions", "events", "quotes", "times")
    return {t: store.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def test_migrations_create_schema_once(tmp_path):
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        assert store.schema_version() >= 1
    with Store(db) as store:  # reopening applies nothing twice
        assert store.con.execute("SELECT count(*) FROM schema_version").fetchone()[0] == store.schema_version()


def test_ingesting_twice_adds_nothing(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        assert write_article(store, make_article(), VERSIONS) is True
        before = table_counts(store)
        assert write_article(store, make_article(), VERSIONS) is False
        assert table_counts(store) == before
        assert before["articles"] == 1 and before["mentions"] == 2


def test_failure_inside_an_article_write_leaves_nothing_of_it(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        write_article(store, make_article(suffix=" First."), VERSIONS)
        before = table_counts(store)
        broken = make_article(suffix=" Second.")
        broken.actors[1].mentions.append(Mention(None, None, "bad"))  # violates NOT NULL in mentions
        with pytest.raises(StoreError):
            write_article(store, broken, VERSIONS)
        assert table_counts(store) == before
        assert not store.con.execute("SELECT 1 FROM articles WHERE id = ?", [broken.id]).fetchone()


def test_readers_open_a_closed_store_read_only(tmp_path):
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        write_article(store, make_article(), VERSIONS)
    with Store(db, read_only=True) as reader:
        assert reader.query("SELECT count(*) AS n FROM events")[0]["n"] == 1
        with pytest.raises(duckdb.Error):
            reader.con.execute("DELETE FROM events")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(min_size=20, max_size=300).filter(lambda s: s.strip()))
def test_store_round_trip_keeps_text_and_offsets(tmp_path_factory, text):
    db = tmp_path_factory.mktemp("rt") / "s.duckdb"
    article = make_article(text=text)
    with Store(db) as store:
        write_article(store, article, VERSIONS)
        row = store.query("SELECT text FROM articles WHERE id = ?", [article.id])[0]
        assert row["text"] == article.text
        spans = store.query("SELECT start_char, end_char, text FROM mentions WHERE article_id = ? "
                            "ORDER BY start_char", [article.id])
        for span, mention in zip(spans, sorted((m for a in article.actors for m in a.mentions), key=lambda m: m.start), strict=True):
            assert (span["start_char"], span["end_char"], span["text"]) == (mention.start, mention.end, mention.text)


def test_a_batch_is_one_transaction_and_a_bad_article_costs_only_itself(tmp_path):
    from dyad.store.writer import write_articles

    with Store(tmp_path / "b.duckdb") as store:
        good = [make_article(suffix=f" Part {i}.") for i in range(3)]
        broken = make_article(suffix=" Broken.")
        broken.actors[1].mentions.append(Mention(None, None, "bad"))
        outcome = write_articles(store, [*good, broken, good[0]], VERSIONS)
        assert [outcome[a.id] for a in good] == ["stored"] * 3
        assert "Could not store" in outcome[broken.id]
        counts = table_counts(store)
        assert counts["articles"] == 3 and counts["mentions"] == 6
        again = write_articles(store, good, VERSIONS)
        assert set(again.values()) == {"already"} and table_counts(store) == counts


@pytest.mark.parametrize("day", ["2023-13-45", "2022-02-30"])
def test_a_batch_with_an_impossible_date_keeps_every_good_article_and_names_the_cause(tmp_path, day):
    """Dates are checked on input (the clean stage); the store is the last line: an article that
    slips through costs only itself, and its reason is DuckDB's, not "transaction is aborted"."""
    from dyad.store.writer import write_articles

    good = [make_article(suffix=f" Day {i}.") for i in range(3)]
    bad = make_article(suffix=" A bad day.")
    bad.published = day
    with Store(tmp_path / "d.duckdb") as store:
        outcome = write_articles(store, [good[0], bad, good[1], good[2]], VERSIONS)
        stored = {r[0] for r in store.con.execute("SELECT id FROM articles").fetchall()}
    assert stored == {a.id for a in good}
    assert all(outcome[a.id] == "stored" for a in good)
    assert day in outcome[bad.id] and "aborted" not in outcome[bad.id], outcome[bad.id]


def damaged_store(tmp_path, how):
    """A store with articles in it, then cut to half its length or with its first block overwritten."""
    path = tmp_path / f"{how}.duckdb"
    with Store(path) as store:
        for i in range(5):
            write_article(store, make_article(suffix=f" Item {i}."), VERSIONS)
    size = path.stat().st_size
    with path.open("r+b") as f:
        if how == "half":
            f.truncate(size // 2)
        else:
            f.seek(3 * 4096 + 64)
            f.write(b"\xde\xad\xbe\xef" * 64)
    return path


@pytest.mark.parametrize("how", ["half", "block"])
@pytest.mark.parametrize("read_only", [True, False])
def test_a_damaged_store_is_refused_with_a_coded_error_and_never_written(tmp_path, how, read_only):
    from dyad.errors import DamagedStore

    path = damaged_store(tmp_path, how)
    before = path.read_bytes()
    with pytest.raises(DamagedStore) as caught:
        Store(path, read_only=read_only)
    assert "damaged" in str(caught.value) and "backup" in caught.value.hint
    assert caught.value.code == "E302"
    assert path.read_bytes() == before
    assert not path.with_name(path.name + ".wal").exists()


@pytest.mark.parametrize("how", ["half", "block"])
@pytest.mark.parametrize("command", [["events"], ["actors"], ["merge"], ["export", "--format", "csv", "--out", "x-out"]])
def test_the_cli_says_a_store_is_damaged_and_exits_2(tmp_path, how, command, monkeypatch):
    from typer.testing import CliRunner

    from dyad.cli import app

    path = damaged_store(tmp_path, how)
    before = path.read_bytes()
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, [*command, "--db", str(path)])
    assert result.exit_code == 2, result.output
    assert "[E302]" in result.output and "damaged" in result.output and "Traceback" not in result.output
    assert path.read_bytes() == before
