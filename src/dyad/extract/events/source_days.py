"""A statement dated only by the lead's day takes the day of its source's earlier statement or meeting.

"Chile began naval drills on March 16 ... Speaking to reporters on Thursday, Marsh said the drills broke
an accord. ... Marsh also accused Chile of stoking tension": the lead's day (often another party's act,
the drills) is a guess for what the source said next; the day the text gave that same source's
earlier statement or meeting (in its own clause or sentence) is the occasion its later words are told
of (the briefing, the talks). Only a day of the week before publication, as the lead's day is; only
statements and meetings, both (an act's day is its own news). A source whose own act of the lead (a verb
of its sentences, "Chile offered Peru fishing talks in a note, Lima said Monday") is a statement or meeting
dated by its own words on the lead's day keeps that day where its statement told after it is older: that
is background, its later words are the lead's news ("In a radio address on Saturday, Chile's president
called on Peru ... In its note, Chile also proposed ...": the note's proposals are Monday's)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

OWN_DAY = frozenset({"clause", "sentence"})  # an earlier act's day named by its own words
RECENT_DAYS = 7  # as the lead's day: at most a week before publication
WORD_ROOTS = frozenset({"01", "02", "03", "04", "05", "10", "11", "12", "13"})  # statements and meetings


def dated_by_source(events: list, published: str | None, state_of, lead_acts=lambda event: False) -> list:
    """Statements and meetings (WORD_ROOTS) whose date is the lead's (anchor ``lead``) take the day of
    the latest earlier statement or meeting of the same source (or, for a state, of one of its
    people) dated by its own clause or sentence, a day of the week before publication (anchor
    ``source``). ``state_of`` maps an actor id to its state; ``lead_acts`` tells an event whose trigger
    is a verb of the lead's sentences."""
    if not published or not any(e.date is not None and e.date.anchor == "lead" for e in events):
        return events
    try:
        newest = date.fromisoformat(published[:10])
    except ValueError:
        return events
    oldest = (newest - timedelta(days=RECENT_DAYS)).isoformat()
    dated = [
        e for e in events
        if e.source and e.cameo[:2] in WORD_ROOTS and e.date is not None and e.date.anchor in OWN_DAY
        and e.date.precision == "day"
        and len(e.date.value) == 10 and oldest <= e.date.value <= newest.isoformat()
    ]
    if not dated:
        return events
    out = []
    for event in events:
        if event.date is not None and event.date.anchor == "lead" and event.source and event.cameo[:2] in WORD_ROOTS:
            own = [e for e in dated if e.trigger.start < event.trigger.start and _same_source(e.source, event.source, state_of)]
            if own:
                last = max(own, key=lambda e: e.trigger.start)
                if last.date.value != event.date.value and not _lead_news(event, last, own, lead_acts):
                    event = replace(event, date=replace(last.date, anchor="source"))
        out.append(event)
    return out


def _same_source(earlier: str, source: str, state_of) -> bool:
    """The same actor, or a state and one of its people ("Hang said ..." then "Vietnam demands ...")."""
    return earlier == source or (state_of(earlier) == source and state_of(source) == source)


def _lead_news(event, last, own: list, lead_acts) -> bool:
    """Whether the source's own act in the lead is dated by its words on the lead's day, and the day
    the source's last statement would give is older: that statement is background told after the
    news, and the event is part of the lead's news."""
    if last.date.value >= event.date.value:
        return False
    return any(e.source == event.source and e.date.value == event.date.value and lead_acts(e) for e in own)
