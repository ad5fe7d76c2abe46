"""Counter-measures vowed ("vowed to launch severe counteractions if ...", "vowed to take overwhelming
measures in response to the drills") are a threat (CAMEO 13), not an intent to cooperate; a threat
whose condition names joint actors ("if Seoul and Washington hold the drills") is aimed at each of
them. Sentences written for these tests."""

import pytest

from dyad.run.analysis import analyze


def events(text):
    return [(e.source, e.target, e.cameo) for e in analyze(text, published="2024-05-04").events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran has vowed to launch severe counteractions if Israel and the US carry out the strikes.",
         [("IRN", "ISR"), ("IRN", "USA")]),
        ("Venezuela has vowed to take firm measures in response to the combined Colombian and US air drills.",
         [("VEN", None)]),  # the threat at least; its target is whom it answers, when resolved
        ("Havana vowed to mount counteractions.", [("CUB", None)]),
    ],
)
def test_counteractions_vowed_are_a_threat(text, expected):
    found = events(text)
    threats = {(s, t) for s, t, c in found if c.startswith("13")}
    for source, target in expected:
        assert any((s or "").startswith(source) or s == source for s, _ in threats), found
        if target is not None:
            assert (source, target) in threats, found
    assert not [c for *_, c in found if c.startswith("03")], found


@pytest.mark.parametrize(
    "text",
    [
        "The minister vowed to take steps to boost exports.",
        "The government vowed to take measures to protect its farmers.",
    ],
)
def test_steps_vowed_for_a_goal_are_no_threat(text):  # guard
    found = events(text)
    assert not [c for *_, c in found if c.startswith("13")], found


def test_a_warning_with_a_joint_condition_is_aimed_at_each():
    found = events("Tehran has warned of harsh responses if Riyadh and Washington hold the drills.")
    assert {("IRN", "SAU", "130"), ("IRN", "USA", "130")} <= set(found), found


def test_a_warning_with_one_actor_in_its_condition_keeps_it():  # guard
    found = events("Seoul warned of a stern response if Pyongyang provokes again.")
    assert [t for s, t, c in found if c.startswith("13")] == ["PRK"], found
