""""The North" and "the South" stand for the state the article named with that word (North Korea,
South Korea), as news on a divided country writes them. Sentences written for these tests."""

from __future__ import annotations


def speaker_of(article, starts: str) -> str | None:
    quote = next(q for q in article.quotes if q.text.startswith(starts))
    return quote.speaker


def test_the_north_is_the_state_named_north_before(analyze_text):
    a = analyze_text(
        "North Korea test-fired a cruise missile on Sunday. The North said the launch was a routine drill.",
        published="2024-03-01",
    )
    assert speaker_of(a, "the launch was a routine drill") == "PRK"


def test_an_institution_of_the_north_belongs_to_that_state(analyze_text):
    a = analyze_text(
        "South Korea and North Korea exchanged warnings. The North's foreign ministry said the drills "
        "were a threat, and the South said it would not scale them back.",
        published="2024-03-01",
    )
    ministry = a.actor(speaker_of(a, "the drills were a threat"))
    assert ministry is not None and ministry.kind == "organization" and ministry.code.startswith("PRK")
    assert speaker_of(a, "it would not scale them back") == "KOR"


def test_a_longer_name_opened_by_the_word_is_not_the_state(analyze_text):
    a = analyze_text(
        "South Korea sent a destroyer on patrol. It sailed through the South China Sea on Monday.",
        published="2024-03-01",
    )
    kor = a.actor("KOR")
    assert all(a.text[m.start : m.end] != "South" for m in kor.mentions)


def test_the_south_without_a_state_so_named_is_no_state(analyze_text):
    a = analyze_text("Voters in the South backed the senator, the campaign said.", published="2024-03-01")
    assert not [x for x in a.actors if x.kind == "state"]
