""""X clarified that ..." reports what X said: the clause is X's words, also where a verb inside
it ("the board will decide ...") names someone else. Sentences written for these tests."""

from __future__ import annotations

from tests.quote_lookup import shown, speaker_of, speakers


def test_he_clarified_that_is_the_speaker_named_before(analyze_text):
    a = analyze_text(
        "Deputy Health Minister Rosa Okafor spoke to reporters in Enugu on Tuesday.\n\n"
        "She clarified that the vaccine drive in the eastern districts will continue in stages.",
        published="2024-03-01")
    assert speaker_of(a, "the vaccine drive in the eastern") == "rosa-okafor", shown(a)


def test_a_decision_inside_the_clarified_clause_is_the_speakers_words(analyze_text):
    a = analyze_text(
        "Trade Secretary Lionel Okoth said on Monday that the port levy would fall next year. "
        "He clarified that the tariff board will now decide the final rate.",
        published="2024-03-01")
    assert "lionel-okoth" in speakers(a, "the tariff board will now decide"), shown(a)


def test_guard_a_decision_outside_a_clarified_clause_is_not_the_last_speakers(analyze_text):
    a = analyze_text(
        "Trade Secretary Lionel Okoth said the port levy would fall next year. "
        "The tariff board will determine the final rate next month.",
        published="2024-03-01")
    assert "lionel-okoth" not in speakers(a, "the final rate"), shown(a)
