"""Speakers as news names them: "the spokesperson said" after "a <ministry> spokesperson said",
"X was quoted by an agency as saying", a claim hung on "in a statement", and the anonymity
boilerplate that is no quote. Sentences written for these tests."""

from __future__ import annotations

from .test_quotes import find, quotes, who


def test_the_spokesperson_is_the_speaker_introduced_as_one(analyze_text):
    a = analyze_text(
        "A Pentagon spokesperson said the naval drills would go ahead as planned.\n\n"
        '"Our posture in the region has not changed," the spokesperson told reporters.',
        published="2024-03-01",
    )
    first = find(a, "the naval drills")
    second = find(a, "Our posture")
    assert first.speaker is not None, quotes(a)
    assert second.speaker == first.speaker, quotes(a)


def test_the_official_is_the_official_who_spoke_before(analyze_text):
    a = analyze_text(
        "A senior Japanese official said the two sides had narrowed their differences on fishing "
        'rights.\n\n"We are close, but not there yet," the official said.',
        published="2024-03-01",
    )
    first = find(a, "the two sides")
    assert first.speaker is not None, quotes(a)
    assert find(a, "We are close").speaker == first.speaker


def test_the_one_quoted_by_an_agency_is_no_content(analyze_text):
    a = analyze_text(
        "The defense minister was quoted by the state news agency as saying the tests would continue.",
        published="2024-03-01",
    )
    assert not [q for q in a.quotes if q.text.startswith("The defense minister")], quotes(a)
    assert who(a, find(a, "the tests would continue")) == "The defense minister"


def test_a_claim_hung_on_in_a_statement_is_the_subjects(analyze_text):
    a = analyze_text(
        "The coast guard chief warned in a statement posted online that foreign trawlers would be seized.",
        published="2024-03-01",
    )
    assert who(a, find(a, "foreign trawlers would be seized")) == "The coast guard chief"


def test_the_terms_of_anonymity_are_no_quote(analyze_text):
    a = analyze_text(
        "A port official, who spoke on condition of anonymity because she was not authorized to "
        "speak publicly, said the cargo had been held for inspection.",
        published="2024-03-01",
    )
    assert [q.text for q in a.quotes] == ["the cargo had been held for inspection"], quotes(a)
