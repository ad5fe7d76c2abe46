"""An event noun after a measured "after" ("X came a month after their talks in Rome", "issued the
order two days after Chile's seizure of a trawler") happened that long before the clause it hangs
on: its day is the clause's moved back, and the subject of "came" keeps the news's own day.
Sentences invented after news of ministers' meetings measured from earlier ones and of measures
answering others."""

from dyad.run.analysis import analyze

LEAD = "Brazilian Foreign Minister Ana Costa met Argentine Foreign Minister Pablo Ruiz in Lima on Saturday. "


def _dated(text, published="2025-03-22"):
    art = analyze(text, published=published)
    return [(e.cameo[:2], e.trigger.text, e.date.value if e.date else None) for e in art.events]


def test_earlier_talks_and_visit_are_dated_back_from_the_news():
    found = _dated(LEAD + "The meeting in Lima came three weeks after their earlier talks in Madrid, and two "
                          "months after Ruiz's trip to Brasilia.")
    assert ("04", "talks", "2025-03-01") in found, found
    assert ("04", "trip", "2025-01") in found, found
    assert ("04", "meeting", "2025-03-22") in found, found  # the news keeps its day
    assert not any(d in ("2025-04", "2025-04-12") for *_, d in found), found  # not weeks after the news


def test_a_measured_seizure_is_two_days_before():
    found = _dated("Peru banned Chilean fishing boats from its ports on Tuesday. Peru's trade ministry issued the "
                   "order two days after Chile's seizure of a Peruvian trawler.")
    assert [d for r, t, d in found if t == "seizure"] == ["2025-03-16"], found


def test_a_measured_clause_still_moves_the_later_event():  # guard: the other direction is unchanged
    found = _dated("SEOUL (AP) -- North Korea fired artillery shells near the border on Friday, officials said.\n\n"
                   "South Korea held live-fire drills on Baengnyeong island, a day after the North's shelling.")
    assert [d for r, t, d in found if t.startswith("held")] == ["2025-03-22"], found


def test_an_unmeasured_after_changes_nothing():  # guard: no measure, no move
    found = _dated(LEAD + "The meeting in Lima came after their earlier talks in Madrid.")
    assert not any(d in ("2025-03-01", "2025-04-12") for *_, d in found), found
