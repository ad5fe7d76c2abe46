"""Speed rewrites of the sixth pass: each fast path gives what the plain one gives (invented text)."""

import re
from types import SimpleNamespace

TIME_TEXTS = (
    "On Friday, June 4-6, 2021 at 9 a.m. PST, late last autumn, the 1980s and the 19th century.",
    "Four weeks ago, two months later, over the past few years, in the third quarter of 2019.",
    "Every evening, yesterday morning, on the 9th of May and on New Year's Day next year, the week before.",
    "Prices closed the day lower for a fifth straight session, as in '91 and in 1964-65, over the weekend.",
    "Output in April next year may top the same quarter a year earlier; the vote opens at 08:45 GMT on 2022-11-03.",
    "THE DAY after the strike, the previous night (03/12/2021) and the prior week; MID-JULY, early 2000s.",
    "A Kelvin \u212a sign, a \u017ftraight line, an \u0130stanbul note and a dotless \u0131 in \u017feptember 12.",
    "Once a month, twice a year, daily, at noon and at 17.30, for twenty-one days and some 40 years ago.",
    "",
    "7",
)


def _finditer(pattern, text):
    return [(m.start(), m.end(), m.groupdict()) for m in pattern.finditer(text)]


def test_time_rules_in_their_skipping_form_find_as_finditer():
    from dyad.extract.times import grammar
    from dyad.util.first_chars import matches

    rules = grammar.rules()
    assert sum(r.scan is not None for r in rules) >= len(rules) - 2
    found = 0
    for rule in rules:
        if rule.scan is None:
            continue
        for text in TIME_TEXTS + (" ".join(TIME_TEXTS), "x".join(TIME_TEXTS).upper()):
            plain = _finditer(rule.pattern, text)
            assert list(matches(rule.scan, text)) == plain, (rule.kind, text)
            found += len(plain)
    assert found >= 100


def test_time_grammar_finds_as_without_the_skipping_forms(monkeypatch):
    from dyad.extract.times import grammar

    fast = [grammar.find(t) for t in TIME_TEXTS]
    assert sum(map(len, fast)) >= 30
    grammar.rules.cache_clear()
    monkeypatch.setattr(grammar, "skipping", lambda pattern: None)
    try:
        assert all(r.scan is None for r in grammar.rules())
        assert [grammar.find(t) for t in TIME_TEXTS] == fast
    finally:
        grammar.rules.cache_clear()  # rebuilt with the skipping forms at the next call


def test_skipping_on_small_patterns():
    from dyad.util.first_chars import matches, skipping

    text = "The day, THE  DAY, the\u212aday; xthe day 1999 day \u201999 day and the the day"
    for source in (
        r"(?<![A-Za-z])(?:the|[12]\d\d\d|[’']\d\d)\s+(?P<x>day)",
        r"(?:the\s+)?(?P<w>day|sday)",
        r"the\s+(?P<t>the\s+)?day",
        r"[a-z]+",
        r"(?<=\bthe\s)(?P<d>day)",
    ):
        pattern = re.compile(source, re.IGNORECASE)
        skipper = skipping(pattern)
        assert skipper is not None, source
        assert list(matches(skipper, text)) == _finditer(pattern, text), source
    # what is not read: an empty match, a letter beyond ASCII, a group referred to, "."
    for source in (r"(?:day)?", "\u00e9t\u00e9", "\u212aday", r"(a)\1", r"(?P<a>x)(?P=a)", r".day", r"\wday"):
        assert skipping(re.compile(source, re.IGNORECASE)) is None, source
    assert skipping(re.compile("\u00e9t\u00e9")) is not None  # case as it is: the letter itself


def test_ascii_folds_are_every_other_case_of_the_ascii_letters():
    from dyad.util.first_chars import _ASCII_FOLDS

    every = "".join(map(chr, range(0x110000)))
    for letter in "abcdefghijklmnopqrstuvwxyz":
        found = set(re.findall(re.escape(letter), every, re.IGNORECASE))
        assert found == {letter, letter.upper(), *_ASCII_FOLDS.get(letter, "")}, letter


def test_skipping_sets_hold_every_first_and_second_character_of_the_time_rules():
    """Over every code point: a character a rule's match can begin with (its first classes, case
    ignored) is in the set its skipping form begins with (case as it is); so is one that its
    second classes match in the second set, where there is one."""
    from re import _parser

    from dyad.extract.times import grammar
    from dyad.util import first_chars

    every = "".join(map(chr, range(0x110000)))
    one_set = r"\[(?:\\.|[^\]\\])*\]"
    seen, twos = set(), 0
    for rule in grammar.rules():
        if rule.scan is None:
            continue
        head = re.match(rf"\(\?-i:({one_set})({one_set})?\)", rule.scan.pattern)
        bare = re.sub(r"\)\)\(\?s:\.\.?\)\)$", "", rule.scan.pattern.split(f"(?P<{first_chars._WHOLE}>", 1)[1])
        assert re.compile(bare, re.IGNORECASE).pattern == rule.pattern.pattern.split(")(?:", 1)[1][:-1]
        items = _parser.parse(bare, re.IGNORECASE).data
        classes, _ = first_chars._first(items)
        _, seconds, short = first_chars._two(items)
        assert (head.group(2) is not None) == (not short)
        twos += head.group(2) is not None
        for wanted, chars in ((classes, head.group(1)), (seconds, head.group(2))):
            if chars is None or (tuple(wanted), chars) in seen:
                continue
            seen.add((tuple(wanted), chars))
            found = set(re.findall("|".join(wanted), every, re.IGNORECASE))
            assert found and found <= set(re.findall(chars, every)), rule.kind
    assert twos >= 30


def test_first_two_characters_of_small_patterns():
    from re import _parser

    from dyad.util.first_chars import _two

    def two(source):
        firsts, seconds, short = _two(_parser.parse(source, 0).data)
        return sorted(set(firsts)), sorted(set(seconds)), short

    assert two("ab") == (["a"], ["b"], set())
    assert two("a?bc") == (["a", "b"], ["b", "c"], set())
    assert two(r"(?<![x])(?:the|an?)\s") == (["a", "t"], ["[\\s]", "h", "n"], set())
    assert two("(?:the|an?)") == (["a", "t"], ["h", "n"], {1})  # "a": one character
    assert two("x*yz") == (["x", "y"], ["x", "y", "z"], set())
    assert two("x{2,3}") == (["x"], ["x"], set())
    assert two("x{0,3}") == (["x"], ["x"], {0, 1})
    assert two("(?:ab|c)?d") == (["a", "c", "d"], ["b", "d"], {1})
    assert two("q(?=u)") == (["q"], [], {1})
    assert two("(?:)?") == ([], [], {0})


def test_contexts_of_one_pass_share_the_rest_of_the_article_as_made_alone():
    from dyad.extract.places.resolve import _Context

    def entry(name, kind, country, within=None):
        return SimpleNamespace(name=name, kind=kind, country=country, within=within)

    names = ["Avalon", "Brisk", "Avalon", "Corvo", "Dunmere", "Brisk", "Elka", "Fenwick"]
    chosen = [
        (entry("Avalon", "city", "FRA"), 7.0, []),
        (entry("Brisk", "region", "DEU"), 6.0, []),
        (entry("Avalon", "city", "FRA"), 7.0, []),
        None,
        (entry("Dunmere", "region", "FRA"), 5.0, []),
        (entry("Brisk", "region", "DEU"), 6.0, []),
        (entry("Elka", "country", "POL"), 8.0, []),
        (entry("Fenwick", "region", "DEU", within="Brisk"), 4.0, []),
    ]
    candidates = [SimpleNamespace(text=n) for n in names]
    keys = [n.lower() for n in names]
    shared: dict = {}
    fields = ("entries", "countries", "top", "bordering", "top_region")
    for i in range(len(candidates)):
        alone = _Context(candidates, chosen, i, keys=keys)
        together = _Context(candidates, chosen, i, keys=keys, shared=shared)
        assert all(getattr(alone, f) == getattr(together, f) for f in fields), i
        assert alone.top == together.top and list(alone.countries) == list(together.countries)
    assert len(shared) == len(set(keys))  # once per name


def test_doc_text_kept_per_doc():
    import spacy

    from dyad.annotate.columns import text

    nlp = spacy.blank("en")
    doc = nlp("HARBOURTON - The mayor of the old port spoke.\n\nShe left  early.")
    assert text(doc) == doc.text and text(doc) is text(doc)
    with doc.retokenize() as retokenizer:  # a doc whose length changed is read again
        retokenizer.merge(doc[0:3])
    assert text(doc) == doc.text
    assert text(nlp("")) == ""


def test_dateline_spans_kept_per_text_a_new_list_each_time():
    from dyad.annotate.dateline import DATELINE, dateline_spans

    texts = [
        "PORT ELLIS, Jan 3 (Wirecast) - The council met.\nNORTHGATE (AP) -- Rain fell.",
        "Nothing here - at all.",
        "HALVERTON - First.\nSecond line.",
    ]
    for text in texts * 3:
        spans = dateline_spans(text)
        assert spans == [(m.start("town"), m.end(), m.end("town")) for m in DATELINE.finditer(text)]
        spans.append((0, 0, 0))  # a caller's change does not reach the next caller
        assert dateline_spans(text) == spans[:-1]
    assert len(dateline_spans(texts[0])) == 2


def test_time_rules_in_their_skipping_form_on_random_word_salad():
    """Invented word salad from the time lexicon's words, numbers and marks, in random case: every
    rule's skipping form finds what its finditer finds."""
    import random

    from dyad.extract.times import grammar
    from dyad.extract.times.lexicon import load_lexicon
    from dyad.util.first_chars import matches

    lex = load_lexicon()
    vocab = [w for table in (lex.months, lex.weekdays, lex.seasons, lex.parts_of_day, lex.numbers, lex.ordinals,
                             lex.units, lex.deictic, lex.relative_words, lex.modifiers, lex.references,
                             lex.holidays) for w in table]
    vocab += ["the", "of", "a", "ago", "later", "earlier", "in", "row", "running", "same", "year", "consecutive",
              "12", "1999", "2021", "3:45", "10.30", "p.m.", "am", "GMT", "'98", "’07", "1990s", "-", "/", ",",
              ".", "%", "percent", "old", "\u212a", "\u017f", "\u0130", "every", "once", "twice", "at", "end"]
    rng = random.Random(6)
    rules = [r for r in grammar.rules() if r.scan is not None]
    found = 0
    for _ in range(400):
        words = [rng.choice(vocab) for _ in range(rng.randint(1, 25))]
        words = [w.upper() if rng.random() < 0.15 else w.title() if rng.random() < 0.2 else w for w in words]
        text = "".join(w + rng.choice((" ", " ", " ", "-", "", "\n", ", ")) for w in words)
        for rule in rules:
            plain = _finditer(rule.pattern, text)
            assert list(matches(rule.scan, text)) == plain, (rule.kind, text)
            found += len(plain)
    assert found >= 1000


def test_needed_parts_searched_in_their_skipping_form_say_the_same():
    from dyad.extract.times import grammar

    parts = {r.needs for r in grammar.rules() if r.needs is not None}
    assert sum(grammar._searcher(p) is not p for p in parts) >= len(parts) - 2
    texts = TIME_TEXTS + ("x".join(TIME_TEXTS).upper(), "same", "a\u212aquarter", "later")
    for part in parts:
        for text in texts:
            assert (grammar._searcher(part).search(text) is None) == (part.search(text) is None), (part.pattern, text)
