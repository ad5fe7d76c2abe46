"""A joint statement no one is named to issue speaks for the people who met: "X had a meeting
with his counterpart, Y" or "X held talks with Y and Z" in its sentence or the two before; a
later "the joint statement" is the same speaker. Sentences written for these tests."""

from __future__ import annotations

from tests.quote_lookup import speaker_of as _speaker_of


def test_a_joint_statement_after_a_meeting_is_the_two_who_met(analyze_text):
    a = analyze_text(
        "Ruritanian Defense Minister Anton Brask had a meeting with his Osterland counterpart, Tomas Vellko, in "
        "Vienna on Monday.\n\n"
        '"At the talks, both ministers firmly rejected the closure of the northern ports," the joint '
        "statement said.\n\n"
        "The talks lasted three hours.\n\nThe two navies will hold a drill in May. The ministers also spoke of "
        "trade and of the coming elections in both countries and of the river treaty.\n\n"
        '"Both sides will keep a hotline open at all times," the joint statement said.',
        published="2022-11-03")
    assert _speaker_of(a, "At the talks") == "anton-brask+tomas-vellko", [(q.speaker, q.text[:30]) for q in a.quotes]
    assert _speaker_of(a, "Both sides will keep") == "anton-brask+tomas-vellko", [(q.speaker, q.text[:30]) for q in a.quotes]


def test_a_joint_statement_released_after_talks_of_three_is_the_three(analyze_text):
    a = analyze_text(
        'VIENNA - Any new blockade "would be met with a firm and united answer," according to a joint statement '
        "released Sunday after Prime Minister Anton Brask held talks with President Tomas Vellko and Chancellor "
        "Maria Lund.",
        published="2022-11-13")
    speaker = _speaker_of(a, "would be met")
    assert speaker == "anton-brask+maria-lund+tomas-vellko", [(q.speaker, q.text[:30]) for q in a.quotes]


def test_guard_a_joint_statement_with_no_meeting_has_no_group(analyze_text):
    """A guard: no one met or held talks: the joint statement stays as it was (no group made)."""
    a = analyze_text(
        "Prime Minister Anton Brask spoke of the blockade on Monday. President Tomas Vellko was in Rome.\n\n"
        '"The ports must open," the joint statement said.',
        published="2022-11-13")
    speaker = _speaker_of(a, "The ports must open")
    assert speaker is None or "+" not in speaker, [(q.speaker, q.text[:30]) for q in a.quotes]
