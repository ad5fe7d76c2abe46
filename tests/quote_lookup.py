"""Reading an analysed article's quotes in tests: who says the quote that opens with some words."""

from __future__ import annotations


def speaker_of(article, words: str):
    """The speaker of the first quote whose text opens with ``words``."""
    return next(q.speaker for q in article.quotes if q.text.startswith(words))


def speakers(article, words: str) -> list:
    """The speakers of every quote whose text opens with ``words``."""
    return [q.speaker for q in article.quotes if q.text.startswith(words)]


def shown(article) -> list:
    """Each quote's speaker and first words, for an assertion's message."""
    return [(q.speaker, q.text[:30]) for q in article.quotes]
