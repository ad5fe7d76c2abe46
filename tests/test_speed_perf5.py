"""Speed rewrites of the fifth pass: each fast path gives what the plain one gives (invented text)."""

import re

TIME_TEXTS = (
    "For a fourth consecutive week, the index fell; the day before, traders had sold early.",
    "THE DAY after the vote, the previous evening and the prior quarter; the weekend, Days in a row.",
    "Three months running the club won, before the 1990s, and the decade of 2030 was mild.",
    "No time word here at all, only some text about a Kelvin \u212a sign and a \u017ftraight line.",
)


def test_needed_parts_behind_their_first_chars_say_the_same():
    from dyad.extract.times import grammar

    parts = {r.needs for r in grammar.rules() if r.needs is not None}
    fast = [p for p in parts if p.pattern.startswith("(?=")]
    assert len(fast) >= 3  # "day|week|...", "(?:consecutive|...)", "\\bthe\\s+..." at least
    for part in parts:
        bare = re.compile(part.pattern[part.pattern.index("(?:") + 3 : -1] if part in fast else part.pattern,
                          re.IGNORECASE)
        for text in TIME_TEXTS:
            assert (part.search(text) is None) == (bare.search(text) is None), (part.pattern, text)


def test_begins_with_choice():
    from dyad.util.first_chars import begins_with_choice

    def choice(source):
        return begins_with_choice(re.compile(source, re.IGNORECASE))

    assert choice("day|week") and choice("(?:ab|cd)e") and choice(r"\bthe") and choice("((?:xa|yb))")
    assert not choice("century") and not choice(r"(?<![a-z])(?:june|july)") and not choice(r"\d0s")
    assert not choice("(?i:ab|cd)")  # a group that changes flags is not looked into


def _old_source_goes_on(article, said, quote):
    """The loop _source_goes_on had before (every source tested for being inside another quote)."""
    from dyad.extract.quotes.anaphora import _ONE_SOURCE, _PRONOUNS, NEAR

    m = quote.speaker_mention
    if article.text[m.start : m.end].lower() not in ("he", "she"):
        return None
    last = None
    for q in said:
        if q.speaker_mention is None or q.speaker_mention.start >= m.start:
            continue
        if last is not None and q.speaker_mention.start <= last.speaker_mention.start:
            continue
        if not any(o is not q and o.start <= q.start and q.end <= o.end for o in said):
            last = q
    if last is None or last.speaker == quote.speaker or last.speaker_mention.end < m.start - NEAR:
        return None
    actor = article.actor(last.speaker)
    words = article.text[last.speaker_mention.start : last.speaker_mention.end].lower()
    if actor is None or actor.kind == "person" or not _ONE_SOURCE.match(words):
        return None
    lo = min(last.start, last.speaker_mention.start)
    named = [x for a in article.actors if a.kind == "person" for x in a.mentions
             if lo <= x.start < m.start and x.text.lower() not in _PRONOUNS]
    return None if named else actor.id


def test_source_goes_on_picks_the_source_the_old_loop_picked():
    """Invented quotes, nested at random, sources sharing offsets: the latest source (the first of
    equals) of a quote inside no other, as the old loop found it."""
    import random
    from types import SimpleNamespace as NS

    from dyad.extract.quotes.anaphora import _source_goes_on

    slot = "an official. "  # 13 characters; the pronoun "he" at the end
    rng = random.Random(7)
    answers = set()
    for _ in range(3000):
        n = rng.randint(1, 7)
        text = slot * 12 + "he said"
        he = NS(start=len(slot) * 12, end=len(slot) * 12 + 2)
        actors = {f"a{k}": NS(id=f"a{k}", kind=rng.choice(("organization", "person", "group")), mentions=[])
                  for k in range(4)}
        said = []
        for _k in range(n):
            at = rng.randrange(0, 13) * len(slot)  # one slot may be past the pronoun
            mention = None if rng.random() < 0.1 else NS(start=at, end=at + 11)
            start = rng.randrange(0, len(text) - 20)
            said.append(NS(start=start, end=start + rng.randrange(1, 60), speaker=rng.choice(list(actors)),
                           speaker_mention=mention))
        quote = NS(start=he.end, end=he.end + 5, speaker=rng.choice([*actors, "other"]), speaker_mention=he)
        article = NS(text=text, actors=list(actors.values()), actor=actors.get)
        want = _old_source_goes_on(article, said, quote)
        assert _source_goes_on(article, said, quote) == want
        answers.add(want)
    assert len(answers) >= 4  # None and several sources: the cases are not all alike


def test_overlaps_span_as_any():
    import random

    from dyad.extract.places.mentions import _overlaps_span

    rng = random.Random(3)
    for _ in range(2000):
        spans = [tuple(sorted(rng.sample(range(30), 2))) for _ in range(rng.randrange(0, 5))]
        span = tuple(sorted(rng.sample(range(30), 2)))
        assert _overlaps_span(span, spans) == any(span[0] < e and s < span[1] for s, e in spans)


def test_noun_chunks_kept_per_doc_as_spacy_gives_them():
    import spacy

    from dyad.annotate.columns import noun_chunks

    nlp = spacy.blank("en")
    doc = nlp("The tall minister met the new envoy in the old town hall.")
    # a hand-made parse (no model needed): heads and labels of a plain clause
    heads = [2, 2, 3, 3, 6, 6, 3, 3, 11, 11, 11, 7, 3]
    deps = ["det", "amod", "nsubj", "ROOT", "det", "amod", "dobj", "prep", "det", "amod", "compound", "pobj", "punct"]
    pos = ["DET", "ADJ", "NOUN", "VERB", "DET", "ADJ", "NOUN", "ADP", "DET", "ADJ", "NOUN", "NOUN", "PUNCT"]
    for t, h, d, p in zip(doc, heads, deps, pos, strict=True):
        t.head, t.dep_, t.pos_ = doc[h], d, p
    plain = [(c.start, c.end, c.label_) for c in doc.noun_chunks]
    assert len(plain) == 3
    first = noun_chunks(doc)
    assert [(c.start, c.end, c.label_) for c in first] == plain
    assert noun_chunks(doc) is first  # walked once
    with doc.retokenize() as retokenizer:  # a doc whose length changed is walked again
        retokenizer.merge(doc[9:11])
    again = noun_chunks(doc)
    assert again is not first and [(c.start, c.end) for c in again] == [(c.start, c.end) for c in doc.noun_chunks]


def test_entities_kept_per_doc_as_spacy_gives_them():
    import spacy
    from spacy.tokens import Span

    from dyad.annotate.columns import entities

    doc = spacy.blank("en")("Vrana Kost met the Tarnby Harbour Board in Oskaro on Monday .")
    doc.ents = [Span(doc, 0, 2, "PERSON"), Span(doc, 4, 7, "ORG"), Span(doc, 8, 9, "GPE")]
    first = entities(doc)
    assert [(e.start, e.end, e.label_) for e in first] == [(e.start, e.end, e.label_) for e in doc.ents]
    assert entities(doc) is first  # built once
    assert entities(spacy.blank("en")("no names here")) == ()
    with doc.retokenize() as retokenizer:  # a doc whose length changed is read again
        retokenizer.merge(doc[4:7])
    assert [(e.start, e.end, e.label_) for e in entities(doc)] == [(0, 2, "PERSON"), (4, 5, "ORG"), (6, 7, "GPE")]


def test_labelling_candidates_leaves_the_kept_entities_alone(read_actors):
    """The actors stage relabels some names it takes from the tagger ("Pope Pius II" tagged a law
    is a person); the entities every other pass shares keep spaCy's labels."""
    from dyad.annotate.columns import entities

    article = read_actors("Pope Pius II met Miss Adeline Genee in Tarnby on Monday. The Oskaro Harbour Board "
                          "said Madge Ferrow would meet the Kastavian envoy. Madge said the talks went well.")
    doc = article.doc  # its entities were kept while the actors were read
    assert [(e.start, e.end, e.label_) for e in entities(doc)] == [(e.start, e.end, e.label_) for e in doc.ents]


def test_report_words_read_from_the_lower_column_as_from_the_tokens():
    import spacy

    from dyad.extract.events.relevance import Relevance, _lowers_in

    doc = spacy.blank("en")("Fans cheered as the Striker scored twice ; SHARES and the Coach fell , world cup or not .")
    relevance = Relevance.default()
    for words in (relevance.sport, relevance.business, frozenset({"shares", "coach", "world cup", "Fans"})):
        for sentence in (doc[0:7], doc[7:], doc[:]):
            assert _lowers_in(sentence, words) == {t.lower_ for t in sentence} & words
    assert _lowers_in(doc[7:], frozenset({"shares", "coach", "world cup", "Fans"})) == {"shares", "coach"}


def test_distance_km_bit_for_bit_as_before():
    import math
    import random
    from types import SimpleNamespace as NS

    from dyad.extract.places.resolve import distance_km

    def old(a, b):
        la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
        h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
        return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))

    rng = random.Random(5)
    points = [NS(lat=rng.uniform(-90, 90), lon=rng.uniform(-180, 180)) for _ in range(150)]
    points += [NS(lat=0.0, lon=0.0), NS(lat=0.0, lon=180.0), NS(lat=90.0, lon=10.0), NS(lat=-90.0, lon=-10.0)]
    assert all(distance_km(a, b) == old(a, b) for a in points for b in points)


PLACE_TEXTS = (
    "VARNO The Latest on the storm.\nTARNBY (AP) — The mayor spoke. OSKARO, Veldoria – Talks resumed.\n"
    "By ANN VOSS, Associated Press KESTRIN (AP) — Rain fell.\n(Red Vale) -- A fire broke out.\n"
    "Brenhollow: The police said. McTAVISH -- Nothing.  DeKORVA: no. Quiet. LUSK/ORMBY -- both",
    "Tarnby Mayor Ann Voss met Oskaro Police Chief Len Hart and Former Kestrin Mayor Dee Raft; "
    "the Varno councillor Sam Lee, South Ormby Police, mayor of nowhere, TARNBY MAYOR.",
    "Officers in Tarnby-Vale and Ormby-on-Sea, the Kestrin community, near Lusk, Varno County Court, "
    "the Oskaro's harbour, 12 Mill Lane, Little Ormby; Ann and Len or Dee, to the Varno Co. line.",
    "", "\n", "no capitals here at all.",
)


def test_place_scanners_behind_their_first_chars_find_as_before():
    from dyad.extract.places import mentions

    assert len(mentions._SCANNERS) >= 20
    found = {}
    for name in mentions._SCANNERS:
        pattern = getattr(mentions, name)
        source = pattern.pattern
        assert source.startswith("(?="), name
        bare = re.compile(source[source.index(")(?:") + 4 : -1], pattern.flags)
        for text in PLACE_TEXTS:
            fast = [(m.span(), m.groups()) for m in pattern.finditer(text)]
            assert fast == [(m.span(), m.groups()) for m in bare.finditer(text)], name
            for pos in range(len(text)):  # anchored at every position, as .match(text, pos) is used
                a, b = pattern.match(text, pos), bare.match(text, pos)
                assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (name, pos)
            found[name] = found.get(name, 0) + len(fast)
    assert found["_DATELINE"] >= 8 and found["_TOWN_TITLE"] >= 4 and found["_RUN"] >= 10
