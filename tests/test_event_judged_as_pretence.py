"""What one side calls another's act: a vote or a step "described as a farce", "called a sham" on a
given day, is a disapproval (111) of the act's owner, also when a time phrase follows the name given
("called X a sham on Friday" is no "call on"); an act another did that a speaker says "was a
provocation" is the speaker's accusation (112) of its owner, as a violation is. Sentences written for
these tests."""

import pytest


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Latvia's foreign ministry described the referendum in Moldova as a farce.", ("LVA", "MDA", "111")),
        ("Estonia's cabinet issued a note describing the Georgian runoff as a travesty.", ("EST", "GEO", "111")),
        ("The Kenyan president called the Somali ballot a sham on Friday.", ("KEN", "SOM", "111")),
    ],
)
def test_act_called_a_pretence(state_events, text, expected):
    found = state_events(text)
    assert expected in found, found
    assert not any(c.startswith("02") or c.startswith("08") for _, _, c in found), found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ottawa said New Delhi's decision to expel the envoys was a provocation.", ("CAN", "IND", "112")),
        ("Hanoi said the Chinese survey near the islands was a serious provocation.", ("VNM", "CHN", "112")),
    ],
)
def test_act_said_to_be_a_provocation(state_events, text, expected):
    found = state_events(text)
    assert expected in found, found


@pytest.mark.parametrize(
    "text, unexpected_root",
    [
        ("Peskov described the remarks by Biden as quite serious.", "11"),  # no judgement word
        ("Seoul said it would respond firmly to any provocation by Pyongyang.", "11"),  # a warning, no accusation
    ],
)
def test_judgement_guards(state_events, text, unexpected_root):
    assert not any(c.startswith(unexpected_root) for _, _, c in state_events(text))


def test_a_friend_is_still_praise(state_events):  # guard: the name given decides
    assert ("KEN", "SOM", "051") in state_events("The Kenyan president called the Somali leader a great friend on Friday.")
