"""An arms sale or transfer approved or authorized for another state is military aid (CAMEO 072) from the
approving state to the buyer; any other approval keeps its code. Sentences written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The French State Department approved a $200 million package of arms sales for Morocco on Monday.",
        "Last week, the French government authorized an additional $150 million in military sales to Morocco.",
        "The French government approved the sale of missiles to Morocco on Tuesday.",
        "The French defence ministry approved a military sale to Morocco on Tuesday.",
    ],
)
def test_arms_sale_approved(state_events, text):
    assert ("FRA", "MAR", "072") in state_events(text)


@pytest.mark.parametrize(
    "text",
    [
        "The French parliament approved the budget on Wednesday.",
        "The French regulator approved the sale of a state bank to a Moroccan firm on Thursday.",
        "The French government authorized the use of force on Friday.",
    ],
)
def test_other_approvals_no_military_aid(state_events, text):
    assert "072" not in [c for s, t, c in state_events(text)]
