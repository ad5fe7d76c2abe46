"""A demarche, a protest, a complaint or "solemn representations" made to another state is an official
complaint (CAMEO 114), as one lodged or filed is; other things made keep their codes. Sentences written
for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The Brazilian embassy in Lima made a demarche to Peruvian foreign ministry officials yesterday.",
        '"Brazil strongly opposes this and has made solemn demarches to the Peruvian side," Silva said.',
        "The coast guard of Brazil said it had made solemn representations with the Peruvian side.",
        "Brazil made solemn representations to Peru on Monday.",
    ],
)
def test_made_protest_notes_are_complaints(code_roots, text):
    found = code_roots(text)
    assert any(s.startswith("BRA") and t.startswith("PER") and r == "11" for s, t, r in found), found


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Brazil made a visit to Peru last week.", "04"),  # guards: a visit made is a visit (test_event_made_visit.py)
        ("Brazil has made a strong protest against Peru.", "11"),
    ],
)
def test_other_things_made(code_roots, text, root):
    assert root in [r for s, t, r in code_roots(text)], code_roots(text)
