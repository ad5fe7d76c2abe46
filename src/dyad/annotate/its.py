"""'its' after a state or an organisation: "Xi said China would keep its commitment", "The
Democratic Party said its lawmakers would ...", "China urged North Korea to halt its missile tests".

"its" refers to the subject of its own clause, read through the parse: the subject of the verb
the phrase hangs from, the object of the verb that controls an infinitive ("urged North Korea to
halt its tests"), the subject of the verb a conjoined or infinitive clause shares ("vowed to
strengthen its defences"), or the noun a relative clause describes ("the ministry, which sent
its officials"). When "its" opens that subject itself ("and that its ties had reached"), it is
the nearest subject before it in the sentence. That subject must be a state or an organisation
the reading found; anything else ("the missile had reached its target") leaves "its" alone, and
so does an "its" inside a prepositional phrase ("adopted sanctions in response to its latest
test", where "its" is not the council).

An "it" that is the subject of what a state or an organisation says ("China said it would
pause its export controls") is that body, and so is an "its" whose subject that "it" is.
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.strings import hash_string

from dyad.annotate.columns import column
from dyad.annotate.coref import shared_subject
from dyad.annotate.lexicon import speech_verbs

_SUBJECTS = ("nsubj", "nsubjpass")
_SHARED = ("xcomp", "conj", "advcl")  # clauses that take their subject from the verb above
_RELATIVES = frozenset({"which", "that", "who"})
_DEPTH = 4
_IT_IDS = frozenset(map(hash_string, ("it", "its")))  # LOWER string ids of the words looked at
_SPEAKER_SENTENCES = 3  # how many sentences back the body a speaking "it" stands for may have spoken


def its_owners(doc, page, owner_of) -> list[tuple[object, object]]:
    """(token span, actor) for each "its" whose clause subject ``owner_of`` (token -> state or
    organisation actor, or None) knows, and each "it" a state or organisation says of itself
    ("Japan said it would lift its curbs": both are Japan)."""
    out = []
    lowers = column(doc, LOWER)  # the words' string ids: no Token made for the others
    for token in [doc[i] for i, lower in enumerate(lowers) if lower in _IT_IDS]:
        if token.lower_ == "its" and token.dep_ == "poss":
            subject = _subject_for(token, page)
        elif token.lower_ == "it" and token.dep_ in _SUBJECTS:
            subject = token
        else:
            continue
        if token.lower_ == "it" and relative_it(token) and token.head.lemma_.lower() in speech_verbs():
            subject = _clause_subject(token, owner_of)  # "the North fired what it claimed to be"
        elif subject is not None and subject.lower_ == "it":
            subject = _reporter(subject) or _speaking_it(subject, page, owner_of)
        actor = owner_of(subject) if subject is not None else None
        if actor is not None:
            out.append((doc[token.i : token.i + 1], actor))
    return out


def relative_it(it) -> bool:
    """Is "it" the subject of a verb in a relative clause: "a missile, which it claimed was ...",
    "missiles that it said were ...", "launched what it claimed to be", "stop what it called"?
    (Not the "that" of a reported clause: "Japan said that it would".)"""
    if it.dep_ != "nsubj":
        return False
    verb = it.head
    if verb.dep_ == "relcl":
        return True
    clause = [verb, *(c for c in verb.children if c.dep_ in ("ccomp", "xcomp"))]
    return any(c.i < it.i and (c.lower_ == "what" or c.lower_ in ("which", "that") and c.dep_ in ("nsubj", "dobj"))
               for v in clause for c in v.children)


def _clause_subject(it, owner_of):
    """The subject a relative clause's "it" of a verb of saying stands for (who says, calls or claims
    something is the subject above, not the object it is about: "supply the North with the
    technology it needs" is left alone): the nearest subject above the clause that
    ``owner_of`` knows as a state or an organisation ("The military warned the North to stop what
    it called provocations": the military, not the North the infinitive is about; "the North fired
    what it claimed to be missiles": the North), else None."""
    node = it.head
    while node.head.i != node.i:
        node = node.head
        subject = next((c for c in node.children if c.dep_ in _SUBJECTS and c.i != it.i), None)
        if subject is not None and subject.lower_ not in ("it", *_RELATIVES) and owner_of(subject) is not None:
            return subject
    return None


def _reporter(it):
    """The subject of the speech verb whose reported clause "it" is the subject of ("China said
    it would pause ...": China), else None."""
    verb = it.head
    if it.dep_ not in _SUBJECTS or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in speech_verbs():
        return None
    subject = shared_subject(verb.head)
    return subject if subject is not None and subject.lower_ != "it" else None


def _speaking_it(it, page, owner_of):
    """'"... we strongly urge North Korea to halt," it said in a statement': an "it" that is itself
    the speaker (the subject of a speech verb, outside quotation marks) is the body that spoke last
    in the sentences before: the subject of a speech verb, or the object of "according to", that
    ``owner_of`` knows as a state or an organisation. Else None."""
    verb = it.head
    if it.dep_ != "nsubj" or verb.lemma_.lower() not in speech_verbs() or page.quoted[it.i]:
        return None
    if relative_it(it):
        return None  # "a rocket, which it claimed ...", "what it called": _clause_subject's
    doc, sentence = it.doc, page.sentence[it.i]
    for i in range(it.i - 1, -1, -1):
        if sentence - page.sentence[i] > _SPEAKER_SENTENCES:
            return None
        token = doc[i]
        if page.quoted[i] or token.lower_ == "it":
            continue
        speaker = token.dep_ == "nsubj" and token.head.lemma_.lower() in speech_verbs()
        according = token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lower_ == "according"
        if (speaker or according) and owner_of(token) is not None:
            return token
    return None


def _subject_for(its, page):
    node, in_subject = its.head, False
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        if node.dep_ in ("pobj", "prep"):
            return None  # "in response to its latest test": often another's act; left alone
        in_subject = in_subject or node.dep_ in _SUBJECTS
        node = node.head
    if node.pos_ not in ("VERB", "AUX"):
        return None
    if in_subject:
        return _nearest_subject(its, page)
    return _subject(node, _DEPTH)


def _subject(verb, depth: int):
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subject is not None:
        if subject.lower_ in _RELATIVES and verb.dep_ == "relcl":
            return verb.head  # "the ministry, which sent its officials"
        return subject
    if depth == 0 or verb.dep_ not in _SHARED:
        return None
    if verb.dep_ in ("xcomp", "conj"):
        return shared_subject(verb)  # "urged North Korea to halt its tests", "vowed to strengthen its"
    return _subject(verb.head, depth - 1)


def _nearest_subject(its, page):
    """The last subject before "its" in its sentence ("Russia did not rule out ... and that its
    ties had reached": Russia)."""
    for i in range(its.i - 1, its.sent.start - 1, -1):
        token = its.doc[i]
        if token.dep_ in _SUBJECTS and page.quoted[i] == page.quoted[its.i]:
            return token
    return None
