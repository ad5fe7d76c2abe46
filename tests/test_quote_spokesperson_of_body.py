""""Remarks by a spokesman of X's ministry came after ...; '...,' the spokesman said": a
spokesperson introduced in a sentence that quotes nothing, by the body they speak for, is that
body when "the spokesperson" speaks later. Sentences written for these tests."""

from __future__ import annotations

from .test_quotes import quotes, speaker_of


def test_the_spokesman_after_a_spokesman_of_a_ministry_is_that_ministry(analyze_text):
    a = analyze_text(
        "Iran on Monday condemned the new sanctions, state media said.\n\n"
        "The remarks by a spokesman of Tehran's foreign ministry came two days after Washington "
        "announced the measures.\n\n"
        "The sanctions are a crime against the Iranian people, the spokesman said.",
        published="2024-05-06")
    speaker = speaker_of(a, "The sanctions are a crime")
    assert speaker is not None and speaker.kind == "organization" and speaker.country == "IRN", quotes(a)


def test_the_spokeswoman_after_a_spokeswoman_for_a_ministry_gave_a_warning(analyze_text):
    a = analyze_text(
        "A spokeswoman for Iran's foreign ministry gave that warning while the talks in Vienna stalled, "
        "IRNA reported.\n\n"
        "\"Those who impose sanctions on our people will pay a heavy price,\" the spokeswoman said "
        "in a statement.",
        published="2024-05-06")
    speaker = speaker_of(a, "Those who impose sanctions")
    assert speaker is not None and speaker.kind == "organization" and speaker.country == "IRN", quotes(a)


def test_a_spokesman_named_since_keeps_his_words(analyze_text):
    """A guard: the spokesman named after the body's spokesman was introduced is the one meant."""
    a = analyze_text(
        "A spokesman for Iran's foreign ministry gave that warning while the talks in Vienna stalled.\n\n"
        "Spokesman Reza Karimi told reporters on Monday that the talks would resume.\n\n"
        "\"Those who impose sanctions on our people will pay a heavy price,\" the spokesman said.",
        published="2024-05-06")
    speaker = speaker_of(a, "Those who impose sanctions")
    assert speaker is not None and speaker.name in ("Reza Karimi", "Karimi"), quotes(a)
