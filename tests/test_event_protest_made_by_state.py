"""A protest that a state expresses, or that its official, speaking for it in the first person plural, says
"we" made, is an official complaint (CAMEO 114, root 11), not a demonstration (14x). A people's protest,
held or staged, stays a demonstration. Sentences written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Finland has also expressed a strong protest over the seizure, the prime minister's office said.",
        '"We have made a strong protest against Norway over the seizure," the Finnish foreign minister told reporters.',
    ],
)
def test_a_protest_a_state_makes_is_an_official_complaint(state_events, text):
    found = state_events(text)
    assert any(s == "FIN" and c == "114" for s, _, c in found), found
    assert not any(c[:2] == "14" for _, _, c in found), found


@pytest.mark.parametrize(
    "text",
    [
        '"We held a protest against Norway outside its embassy," said Finnish activist Mikko Virtanen.',
        '"We made a protest against Norway," said a Finnish student at the rally.',
        "Thousands of Finnish students staged a protest against Norway on Thursday.",
    ],
)
def test_a_peoples_protest_stays_a_demonstration(state_events, text):
    found = state_events(text)
    assert any(c[:2] == "14" for _, _, c in found) and not any(c == "114" for _, _, c in found), found


def test_a_filed_protest_unchanged(state_events):
    assert ("FIN", None, "114") in state_events("The Finnish ambassador said he had filed a protest over the seizure on Tuesday.")


def test_a_states_protest_over_an_act_told_before_is_aimed_at_its_doer(state_events):
    found = state_events(
        "Norway seized a Finnish fishing trawler on Monday. Helsinki has also expressed a strong protest over the seizure, "
        "the prime minister's office said."
    )
    assert ("FIN", "NOR", "114") in found, found


def test_a_protest_a_state_stages_stays_a_demonstration(state_events):
    found = state_events("Finland staged protests against Norway over the seizure on Monday.")
    assert ("FIN", "NOR", "141") in found or any(c[:2] == "14" for *_, c in found), found
    assert not any(c == "114" for *_, c in found), found
