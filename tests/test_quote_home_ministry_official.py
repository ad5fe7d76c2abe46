"""'Lima protested X. A foreign ministry official told a briefing that ...', 'Hanoi summoned Y, a
foreign ministry official said': an unnamed ministry official, of no state and with no ministry
named before, in an article with no home state of its own, is of the state whose capital is the
subject just before. Sentences written for these tests."""

from __future__ import annotations

from .test_quotes import quotes


def _said(article, words: str):
    hits = [q for q in article.quotes if words in q.text[:len(words) + 3] and q.cue in ("said", "told")]
    assert hits, f"no quote starts with {words!r}: {quotes(article)}"
    return article.actor(hits[0].speaker)


def test_official_after_capital_subject_in_the_sentence_before(analyze_text):
    a = analyze_text(
        "'Fishing map unacceptable'\n\n"
        "Lima protested a new fishing map published by Chile on Tuesday, saying it ignored the court's ruling.\n\n"
        "A foreign ministry official told a briefing that the map could not change a border both sides had signed.",
        published="2024-05-07")
    actor = _said(a, "the map could not change")
    assert actor is not None and actor.country == "PER", quotes(a)


def test_official_after_capital_subject_in_the_words(analyze_text):
    """"Beijing's ambassador" is no subject: the official is Vietnam's."""
    a = analyze_text(
        "Vietnam protests over collision\n\n"
        "Hanoi summoned Beijing's ambassador on Friday over a collision between two fishing boats near the "
        "islands, a foreign ministry official said.",
        published="2024-05-07")
    actor = _said(a, "Hanoi summoned")
    assert actor is not None and actor.country == "VNM", quotes(a)


def test_guard_a_ministry_named_before_keeps_it(analyze_text):
    a = analyze_text(
        "Lima protested a new fishing map published by Chile on Tuesday.\n\n"
        "The Chilean Foreign Ministry defended the map in a note.\n\n"
        "A ministry official told reporters that the map only showed lines agreed in 2014.",
        published="2024-05-07")
    actor = _said(a, "the map only showed")
    assert actor is not None and actor.country == "CHL", quotes(a)
