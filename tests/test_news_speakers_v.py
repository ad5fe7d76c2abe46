"""Who said it, in forms the fifth round of unseen-news probes showed (15v): the "that" clause
of "told reporters after the talks that X", ... Sentences written for these tests."""

from __future__ import annotations

import pytest

from .test_quotes import find, quotes, speaker_of


@pytest.mark.parametrize(
    ("text", "published", "content", "name"),
    [
        ("Kremlin aide Sergei Volkov told reporters ahead of the visit that the new accord would "
         "replace a treaty signed in 1961.", "2024-06-18", "the new accord would replace", "Sergei Volkov"),
        ("Foreign Minister Ri Yong Ho told reporters at a late-night briefing in Hanoi that the North "
         "had offered to close its main reactor.", "2019-03-01", "the North had offered", "Ri Yong-ho"),
        ("Adviser Chang Ho-jin told reporters after a closed-door meeting of the council that Seoul "
         "would review the ban.", "2024-06-21", "Seoul would review", "Chang Ho-jin"),
        ("Spokesperson Lin Jian said at a regular briefing that Beijing opposed the drills.",
         "2024-05-23", "Beijing opposed the drills", "Lin Jian"),
    ],
)
def test_a_that_clause_hung_on_a_phrase_of_when_or_where(analyze_text, text, published, content, name):
    a = analyze_text(text, published=published)
    actor = speaker_of(a, content)
    assert actor is not None and actor.name == name, quotes(a)
