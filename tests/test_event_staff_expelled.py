"""Diplomatic staff sent away are expelled diplomats (161): a state's officials, staff or advisers
expelled, and anyone a state declares persona non grata, however the parser builds that phrase; other
people expelled are deported (174). Sentences written for these tests."""

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vilnius declared two Belarusian diplomats persona non grata on Thursday.", ("LTU", "BLR", "161")),
        ("The Ghanaian government declared the Togolese consul persona non grata after the border incident.",
         ("GHA", "TGO", "161")),
        ("Ottawa expelled four Venezuelan officials on Monday over the seizure of the plane.", ("CAN", "VEN", "161")),
        ("Riga expelled three Russian embassy staff late on Friday.", ("LVA", "RUS", "161")),
    ],
)
def test_diplomatic_staff_sent_away(state_events, text, expected):
    found = state_events(text, published="2025-03-08")
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # guards: people who serve no state are deported, and a declared emergency stays one
        ("Budapest expelled two Ukrainian journalists on Monday.", ("HUN", "UKR", "174")),
        ("Quito declared an emergency across three provinces near the Colombian frontier.", "1724"),
    ],
)
def test_other_expulsions_and_declarations_keep_their_codes(state_events, text, expected):
    found = state_events(text, published="2025-03-08")
    if isinstance(expected, tuple):
        assert expected in found, found
    else:
        assert any(c == expected for _, _, c in found), found
