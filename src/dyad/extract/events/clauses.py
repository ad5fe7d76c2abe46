"""Clauses that stand for a verb's object: "fired what appeared to be a ballistic missile",
"launched what is believed to be a spy satellite". The parser makes the "what" clause a complement
of the verb (ccomp); what it says the thing seemed to be is the verb's object, and the clause's own
time ("what appeared to be a missile on Wednesday") is the verb's."""

from __future__ import annotations

SEEM_VERBS = frozenset({"appear", "seem", "look", "believe", "think", "suspect", "assess", "presume"})


def seeming_clause(verb):
    """The "what appeared to be ..." complement of ``verb``, or None."""
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.lemma_.lower() not in SEEM_VERBS:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "what" for c in clause.children):
            return clause
    return None


def seeming_object(verb) -> list:
    """The thing a "what" clause of ``verb`` says it seemed to be ("a ballistic missile"), as a list."""
    clause = seeming_clause(verb)
    return [t for t in clause.subtree if t.dep_ == "attr"][:1] if clause is not None else []
