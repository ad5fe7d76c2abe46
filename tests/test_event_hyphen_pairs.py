"""A noun that names no actor, before which a hyphen joins two actors' names ("the Brazil-U.S. alliance",
"the South Korea-Japan talks"), stands for both: an act on it is aimed at each (the parser hangs the
first name on the second, as if it modified it, and only the second was found). Sentences written for
these tests."""

import pytest

from dyad.run.analysis import analyze


def coded(text, published="2023-08-28"):
    art = analyze(text, published=published)
    country = {a.id: a.country for a in art.actors}
    return [(country.get(e.source), country.get(e.target), e.cameo[:2]) for e in art.events]


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        ("Cuba strongly condemned the Brazil-U.S. alliance on Saturday.", {"BRA", "USA"}),
        ("Cuba has lambasted the Brazil-U.S. security alliance, calling it a threat.", {"BRA", "USA"}),
        ("Cuba denounced the South Korea-Japan alliance on Friday.", {"KOR", "JPN"}),
        ("Cuba condemned the Brazil-Japan drills on Saturday.", {"BRA", "JPN"}),
    ],
)
def test_hyphen_pair_is_both_states(text, targets):
    found = coded(text)
    assert {t for s, t, r in found if s == "CUB" and r == "11"} >= targets, found


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        ("Cuba condemned the U.S. alliance with Brazil on Saturday.", {"USA", "BRA"}),  # no hyphen, as before
        ("Cuba condemned the American drills on Saturday.", {"USA"}),
        ("Cuba criticized the then-U.S. president on Saturday.", {"USA"}),
    ],
)
def test_other_modifiers_unchanged(text, targets):
    found = coded(text)
    assert {t for s, t, r in found if s == "CUB" and r == "11"} == targets, found
