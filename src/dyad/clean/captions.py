"""Photo captions and their credits.

News text copied from a web page often carries each photo caption twice (the alt text and the
visible caption), each ending with a credit in parentheses: "... on Oct. 30. (Lee Sang-sub/The
Korea Herald)". A paragraph made of such captions becomes one ``caption`` piece and one
``credit`` piece; the duplicate is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

_TRAILING_PAREN = re.compile(r"\(([^()]{2,120})\)\s*$")


@lru_cache(maxsize=1)
def credit_words() -> tuple[str, ...]:
    raw = resources.files("dyad.data").joinpath("clean/credits.txt").read_text(encoding="utf-8")
    words = (line.strip() for line in raw.splitlines())
    return tuple(w.lower() for w in words if w and not w.startswith("#"))


def is_credit(inner: str) -> bool:
    """True when the text inside a closing parenthesis reads as a photo credit."""
    inner = inner.strip()
    if "/" in inner and not inner.startswith("http"):
        return True
    low = f" {re.sub(r'[^a-z0-9-]+', ' ', inner.lower())} "
    return any(f" {w} " in low for w in credit_words())


@dataclass(slots=True)
class Caption:
    caption: str
    credit: str  # with its parentheses


def split_caption(paragraph: str) -> Caption | None:
    """A caption paragraph (one caption, possibly repeated) or None for ordinary text."""
    pieces = _caption_pieces(paragraph.strip())
    if not pieces:
        return None
    first = pieces[0]
    if any(_norm(p.caption) != _norm(first.caption) for p in pieces[1:]):
        return None
    return first


def _caption_pieces(text: str) -> list[Caption]:
    pieces: list[Caption] = []
    while text:
        match = _TRAILING_PAREN.search(text)
        if not match or not is_credit(match.group(1)):
            return []
        head = text[: match.start()].rstrip()
        # the credit closes the last caption; find where that caption starts
        start = _repeat_start(head)
        pieces.insert(0, Caption(head[start:].strip(), match.group(0).strip()))
        text = head[:start].rstrip()
    return pieces if pieces and all(len(p.caption) >= 20 for p in pieces) else []


def _repeat_start(head: str) -> int:
    """Where the last caption in ``head`` begins: after an earlier credit, or at 0."""
    last = 0
    for match in re.finditer(r"\(([^()]{2,120})\)\s+", head):
        if is_credit(match.group(1)):
            last = match.end()
    return last


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()
