"""Opposing another's act (its sanctions, actions, moves, measures) is disapproval (CAMEO 110) of the one who
acts; PETRARCH2's OPPOSE block read "opposes the sanctions" as consultation (040) and "opposes these actions"
as an intent (030). "is opposed to" is the same disapproval. Sentences written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text, triple",
    [
        ('"The Brazilian side firmly opposes the Argentine unilateral sanctions," the spokesman said.',
         ("BRA", "ARG", "110")),
        ("Egypt vehemently opposes the Ethiopian actions in the river basin.", ("EGY", "ETH", "110")),
        ("India strongly opposed the Pakistani move on Monday.", ("IND", "PAK", "110")),
        ("Japan is firmly opposed to the new Korean tariffs, the spokesman said.", ("JPN", "KOR", "110")),
    ],
)
def test_opposing_an_act_is_disapproval(state_events, text, triple):
    assert triple in state_events(text)


def test_other_oppose_uses_keep_their_codes(state_events):
    # a plan opposed stays PETRARCH2's rejection of a plan (127)
    assert ("BRA", "ARG", "127") in state_events("Brazil opposes the Argentine plan.")
    # no opposition: no disapproval
    assert not [c for s, t, c in state_events("Egypt supports the Ethiopian actions in the river basin.") if c.startswith("11")]
