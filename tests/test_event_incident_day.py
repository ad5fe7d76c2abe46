"""An act told as part of an incident whose phrase names the day ("Sunday's incident where patrol
boats used water cannons on trawlers", "fired water cannon at a trawler during an incident in which the
boats circled each other on March 5") happened that day, not on the day of the report that tells it; a time of the
act's own still dates it. Sentences written for these tests."""

import pytest


def _days(analyze_text, text, published):
    article = analyze_text(text, published=published)
    return {(e.cameo, e.date.value if e.date else None) for e in article.events}


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Quito recalled its envoy to Lima over Sunday's incident where Peruvian patrol boats used "
         "water cannons on Ecuadorian trawlers off the coast.", "2023-03-05"),
        ("Peru said on March 8 its patrol boat had fired water cannon at an Ecuadorian trawler during an "
         "incident in which the boats circled each other for hours on March 5.", "2023-03-05"),
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
