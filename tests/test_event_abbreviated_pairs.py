"""A hyphen glued between an abbreviated state name and another name ("the U.S.-Japan alliance", "the
U.S.-South Korea drills") is a token of its own, so both states are read, as for "the Japan-U.S.
alliance" (sentences written for these tests)."""

import pytest

from dyad.annotate.nlp import load_nlp


@pytest.mark.parametrize(
    ("text", "targets"),
    [
        ("Pyongyang denounced the U.S.-Japan alliance on Monday.", ("USA", "JPN")),
        ("North Korea condemned the U.S.-South Korea joint drills on Monday.", ("USA", "KOR")),
        ("Beijing criticized the U.K.-Australia defence pact on Friday.", ("GBR", "AUS")),
    ],
)
def test_both_names_of_an_abbreviated_pair_are_read(code_roots, text, targets):
    found = code_roots(text)
    for target in targets:
        assert any(t.startswith(target) and r == "11" for _, t, r in found), found


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("They bought U.S.-made missiles.", ["U.S.-made"]),  # a lower-case word: one token, as before
        ("He met U.S. President Joe Biden.", ["U.S."]),
        ("the Japan-U.S. alliance", ["Japan", "-", "U.S."]),
    ],
)
def test_other_hyphens_and_abbreviations_stay(text, tokens):  # guard
    words = [t.text for t in load_nlp().tokenizer(text)]
    assert any(words[i:i + len(tokens)] == tokens for i in range(len(words))), words
