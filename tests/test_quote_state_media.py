"""'Israeli media reported', 'Spanish media said': a state's people's name and "media" are that
state's media (an organisation, sector MED), not the state speaking. Sentences written for these
tests."""

from __future__ import annotations

from .quote_lookup import shown, speaker_of


def test_a_states_media_report_is_the_media_not_the_state(analyze_text):
    a = analyze_text(
        "Madrid weighs Lisbon reply on dams\n\n"
        "Spanish media reported on Friday that the cabinet would answer the Portuguese note within a week.",
        published="2030-02-11")
    speaker = a.actor(speaker_of(a, "the cabinet would answer"))
    assert speaker is not None and speaker.kind == "organization" and speaker.sector == "MED", shown(a)
    assert speaker.country == "ESP", shown(a)


def test_the_state_itself_still_speaks(analyze_text):
    """Guard: the state's own name stays the state."""
    a = analyze_text(
        "Madrid weighs Lisbon reply on dams\n\n"
        "Spain said on Friday that the cabinet would answer the Portuguese note within a week.",
        published="2030-02-11")
    assert speaker_of(a, "the cabinet would answer") == "ESP", shown(a)
