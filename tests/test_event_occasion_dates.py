"""A bare time right after an occasion that is the object of the verb's preposition dates that
occasion, not the verb ("praised the envoy on his appointment last week": the appointment was last
week, the praise the day the story tells); sentences written for these tests."""

import pytest

from dyad.run.analysis import analyze

LEAD = "Foreign Minister Hiroshi Sato spoke by phone with his Chilean counterpart Ana Ruiz on Friday. "


def dated(text, published="2024-05-04"):
    art = analyze(text, published=published)
    return [(e.cameo[:2], e.trigger.text, e.date and e.date.value) for e in art.events]


@pytest.mark.parametrize(
    ("text", "root"),
    [
        (LEAD + "Sato also praised the envoy on his appointment last week.", "05"),
        (LEAD + "Sato called for closer contact with Ruiz and congratulated her on her election last month.", "05"),
        (LEAD + "Sato called for closer contact with Ruiz and congratulated her on her election last month.", "02"),
        (LEAD + "Ruiz praised Japan for its victory last week over a bid to host the talks.", "05"),
    ],
)
def test_a_time_after_an_occasion_dates_the_occasion_not_the_verb(text, root):
    found = dated(text)
    got = [d for r, _, d in found if r == root]
    assert got and all(d == "2024-05-03" for d in got), found


@pytest.mark.parametrize(
    "text",
    [
        LEAD + "Sato congratulated her on Tuesday on her appointment.",  # the time is the verb's own
        LEAD + "Sato met the Chilean envoy last week.",  # no preposition: the meeting's time
        LEAD + "Sato protested to the Chilean embassy's staff last week.",  # no occasion: the protest's time
    ],
)
def test_a_time_of_the_verb_itself_still_dates_it(text):  # guard
    found = dated(text)
    later = [d for r, t, d in found if t not in ("spoke by phone",)]
    assert later and all(d != "2024-05-03" for d in later), found
