"""A craft of the speaker's own hit in the clause it reports: "Athens said a Turkish navy boat fired a
water cannon at one of its trawlers", "the spokesman said the navy stoked tensions after it sprayed one of
their ferries". The possessive pronoun on the craft names no actor the actors stage resolves; in a reported
act of force it is the speaker's, who is the target when the act has none (participants.yaml:
``craft_words``, ``craft_preps``, ``craft_roots``).
"""

from __future__ import annotations

from dyad.extract.events.participant_words import words
from dyad.extract.events.participants import reporter

OWN_POSSESSIVES = frozenset({"its", "their", "our"})


def _crafts(heads, preps, crafts) -> list:
    """The craft nouns a preposition of ``preps`` on one of ``heads`` names ("at one of its ships": ships)."""
    out = []
    for h in heads:
        for p in h.children:
            if p.dep_ != "prep" or p.lower_ not in preps:
                continue
            for g in p.children:
                if g.dep_ != "pobj":
                    continue
                out.append(g)
                out += [n for q in g.children if q.dep_ == "prep" and q.lower_ == "of" for n in q.children if n.dep_ == "pobj"]
    return [g for g in out if g.lemma_.lower() in crafts]


def speakers_craft(match, code: str, dyads: list, index) -> list:
    """The dyads, the target the reporting speaker where a reported act of force with no target hit a
    craft its possessive pronoun gives to no one else (see the module's docstring)."""
    w = words()
    if code[:2] not in w["craft_roots"] or not dyads or any(t is not None for _, t, _ in dyads):
        return dyads
    heads = [match.trigger, *match.cue]
    crafts = _crafts(heads, w["craft_preps"], w["craft_words"])
    if not any(c.dep_ == "poss" and c.lower_ in OWN_POSSESSIVES for g in crafts for c in g.children):
        return dyads
    verb = match.trigger if match.trigger.pos_ in ("VERB", "AUX") else match.trigger.head
    speaker = next(iter(reporter(verb, index, pronouns=True)), None)
    if speaker is None and verb.dep_ == "advcl":  # "said the navy stoked tensions after it fired at ..."
        speaker = next(iter(reporter(verb.head, index, pronouns=True)), None)
    if speaker is None or any(s == speaker for s, _, _ in dyads):
        return dyads
    return [(s, speaker, inferred) for s, _, inferred in dyads]
