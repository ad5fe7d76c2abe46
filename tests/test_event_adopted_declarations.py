"""A declaration adopted by its parties together ("the leaders of A, B and C adopted a joint
declaration", "X and Y adopted the Lima Declaration") is their formal agreement (CAMEO 057), one
event per pair, as one signed; sentences written for these tests."""

import pytest

from dyad.run.analysis import analyze


def events(text):
    return {(e.source, e.target, e.cameo) for e in analyze(text, published="2024-05-04").events}


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("Leaders of Brazil, Chile and Peru adopted a joint declaration on Monday, pledging closer trade ties.",
         {("BRA", "CHL"), ("BRA", "PER"), ("CHL", "PER")}),
        ("Chile adopted a joint declaration with Peru on fishing rights.", {("CHL", "PER")}),
    ],
)
def test_a_declaration_adopted_together_is_an_agreement(text, pairs):
    found = events(text)
    assert {(s, t) for s, t, c in found if c == "057"} == pairs, found


@pytest.mark.parametrize(
    "text",
    [
        "The UN General Assembly adopted a declaration on the rights of migrants.",  # no party named
        "Brazil adopted a new strategy on the border.",
        "The parliament adopted the budget law.",
    ],
)
def test_no_partner_no_pair(text):  # guard: the topic of a declaration is no party to it
    found = events(text)
    assert not [e for e in found if e[2] == "057" and e[1] is not None], found
