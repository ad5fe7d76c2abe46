"""Boats blasted or targeted with a water cannon: force short of arms (175), as "hit with a water cannon";
what else is blasted or targeted keeps its code. Sentences written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The Ruritanian coast guard targeted Freedonian fishing boats with water cannons on Sunday.",
        "Ruritanian coast guard ships blasted a Freedonian supply boat with a powerful water cannon near the reef.",
    ],
)
def test_water_cannon_blast(state_events, text):
    events = state_events(text)
    assert any(code == "175" for _, _, code in events), events
    assert not any(code.startswith("19") for _, _, code in events), events


def test_blast_guards(state_events):
    # guards: a verbal blast stays a criticism; a target hit with artillery stays an attack
    assert any(code == "111" for _, _, code in state_events("Sweden's prime minister blasted Norway over the fishing deal."))
    assert any(code.startswith("19") for _, _, code in state_events("The Swedish army targeted Norwegian positions with artillery."))
