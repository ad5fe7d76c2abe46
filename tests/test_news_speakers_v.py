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


@pytest.mark.parametrize(
    ("text", "content", "words"),
    [
        ("Tokyo protested on Monday. Analysts said the row could last for months.",
         "the row could last", "Analysts"),
        ("Thousands marched in Seoul on Saturday. \"We will not be silenced,\" one of the organisers "
         "told the crowd.", "We will not be silenced", "organisers"),
        ("The organizers, a coalition of labour unions, said the government had ignored the workers.",
         "the government had ignored", "organizers"),
    ],
)
def test_a_group_of_people_named_once_that_spoke_is_the_speaker(analyze_text, text, content, words):
    a = analyze_text(text, published="2023-03-18")
    actor = speaker_of(a, content)
    assert actor is not None and actor.kind == "group" and words in actor.name, quotes(a)


def test_a_field_that_says_in_the_present_is_no_speaker_of_its_own(analyze_text):
    a = analyze_text("Most children lack iodine, researchers say. The study's authors say salt is the answer.")
    assert speaker_of(a, "Most children lack iodine") is None, quotes(a)
