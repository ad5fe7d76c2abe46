"""A deal suspended, as a treaty or an agreement suspended, is ties reduced (CAMEO 161): its partner, named
in a "with" phrase, is the target. A deal signed stays an agreement signed. Sentences written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Canada responded by suspending a 2019 fishing deal with Norway and resumed patrols at sea.",
        "Canada suspended its trade deal with Norway on Tuesday.",
    ],
)
def test_a_deal_suspended_reduces_ties_with_its_partner(code_roots, text):
    assert ("CAN", "NOR", "16") in code_roots(text)


def test_a_deal_suspended_with_no_partner_named(code_roots):
    assert ("CAN", "", "16") in code_roots("Ottawa has fully suspended a tension-reducing military deal and restarted patrols.")


def test_a_deal_signed_unchanged(code_roots):
    found = code_roots("Canada signed a trade deal with Norway on Tuesday.")
    assert ("CAN", "NOR", "05") in found and not any(r == "16" for *_, r in found)
