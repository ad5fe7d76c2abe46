"""A state or leader willing or ready to work (together) with another intends to cooperate with it
(031, an intent to cooperate: the cooperation told as to come); a past "worked with" is no event of
this kind. Sentences written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Mexico's president Sanchez said he is willing to work together with Canada on a new rail link.",
        "Mexico is ready to work with Canada on trade.",
    ],
)
def test_willing_to_work_with(code_roots, text):
    events = code_roots(text)
    assert any(t == "CAN" and root == "03" for _, t, root in events), events


def test_work_not_to_come(code_roots):
    # guards: cooperation told as done, or work with no partner, is no intent
    assert not any(root == "03" for _, _, root in code_roots("Mexico worked with Canada on trade last year."))
    assert not any(root == "03" for _, _, root in code_roots("Mexico is willing to work harder on trade."))
