"""The reported-speech pass looks only at the words whose class or word one of its tests wants
(``stage._REPORTING_POS``, ``stage._REPORTING_WORDS``): every test fails on the words it skips,
and an article's quotes are those found by looking at every word. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.parts_of_speech import IDS as POS_IDS

from dyad.annotate.nlp import load_nlp
from dyad.extract.quotes import stage
from dyad.extract.quotes.content import felt_by, is_cue, made_clear
from dyad.run.analysis import analyze

TEXT = (
    "KESTRIA, March 3 (Newswire) - Elmora's foreign minister Osk Tarnby said on Tuesday that Vardia "
    "had shelled a village, according to a statement, and made it clear that talks were over.\n\n"
    "The move angered residents, who were worried by the shelling. In a speech, Tarnby warned that "
    "the league would act, as he put it, \"without delay\". Vardia is skeptical of the claims, "
    "officials there said, and the council voiced hope that both would meet.\n\n"
    "By his account, the attack was planned. Local media report the border is shut. "
    "Tarnby charges that Vardia lied, and the envoy believes it too."
)


@pytest.fixture(scope="module")
def doc():
    return load_nlp()(TEXT)


def test_every_test_fails_on_the_skipped_words(doc):
    skipped = [
        t for t in doc if t.pos not in stage._REPORTING_POS and t.lower not in stage._REPORTING_WORDS
    ]
    assert len(skipped) > len(doc) // 4
    assert {t.pos_ for t in skipped} >= {"DET", "PRON", "PUNCT", "PROPN"}
    for t in skipped:
        assert felt_by(t) is None and not is_cue(t) and made_clear(t) is None and not stage._puts_it(t), t.text
        assert t.pos_ not in ("ADJ", "NOUN") and t.lower_ not in ("according", "in", "by"), t.text


def test_quotes_as_when_every_word_is_looked_at(monkeypatch):
    fast = analyze(TEXT, published="2024-03-03").to_dict()["quotes"]
    monkeypatch.setattr(stage, "_REPORTING_POS", frozenset(POS_IDS.values()))
    slow = analyze(TEXT, published="2024-03-03").to_dict()["quotes"]
    assert fast == slow
    assert len(fast) >= 3  # the text does report speech
