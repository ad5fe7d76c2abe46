"""A meeting told in the passive with no one said to hold it has for sides the parties its subject or a
"between" phrase names ("the Brazil-U.S. talks were held", "talks were held last week between X and Y",
"criticized the talks held last week between X and Y"): was no source and each party a target, or no
meeting at all. Sentences written for these tests."""

import pytest

from dyad.run.analysis import analyze


def meetings(text, published="2023-08-28"):
    art = analyze(text, published=published)
    country = {a.id: a.country for a in art.actors}
    return [(country.get(e.source), country.get(e.target)) for e in art.events if e.cameo[:2] == "04"]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("The Brazil-Japan talks were held in Geneva on Monday.", {"BRA", "JPN"}),
        ("Talks were held last week between Brasilia and Santiago.", {"BRA", "CHL"}),
        ("Cuba criticized the talks held last week between Brasilia and Santiago.", {"BRA", "CHL"}),
    ],
)
def test_held_meeting_sides(text, sides):
    found = meetings(text)
    assert any({s, t} == sides for s, t in found), found
    assert not any(s is None for s, t in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks with Brazil were held by Portugal on Monday.", ("PRT", "BRA")),  # the holder named: as before
        ("Portugal held talks with Brazil on Monday.", ("PRT", "BRA")),
    ],
)
def test_held_by_someone_unchanged(text, expected):
    found = meetings(text)
    assert expected in found, found
