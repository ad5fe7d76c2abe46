"""Is this English news text? dyad's model reads English; other languages are refused with a
reason instead of producing nonsense. The test is cheap: the share of Latin letters, and of
English function words (spaCy's English stop-word list) among the words."""

from __future__ import annotations

import re

from dyad.errors import EmptyDocument, UnsupportedLanguage

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
MIN_WORDS = 40  # shorter texts (a headline, a caption) are too short to judge and are let through
MIN_STOPWORD_SHARE = 0.15  # English news runs at 0.35-0.50
MIN_LATIN_SHARE = 0.6


def check_language(text: str) -> None:
    words = _WORD.findall(text[:20000])
    if not words:
        raise EmptyDocument("The document has no words (only numbers, symbols or white space).")
    letters = "".join(words)
    latin = sum(1 for c in letters if c.isascii())
    if latin / len(letters) < MIN_LATIN_SHARE:
        raise UnsupportedLanguage("The document is not written in English (mostly non-Latin script).")
    if len(words) >= MIN_WORDS and _stopword_share(words) < MIN_STOPWORD_SHARE:
        raise UnsupportedLanguage("The document does not read as English (too few English function words).")


def _stopword_share(words: list[str]) -> float:
    from spacy.lang.en.stop_words import STOP_WORDS

    return sum(1 for w in words if w.lower() in STOP_WORDS) / len(words)
