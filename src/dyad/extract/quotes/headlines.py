"""Which segment is the article's headline: the title, or a plain text's first paragraph that is
no sentence (cleaning keeps the headline line as body when no title was given)."""

from __future__ import annotations

import re

HEADLINE_WORDS = 25  # more words than a headline has
_SENTENCE_END = re.compile(r"\w[.!?][\"”’']?\s+[A-Z]")


def is_headline(text: str, seg, first) -> bool:
    """The title segment, or a plain text's first paragraph that is no sentence: a few words
    ending with no full stop ('N. Korea ‘remains open to talks’: Seoul')."""
    if seg.kind == "title":
        return True
    if seg is not first or seg.kind != "body":
        return False
    line = text[seg.start : seg.end].rstrip()
    return bool(line) and line[-1] not in ".!?:" and len(line.split()) <= HEADLINE_WORDS and not _SENTENCE_END.search(line)


def headline_at(article, at: int):
    """The headline segment that holds offset ``at``, else None."""
    first = article.segments[0] if article.segments else None
    return next((seg for seg in article.segments
                 if seg.start <= at < seg.end and is_headline(article.text, seg, first)), None)
