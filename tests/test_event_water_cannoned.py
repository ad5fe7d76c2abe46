"""The verb "water cannoned" ("rammed and water cannoned two boats") is the force of a water cannon (175),
as "fired a water cannon at" is. The parser makes "water" the verb's subject: it is a word of the verb, so
the doer is the subject of the verb it is coordinated with, and the boats, hung on the second verb only,
are the object of both. Sentences written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Indian coast guard ships rammed and water cannoned Sri Lankan vessels near the island.",
        "Three Indian vessels blocked and water cannoned two Sri Lankan supply boats on Tuesday.",
    ],
)
def test_water_cannoned_boats(state_events, text):
    found = state_events(text)
    assert ("IND", "LKA", "175") in found or ("IND", "LKA", "170") in found, found
    assert all(s == "IND" and t == "LKA" for s, t, c in found), found


def test_both_verbs_hit_the_boats(state_events):
    found = state_events("Indian ships rammed and water cannoned Sri Lankan vessels near the island.")
    assert ("IND", "LKA", "190") in found and ("IND", "LKA", "175") in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Indian ships rammed Sri Lankan vessels near the island.", ("IND", "LKA", "190")),  # guards: as before
        ("Indian ships fired water cannons at Sri Lankan vessels near the island.", ("IND", "LKA", "175")),
        ("India signed and ratified the treaty with Sri Lanka in May.", None),
    ],
)
def test_nearby_sentences(state_events, text, expected):
    found = state_events(text)
    if expected is None:
        assert not any(c.startswith("17") or c.startswith("19") for s, t, c in found), found
    else:
        assert expected in found, found


def test_a_shared_object_that_is_no_actor(state_events):  # guard: "met and held meetings" keeps its partner
    found = state_events("Indian minister Rao and Sri Lankan minister Perera met and held meetings in the Pentagon today.")
    assert any(c.startswith("04") and {s, t} == {"IND", "LKA"} for s, t, c in found), found
