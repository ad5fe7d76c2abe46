"""The speed work's screens answer as the full work they skip: the event patterns tried only where
the trigger has the preposition or object word they need pick the same pattern and cue as trying
every pattern of the word in turn. Invented sentences."""

from __future__ import annotations

import pytest

from dyad.annotate.nlp import load_nlp
from dyad.extract.events.patterns import Patterns

SENTENCES = (
    "Vardia launched missiles at the border posts of Elmora on Tuesday, and its navy opened fire on a patrol boat.",
    "The ministers held talks with their Elmoran counterparts and signed an accord on fishing rights.",
    "Elmora accused Vardia of shelling a village, called for restraint and asked for help from the league.",
    "The envoy was summoned over the remarks, and the council gave aid to the refugees who fled the fighting.",
    "Police arrested six protesters, released two of them later and vowed to take stern action against the rest.",
    "The president began a visit to Kestria, opened a new embassy there and promised to provide loans.",
)


def _key(match):
    return None if match is None else (match.pattern, match.trigger.i, [t.i for t in match.cue])


@pytest.fixture(scope="module")
def docs():
    nlp = load_nlp()
    return [nlp(s) for s in SENTENCES]


def test_screened_patterns_pick_as_trying_every_pattern(docs, monkeypatch):
    patterns = Patterns.default()
    fast = [_key(patterns.match(t)) for doc in docs for t in doc]
    monkeypatch.setattr(Patterns, "_viable", lambda self, candidates, token, parse: range(len(candidates)))
    slow = [_key(patterns.match(t)) for doc in docs for t in doc]
    assert fast == slow
    assert sum(k is not None for k in fast) >= 8  # the sentences do name events


def test_screen_keeps_the_order_of_the_patterns(tmp_path, docs, monkeypatch):
    """The first pattern that holds wins, whatever it needs: a preposition, an object word, any
    object or nothing."""
    path = tmp_path / "p.yaml"
    path.write_text(
        "verbs:\n"
        "  launch:\n"
        "    - {code: '195', object: [drone]}\n"
        "    - {code: '190', prep: [at]}\n"
        "    - {code: '138', object: '*'}\n"
        "    - {code: '036'}\n"
        "  open:\n"
        "    - {code: '172', object: [embassy], prep: [in]}\n"
        "    - {code: '190', object: [fire]}\n"
        "    - {code: '036'}\n"
        "  hold:\n"
        "    - {code: '040', object: '*'}\n"
        "    - {code: '190', object: [talk]}\n",
        encoding="utf-8",
    )
    patterns = Patterns.load(path)

    def code(doc, word):
        match = patterns.match(next(t for t in doc if t.lower_ == word))
        return None if match is None else match.pattern.code

    fast = [code(docs[0], "launched"), code(docs[0], "opened"), code(docs[5], "opened"), code(docs[1], "held")]
    assert fast == ["190", "190", "036", "040"]
    monkeypatch.setattr(Patterns, "_viable", lambda self, candidates, token, parse: range(len(candidates)))
    assert [code(docs[0], "launched"), code(docs[0], "opened"), code(docs[5], "opened"), code(docs[1], "held")] == fast


TIME_TEXTS = (
    "On Tuesday, March 3-5, 2019 at 3 p.m. EST, early last spring, the 1990s and the 21st century.",
    "Two days ago, three weeks later, in the past few months, during the first quarter of 2020.",
    "Every morning, yesterday afternoon, on the 5th of March and on Christmas Day this year, the decade before.",
    "Shares ended the day higher for a third straight day, as in '82 and in 1957-58, during the weekend.",
    "Sales in March next year may beat the same month a year earlier; talks resume at 14:30 GMT on 2021-04-06.",
    "The launch the previous night (12/03/2020) came nearly May 4, a fortnight after the midnight vote.",
    "MID-JUNE, late 2010s, in the spring of 1999, for twenty-five years, once a week, 10:15:30, 0930 GMT",
)


def test_time_rules_find_as_without_their_look_ahead(monkeypatch):
    from dyad.extract.times import grammar

    fast = [grammar.find(t) for t in TIME_TEXTS]
    assert sum(map(len, fast)) >= 30
    grammar.rules.cache_clear()
    monkeypatch.setattr(grammar, "with_first_chars", lambda pattern: pattern)
    try:
        assert [grammar.find(t) for t in TIME_TEXTS] == fast
    finally:
        grammar.rules.cache_clear()  # rebuilt with the look-ahead at the next call


@pytest.mark.parametrize(
    "source",
    [
        r"(?:(?P<mod>early|late)\s+)?(?<![a-z])(?P<month>june|july)",
        r"(?<![\d-])\d{4}-[01]\d",
        r"(?:the\s+)?(?:[^\S\n]|,)+x",
        r"(?:a|b)?(?=c)[^q]d",
        r"(?P<k>kilo|ſun)s?",  # ignoring case, "k" is also the Kelvin sign and "s" the long s
        r"x*",  # may be empty: left as it is
        r"(?=a)|b",
    ],
)
def test_first_chars_find_the_same_matches(source):
    import re

    from dyad.util.first_chars import with_first_chars

    text = "Early June, late\tJULY 2020-11 ,x xx the  \n x acd bqd KILOS \u212ailo Sun \u017fun 1999-01"
    bare = re.compile(source, re.IGNORECASE)
    fast = with_first_chars(bare)
    assert [(m.span(), m.groupdict()) for m in fast.finditer(text)] == [
        (m.span(), m.groupdict()) for m in bare.finditer(text)
    ]
    assert (fast is bare) == (source in (r"x*", r"(?=a)|b"))
