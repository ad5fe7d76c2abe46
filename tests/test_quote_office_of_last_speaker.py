"""An office's title after "the" ("the prime minister said", "the head of state asserted") where
the text gives that title to no one: the person who spoke last, when no other person is named
between. Sentences written for these tests."""

from __future__ import annotations

from tests.quote_lookup import shown, speaker_of


def test_the_prime_minister_goes_on_from_the_person_who_spoke(analyze_text):
    a = analyze_text(
        "Mart Ollik said the border posts near Narva would stay open through the winter. He added that no "
        "shortages of fuel had been reported.\n"
        "The prime minister said Estonia was in daily contact with its northern neighbours.",
        published="2024-03-01")
    assert speaker_of(a, "Estonia was in daily contact") == "mart-ollik", shown(a)


def test_the_head_of_state_goes_on_after_a_partial_quote(analyze_text):
    a = analyze_text(
        "President Gabriel Boric was asked about the copper strike. He praised Argentina's Javier Milei "
        "for a quick call, while \"never giving ground on wages.\" \"We will keep the mines of Atacama "
        "working,\" the head of state said.",
        published="2024-03-01")
    assert speaker_of(a, "We will keep the mines") == "gabriel-boric", shown(a)


def test_guard_another_person_named_between_leaves_the_title_alone(analyze_text):
    a = analyze_text(
        "Mart Ollik said the border posts near Narva would stay open through the winter.\n"
        "Kaja Tamm met foreign envoys in Tallinn on Monday.\n"
        "The prime minister said Estonia was in daily contact with its northern neighbours.",
        published="2024-03-01")
    assert speaker_of(a, "Estonia was in daily contact") != "mart-ollik", shown(a)


def test_guard_a_minister_the_text_names_is_not_the_last_speaker(analyze_text):
    a = analyze_text(
        "Finance Minister Rein Lang presented the budget in Tallinn. Mart Ollik said the border posts would "
        "stay open.\nThe minister said income taxes would not rise next year.",
        published="2024-03-01")
    assert speaker_of(a, "income taxes would not rise") != "mart-ollik", shown(a)
