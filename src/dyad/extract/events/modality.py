"""Whether an event happened: asserted, or negated, hypothetical, conditional, predicted, intended, reported.

Cue words live in ``dyad/data/events/modality.yaml``. The strongest modality found wins:
negated > hypothetical > conditional > predicted > intended > reported > asserted.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import yaml

from dyad.extract.events.coordination import true_head
from dyad.extract.events.lemmas import lemmas

STRENGTH = ("negated", "hypothetical", "conditional", "predicted", "intended", "reported", "asserted")
GOVERNOR_DEPS = ("xcomp", "acl", "dobj", "pobj", "prep", "pcomp", "nsubjpass", "attr", "acomp")
CLAUSE_DEPS = ("xcomp", "conj", "pcomp", "acomp")
REFUSAL_MOODS = frozenset({"negated", "predicted", "hypothetical"})  # "will never / cannot / said it would not accept"


@cache
def cues() -> dict[str, frozenset[str]]:
    text = (resources.files("dyad.data") / "events" / "modality.yaml").read_text(encoding="utf-8")
    return {k: frozenset(str(w).lower() for w in v) for k, v in yaml.safe_load(text).items()}


def modality(trigger, quotes=(), cue=(), words: dict | None = None, refusal: bool = False) -> str:
    """The modality of the event named by ``trigger`` (a spaCy Token); ``quotes`` are (start, end) spans,
    ``cue`` the other words of the trigger ("talks" in "held no talks"). ``refusal``: the negation on the
    clause's own verbs is what the code already says ("cannot accept X", "will not lift the ban" coded
    12x, a refusal): the refusal was made, so that negation and its modal are no modality of it."""
    words = words or cues()
    found = set()
    clause = clause_verbs(trigger)
    local = _local(trigger, clause + [t for t in cue if t.pos_ in ("NOUN", "PROPN")], words, cue)
    found |= local - REFUSAL_MOODS if refusal else local
    found |= _governors(trigger, words)
    found |= _conditional(clause, words)
    if any(s <= trigger.idx < e for s, e in quotes):
        found.add("reported")
    return next(m for m in STRENGTH if m in found or m == "asserted")


def governed_moods(trigger) -> set[str]:
    """The modalities the words that govern the trigger give it ("is expected to attack": predicted)."""
    return _governors(trigger, cues())


def clause_verbs(trigger) -> list:
    """The trigger, the verb that governs a nominal trigger, and the verbs its tense and mood come from."""
    chain, tok = [trigger], trigger
    while tok.pos_ not in ("VERB", "AUX") and tok.dep_ in (
        "dobj",
        "pobj",
        "prep",
        "nsubjpass",
        "nsubj",
        "attr",
    ):
        if tok.head.i == tok.i:
            break
        tok = tok.head
        chain.append(tok)
    while tok.dep_ in CLAUSE_DEPS and tok.head.i != tok.i and not _has_aux(tok):
        tok = true_head(tok)  # "said Japan should stop ... and rejected": not under "should"
        chain.append(tok)
    return chain


def _has_aux(tok) -> bool:
    return any(c.dep_ in ("aux", "auxpass") for c in tok.children)


def _local(trigger, clause, words, cue=()) -> set[str]:
    """Cues on the clause's words. A negating determiner counts on the trigger and its cue only: "no
    talks" did not happen, but in "paid no heed to the overture" the overture did."""
    own = {trigger.i} | {t.i for t in cue}
    found = set()
    for tok in clause:
        for child in tok.children:
            word = child.lower_
            negating_det = child.dep_ == "det" and word in words["negation"] and tok.i in own
            if child.dep_ == "neg" or negating_det:
                found.add("negated")
            elif child.dep_ == "aux" and word in words["hypothetical_aux"]:
                found.add(_would(tok, word, words))
            elif child.dep_ == "aux" and (
                word in words["predicted_aux"] or child.lemma_.lower() in words["predicted_aux"]
            ):
                found.add("predicted")
    if trigger.dep_ == "pobj" and trigger.head.lower_ in words["negation"]:
        found.add("negated")  # "without talks"
    return found


def _would(verb, word: str, words) -> str:
    head = verb.head
    if word == "would" and verb.dep_ == "ccomp" and head.lemma_.lower() in words["reporting_verbs"]:
        return "predicted"  # "said it would attack": the future of reported speech
    return "hypothetical"


def _governors(trigger, words, steps: int = 6) -> set[str]:
    """Cues in the words that govern the trigger: "failed to meet", "plans to visit", "is expected to sign"."""
    found, tok = set(), trigger
    if _occasion(trigger):
        return found
    for _ in range(steps):
        if tok.dep_ not in GOVERNOR_DEPS + ("advcl",) or tok.head.i == tok.i:
            break
        if tok.dep_ == "advcl":
            if _infinitive(tok):
                found.add("intended")  # a purpose clause: "flew to Seoul to meet Yoon"
            break
        via, prev, tok = tok.dep_, tok.i, tok.head
        forms = lemmas(tok)  # "hopes to meet": the lemmatizer says "hop"
        if any(f in words["negating_governors"] for f in forms):
            found.add("negated")
        if any(f in words["predicted_governors"] for f in forms) and (
            via == "xcomp"  # the event noun itself scheduled: "talks are scheduled for Monday", but
            # "talks were expected to focus on trade" predicts what talks held will do
            or (via == "nsubjpass" and trigger.i == prev and not any(c.dep_ == "xcomp" for c in tok.children))
        ):
            found.add("predicted")
        if any(f in words["intended_governors"] for f in forms):
            found.add("intended")
    return found


OCCASION_PREPS = frozenset({"during", "in", "at"})


def _occasion(trigger) -> bool:
    """Whether the trigger names the occasion its clause happened at: the object of "during", or of an "in"
    or "at" phrase put before its verb ("In his call with Lee on Monday, Wang urged Seoul to ...", "agreed
    to work on the issue during their talks on Sunday"): a call or talks held, which the intent or appeal
    of the verb it hangs on does not govern ("urged X to join in talks" still does)."""
    prep = trigger.head
    if trigger.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in OCCASION_PREPS or prep.head.i == prep.i:
        return False
    return prep.lower_ == "during" or prep.i < prep.head.i


def _infinitive(verb) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _conditional(clause, words) -> set[str]:
    for tok in clause:
        for anc in (tok, *tok.ancestors):
            marks = {c.lower_ for c in anc.children if c.dep_ == "mark"}
            if anc.dep_ == "advcl" and marks & words["conditional_marks"]:
                return {"conditional"}
            if (
                any(
                    c.dep_ == "advcl"
                    and {m.lower_ for m in c.children if m.dep_ == "mark"} & words["conditional_marks"]
                    for c in anc.children
                )
                and anc.dep_ == "ROOT"
                and not set(lemmas(anc)) & words["conditioned_speech"]  # "warned of X if Y": the warning was made
            ):
                return {"conditional"}
    return set()
