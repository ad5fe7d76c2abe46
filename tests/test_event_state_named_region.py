"""A state's own name before "region" ("China's Taiwan region", "the Taiwan region of China", as Beijing's
press names Taiwan) is that state, an actor, not the name of a region: acts aimed at it are aimed at Taiwan
(it was read as a place, so "provided drones to China's Taiwan region" had China or no one for target).
Sentences written for these tests."""

import pytest

from dyad.run.analysis import analyze


def coded(text, published="2023-08-28"):
    art = analyze(text, published=published)
    country = {a.id: a.country for a in art.actors}
    return [(country.get(e.source), country.get(e.target), e.cameo[:2]) for e in art.events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Washington provided missiles to China's Taiwan region on Friday.", ("USA", "TWN", "07")),
        ("The United States sold weapons to the Taiwan region last year.", ("USA", "TWN", "06")),
        ("Beijing sharply criticized the Taiwan region of China on Friday.", ("CHN", "TWN", "11")),
    ],
)
def test_state_named_as_region(text, expected):
    assert expected in coded(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea fired a missile from the Gangwon region on Friday.", [("PRK", None, "15")]),  # a region, no state
        ("Russia shelled the Kharkiv region on Friday.", [("RUS", "UKR", "19")]),
        ("Washington provided missiles to Taiwan on Friday.", [("USA", "TWN", "07")]),
    ],
)
def test_regions_and_plain_names_unchanged(text, expected):
    assert coded(text) == expected
