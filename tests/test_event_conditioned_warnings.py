"""A warning or threat whose "if" clause hangs on the warning verb itself ("warned Seoul of grave
consequences if it did not stop the drills") was made: the condition is of what it announces, so the
warning is asserted, not conditional; what the condition names stays conditional (sentences written
for these tests)."""

import pytest

from dyad.run.analysis import analyze


def events(text):
    return [(e.source, e.target, e.cameo[:2], e.modality, e.trigger.text) for e in analyze(text, published="2024-05-04").events]


@pytest.mark.parametrize(
    "text",
    [
        "Pyongyang warned Seoul of grave consequences if it did not stop the drills.",
        "The Venezuelan president's brother has warned Colombia of the possible closure of the border crossing "
        "if Bogota fails to stop smugglers.",
        "Pyongyang has warned of harsh responses if Seoul and Washington hold the drills.",
    ],
)
def test_a_warning_with_a_condition_was_made(text):
    found = events(text)
    warned = [e for e in found if e[2] == "13" and e[4].startswith("warned")]
    assert warned and all(m == "asserted" for *_, m, _ in warned), found


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("North Korea will attack South Korea if Seoul holds the drills.", "attack"),  # no warning: the act is conditioned
        ("Pyongyang warned Seoul of grave consequences if it did not stop the drills.", "stop"),  # the condition itself
        ("The Venezuelan president's brother has warned Colombia of the possible closure of the border crossing "
         "if Bogota fails to stop smugglers.", "fails"),
    ],
)
def test_the_conditioned_act_stays_conditional(text, trigger):  # guard
    found = events(text)
    assert all(m != "asserted" for *_, m, t in found if t.startswith(trigger)), found
