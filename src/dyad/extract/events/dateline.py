"""The dateline a wire report opens with: "SEOUL, Jan 14 (Reuters) -", "CAMP DAVID, Maryland, Aug 18
(AP) -", "WASHINGTON (AP) —".

Its names are no event participants: the agency credited there files the story, it acts in none
of it, and the town only says where the report was filed. The town's country is where the
report's unnamed groups belong ("police arrested ...", "protesters rallied ...", "the
government said ..." in a story filed from Seoul are South Korea's).
"""

from __future__ import annotations

import re
from bisect import bisect_right

DATELINE = re.compile(
    r"(?:\A|\n)[ \t]*(?P<town>[A-Z][A-Z'’.\-]+(?:[ ][A-Z][A-Z'’.\-]+){0,3})"
    r"(?:,[ ][A-Za-z0-9.,'’ ]{1,40}?)?"
    r"(?:[ ]*\([A-Za-z .&'’/-]{1,40}\))?"
    r"[ ]*(?:--?|—|–)[ ]"
)


def dateline_spans(text: str) -> list[tuple[int, int, int]]:
    """(start, end, end of the town's name) of each dateline in a text."""
    return [(m.start("town"), m.end(), m.end("town")) for m in DATELINE.finditer(text)]


def in_dateline(spans: list[tuple[int, int, int]], offset: int) -> bool:
    """Whether an offset lies in one of the (sorted) datelines."""
    at = bisect_right(spans, (offset, float("inf"), 0)) - 1
    return at >= 0 and spans[at][0] <= offset < spans[at][1]


def dateline_country(article, spans: list[tuple[int, int, int]]) -> str | None:
    """The country of the town the article's first dateline names, as the place stage resolved it."""
    if not spans:
        return None
    start, _, town_end = spans[0]
    for place in article.places:
        if place.country and any(start <= m.start < town_end for m in place.mentions):
            return place.country
    return None
