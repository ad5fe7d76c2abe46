"""What belongs to a quote and who speaks it, in three classes news shows often: a relative
clause whose pronoun the cue leaps over ("a missile, which the North said could reach X"), "it"
after a binding text ("The treaty caps X. It requires Y."), and the act of a ruling verb inside
its speaker's own speech ("said he would veto any bill that ..."). Sentences written for these
tests."""

from __future__ import annotations

from .test_quotes import find, quotes, speaker_name


def test_a_relative_pronoun_and_its_cue_are_no_content(analyze_text):
    a = analyze_text(
        "The drills follow the test of a new glide vehicle, which Beijing said could evade any "
        "missile shield in the region.",
        published="2024-03-01",
    )
    q = find(a, "could evade any missile shield")
    assert "which" not in q.text and "said" not in q.text, quotes(a)


def test_a_relative_pronoun_opening_a_reported_belief(analyze_text):
    a = analyze_text(
        "Farmers blame the new tariffs, which the union says have cut exports of rice by a third.",
        published="2024-03-01",
    )
    assert find(a, "have cut exports").text.startswith("have cut"), quotes(a)


def test_it_after_a_binding_text_is_the_text_not_a_state_named_in_it(analyze_text):
    a = analyze_text(
        "The Security Council voted on Monday. The new treaty limits Iran's enrichment of "
        "uranium to 3.67 percent. It requires inspectors to visit every site within 24 hours.",
        published="2024-03-01",
    )
    q = find(a, "inspectors to visit")
    assert q.speaker is None, quotes(a)


def test_it_after_an_institution_still_speaks_for_it(analyze_text):
    a = analyze_text(
        "The Foreign Ministry of Japan issued a protest on Monday. It said the ship had entered "
        "Japanese waters without notice.",
        published="2024-03-01",
    )
    q = find(a, "the ship had entered")
    assert q.speaker is not None and "Japan" in speaker_name(a, q), quotes(a)


def test_a_ruling_verb_inside_its_speakers_speech_is_no_second_quote(analyze_text):
    a = analyze_text(
        "Governor Ellen Marsh said the budget was balanced, and that she would veto any bill in "
        "the legislature that tried to raise the sales tax.",
        published="2024-03-01",
    )
    assert not [q for q in a.quotes if q.cue == "veto"], quotes(a)
    assert speaker_name(a, find(a, "the budget was balanced")) == "Ellen Marsh"


def test_a_ruling_verb_of_its_own_stays_a_quote(analyze_text):
    a = analyze_text(
        "Governor Ellen Marsh vetoed a bill that would have raised the sales tax.",
        published="2024-03-01",
    )
    assert any(q.cue == "vetoed" for q in a.quotes), quotes(a)


def test_a_partial_quote_inside_reported_speech_is_the_inner_speakers(analyze_text):
    a = analyze_text(
        "The drill was led by Admiral Tanaka, who said the new destroyers would \"change the "
        "balance\" in the strait, the broadcaster NHK reported.",
        published="2024-03-01",
    )
    q = next(q for q in a.quotes if q.text == "change the balance")
    assert "Tanaka" in (speaker_name(a, q) or ""), quotes(a)


def test_a_partial_quote_the_subject_called_something_is_the_subjects(analyze_text):
    a = analyze_text(
        'The ministry called the drills "a grave provocation" on Tuesday, the agency reported.',
        published="2024-03-01",
    )
    q = next(q for q in a.quotes if q.text == "a grave provocation")
    assert "ministry" in (a.text[q.speaker_mention.start : q.speaker_mention.end]).lower(), quotes(a)
