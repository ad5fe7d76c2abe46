""""The group" names the armed group named last before it: "Hezbollah shelled a post ... The group
accused Israel", "suspended talks with the Shining Path, accusing the group of war crimes", a headline's
bare "accuses group of war crimes"; a group that says whom it gathers ("the group of lawyers") or that
has a name of its own keeps it. Sentences written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Hezbollah shelled an Israeli border post on Monday. The group accused Israel of breaking the ceasefire.",
         ("LBN", "ISR", "112")),
        ("Hamas fired rockets at Israel. The militant group also accused Egypt of closing the crossing.",
         ("PSE", "EGY", "112")),
    ],
)
def test_the_group_is_the_armed_group_named_before(state_events, text, expected):
    found = state_events(text)
    assert expected in found, found
    assert not any(s is None and c.startswith("112") for s, _, c in found), found


def test_a_bare_group_in_a_headline(code_roots):
    found = code_roots("President ends peace talks with Colombian rebels, accuses group of war crimes.")
    assert ("", "COLREB", "11") in found or any(t.endswith("REB") and r == "11" for _, t, r in found), found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Hamas fired rockets at Israel. A group of Egyptian lawyers accused Israel of lying.", ("EGY", "ISR", "112")),
    ],
)
def test_a_group_of_people_keeps_its_people(state_events, text, expected):  # guard
    assert expected in state_events(text)
