"""A commitment to another actor is an expressed intent to cooperate with it (CAMEO 030; the noun
pattern "commitment" in data/events/patterns.yaml): "restated Norway's lasting commitment to Estonia and
Latvia", "the Australian commitment to defending Fiji". One broken ("broke her commitment to the
nurses", "abandoned its commitment to X") is no such intent: the verbs that break it
are the event patterns' defaults (``broken_commitment_verbs``)."""

from __future__ import annotations


def broken_commitment(match, defaults: dict) -> bool:
    """Whether a matched commitment noun is one that its governing verb breaks ("reneged on its
    commitment", "broke its commitment to X")."""
    trigger = match.trigger
    if match.pattern.kind != "noun" or trigger.lemma_.lower() not in defaults.get("commitment_nouns", ()):
        return False
    head = trigger.head
    if trigger.dep_ == "pobj" and head.dep_ == "prep":  # "reneged on its commitment", "backed away from"
        head = head.head
    return head.lemma_.lower() in defaults.get("broken_commitment_verbs", ())


def owned_commitment(match, dyads: list, defaults: dict) -> list:
    """A commitment is its owner's: one whose owner the parse does not give ("A and B expressed
    commitment to boosting the alliance", read with no source) is left out rather than told as
    no one's commitment to whoever its phrases name."""
    if match.pattern.kind != "noun" or match.trigger.lemma_.lower() not in defaults.get("commitment_nouns", ()):
        return dyads
    return [d for d in dyads if d[0] is not None]
