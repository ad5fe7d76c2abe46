"""Whether a span overlaps any of a fixed list of spans, asked many times: a bisection instead of a
walk through the list for each question."""

from __future__ import annotations

from bisect import bisect_left
from itertools import accumulate


class SpanIndex:
    """Spans ``(start, end)``, end exclusive, ready for many ``overlaps`` questions."""

    def __init__(self, spans):
        ordered = sorted((s, e) for s, e in spans)
        self.starts = [s for s, _ in ordered]
        self.reach = list(accumulate((e for _, e in ordered), max))  # the furthest end so far

    def overlaps(self, start: int, end: int) -> bool:
        """The same as ``any(start < e and s < end for s, e in spans)``: among the spans that begin
        before ``end``, one reaches past ``start``."""
        k = bisect_left(self.starts, end)
        return k > 0 and self.reach[k - 1] > start
