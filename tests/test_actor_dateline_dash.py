"""A dateline's town and the words after its dash that the tagger took as one name ("BERLIN -
Foreign Ministry", "SANTIAGO - Chile", "LAKE CITY, Fla. - Officials"): the dateline only says where
the story was filed, so the actor is what follows the dash. And a body opened by another state's
people's name ("the Peruvian Foreign Ministry") in a story filed from a capital is that state's,
not the capital's. Sentences written for these tests."""

from __future__ import annotations

import pytest


def _actors(article) -> list[tuple[str, str | None, str]]:
    return [(a.name, a.country, a.kind) for a in article.actors]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("SANTIAGO - Chile said on Monday it would send more patrol boats to the southern fishing grounds.",
         "Chile", "CHL"),
        ("OTTAWA - Canada recalled its ambassador to Caracas on Tuesday after the expulsion of two diplomats.",
         "Canada", "CAN"),
        ("NAIROBI - Kenya and Uganda agreed on Friday to reopen their border crossing at Busia.",
         "Kenya", "KEN"),
    ],
)
def test_a_state_after_a_dash_dateline_is_the_state(read_actors, text, name, country):
    article = read_actors(text)
    found = _actors(article)
    assert (name, country, "state") in found, found
    assert not any(" - " in n for n, _, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "BERLIN - Foreign Ministry spokeswoman Anna Weber told reporters on Monday that talks would resume.",
        "LAKE CITY, Fla. - Officials in the county said on Monday that the bridge would stay closed.",
        "CAMP HALE, Colorado - Canada sent two transport planes to the exercise on Monday.",
    ],
)
def test_no_actor_takes_in_the_dateline(read_actors, text):
    found = _actors(read_actors(text))
    dash = text.index(" - ")
    town = text[:dash].split(",")[-1].strip()
    assert not any(town in n and " - " in n for n, _, _ in found), found


def test_the_body_after_a_capitals_dateline_is_of_its_own_state(read_actors):
    found = _actors(read_actors("BERLIN - Foreign Ministry spokeswoman Anna Weber told reporters on Monday."))
    assert any(c == "DEU" and k == "organization" for n, c, k in found), found
    assert not any("BERLIN" in n for n, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("SANTIAGO - The Peruvian Foreign Ministry said on Monday it would send a note to Chile.", "PER"),
        ("BERLIN - The Kenyan Foreign Ministry summoned a German envoy on Friday.", "KEN"),
        ("SEOUL (Yonhap) -- The Finnish Defense Ministry said on Friday it would buy more rockets.", "FIN"),
    ],
)
def test_another_peoples_body_in_a_capitals_story_is_theirs(read_actors, text, country):
    found = _actors(read_actors(text))
    bodies = [(n, c) for n, c, k in found if k == "organization" and "Ministry" in n]
    assert bodies and all(c == country for _, c in bodies), found


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("TOKYO - The Foreign Ministry said on Monday it would lodge a protest with Beijing.", "JPN"),
        ("SANTIAGO - The Chilean Foreign Ministry said on Monday it would send a note to Peru.", "CHL"),
    ],
)
def test_the_homes_own_body_stays_the_homes(read_actors, text, country):
    """Guards: an unqualified ministry, or one of the home's own people, is the home's."""
    found = _actors(read_actors(text))
    bodies = [(n, c) for n, c, k in found if k == "organization" and "Ministry" in n]
    assert bodies and all(c == country for _, c in bodies), found


def test_a_hyphen_inside_a_name_is_no_dateline(read_actors):
    """A guard: a dash in the middle of a line is no dateline's."""
    found = _actors(read_actors("Officials said on Monday that Japan - the host this year - would open the talks."))
    assert ("Japan", "JPN", "state") in found, found
    assert not any(" - " in n for n, _, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "CHAMBERSBURG, Pa. — The county fair opened on Friday with a parade, the mayor said.",
        "ST. LOUIS (AP) — Police said on Monday that two men were arrested after a chase.",
        "PONCHATOULA — The city council voted on Monday to repave two streets, the mayor said.",
        "THIBODAUX — The city council voted on Monday to repave two streets, the mayor said.",
    ],
)
def test_a_datelines_town_is_no_actor(analyze_text, text):
    """The upper-case town of a dateline, which the tagger takes for a body or a person, only says
    where the story was filed."""
    article = analyze_text(text, published="2024-05-07")
    town_end = min(i for i in (text.find(","), text.find(" (", 0, 20), text.find(" —")) if i > 0)
    assert not [(a.name, a.kind) for a in article.actors if any(m.start < town_end for m in a.mentions)
                and a.kind != "state"], [(a.name, a.kind) for a in article.actors]


def test_a_capitals_dateline_still_reads_its_state(analyze_text):
    """A guard: a capital in a dateline, tagged a place, stays its state's mention."""
    article = analyze_text("SEOUL, May 3 (Yonhap) -- North Korea fired a missile on Friday, the military said.",
                           published="2024-05-07")
    assert any(a.name == "South Korea" and any(m.start == 0 for m in a.mentions) for a in article.actors)


@pytest.mark.parametrize(
    "text",
    [
        "LINCOLN COUNTY, N.C. - Deputies said a man was arrested on Tuesday after a chase.",
        "SEOUL -- Guards in the border town have begun searching homes, a resident said.",
    ],
)
def test_a_plural_noun_after_a_dateline_is_no_name(analyze_text, text):
    """The plural noun the tagger ran into one name with the dateline ("N.C. - Deputies") names
    no one body or person once the dateline is cut off."""
    article = analyze_text(text, published="2024-05-07")
    word = text.split(" - " if " - " in text else " -- ")[1].split()[0]
    assert not [(a.name, a.kind) for a in article.actors if a.name == word and a.kind in ("person", "organization")], [
        (a.name, a.kind) for a in article.actors]
