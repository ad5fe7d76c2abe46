"""SpanIndex answers exactly what the walk through the list answers."""

from __future__ import annotations

import random

from dyad.util.spans import SpanIndex


def walk(spans, start, end):
    return any(start < e and s < end for s, e in spans)


def test_same_answers_as_the_walk():
    rng = random.Random(7)
    for _ in range(300):
        spans = [(s, s + rng.randint(-2, 12)) for s in (rng.randint(0, 60) for _ in range(rng.randint(0, 12)))]
        index = SpanIndex(spans)
        for start in range(-2, 75):
            for end in (start, start + 1, start + 3, start + 9):
                assert index.overlaps(start, end) == walk(spans, start, end), (spans, start, end)


def test_empty_list_overlaps_nothing():
    assert not SpanIndex([]).overlaps(0, 10)
