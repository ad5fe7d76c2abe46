""""the party's media office said", "the government press service said": the press office speaks
for the body the possessive names, read as "the party's spokesperson" would be, else the
organisation (not a news outlet) that spoke last before it. Sentences written for these tests."""

from __future__ import annotations

from tests.quote_lookup import speakers as _speakers


def test_the_partys_media_office_is_the_party_that_spoke(analyze_text):
    a = analyze_text(
        "The Union Front said on Sunday it would boycott the vote, and denied reports published by Reuters "
        "about its leaders.\n\n"
        '"The Union Front never speaks through anonymous sources," the party\'s media office said in a statement.',
        published="2024-06-06")
    assert _speakers(a, "The Union Front never speaks") == ["union-front"], [(q.speaker, q.text[:30]) for q in a.quotes]


def test_the_government_press_service_is_the_state(analyze_text):
    a = analyze_text(
        "Dushanbe, 5 May - Tajikistan says its forces have retaken the city hall.\n"
        "The government press service said a convoy had been hit near the border.",
        published="2024-06-06")
    assert _speakers(a, "a convoy had been hit") == ["TJK"], [(q.speaker, q.text[:30]) for q in a.quotes]


def test_guard_a_named_press_office_keeps_its_body(analyze_text):
    """A guard: "Hezbollah's media office said" names its body."""
    a = analyze_text(
        "Hezbollah's media office said on Saturday that the group does not speak through sources.",
        published="2024-06-06")
    assert _speakers(a, "the group does not speak") == ["hezbollah"], [(q.speaker, q.text[:30]) for q in a.quotes]
