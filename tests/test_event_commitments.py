"""A state's commitment to another ("Norway restated its lasting commitment to Estonia and Latvia",
"the Australian commitment to defending Fiji") is an expressed intent to cooperate with it (CAMEO
03); a commitment broken ("broke her commitment to the nurses") is none, nor is a commitment to
no one ("its commitment to reform"). Sentences written for these tests."""

import pytest

COMMITTED = [
    ("At the summit in Oslo on Friday, Norway restated its lasting commitment to the defence of Estonia and Latvia.",
     [("NOR", "EST"), ("NOR", "LVA")]),
    ("In Canberra, the minister said the Australian commitment to defending Fiji covered its sea lanes as well.",
     [("AUS", "FJI")]),
]


@pytest.mark.parametrize("text,pairs", COMMITTED)
def test_a_commitment_to_a_state_is_an_intent_to_cooperate(code_roots, text, pairs):
    found = code_roots(text)
    for source, target in pairs:
        assert any(s[:3] == source and t[:3] == target and r == "03" for s, t, r in found), found


NONE = [
    "The governor broke her commitment to the nurses of the province over their pay.",
    "The commitment to reform was welcomed by donors.",
    "Danish Defence Minister Ole Berg and Swedish Defence Minister Nils Lund voiced commitment to widening "
    "their partnership at their meeting in Malmo.",
]


@pytest.mark.parametrize("text", NONE)
def test_broken_or_aimless_commitments_are_no_intent(code_roots, text):
    found = code_roots(text)
    assert not any(r == "03" for *_, r in found), found
