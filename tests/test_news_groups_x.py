"""Speakers named together in news: "the leaders of North and South Korea" (two states sharing
"Korea"), a headline's "Yoon, Biden, Kishida agree" (names joined by commas alone), one actor for
"North Korean state media" and "North Korea's state media", "Acting President Han" tagged as a
people, and a title-case headline's wording that is no speech. Sentences written for these tests."""

from __future__ import annotations

from .test_quotes import find, quotes


def _speaker(a, content):
    return a.actor(find(a, content).speaker)


def test_the_leaders_of_north_and_south_korea_are_both(analyze_text):
    a = analyze_text("The leaders of North and South Korea pledged on Friday to work for a lasting peace.",
                     published="2018-04-27")
    actor = _speaker(a, "to work for a lasting peace")
    assert actor is not None and actor.kind == "group", quotes(a)
    assert {x.name for x in a.actors} >= {"North Korea", "South Korea"}


def test_east_and_west_germany_are_two_states(analyze_text):
    a = analyze_text("East and West Germany signed the treaty in Moscow.", published="1990-09-12")
    assert {x.code for x in a.actors} >= {"DDR", "DEU"}, [(x.name, x.code) for x in a.actors]


def test_names_joined_by_commas_in_a_headline_speak_together(analyze_text):
    a = analyze_text(
        "Yoon, Biden, Kishida agree to deepen security cooperation\n\n"
        "CAMP DAVID, Md. -- South Korean President Yoon Suk Yeol, U.S. President Joe Biden and Japanese "
        "Prime Minister Fumio Kishida met on Friday.",
        published="2023-08-19",
    )
    actor = _speaker(a, "to deepen security cooperation")
    assert actor is not None and actor.kind == "group", quotes(a)
    assert {"Yoon", "Biden", "Kishida"} <= set(actor.name.replace(",", " ").split()), actor.name


def test_a_title_case_headline_s_wording_is_no_quote(analyze_text):
    a = analyze_text(
        "Biden, Kishida Agree to Boost Ties on Chips\n\n"
        "U.S. President Joe Biden and Japanese Prime Minister Fumio Kishida agreed on Friday to boost "
        "ties on chips.",
        published="2023-01-14",
    )
    assert not any(q.start < a.text.index("\n") for q in a.quotes), quotes(a)
    assert any("to boost ties on chips" in q.text for q in a.quotes)  # the body's own stays


def test_north_korean_state_media_is_one_actor_however_spelled(analyze_text):
    a = analyze_text(
        "Kim invited Putin to visit Pyongyang, North Korea's state media said on Thursday. North Korean "
        "state media said the two leaders agreed to deepen cooperation.",
        published="2023-09-14",
    )
    media = [x for x in a.actors if x.code == "PRKMED"]
    assert len(media) == 1 and len(media[0].mentions) == 2, [(x.name, x.code) for x in a.actors]


def test_acting_president_han_tagged_as_a_people_is_the_acting_president(analyze_text):
    a = analyze_text("Acting President Han said on Monday that he would not sign the bills.",
                     published="2024-12-23")
    actor = _speaker(a, "he would not sign the bills")
    assert actor is not None and actor.name == "Han Duck-soo", quotes(a)


def test_a_title_held_in_the_week_before_publication_names_its_holder(analyze_text):
    a = analyze_text("Acting President Han said on Thursday that the parties must agree first.",
                     published="2024-12-28")  # removed on Friday, the day before
    actor = _speaker(a, "the parties must agree first")
    assert actor is not None and actor.name == "Han Duck-soo", quotes(a)


def test_a_state_s_allies_are_a_group_that_speaks(analyze_text):
    a = analyze_text("The United States and its allies condemned the launch on Sunday. Washington said its "
                     "allies would answer together.", published="2023-04-27")
    assert any(x.kind == "group" and x.name == "allies" and len(x.mentions) == 2 for x in a.actors), \
        [(x.name, x.kind) for x in a.actors]


def test_world_powers_are_a_group_that_speaks(analyze_text):
    a = analyze_text("Trump left the nuclear deal Iran reached with world powers in 2015. World powers said "
                     "they would keep the accord alive.", published="2018-05-09")
    actor = _speaker(a, "they would keep the accord alive")
    assert actor is not None and actor.kind == "group" and actor.name == "world powers", quotes(a)


def test_war_powers_are_no_group(analyze_text):  # guard
    a = analyze_text("The president used his war powers on Friday. Senators said the war powers were too broad.",
                     published="2020-01-05")
    assert not any("powers" in x.name for x in a.actors)
