"""What a cue verb attributes: its clausal complement, or the object it cites, demands or
criticises, as a list of spaCy tokens (the quotes stage turns them into a span)."""

from __future__ import annotations

from dyad.annotate.lexicon import reporting_verbs, speech_verbs
from dyad.extract.quote_words import as_verbs, clause_verbs, object_verbs, stance_adjectives

CLAUSE_DEPS = ("ccomp", "xcomp")
OBJECT_DEPS = ("dobj", "oprd", "attr", "ccomp", "xcomp")
OBJECT_PREPS = {"as", "for", "about", "of", "on", "against", "to", "over"}
NOUN_PREPS = {"for", "about", "of", "on", "against", "over", "toward", "towards"}
ADDRESSEE_VERBS = {"tell", "inform", "assure", "remind", "notify", "brief", "thank"}
COPULAS = {"be", "seem", "appear", "remain", "become", "sound", "look", "feel", "grow", "stay"}
_WHEN = {"DATE", "TIME"}
_PLACES = {"ORG", "WORK_OF_ART", "FAC", "GPE", "LOC", "EVENT", "NORP"}


def is_cue(tok) -> bool:
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    lemma = tok.lemma_.lower()
    if lemma in as_verbs():  # "see the program as a gift", the "as" on the verb or its object
        near = [c for c in tok.children] + [g for c in tok.children if c.dep_ == "dobj" for g in c.children]
        return any(c.dep_ == "prep" and c.lower_ in ("as", "like") for c in near)
    return lemma in reporting_verbs() or lemma in clause_verbs() or _takes_object(lemma)


def _takes_object(lemma: str) -> bool:
    return (
        lemma in object_verbs()
        or lemma in as_verbs()
        or lemma in speech_verbs()
        or lemma in reporting_verbs()
    )


def clause_of(verb) -> list | None:
    """The clause a reporting verb introduces: 'said (that) X', 'wants to X'."""
    lemma = verb.lemma_.lower()
    if lemma not in reporting_verbs() and lemma not in clause_verbs():
        return None
    for child in verb.children:
        if child.dep_ == "ccomp" or (child.dep_ == "xcomp" and child.pos_ in ("VERB", "AUX")):
            if child.dep_ == "xcomp" and lemma in ("say", "tell", "be"):
                continue
            if _coordinated(verb, child) or _apart(verb, child):
                continue
            tokens = _before(verb) if child.i < verb.i else list(child.subtree)
            return [t for t in tokens if not (t.dep_ == "mark" and t.lower_ in ("that", "whether"))]
    return None


def object_of(verb) -> list | None:
    """What an object verb attributes: 'cited [the figures]', 'called for [a repeal]',
    'criticized [the act as a "crazy system"]'."""
    lemma = verb.lemma_.lower()
    if not _takes_object(lemma):
        return None
    parts = []
    for child in verb.children:
        if child.i < verb.i or _when(child) or _addressed(child, lemma):
            continue
        if child.dep_ in OBJECT_DEPS or (child.dep_ == "prep" and child.lower_ in _preps(lemma)):
            parts.append(child)
    if not parts:
        return None
    tokens = [t for p in parts for t in p.subtree]
    if tokens and tokens[0].dep_ == "prep" and tokens[0].head.i == verb.i and len(parts) == 1:
        tokens = tokens[1:]  # "called for [a repeal]": the preposition belongs to the cue
    return sorted(tokens, key=lambda t: t.i)


def _before(verb) -> list:
    """'A, but B, the source added': every clause the attribution closes, and what joins them."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i and not _apart(verb, c)]
    lo, hi = min(c.left_edge.i for c in clauses), max(c.right_edge.i for c in clauses)
    return list(verb.doc[lo : hi + 1])


def _apart(verb, clause) -> bool:
    """'The news set off fireworks: Republicans said ...': a clause before the verb, cut off
    from it by a colon or semicolon, is not what was said."""
    if clause.i > verb.i:
        return False
    return any(t.text in (":", ";") for t in verb.doc[clause.right_edge.i + 1 : verb.i])


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


def _preps(lemma: str) -> set[str]:
    """'responded with attacks', 'charged X with fraud': "with" and "by" only after stance
    verbs ('said by phone' is how, not what)."""
    return OBJECT_PREPS | {"with", "by"} if lemma in object_verbs() else OBJECT_PREPS


def _addressed(child, lemma: str) -> bool:
    """'told reporters', 'spoke to a gathering', 'said on Fox News Sunday': who heard it, or
    where, not what was said."""
    if child.dep_ == "dobj":
        return lemma in ADDRESSEE_VERBS
    if child.dep_ != "prep" or lemma in object_verbs():
        return False
    objects = [c for c in child.children if c.dep_ == "pobj"]
    return child.lower_ == "to" or any(o.ent_type_ in _PLACES for o in objects)


def _when(child) -> bool:
    """'said on Tuesday', 'spoke for an hour': a time, not what was said."""
    key = next((c for c in child.children if c.dep_ == "pobj"), child) if child.dep_ == "prep" else child
    return key.ent_type_ in _WHEN


def passive_of(verb) -> tuple[list, object] | None:
    """'Trump is supported by far fewer publications': the passive subject (with what it was
    called) is the content, the agent the source."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    source = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if subject is None or source is None:
        return None
    parts = [subject] + [c for c in verb.children if c.dep_ in ("oprd", "attr", "xcomp") and c.i > verb.i]
    return sorted((t for p in parts for t in p.subtree), key=lambda t: t.i), source


def stance_of(adj) -> list | None:
    """'X was sure (that) ...', 'X is critical of Y', 'X is willing to ...': what a stance
    adjective after a copula takes. The copula's subject is the source."""
    if adj.lemma_.lower() not in stance_adjectives() or adj.dep_ != "acomp":
        return None
    if adj.head.lemma_.lower() not in COPULAS:
        return None
    clauses = [c for c in adj.head.children if c.dep_ == "ccomp" and c.i > adj.i]  # "was sure X"
    for child in list(adj.children) + clauses:
        if child.dep_ in CLAUSE_DEPS or (child.dep_ == "prep" and child.lower_ in NOUN_PREPS | {"with"}):
            tokens = list(child.subtree)
            if child.dep_ == "prep":
                tokens = tokens[1:]
            return [
                t for t in tokens if not (t.dep_ == "mark" and t.lower_ == "that" and t.head.i == child.i)
            ]
    return None


def noun_object(noun) -> list | None:
    """'his adulation of X', 'the court's decision to X': a stance noun's object or clause."""
    for child in noun.children:
        if child.i < noun.i:
            continue
        if child.dep_ == "prep" and child.lower_ in NOUN_PREPS:
            return list(child.subtree)[1:]
        if child.dep_ in ("acl", "relcl") and child.left_edge.lower_ == "to" and child.left_edge.i > noun.i:
            return [t for t in child.subtree if t.i != child.left_edge.i]
    return None


def continuation(verb, tokens: list) -> list:
    """Words the parse hung on the cue verb that go on with its content: conjuncts with no
    subject or cue of their own after an object or "to" clause ('wants to triple X, grow Y and
    create Z'), and the rest of a sentence the attribution opens ('pointed out that X, so Y')."""
    last = max(t.i for t in tokens)
    extra = []
    if not any(c.dep_ == "ccomp" for c in verb.children):
        for c in verb.children:
            if c.i > last and _goes_on(c):
                extra += list(c.subtree)
    head = verb.head
    if verb.dep_ == "ccomp" and head.i > last and verb.left_edge.i == verb.sent.start and not is_cue(head):
        extra += [t for t in verb.sent if t.i > last and t.i not in {x.i for x in extra}]
    return extra


def _goes_on(verb) -> bool:
    """A conjunct (or a bare verb the parse made a clause of its own) with no subject, mark or
    cue of its own."""
    bare = verb.dep_ == "advcl" and verb.tag_ == "VB" and not any(c.dep_ == "mark" for c in verb.children)
    return (verb.dep_ == "conj" or bare) and not is_cue(verb) and not _has_subject(verb)


def _has_subject(verb) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
