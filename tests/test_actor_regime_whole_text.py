""""The regime", "the junta": the state the whole text names most by its name or its people's,
among those named before it, not the one the sentences just before it named most. Sentences
written for these tests."""

from __future__ import annotations

import pytest


def _holder(article, words: str) -> str | None:
    at = article.text.index(words)
    return next((a.country for a in article.actors for m in a.mentions if m.start == at), None)


@pytest.mark.parametrize(
    ("text", "words", "state"),
    [
        ("Mali ordered French troops out in July. France's president said on Monday that the French ambassador "
         "would stay despite pressure from the junta. France has cut its aid. Mali has expelled French troops, "
         "and Mali has closed its airspace. Mali's new leaders say they will hold elections next year.",
         "the junta", "MLI"),
        ("Iran's president spoke in Vienna on Monday about Israel. Austria's chancellor and Austrian ministers met "
         "him. He said the media of the Zionist regime spread lies. Israel rejected the claim. Israel's envoy said "
         "Israel would answer.",
         "the Zionist regime", "ISR"),
    ],
)
def test_the_regime_is_the_state_the_text_is_about(read_actors, text, words, state):
    assert _holder(read_actors(text), words) == state


@pytest.mark.parametrize(
    ("text", "words", "state"),
    [
        ("North Korea fired two missiles on Monday. North Korea called the launch a routine drill. Japan "
         "protested, saying the regime had broken United Nations resolutions.", "the regime", "PRK"),
        ("Iran seized a tanker on Friday. The regime said the ship had broken maritime rules.", "The regime", "IRN"),
    ],
)
def test_the_regime_as_before(read_actors, text, words, state):
    assert _holder(read_actors(text), words) == state
