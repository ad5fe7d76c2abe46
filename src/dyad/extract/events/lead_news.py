"""The lead's day is the news's: not the day a later lead sentence gives another party's act.

"Ruritania's navy has started exercises off Freedonia's coast in reply to a tour of Borduria by
Freedonia's president. Freedonia's president came back from Borduria on Tuesday after ...": the lede (the
body's first sentence) names no day; the next sentence's "on Tuesday" dates the president's return, a
background act of another party than the lede's news (the navy's exercises), and is no day of that
news. The lead's day (``context.lead_day_items``, the first day the lead's sentences name) is then taken
from the lead's other days, else the publication's. A day in the lede itself, or in a later lead
sentence whose subject is of the lede's news's state or of no known state ("The talks were held on
Monday", "The two leaders met on Friday"), stays the lead's day."""

from __future__ import annotations

from dataclasses import replace

from dyad.article import TimeValue
from dyad.extract.events.context import LEAD_SENTENCES, lead_day_items, lead_sentences

SUBJECT_DEPS = ("nsubj", "nsubjpass")


def news_lead_days(events: list, setting, article, state_of) -> list:
    """Events dated by the lead's day (anchor ``lead``) whose day is that of a later lead sentence's
    clause told of another state than the lede's first event's source take the lead's next day that
    is not so, else the publication day (anchor ``published``). ``state_of`` maps an actor id to its
    state."""
    published = article.published
    values = {e.date.value for e in events if e.date is not None and e.date.anchor == "lead"}
    if not values or not published:
        return events
    doc = setting.doc
    lede = _lede(doc)
    if lede is None:
        return events
    news = _news_state(events, lede, state_of)
    if news is None:
        return events
    mentions = _mention_states(article)
    candidates = list(lead_day_items(doc, setting.times, published))
    others = [item for item in candidates if _other_party(item, lede, news, mentions)]
    if not others:
        return events
    moved = {}
    for value in values:
        if not any(item[0].value == value for item in others):
            continue
        if any(item[0].value == value and item not in others for item in candidates):
            continue  # the same day named for the news too
        kept = next((item[0] for item in candidates if item not in others), None)
        moved[value] = (
            TimeValue(kept.value, kept.precision, anchor="lead") if kept is not None
            else TimeValue(published[:10], "day", anchor="published")
        )
    if not moved:
        return events
    return [
        replace(e, date=moved[e.date.value]) if e.date is not None and e.date.anchor == "lead" and e.date.value in moved
        else e
        for e in events
    ]


def _lede(doc):
    """The body's first sentence with a verb (after a headline: a first line that ends with no full
    stop)."""
    lead = lead_sentences(doc, 2)
    if not lead:
        return None
    first_line = doc.text.find("\n")
    headline = first_line > 0 and not doc.text[:first_line].rstrip().endswith(".")
    for sent in lead:
        if headline and sent.start_char < first_line:
            continue
        if any(t.pos_ in ("VERB", "AUX") for t in sent):
            return sent
    return None


def _news_state(events: list, lede, state_of) -> str | None:
    """The state of the source of the lede's first event that has one."""
    inside = sorted(
        (e for e in events if lede.start_char <= e.trigger.start < lede.end_char and e.source),
        key=lambda e: e.trigger.start,
    )
    for event in inside:
        state = state_of(event.source)
        if state:
            return state
    return None


def _mention_states(article) -> list[tuple[int, int, str]]:
    out = []
    for actor in article.actors:
        state = actor.country or (actor.id if actor.kind == "state" else None)
        if state:
            out += [(m.start, m.end, state) for m in actor.mentions]
    return out


def _other_party(item, lede, news: str, mentions) -> bool:
    """Whether a lead time, in a sentence after the lede, dates a clause whose subject is of a known
    state other than the news's."""
    _, root, start, noun = item
    if start <= lede.start:
        return False
    verb = root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not subjects:
        return False
    subject = subjects[0]
    span = (subject.left_edge.idx, subject.idx + len(subject))
    states = {s for a, b, s in mentions if a < span[1] and b > span[0] and a >= span[0]}
    return len(states) == 1 and news not in states


def lead_verb(doc):
    """A test of an event: whether its trigger starts with a verb of the lead's sentences (the
    headline and the first sentences, ``context.LEAD_SENTENCES``)."""
    lead = lead_sentences(doc, LEAD_SENTENCES)
    end = lead[-1].end_char if lead else 0

    def test(event) -> bool:
        if event.trigger.start >= end:
            return False
        span = doc.char_span(event.trigger.start, event.trigger.start + 1, alignment_mode="expand")
        return span is not None and len(span) > 0 and span[0].pos_ in ("VERB", "AUX")

    return test
