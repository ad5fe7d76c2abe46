"""States named by their compass word alone: "the North" and "the South" in an article that has
named North Korea and South Korea ("the North's defense ministry said", "the South will not back
down"), as news on divided countries writes them.

Such a word is the state only where the article has already named exactly one state whose name
opens with it, and only after "the" and not as the first word of a longer name ("the South China
Sea", "the North Atlantic"). The candidate carries the state's name, so the actors stage and the
institution phrases ("the North's foreign ministry") read it as that state.
"""

from __future__ import annotations

from dyad.annotate.mentions import Cand

COMPASS = ("North", "South")


def with_elided_states(doc, kb, names: list[Cand]) -> list[Cand]:
    """``names`` with each "the North"/"the South" after the state it stands for made a
    candidate for that state (replacing the tagger's place or organisation of the one word)."""
    hits = [t for t in doc if t.text in COMPASS and _elided(t)]
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
