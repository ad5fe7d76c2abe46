"""A club or a force named after its town ("St Joseph’s Ennis", a hurling club; "Ardee Garda
District") that the tagger made one actor of, whose other mentions are the town's name alone
("the Ennis club", "Ardee will lose its station"): those mentions, and the town's words in the
club's name, are the town where it lies near the story's other places. Sentences written for
the test."""

from __future__ import annotations

import re

from dyad.article import Actor, Article, Mention
from dyad.evaluate.places import haversine_km


def actor(text: str, name: str, forms: list[str], kind: str = "person") -> Actor:
    """An actor of the given name whose mentions are every whole-word occurrence of the forms."""
    spans = sorted(
        {
            (m.start(), m.end())
            for f in forms
            for m in re.finditer(r"(?<!\w)" + re.escape(f) + r"(?!\w)", text)
        }
    )
    kept = [s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)]
    return Actor(id="a", name=name, kind=kind, mentions=[Mention(s, e, text[s:e]) for s, e in kept])


def found(article: Article) -> list[tuple[int, str, float, float]]:
    return sorted(
        (m.start, article.text[m.start : m.end], p.lat, p.lon) for p in article.places for m in p.mentions
    )


CLUB = (
    "St Joseph’s Ennis won the Clare junior final at Cusack Park on Sunday, beating a side from"
    " Kilrush. The Ennis club led at half time. Ennis manager Tom Keane was delighted."
)


def test_a_club_named_after_its_town_gives_the_town(analyse_places):
    club = actor(CLUB, "St Joseph’s Ennis", ["St Joseph’s Ennis", "Ennis"])
    places = found(analyse_places(CLUB, actors=[club]))
    ennis = [(s, lat, lon) for s, w, lat, lon in places if w == "Ennis"]
    assert len(ennis) == 3, places
    assert all(haversine_km(lat, lon, 52.84, -8.98) < 20 for _, lat, lon in ennis), places


FORCE = (
    "Gardaí in Dundalk say the Ardee Garda District will be merged next year. In May, Ardee will"
    " lose its own superintendent, and Ardee will be run from Drogheda."
)


def test_a_force_named_after_its_town_gives_the_town_alone_too(analyse_places):
    force = actor(FORCE, "Ardee Garda District", ["Ardee Garda District", "Ardee"])
    places = found(analyse_places(FORCE, actors=[force]))
    ardee = [(s, lat, lon) for s, w, lat, lon in places if w == "Ardee"]
    assert len(ardee) == 3, places
    assert all(haversine_km(lat, lon, 53.86, -6.54) < 20 for _, lat, lon in ardee), places


def test_a_person_named_by_a_towns_name_is_no_town(analyse_places):
    # guard: a person's surname that is a town's name, with no club or force in the name
    text = "Sarah Preston, a councillor in Blackburn, said the plan was wrong. Preston said she would vote against it."
    person = actor(text, "Sarah Preston", ["Sarah Preston", "Preston"])
    assert "Preston" not in {w for _, w, _, _ in found(analyse_places(text, actors=[person]))}


def test_a_given_name_before_the_possessive_is_no_club(analyse_places):
    # guard: "Mary’s Ennis" after a given name is no club's name
    text = "Mary’s Ennis shop opened in Clare last week. Ennis thanked her customers."
    person = actor(text, "Mary’s Ennis", ["Mary’s Ennis", "Ennis"])
    assert "Ennis" not in {w for _, w, _, _ in found(analyse_places(text, actors=[person]))}


def test_a_club_whose_town_lies_far_from_the_story_is_no_town(analyse_places):
    # guard: the town must lie near the story's places
    text = "St Joseph’s Ennis played a friendly in Boston on Saturday. Ennis lost by two points."
    club = actor(text, "St Joseph’s Ennis", ["St Joseph’s Ennis", "Ennis"])
    places = found(analyse_places(text, actors=[club]))
    assert not [p for p in places if p[1] == "Ennis" and haversine_km(p[2], p[3], 52.84, -8.98) < 50], places
