"""When and where an event took place: the time and place named in the event's own clause.

The date is, in order (``TimeValue.anchor`` says which):
- ``clause``: a TimeRef the trigger governs ("met ... on Feb. 27, 2019"), or one in the phrases of
  the verb that governs a nominal trigger; a time inside a clause that modifies one of its nouns
  dates that clause, not the event ("rejected the deal signed in 2019");
- ``sentence``: the sentence's time nearest the trigger outside another event's clause ("On Monday,
  officials said Israel attacked");
- ``narrative``: for an event told in the past tense, the sentence date of an earlier sentence of
  the same paragraph that goes on in the past tense ("Troops entered the town on Monday. They
  arrested the mayor.");
- ``published``: for an event that happened (asserted or reported, not predicted or intended) with
  no date in its paragraph, the publication date, as a day. An act of saying (a statement, an
  appeal, an intent, a demand, a threat: ``said``) happened when it was reported, whatever the mood
  of what it says ("Putin accepted an invitation to visit", "Israel will attack": 036, 138), so it
  takes the sentence's, the paragraph's or the publication date too.
- ``lead``: before the publication date, for an event that happened or an act of saying, the day
  the article's lead names (its first sentences, at most a week before publication: "agreed on
  Wednesday ..." dates "The two leaders met for four hours" further down).
- ``published`` also for what is yet to happen (predicted, intended, hypothetical): dated by its
  report.
- ``relative``: an event in a clause measured from another one ("on Monday, a day after Pyongyang
  carried out its sixth nuclear test"; "a week before he visited Beijing"): the date of the clause
  it hangs on, moved by the measure (hours: the same day). Before the sentence's time, which is the
  other clause's.
- ``following``: a past act of the lead dated only by its report's day ("arrived and held talks, state
  media reported Friday"), or a headline's act, takes the day a later sentence gives the same act
  ("arrived on Thursday"): ``Setting.retold``.
- ``occasion``: an event its clause says happened at a meeting told before ("During the meeting, Moon
  urged ...", "protested the curbs during the talks") takes that meeting's day (``stage._dated_by_occasion``).
"Now" or "currently" (PRESENT_REF) is the publication day.
Never a duration ("for two weeks") or a set ("every year"), nor a year that only modifies another
noun ("a formal end to the 1950-53 Korean War", "rejected the 2015 deal"). The event keeps the TimeRef's value, so
whatever the time stage resolved it to (an ISO range) comes along. The place is a place mentioned in
the event's clause after in/at/near ("in Hanoi"), the most specific first.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import cached_property

from dyad.annotate.dateline import dateline_spans, in_dateline
from dyad.annotate.lexicon import occasion_nouns, reporting_verbs
from dyad.article import TimeValue
from dyad.extract.events.clauses import seeming_clause
from dyad.extract.events.participant_words import words
from dyad.util.timeml import interval

UNDATING_PRECISIONS = frozenset({"duration", "set"})
NOUN_MODIFIER_DEPS = frozenset({"nummod", "compound", "amod", "nmod", "quantmod"})
TIME_POSSESSOR = "poss"  # "last month's launch": the time of the thing it owns
ISO_DURATION = re.compile(r"P(T?[0-9X.]+[A-Z])+$")  # P2W, P20M, PT1H30M, PXY; not PRESENT_REF
PLACE_RANK = {"site": 0, "city": 1, "district": 2, "region": 2, "water": 3, "country": 4, "other": 5}


OWN_CLAUSE_DEPS = ("relcl", "acl", "ccomp", "csubj", "advcl", "parataxis")  # clauses with a time of their own
PAST_TAGS = frozenset({"VBD"})
HAVE = frozenset({"has", "have", "had", "'ve", "'s"})
GERUND_ADJUNCT_DEPS = ("pcomp", "advcl")  # "before holding talks", "after meeting Kim"
HAPPENED_MOODS = frozenset({"asserted", "reported", "negated"})
TO_COME_MOODS = frozenset({"intended", "predicted"})  # an act of saying about these is dated by its report


OWN_DAY_ANCHORS = frozenset({"clause", "sentence", "narrative", "relative"})  # a comment's day of its own
OWN_CLAUSE_ANCHORS = frozenset({"clause", "sentence", "relative"})  # a day an event's own words name
COMPARING_VERBS = frozenset({"come"})  # "X came a month after Y": X is the news, Y is dated from it
WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


def _last_before(time, published: str):
    """A weekday read forward ("fired what appeared to be a missile on Wednesday": the infinitive
    made the time stage look ahead) on an act told in the past: the same weekday a week earlier."""
    if time.precision != "day" or not _after(time.value, published):
        return time
    if not any(w in time.text.lower() for w in WEEKDAYS) or not ISO_DAY.match(time.value or ""):
        return time
    day = date.fromisoformat(time.value[:10]) - timedelta(days=7)
    return replace(time, value=day.isoformat()) if day.isoformat() <= published else time


def _after(value: str | None, published: str) -> bool:
    """Whether a time begins after the day of publication ("in late May" of an April article, "next
    month"): it names when an intended act is to come, not when the intent was told."""
    days = interval(value) if value else None
    return days is not None and days[0].isoformat() > published


def clause_scopes(trigger, said: bool = False) -> list[set[int]]:
    """Token indices of the trigger's own phrase, then of the phrases that hang directly on the verb
    governing a nominal trigger (its other nouns' phrases excluded: "the proclamation in April 2018,
    ahead of the summit" does not date the summit). Clauses inside them are left out ("the deal
    signed in 2019"), but a clause on a nominal trigger itself is its own ("talks held on Monday").
    An act of saying (``said``) leaves out what it says to do ("invited Ri to meet him in New York
    next week": the invitation is not next week)."""
    nominal = trigger.pos_ not in ("VERB", "AUX")
    scopes = [_own_phrase(trigger, keep_clauses=nominal)]
    seeming = None if nominal else seeming_clause(trigger)  # "fired what appeared to be a missile on Wednesday"
    if seeming is not None:
        scopes[0] |= {t.i for t in seeming.subtree}
    if said and not nominal:
        content = {i for c in trigger.children if c.dep_ == "xcomp" for i in _own_phrase(c, keep_clauses=True)}
        own = {c.i for c in trigger.children if c.dep_ == "prep"}  # "In a statement carried by KCNA on Sunday, ... accused"
        scopes[0] = (scopes[0] - content) | _occasions(trigger.doc, content | own)
    verb = trigger
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb is not trigger:
        scopes.append(
            {i for c in verb.children if c.dep_ in ("prep", "npadvmod", "advmod") for i in _own_phrase(c)}
        )
    return scopes


OCCASION_PREPS = frozenset({"in", "at", "during"})


def _occasions(doc, content: set[int]) -> set[int]:
    """The phrases inside what an act of saying asks that name the occasion it was said on ("urged
    Pyongyang to refrain from the launch during the summit on Monday", "... in a statement issued on
    Sunday"): the parse hangs them on the asked verb, but they, and their time, are the saying's; and
    those on the saying itself, with the clause on the occasion ("In a statement carried by KCNA on
    Sunday, the ministry accused ...": the day the statement was carried is the accusation's)."""
    preps = [
        doc[i] for i in content
        if doc[i].dep_ == "prep" and doc[i].lower_ in OCCASION_PREPS
        and any(g.dep_ == "pobj" and g.lemma_.lower() in words()["speech_occasions"] for g in doc[i].children)
    ]
    after = [  # "to use its influence at a news conference on Monday": the day right after it
        q for p in preps for q in p.head.children
        if q.dep_ == "prep" and q.left_edge.i == p.right_edge.i + 1 and any(g.ent_type_ == "DATE" for g in q.children)
    ]
    return {t.i for p in preps + after for t in p.subtree}  # "a statement issued on Sunday": its own clause too


def _own_phrase(token, keep_clauses: bool = False) -> set[int]:
    """The token's subtree less the clauses hanging inside it (a relative clause, another verb's
    complement); ``keep_clauses``: a clause directly on the token stays."""
    out, todo = {token.i}, [(token, True)]
    while todo:
        node, top = todo.pop()
        for child in node.children:
            if child.dep_ in OWN_CLAUSE_DEPS and not (top and keep_clauses):
                continue
            out.add(child.i)
            todo.append((child, False))
    return out


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

    def __init__(
        self, doc, times, places, preps: frozenset, text: str | None = None, event_nouns: frozenset = frozenset()
    ):
        self.doc, self._times, self._places, self.preps = doc, times, places, preps
        self._text = text  # the doc's text when the caller has it (the article's)
        self.event_nouns = event_nouns  # the lemmas of the nouns that name an event ("launch", "test")
        self._measuring: set[int] = set()  # the verbs whose "a month after <event>" is being dated
        self.reported: set[int] = set()  # triggers (token index) of past acts dated by the day they were reported

    @cached_property
    def text(self) -> str:
        """The doc's text, joined once (spaCy joins every token's text on each ``doc.text``)."""
        return self._text if self._text is not None else self.doc.text

    @cached_property
    def times(self) -> list[tuple]:
        """(time, root token, sentence start) of the times that can date an event."""
        rooted = [(t, _span_root(self.doc, t.start, t.end)) for t in self._times if is_point_or_period(t)]
        nouns = self.event_nouns | occasion_nouns()
        return [
            (t, r, r.sent.start, _noun_dated(r, nouns))
            for t, r in rooted if r is not None and not _compared_since(self.doc, t, r)
        ]

    @cached_property
    def dateline_times(self) -> frozenset[int]:
        """Root indices of the times in a wire dateline ("TOKYO, Jan. 15 (Kyodo) --"): the day the story
        was filed, which dates no clause (it stays the lead's day where the lead names none of its own
        before it, _lead_day)."""
        spans = dateline_spans(self.text)
        return frozenset(r.i for t, r, _, _ in self.times if in_dateline(spans, t.start))

    @cached_property
    def object_times(self) -> dict[int, int]:
        """Time root index -> object index, for a time that follows a verb's object naming an event
        with its own parties ("condemned Pyongyang's launch of an ICBM on Monday"): it dates the
        launch, not the act of saying about it (see ``_time_of_object``)."""
        out = {}
        for _, r, _, noun in self.times:
            if noun is None and (obj := _time_of_object(r, self.event_nouns)) is not None:
                out[r.i] = obj.i
        return out

    @cached_property
    def places(self) -> list[tuple]:
        """(place, root token, sentence start) of the place mentions after in/at/near."""
        rooted = [(p, _span_root(self.doc, m.start, m.end)) for p in self._places for m in _named(p.mentions)]
        return [(p, r, r.sent.start) for p, r in rooted if r is not None and _after_prep(r, self.preps)]

    def date(
        self, trigger, mood: str = "asserted", published: str | None = None, said: bool = False
    ) -> TimeValue | None:
        """The time named nearest the trigger in its clause, else in its governing verb's phrases,
        else the sentence's; else, for an event that happened or an act of saying (``said``), the
        paragraph's narrative date or the publication date (see the module's docstring). An act of
        saying about a thing that a time right after it dates ("condemned the launch of an ICBM on
        Monday") takes its own day, named elsewhere in its sentence or paragraph (the meeting's, "on
        Wednesday"); with none, the time is the comment's (the lead's day is too loose a guess)."""
        sent = trigger.sent.start
        located = [
            (t, r) for t, r, s, noun in self.times
            if s == sent and noun in (None, trigger.i) and r.i not in self.dateline_times
        ]
        if said and any(self.object_times.get(r.i, trigger.i) != trigger.i for _, r in located):
            own = [(t, r) for t, r in located if self.object_times.get(r.i, trigger.i) == trigger.i]
            found = self._date(trigger, mood, published, said, own)
            if found is not None and found.anchor in OWN_DAY_ANCHORS:
                return _today(found, published)
        return _today(self._date(trigger, mood, published, said, located), published)

    def _date(self, trigger, mood: str, published: str | None, said: bool, located: list) -> TimeValue | None:
        located = [(self._then(_recent(t, published), trigger.sent.start), r) for t, r in located]
        if said and mood in TO_COME_MOODS and published:  # "said he would meet Kim in late May": the
            located = [(t, r) for t, r in located if not _after(t.value, published)]  # intent is today's
        elif published and mood in HAPPENED_MOODS and _happened(_verb_of(trigger), past_only=True):
            located = [(_last_before(t, published), r) for t, r in located]  # what is told as past
            located = [(t, r) for t, r in located if not _after(t.value, published)]  # happened by the report
        if not said and (day := self._incident_phrase_day(trigger, located, published)) is not None:
            return day
        for scope in clause_scopes(trigger, said):
            inside = [(abs(r.i - trigger.i), t) for t, r in located if r.i in scope]
            if inside:
                best = min(inside, key=lambda pair: pair[0])[1]
                return TimeValue(best.value, best.precision, anchor="clause")
        if (shifted := self._relative(trigger, mood, published) or self._after_event(trigger, published)
                or self._measured_back(trigger, published)) is not None:
            return shifted
        free = [(abs(r.i - trigger.i), t, r) for t, r in located if not _dates_other_clause(r, trigger)]
        if free:  # the sentence's time: "On Monday, officials said Israel attacked Syria"
            _, best, root = min(free, key=lambda item: item[0])
            if published and _told_past_from_front(root):  # "Ending talks on Wednesday, they released ...":
                best = _last_before(best, published)  # a weekday read forward is last week's
            if mood in HAPPENED_MOODS and _happened(_verb_of(trigger), past_only=True) and _reports(root, trigger):
                self.reported.add(trigger.i)  # "arrived and held talks, state media reported Friday"
            return TimeValue(best.value, best.precision, anchor="sentence")
        if said and (ahead := self._elaborated(trigger.sent, published)) is not None:
            return TimeValue(ahead.value, ahead.precision, anchor="following")
        if said or (mood in HAPPENED_MOODS and _happened(_verb_of(trigger))):
            told = self._narrative(trigger.sent)
            if told is not None:
                return TimeValue(told.value, told.precision, anchor="narrative")
            if not said and (day := self._incident_day(trigger.sent, published)) is not None:
                return TimeValue(day.value, day.precision, anchor="incident")
            lead = self._lead(published, near=trigger.sent.start < self._near_lead_end)
            if lead is not None:
                return TimeValue(lead.value, lead.precision, anchor="lead")
        if published:  # what is yet to happen is dated by its report
            return TimeValue(published, "day", anchor="published")
        return None

    def _then(self, time, sentence: int):
        """"At the time" (TimeML's PAST_REF) is the time last named before its sentence ("In September
        the two presidents met in Quito ... At the time, one condemned the other's tariffs": September), not a past with no date;
        as it was when no earlier sentence names one."""
        if time.value != "PAST_REF" or time.text.lower() not in words()["then_words"]:
            return time
        earlier = [(r.i, t) for t, r, s, _ in self.times
                   if s < sentence and r.i not in self.dateline_times and (t.value or "")[:4].isdigit()]
        if not earlier:
            return time
        last = max(earlier, key=lambda pair: pair[0])[1]
        return replace(time, value=last.value, precision=last.precision)

    def _relative(self, trigger, mood: str, published: str | None) -> TimeValue | None:
        """The day of an event in an "a day after ..." / "a week before ..." clause: the day of the
        clause it hangs on, moved back (after) or on (before) by the measure; None otherwise."""
        verb = _verb_of(trigger)
        if verb.dep_ != "advcl" or verb.head.i == verb.i:
            return None
        marks = [c for c in verb.children if c.dep_ == "mark" and c.lower_ in ("after", "before")]
        if not marks:
            return None
        mark = marks[0].lower_
        measure = _measure(verb, marks[0])
        if measure is None:
            return None
        count = _count(measure)
        anchor = self.date(verb.head, mood, published) if count is not None else None
        if anchor is None or not ISO_DAY.match(anchor.value or ""):
            return None
        return _moved(anchor.value, count, measure.lemma_.lower(), -1 if mark == "after" else 1)

    def _after_event(self, trigger, published: str | None) -> TimeValue | None:
        """The day of an event measured from an event noun ("held drills a day after the North's
        shelling"): that event's day, moved on (after) or back (before) by the measure."""
        verb = _verb_of(trigger)
        for measure, prep in _measured_preps(verb):
            nouns = [g for g in prep.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
            if not nouns or trigger.i in {t.i for t in prep.subtree}:
                continue
            count = _count(measure) if measure is not None else None
            if count is None or _verb_of(nouns[0]).i in self._measuring:
                continue  # the noun hangs on a verb already measured ("talks came a month after talks")
            self._measuring.add(verb.i)
            try:
                anchor = self.date(nouns[0], "asserted", published)
            finally:
                self._measuring.discard(verb.i)
            if anchor is None or not ISO_DAY.match(anchor.value or "") or anchor.anchor == "published":
                continue
            if verb.lemma_.lower() in COMPARING_VERBS and anchor.anchor not in OWN_CLAUSE_ANCHORS:
                continue  # "the talks came a month after their talks in Rome": the earlier talks have no
                # day but the news's; the subject keeps the news's own, the earlier ones are moved back
            return _moved(anchor.value, count, measure.lemma_.lower(), 1 if prep.lower_ == "after" else -1)
        return None

    def _measured_back(self, trigger, published: str | None) -> TimeValue | None:
        """The day of an event noun measured from the clause it hangs on ("Holm's talks with Ruiz came
        a month after their talks in Rome", "issued the order two days after Chile's seizure of a trawler"):
        the clause's day moved back (after) or on (before) by the measure; its month, for months.
        None where the clause has no day but the publication's."""
        found = measured_from(trigger)
        if found is None or found[1].i in self._measuring:
            return None
        prep, verb, measure = found
        count = _count(measure)
        if count is None:
            return None
        self._measuring.add(verb.i)
        try:
            anchor = self.date(verb, "asserted", published)
        finally:
            self._measuring.discard(verb.i)
        if anchor is None or not ISO_DAY.match(anchor.value or "") or anchor.anchor == "published":
            return None
        return _moved(anchor.value, count, measure.lemma_.lower(), -1 if prep.lower_ == "after" else 1)

    def _incident_phrase_day(self, trigger, located: list, published: str | None) -> TimeValue | None:
        """The day of the incident an act is told as part of, where the act's own clause names none:
        "Sunday's incident where patrol boats used water cannons on trawlers" (the act in the
        incident's relative clause), "fired water cannon at a trawler during an incident in which
        the boats circled each other on August 5" (the act "during" it): the time the incident's phrase names (its
        possessor, or a time inside its relative clause); a day, not after publication. None otherwise."""
        verb = _verb_of(trigger)
        incident_nouns = words()["incident_nouns"]
        if verb.dep_ == "relcl" and verb.head.lemma_.lower() in incident_nouns:
            noun, phrase = verb.head, {t.i for t in verb.head.subtree}
            own = {t.i for t in verb.subtree}
        else:  # "during" on the verb or on a word of its phrases ("to warn them off during an incident")
            during = next((p for p in verb.subtree if p.dep_ == "prep" and p.lower_ == "during" and _verb_of(p.head) == verb
                           and any(o.dep_ == "pobj" and o.lemma_.lower() in incident_nouns for o in p.children)), None)
            if during is None:
                return None
            noun = next(o for o in during.children if o.dep_ == "pobj")
            phrase = {t.i for t in during.subtree}
            own = {t.i for t in verb.subtree} - phrase
        if any(r.i in own for _, r in located):
            return None  # the act's own time ("fired on Sunday during the standoff")
        found = [(abs(r.i - noun.i), t) for t, r, start, _ in self.times
                 if start == trigger.sent.start and r.i in phrase and r.i not in own and t.precision == "day"]
        if not found:
            return None
        time = min(found, key=lambda pair: pair[0])[1]
        if published:
            time = _last_before(time, published)
            if _after(time.value, published):
                return None
        return TimeValue(time.value, time.precision, anchor="incident")

    def _incident_day(self, sentence, published: str | None):
        """The day of the last earlier sentence that dates a clash as a whole, its subject an incident
        noun ("The newest clash took place on Tuesday near the reef.", "The standoff Saturday at the
        shoal was the third this year."): the acts told after it with no day of their own (a ship
        "rammed" a boat) are that clash's parts, not the lead's news (the protest over it, made later).
        A day, told in the past, not after publication; None otherwise."""
        found = None
        for time, root, start, _ in self.times:
            if start >= sentence.start or time.precision != "day" or (published and _after(time.value, published)):
                continue
            verb = self.doc[start].sent.root
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subjects or subjects[0].lemma_.lower() not in words()["incident_nouns"]:
                continue
            if not _happened(verb, past_only=True) or root.i not in {t.i for t in verb.subtree}:
                continue
            if found is None or start >= found[0]:
                found = (start, time)
        return found[1] if found else None

    def _lead(self, published: str | None, near: bool = False):
        """The day the article's lead names ("... agreed on Wednesday"), in its first sentences (the
        headline, the first paragraph), at most a week before publication: the day of the news the
        article tells, of which its undated events are parts ("The two leaders met for four hours").
        A dateline's day comes first, but for events ``near`` the lead its own weekday does."""
        key = "lead-near" if near else "lead"
        if key not in self.__dict__:
            filed = self.dateline_times
            ordered = sorted(self.times, key=lambda item: item[1].i in filed) if near else self.times
            self.__dict__[key] = _lead_day(self.doc, ordered, published)
        return self.__dict__[key]

    @cached_property
    def _near_lead_end(self) -> int:
        """The first token after the sentences near the lead (NEAR_LEAD_SENTENCES)."""
        sents = lead_sentences(self.doc, NEAR_LEAD_SENTENCES)
        return sents[-1].end if sents else 0

    def _elaborated(self, sentence, published: str | None):
        """The day of a short comment's next sentence, in its paragraph, that reports it at length
        ("China rejected the protest. \"The islands are China's,\" spokeswoman Mao Ning told reporters on
        Thursday."): the time of that sentence's reporting verb; None otherwise (a longer sentence,
        a paragraph break, no reporting verb with a day of its own)."""
        doc = self.doc
        if len(sentence) > SHORT_COMMENT or sentence.end >= len(doc):
            return None
        if "\n" in self.text[sentence[-1].idx : doc[sentence.end].idx]:
            return None
        following = doc[sentence.end].sent
        verbs = [t for t in following if t.dep_ in ("ROOT", "parataxis") and t.lemma_.lower() in reporting_verbs()]
        for verb in verbs:
            scope = _own_phrase(verb)
            for time, root, start, noun in self.times:
                if start == following.start and noun is None and root.i in scope and time.precision == "day":
                    if not (published and _after(time.value, published)):
                        return time
        return None

    def _narrative(self, sentence, steps: int = 3):
        """The sentence date of an earlier sentence of the same paragraph, when every sentence from
        there on is told in the past tense ("Troops entered the town on Monday. They arrested ...")."""
        doc = self.doc
        for _ in range(steps):
            if sentence.start == 0 or "\n" in self.text[doc[sentence.start - 1].idx : sentence.start_char]:
                return None  # the text's start, or a paragraph break before this sentence
            sentence = doc[sentence.start - 1].sent
            if not _happened(sentence.root, past_only=True):
                return None
            dated = [
                (t, r)
                for t, r, s, noun in self.times
                if s == sentence.start and noun is None and not _dates_other_clause(r, sentence.root)
            ]
            if dated and all(_report_clock(t, r) for t, r in dated):
                told = [  # "the broadcaster reported this morning that A met B on Friday": the story's day
                    t for t, r, s, noun in self.times
                    if s == sentence.start and noun is None and t.precision == "day" and not _report_clock(t, r)
                    and _reported_by(r, sentence.root)
                ]
                dated = [(t, None) for t in told[:1]] or dated
            if dated:
                return dated[0][0]
        return None

    def retold(self, events: list, country) -> list:
        """The events of the lead dated only by the day they were reported ("A top Chinese official
        arrived in Pyongyang and held talks, state media reported Friday") take the day of the first
        later sentence that tells the same act with a day in its own clause ("Zhao arrived on Thursday",
        "met Choe later Thursday"): the act happened then, before its report (anchor ``following``).
        The same act: the same source's state, no other target state, and the same CAMEO root or the
        same verb; a day of the week before the report. ``country`` maps an actor id to its state."""
        lead = lead_sentences(self.doc, LEAD_SENTENCES)
        if not lead:
            return events
        reported = [self.doc[i] for i in self.reported if self.doc[i].sent.end <= lead[-1].end]
        out = []
        for event in events:
            token = next((t for t in reported if event.trigger.start <= t.idx < event.trigger.end), None)
            if token is not None and event.date is not None and ISO_DAY.match(event.date.value):
                later = (e for e in events if e.trigger.start >= token.sent.end_char)
                told = next((e for e in later if _same_act(event, e, self._lemma(e), token, country)), None)
                if told is not None:
                    event = replace(event, date=replace(told.date, anchor="following"))
            out.append(event)
        return self._headline_days(out, lead, country)

    def _headline_days(self, events: list, lead: list, country) -> list:
        """A headline's act told again in the lead's sentences ("N. Korea fires artillery shells into
        buffer zone" / "North Korea fired artillery rounds ... from 10 p.m. Tuesday") is the same news:
        it takes the day the lead gives that act (its own clause's, its retelling's), not the report's or
        the publication's. The same act as in ``retold``, the headline being the text's first line."""
        end = self.text.find("\n")
        if end <= 0 or self.text[:end].rstrip().endswith("."):
            return events
        by_report = [self.doc[i].idx for i in self.reported]
        body = [
            e for e in events
            if end < e.trigger.start < lead[-1].end_char and e.date is not None
            and (e.date.anchor in HEADLINE_TOLD_ANCHORS or e.date.anchor == "sentence"
                 and not any(e.trigger.start <= i < e.trigger.end for i in by_report))
        ]
        out = []
        for event in events:
            if event.trigger.end <= end and event.date is not None:
                lemma = self._lemma(event)
                told = next((e for e in body if _same_news(event, e, lemma, self._lemma(e), country)), None)
                if told is not None and told.date.value[:10] != event.date.value[:10]:
                    event = replace(event, date=replace(told.date, anchor="following"))
            out.append(event)
        return out

    def _lemma(self, event) -> str | None:
        span = self.doc.char_span(event.trigger.start, event.trigger.start + 1, alignment_mode="expand")
        return span[0].lemma_.lower() if span is not None and len(span) else None

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


LEAD_SENTENCES = 3  # the headline and the first sentences of the body
SHORT_COMMENT = 10  # tokens of a one-clause comment a next sentence may report at length ("China rejected the protest.")
LEAD_DAYS = 7  # how long before publication the lead's day may be
NEAR_LEAD_SENTENCES = 5  # the headline, the lead and what follows it: parts of the lead's news


def lead_sentences(doc, count: int) -> list:
    """The first ``count`` sentences, a headline counting as one however the parser cut it ("Japan,
    U.S., S. Korea agree to ...": the abbreviations' full stops end sentences): the pieces of the
    text's first line after its first sentence, and pieces with no verb ("WASHINGTON", "Aug. 19
    (Kyodo) --" of a dateline), are no sentences of their own."""
    first_line = _first_newline(doc)
    out, counted = [], 0
    for sent in doc.sents:
        headline_piece = 0 < sent.start_char < first_line
        if not headline_piece and (not out or any(t.pos_ in ("VERB", "AUX") for t in sent)):
            counted += 1
        if counted > count:
            break
        out.append(sent)
    return out


def _first_newline(doc) -> int:
    """``doc.text.find("\\n")`` without joining the whole text: the tokens up to the first line break."""
    for tok in doc:
        k = tok.text_with_ws.find("\n")
        if k >= 0:
            return tok.idx + k
    return -1


def _lead_day(doc, times: list[tuple], published: str | None):
    item = next(lead_day_items(doc, times, published), None)
    return item[0] if item is not None else None


def lead_day_items(doc, times: list[tuple], published: str | None):
    """The times (items of ``Setting.times``) that may be the lead's day, in the order it is chosen
    from them: days named in the lead's sentences, not of a noun, at most LEAD_DAYS before
    publication, a report's clock ("said on Monday") after the rest."""
    if not published:
        return
    try:
        day = date.fromisoformat(published)
    except ValueError:
        return
    starts = [s.start for s in lead_sentences(doc, LEAD_SENTENCES)]
    clocked = [item for item in times if _report_clock(item[0], item[1])]
    for item in [item for item in times if item not in clocked] + clocked:
        time, _, start, noun = item
        if start not in starts or noun is not None or time.precision != "day":
            continue
        try:  # "Thursday morning": 2022-11-03TMO, its day
            when = date.fromisoformat((time.value or "")[:10])
        except ValueError:
            continue
        if timedelta(0) <= day - when <= timedelta(days=LEAD_DAYS):
            yield item


DAYS_IN = {"hour": 0, "day": 1, "week": 7}  # the measures of "a day after ...", "hours before ..."
MEASURES = frozenset({*DAYS_IN, "month"})  # "two months after ...": a month, not a day


def _moved(day: str, count: int, unit: str, sign: int) -> TimeValue:
    """The day ``day`` moved by ``count`` units (days, weeks, hours) in the direction ``sign``; by
    months, the month moved to (no day: "two months after Oct. 4" says August, not Aug. 4)."""
    start = date.fromisoformat(day[:10])
    if unit == "month":
        months = start.year * 12 + start.month - 1 + sign * count
        return TimeValue(f"{months // 12:04d}-{months % 12 + 1:02d}", "month", anchor="relative")
    return TimeValue((start + timedelta(days=sign * count * DAYS_IN[unit])).isoformat(), "day", anchor="relative")


NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10}
ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}(?:$|T)")


def _measure(verb, mark):
    """The measure of "a day after ...": on the clause's verb, on its "after" ("two days after Seoul
    and Tokyo held talks"), or on the verb it hangs on, between the two ("came a day after")."""
    for token in (verb, mark):
        found = next((c for c in token.children if c.dep_ == "npadvmod" and c.lemma_.lower() in MEASURES), None)
        if found is not None:
            return found
    head = verb.head
    return next(
        (c for c in head.children if c.dep_ == "npadvmod" and c.lemma_.lower() in MEASURES and head.i < c.i < mark.i),
        None,
    )


def measured_from(noun) -> tuple | None:
    """(after/before, the verb it hangs on, the measure) for an event noun in "<verb> a month after
    <noun>" ("came a month after their talks in Rome"); None otherwise."""
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.head.lower_ not in ("after", "before"):
        return None
    prep, verb = noun.head, noun.head.head
    if verb.dep_ == "npadvmod" and verb.lemma_.lower() in MEASURES:  # "a month after" hung on "month"
        measure, verb = verb, verb.head
    else:
        measure = _measure(prep, prep) or _measure(verb, prep)
    if measure is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    return prep, verb, measure


def _measured_preps(verb) -> list[tuple]:
    """(measure, "after"/"before") pairs on a verb: "a day after the shelling" parsed with the measure
    on the verb, on its "after", or with "after" on the measure."""
    pairs = []
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("after", "before"):
            pairs.append((_measure(child, child), child))
        elif child.dep_ == "npadvmod" and child.lemma_.lower() in MEASURES:
            pairs += [(child, p) for p in child.children if p.dep_ == "prep" and p.lower_ in ("after", "before")]
    return [(m, p) for m, p in pairs if m is not None]


def _count(measure) -> int | None:
    """How many of a measure: "a day" 1, "two weeks" 2, "hours" (no count needed for hours) 0;
    None for "days" with no number (how many is not said)."""
    for child in measure.children:
        word = child.lower_
        if child.dep_ in ("det", "nummod") and (word in NUMBER_WORDS or word.isdigit()):
            return int(word) if word.isdigit() else NUMBER_WORDS[word]
    return 0 if measure.lemma_.lower() == "hour" else None


def _noun_dated(time_root, nouns: frozenset) -> int | None:
    """The index of the noun a time dates alone (``_described_noun``, ``_time_of_occasion``), or None."""
    found = _described_noun(time_root)
    if found is None:
        found = _time_of_issue(time_root, nouns)
    return found if found is not None else _time_of_occasion(time_root, nouns)


ISSUE_WORDS = frozenset({"issue", "question", "matter", "problem"})  # "the matter of the attacks"


def _time_of_issue(time_root, nouns: frozenset) -> int | None:
    """The index of the event an issue is about, when a time comes right after the issue's "of" phrase
    naming it ("settling the matter of Ruritania's attacks on Freedonian ships decades ago",
    "efforts to settle the matter of attacks on ships by Ruritania decades ago"): the parse
    hangs the time on the verb, but it tells when the attacks were, not when the issue was taken
    up. None otherwise ("raised the issue on Monday")."""
    if time_root.dep_ not in ("npadvmod", "advmod"):
        return None
    start = time_root.left_edge.i
    if start == 0:
        return None
    node = time_root.doc[start - 1]  # the last word of the phrase before the time, up to the phrase's head
    while node.right_edge.i in (start - 1, time_root.right_edge.i) and node.head.i != node.i:  # (the time may hang on it)
        if node.lemma_.lower() in nouns and node.dep_ == "pobj" and node.head.lower_ == "of" \
                and node.head.head.lemma_.lower() in ISSUE_WORDS:
            return node.i
        node = node.head
    return None


def _described_noun(time_root) -> int | None:
    """The index of the noun a time only modifies ("the 1950-53 Korean War", "the 2015 nuclear deal",
    "the Monday meeting", "last month's launch", "Thursday's order"): the time says which thing (a
    possessive time dates the thing it owns), not when the sentence's event happened ("approved
    sanctions in response to last month's launch", "called Thursday's order tyranny"). None for a
    time of its own ("on Monday", "last week", "in 2019")."""
    tok = time_root
    while tok.head.i != tok.i and (
        tok.dep_ in NOUN_MODIFIER_DEPS or tok.dep_ == TIME_POSSESSOR or tok.dep_ in ("prep", "punct") and tok.head.pos_ == "NUM"
    ):  # "1950-53": the second year hangs on the first
        tok = tok.head
        if tok.pos_ in ("NOUN", "PROPN") and tok.ent_type_ not in ("DATE", "TIME"):
            return tok.i if tok.i > time_root.i else None
    return None


TIME_PREPS = frozenset({"on", "in", "at", "during"})
CAUSE_PREPS = frozenset({"on", "for", "over", "about"})  # "congratulated her on", "sympathy for"


def _time_of_occasion(time_root, nouns: frozenset) -> int | None:
    """The index of the occasion a bare time right after it dates, when that occasion is the object
    of the verb's preposition and has its own party ("congratulated her on her election earlier this
    week", "offered condolences for the loss last week of a sailor"): the parse hangs the time on the
    verb, but it tells when the election or the death was, not the congratulating. None otherwise
    ("congratulated her on Monday", "met his counterpart last week")."""
    if time_root.dep_ not in ("npadvmod", "advmod") or time_root.head.pos_ != "VERB":
        return None
    span_start, span_end = time_root.left_edge.i, time_root.right_edge.i
    doc = time_root.doc
    after = doc[span_end + 1] if span_end + 1 < len(doc) else None
    for prep in time_root.head.children:
        if prep.dep_ != "prep" or prep.lower_ not in CAUSE_PREPS or prep.i > span_start:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or obj.right_edge.i + 1 != span_start or obj.lemma_.lower() not in nouns:
            continue
        own = any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" for c in obj.children)
        if own or after is not None and after.lower_ == "of":
            return obj.i
    return None
OWN_PARTY_DEPS = frozenset({"poss"})


def _time_of_object(time_root, event_nouns: frozenset):
    """The verb's direct object a time ends or follows right after its phrase, when that object is a
    noun naming an event with its own parties (a possessor or an "of" phrase: "Pyongyang's launch of
    an ICBM on Monday", "the launch of a satellite last Tuesday"); else None. The parse may hang the
    time on the verb, but it tells when the thing named happened ("On Monday, Japan condemned the
    launch": before the verb, the comment's)."""
    tok = time_root
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.lower_ in TIME_PREPS:
        tok = tok.head
    elif tok.dep_ not in ("npadvmod", "advmod"):  # "last Tuesday"
        return None
    head = tok.head
    while head.pos_ != "VERB" and head.dep_ not in ("dobj", "ROOT"):
        head = head.head
    verb = head if head.pos_ == "VERB" else head.head
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < tok.i), None)
    if verb.pos_ != "VERB" or obj is None or obj.lemma_.lower() not in event_nouns:
        return None
    if not (tok.left_edge.i == obj.right_edge.i + 1 or tok.right_edge.i == obj.right_edge.i):
        return None  # a time of the object's phrase, or right after it
    own = any(c.dep_ in OWN_PARTY_DEPS or c.dep_ == "prep" and c.lower_ == "of" for c in obj.children)
    return obj if own else None


def _report_clock(time, root) -> bool:
    """A time of day ("this morning", "at noon") on a verb of reporting ("NHK reported this morning
    that ...", "the network claimed at noon that ..."): when a digest of the day's media tells it,
    not when what it reports happened."""
    if "T" not in (time.value or "")[10:11]:
        return False
    tok = root
    while tok.dep_ in ("pobj", "prep", "npadvmod", "advmod", "compound", "amod", "det") and tok.head.i != tok.i:
        tok = tok.head
        if tok.pos_ == "VERB":
            break
    return tok.pos_ == "VERB" and tok.lemma_.lower() in reporting_verbs() | {"claim", "report"}


def _reported_by(time_root, verb) -> bool:
    """Is the time inside what ``verb`` reports (its clausal complement)?"""
    return any(c.dep_ == "ccomp" and c.left_edge.i <= time_root.i <= c.right_edge.i for c in verb.children)


def _verb_of(trigger):
    verb = trigger
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _happened(verb, past_only: bool = False) -> bool:
    """True for a verb in the past tense ("attacked") or the present perfect ("has attacked"); unless
    ``past_only``, a verb of the present without a modal counts too ("says")."""
    if verb.tag_ == "VBG" and verb.dep_ in GERUND_ADJUNCT_DEPS and not past_only:
        head = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if head is not None:  # "toured the site before holding talks": the clause it hangs on says
            return _happened(head)
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    modal = any(c.tag_ == "MD" and c.dep_ == "aux" for v in (verb, *verb.ancestors) for c in v.children)
    # "will be eased only after Iran has taken the steps": a clause under a modal has not happened
    if modal or "to" in auxes:
        return False
    if verb.tag_ in PAST_TAGS or (verb.tag_ == "VBN" and (auxes & HAVE or not auxes)):
        return True
    if any(c.tag_ == "VBD" for c in verb.children if c.dep_ in ("aux", "auxpass")):
        return True  # "was arrested", "did not attack"
    return not past_only and verb.tag_ in ("VBZ", "VBP")


def _today(time: TimeValue | None, published: str | None) -> TimeValue | None:
    """"Now", "currently" (TimeML's PRESENT_REF) is the day of the report: "Seoul and Washington are now
    conducting drills", "Putin is currently attending the forum" happen on the publication day."""
    if time is None or time.value != "PRESENT_REF" or not published:
        return time
    return TimeValue(published, "day", anchor=time.anchor)


def _recent(time, published: str | None):
    """A past told only as recent ("North Korea recently fired", "the recent talks": TimeML's PAST_REF)
    is the month of the report, not a past with no date at all."""
    if time.value != "PAST_REF" or not published or time.text.lower() not in words()["recent_words"]:
        return time
    return replace(time, value=published[:7], precision="month")


def _reports(time_root, trigger) -> bool:
    """Whether the time is the day of a reporting verb the trigger's clause hangs on ("..., the
    ministry said Sunday", "state media reported on Friday"), not of the act itself."""
    verb = time_root.head if time_root.dep_ != "pobj" else time_root.head.head
    return verb.i != trigger.i and verb.lemma_.lower() in reporting_verbs() and verb in trigger.ancestors


RETOLD_DAYS = 7  # how long before its report a lead's act may be told to have happened


def _same_act(event, other, lemma: str | None, token, country) -> bool:
    """Whether ``other``, told later with a day of its own, is the lead's ``event`` told again (see
    Setting.retold)."""
    when = other.date
    if when is None or when.anchor != "clause" or not ISO_DAY.match(when.value):
        return False
    gap = (date.fromisoformat(event.date.value[:10]) - date.fromisoformat(when.value[:10])).days
    if not 0 < gap <= RETOLD_DAYS:
        return False
    return _told_again(event, other, lemma, token.lemma_.lower(), country)


HEADLINE_TOLD_ANCHORS = frozenset({"clause", "following", "relative"})  # a day the lead gives the act itself
# (and "sentence", unless it is the day the act was reported: Setting.reported)


def _same_news(headline, other, lemma: str | None, other_lemma: str | None, country) -> bool:
    """Whether the lead's ``other`` tells the headline's act: a day of its own (see
    Setting._headline_days), the same source state, no other target state, the same root or verb."""
    if not ISO_DAY.match(other.date.value):
        return False
    return _told_again(headline, other, lemma, other_lemma, country)


def _told_again(first, other, lemma: str | None, other_lemma: str | None, country) -> bool:
    """Whether ``other`` tells ``first``'s act: the same source state, no other target state, the
    same CAMEO root or the same verb."""
    source = country(first.source)
    if source is None or country(other.source) != source:
        return False
    if first.target and other.target and country(first.target) != country(other.target):
        return False
    return first.cameo[:2] == other.cameo[:2] or (lemma is not None and lemma == other_lemma)


def _compared_since(doc, time, time_root) -> bool:
    """A "since" time that only says when a thing last happened ("held talks for the first time since
    October", "the first such summit since 2015", "held their first defence talks since 2016 on
    Monday", "the third visit since March"): an ordinal or superlative of what it closes, or of the
    verb's object, makes it a point of comparison, no event's date."""
    span = doc.char_span(time.start, time.end, alignment_mode="expand")
    since = time_root.head if span is None or span.start == 0 else doc[span.start - 1]  # "since October last year"
    if since.lower_ != "since" or since.dep_ != "prep":
        since = _since_above(time_root)  # "for the first time since taking office in October"
    if since is None:
        return False
    head = since.head
    held = [head] if head.pos_ in ("NOUN", "PROPN") else [c for c in head.children if c.dep_ in ("dobj", "attr", "nsubjpass")]
    return any(
        m.tag_ == "JJS" or (m.dep_ in ("amod", "nummod") and (m.lower_ in words()["ordinals"] or _FIGURE_ORDINAL.fullmatch(m.lower_)))
        for noun in held
        for m in noun.children
    )


_FIGURE_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
SINCE_PHRASE_DEPS = frozenset({"pobj", "pcomp", "dobj", "prep", "compound", "amod", "npadvmod", "poss"})


def _since_above(time_root, steps: int = 5):
    """The "since" whose phrase holds the time ("since taking office in May"), within a few
    words of the phrase's own (no clause of another verb between); None if there is none."""
    tok = time_root
    for _ in range(steps):
        if tok.dep_ not in SINCE_PHRASE_DEPS or tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.lower_ == "since" and tok.dep_ == "prep":
            return tok
    return None


def _dates_other_clause(time_root, trigger) -> bool:
    """True when the time hangs in a clause of its own that the trigger is not part of (a relative
    or adverbial clause, another noun's phrase: "the deal signed in May")."""
    tok = time_root
    while tok.head.i != tok.i:
        if tok.dep_ in ("relcl", "acl", "advcl", "ccomp", "xcomp", "conj") and trigger not in tok.subtree:
            if not (_setting_clause(tok) and _governs(trigger, tok)) and not fronted_setting(tok, trigger):
                return True
        tok = tok.head
    return False


def fronted_setting(clause, trigger) -> bool:
    """Whether a participle clause that opens its sentence, with no subject or conjunction of its own,
    sets the time of the trigger: an active one ("Ending three days of talks on Friday, the envoys
    released a communique that criticized ...") of its main clause's events, a passive one ("Begun on
    3 May, the blockade has ...") of its subject's (what was begun) only."""
    if clause.dep_ != "advcl" or clause.i > clause.head.i or clause.left_edge.i != clause.sent.start:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in clause.children):
        return False
    main = clause.head
    if clause.tag_ == "VBG":
        return trigger in main.subtree
    if clause.tag_ == "VBN":
        return any(trigger in s.subtree for s in main.children if s.dep_ in ("nsubj", "nsubjpass"))
    return False


def _told_past_from_front(time_root) -> bool:
    """Whether a time is in a participle clause that opens its sentence (``fronted_setting``) whose
    main clause is told in the past."""
    tok = time_root
    while tok.head.i != tok.i and tok.dep_ != "advcl":
        tok = tok.head
    return tok.dep_ == "advcl" and tok.left_edge.i == tok.sent.start and tok.i < tok.head.i and _happened(
        tok.head, past_only=True
    )


def _governs(trigger, clause) -> bool:
    """Whether ``clause`` hangs on the trigger itself ("seized the ship when ...") or on its object
    ("seized a ship belonging to ..."): a setting clause dates that event only, not its sentence's."""
    head = clause.head
    return head.i == trigger.i or (clause.dep_ == "acl" and head.head.i == trigger.i and head.dep_ == "dobj")


def _setting_clause(verb) -> bool:
    """A clause that only says when the event it hangs on happened ("seized the ship when it entered
    the port on Nov. 24") or what that event's object is ("seized a cargo ship belonging to a North
    Korean firm on Friday": participants.yaml's ``stative_participles``): its time is that event's."""
    if verb.dep_ == "advcl":
        return any(c.dep_ == "advmod" and c.lower_ == "when" and c.i < verb.i for c in verb.children)
    return verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.lemma_.lower() in words()["stative_participles"]


def _named(mentions) -> list:
    """The mentions that name a place as a place (not "Israeli", not "Moscow said")."""
    return [m for m in mentions if not (m.demonym or m.metonym)]


def _after_prep(root, preps: frozenset) -> bool:
    """True when the place is the object of in/at/near, directly or as a modifier of that object."""
    tok = root
    for _ in range(3):
        if tok.dep_ == "pobj" and tok.head.lower_ in preps:
            return True
        if tok.dep_ not in ("compound", "pobj", "appos", "nmod", "amod") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False
