"""Speed rewrites of the fifth pass: each fast path gives what the plain one gives (invented text)."""

import re

TIME_TEXTS = (
    "For a fourth consecutive week, the index fell; the day before, traders had sold early.",
    "THE DAY after the vote, the previous evening and the prior quarter; the weekend, Days in a row.",
    "Three months running the club won, before the 1990s, and the decade of 2030 was mild.",
    "No time word here at all, only some text about a Kelvin \u212a sign and a \u017ftraight line.",
)


def test_needed_parts_behind_their_first_chars_say_the_same():
    from dyad.extract.times import grammar

    parts = {r.needs for r in grammar.rules() if r.needs is not None}
    fast = [p for p in parts if p.pattern.startswith("(?=")]
    assert len(fast) >= 3  # "day|week|...", "(?:consecutive|...)", "\\bthe\\s+..." at least
    for part in parts:
        bare = re.compile(part.pattern[part.pattern.index("(?:") + 3 : -1] if part in fast else part.pattern,
                          re.IGNORECASE)
        for text in TIME_TEXTS:
            assert (part.search(text) is None) == (bare.search(text) is None), (part.pattern, text)


def test_begins_with_choice():
    from dyad.util.first_chars import begins_with_choice

    def choice(source):
        return begins_with_choice(re.compile(source, re.IGNORECASE))

    assert choice("day|week") and choice("(?:ab|cd)e") and choice(r"\bthe") and choice("((?:xa|yb))")
    assert not choice("century") and not choice(r"(?<![a-z])(?:june|july)") and not choice(r"\d0s")
    assert not choice("(?i:ab|cd)")  # a group that changes flags is not looked into
