"""Definite descriptions of a person named before: "the student", "the boy", "the envoy",
"the 45-year-old". Read after the names and pronouns.

A description is "the" (or "this") + a singular noun of people (lexicon.person_nouns), a noun of
sex ("the boy", "the woman") or an age ("the 45-year-old"), not already an actor's mention and not
a new person by its own words: no ordinal or superlative ("the first woman", "the youngest
member"), no "other"/"another", no "of ..." (titles with "of" are descriptions.py's), not the
predicate of "be" ("X is the student who ..."). It refers to a person mentioned in its sentence
or the two before, of a compatible sex:

* the most recent such person whose own words gave them that noun ("Texas student Ahmed Mohamed",
  "Ahmed, a student"), else
* for a noun of sex or age, or a noun of people given an age ("the 49-year-old billionaire",
  "the 62-year-old businessman": an age is told of someone already named), the only such person
  in that stretch of text.

Anything else stays unresolved: an agent noun with no person described by it is as often someone
new ("the doctor") as someone named.
"""

from __future__ import annotations

from spacy.attrs import TAG
from spacy.strings import hash_string

from dyad.annotate.columns import column
from dyad.annotate.lexicon import office_titles, person_nouns, role_words

MALE = frozenset({"boy", "man", "father", "son", "husband", "brother", "king", "prince", "gentleman",
                  "uncle", "nephew", "grandfather", "businessman", "policeman", "spokesman", "chairman"})
FEMALE = frozenset({"girl", "woman", "mother", "daughter", "wife", "sister", "queen", "princess", "lady",
                    "aunt", "niece", "grandmother", "actress", "businesswoman", "policewoman",
                    "spokeswoman", "chairwoman", "waitress", "empress"})
_ROLES = ("nsubj", "nsubjpass", "dobj", "pobj", "dative")
_DETERMINERS = frozenset({"the", "this"})
_NEW = frozenset({"other", "another", "first", "last", "next", "second", "third", "only", "same", "new"})
_BACK = 2  # sentences before the description's own


def noun_gender(word: str) -> str | None:
    return "m" if word in MALE else "f" if word in FEMALE else None


_NN_JJ_IDS = frozenset(map(hash_string, ("NN", "JJ")))  # their TAG string ids


def descriptions(doc, owned) -> list:
    """The heads of definite descriptions of one person (see the module's text)."""
    nouns = person_nouns()
    out = []
    tags = column(doc, TAG)  # no Token made for the words of other tags
    for token in [doc[i] for i, tag in enumerate(tags) if tag in _NN_JJ_IDS]:
        if token.tag_ not in ("NN", "JJ") or owned(token):
            continue
        word = token.lower_
        if token.tag_ == "JJ" and not is_age(token):
            continue
        if token.tag_ == "NN" and not (word in nouns or token.lemma_.lower() in nouns or noun_gender(word)):
            continue
        if _describes(token):
            out.append(token)
    return out


def is_age(token) -> bool:
    """ "the 45-year-old" as a noun phrase: spaCy heads it by "old", with "year" and the number
    before it."""
    if token.lower_ != "old" or token.dep_ not in _ROLES:
        return False
    return _years(token)


def _years(token) -> bool:
    return any(c.lemma_ == "year" and any(n.like_num for n in c.children) for c in token.lefts)


def aged(token) -> bool:
    """ "the 49-year-old billionaire": a noun with an age before it."""
    return any(c.lower_ == "old" and c.dep_ == "amod" and _years(c) for c in token.lefts)


def _describes(token) -> bool:
    lefts = list(token.lefts)
    if not lefts or lefts[0].lower_ not in _DETERMINERS or lefts[0].dep_ != "det":
        return False
    if any(t.lower_ in _NEW or t.tag_ in ("JJS", "RBS") or t.dep_ == "poss" for t in lefts[1:]):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.rights):
        return False
    return not (token.dep_ == "attr" and token.head.lemma_ == "be")


def referent(token, people: list, sentence_of, described) -> object | None:
    """The person a description refers to among ``people`` (refs with ``mentions``), or None.
    ``sentence_of(offset)``: the sentence number of a character; ``described(ref, word)``: did
    the text call this person by that noun?"""
    word = token.lower_
    gender = noun_gender(word)
    near = sentence_of(token.idx) - _BACK
    recent = []  # (last mention start before the description, ref)
    for ref in people:
        starts = [m.start for m in ref.mentions if m.start < token.idx]
        if not starts or not _compatible(ref, gender):
            continue
        last = max(starts)
        if sentence_of(last) >= near:
            recent.append((last, ref))
    if not recent:
        return None
    recent.sort(key=lambda x: -x[0])
    lemma = token.lemma_.lower()
    words = (word, lemma, *role_words().get(lemma, ()))  # "the envoy": also a "special representative"
    for _last, ref in recent:
        if any(described(ref, w) for w in words):
            return ref
    if (gender and not _office(lemma) or is_age(token) or aged(token)) and len(recent) == 1:
        return recent[0][1]
    return None


def _office(lemma: str) -> bool:
    """Does a noun of sex also name a post many hold ("spokesman" GOV, "chairman" BUS)? Then,
    like any agent noun, it is as often someone new ("the spokesman said", after a minister) as
    the one man named before. An office of one holder ("the king"; lexicon.office_titles) is not
    such a post."""
    return person_nouns().get(lemma, "CVL") != "CVL" and lemma not in office_titles()


def _compatible(ref, gender: str | None) -> bool:
    known = ref.gender or ref.pron_gender
    return gender is None or known is None or known == gender
