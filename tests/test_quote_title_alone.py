"""A speaker named by the title of an office one person holds ("The PM says", a headline's "...,
says PM"), with or without "the": the one person the text names who holds that office on the
publication date; no one where the text names two holders. Sentences written for these tests."""

from __future__ import annotations

from tests.quote_lookup import shown, speaker_of


def test_the_pm_says_is_the_prime_minister_named_before(analyze_text):
    a = analyze_text(
        "Prime Minister Fumio Kishida toured a flooded rice district in Niigata on Saturday.\n\n"
        "The PM says the cabinet will approve fresh support for growers before the autumn harvest.",
        published="2023-07-15")
    assert speaker_of(a, "the cabinet will approve") == "fumio-kishida", shown(a)


def test_a_headline_says_pm_is_the_prime_minister_named_below(analyze_text):
    a = analyze_text(
        "Harbour cranes will move again within days, says PM\n\n"
        "Canadian Prime Minister Justin Trudeau told reporters in Halifax that the dock unions had accepted "
        "a new wage offer.",
        published="2022-05-20")
    assert speaker_of(a, "Harbour cranes will move") == "justin-trudeau", shown(a)


def test_guard_two_prime_ministers_named_leave_the_pm_to_no_one(analyze_text):
    a = analyze_text(
        "Prime Minister Fumio Kishida hosted Indian Prime Minister Narendra Modi in Hiroshima on Sunday.\n\n"
        "The PM says the navies of both countries will train together next spring.",
        published="2023-05-21")
    assert speaker_of(a, "the navies of both") not in ("fumio-kishida", "narendra-modi"), shown(a)


def _speaker_name(a, words):
    speaker = speaker_of(a, words)
    actor = a.actor(speaker) if speaker else None
    return actor.name if actor is not None else None


def test_the_emir_is_the_one_the_text_gives_that_title(analyze_text):
    a = analyze_text(
        "Heavy rains flattened granaries across Katsina State on Friday.\n\n"
        "According to the Emir of Daura, HRH Alhaji Umar Faruk Kankia, the storm destroyed more than three "
        "hundred homes.\n\n"
        '"Our farmers have lost a whole season of grain," the Emir stated.',
        published="2024-08-10")
    assert "Kankia" in (_speaker_name(a, "Our farmers have lost") or ""), shown(a)


def test_guard_a_person_given_no_such_title_is_not_the_emir(analyze_text):
    a = analyze_text(
        "Heavy rains flattened granaries across Katsina State on Friday.\n\n"
        "Alhaji Musa Dandume, a cattle trader, said the storm drowned dozens of his animals.\n\n"
        '"Our farmers have lost a whole season of grain," the Emir stated.',
        published="2024-08-10")
    assert "Dandume" not in (_speaker_name(a, "Our farmers have lost") or ""), shown(a)
