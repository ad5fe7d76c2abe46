"""When and where an event took place: the time and place named in the event's own clause.

The date is a TimeRef of the same sentence that the trigger governs ("met ... on Feb. 27, 2019"),
else one in the clause of the verb that governs a nominal trigger, else the one of the sentence
nearest the trigger outside another event's clause ("On Monday, officials said Israel attacked");
never the publication date, never a duration ("for two weeks") or a set ("every year"). The event
keeps the TimeRef's value, so whatever the time stage resolved it to (an ISO range) comes along.
The place is a place mentioned in that clause after in/at/near ("in Hanoi"), the most specific first.
"""

from __future__ import annotations

import re
from functools import cached_property

from dyad.article import TimeValue

UNDATING_PRECISIONS = frozenset({"duration", "set"})
ISO_DURATION = re.compile(r"P(T?[0-9X.]+[A-Z])+$")  # P2W, P20M, PT1H30M, PXY; not PRESENT_REF
PLACE_RANK = {"site": 0, "city": 1, "district": 2, "region": 2, "water": 3, "country": 4, "other": 5}


def clause_scopes(trigger) -> list[set[int]]:
    """Token indices of the trigger's own phrase, then of the phrases that hang directly on the verb
    governing a nominal trigger (its other nouns' phrases excluded: "the proclamation in April 2018,
    ahead of the summit" does not date the summit)."""
    scopes = [{t.i for t in trigger.subtree}]
    verb = trigger
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb is not trigger:
        scopes.append(
            {t.i for c in verb.children if c.dep_ in ("prep", "npadvmod", "advmod") for t in c.subtree}
        )
    return scopes


def _span_root(doc, start: int, end: int):
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def is_point_or_period(time) -> bool:
    """True for a time that can date an event ("on Monday", "in 2019"); durations ("for two weeks",
    P2W) and sets ("every week") say how long or how often, not when."""
    return time.precision not in UNDATING_PRECISIONS and not ISO_DURATION.match(time.value)


class Setting:
    """The times and places of one article, each aligned once with its parse token (on first use),
    so that the article's events are dated and placed without aligning them again."""

    def __init__(self, doc, times, places, preps: frozenset):
        self.doc, self._times, self._places, self.preps = doc, times, places, preps

    @cached_property
    def times(self) -> list[tuple]:
        """(time, root token, sentence start) of the times that can date an event."""
        rooted = [(t, _span_root(self.doc, t.start, t.end)) for t in self._times if is_point_or_period(t)]
        return [(t, r, r.sent.start) for t, r in rooted if r is not None]

    @cached_property
    def places(self) -> list[tuple]:
        """(place, root token, sentence start) of the place mentions after in/at/near."""
        rooted = [(p, _span_root(self.doc, m.start, m.end)) for p in self._places for m in _named(p.mentions)]
        return [(p, r, r.sent.start) for p, r in rooted if r is not None and _after_prep(r, self.preps)]

    def date(self, trigger) -> TimeValue | None:
        """The time named nearest the trigger in its clause, else in its governing verb's phrases."""
        sent = trigger.sent.start
        located = [(t, r) for t, r, s in self.times if s == sent]
        for scope in clause_scopes(trigger):
            inside = [(abs(r.i - trigger.i), t) for t, r in located if r.i in scope]
            if inside:
                best = min(inside, key=lambda pair: pair[0])[1]
                return TimeValue(best.value, best.precision)
        free = [(abs(r.i - trigger.i), t) for t, r in located if not _dates_other_clause(r, trigger)]
        if free:  # the sentence's time: "On Monday, officials said Israel attacked Syria"
            best = min(free, key=lambda pair: pair[0])[1]
            return TimeValue(best.value, best.precision)
        return None

    def place(self, trigger) -> str | None:
        """The id of the place named in the trigger's clause, the most specific and nearest first."""
        sent = trigger.sent.start
        candidates = [(p, r) for p, r, s in self.places if s == sent]
        for scope in clause_scopes(trigger):
            inside = [
                (PLACE_RANK.get(p.kind, 5), abs(r.i - trigger.i), p.id) for p, r in candidates if r.i in scope
            ]
            if inside:
                return min(inside)[2]
        return None


def _dates_other_clause(time_root, trigger) -> bool:
    """True when the time hangs in a clause of its own that the trigger is not part of (a relative
    or adverbial clause, another noun's phrase: "the deal signed in May")."""
    tok = time_root
    while tok.head.i != tok.i:
        if tok.dep_ in ("relcl", "acl", "advcl", "ccomp", "xcomp", "conj") and trigger not in tok.subtree:
            return True
        tok = tok.head
    return False


def _named(mentions) -> list:
    """The mentions that name a place as a place (not "Israeli", not "Moscow said")."""
    return [m for m in mentions if not (m.demonym or m.metonym)]


def _after_prep(root, preps: frozenset) -> bool:
    """True when the place is the object of in/at/near, directly or as a modifier of that object."""
    tok = root
    for _ in range(3):
        if tok.dep_ == "pobj" and tok.head.lower_ in preps:
            return True
        if tok.dep_ not in ("compound", "pobj", "appos", "nmod", "amod") or tok.head is tok:
            return False
        tok = tok.head
    return False
