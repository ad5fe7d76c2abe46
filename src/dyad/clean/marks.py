"""Quotation marks glued to the words outside them: 'said,"We will ..."', '... rains.”He added'.
Copied pages drop the space there; without it the parser reads the mark and the word as one and
the quote loses its speaker. A mark with no space on either side gets the space on its outer side:
before an opening mark, after a closing one. Curly marks say which they are; a straight mark is
opening or closing by its place in the paragraph's run of straight marks (left alone where that
run is odd, so unpaired)."""

from __future__ import annotations

import re

_GLUED = re.compile(r'(?<=[^\s])[“”"](?=[^\s])')
_BEFORE_OPENING = re.compile(r"[^\W_]|[,.:;!?]")  # what an opening mark may follow with no space


def space_glued_marks(paragraph: str) -> str:
    """``paragraph`` with a space on the outer side of each quotation mark glued on both sides."""
    if not _GLUED.search(paragraph):
        return paragraph
    straight = [i for i, ch in enumerate(paragraph) if ch == '"']
    paired = len(straight) % 2 == 0
    out: list[str] = []
    last = 0
    for found in _GLUED.finditer(paragraph):
        i = found.start()
        mark, before, after = paragraph[i], paragraph[i - 1], paragraph[i + 1]
        opening = mark == "“" or (mark == '"' and paired and straight.index(i) % 2 == 0)
        closing = mark == "”" or (mark == '"' and paired and straight.index(i) % 2 == 1)
        if opening and _BEFORE_OPENING.match(before) and (after.isalnum() or after in "‘'"):
            out.append(paragraph[last:i] + " ")
            last = i
        elif closing and after.isalpha():
            out.append(paragraph[last : i + 1] + " ")
            last = i + 1
    out.append(paragraph[last:])
    return "".join(out)
