"""A Korean name the tagger leaves out whole, its family name and a given-name syllable written the
way the person writes them ("Yoh", "-key"), is still a person who speaks. Sentences written for
these tests."""

from __future__ import annotations

from .test_quotes import quotes, speaker_of


def test_an_untagged_name_with_yoh_and_key_speaks(analyze_text):
    a = analyze_text(
        "\"The talks will go on,\" Yoh Sang-key, a spokesperson for the trade ministry, told "
        "reporters on Monday.",
        published="2024-05-07")
    speaker = speaker_of(a, "The talks will go on")
    assert speaker is not None and speaker.kind == "person" and speaker.name == "Yoh Sang-key", quotes(a)


def test_a_hyphenated_english_phrase_after_a_family_name_is_no_person(analyze_text):
    """A guard: "No Long-term ..." at the start of a sentence is no Korean name."""
    a = analyze_text(
        "Seoul urged Pyongyang on Monday to return to talks. No long-term plan was given, the ministry said.",
        published="2024-05-07")
    assert not [x for x in a.actors if x.kind == "person"], [(x.id, x.kind) for x in a.actors]


def test_a_tagged_korean_name_keeps_its_words(analyze_text):
    """A guard: a name the tagger takes whole is the same one person."""
    a = analyze_text(
        "\"We will respond firmly,\" Lee Jae-sung, a spokesman for the defense ministry, told reporters.",
        published="2024-05-07")
    speaker = speaker_of(a, "We will respond firmly")
    assert speaker is not None and speaker.name == "Lee Jae-sung", quotes(a)
