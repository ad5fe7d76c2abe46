"""Speed rewrites of the eighth pass: each fast path gives what the plain one gives (invented text)."""

from dyad.article import Article, Segment


def _hand_tagged(text: str, pos: list[str], lemmas: list[str] | None = None):
    import spacy

    doc = spacy.blank("en")(text)
    for i, (token, tag) in enumerate(zip(doc, pos, strict=True)):
        token.pos_ = tag
        if lemmas is not None:
            token.lemma_ = lemmas[i]
    return doc


def test_in_credit_with_and_without_a_credit_line():
    """Without a credit segment no offset is in a credit; with one, those inside it are; a new list
    of segments is read again (the answer is kept per list)."""
    article = Article(text="Harbour cranes stood idle.\n\nPhoto: Ilse Varnum", segments=[Segment("body", 0, 26)])
    assert not any(article.in_credit(i) for i in range(len(article.text)))
    article.segments = [Segment("body", 0, 26), Segment("credit", 28, 46)]
    assert [i for i in range(len(article.text)) if article.in_credit(i)] == list(range(28, 46))
    article.segments.append(Segment("body", 46, 46))  # the same list, longer: read again
    assert article.in_credit(30) and not article.in_credit(3)


def test_verb_lemma_kept_per_doc():
    """The mended lemma is the token's own in each doc: two docs with the same word at the same
    place, and the mend of an inflected cue the tagger lemmatised badly ("hoped" -> "hop")."""
    from dyad.extract.quotes.words import _verb_lemma, verb_lemma

    first = _hand_tagged("Tovra hoped to land", ["PROPN", "VERB", "PART", "VERB"], ["Tovra", "hop", "to", "land"])
    second = _hand_tagged("Tovra sailed to land", ["PROPN", "VERB", "ADP", "NOUN"], ["Tovra", "sail", "to", "land"])
    for doc in (first, second, first):
        assert [verb_lemma(t) for t in doc] == [_verb_lemma(t) for t in doc]
    assert verb_lemma(first[1]) == "hope" and verb_lemma(second[1]) == "sail"


def test_kb_labels_read_the_columns():
    """The knowledge base's label of a run of words reads its text from the IDX and LENGTH columns:
    the same text as the tokens give, punctuation and accents included."""
    from dyad.annotate.knowledge import KnowledgeBase
    from dyad.annotate.mentions import _KbLabels

    text = "Élan Dravik , of Norway, met Quenby Ashcombe."
    doc = _hand_tagged(text, ["PROPN"] * 10)
    seen = []
    labels = _KbLabels(doc, KnowledgeBase.default(), set(), text)
    labels._label = lambda said, proper: seen.append(said)
    for start in range(len(doc)):
        for end in range(start + 1, min(start + 5, len(doc)) + 1):
            labels(start, end)
    assert seen == [doc[s:e].text for s in range(len(doc)) for e in range(s + 1, min(s + 5, len(doc)) + 1)]


def test_own_name_kept_as_asked():
    """A place's own name, asked again, gives the first answer (kept per text and gazetteer)."""
    from dyad.extract.places.gazetteer import load_gazetteer
    from dyad.extract.places.mentions import _own_name, _post_towns_only

    gaz = load_gazetteer()
    names = ["Paris", "Zzyzx Nowhere", "paris", "Kharkov", "Paris"]
    first = [(_own_name.__wrapped__(n, gaz), _post_towns_only.__wrapped__(n, gaz)) for n in names]
    assert [(_own_name(n, gaz), _post_towns_only(n, gaz)) for n in names] == first
    assert first[0][0] and not first[1][0]
