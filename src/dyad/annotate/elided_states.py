"""States named by their compass word alone: "the North" and "the South" in an article that has
named North Korea and South Korea ("the North's defense ministry said", "the South will not back
down"), as news on divided countries writes them.

Such a word is the state only where the article has already named exactly one state whose name
opens with it, and only after "the" and not as the first word of a longer name ("the South China
Sea", "the North Atlantic"). The candidate carries the state's name, so the actors stage and the
institution phrases ("the North's foreign ministry") read it as that state.
"""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.strings import hash_string

from dyad.annotate.columns import column
from dyad.annotate.mentions import Cand

COMPASS = ("North", "South")
_COMPASS_IDS = frozenset(hash_string(w) for w in COMPASS)  # their ORTH string ids


def with_elided_states(doc, kb, names: list[Cand]) -> list[Cand]:
    """``names`` with each "the North"/"the South" after the state it stands for made a
    candidate for that state (replacing the tagger's place or organisation of the one word),
    and "North and South Korea" tagged as one place made two states (``split_pair``)."""
    if any(" and " in c.text for c in names):
        names = [part for c in names for part in split_pair(c, kb)]
    names = names + [c for c in map(lambda c: first_of_pair(c, kb), names) if c is not None]
    words = (doc[i] for i, orth in enumerate(column(doc, ORTH)) if orth in _COMPASS_IDS)  # no Token for the rest
    hits = [t for t in words if t.text in COMPASS and _elided(t)]
    if not hits:
        return names
    taken = {t.i for c in names if c.text not in COMPASS for t in c.span}
    named = _states_named(kb, names)
    out = []
    for tok in hits:
        states = {name for start, name in named if start < tok.idx and name.split()[0] == tok.text}
        if tok.i not in taken and len(states) == 1:
            out.append(Cand(doc[tok.i : tok.i + 1], "GPE", name=states.pop()))
    replaced = {c.span.start for c in out}
    return [c for c in names if not (c.text in COMPASS and c.span.start in replaced)] + out


def split_pair(cand: Cand, kb) -> list[Cand]:
    """"North and South Korea", "East and West Germany": two states sharing the words after the
    second one, tagged as one name; else the candidate as it is."""
    span = cand.span
    if cand.label not in ("GPE", "LOC", "ORG") or len(span) < 4 or span[1].lower_ != "and":
        return [cand]
    rest = span[3:].text
    first, second = f"{span[0].text} {rest}", f"{span[2].text} {rest}"
    if not all(any(e.kind == "state" for e, _via in kb.lookup(name)) for name in (first, second)):
        return [cand]
    return [Cand(span[0:1], "GPE", name=first), Cand(span[2:], "GPE")]


def first_of_pair(cand: Cand, kb) -> Cand | None:
    """"East" of "East and West Germany" where the tagger named only "West Germany": the first
    word of two states sharing the words after it, a candidate for its state; else None."""
    span = cand.span
    doc, i = span.doc, span.start
    if cand.label not in ("GPE", "LOC") or len(span) < 2 or i < 2 or doc[i - 1].lower_ != "and":
        return None
    word = doc[i - 2]
    if not word.is_title or word.ent_type_ or not any(e.kind == "state" for e, _via in kb.lookup(span.text)):
        return None
    name = f"{word.text} {span[1:].text}"
    if not any(e.kind == "state" for e, _via in kb.lookup(name)):
        return None
    return Cand(doc[i - 2 : i - 1], "GPE", name=name)


def _elided(tok) -> bool:
    """"the North" standing alone or before "'s", not opening a longer name."""
    if tok.i == 0 or tok.doc[tok.i - 1].lower_ != "the":
        return False
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is None or nxt.tag_ == "POS" or not (nxt.is_title or nxt.pos_ == "PROPN")


def _states_named(kb, names: list[Cand]) -> list[tuple[int, str]]:
    """(offset, state name) of each candidate that names a state whose name has two words or more."""
    out = []
    for cand in names:
        for entry, _via in kb.lookup(cand.name or cand.text):
            if entry.kind == "state" and " " in entry.name:
                out.append((cand.start, entry.name))
    return out
