"""Speakers named only by "it", "they" or "the ministry" that the actors stage left unresolved:
'The Joint Chiefs of Staff said ... "We are monitoring the situation," it said.' The speaker is
the nearest earlier speaker of the same kind: an organisation or a state for "it", a group or an
organisation for "they", an organisation whose name holds the noun for "the <noun>"."""

from __future__ import annotations

from dyad.article import Article, Quote

REACH = 1500  # characters back to look for the speaker referred to (a few paragraphs)
_KINDS = {"it": ("organization", "state"), "its": ("organization", "state"), "they": ("group", "organization")}
_DETERMINERS = ("the ", "that ", "this ")


def resolve(article: Article) -> None:
    """Give each quote whose speaker words are an unresolved anaphor the speaker they refer to."""
    said: list[Quote] = []
    for quote in sorted(article.quotes, key=lambda q: q.start):
        if quote.speaker is None and quote.speaker_mention is not None:
            words = article.text[quote.speaker_mention.start : quote.speaker_mention.end].lower()
            quote.speaker = _antecedent(article, said, words, quote.speaker_mention.start)
        if quote.speaker is not None:
            said.append(quote)


def _antecedent(article: Article, said: list[Quote], words: str, at: int) -> str | None:
    kinds = _KINDS.get(words)
    noun = words.split(" ", 1)[1] if words.startswith(_DETERMINERS) and words.count(" ") == 1 else None
    if kinds is None and noun is None:
        return None
    for quote in reversed(said):
        if quote.start < at - REACH:
            return None
        actor = article.actor(quote.speaker)
        if actor is None or (quote.speaker_mention and quote.speaker_mention.start >= at):
            continue
        if kinds is not None and actor.kind in kinds:
            return actor.id
        if noun is not None and actor.kind == "organization" and noun in actor.name.lower().split():
            return actor.id
    return None
