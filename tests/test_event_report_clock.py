"""A time of day on a verb of reporting ("TV Tokai reported this morning that ...", "Radio Sur
claimed at noon that ...") is when a digest of the day's media tells the story, not the story's
day: the lead's day and the day of the sentences that go on telling it are the day the reported
clause names; sentences written for these tests."""

import pytest

from dyad.run.analysis import analyze

LEAD = ("TV Tokai reported this morning that Foreign Minister Hiroshi Sato met with Chilean Foreign "
        "Minister Ana Ruiz in Lima on Thursday. ")


def dated(text, published="2024-05-10"):
    art = analyze(text, published=published)
    return [(e.cameo[:2], e.trigger.text, e.date and e.date.value) for e in art.events]


@pytest.mark.parametrize(
    ("text", "root"),
    [
        (LEAD + "The broadcaster said Ruiz reiterated Chile's support for Japan's bid.", "05"),
        (LEAD + "The two ministers agreed to urge Peru to release the fishermen.", "02"),
        ("Radio Sur claimed at noon that the Chilean foreign ministry issued a statement on Tuesday. "
         "The ministry also criticized Peru for detaining the fishermen.", "11"),
    ],
)
def test_a_report_time_of_day_dates_no_event_it_reports(text, root):
    found = dated(text)
    got = [d for r, _, d in found if r == root]
    assert got and all("T" not in d and d != "2024-05-10" for d in got), found


def test_a_report_time_of_day_with_no_other_time_still_dates_the_story():  # guard
    found = dated("TV Tokai reported this morning that Sato criticized Peru for detaining the fishermen. "
                  "Sato also urged Peru to free them.")
    assert [d for r, _, d in found if r == "02"] == ["2024-05-10TMO"], found
