"""Event nouns that point back to an event already told: "condemned the attack", "denounced the
agreements", "attended the meeting".

A definite event noun with nothing of its own (no possessor, compound, number, preposition or
clause: "the attack", "the latest attack") that is the object of another event's verb names an
event of an earlier sentence, when the article has one of the same kind (the same word, else the
same CAMEO root; the first told, the story's main event). It is then no new event, and the event acting on it takes that event's source as its
target when it names none ("Biden condemned the attack" -> Russia, which launched it).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dyad.extract.events.coordination import clause_conjunct

DEFINITE = frozenset({"the", "this", "that", "these", "those"})
ACCUSATIONS = frozenset({"charge", "accusation", "allegation", "claim", "remark", "comment", "criticism", "threat"})
ACCUSING_ROOTS = frozenset({"10", "11", "12", "13"})
OWN_DEPS = frozenset({"det", "amod", "advmod", "punct"})  # "the latest attack": nothing that names its own parties


def back_reference(noun, dep: str = "dobj", names=frozenset()) -> bool:
    """A definite event noun without words of its own, the object of a verb (or of ``dep``); the
    words of a name among ``names`` (token indices: an exercise's code name, "the Joint Sword drills")
    say which one, no parties of its own."""
    if noun.dep_ != dep:
        return False
    said = [c for c in noun.children if not _clause_after(c)]  # "condemned the test and Moon convened talks"
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in said) and all(
        c.dep_ in OWN_DEPS or c.dep_ == "compound" and c.i in names for c in said
    )


def _clause_after(child) -> bool:
    """A conjunct that begins a clause of its own (coordination.clause_conjunct), or its "and"."""
    if child.dep_ == "conj":
        return clause_conjunct(child)
    return child.dep_ == "cc" and any(c.dep_ == "conj" and c.i > child.i and clause_conjunct(c) for c in child.head.children)


NOUN_ENDINGS = ("ation", "ment", "ing", "ion", "al")  # "declaration", "deployment", "killing", "proposal"
MIN_STEM = 3  # "the firing" (fire), "the ruling" (rule), "the action" (act)


def derived(noun: str, verb: str) -> bool:
    """Whether an event noun is made from a verb: "declaration" from "declare", "killing" from
    "kill", "lifting" from "lift", "proposal" from "propose", "firing" from "fire"."""
    stem = next((noun[: -len(e)] for e in NOUN_ENDINGS if noun.endswith(e)), None)
    return stem is not None and len(stem) >= MIN_STEM and stem == verb.removesuffix("e")


def told_of(noun) -> bool:
    """A definite event noun whose only words of its own say what it acted on ("the lifting of
    martial law", "the killing of the official"): it may name the event of its verb told before."""
    said = [c for c in noun.children if not _clause_after(c)]  # "condemned the test and Moon convened talks"
    return (
        noun.dep_ == "dobj"
        and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in said)
        and all(c.dep_ in OWN_DEPS or c.dep_ == "prep" and c.lower_ == "of" for c in said)
    )


@dataclass
class Antecedents:
    """The events of one article told so far: (the trigger's lemma, the CAMEO root, the event)."""

    told: list[tuple[str, str, object]] = field(default_factory=list)
    words: list[tuple[frozenset, object]] = field(default_factory=list)  # the lemmas of each trigger's words

    def add(self, lemma: str, event, words: frozenset = frozenset()) -> None:
        self.told.append((lemma, event.cameo[:2], event))
        self.words.append((words | {lemma}, event))

    def named_by(self, noun, before: int, roots: frozenset = frozenset()):
        """The event a definite noun that another event comments on names ("Iran denounced the
        agreement" after "Israel and Syria signed an agreement"; "China rejected the charge" after
        "Japan accused China"): the first told with that word among its trigger's, else the first
        told of a root the noun's own event patterns have ("condemned the launch" after "North
        Korea fired a missile"), else, for a word of accusation, the last accusation, threat or
        demand told; or None."""
        earlier = [(w, e) for w, e in self.words if e.trigger.end <= before and e.source]  # "X proposed talks, but Y rejected the proposal"
        lemma = noun.lemma_.lower()
        named = [e for w, e in earlier if lemma in w or any(derived(lemma, v) for v in w)]
        same = next((e for e in named if e.target), named[0] if named else None)  # one with both parties first
        if same is None and roots:
            same = next((e for _, e in earlier if e.cameo[:2] in roots), None)
        if same is not None or lemma not in ACCUSATIONS:
            return same
        return next((e for w, e in reversed(earlier) if e.cameo[:2] in ACCUSING_ROOTS), None)

    def last_between(self, after: int, before: int, other_than: frozenset = frozenset(), skipped=None):
        """The last event told between offsets ``after`` and ``before`` whose source is known and none
        of ``other_than`` (and whose code ``skipped`` does not pass over); or None."""
        for _words, event in reversed(self.words):
            if after <= event.trigger.start and event.trigger.end <= before and event.source:
                if event.source not in other_than and not (skipped and skipped(event.cameo)):
                    return event
        return None

    def told_with(self, words: frozenset, before: int):
        """The first event told before offset ``before``, with a source, one of whose trigger's words
        is among ``words`` ("began the Freedom Shield exercise" for "denounced Freedom Shield"); or None."""
        earlier = [e for w, e in self.words if w & words and e.trigger.end <= before and e.source]
        return next((e for e in earlier if e.target), earlier[0] if earlier else None)

    def sources_of(self, event) -> list:
        """The sources of the events told by the same trigger as ``event`` ("Seoul and Canberra began
        the exercise": each of them), in order."""
        out: list = []
        for _, e in self.words:
            if e.trigger.start == event.trigger.start and e.source and e.source not in out:
                out.append(e.source)
        return out

    def last_by_other(self, before: int, country: str | None, country_of):
        """The last event told before offset ``before`` whose source belongs to a known state other
        than ``country`` (None when ``country`` is unknown)."""
        if country is None:
            return None
        for _words, event in reversed(self.words):
            if event.trigger.end <= before and event.source and country_of(event.source) not in (None, country):
                return event
        return None

    def find(self, lemma: str, code: str, before: int):
        """The event told before offset ``before`` with a source and the same trigger word, else the
        same word among its trigger's ("condemned the drill" after "held a joint drill", not an
        earlier missile test), else the same root: the first one, as a news story tells its main
        event first ("Russia launches invasion of Ukraine ... Biden condemned the attack"); or None. A
        word of accusation ("denied the accusation", "rejected the criticism") answers the last
        accusation, threat or demand told before it."""
        earlier = [(w, root, e) for w, root, e in self.told if e.evidence.end <= before and e.source]
        if lemma in ACCUSATIONS:  # "China denied the accusation": the last one made, not the story's first of its root
            return next((e for _, root, e in reversed(earlier) if root in ACCUSING_ROOTS), None)
        same_word = next((e for w, _, e in earlier if w == lemma), None) or next(
            (e for w, e in self.words if lemma in w and e.evidence.end <= before and e.source), None
        )
        return same_word or next((e for _, root, e in earlier if root == code[:2]), None)
