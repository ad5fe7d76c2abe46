"""A quotation mark glued to the word outside it ('said,"We ...', '... come.”He added') keeps its
quote's speaker: cleaning puts the space back on the mark's outer side. Sentences written for
these tests."""

from __future__ import annotations

from dyad.clean.stage import paragraphs
from tests.quote_lookup import shown, speaker_of


def test_he_added_glued_to_a_closing_mark_is_the_speaker_before(analyze_text):
    a = analyze_text(
        "Transport Minister Paulo Ferreira said on Monday, “The bridge at Tomar will reopen before the "
        "rains come.”He added during a visit to Braga, “No village will be left without a road to market.”",
        published="2024-03-01")
    assert speaker_of(a, "No village will be left") == "paulo-ferreira", shown(a)


def test_said_glued_to_an_opening_straight_mark_keeps_its_speaker(analyze_text):
    a = analyze_text(
        "Governor Amina Bello met cotton farmers in Gombe on Tuesday.\n\n"
        "Asked how the state would pay for the new dams, the governor said,\"We will find the money in "
        "the road budget.\"",
        published="2024-03-01")
    assert speaker_of(a, "We will find the money") == "amina-bello", shown(a)


def test_guard_marks_with_a_space_or_before_punctuation_stay_as_written():
    text = ('He called it a "farce," she said. "Next," he said, "we vote".\n\n'
            "The page was wiki/Plan_for_\"New_Town\"_2024 and the pipe is 5\" wide.")
    assert paragraphs(text) == [
        'He called it a "farce," she said. "Next," he said, "we vote".',
        "The page was wiki/Plan_for_\"New_Town\"_2024 and the pipe is 5\" wide.",
    ]
