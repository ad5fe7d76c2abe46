"""A reported act of force on "one of its ships" hits the speaker's craft: the speaker is the target when the
act has none ("Athens said a Turkish navy boat fired a water cannon at one of its trawlers"), also when the
act is told in an "after" clause of the reported one. Guards: the speaker's own act on its own craft, a craft
with its state named, and a place of the pronoun ("near its islands") keep their targets (sentences written
for these tests)."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Athens said on Friday that a Turkish navy boat fired a water cannon at one of its trawlers off the islet.",
        "Greek navy spokesman Nikos Pappas said the Turkish navy stoked tensions after it fired a water cannon at one "
        "of its trawlers.",
    ],
)
def test_the_speakers_craft_is_the_target(state_events, text):
    found = state_events(text)
    assert ("TUR", "GRC", "175") in found, found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The Turkish coast guard said it fired a water cannon at one of its ships by mistake.", ("TUR", None, "175")),
        ("Greece said the Turkish coast guard fired a water cannon at a Cypriot boat near the islet.", ("TUR", "CYP", "175")),
        ("Greece said the Turkish navy held drills near its islands.", ("TUR", None, "150")),
    ],
)
def test_other_targets_stay(state_events, text, event):  # guard
    found = state_events(text)
    assert event in found, found
