"""Verb lemmas the lemmatizer gets wrong: spaCy takes the silent e off some verbs ("hopes", "hoped",
"hoping" -> "hop"). Event patterns and modality cues are looked up by lemma, so they try the lemma
with its e again when the word's form shows it."""

from __future__ import annotations


def e_lemma(lemma: str, word: str) -> str:
    """``lemma`` + "e" when the word's form shows the e ("hopes", "hoped") or dropped it before -ing
    ("hoping"); else ""."""
    return lemma + "e" if word.startswith(lemma + "e") or word == lemma + "ing" else ""


def lemmas(token) -> tuple[str, ...]:
    """The token's lemma, and the lemma with its silent e when that may be the right one."""
    lemma = token.lemma_.lower()
    fixed = e_lemma(lemma, token.lower_)
    return (lemma, fixed) if fixed else (lemma,)
