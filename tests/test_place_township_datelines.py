"""Local news files from a township and writes it in capitals ("ORION TOWNSHIP, Mich. —"), on
sentences written for the test: the township is the place filed from, as "TWP" and mixed-case
"Township" already were; a heading's "THE TOWNSHIP" is no place."""

from __future__ import annotations

import pytest

from dyad.article import Article
from dyad.evaluate.places import haversine_km


def mentioned(article: Article, start: int):
    return [p for p in article.places for m in p.mentions if m.start <= start < m.end]


@pytest.mark.parametrize(
    ("text", "point"),
    [
        # a township named after a town of its state: at that town
        ("PORTAGE TOWNSHIP, Mich. – Deputies arrested a driver after a chase on Sunday.", (42.2, -85.58)),
        # a township no town bears the name of: in the state the dateline names
        ("ORION TOWNSHIP, Mich. — A fire destroyed a barn on Friday, officials said.", (44.32, -85.42)),
    ],
)
def test_an_upper_case_township_dateline_is_a_place_of_its_state(analyse_places, text, point):
    found = mentioned(analyse_places(text), 0)
    assert found, "the dateline's township is no place"
    assert haversine_km(found[0].lat, found[0].lon, *point) < 30, (found[0].name, found[0].reason)


def test_mixed_case_and_twp_datelines_unchanged(analyse_places):
    found = mentioned(analyse_places("PORTAGE TWP, MI — Deputies arrested a driver after a chase on Sunday."), 0)
    assert found and haversine_km(found[0].lat, found[0].lon, 42.2, -85.58) < 30


@pytest.mark.parametrize(
    "text",
    [
        "NOTICE TO THE TOWNSHIP RESIDENTS: The board will meet on Monday in Lansing.",
        "The Township board met on Monday in Lansing.",
    ],
)
def test_the_township_of_a_heading_is_no_place(analyse_places, text):
    article = analyse_places(text)
    assert [p.name for p in article.places] == ["Lansing"]
