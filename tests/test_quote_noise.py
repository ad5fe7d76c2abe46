"""Content that says nothing is no quote: a time alone, a pronoun a ruling acts on, an attempt's
bare "to" clause, a request for anonymity, quotation marks around a number or a markup value.
Sentences written for these tests."""

from __future__ import annotations

from .test_quotes import find, quotes


def texts(article) -> list[str]:
    return [q.text for q in article.quotes]


def test_a_time_after_a_stance_noun_is_no_content_its_to_clause_is(analyze_text):
    a = analyze_text("Both parties reached a broad agreement on Wednesday to cut fuel taxes for farmers.")
    assert "Wednesday" not in texts(a), quotes(a)
    assert find(a, "cut fuel taxes for farmers").speaker_mention is not None


def test_a_content_of_a_time_alone_is_no_quote(analyze_text):
    a = analyze_text("The mayor remained hopeful over the weekend.")
    assert not [t for t in texts(a) if "weekend" in t], quotes(a)


def test_a_pronoun_a_ruling_acts_on_is_no_quote(analyze_text):
    a = analyze_text(
        "The governor signed the water bill, and she vowed to veto any measure that would block it."
    )
    assert "it" not in texts(a), quotes(a)


def test_a_ruling_on_a_named_object_stays_a_quote(analyze_text):
    a = analyze_text("The appeals court blocked the new zoning rules.")
    assert find(a, "the new zoning rules")


def test_an_attempt_of_one_verb_and_a_pronoun_is_no_quote(analyze_text):
    a = analyze_text("Farmers opposed the canal plan, and their lobby sought to stop it.")
    assert not [t for t in texts(a) if t.startswith("to stop")], quotes(a)


def test_an_attempt_with_an_object_stays_a_quote(analyze_text):
    a = analyze_text("Their lobby sought to stop the canal plan.")
    assert find(a, "to stop the canal plan")


def test_a_request_for_anonymity_is_no_quote(analyze_text):
    a = analyze_text(
        '"The talks are stuck," said a port official who asked not to be named, "and nobody will move."'
    )
    assert not [t for t in texts(a) if "named" in t], quotes(a)
    assert find(a, "The talks are stuck").speaker_mention is not None


def test_quotation_marks_around_a_number_or_a_markup_value_are_no_quote(analyze_text):
    a = analyze_text(
        'The mayor praised the volunteers. <post id="90817263544" user="harbourwatch">Great day.</post>'
    )
    assert not [t for t in texts(a) if t in ("90817263544", "harbourwatch")], quotes(a)
