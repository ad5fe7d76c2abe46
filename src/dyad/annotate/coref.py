"""Choosing the referent of a surname, a pronoun or a description, in reading order.

The rules follow how news is written:
- a surname or pronoun that is the subject of a speech verb ("Kim said", "he noted") refers to
  the running speaker: the last person who spoke, not the last person named (an interviewee
  stays the referent of "Kim said" while another Kim is discussed in between);
- a possessive or object pronoun prefers a person named earlier in the same sentence;
- otherwise the most recently mentioned compatible person.
"""

from __future__ import annotations

from dyad.annotate.lexicon import speech_verbs


def is_speech_subject(token) -> bool:
    return token.dep_ in ("nsubj", "nsubjpass") and token.head.lemma_.lower() in speech_verbs()


def compatible(ref, gender: str | None) -> bool:
    return gender is None or ref.gender is None or ref.gender == gender


def choose(cands: list, token, sentence_start: int, pos: int, pronoun: bool):
    """The referent among ``cands`` (refs mentioned before ``pos``) for a mention at ``token``."""
    cands = [c for c in cands if c.last_seen >= 0 and c.last_seen < pos]
    if not cands:
        return None
    if is_speech_subject(token):
        speakers = [c for c in cands if c.last_spoke >= 0]
        if speakers:
            return max(speakers, key=lambda c: c.last_spoke)
    if pronoun and token.dep_ in ("poss", "dobj", "pobj", "dative"):
        same = [c for c in cands if c.last_seen >= sentence_start]
        if same:
            return max(same, key=lambda c: c.last_seen)
    return max(cands, key=lambda c: c.last_seen)
