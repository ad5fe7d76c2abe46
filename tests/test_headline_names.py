"""Names in a headline set in title case are cut to what the body names: the capitals of the
verbs and nouns after a name ("Moon Meets Troops") are no part of it. Sentences written for
these tests."""

from __future__ import annotations


def _names(a):
    return {x.name for x in a.actors}


def _mentions(a, name):
    return [m for x in a.actors if x.name == name for m in x.mentions]


def test_a_headline_verb_and_noun_are_no_part_of_the_name(analyze_text):
    a = analyze_text(
        "Kishida Calls Snap Election for October\n\n"
        "TOKYO (Kyodo) -- Prime Minister Fumio Kishida said on Monday he would dissolve the lower "
        "house next week.",
        published="2023-09-18",
    )
    assert not any(n.startswith("Kishida Calls") for n in _names(a)), _names(a)
    assert any(m.start == 0 for m in _mentions(a, "Fumio Kishida")), _names(a)


def test_a_headline_name_cut_short_is_the_person_the_body_names(analyze_text):
    a = analyze_text(
        "Moon Hails Summit Outcome\n\n"
        "SEOUL (Yonhap) -- President Moon Jae-in said on Wednesday that the summit had opened a new "
        "era for the peninsula.",
        published="2018-06-13",
    )
    assert not any("Hails" in n for n in _names(a)), _names(a)
    assert any(m.start == 0 for m in _mentions(a, "Moon Jae-in")), _names(a)


def test_two_leaders_of_a_headline_are_each_themselves(analyze_text):
    a = analyze_text(
        "Xi-Putin Talks Yield Energy Pact\n\n"
        "MOSCOW (Reuters) - Chinese President Xi Jinping and Russian President Vladimir Putin "
        "signed an energy agreement on Tuesday.",
        published="2023-03-21",
    )
    assert not any("Talks" in n or "-" in n for n in _names(a)), _names(a)


def test_a_headline_name_the_body_repeats_stays(analyze_text):  # guard
    a = analyze_text(
        "Hyundai Motor Opens New Plant in Georgia\n\n"
        "Hyundai Motor said on Friday its new electric vehicle plant would employ 8,000 workers.",
        published="2024-10-04",
    )
    assert any(m.start == 0 and m.text == "Hyundai" for m in _mentions(a, "Hyundai Motor Company")), _names(a)
    assert not any("Opens" in n or "Plant" in n for n in _names(a)), _names(a)


def test_a_sentence_is_no_headline(analyze_text):  # guard: only title-cased lines are trimmed
    a = analyze_text(
        "Greenfield Capital Partners bought the building on Monday.\n\n"
        "The firm did not say how much it paid.",
        published="2024-10-04",
    )
    assert any(n.startswith("Greenfield Capital") for n in _names(a)), _names(a)
