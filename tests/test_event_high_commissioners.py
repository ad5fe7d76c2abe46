"""A high commissioner is the envoy one Commonwealth member sends another, and a chargé d'affaires heads
an embassy without an ambassador: a summons of either is an official complaint against the envoy's
state (114), and the title before a name says whose envoy the person is ("Kenyan High Commissioner X").
A police or election commissioner summoned stays a meeting. Sentences written for these tests."""

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nairobi summoned the Ugandan High Commissioner on Tuesday over the detention of two traders.",
         ("KEN", "UGA", "11")),
        ("The Ghanaian High Commissioner was summoned by the Nigerian foreign ministry late on Monday.",
         ("NGA", "GHA", "11")),
    ],
)
def test_a_summoned_high_commissioner_is_a_complaint(state_events, text, expected):
    found = {(s, t, c[:2]) for s, t, c in state_events(text, published="2025-02-20")}
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Malaysian High Commissioner Aminah Rahim Tan toured the flooded district in Queensland.", "Aminah Rahim Tan", "MYS"),
        ("Australian Chargé d'Affaires Tom Kellaway Brandt left the meeting early.", "Tom Kellaway Brandt", "AUS"),
    ],
)
def test_the_title_before_the_name_gives_the_envoy_a_state(read_actors, text, name, country):
    article = read_actors(text)
    person = next(a for a in article.actors if a.name == name)
    assert person.country == country, person


def test_a_police_commissioner_summoned_is_no_complaint(state_events):
    # guard: a commissioner with no "high" is no envoy
    found = state_events("The Kenyan interior minister summoned the police commissioner on Friday.", published="2025-02-20")
    assert not any(c.startswith("11") for _, _, c in found), found


def test_a_summoned_charge_d_affaires_stays_a_complaint(state_events):
    # guard: the chargé's state came from the object's adjective before; it still does
    found = state_events("Colombo summoned Maldivian Chargé d'Affaires Ahmed Rasheed Faiz on Wednesday over the fishing dispute.",
                         published="2025-02-20")
    assert ("LKA", "MDV", "114") in found, found


def test_a_title_word_and_another_are_no_title_of_two_words(read_actors):
    # guard: "general election" holds the title word "general", but is no title of two words
    article = read_actors("Karl Berg, a farmer who voted for the ruling party in the general election, spoke on Monday.")
    person = next(a for a in article.actors if a.name == "Karl Berg")
    assert not person.roles, person
