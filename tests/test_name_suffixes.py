"""A generational suffix after a person's name ("Jr.", "III": data/lexicon/name_suffixes.txt) keeps
no known person from the knowledge base: the name is looked up without it, and a given name the
tagger left out before a middle initial is taken back. Regnal numbers stay. Sentences written for
these tests."""

from __future__ import annotations

import pytest


def _people(a):
    return {x.id: x.code for x in a.actors if x.kind == "person"}


@pytest.mark.parametrize(
    "text, day, person, code",
    [
        ("Pentagon chief Lloyd J. Austin III criticized China on Monday over the drills.",
         "2022-03-01", "lloyd-austin", "USAGOV"),
        ("Antony J. Blinken Jr. met Chinese diplomats in Vienna on Tuesday.", "2022-03-01",
         "antony-blinken", "USAGOV"),
        ("Envoy Sung Y. Kim Sr. said on Friday that the talks had stalled.", "2022-03-01", "sung-kim", "USAGOV"),
    ],
)
def test_a_known_person_with_a_generational_suffix_is_found(analyze_text, text, day, person, code):
    a = analyze_text(text, published=day)
    assert _people(a).get(person) == code, _people(a)


@pytest.mark.parametrize(
    "text, day, person",
    [
        ("Queen Elizabeth II visited Ottawa on Monday.", "2010-03-01", "elizabeth-ii"),
        ("King Charles III met Japanese officials in London on Monday.", "2024-03-01", "charles-iii"),
        ("Lloyd J. Austin criticized China on Monday over the drills.", "2022-03-01", "lloyd-austin"),
    ],
)
def test_regnal_numbers_and_plain_names_are_unchanged(analyze_text, text, day, person):
    a = analyze_text(text, published=day)
    assert person in _people(a), _people(a)


def test_an_unknown_person_with_a_suffix_keeps_the_whole_name_as_a_mention(analyze_text):
    a = analyze_text("Robert Tannenbaum Jr. criticized China on Monday over the drills.", published="2022-03-01")
    people = [x for x in a.actors if x.kind == "person"]
    assert len(people) == 1, [(x.id, x.name) for x in people]
    assert any("Jr." in m.text for m in people[0].mentions)


def test_a_son_is_not_his_father_whose_offices_ended(analyze_text):
    a = analyze_text("Ferdinand E. Marcos Jr. met Chinese officials in Manila on Monday.", published="2023-03-01")
    assert "ferdinand-e-marcos" not in _people(a), _people(a)
