"""Regular expressions that match any word of a list, built so that the engine rejects most
positions of a text at once (used by the time grammar and the place mentions)."""

from __future__ import annotations

import re


def alternation(words, space: str | None = r"\s+") -> str:
    """A regex alternation of ``words`` for case-insensitive patterns that tries the words longest
    first. A space in a word matches ``space`` (any whitespace); with None, the words are literal.

    It is written as a trie behind a look-ahead on the first letters ("(?=[jm])(?:j(?:an|une)|...")
    rather than as a flat list: the regex engine then rejects most positions of a text at once.
    Where several words match at one position, one is a prefix of the other and the trie tries
    the longer first, as a flat longest-first list would, so both forms match the same text."""
    paths = [_path(w, space) for w in sorted(set(words), key=len, reverse=True)]
    if not paths or not all(paths) or not all(_plain_case(w) for w in words):
        return "|".join("".join(path) for path in paths)  # the flat list, as it was
    trie: dict = {}
    for path in paths:
        node = trie
        for step in path:
            node = node.setdefault(step if step == space else step.lower(), {})
        node[""] = {}
    first = sorted({path[0].lower() for path in paths})
    return f"(?=[{''.join(first)}]){_branches(trie)}"


def _plain_case(word: str) -> bool:
    """Whether ignoring case in ``word`` is lower-casing it: ASCII, Latin-1 letters and uncased
    signs; no dotless i, long s or Kelvin sign, which match ASCII letters in the regex engine."""
    return all(
        c.isascii() or "\xc0" <= c <= "\xfe" and c not in "\xd7\xdf\xf7" or c.lower() == c.upper()
        for c in word
    )


def _path(word: str, space: str | None) -> list[str]:
    """The regex atoms of ``word``, one escaped character each, ``space`` between its words."""
    if space is None:
        return [re.escape(c) for c in word]
    path = []
    for i, part in enumerate(word.split()):
        path += ([space] if i else []) + [re.escape(c) for c in part]
    return path


def _branches(node: dict) -> str:
    """The trie below ``node``: its longer continuations before the end of a word (``|)``)."""
    alternatives = [step + _branches(child) for step, child in node.items() if step]
    if "" in node:
        alternatives.append("")
    if alternatives == [""]:
        return ""
    return alternatives[0] if len(alternatives) == 1 else f"(?:{'|'.join(alternatives)})"
