"""A time given to leave is an expulsion: "gave the envoy two days to quit the capital" is
CAMEO 161 (as "expelled the ambassador"), and 174 (expel or deport individuals) for people who are no
diplomats; a gift, or a time given for anything else, is not. Sentences written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The junta of Chad on Monday gave Belgian Ambassador Jan Peeters two days to depart from N'Djamena.",
         ("TCD", "BEL", "161")),
        ("The regime of Chad gave the two Belgian diplomats a week to leave.", ("TCD", "BEL", "161")),
        ("Chad on Friday gave four Belgian reporters a week to quit N'Djamena.", ("TCD", "BEL", "174")),
    ],
)
def test_time_given_to_leave_is_an_expulsion(state_events, text, expected):
    found = state_events(text)
    assert expected in found, found
    assert not any(c[:2] in ("07", "13") for _, _, c in found), found


@pytest.mark.parametrize(
    "text, code",
    [
        ("Chad gave Belgium 10 million dollars in aid.", "073"),
        ("Chad gave Belgian officials two days to respond to the demand.", "060"),
    ],
)
def test_other_gifts_and_times_keep_their_codes(state_events, text, code):  # guard
    found = state_events(text)
    assert ("TCD", "BEL", code) in found, found
