"""Two people are one speaker only when "and" joins them ("President Ames and Premier Berg said");
an "and" inside a title ("Ames's adviser on trade and energy, Berg, said") or inside a relative
clause ("Berg, who spoke of the president's health and ..., said") joins no speakers. Sentences
written for these tests."""

from __future__ import annotations

from tests.quote_lookup import speaker_of as _speaker_of


def test_an_and_inside_a_possessed_title_joins_no_one(analyze_text):
    a = analyze_text(
        "Ruritanian President Anton Brask's special adviser on trade and energy policy, Tomas Vellko, said in an "
        "interview on Monday that Osterland had sent a message asking for new talks.",
        published="2020-10-15")
    assert _speaker_of(a, "Osterland had sent a message") == "tomas-vellko", [(q.speaker, q.text[:30]) for q in a.quotes]


def test_an_and_inside_a_relative_clause_joins_no_one(analyze_text):
    a = analyze_text(
        "Information Minister Tomas Vellko spoke at a town hall meeting on Monday. President Anton Brask has "
        "been abroad for medical checks for three weeks.\n"
        "Mr. Vellko, who was questioned on the condition of the president and on whether bulletins on his "
        "recovery would be issued each day, insisted that no such bulletins were needed.",
        published="2017-02-27")
    assert _speaker_of(a, "no such bulletins were needed") == "tomas-vellko", [(q.speaker, q.text[:30]) for q in a.quotes]


def test_guard_two_leaders_joined_by_and_in_one_name_speak_together(analyze_text):
    """A guard: 'President X and Premier Y agreed that ...' read as one phrase stays one group."""
    a = analyze_text(
        "Ruritanian President Anton Brask and Osterland Prime Minister Tomas Vellko agreed on Monday that "
        "the border talks would resume next month.",
        published="2020-10-15")
    speaker = _speaker_of(a, "the border talks would resume")
    assert speaker is not None and "anton-brask" in speaker and "tomas-vellko" in speaker, [(q.speaker, q.text[:30]) for q in a.quotes]
