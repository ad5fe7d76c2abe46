"""An act told as part of an incident whose phrase names the day ("last Saturday's incident where
vessels fired water cannons", "fired water cannon as a warning during an incident in which two vessels
squared off on March 5") happened that day, not on the day of the report that tells it; a time of the
act's own still dates it. Sentences written for these tests."""

import pytest


def _days(analyze_text, text, published):
    article = analyze_text(text, published=published)
    return {(e.cameo, e.date.value if e.date else None) for e in article.events}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Lima summoned the Chilean ambassador to protest last Saturday's incident where Chilean navy "
         "vessels fired water cannons at Peruvian fishing boats near the islands.", "2023-03-04"),
        ("Chile said on March 8 it had fired water cannon near a Peruvian navy vessel as a warning during "
         "an incident in which two vessels squared off near the islands on March 5.", "2023-03-05"),
    ],
)
def test_the_incident_dates_the_act(analyze_text, text, day):
    days = _days(analyze_text, text, "2023-03-08")
    assert ("175", day) in days, days


def test_the_acts_own_day_first(analyze_text):
    # guard: a day of the act's own clause still dates it
    days = _days(analyze_text, "Chilean vessels fired water cannons at Peruvian boats on Sunday during the "
                 "standoff near the islands.", "2023-03-08")
    assert ("175", "2023-03-05") in days, days
