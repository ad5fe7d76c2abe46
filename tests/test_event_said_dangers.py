"""A danger a speaker says another's act is or poses ("Kono said the launch was a grave threat to the
region", "said the tests posed a threat to their neighbours") is the speaker's accusation (11x) of whoever
did the act, named with it or told before; not a threat (13x) of no one against the one endangered
(sentences written for these tests)."""

import pytest


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("North Korea fired a missile on Tuesday. Japanese Foreign Minister Taro Kono said the launch was a "
         "grave threat to the region.", "JPN"),
        ("Japanese Foreign Minister Taro Kono said North Korea's launches posed a grave threat to Japan.", "JPN"),
        ("North Korea tested two rockets on Sunday. A State Department spokesperson said the tests posed a threat "
         "to the whole region.", "USA"),
        ("North Korea fired missiles on Friday. Kono said the string of launches poses a grave threat to the "
         "southern islands.", "JPN"),
    ],
)
def test_a_danger_said_of_an_act_accuses_its_owner(code_roots, text, source):
    found = code_roots(text)
    assert any(s.startswith(source) and t.startswith("PRK") and r == "11" for s, t, r in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea's missiles pose a threat to Japan.", None),  # no speaker: no accusation
        ("Kono said Japan faces a grave threat from North Korea.", ("PRK", "JPN", "13")),  # the threat itself
        ("North Korea threatened Japan on Monday.", ("PRK", "JPN", "13")),
    ],
)
def test_other_threats_stay(code_roots, text, expected):  # guard
    found = code_roots(text)
    assert not any(r == "11" for *_, r in found), found
    if expected is not None:
        assert any(s.startswith(expected[0]) and t.startswith(expected[1]) and r == expected[2] for s, t, r in found), found
