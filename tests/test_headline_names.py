"""A one-word name that is the surname of exactly one person the article names in full is that
person, wherever it stands (a headline before the text names them). Sentences written for these
tests."""

from __future__ import annotations


def test_a_headline_surname_is_the_person_the_text_names_in_full(analyze_text):
    a = analyze_text(
        "Prime Minister Fumio Kishida said Japan would respond firmly to the launch.",
        title="Kishida vows firm response",
        published="2022-10-04",
    )
    people = [x for x in a.actors if "Kishida" in x.name]
    assert len(people) == 1 and people[0].kind == "person", [(x.name, x.kind) for x in people]
    assert any(a.text[m.start : m.end] == "Kishida" for m in people[0].mentions)


def test_a_surname_two_people_share_stays_apart(analyze_text):
    a = analyze_text(
        "Kim Jong Un met Kim Yo Jong on Monday. Kim later left for the coast.",
        title="Kim inspects the coast",
        published="2022-10-04",
    )
    kims = [x for x in a.actors if x.kind == "person" and x.name.startswith("Kim")]
    assert len(kims) >= 2, [(x.name, [a.text[m.start : m.end] for m in x.mentions]) for x in kims]
