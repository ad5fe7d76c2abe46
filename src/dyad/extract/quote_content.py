"""What a cue verb attributes: its clausal complement, or the object it cites, demands or
criticises, as a list of spaCy tokens (the quotes stage turns them into a span)."""

from __future__ import annotations

from dyad.annotate.lexicon import reporting_verbs
from dyad.extract.quote_words import clause_verbs, object_verbs

CLAUSE_DEPS = ("ccomp", "xcomp")
OBJECT_DEPS = ("dobj", "oprd", "attr", "ccomp", "xcomp")
OBJECT_PREPS = {"as", "for", "about", "of", "on", "against", "to"}


def is_cue(tok) -> bool:
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    lemma = tok.lemma_.lower()
    return lemma in reporting_verbs() or lemma in clause_verbs() or lemma in object_verbs()


def clause_of(verb) -> list | None:
    """The clause a reporting verb introduces: 'said (that) X', 'wants to X'."""
    lemma = verb.lemma_.lower()
    if lemma not in reporting_verbs() and lemma not in clause_verbs():
        return None
    for child in verb.children:
        if child.dep_ == "ccomp" or (child.dep_ == "xcomp" and child.pos_ in ("VERB", "AUX")):
            if child.dep_ == "xcomp" and lemma in ("say", "tell", "be"):
                continue
            if _coordinated(verb, child):
                continue
            return [t for t in child.subtree if not (t.dep_ == "mark" and t.lower_ in ("that", "whether"))]
    return None


def object_of(verb) -> list | None:
    """What an object verb attributes: 'cited [the figures]', 'called for [a repeal]',
    'criticized [the act as a "crazy system"]'."""
    if verb.lemma_.lower() not in object_verbs():
        return None
    parts = []
    for child in verb.children:
        if child.i < verb.i:
            continue
        if child.dep_ in OBJECT_DEPS or (child.dep_ == "prep" and child.lower_ in OBJECT_PREPS):
            parts.append(child)
    if not parts:
        return None
    tokens = [t for p in parts for t in p.subtree]
    if tokens and tokens[0].dep_ == "prep" and tokens[0].head.i == verb.i and len(parts) == 1:
        tokens = tokens[1:]  # "called for [a repeal]": the preposition belongs to the cue
    return sorted(tokens, key=lambda t: t.i)


def _coordinated(verb, clause) -> bool:
    """'she said, but Kevin was drifting off': a clause after ', but' is not what was said."""
    first = clause.left_edge
    between = verb.doc[verb.i + 1 : first.i + 1] if first.i > verb.i else []
    return any(t.dep_ == "cc" or t.lower_ in ("but", "and", "while") for t in between)


def noun_clause(noun) -> list | None:
    """'Trump's claim that there have been thousands of shootings': the clause a speech noun
    introduces, and the noun's possessor is the source."""
    for child in noun.children:
        if child.dep_ in ("acl", "ccomp", "appos") and child.i > noun.i:
            marks = [t for t in child.subtree if t.dep_ == "mark" and t.lower_ == "that"]
            if marks and marks[0].i == child.left_edge.i:
                return [t for t in child.subtree if t.i != marks[0].i]
    return None
