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
from functools import cache, lru_cache
from importlib import resources

from dyad.annotate.columns import text as doc_text

DATELINE = re.compile(
    r"(?:\A|\n)[ \t]*(?P<town>[A-Z][A-Z'’.\-]+(?:[ ][A-Z][A-Z'’.\-]+){0,3})"
    r"(?:,[ ][A-Za-z0-9.,'’ ]{1,40}?)?"
    r"(?:[ ]*\((?P<credit>[A-Za-z .&'’/-]{1,40})\))?"
    r"[ ]*(?:--?|—|–)[ ]"
)


# A dateline whose town is written in title case, with its day and the agency's credit or a colon or
# dash after it, the town's country in brackets or not: "Hanoi [Vietnam], April 2 (ANI): ",
# "Dhaka [Bangladesh], June 5 : ", "Lima, 7 May 2025 (dpa) — ", "Rome, May 3 (IANS) ".
TITLE_DATELINE = re.compile(
    r"(?:\A|\n)[ \t]*(?P<town>[A-Z][a-z'’.\-]+(?:[ ][A-Z][a-z'’.\-]+){0,2})"
    r"(?:[ ]\[[A-Z][A-Za-z .'’\-]{1,40}\])?,?[ ]"
    r"(?:[A-Z][a-z]{2,8}\.?[ ]\d{1,2}|\d{1,2}[ ][A-Z][a-z]{2,8}(?:[ ]\d{4})?)"
    r"(?:[ ]*\((?P<credit>[A-Za-z .&'’/\-]{1,40})\)[ ]*(?::|--?|—|–)?|[ ]*(?::|--?|—|–))[ ]"
)


def dateline_spans(text: str) -> list[tuple[int, int, int]]:
    """(start, end, end of the town's name) of each dateline in a text (a new list each time)."""
    return list(_dateline_spans(text))


@lru_cache(maxsize=8)  # the stages after the parse ask for the same article's datelines in turn
def _dateline_spans(text: str) -> tuple[tuple[int, int, int], ...]:
    found = [*DATELINE.finditer(text), *TITLE_DATELINE.finditer(text)]
    return tuple(sorted((m.start("town"), m.end(), m.end("town")) for m in found))


def in_dateline(spans: list[tuple[int, int, int]], offset: int) -> bool:
    """Whether an offset lies in one of the (sorted) datelines."""
    at = bisect_right(spans, (offset, float("inf"), 0)) - 1
    return at >= 0 and spans[at][0] <= offset < spans[at][1]


@cache
def desk_credits() -> frozenset[str]:
    """Agencies whose dateline names their desk, not the story's place (lexicon/desk_datelines.txt)."""
    raw = resources.files("dyad.data").joinpath("lexicon/desk_datelines.txt").read_text(encoding="utf-8")
    return frozenset(w.strip().lower() for w in raw.splitlines() if w.strip() and not w.startswith("#"))


def desk_dateline(doc, kb, state: str | None) -> bool:
    """Whether the text's first dateline credits an agency that datelines its desk ("ANKARA (AA) -")
    and nothing after it names the town's state, its people, places or persons ("Turkish",
    "Erdogan"): a foreign story written at the desk, whose home is not the town's."""
    if state is None:  # before the doc's text is joined (a pass over every token)
        return False
    credited = (m for m in DATELINE.finditer(doc_text(doc)) if m.group("credit"))  # not "UPDATE -"
    m = next(credited, None)
    if m is None or m.group("credit").strip().lower() not in desk_credits():
        return False
    for tok in doc:
        if tok.idx < m.end() or not (tok.is_alpha and tok.text[:1].isupper()):
            continue
        if any(e.id == state or e.country == state for e, _via in kb.lookup(tok.text)):
            return False
    return True


def dateline_country(article, spans: list[tuple[int, int, int]], kb=None) -> str | None:
    """The country of the town the article's first dateline names, as the place stage resolved it;
    none for an agency's desk dateline on a foreign story ("ANKARA (AA) - North Korea warned ...")."""
    if not spans:
        return None
    start, _, town_end = spans[0]
    for place in article.places:
        if place.country and any(start <= m.start < town_end for m in place.mentions):
            if kb is not None and article.doc is not None and desk_dateline(article.doc, kb, place.country):
                return None
            return place.country
    return None
