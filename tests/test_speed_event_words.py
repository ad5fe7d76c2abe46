"""The event stage tries a trigger only on the words of the classes a pattern or an appeal can
have (``stage._MAY_MATCH``): the words it skips would have matched nothing, and the events of an
article are those found by trying every word. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.parts_of_speech import IDS as POS_IDS

from dyad.annotate.nlp import load_nlp
from dyad.extract.events import stage
from dyad.extract.events.patterns import Patterns
from dyad.run.analysis import analyze

TEXT = (
    "KESTRIA, March 3 (Newswire) - Vardia launched missiles at the border posts of Elmora on Tuesday, "
    "and its navy opened fire on a patrol boat, the Elmoran defence ministry said.\n\n"
    "Elmora's foreign minister Osk Tarnby accused Vardia of shelling a village and said the council "
    "should condemn the attack. Vardia denied it.\n\n"
    "\"We will not be silent,\" Tarnby told reporters in Kestria, adding that Elmora had asked the league "
    "for help. The two sides held talks on Friday and were ready to sign an accord, officials said.\n\n"
    "Police arrested six protesters outside the Vardian embassy, which was shut. The envoy was summoned "
    "over the remarks and was critical of the move; the league gave aid to the refugees."
)


@pytest.fixture(scope="module")
def doc():
    return load_nlp()(TEXT)


def test_skipped_words_match_no_pattern_and_no_appeal(doc):
    patterns = Patterns.default()
    finder = stage.EventStage.__new__(stage.EventStage)
    skipped = [t for t in doc if t.pos not in stage._MAY_MATCH]
    assert len(skipped) > len(doc) // 3  # determiners, prepositions, pronouns, punctuation, adverbs
    assert {t.pos_ for t in skipped} >= {"DET", "ADP", "PRON", "PUNCT"}
    for token in skipped:
        assert patterns.match(token) is None, token.text
        assert finder._appealed(token, None) is None, token.text


def test_events_as_when_every_word_is_tried(monkeypatch):
    fast = analyze(TEXT, published="2024-03-03").to_dict()["events"]
    monkeypatch.setattr(stage, "_MAY_MATCH", frozenset(POS_IDS.values()))
    slow = analyze(TEXT, published="2024-03-03").to_dict()["events"]
    assert fast == slow
    assert len(fast) >= 3  # the text does name events
