"""A town inside the name of a British or Irish court ("Lisburn Magistrates Court") or of a road
named by the towns it joins ("the A12 Kelso to Melrose road"): spaCy tags the whole an
organisation or a street, so the town was lost. Sentences written for the test."""

from __future__ import annotations

import pytest

from dyad.article import Article
from dyad.evaluate.places import haversine_km


def names(article: Article) -> dict[str, tuple[float, float]]:
    return {article.text[m.start : m.end]: (p.lat, p.lon) for p in article.places for m in p.mentions}


@pytest.mark.parametrize(
    ("text", "word", "point"),
    [
        (
            "A teenager from Northern Ireland was remanded at Coleraine Magistrates Court on Friday over a"
            " stolen van.",
            "Coleraine",
            (55.13, -6.67),
        ),
        (
            "The farmer, from Co Clare, was fined at Ennis District Court after sheep strayed onto a road.",
            "Ennis",
            (52.84, -8.98),
        ),
        (
            "At Newry Crown Court on Monday, a woman from Co Down admitted the theft of a tractor.",
            "Newry",
            (54.18, -6.34),
        ),
        (
            "Snow closed the A98 Banff to Fraserburgh road overnight, Police Scotland said.",
            "Banff",
            (57.66, -2.52),
        ),
        (
            "Gritters were out on the N59 Westport to Clifden road in Co Galway and Co Mayo early on Monday.",
            "Westport",
            (53.80, -9.52),
        ),
    ],
)
def test_town_in_court_or_road_name(analyse_places, text, word, point):
    found = names(analyse_places(text))
    assert word in found, found
    assert haversine_km(*found[word], *point) < 40, found[word]


@pytest.mark.parametrize(
    ("text", "absent", "kept"),
    [
        # a US county's court named without "County" stays that county's (guard)
        ("The appeal goes to Warren Circuit Court in Kentucky next month.", None, ("Warren", (36.9, -86.4))),
        # courts named after no town, and a road between words that are no towns' names
        ("The ruling went to the Supreme Court and then the Court of Appeal in London.", "Supreme", None),
        ("Officers closed the B920 North to South road for an hour near Elgin.", "North", None),
    ],
)
def test_courts_and_roads_guards(analyse_places, text, absent, kept):
    found = names(analyse_places(text))
    if absent:
        assert absent not in found, found
    if kept:
        word, point = kept
        assert word in found and haversine_km(*found[word], *point) < 60, found


@pytest.mark.parametrize(
    ("text", "word", "point"),
    [
        # an end of a numbered road no gazetteer has lies by the town at its other end
        (
            "A lorry shed its load on the A96 from Kintore to Kilnavar road, Police Scotland said.",
            "Kilnavar",
            (57.24, -2.35),
        ),
        (
            "Gardaí shut the N59 Clifden to Glenbrack road for an hour while the van was moved.",
            "Glenbrack",
            (53.49, -10.02),
        ),
    ],
)
def test_village_at_a_road_end(analyse_places, text, word, point):
    found = names(analyse_places(text))
    assert word in found, found
    assert haversine_km(*found[word], *point) < 80, found[word]


def test_road_between_two_unknown_names_gives_no_village(analyse_places):
    # guard: with no town at either end, neither end is placed
    found = names(analyse_places("Crews cleared the B9999 Dunmorrow to Kilbrannagh road on Sunday."))
    assert "Dunmorrow" not in found and "Kilbrannagh" not in found, found
