"""Clauses that stand for a verb's object: "fired what appeared to be a ballistic missile",
"launched what is believed to be a spy satellite", "fired what could be a ballistic missile",
"launched what it called hypersonic missiles", "launched what it claimed to be a space launch vehicle",
"fired what it described as a cruise missile". The parser makes the "what" clause a complement of the
verb (ccomp); what it says the thing seemed to be, or was called, is the verb's object, and the
clause's own time ("what appeared to be a missile on Wednesday") is the verb's."""

from __future__ import annotations

SEEM_VERBS = frozenset({"appear", "seem", "look", "believe", "think", "suspect", "assess", "presume"})
# what the thing could be or was called, by its maker or others (issue-20rc): "what could be", "what it called",
# "what it claimed to be", "what it described as", "what state media said was"
NAMING_VERBS = frozenset({"be", "call", "claim", "describe", "say", "term", "dub", "label", "identify"})
NAMED_DEPS = ("attr", "oprd")  # "to be a missile", "called it a missile"


def seeming_clause(verb):
    """The "what appeared to be ..." ("what it called ...") complement of ``verb``, or None."""
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.lemma_.lower() not in SEEM_VERBS | NAMING_VERBS:
            continue
        if clause.doc[clause.left_edge.i].lower_ == "what":
            return clause
    return None


def seeming_object(verb) -> list:
    """The thing a "what" clause of ``verb`` says it seemed to be or was called ("a ballistic missile"), as
    a list: the clause's predicate noun, or the object of its "as" ("what it described as a missile")."""
    clause = seeming_clause(verb)
    if clause is None:
        return []
    named = [t for t in clause.subtree if t.dep_ in NAMED_DEPS]
    named += [g for p in clause.children if p.dep_ == "prep" and p.lower_ == "as" for g in p.children if g.dep_ == "pobj"]
    return sorted(named, key=lambda t: t.i)[:1]


def cannon_word(token) -> bool:
    """ "water" of the verb "water cannoned" ("rammed and water cannoned two boats"), which the parser makes
    that verb's subject: a word of the verb, no subject."""
    head = token.head
    return token.lower_ == "water" and head.i == token.i + 1 and head.pos_ == "VERB" and head.lemma_.lower() == "cannon"


def shared_object(verb) -> list:
    """The object of the verb coordinated right after ``verb`` ("signed and issued a joint statement",
    "signed and ratified the treaty"), as a list, when ``verb`` has none of its own: the parser hangs the
    shared object on the second verb only. Only for two verbs joined by a bare "and" ("V and V X") whose
    second has no subject of its own ("water" of "water cannoned" is none); [] otherwise."""
    doc = verb.doc
    if verb.i + 2 >= len(doc) or doc[verb.i + 1].lower_ != "and":
        return []
    second = doc[verb.i + 2]
    if cannon_word(second):  # "blocked and water cannoned two boats"
        second = second.head
    if second.dep_ != "conj" or second.head.i != verb.i or second.pos_ != "VERB":
        return []
    if any(c.dep_ in ("dobj", "obj", "prep", "prt", "ccomp", "xcomp") for c in verb.children):
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass") and not cannon_word(c) for c in second.children):
        return []
    return [c for c in second.children if c.dep_ == "dobj"][:1]
