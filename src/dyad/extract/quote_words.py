"""The quotes stage's own word lists (dyad/data/quotes/), read once."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


def _lines(name: str) -> frozenset[str]:
    raw = resources.files("dyad.data").joinpath(f"quotes/{name}").read_text(encoding="utf-8")
    return frozenset(x.strip() for x in raw.splitlines() if x.strip() and not x.startswith("#"))


@lru_cache(maxsize=1)
def clause_verbs() -> frozenset[str]:
    return _lines("clause_verbs.txt")


@lru_cache(maxsize=1)
def object_verbs() -> frozenset[str]:
    return _lines("object_verbs.txt")


@lru_cache(maxsize=1)
def not_speaker_labels() -> frozenset[str]:
    return _lines("not_speaker_labels.txt")


@lru_cache(maxsize=1)
def speech_nouns() -> frozenset[str]:
    return _lines("speech_nouns.txt")


@lru_cache(maxsize=1)
def stance_adjectives() -> frozenset[str]:
    return _lines("stance_adjectives.txt")


@lru_cache(maxsize=1)
def stance_nouns() -> frozenset[str]:
    return _lines("stance_nouns.txt")


@lru_cache(maxsize=1)
def as_verbs() -> frozenset[str]:
    return _lines("as_verbs.txt")


@lru_cache(maxsize=1)
def source_nouns() -> frozenset[str]:
    return _lines("source_nouns.txt")


@lru_cache(maxsize=1)
def quote_verbs() -> frozenset[str]:
    return _lines("quote_verbs.txt")
