"""Attributed content beyond verbs of saying, and speakers the parse hides: one test per class,
on sentences written for these tests."""

from __future__ import annotations

from dyad.extract.quotes.words import attitude_verbs

from .test_quotes import find, quotes


def said_by(article, quote) -> str | None:
    m = quote.speaker_mention
    return article.text[m.start : m.end] if m else None


def test_attitude_verbs_come_from_cameo_classes_less_the_reviewed_ones():
    verbs = attitude_verbs()
    assert {"back", "praise", "condemn", "decline", "demand", "threaten"} <= verbs
    assert not {"scatter", "delay", "honor", "see"} & verbs  # action, ceremony, read otherwise


def test_an_attitude_verb_attributes_its_object_to_its_subject(analyze_text):
    a = analyze_text("Union leaders condemned the layoffs and praised the striking workers.")
    assert said_by(a, find(a, "the layoffs")) == "Union leaders"
    assert said_by(a, find(a, "the striking workers")) == "Union leaders"


def test_an_attitude_verb_attributes_its_to_clause(analyze_text):
    a = analyze_text("The senator declined to endorse the treaty.")
    assert said_by(a, find(a, "to endorse the treaty")) == "The senator"


def test_a_time_after_the_object_is_no_content(analyze_text):
    a = analyze_text("The mayor backed the new stadium plan on Monday.")
    assert find(a, "the new stadium plan").text == "the new stadium plan", quotes(a)


def test_the_clause_after_the_verb_wins_over_a_condition_before_it(analyze_text):
    a = analyze_text("If the dam fails, farmers fear that the valley will flood.")
    q = find(a, "the valley will flood")
    assert said_by(a, q) == "farmers"
    assert not [x for x in a.quotes if x.text.startswith("If the dam")], quotes(a)


def test_according_to_after_the_content_ends_the_object_before_it(analyze_text):
    a = analyze_text("The host mocked the guests, according to show staff.")
    assert said_by(a, find(a, "The host mocked the guests")) == "show staff"
    assert find(a, "the guests").text == "the guests", quotes(a)


def test_as_someone_put_it_attributes_the_rest_of_the_sentence(analyze_text):
    a = analyze_text('As the coach put it, the team is "a work in progress."')
    assert said_by(a, find(a, "the team is")) == "the coach"
    assert said_by(a, find(a, "a work in progress")) == "the coach"


def test_two_apostrophes_open_a_quote_after_its_attribution(analyze_text):
    a = analyze_text("Mr. Lee joked of the new bridge, ''I have not crossed it yet, but I will.''")
    assert said_by(a, find(a, "I have not crossed it")) == "Mr. Lee"


def test_a_demand_closing_a_quote_names_its_speaker(analyze_text):
    a = analyze_text('"Is anyone listening?" asked one farmer. "Why is this still allowed?" Senator Brown demanded.')
    assert said_by(a, find(a, "Why is this still allowed")) in ("Brown", "Senator Brown")
