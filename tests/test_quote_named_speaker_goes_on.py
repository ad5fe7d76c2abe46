"""A "he" or "she" that speaks right after a quote of a person named as its speaker is that person
going on, not a man named earlier whom the pronoun reader preferred; not where the pronoun does
not fit the person's sex or another speaker is named in between. Sentences written for these
tests."""

from __future__ import annotations

from .quote_lookup import shown, speaker_of

_LEAD = (
    "Norway ports brace for strike\n\n"
    "Prime Minister Erik Sand told unions on Monday that the government would not raise its offer. "
    '"We have gone as far as we can," Sand said.\n\n')


def test_he_after_a_named_speakers_colon_quote_is_that_speaker(analyze_text):
    a = analyze_text(
        _LEAD + "Transport Minister Lars Holm echoed Sand's warning on Tuesday:\n"
        '"If the strike goes on, the ports will close for a month." He also warned that ferry services '
        "to the islands would be cut first.",
        published="2030-06-04")
    assert speaker_of(a, "ferry services to the islands") == "lars-holm", shown(a)


def test_he_said_after_a_named_speakers_words_is_that_speaker(analyze_text):
    a = analyze_text(
        _LEAD + "At a dinner with shipowners on Tuesday, Transport Minister Lars Holm praised the ferry "
        'crews and voiced hope the dispute would end "within days".\n\n'
        '"We have settled harder quarrels than this one. Believe me. The crews want to sail, and the '
        'owners want them back, so we will find the money," he said.',
        published="2030-06-04")
    assert speaker_of(a, "We have settled harder quarrels") == "lars-holm", shown(a)


def test_he_does_not_go_to_a_woman_named_before(analyze_text):
    """Guard: "he" is no Anna."""
    a = analyze_text(
        _LEAD + "Transport Minister Anna Holm echoed Sand's warning on Tuesday:\n"
        '"If the strike goes on, the ports will close for a month." He also warned that ferry services '
        "to the islands would be cut first.",
        published="2030-06-04")
    assert speaker_of(a, "ferry services to the islands") != "anna-holm", shown(a)


def test_another_speaker_between_keeps_the_readers_choice(analyze_text):
    """Guard: a union leader spoke between the quote and the pronoun."""
    a = analyze_text(
        _LEAD + "Transport Minister Lars Holm echoed the warning on Tuesday:\n"
        '"If the strike goes on, the ports will close for a month." Union leader Per Dahl rejected the '
        "offer on Wednesday. He also warned that ferry services to the islands would be cut first.",
        published="2030-06-04")
    assert speaker_of(a, "ferry services to the islands") != "lars-holm", shown(a)
