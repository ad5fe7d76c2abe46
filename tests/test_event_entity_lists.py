"""A state adding firms or people to its entity list, its sanctions or export control list, or to a
blacklist sanctions them (CAMEO 163), as removing a state from a white list does; the ones added are the
target. Sentences written for these tests."""

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brazil's trade ministry on Monday added six Canadian firms to its unreliable entity list.", ("BRA", "CAN", "16")),
        ("The Canadian commerce department added 30 Brazilian companies to its entity list on Friday.", ("CAN", "BRA", "16")),
        ("Ottawa added four Peruvian banks to its sanctions list on Tuesday.", ("CAN", "PER", "16")),
        ("Brazil added two Chilean shipping firms to its export control list last week.", ("BRA", "CHL", "16")),
        ("The ministry of Peru added nine Bolivian officials to a blacklist on Monday.", ("PER", "BOL", "16")),
    ],
)
def test_adding_to_a_list_sanctions_the_ones_added(code_roots, text, expected):
    found = code_roots(text)
    assert any(s.startswith(expected[0]) and t.startswith(expected[1]) and r == expected[2] for s, t, r in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Brazil added two Chilean diplomats to its delegation on Monday.",  # guard: no list of sanctions
        "Peru added a new item to the agenda of the talks with Chile.",
        "Canada added Brazilian coffee to its shopping list.",  # a list, but no sanctions list
    ],
)
def test_other_additions_are_no_sanctions(code_roots, text):
    assert not any(r == "16" for s, t, r in code_roots(text)), code_roots(text)


def test_the_list_of_the_adder_is_no_target(code_roots):
    found = code_roots("The Canadian government added 40 entities to its Canadian export control list on Friday.")
    assert not any(t.startswith("CAN") for s, t, r in found), found
