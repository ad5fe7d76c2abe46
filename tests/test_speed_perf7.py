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
    from dyad.annotate.columns import column
    from dyad.annotate.mentions import _name_shaped, _name_words
    from spacy.attrs import IDX

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
