"""A time to leave, or to cut a mission, in the shapes the first rule missed: given with the "to leave" clause
parsed on the verb ("gave the envoy three days to leave"), given in the passive ("were given 72 hours to leave":
diplomats, so 161), and told by another ("said that Oslo had four weeks to reduce its embassy staff", "was told
by the rulers that he had two days to quit the capital"): the teller's expulsion of the clause's subject (161). A time
nobody tells, and a time for something else, stay no expulsion (sentences written for these tests)."""

import pytest


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("On Thursday the Chadian cabinet gave Belgium's envoy three days to leave N'Djamena.", ("TCD", "BEL", "161")),
        ("Three Belgian diplomats were given 72 hours to leave Chad on Tuesday.", (None, "BEL", "161")),
        ("Chad's foreign ministry said on Tuesday that Belgium had four weeks to reduce its embassy staff in "
         "N'Djamena.", ("TCD", "BEL", "161")),
        ("Belgian ambassador Jan Peeters left Chad on Wednesday. He was told by Chad's military rulers on Sunday "
         "that he had two days to quit N'Djamena.", ("TCD", "BEL", "161")),
    ],
)
def test_a_time_to_leave_is_an_expulsion(state_events, text, event):
    found = state_events(text)
    assert event in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The Belgian envoy has 48 hours to leave Chad.",  # told by no one
        "We have two days to finish the report, the editor said.",
        "The ministry said Belgium had a week to reply to the request.",
        "On Thursday the Chadian cabinet gave Belgium's envoy three days to prepare a reply.",
    ],
)
def test_other_times_are_no_expulsion(state_events, text):  # guard
    found = state_events(text)
    assert not any(code.startswith("16") or code.startswith("17") for *_, code in found), found
