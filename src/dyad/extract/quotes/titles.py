"""Quoted names of works: 'told MSNBC's "Morning Joe"', 'her documentary "13th"', 'an episode
of "The Steve Harvey Morning Show"'. A short title-case phrase in quotation marks right after a
possessive or a noun for a work (dyad/data/quotes/work_nouns.txt) names a show, a book or a
song; it is no one's words."""

from __future__ import annotations

import re

from dyad.extract.quotes.words import work_nouns

_WORD = re.compile(r"[^\W_][\w'’\-]*")
_SMALL = {"a", "an", "the", "of", "and", "on", "in", "to", "for", "with", "at", "by", "or", "is", "it"}
_POSSESSIVES = {"his", "her", "their", "its", "our", "my", "your"}
_LINKS = {"of", "on"}  # 'an episode of "X"', 'a broadcast on "X"'
MAX_WORDS = 8


def is_title(text: str, start: int, end: int, mark_width: int = 1) -> bool:
    """text[start:end] is a quoted work title, its opening mark ``mark_width`` wide."""
    return title_case(text[start:end]) and _names_a_work(text[max(0, start - 60) : start - mark_width])


def title_case(words: str) -> bool:
    """Every word but the small ones capitalized (or a number), at most MAX_WORDS words."""
    found = _WORD.findall(words)
    big = [w for w in found if w.lower() not in _SMALL]
    return bool(big) and len(found) <= MAX_WORDS and all(w[0].isupper() or w[0].isdigit() for w in big)


def _names_a_work(before: str) -> bool:
    """The words before the mark end with a possessive or a work noun ('MSNBC's', 'his',
    'documentary', 'episode of')."""
    words = before.rstrip(" ,").split()
    if not words:
        return False
    last = words[-1].lower()
    if last.endswith(("'s", "’s")) or last in _POSSESSIVES or last in work_nouns():
        return True
    return last in _LINKS and len(words) > 1 and words[-2].lower() in work_nouns()
