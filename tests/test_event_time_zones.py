"""A time zone told beside a clock time ("at 14:20 (05:20 GMT)") is no actor: no event takes it as
a party (sentences written for these tests)."""

import pytest

from dyad.run.analysis import analyze


@pytest.mark.parametrize(
    "text",
    [
        "The rebels fired a rocket at 14:20 (05:20 GMT), which fell into the lake.",
        "At 16:25 local time (07:25 UTC) on Friday, the navy put out an alert over a possible launch by Iran.",
        "Chad fired artillery shells at 6:10 a.m. (0510 GMT) toward the border town, officials said.",
    ],
)
def test_a_time_zone_is_no_party(text):
    art = analyze(text, published="2024-05-04")
    zones = {"gmt", "utc"}
    assert not [a.id for a in art.actors if a.id in zones], [a.id for a in art.actors]
    assert not [e for e in art.events if e.source in zones or e.target in zones]


def test_the_event_told_beside_the_time_stays():  # guard
    art = analyze("The rebels fired a rocket at 14:20 (05:20 GMT), which fell into the lake.", published="2024-05-04")
    assert art.events, art.events
