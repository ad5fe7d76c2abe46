"""Coordinated verbs the parser hangs on the wrong verb: in "Wang said that Japan should stop
spreading false information and rejected Tokyo's demand", spaCy makes "rejected" a conjunct of
"stop", inside what was said; its past tense against the modal's base form shows it goes on the
reporting verb ("said ... and rejected"), whose subject and mood it shares. So does an appeal after a
past perfect ("said the government had acted in good faith and urged Seoul to ..."): participants.yaml
appeal_verbs."""

from __future__ import annotations

from dyad.extract.events.participant_words import words

PAST = "VBD"
BASE = "VB"
PARTICIPLE = "VBN"
MODAL = "MD"


def true_head(verb):
    """The verb a conjunct is really coordinated with: the reporting verb above a modal's clause when
    the conjunct's tense shows it belongs there, else its parsed head."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != PAST or head.dep_ != "ccomp":
        return head
    if head.tag_ == BASE:
        if not any(c.dep_ == "aux" and c.tag_ == MODAL for c in head.children):
            return head
    elif head.tag_ != PARTICIPLE or verb.lemma_.lower() not in words()["appeal_verbs"]:
        return head
    elif not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in head.children):
        return head
    above = head.head
    return above if above.tag_ == PAST and above.i != head.i else head
