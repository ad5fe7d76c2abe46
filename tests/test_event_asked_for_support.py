"""Asking for another's support, help or understanding is a request (CAMEO 02, PETRARCH2's ASK FOR 020), not a
consultation (040, which the converted INVITE block gave "ask for"). Sentences written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said Lindqvist had asked for Norway's support in bringing Iran back to the talks.",
        "Sweden's foreign minister asked for Denmark's understanding and support on the fishing dispute.",
        "Sweden's foreign minister asked for Denmark's help in resolving the dispute.",
    ],
)
def test_asked_for_support_is_a_request(code_roots, text):
    events = code_roots(text)
    assert any(t in ("DNK", "NOR") and root == "02" for _, t, root in events), events
    assert not any(root == "04" for _, _, root in events), events


def test_asked_guards(code_roots):
    # guard: a request put to a state by name stays a request
    assert ("SWE", "DNK", "02") in code_roots("Sweden asked Denmark to lift its fishing ban.")
