"""An act blamed on someone in a relative clause is the blame: "an act Peru blames on Chile", "an
attack, which Peruvian authorities attribute to Chile" (a relative clause in the present on a thing,
not on an actor, is no standing state), "an air strike the Houthis blamed on Saudi Arabia" (the parser
reads the blamer as an appositive of the strike and the verb as its participle). "Attribute X to Y"
blames Y when Y is an actor. Sentences written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Tensions rose after the killing of rebel leader Juan Perez, an act Peru blames on Chile.", ("PER", "CHL", "112")),
        ("The strikes follow a deadly attack on a factory near Lima, which Peruvian authorities attribute to Chile.",
         ("PER", "CHL", "112")),
        ("Explosions rocked Sanaa in a drone strike the Houthis blamed on Saudi Arabia.", ("YEM", "SAU", "112")),
        ("Fires broke out in Lima after a bombing the Peruvian government blamed on Chile.", ("PER", "CHL", "112")),
        ("Explosions rocked Kandahar in a drone strike the Taliban blamed on Iran.", ("AFG", "IRN", "112")),
        ("Peru attributed the attack to Chile.", ("PER", "CHL", "112")),
    ],
)
def test_blamed_acts(state_events, text, expected):
    found = state_events(text)
    assert expected in found, found
    assert not any(s is None and c == "112" for s, _, c in found), found


@pytest.mark.parametrize(
    "text, unexpected",
    [
        ("Chile, which blames Peru for the crisis, recalled its envoy.", ("CHL", "PER", "112")),  # a standing state
        ("Peru attributed the rise in prices to inflation.", ("PER", None, "112")),  # no actor blamed
        ("Websites owned by or attributed to the Chilean government spread rumours.", (None, "CHL", "112")),
    ],
)
def test_blame_guards(state_events, text, unexpected):
    assert unexpected not in state_events(text)


def test_blamed_by_an_agent_keeps_its_agent(state_events):  # guard
    assert ("PER", None, "112") in state_events("The minister, blamed by Peru for the crisis, resigned.")


def test_the_blamed_things_own_target_is_not_blamed(state_events):
    found = state_events("The raids follow a deadly attack on an arms firm near Lima, which Peruvian authorities "
                         "attribute to Chilean militants.")
    assert ("PER", "CHL", "112") in found, found
    assert ("PER", None, "112") not in found, found  # the firm the attack hit
