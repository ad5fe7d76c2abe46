"""Coordinated verbs the parser hangs on the wrong verb: in "Wang said that Japan should stop
spreading false information and rejected Tokyo's demand", spaCy makes "rejected" a conjunct of
"stop", inside what was said; its past tense against the modal's base form shows it goes on the
reporting verb ("said ... and rejected"), whose subject and mood it shares. So does an appeal after a
past perfect ("said the government had acted in good faith and urged Seoul to ..."): participants.yaml
appeal_verbs. The other way round, a clause's subject the parser lists with the object before it
("condemned the act and Moon said ..."): clause_conjunct."""

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


NAME_TAGS = frozenset({"NNP", "NNPS", "HYPH", "RP"})  # "President Moon Jae-in": title, name and its parts
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
LISTED_OBJECT_DEPS = frozenset({"dobj", "pobj"})


def clause_conjunct(conjunct) -> bool:
    """A conjunct of a thing that is the subject of a clause of its own, which the parser listed with
    the thing ("condemned the act and Moon said ...", "condemned the test and President Moon Jae-in
    convened talks"): after the "and", a name (with its title and nationality) and then a verb of
    its own. Whom that clause names is no party to the first act."""
    doc = conjunct.doc
    first = conjunct
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    ands = [c for c in conjunct.head.children if c.dep_ == "cc" and c.i < conjunct.i]
    if first.dep_ not in LISTED_OBJECT_DEPS or not ands:  # "Biden and Yoon met": listed subjects, no clause
        return False
    i = ands[-1].i + 1
    named = False
    while i < len(doc) and (doc[i].tag_ in NAME_TAGS or doc[i].tag_ == "JJ" and doc[i].ent_type_ == "NORP"):
        named = named or doc[i].tag_.startswith("NNP")
        i += 1
    if not named or i >= len(doc) or doc[i].pos_ not in ("VERB", "AUX"):
        return False
    return doc[i].tag_ in FINITE_TAGS or doc[i].tag_ == "VBN" and doc[i].dep_ == "amod"
