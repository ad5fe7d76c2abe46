"""Speed rewrites of the seventh pass: each fast path gives what the plain one gives (invented text)."""


def _hand_tagged(text: str, pos: list[str], ents: list[tuple[int, int, str]]):
    import spacy
    from spacy.tokens import Span

    doc = spacy.blank("en")(text)
    for token, tag in zip(doc, pos, strict=True):
        token.pos_ = tag
    doc.ents = [Span(doc, s, e, label) for s, e, label in ents]
    return doc


def test_name_words_as_read_token_by_token():
    """``_name_words`` makes a Token for the proper nouns only: the same flags and offsets as the
    old pass over every token (proper nouns inside and outside entities, lower-case, all-capital
    and accented ones, a proper noun last)."""
    from spacy.attrs import IDX

    from dyad.annotate.columns import column
    from dyad.annotate.mentions import _name_shaped, _name_words

    text = "Dunmore Vask met Élodie Rensk and sparrow NATO chiefs in Kelvaro , said Orsolya"
    pos = ["PROPN", "PROPN", "VERB", "PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "NOUN", "ADP", "PROPN",
           "PUNCT", "VERB", "PROPN"]
    doc = _hand_tagged(text, pos, [(0, 2, "PERSON")])
    flags, starts = _name_words(doc, text)
    assert flags == [t.pos_ == "PROPN" and not t.ent_type_ and _name_shaped(t.text) for t in doc]
    assert starts == [t.idx for t in doc]
    assert flags == [False, False, False, True, True, False, False, False, False, False, True, False, False,
                     True]
    assert starts is column(doc, IDX)  # the shared column, not a copy
    none = _hand_tagged("the envoy left", ["DET", "NOUN", "VERB"], [])
    assert _name_words(none, "the envoy left") == ([False, False, False], [0, 4, 10])


def test_gazetteer_lookup_by_name_as_by_key(monkeypatch):
    """Names kept as asked give what their key gives: spellings of one key, a name asked again,
    and after the kept entries are dropped (a small ``KEPT``), as a fresh gazetteer answers."""
    from dyad.extract.places.gazetteer import Gazetteer, load_gazetteer

    gaz = load_gazetteer()
    fresh = Gazetteer(gaz.rows, gaz.index)
    names = ["Paris", "paris", "PARIS", "Saint-Marc", "saint marc", "St. Marc", "Zzyzx Nowhere", "Cote d'Ivoire",
             "Côte d’Ivoire", "Paris"]
    first = [gaz.lookup(n) for n in names]
    assert "St. Marc" in gaz._by_name
    assert [gaz.lookup(n) for n in names] == first == [fresh.lookup(n) for n in names]
    assert first[0] and first[0] == first[1] == first[2]
    small = Gazetteer(gaz.rows, gaz.index)
    monkeypatch.setattr(small, "KEPT", 3)
    for _ in range(3):
        assert [small.lookup(n) for n in names] == first
        assert len(small._by_name) <= 3 and len(small._made) <= 3
    answer = small.lookup("Paris")
    answer.clear()  # a caller's change to its list does not reach the next caller
    assert small.lookup("Paris") == first[0]


def test_distance_km_kept_by_coordinates_as_measured(monkeypatch):
    """Distances kept by the four coordinates are the ones measured: asked again, after the kept
    ones are dropped (a small limit), for pairs sharing points, a point and itself, signed zeros."""
    import math
    import random

    from dyad.extract.places import resolve
    from dyad.extract.places.entries import Entry

    def measured(a, b):  # the formula as it was before the distances were kept
        la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
        h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
        return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))

    rng = random.Random(7)
    points = [Entry(f"Town {i}", "city", "XXX", rng.uniform(-90, 90), rng.uniform(-180, 180)) for i in range(40)]
    points += [Entry("Zero", "city", None, 0.0, 0.0), Entry("Minus zero", "site", None, -0.0, -0.0),
               Entry("Pole", "region", None, 90.0, 180.0), Entry("Town 0 again", "site", "YYY", points[0].lat,
                                                                  points[0].lon)]
    pairs = [(a, b) for a in points for b in points]
    monkeypatch.setattr(resolve, "_DISTANCES", {})
    for _ in range(2):
        assert [resolve.distance_km(a, b) for a, b in pairs] == [measured(a, b) for a, b in pairs]
    assert len(resolve._DISTANCES) == len({(a.lat, a.lon, b.lat, b.lon) for a, b in pairs})
    monkeypatch.setattr(resolve, "_DISTANCES", {})
    monkeypatch.setattr(resolve, "_DISTANCES_KEPT", 5)
    assert [resolve.distance_km(a, b) for a, b in pairs] == [measured(a, b) for a, b in pairs]
    assert len(resolve._DISTANCES) <= 5



def test_bulk_insert_reads_its_rows_without_a_view():
    """Rows go in as before (by name, in any column order, nulls, conflicts skipped on request)
    with no view registered: a view of the caller's under the name the insert once used is left
    alone, and no view is left behind; a failed insert raises DuckDB's own error."""
    import duckdb
    import pyarrow as pa
    import pytest

    from dyad.store.bulk import insert

    con = duckdb.connect()
    con.execute("CREATE TABLE towns (id VARCHAR PRIMARY KEY, name VARCHAR, people INTEGER)")
    con.register("dyad_rows", pa.table({"x": [1]}))
    insert(con, "towns", pa.table({"id": ["t1", "t2"], "name": ["Orvik", None], "people": [1200, 75]}))
    insert(con, "towns", pa.table({"people": [9], "name": ["Sella"], "id": ["t3"]}))  # by name
    insert(con, "towns", None)
    cursor = con.cursor()  # the web owner's stores write through a cursor
    insert(cursor, "towns", pa.table({"id": ["t1", "t4"], "name": ["Again", "Brenn"], "people": [1, 2]}),
           skip_conflicts=True)
    assert con.execute("SELECT * FROM towns ORDER BY id").fetchall() == [
        ("t1", "Orvik", 1200), ("t2", None, 75), ("t3", "Sella", 9), ("t4", "Brenn", 2)]
    with pytest.raises(duckdb.ConstraintException):
        insert(con, "towns", pa.table({"id": ["t2"], "name": ["Twice"], "people": [3]}))
    assert con.execute("SELECT * FROM dyad_rows").fetchall() == [(1,)]
    con.unregister("dyad_rows")
    names = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    assert names == {"towns"}
