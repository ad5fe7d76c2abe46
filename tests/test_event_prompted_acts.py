"""A verb that brings someone else to act ("prompting Colombia to accuse ...", conventions.yaml's
prompters) does no act of its own: the one prompted, its object, does the act after "to". Sentences
written for these tests."""

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebels shelled the port on Monday, prompting Colombia to accuse Venezuela of arming them.", ("COL", "VEN", "112")),
        ("Peru seized two boats, prompting Chile to recall its ambassador.", ("CHL", None, "161")),
    ],
)
def test_the_prompted_act(state_events, text, expected):
    found = state_events(text)
    assert expected in found, found
    assert all(s == expected[0] for s, t, c in found if c == expected[2]), found


def test_forced_stays_a_demand(state_events):
    # guard: "forcing Chile to recall" is a demand made on Chile (conventions' compelled), as before
    assert ("PER", "CHL", "100") in state_events("Peru seized two boats, forcing Chile to recall its ambassador.")
