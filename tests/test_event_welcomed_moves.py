"""Praise of a bare word of acting ("welcomed the move", "welcomed the decision in a statement") names
the last act another told in its sentence or the one before: that act's doer is its target (sentences
written for these tests)."""

import pytest

from dyad.run.analysis import analyze


def events(text):
    article = analyze(text, published="2024-05-04")
    codes = {a.id: a.code or "" for a in article.actors}
    return [(e.source, codes.get(e.source, ""), e.target, codes.get(e.target, ""), e.cameo[:2]) for e in article.events]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Greek Defence Minister Nikos Dendias announced plans to double the Greek navy, and US Defense Secretary "
         "Jim Mattis welcomed the move.", "USA", "GRC"),
        ("Peruvian President Dina Boluarte told her envoys on Monday to restart negotiations with Chile. The Chilean "
         "government welcomed the decision in a press release.", "CHL", "PER"),
    ],
)
def test_a_welcomed_move_is_aimed_at_its_doer(text, source, target):
    found = events(text)
    assert any(sc.startswith(source) and tc.startswith(target) and r == "05" for _, sc, _, tc, r in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Greek Foreign Minister Nikos Dendias welcomed the move.",  # nothing told before
        # the act two sentences back: too far
        "Italy sent troops to Albania last year. Greece said on Monday it was worried about floods. Greek Foreign "
        "Minister Nikos Dendias welcomed the move.",
    ],
)
def test_no_act_just_told_no_target(text):  # guard
    found = [f for f in events(text) if f[4] == "05"]
    assert found and all(t is None for _, _, t, _, _ in found), found


def test_an_owned_decision_keeps_its_owner():  # guard
    found = events("Greek Foreign Minister Nikos Dendias welcomed Turkey's decision to reopen the border.")
    assert any(sc.startswith("GRC") and tc.startswith("TUR") and r == "05" for _, sc, _, tc, r in found), found
