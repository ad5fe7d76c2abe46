"""A state after "anti-" before a protest noun is whom the protest is against, never who makes it;
the people of the place the protests are in make them ("sparked anti-France protests across
Turkey": Turkey -> France, 14); sentences written for these tests."""

import pytest

from dyad.run.analysis import analyze


def coded(text, published="2024-05-04"):
    art = analyze(text, published=published)
    country = {a.id: a.country for a in art.actors}
    return [(country.get(e.source), country.get(e.target), e.cameo[:2]) for e in art.events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The row over the statue sparked anti-France protests across Turkey last week.", ("TUR", "FRA", "14")),
        ("Ties soured after the vote, leading to mass anti-US rallies in South Korea.", ("KOR", "USA", "14")),
        ("The ruling triggered anti-Britain protests in Argentina on Sunday.", ("ARG", "GBR", "14")),
    ],
)
def test_an_anti_state_protest_is_against_that_state_by_the_place_it_is_in(text, expected):
    found = coded(text)
    assert expected in found, found
    assert not [f for f in found if f[0] == expected[1] and f[2] == "14"], found


def test_a_protest_a_state_stages_stays_its_own():  # guard
    found = coded("South Korea staged protests against Japan over the textbooks on Monday.")
    assert ("KOR", "JPN", "14") in found, found
