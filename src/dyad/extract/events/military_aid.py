"""Forces one state sends to another to help it: military aid, CAMEO 074 ("provide military protection
or peacekeeping": deploy forces to protect another actor), not a show of force (154) nor military
cooperation (062).

"Belarus sent 2,000 soldiers to Russia to support its campaign", "Chad decided to deploy troops to
assist Mali", "criticised the deployment of soldiers to Serbia to bolster its army", "has sent 3,000 troops
to Russia for training": the forces go to the state they help (the target); a deployment with no
helping purpose ("sent troops into Ukraine", "deployed troops to the border") keeps its code. The
words (what is sent, the helping purposes, the code) are the event patterns' defaults
(data/events/patterns.yaml: aid_force_*).
"""

from __future__ import annotations


def _words(defaults: dict, key: str):
    """A word list of the patterns' defaults as it is (a few words each: looked up in place, not
    copied into a set on every match)."""
    return defaults.get(key, ())


def _forces(trigger, forces) -> list:
    """The forces a verb sends (its object) or a noun deploys ("deployment of troops")."""
    if trigger.pos_ in ("NOUN", "PROPN"):
        kids = [o for p in trigger.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    else:
        kids = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    return [k for k in kids for t in (k, *k.conjuncts) if t.lemma_.lower() in forces]


def _around(trigger) -> list:
    """The words whose phrases may tell where the forces go and why: the trigger's; a noun's
    governing verb's, right of the noun ("criticised the deployment of soldiers to Serbia to bolster
    its war", where the parse hangs the phrases on "protested")."""
    heads = [trigger]
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("dobj", "pobj", "nsubjpass"):
        verb = trigger.head.head if trigger.dep_ == "pobj" else trigger.head
        heads.append(verb)
    return [c for h in heads for c in h.children if c.i > trigger.i]


def helping_purpose(trigger, forces: list, defaults: dict) -> bool:
    """"to support/assist/help X", "for training": forces sent to help."""
    verbs = _words(defaults, "aid_force_purposes")
    nouns = _words(defaults, "aid_force_purpose_nouns")
    for c in [*_around(trigger), *(c for f in forces for c in f.children)]:
        if c.dep_ in ("advcl", "xcomp", "acl", "relcl") and c.lemma_.lower() in verbs:
            if any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                return True
        if c.dep_ == "prep" and c.lower_ == "for" and any(o.lemma_.lower() in nouns for o in c.children):
            return True
    return False


def destination(trigger, forces: list, index) -> list[str]:
    """The states named by "to X" of the sending ("sent troops to Russia")."""
    out = []
    for c in [*_around(trigger), *(c for f in forces for c in f.children)]:
        if c.dep_ in ("prep", "dative") and c.lower_ == "to":
            for o in c.children:
                actor = index.at(o) if o.dep_ == "pobj" else None
                if actor and index.country(actor) and actor not in out:
                    out.append(actor)
    return out


def forces_sent_to_aid(match, code: str, dyads: list, index, defaults: dict) -> tuple[str, list]:
    """Code forces sent to help a state as military aid (074) to that state; else as they were."""
    trigger = match.trigger
    if code[:3] not in _words(defaults, "aid_force_codes") or trigger.lemma_.lower() not in _words(defaults, "aid_force_triggers"):
        return code, dyads
    forces = _forces(trigger, _words(defaults, "aid_forces"))
    if not forces or not helping_purpose(trigger, forces, defaults):
        return code, dyads
    places = destination(trigger, forces, index)
    out = []
    for source, target, inferred in dyads:
        target = target or (places[0] if places else None)
        if source is None or target is None or index.country(source) == index.country(target):
            return code, dyads
        out.append((source, target, inferred))
    if not out:
        return code, dyads
    return next(iter(defaults.get("aid_force_code", ())), code), out
