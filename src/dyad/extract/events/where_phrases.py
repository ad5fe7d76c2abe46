"""Names that say where something happened ("met in Treslin", "talks in Hanoi"), not who took part;
and the "at" of a verb that aims its object at someone ("fired missiles at Gondor"), which names a
target, not a place."""

from __future__ import annotations

from dyad.extract.events.patterns import Patterns

WHERE_PREPS = frozenset({"in", "near", "inside", "outside", "across", "around", "at"})
TOWARD_PREPS = frozenset({"at", "around", "near", "across", "inside"})  # with a country, a target: "fired at Taiwan"
COUNTRY_KIND = "country"


def in_where_phrase(token) -> bool:
    """A name in a phrase that says where something happened ("met in Treslin"); not the "at" of a
    verb that aims its object at someone ("fired missiles at Gondor", "threw stones at Sarlo")."""
    while token.dep_ in ("compound", "amod", "nmod", "appos", "conj") and token.head.i != token.i:
        token = token.head
    if token.dep_ != "pobj" or token.head.lower_ not in WHERE_PREPS:
        return False
    return not _aimed_at(token.head)


def _aimed_at(prep) -> bool:
    """The "at" phrase a verb's pattern aims its object with ("fired missiles at X": patterns.yaml's
    phrase_prep), not a where-phrase ("held talks at Treslin")."""
    if prep.lower_ != "at" or prep.head.pos_ != "VERB":
        return False
    match = Patterns.default().match(prep.head)
    return match is not None and "at" in (match.pattern.phrase_prep or ()) and match.pattern.phrase == frozenset({"*"})


def where_tokens(article) -> set[int]:
    """Tokens of place mentions that say where something happened: after in/near/... ("met in
    Hanoi"), or after at/around/near/across/inside unless the place is a country ("fired at
    Taiwan", "drills around Taiwan", "strikes across Ukraine" name a target)."""
    doc, out = article.doc, set()
    for place in article.places:
        for mention in place.mentions:
            span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            head = span.root
            while head.dep_ in ("compound", "amod", "nmod", "appos") and head.head.i != head.i:
                head = head.head
            prep = head.head if head.dep_ == "pobj" else None
            if prep is None or prep.lower_ not in WHERE_PREPS:
                continue
            if prep.lower_ in TOWARD_PREPS and place.kind == COUNTRY_KIND:  # "drills around Taiwan"
                continue
            out |= {t.i for t in span}
    return out
