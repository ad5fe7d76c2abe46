"""A family name after the short form of a knowledge-base title ("Secretary Blinken" of the
Secretary of State) is that office holder, not a new person of the article's home state; sentences
written for these tests."""

import pytest

from dyad.run.analysis import analyze


def people(text, published):
    return {a.id: a.code for a in analyze(text, published=published).actors if a.kind == "person"}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Foreign Minister Park Jin met with Secretary Blinken in Washington on Thursday.", "2023-06-10", "antony-blinken"),
        ("Japan's foreign minister welcomed Secretary Tillerson to Tokyo on Friday.", "2017-03-18", "rex-tillerson"),
        ("Officials in Seoul asked why Secretary Pompeo had delayed his trip to the region.", "2018-08-29", "mike-pompeo"),
    ],
)
def test_a_name_after_a_short_title_is_the_office_holder(text, published, expected):
    found = people(text, published)
    assert found.get(expected) == "USAGOV", found


def test_a_short_title_the_person_did_not_hold_then_names_no_one_known():  # guard: Blinken in 2016
    found = people("Foreign Minister Kishida met with Secretary Blinken in Tokyo on Thursday.", "2016-01-16")
    assert "antony-blinken" not in found, found


def test_a_qualified_short_title_is_another_office():  # guard: a deputy secretary is no secretary
    found = people("Foreign Minister Park Jin met with Deputy Secretary Blinken in Seoul on Thursday.", "2023-06-10")
    assert found.get("antony-blinken") is None, found
