"""Leaving an organisation or a treaty (quitting it, withdrawing from it, suspending one's part in it) is a
reduction of relations with it (CAMEO 161), each of the states that leave together: not a military retreat.
A founding treaty named "of" or "establishing" an organisation stands for it. Sentences written for these tests."""

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chad, Togo and Benin announced their withdrawal from the African Union on Monday.",
         [("TCD", "IGOAFRAFU", "16"), ("TGO", "IGOAFRAFU", "16"), ("BEN", "IGOAFRAFU", "16")]),
        ("Togo quit ECOWAS on Monday, its foreign ministry said.", [("TGO", "IGOWAFWAS", "16")]),
        ("Gabon announced its exit from OPEC after a cabinet meeting on Friday.", [("GAB", "IGOBUSOPC", "16")]),
        ("Chad announced on Monday its withdrawal from the Constitutive Act of the African Union.",
         [("TCD", "IGOAFRAFU", "16")]),
        ("In a joint communique, Chad, Togo, and Benin declared on Monday their withdrawal from the treaty "
         "establishing the International Criminal Court.",
         [("TCD", "IGOJUDICC", "16"), ("TGO", "IGOJUDICC", "16"), ("BEN", "IGOJUDICC", "16")]),
    ],
)
def test_leaving_a_body_reduces_relations_with_it(code_roots, text, expected):
    found = code_roots(text)
    for event in expected:
        assert event in found, found


def test_leaving_a_place_is_no_break_of_relations(code_roots):
    # guard: troops leaving a city, or a retreat from it, reduce no relations
    found = code_roots("Chadian troops left Kousseri on Monday after a week of shelling.")
    assert not any(root == "16" for _, _, root in found), found


def test_spoke_with_is_a_consultation(state_events):
    found = state_events("The Gabonese president spoke on Tuesday with French President Emmanuel Macron about the port deal.")
    assert any(s == "GAB" and t == "FRA" and code.startswith("04") for s, t, code in found), found
    # the parser may make "with" the mark of the clause "X to discuss ...": the same talks
    found = state_events("The Gabonese president spoke on Tuesday with Kenyan President William Ruto to discuss the "
                         "port deal and fishing rights.")
    assert any(s == "GAB" and t == "KEN" and code.startswith("04") for s, t, code in found), found
    found = state_events("The Gabonese president and Emmanuel Macron spoke on the phone on Tuesday.")
    assert any({s, t} == {"GAB", "FRA"} and code.startswith("04") for s, t, code in found), found


def test_spoke_to_reporters_is_no_meeting(state_events):
    # guard: speaking to people who are no actor meets no one
    found = state_events("The Gabonese president spoke to reporters on Tuesday about the port deal.")
    assert not any(code.startswith("04") for _, _, code in found), found
