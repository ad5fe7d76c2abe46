"""GDELT's AvgTone of a document: the percentage of its words that are positive minus the
percentage that are negative (from -100 to +100; most news lies between -10 and +10).

Positive and negative words are those of the VADER sentiment lexicon (Hutto and Gilbert 2014; the
``vader_lexicon.txt`` shipped in the MIT-licensed ``vaderSentiment`` package): a word is positive
when its mean valence is above 0, negative below. GDELT itself uses other dictionaries, so the
figures are comparable in kind, not equal to GDELT's.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

WORD = re.compile(r"[a-z]+(?:['’-][a-z]+)*")


@cache
def lexicon() -> dict[str, float]:
    """Word -> mean valence, read once from the package's file."""
    text = (resources.files("vaderSentiment") / "vader_lexicon.txt").read_text(encoding="utf-8")
    out = {}
    for line in text.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2:
            try:
                out[parts[0]] = float(parts[1])
            except ValueError:
                continue
    return out


def tone(text: str) -> float | None:
    """AvgTone of ``text``; None when it has no words."""
    words = WORD.findall(text.lower())
    if not words:
        return None
    valence = lexicon()
    positive = sum(1 for w in words if valence.get(w, 0) > 0)
    negative = sum(1 for w in words if valence.get(w, 0) < 0)
    return round(100 * (positive - negative) / len(words), 4)
