"""The event stage: who did what to whom, when and where, coded in CAMEO and PLOVER, with modality.

For each sentence (credits skipped; captions count) every verb and noun that an event pattern
matches is a trigger; its source and target actors come from the parse (``participants``), its
modality from the words around it (``modality``), its date and place from its clause
(``context``). An event needs at least one actor. When no rule finds a target actor, the first
actor named in the trigger's own object or prepositional phrases is the target ("lifted the ban on
Cypriot ships"); when there is none, ``Event.target_text`` keeps the words of the thing acted on.
Events that only differ by trigger within a sentence ("met ... for their summit meeting") are
reported once.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from functools import cache
from itertools import combinations

from spacy.attrs import POS
from spacy.parts_of_speech import IDS as POS_IDS

from dyad.annotate.columns import column
from dyad.annotate.lexicon import exercise_words
from dyad.article import Actor, Article, Event, Mention, Span
from dyad.extract.events.anaphora import DEFINITE, Antecedents, back_reference, told_of
from dyad.extract.events.codebook import Codebook
from dyad.extract.events.commitments import broken_commitment, owned_commitment
from dyad.extract.events.context import Setting, measured_from
from dyad.extract.events.conventions import ACCUSE, APPEAL, DEMAND, ORDER, REFUSE, TURNED, Conventions
from dyad.extract.events.groups import Groups
from dyad.extract.events.lead_news import lead_verb, news_lead_days
from dyad.extract.events.military_aid import forces_sent_to_aid
from dyad.extract.events.modality import governed_moods, modality
from dyad.extract.events.own_craft import speakers_craft
from dyad.extract.events.participants import (
    AGENT_PREPS,
    ANSWER_VERBS,
    ActorIndex,
    Arguments,
    clause_actors,
    clause_subjects,
    collective_subject,
    doers_own_states,
    joint_exercise,
    mutual_act,
    noun_arguments,
    object_phrase,
    own_joint_exercise,
    phrase_targets,
    predicated_subject,
    prep_objects,
    reporter,
    setting_word,
    subjects,
    talked_over,
    verb_arguments,
    what_it_is_called,
    words,
)
from dyad.extract.events.patterns import (
    ADJ_POS,
    NO_EVENT,
    NOUN_POS,
    VERB_POS,
    Match,
    Pattern,
    Patterns,
    reported_clause,
    reported_conjunct,
)
from dyad.extract.events.relevance import Relevance
from dyad.extract.events.source_days import dated_by_source
from dyad.extract.events.ultimatums import given_time_to_leave

SAYING_ROOTS = frozenset({"01", "02", "03", "10", "11", "12", "13"})  # statements, appeals, intents, ...
ALLEGED_STEPS = 4  # how far up an alleged event's clause may hang under the allegation
REFUSAL_ROOT = "12"  # reject: a refusal its own negated verb makes ("cannot accept") happened
# The word classes a trigger can have (POS ids): those Patterns.match looks up (AUX: a copula "be",
# patterns._copula) and a verb of _appealed; the other words are skipped without a Token made.
_MAY_MATCH = frozenset(POS_IDS[p] for p in (*VERB_POS, *ADJ_POS, *NOUN_POS, "AUX", "VERB"))


class EventStage:
    name = "events"
    requires = ("doc", "actors", "times", "places", "quotes")
    assigns = ("events",)

    def __init__(self, patterns: Patterns | None = None, codebook: Codebook | None = None):
        self.patterns = patterns or Patterns.default()
        self.codebook = codebook or Codebook.default()
        self.conventions = Conventions.default()
        self.relevance = Relevance.default()
        self.event_nouns = frozenset(self.patterns.nouns)  # "condemned the launch of ... on Monday": its time

    def __call__(self, article: Article) -> Article:
        groups = Groups(article)
        index = ActorIndex(article, groups)
        quotes = [(q.start, q.end) for q in article.quotes]
        preps = self.patterns.defaults.get("place_preps", frozenset())
        setting = Setting(article.doc, article.times, article.places, preps, article.text, self.event_nouns)
        events: list[Event] = []
        told = Antecedents()
        occasions: dict = {}  # {an event's trigger start: the trigger start of the meeting it happened at}
        for sentence in _sentences(article):
            events += self._sentence_events(article, sentence, index, quotes, setting, told, occasions)
        named = [a for e in events for a in (e.source, e.target) if a]
        _add_groups(article, groups.used(named))
        groups.home_unplaced(article.actors, named)
        events = news_lead_days(events, setting, article, lambda actor_id: _state_of(article, actor_id))
        events = setting.retold(events, lambda actor_id: _state_of(article, actor_id))
        events = _dated_by_occasion(events, occasions)
        article.events = dated_by_source(
            events, article.published, lambda actor_id: _state_of(article, actor_id), lead_verb(article.doc)
        )
        return article

    def _sentence_events(self, article, sentence, index, quotes, setting, told: Antecedents, occasions=None) -> list[Event]:
        matches = [m for m in self._matches(article, sentence, index)]
        referred = _referred(matches, told, sentence.start_char)
        at_meeting = _occasions(matches, told, sentence.start_char)
        matches = [m for m in matches if m.trigger.i not in referred and m.trigger.i not in at_meeting]
        used = {  # "a note of protest": one event; "set off anti-Brazil rallies": the protests are one of their own
            t.i for m in matches for t in (*m.cue, *m.measured()) if t.i == m.trigger.i or not index.opposed_modifiers(t)
        }
        matches = [m for m in matches if not self._alleged(m, used)]
        plan = self.conventions.combine([m for m in matches if m.trigger.i not in used])
        seen: set = set()
        out = []
        sport = bool(matches) and self.relevance.sport_report(sentence)
        business = bool(matches) and self.relevance.business_report(sentence)
        for match in matches:
            if match.trigger.i in used or match.trigger.i in plan.folded:
                continue
            code = plan.codes.get(match.trigger.i, match.pattern.code)
            if code[:2] == SHOW_OF_FORCE and joint_exercise(match.trigger, index):
                code = JOINT_EXERCISE  # "Seoul and Washington launched their annual exercise"
            elif code == JOINT_EXERCISE and own_joint_exercise(match.trigger, index):
                code = OWN_EXERCISE  # "China's military held joint drills around Taiwan"
            if self.relevance.natural_cause(match.trigger):  # "the virus has killed six people"
                continue
            if broken_commitment(match, self.patterns.defaults):  # "reneged on his commitment to the people"
                continue
            if self.relevance.fought_ill(match) or self.relevance.hazard_warning(match):  # "to fight the epidemic"
                continue
            if self.relevance.accident(match.trigger, code) or self.relevance.dismissal(match.trigger):
                continue  # "crashed into the river, killing six"; "fired the top executives"
            if self.relevance.ranking(match.trigger) or self.relevance.struck_down(match.trigger):
                continue  # "overtook Tesla as the biggest seller"; "struck down the law"
            if self.relevance.simulated(match.trigger) or self.relevance.sale(match.trigger, code):
                continue  # "exercises simulating a Chinese invasion"; "a contract to supply the RAF with tankers"
            lender = plan.purposes.get(match.trigger.i) or plan.lenders.get(match.trigger.i)
            judged = _judged(match, code, told, self.patterns)
            dyads = self._dyads(article, match, index, lender, judged)
            dyads = _target_from_referred(match, dyads, referred)
            dyads = _blamer_of_reduced_relative(match, code, dyads, index)
            dyads = _blamed_not_the_things_target(match, code, dyads, index)
            dyads = _target_from_commented(
                match, code, dyads, told, match.trigger.idx, self.patterns, index.groups.exercise_tokens
            )
            dyads = _target_of_protest(match, code, dyads, told, lambda a: _actor(article, index, a))
            dyads = _target_of_owned(match, code, dyads, index)
            dyads = _target_of_coordinated_comment(match, code, dyads, out)
            dyads = _target_of_condition(match, code, dyads, index)
            dyads = speakers_craft(match, code, dyads, index)  # "said they fired at one of its ships"
            dyads = self._agentless_state(article, match, code, dyads, setting, index)
            code, dyads = self._own_forces(match, code, dyads, index)
            code, dyads = forces_sent_to_aid(match, code, dyads, index, self.patterns.defaults)
            code = given_time_to_leave(match, code, self.patterns.defaults)
            if _commented(match, matches) and all(inferred for *_, inferred in dyads):
                continue  # "Japan condemned the attack": Japan did not attack
            if _content_of(match, matches, plan.folded):
                continue  # "agreed to cooperate on curbing the flow": what the cooperation is about
            if _act_means(match, matches, plan.purposes) and _officials(dyads, lambda a: _actor(article, index, a)):
                continue  # "fired missiles in protest against the drills": the firing is the protest
            if _warned_response(match, code, matches, plan.codes) and all(t is None for _, t, _ in dyads):
                continue  # "warned that its forces will respond sternly": the warning, aimed at no one more
            if _named_as(match, matches, plan.codes):
                continue  # "condemned the drills as a rehearsal for an invasion": what they are called
            if _meeting_scene(match, matches, plan.codes):
                continue  # "discussed the curbs during talks in Tokyo": the talks are that discussion
            if _describes_thing(match.trigger):  # "six zones encircling Taiwan"
                dyads = [d for d in dyads if d[0] is not None]
            if _background(match, matches):  # "told reporters ahead of the summit", "since the war"
                dyads = [d for d in dyads if _both_named(d, code) and match.trigger.head.lower_ != "since"]
            dyads = _danger_said_of(match, code, dyads, told, index, self.patterns, self.conventions)
            dyads = _owner_of_predicated(match, dyads, told, match.trigger.idx, self.patterns)
            dyads = owned_commitment(match, dyads, self.patterns.defaults)
            code, dyads, settled = self._modal(code, match, dyads, index, referred)
            if _own_envoy(match, dyads, index):  # "Trump summoned Branstad": his own ambassador, no complaint
                code = self.conventions.purpose_other or code
            settled = settled or match.trigger.i in plan.purposes
            for source, target, inferred in dyads:
                if target is not None and target in index.group_members(source):
                    continue  # "ministers of A, B and C arranging trilateral talks": no talks of theirs with A
                actors = [_actor(article, index, a) for a in (source, target)]
                if self.relevance.audience_only(code, actors[0]):
                    continue  # "asked by reporters": a question from the press
                if self.relevance.audience_only(code, actors[1]):
                    if code[:2] == "01":  # "told reporters that ...": a report, what it says is the news
                        continue
                    target, actors[1] = None, None  # "Kim promised reporters ...": the audience, no target
                if self.relevance.ordinary_crime(code, actors) or self.relevance.no_political_actor(code, actors):
                    continue
                if self.relevance.private_trip(match.trigger, code, actors[0]):
                    continue  # "passengers travelled to the UK"
                if self.relevance.private_people(code, actors):
                    continue  # "Bassett approached Beedle in the alley"
                if self.relevance.routine_inquiry(match, code, actors):
                    continue  # "police are investigating after two bodies were found"
                if sport and self.relevance.team_event(code, actors):
                    continue  # "India beat South Africa by seven runs in the final"
                if business and self.relevance.company_event(code, actors):
                    continue  # "Microsoft agreed to buy Activision Blizzard for $68.7 billion"
                if self.relevance.private_case(actors, business) or self.relevance.product_act(match, actors):
                    continue  # "a jury ordered Samsung to pay"; "the FDA approved a gene therapy"
                key = (
                    frozenset((source, target)) if match.pattern.reciprocal else (source, target),
                    code[:2],
                    measured_from(match.trigger) is not None,  # "talks came a month after talks": two meetings
                )
                if key in seen:
                    continue
                seen.add(key)
                dyad = (source, target, inferred)
                meeting = plan.purposes.get(match.trigger.i)
                told_by = meeting.trigger if meeting is not None else match.trigger
                denied = match.trigger.i in plan.denials
                out.append(self._event(article, match, code, settled, sentence, dyad, quotes, setting, told_by, denied, index))
                told.add(match.trigger.lemma_, out[-1], _trigger_words(match))
                meeting = _meeting_of(match.trigger, at_meeting)
                if meeting is not None and occasions is not None:
                    occasions[out[-1].trigger.start] = meeting.trigger.start
        return out

    def _alleged(self, match, cue: set) -> bool:
        """An event inside what an allegation, a charge or a claim says, where that noun is the word
        of another event ("denied charges he ran a hit squad that killed officials"): only alleged."""
        alleged = self.patterns.defaults.get("alleged", frozenset())
        token = match.trigger
        for _ in range(ALLEGED_STEPS):
            if token.head.i == token.i:
                return False
            token = token.head
            if token.i in cue and token.lemma_.lower() in alleged:
                return True
        return False

    def _modal(self, code: str, match, dyads: list, index, referred=None) -> tuple[str, list, bool]:
        """The code and dyads after the modal on the event's own verb ("will not lift" 12x; "said
        China must drop" 10x, the speaker demanding of the clause's subject), and whether the code
        is settled (no intent convention applies on top)."""
        recoded, kind = self.conventions.modal(code, match.trigger)
        if match.pattern is APPEAL_PATTERN:  # "said Japan should take ...": the speaker's appeal to Japan
            recoded, kind = code, APPEAL
        elif match.pattern is DEMAND_PATTERN:  # "said Japan must act": the speaker's demand of Japan
            recoded, kind = code, DEMAND
        if kind is None and match.pattern.turned and reported_clause(match.trigger):
            kind = ORDER  # "told him he had two days to quit": the speaker's expulsion of the clause's subject
        if match.pattern.reported and kind not in (ACCUSE, APPEAL, ORDER) and match.pattern is not DEMAND_PATTERN:  # "said it would not provoke": a wrong only told is no act
            return code, [], True
        if kind is None and match.pattern.refused and _agentless_passive(match.trigger) and reported_clause(match.trigger):
            kind = REFUSED_THING  # "Kono said the ruling can never be accepted": the speaker refuses it
        if kind is None:
            return code, dyads, False
        if kind not in TURNED and kind != REFUSED_THING:
            return recoded, dyads, True
        speaker = next(iter(reporter(match.trigger, index, pronouns=True)), None)
        if speaker is None and match.pattern.kind == "noun" and predicated_subject(match.trigger) is not None:
            speaker = next(iter(reporter(match.trigger.head, index, pronouns=True)), None)  # "said X was a breach"
        if speaker is None and kind == ORDER:
            speaker = _passive_teller(match.trigger, index)  # "he was told by the rulers that he had two days to quit"
        turned = [(speaker, s or t, inferred) for s, t, inferred in dyads if (s or t) != speaker]
        if kind == REFUSED_THING and speaker is not None:
            return recoded, turned or [(speaker, _refused_owner(match, index, referred or {}, speaker), False)], True
        if speaker is None or not turned:  # no speaker named, or the speaker binds itself
            return code, ([] if match.pattern.reported else dyads), False  # a wrong only told: no act
        return recoded, turned, True

    def _appealed(self, token, index) -> Match | None:
        """ "Xi said Japan should take its concerns seriously": a reported clause whose verb names no
        event of its own, with the appeal modal ("should") and a named actor as its subject, is the
        speaker's appeal to that actor (020; conventions.yaml appeal_aux turns its actors round)."""
        if token.pos_ != "VERB" or not (reported_clause(token) or reported_conjunct(token)):
            return None
        auxes = {c.lower_ for c in token.children if c.dep_ == "aux"}
        if auxes & self.conventions.appeal_aux:
            pattern = APPEAL_PATTERN
        elif auxes & self.conventions.demand_aux and not any(c.dep_ == "neg" for c in token.children):
            pattern = DEMAND_PATTERN  # "said Europe must act": the speaker's demand (100) of Europe
        else:
            return None
        if not any(c.dep_ == "nsubj" and c.pos_ != "PRON" and index.at(c) for c in token.children):
            return None
        return Match(pattern, token, [])

    def _matches(self, article, sentence, index):
        credits = any(s.kind == "credit" for s in article.segments)  # most articles: no credit line to look up
        doc, pos = sentence.doc, column(sentence.doc, POS)
        for i in range(sentence.start, sentence.end):
            if pos[i] not in _MAY_MATCH:  # no pattern (Patterns.match) and no appeal (_appealed) for its word class
                continue
            token = doc[i]
            if (credits and article.in_credit(token.idx)) or index.at(token):
                continue
            match = self.patterns.match(token, lambda t: _role_words(article, index, t))
            if match is None:
                match = self._appealed(token, index)
            if match is None or match.pattern.code == NO_EVENT or _modifies_trigger(token, self.patterns):
                continue
            standing = _standing_state(token) and match.pattern.code != DENIAL  # "which Russia denies": a denial
            standing = standing and not _blamed_thing(token, match.pattern.code, index)
            if standing or (match.pattern.kind == "noun" and _named_event(token)):
                continue
            if match.pattern.kind == "noun" and self.relevance.names_people(token):  # "prisoners of war"
                continue
            yield match

    def _dyads(self, article, match, index, meeting=None, judged=None) -> list[tuple[str | None, str | None, bool]]:
        """``meeting``: the match of the meeting a purpose clause folds ("summoned X to complain"), or
        of the event a governor folds ("claimed they had attacked the base"), whose target this
        event takes when it names none; ``judged``: the event told before that a comment's object
        names, when the comment says what it is."""
        pattern = match.pattern
        if pattern.kind == "verb":
            args = verb_arguments(match, index)
            if meeting is not None and not args.targets and not pattern.reciprocal:
                args.targets = [a for a in verb_arguments(meeting, index).targets if a not in args.sources]
            if not args.sources and (issuer := _statement_issuer(match.trigger, index)) is not None:
                args.sources = [issuer]  # "The statement accused Washington of ...": its issuer's act
        else:
            args = noun_arguments(match, index, self.patterns.defaults)
            if pattern.participants and pattern.reciprocal and args.inferred and not args.targets:
                _joint_subjects(match.trigger, args, index)
            if pattern.participants:
                _add_participants(args, _participants(match.trigger, args, index), index, article)
        if len(args.sources) > 1 and not args.targets and not pattern.reciprocal and _each_other(match.trigger):
            return _both_ways(args.sources, args.inferred, index)  # "both sides accused each other": each the other
        if len(args.sources) > 1 and (self._exchanged(match.trigger) or pattern.reciprocal and not args.targets):
            return _pairs(args.sources, args.inferred, index)
        if pattern.reciprocal and pattern.code[:2] == MEETING_ROOT and _held_unagented(match, args):
            return _pairs(args.targets, args.inferred, index)  # "the Smith-Jones meeting was held": each with each
        if len(args.sources) > 1 and not args.targets and (_with_each_other(match, index) or _attended_together(match)):
            return _pairs(args.sources, args.inferred, index)
        if len(args.sources) > 1 and pattern.kind == "verb" and (
            mutual_act(match.trigger) and _with_each_other(match, index) or talked_over(match.trigger)
        ):  # "agreed to strengthen cooperation against X", "the two sides discussed X's program": with each other
            return _pairs(args.sources, args.inferred, index)
        if args.sources and not args.targets:  # the trigger's own words; a subject that stands for several
            standing = [index.at(s) for s in subjects(match.trigger)[0]] if len(args.sources) > 1 else []
            excluded = [*args.sources, *filter(None, standing)]  # sources ("the officials ... their meeting") is none
            excluded += _doers_own(match, args.sources, index)
            args.targets = phrase_targets(match, index, excluded, judged)
        sources = args.sources or [None]
        targets = [t for t in args.targets] or [None]
        dyads = [(s, t if t != s else None, args.inferred) for s in sources for t in targets]
        if pattern.reversed:  # "X appeared before the court" [:173]: the court acts on X
            dyads = [(t, s, inferred) for s, t, inferred in dyads]
        if pattern.needs_target:
            dyads = [d for d in dyads if d[1] is not None]
        if pattern.reciprocal and pattern.code[:2] == "04":  # "a summit between the two countries": Kim meets no North Korea
            dyads = list(dict.fromkeys(_person_side(d, index) for d in dyads))
        return [d for d in dyads if d[0] is not None or d[1] is not None]

    def _agentless_state(self, article, match, code: str, dyads: list, setting, index) -> list:
        """An arrest, a charge or a sentence told in the passive with no agent ("Choi was sentenced to
        20 years", "the activist was arrested in Seoul") is the state's act (CAMEO codes the police
        and the courts by their state): the state of the place in its clause, else the one state of
        all the article's courts and police; a state the article names as an actor. Else no source."""
        codes = self.patterns.defaults.get("agentless_state_codes", frozenset())
        trigger = match.trigger
        if not any(code.startswith(c) for c in codes) or not any(s is None and t for s, t, _ in dyads):
            return dyads
        if match.pattern.kind != "verb" or not _agentless_passive(trigger):
            return dyads
        state = _place_state(article, setting.place(trigger)) or _legal_state(article, index)
        if state is None:
            return dyads
        return [(state if s is None and t and t != state else s, t, inferred) for s, t, inferred in dyads]

    def _own_forces(self, match, code: str, dyads: list, index) -> tuple[str, list]:
        """The forces a state deploys or sends are its own, no target ("deploy National Guard troops to
        the border": was Trump -> National Guard 062): the target is whom they are aimed at ("to the
        border with Mexico"), else none. Sent to no state itself ("to the border", "to the Mexico
        border"), a deployment is a show of force (154, CAMEO's "mobilize or increase armed
        forces"), not military cooperation (062)."""
        codes = self.patterns.defaults.get("force_codes", frozenset())
        trigger = match.trigger
        verbs = self.patterns.defaults.get("force_verbs", frozenset())
        if match.pattern.kind != "verb" or code[:3] not in codes or trigger.lemma_.lower() not in verbs:
            return code, dyads
        forces = {index.at(t) for o in trigger.children if o.dep_ == "dobj" for t in _own_words(o)} - {None}
        if code.startswith("15"):  # "put its troops on alert": forces no name but their words make an actor
            forces |= set(index.all_of(o for o in trigger.children if o.dep_ == "dobj"))
        if not any(t in forces for _, t, _ in dyads):
            return code, dyads
        sources = list(dict.fromkeys(s for s, _, _ in dyads))
        inferred = dyads[0][2]
        targets = phrase_targets(match, index, [*(s for s in sources if s), *forces]) or [None]
        dyads = [(s, t, inferred) for s in sources for t in targets if s is not None or t is not None]
        received = {index.at(o) for p in trigger.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children}
        if not code.startswith("15") and not any(t in received for _, t, _ in dyads if t is not None):
            code = next(iter(self.patterns.defaults.get("own_forces_code", ())), code)  # a posture stays one
        return code, dyads

    def _refused_by_negation(self, match) -> bool:
        """The event is a refusal because its own verb is negated ("cannot accept the demands" 120, "will
        not allow such plans" 120, "will not lift the ban" 1241), not a refusal denied ("did not reject")."""
        return match.pattern.refused or self.conventions.modal(match.pattern.code, match.trigger)[1] == REFUSE

    def _exchanged(self, trigger) -> bool:
        """"Indian and Pakistani troops exchanged fire", "the two sides traded accusations": an act
        that the subjects exchange is done by each to the other, whatever else the clause names (the
        things exchanged, where)."""
        verbs = self.patterns.defaults.get("exchange_verbs", frozenset())
        return trigger.lemma_ in verbs or trigger.dep_ == "dobj" and trigger.head.lemma_ in verbs

    def _event(
        self, article, match, code: str, settled: bool, sentence, dyad, quotes, setting, told=None, denied=False, index=None
    ) -> Event:
        """``told``: the word whose modality the event has (a summons' purpose: the summons');
        ``denied``: a denied intention ("said it did not plan to invade"), whose denial was made."""
        source, target, inferred = dyad  # as _dyads gives them
        told = match.trigger if told is None else told
        threat_word = code[:2] == THREAT_ROOT  # a threat its own words make, not one a convention makes of a future act
        refusal = code[:2] == REFUSAL_ROOT and told is match.trigger and self._refused_by_negation(match)
        refusal = refusal or threat_word and told is match.trigger and match.pattern.litotes  # "will not leave X unanswered"
        mood = ASSERTED if denied else modality(told, quotes, match.cue if told is match.trigger else (), refusal=refusal)
        code = code if settled else self.conventions.conditional(code, match.trigger, mood)
        code = code if settled else self.conventions.future(code, match.trigger, mood)
        if self.conventions.denial(code, match.trigger) != code:  # "has no plans to attack"
            code, mood = self.conventions.denial(code, match.trigger), ASSERTED
        if threat_word:
            mood = _threat_made(code, told, mood, self.conventions.future_aux)
        code = self.codebook.cameo(_official(code, _actor(article, index, source), match.trigger))  # a group made here too
        trigger = _trigger_mention(article, match)
        confidence = (
            match.pattern.confidence
            + (0.15 if source and target else 0.0)
            - (0.15 if inferred else 0.0)
            - _embedding_penalty(match.trigger)
        )
        return Event(
            id=_event_id(article.id, trigger, code.code, source, target),
            source=source,
            target=target,
            cameo=code.code,
            plover=self.codebook.plover(code.code),
            goldstein=code.goldstein,
            quad_class=code.quad_class,
            modality=mood,
            evidence=Span(sentence.start_char, sentence.end_char),
            trigger=trigger,
            date=setting.date(told, mood, article.published, said=code.code[:2] in SAYING_ROOTS),
            place=setting.place(match.trigger),
            confidence=round(max(0.05, min(confidence, 0.95)), 2),
            target_text=None if target else _object_mention(article, match, self.patterns),
        )


def _own_words(noun) -> list:
    """The words of a noun phrase outside its prepositional phrases ("a team of paratroopers to
    Lebanon": not "Lebanon")."""
    out = [noun]
    for child in noun.children:
        if child.dep_ not in ("prep", "relcl", "acl"):
            out += _own_words(child)
    return out


def _passive_teller(verb, index: ActorIndex) -> str | None:
    """The agent of the passive reporting verb whose clause ``verb`` is ("was told by the rulers that he
    had two days to quit the capital": the rulers), or None."""
    if verb.dep_ != "ccomp" or verb.head.i == verb.i:
        return None
    agents = [g for c in verb.head.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return next(iter(index.all_of(agents)), None)


def _refused_owner(match, index, referred: dict, speaker: str) -> str | None:
    """Whose thing a speaker refuses in the passive: an actor of its own words ("the decision by the
    court"), else the source of the act told before that it names ("the ruling": the court's)."""
    for subject in (c for c in match.trigger.children if c.dep_ == "nsubjpass"):
        owner = next((a for t in subject.subtree if (a := index.at(t)) is not None and a != speaker), None)
        earlier = referred.get(subject.i)
        if owner is None and earlier is not None:
            owner = earlier.source if earlier.source != speaker else earlier.target
        if owner is not None:
            return owner
    return None


REFUSED_THING = "refused"  # a refusal told in the passive by its speaker ("said the ruling cannot be accepted")
LEGAL_SECTORS = frozenset({"JUD", "COP"})  # courts, prosecutors, police


def _agentless_passive(trigger) -> bool:
    """ "was sentenced", "was found guilty and sentenced": a passive verb, or one conjoined with a
    passive, with no "by" agent of its own."""
    verb = trigger
    while verb.dep_ == "conj" and not any(c.dep_ == "auxpass" for c in verb.children):
        verb = verb.head
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    return not any(c.dep_ == "agent" for c in (*trigger.children, *verb.children))


def _place_state(article, place_id: str | None) -> str | None:
    place = next((p for p in article.places if p.id == place_id), None) if place_id else None
    state = article.actor(place.country) if place is not None and place.country else None
    return state.id if state is not None and state.kind == "state" else None


def _legal_state(article, index: ActorIndex) -> str | None:
    """The state of the article's courts and police, when they all are one state's; where the
    article names no such state as an actor, its only court or police ("South Korea's Supreme
    Court"). The courts and police are the article's actors and the groups its events named so far
    ("A court in Seoul sentenced Park ...": a South Korean court)."""
    made = list(index.groups.made.values()) if index.groups is not None else []
    legal = [a for a in (*article.actors, *made) if a.sector in LEGAL_SECTORS and a.kind != "person" and a.country]
    if len({a.country for a in legal}) != 1:
        return None
    state = article.actor(legal[0].country)
    if state is not None and state.kind == "state":
        return state.id
    return legal[0].id if len(legal) == 1 else None


STATEMENT_DETERMINERS = frozenset({"the", "this", "that"})
STATEMENT_SENTENCES = 3  # how far back the statement's issuance may be told


def _statement_issuer(trigger, index: ActorIndex) -> str | None:
    """ "North Korea's foreign ministry issued a statement. The statement accused Washington of ...",
    "China said in a statement that ... The statement called on Seoul ...": a definite statement
    (participants.yaml ``statement_nouns``) as the subject speaks for its issuer, the subject (or the
    possessor) of the nearest statement told before in its sentence or the few before it; None when
    that statement names no actor."""
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    if subject is None and trigger.dep_ == "acl" and trigger.tag_ == "VBD" and trigger.head.dep_ == "ROOT":
        subject = trigger.head  # "The statement called on Seoul ...", parsed as a noun its verb modifies
    nouns = words()["statement_nouns"]
    if subject is None or subject.lemma_.lower() not in nouns or index.at(subject):
        return None
    if not any(c.dep_ == "det" and c.lower_ in STATEMENT_DETERMINERS for c in subject.children):
        return None
    doc, start = trigger.doc, subject.sent.start
    for _ in range(STATEMENT_SENTENCES):
        if start > 0:
            start = doc[start - 1].sent.start
    for tok in reversed(doc[start : subject.i]):
        if tok.lemma_.lower() not in nouns:
            continue
        owner = index.possessor(tok) or next(iter(index.modifiers(tok)), None)  # "A Chinese Foreign Ministry statement"
        if owner is not None:
            return owner
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head if tok.dep_ in ("dobj", "nsubjpass") else None
        for _ in range(3):  # "said in a statement that it opposed ...": the parse may hang it on the clause
            if verb is None:
                return None
            found = index.heads_only(c for c in verb.children if c.dep_ == "nsubj")
            if found:
                return found[0]
            verb = verb.head if verb.dep_ in ("ccomp", "xcomp", "conj") and verb.head.i != verb.i else None
        return None
    return None


def _held_unagented(match, args) -> bool:
    """A meeting told in the passive with no one said to hold it ("the Smith-Jones meeting was held in
    Rome", "talks held last week between X and Y"): the parties its subject or a between phrase names are
    its sides, none the meeting's object alone (was: no source, each party a target, or no event)."""
    verb = match.trigger
    return (
        match.pattern.kind == "verb" and not args.sources and len(args.targets) > 1
        and subjects(verb)[1] and not any(c.dep_ == "agent" for c in verb.children)
    )


def _pairs(sources: list, inferred: bool, index: ActorIndex) -> list:
    """One dyad per pair of joint sources; a person and their own state are one side, no pair, and
    a state whose person is among the sources is that person's side already."""
    people = {index.country(a) for a in sources if _kind(index, a) == "person"}
    states = [a for a in sources if _kind(index, a) == "state"]
    if len(states) > 1:  # "US and Chinese negotiators": the group the phrase made is its states, no party of its own
        sources = [a for a in sources if not (_kind(index, a) == "group" and index.country(a) in states)]
    return [(s, t, inferred) for s, t in combinations(sources, 2) if not _own_side(s, t, index, people)]


RECIPROCAL_OBJECTS = (("each", "other"), ("one", "another"), ("the", "other"))  # "accused each other"


def _each_other(trigger) -> bool:
    """The verb's object is a reciprocal pronoun ("accused each other", "blamed one another", "both
    sides blamed the other for opening fire")."""
    for obj in trigger.children:
        if obj.dep_ != "dobj":
            continue
        words = tuple(t.lower_ for t in sorted([obj, *(c for c in obj.children if c.dep_ == "det")], key=lambda t: t.i))
        if words in RECIPROCAL_OBJECTS:
            return True
    return False


def _both_ways(sources: list, inferred: bool, index: ActorIndex) -> list:
    """What the members of a collective subject do to each other, told of no mutual act ("the two
    countries accused each other"): each to each, one event per ordered pair."""
    pairs = _pairs(sources, inferred, index)
    return [d for s, t, inf in pairs for d in ((s, t, inf), (t, s, inf))]


def _own_side(s, t, index: ActorIndex, people: set = frozenset()) -> bool:
    """Whether a person and their own state stand on one side ("North Korean leader Kim Jong Un"
    and North Korea), or a state is the side of a person among the sources already."""
    if s in people or t in people:
        return True
    kinds = (_kind(index, s), _kind(index, t))
    return (kinds == ("person", "state") and index.country(s) == t) or (
        kinds == ("state", "person") and index.country(t) == s
    )


def _kind(index: ActorIndex, actor_id) -> str | None:
    actor = index.article.actor(actor_id)
    return actor.kind if actor is not None else None


def _person_side(dyad, index: ActorIndex):
    """A meeting of a person with their own state is the person's, with no one named: the dyad
    with the person as source and no target."""
    s, t, inferred = dyad
    if s is None or t is None or not _own_side(s, t, index):
        return dyad
    return (s, None, inferred) if _kind(index, s) == "person" else (t, None, inferred)


def _with_each_other(match, index: ActorIndex) -> bool:
    """ "The two sides agreed to establish relations", "the three countries will hold exercises",
    "Seoul and Tokyo moved to mend ties": what the members of a collective subject do without a
    target they do with each other (CAMEO roots 03-06 but visits), one event per pair."""
    code = JOINT_EXERCISE if joint_exercise(match.trigger, index) else match.pattern.code
    return (
        (code[:2] in words()["joint_roots"] or code in words()["mutual_codes"])
        and code not in words()["destination_codes"]
        and collective_subject(match.trigger, index)
    )


def _attended_together(match) -> bool:
    """ "The meeting was attended by Mori, Sherman and Choi", "Li, Moon and Abe attended the summit":
    those who attend a meeting together meet each other (CAMEO 04), one event per pair; one who
    attends alone visits whoever holds it."""
    return match.pattern.code[:2] == MEET_ROOT and match.trigger.lemma_.lower() in words()["attendance_verbs"]


def _referred(matches, told: Antecedents, before: int) -> dict:
    """Nominal triggers that point back to an event told before ("condemned the attack"), as
    {trigger index: the earlier event}; they are no new events."""
    verbs = {m.trigger.i for m in matches if m.pattern.kind == "verb"}
    out = {}
    for m in matches:
        noun = m.trigger
        if m.pattern.kind == "noun" and noun.head.i in verbs and back_reference(noun):
            earlier = told.find(noun.lemma_, m.pattern.code, before)
            if earlier is not None:
                out[noun.i] = earlier
    return out


OCCASION_PREPS = frozenset({"during", "in", "at"})
MEETING_ROOT = "04"


def _occasions(matches, told: Antecedents, before: int) -> dict:
    """A definite meeting noun with no words of its own after "during", "in" or "at" ("During the
    meeting, Moon urged Xi ...", "also protested the event during the talks") names the meeting told
    before: it is no new event (no intent to meet), and what its clause tells happened at it. As
    {the noun's index: the earlier meeting}."""
    out = {}
    for m in matches:
        noun = m.trigger
        if m.pattern.kind != "noun" or m.pattern.code[:2] != MEETING_ROOT or noun.head.lower_ not in OCCASION_PREPS:
            continue
        if not back_reference(noun, dep="pobj"):
            continue
        earlier = told.find(noun.lemma_.lower(), m.pattern.code, before)
        if earlier is not None and earlier.cameo[:2] == MEETING_ROOT:
            out[noun.i] = earlier
    return out


def _meeting_of(trigger, at_meeting: dict):
    """The earlier meeting an event's clause says it happened at: an occasion phrase on the trigger
    or on a verb above it."""
    if not at_meeting:
        return None
    for token in (trigger, *trigger.ancestors):
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ in OCCASION_PREPS:
                found = next((at_meeting[c.i] for c in prep.children if c.i in at_meeting), None)
                if found is not None:
                    return found
    return None


def _dated_by_occasion(events: list, occasions: dict) -> list:
    """An event told as happening at a meeting told before, with no time of its own clause, takes
    that meeting's day (after the lead's days are settled: ``Setting.retold``), anchor ``occasion``."""
    if not occasions:
        return events
    dates = {}
    for e in events:
        dates.setdefault(e.trigger.start, e.date)
    out = []
    for e in events:
        day = dates.get(occasions.get(e.trigger.start))
        if day is not None and e.date is not None and e.date.anchor != "clause":
            e = replace(e, date=replace(day, anchor="occasion"))
        out.append(e)
    return out


def _target_from_referred(match, dyads: list, referred: dict) -> list:
    """ "Biden condemned the attack": the event acted on names the target, its source (or its
    target, when that source is the actor's own)."""
    earlier = next((referred[c.i] for c in match.trigger.children if c.i in referred), None)
    if earlier is None:
        return dyads
    out = []
    for source, target, inferred in dyads:
        if target is None:
            target = earlier.source if earlier.source != source else earlier.target
        out.append((source, target, inferred))
    return out


ASSERTED = "asserted"
MEET_ROOT = "04"
SHOW_OF_FORCE = "15"  # an exercise of one's own (CAMEO 150)
JOINT_EXERCISE = "062"  # cooperate militarily: "including joint military exercises"
OWN_EXERCISE = "150"  # demonstrate military or police power: "joint" exercises of one actor's own forces
COMMENT_ROOTS = ("01", "02", "11", "12")  # statements, appeals, disapproval, rejection
OFFICIAL_COMPLAINT = "114"  # a protest by a state or its government
APPEAL_PATTERN = Pattern("should", "verb", "020", reported=True)  # what an actor "should" do, as told (_appealed)
DEMAND_PATTERN = Pattern("must", "verb", "100", reported=True)  # what an actor "must" do, as told (_appealed)

PROTESTS = ("140", "141")  # "protested": a demonstration when a people protests
APPROVALS = ("051", "052", "053", "054", "055", "056")  # praise, support, ...: not a signing (057)


def _trigger_words(match) -> frozenset:
    return frozenset(t.lemma_.lower() for t in (match.trigger, *match.cue))


def _target_from_commented(
    match, code: str, dyads: list, told: Antecedents, before: int, patterns: Patterns, exercises=frozenset()
) -> list:
    """ "Iran denounced the agreement", "called the agreement a historic mistake", "China rejected
    the charge", "Kishida condemned the launch", "Japan welcomed the summit": a comment on a
    definite noun with no words of its own names an event told before; with no target of its own,
    the comment's target is that event's source (or its target, when the source is the
    commenter). An exercise's code name ("condemned the Joint Sword drills", "denounced Freedom Shield")
    names the exercise told before (``exercises``: the tokens of such names)."""
    commenting = code[:2] in COMMENT_ROOTS or code[:3] in APPROVALS
    commenting = commenting or code[:3] in PROTESTS and _protest_word(match.trigger)  # "a strong protest over the launch"
    if not commenting or any(t is not None for _, t, _ in dyads):
        return dyads
    objects = [
        c for c in match.trigger.children if c.dep_ == "dobj" and back_reference(c, names=exercises)
    ] or _concern_over(match.trigger)
    earlier = told.named_by(objects[0], before, _roots_named(objects[0], patterns)) if objects else None
    if earlier is None and any(c.dep_ == "dobj" and c.i in exercises for c in match.trigger.children):
        earlier = told.told_with(exercise_words()[0], before)
    if earlier is None and not objects:  # "welcomed the lifting of martial law": only its own verb's event
        acted = [c for c in match.trigger.children if told_of(c)]
        earlier = told.named_by(acted[0], before) if acted else None
    if earlier is None and code[:3] in APPROVALS:
        earlier = _act_just_told(match.trigger, told, before, {s for s, _, _ in dyads})
    if earlier is None:
        return dyads
    out = []
    for source, _, inferred in dyads:
        if _done_together(earlier):  # "Putin and Kim signed a treaty ... Seoul condemned the treaty": both signers
            out += [(source, p, inferred) for p in (earlier.source, earlier.target) if p and p != source]
            continue
        others = [p for p in told.sources_of(earlier) if p != source]
        if earlier.target is None and others:  # "Seoul and Canberra began the drill ... X denounced it": each
            out += [(source, p, inferred) for p in others]
            continue
        target = earlier.source if earlier.source != source else earlier.target
        out.append((source, target, inferred))
    return out


def _act_just_told(trigger, told: Antecedents, before: int, commenters: set):
    """ "Dendias announced plans to double the navy, and Mattis welcomed the move", "Boluarte told her
    envoys to restart the negotiations ... Chile welcomed the decision in a press release": praise of a bare
    word of acting (participants.yaml ``act_nouns``: "the move", "the decision", "the step"; no owner or
    words of its own) names the last act (no comment) another told in its sentence or the one before;
    or None."""
    acts = words()["act_nouns"]
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in acts and _bare_act(c) for c in trigger.children):
        return None
    sentence = trigger.sent
    after = trigger.doc[sentence.start - 1].sent.start_char if sentence.start > 0 else sentence.start_char
    return told.last_between(after, before, frozenset(commenters), _comment_code)


BARE_ACT_PREPS = frozenset({"in", "at", "during"})  # "welcomed the decision in a statement": where it was said


def _bare_act(noun) -> bool:
    """ "the move", "the decision in a statement": definite, with no owner, name or words of its own."""
    return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children) and all(
        c.dep_ in ("det", "amod", "advmod", "punct") or c.dep_ == "prep" and c.lower_ in BARE_ACT_PREPS
        for c in noun.children
    )


def _comment_code(code: str) -> bool:
    return code[:2] in COMMENT_ROOTS or code[:3] in APPROVALS


def _threat_made(code: str, told, mood: str, future_aux: frozenset) -> str:
    """ "said Athens would take tough measures against Ankara", "will take countermeasures against the
    firms": a threat (13x, by its own words) told by its own verb's "will" or "would" was made, an intent
    (as "vowed to take action against"), not a prediction of someone else's; others' predictions ("is
    expected to take countermeasures against") and other codes keep their modality ("Israel will attack
    Syria", made a threat by the future convention, stays predicted). A threat on its own condition ("will
    work out new countermeasures if Quito keeps the tariffs") was made too: the condition is of the act it
    announces (as a warning's, modality's ``conditional``)."""
    if code[:2] != THREAT_ROOT or mood not in ("predicted", "conditional") or told.pos_ not in ("VERB", "AUX"):
        return mood
    if mood == "conditional" and not any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children) for c in told.children
    ):
        return mood  # a condition that governs the threat from outside ("if it comes to that, X would ...")
    if not any(c.dep_ == "aux" and c.lower_ in future_aux for c in told.children):
        return mood
    return "predicted" if "predicted" in governed_moods(told) else "intended"


OWNED_SENTENCES = 6  # how far back the thing commented on may have been told with its owner


def _target_of_owned(match, code: str, dyads: list, index: ActorIndex) -> list:
    """ "The envoy made remarks ... Athens criticized the remarks", "Hungary's project ... Slovakia restated
    its opposition to the project", "the city council held the festival ... Vienna protested the festival": a
    disapproval or rejection (participants.yaml ``owned_roots``) with no target, whose object (or what
    its word is "to", "over", "against" ...) is a definite thing with no owner of its own, is aimed at
    the owner that thing was told with before: its possessor or modifier, its "by" agent, or the
    subject of the verb it was the object of. A word of acting with its verb ("the move to ban the
    imports") is also that verb's noun ("Peru's ban on the imports")."""
    w = words()
    if code[:2] not in w["owned_roots"] or not dyads or any(t is not None for _, t, _ in dyads):
        return dyads
    heads = [match.trigger, *match.cue]
    things = [c for h in heads for c in h.children if c.dep_ == "dobj"]  # "protesting the decision": a cue word too
    things += [g for h in (*heads, *things) for p in h.children if p.dep_ == "prep" and p.lower_ in w["owned_preps"]
               for g in p.children if g.dep_ == "pobj"]
    things = [t for t in things if _unowned_definite(t, index)]
    if not things:
        return dyads
    thing = things[0]
    lemmas = {thing.lemma_.lower()}
    if thing.lemma_.lower() in w["act_nouns"]:
        lemmas |= {c.lemma_.lower() for c in thing.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"}
    owner = _told_owner(thing, lemmas, index)
    sources = {s for s, _, _ in dyads}
    if owner is None or owner in sources or index.country(owner) in {index.country(s) for s in sources if s} - {None}:
        return dyads
    return [(s, owner, True) for s, _, _ in dyads]


def _unowned_definite(noun, index: ActorIndex) -> bool:
    """A definite common noun that names no actor and has no possessor, modifier actor or
    prepositional phrase of its own ("the remarks", "the harsh measure", "the move to ...")."""
    if noun.pos_ != "NOUN" or index.at(noun) or not _definite(noun):
        return False
    return not index.possessor(noun) and not index.modifiers(noun) and not any(
        c.dep_ == "prep" and c.lower_ != "as" for c in noun.children)  # "called the remarks meddling"


def _doers_own(match, sources: list[str], index: ActorIndex) -> list[str]:
    """ "Lavrov expressed Moscow's support for the deal", "the president reaffirmed Mongolia's firm
    backing for the one-China policy": the state owning the thing a cue names, when it is the doer's own
    state, is the doer's side, no target of it (whom the support is for is)."""
    noun = match.cue_object
    owner = index.possessor(noun) if noun is not None else None
    if owner is None or owner in sources or not index.is_state(owner):
        return []
    return [owner] if owner in doers_own_states(noun, sources, index) else []


def _told_owner(thing, lemmas: set, index: ActorIndex) -> str | None:
    """The owner of the nearest earlier mention of a noun among ``lemmas`` within OWNED_SENTENCES."""
    doc, start = thing.doc, thing.sent.start
    for _ in range(OWNED_SENTENCES):
        if start > 0:
            start = doc[start - 1].sent.start
    for tok in reversed(doc[start : thing.i]):
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in lemmas:
            continue
        owner = index.possessor(tok) or next(iter(index.modifiers(tok)), None) or _agent_of(tok, index)
        if owner is None and tok.dep_ == "dobj" and tok.head.pos_ in ("VERB", "AUX"):  # "The Danish government
            owner = next((a for c in tok.head.children if c.dep_ == "nsubj" and (a := index.of_phrase(c))), None)  # held it"
        if owner is not None:
            return owner
    return None


def _agent_of(noun, index: ActorIndex) -> str | None:
    """ "the seizure of a trawler by Danish sailors", "a festival held by the city council": the agent."""
    for child in (*noun.children, *(c for c in noun.children if c.dep_ == "acl" for c in c.children)):
        if child.dep_ in ("prep", "agent") and child.lower_ == "by":
            found = next((a for g in child.children if g.dep_ == "pobj" and (a := index.of_phrase(g))), None)
            if found:
                return found
    return None


def _owner_of_predicated(match, dyads: list, told: Antecedents, before: int, patterns: Patterns) -> list:
    """ "North Korea fired shells into the zone ... Seoul said firing shells into the zone is a clear
    violation of the accord", "the drills constitute a breach of the statement": a wrong said of an
    act that names no owner (a gerund, or a definite noun) names the act told before; its source (each
    of them, for an act done together) owns the wrong, which the speaker's accusation then faces."""
    if match.pattern.kind != "noun" or not match.pattern.reported or any(s or t for s, t, _ in dyads):
        return dyads
    subject = predicated_subject(match.trigger)
    if subject is not None and subject.tag_ != "VBG" and not _definite(subject):
        # "Firing shells into the zone is ...": the gerund the parser may read as a compound of its object
        first = subject.left_edge
        subject = first if first.i < subject.i and first.dep_ in ("compound", "amod") and first.lower_.endswith("ing") else None
    if subject is None:
        return dyads
    earlier = told.named_by(subject, before, _roots_named(subject, patterns))
    if earlier is None:
        return dyads
    owners = told.sources_of(earlier) or [earlier.source]
    if _done_together(earlier) and earlier.target not in (None, *owners):  # "began joint drills": both
        owners = [*owners, earlier.target]
    return [(owner, None, True) for owner in owners]


def _danger_said_of(match, code: str, dyads: list, told: Antecedents, index, patterns: Patterns, conventions) -> list:
    """ "Kono said the launch was a grave threat to the region", "said the tests posed a threat to their
    neighbours": a danger (a said wrong of a threat's code, conventions.yaml said_wrongs) a speaker says
    another's act is or poses is the speaker's accusation of whoever did the act, not a threat against
    the one endangered: its one party is the owner of the act said to be it (named with it, or the act
    told before), whom the accusation then faces."""
    trigger = match.trigger
    if match.pattern.kind != "noun" or trigger.lemma_.lower() not in conventions.said_wrongs:
        return dyads
    if code[:2] in ("11", "12") or code[:2] not in conventions.said_wrong_roots or not reported_clause(trigger):
        return dyads  # a wrong's own 11x/12x: the accusation as before
    subject = predicated_subject(trigger)
    if subject is None:
        return dyads
    named = [a for a in (index.possessor(subject), *index.modifiers(subject),
                         *index.all_of(prep_objects(subject, AGENT_PREPS | {"of"}))) if a is not None]
    if named:
        return [(named[0], None, False)]
    if not _definite(subject):
        return []  # no act named: the one endangered is no party to it
    for act in (subject, *prep_objects(subject, frozenset({"of"}))):  # "the launch", "the series of launches"
        earlier = told.named_by(act, trigger.idx, _roots_named(act, patterns))
        owners = [] if earlier is None else [o for o in (told.sources_of(earlier) or [earlier.source]) if o]
        if owners:
            return [(owner, None, True) for owner in owners]
    return []


def _definite(noun) -> bool:
    return noun.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children)


def _done_together(event) -> bool:
    """An act its two parties do together (CAMEO roots 03-06 but visits: a pact signed, a summit
    held): a comment on it faces both."""
    return (
        event.target is not None
        and event.cameo[:2] in words()["joint_roots"]
        and event.cameo not in words()["destination_codes"]
    )


def _judged(match, code: str, told: Antecedents, patterns: Patterns):
    """The event told before that a comment names by a definite noun of its own, when the comment
    says what it is ("called the launch a violent act", "condemned the exercise as a rehearsal for an
    invasion of the North"): its parties, not those of what it is called, are the comment's."""
    commenting = code[:2] in COMMENT_ROOTS or code[:3] in APPROVALS
    if not commenting or not what_it_is_called(match.trigger):
        return None
    objects = [c for c in match.trigger.children if c.dep_ == "dobj" and back_reference(c)]
    return told.named_by(objects[0], match.trigger.idx, _roots_named(objects[0], patterns)) if objects else None


AIMED_ROOTS = ("10", "13")  # demands and warnings: aimed at someone, named or not


def _target_of_coordinated_comment(match, code: str, dyads: list, events: list) -> list:
    """ "condemned the exercise as a war rehearsal and warned that it would take military action": a
    warning or demand that names no one, coordinated with a comment whose target the event it
    comments on gave (an event told before), is aimed at that target too."""
    if code[:2] not in AIMED_ROOTS or any(t is not None for _, t, _ in dyads):
        return dyads
    verb = match.trigger
    if verb.dep_ == "ccomp" and verb.head.dep_ == "conj":  # "... and said it would take measures"
        verb = verb.head
    if verb.dep_ != "conj":
        return dyads
    sources = {s for s, _, _ in dyads}
    targets = [e.target for e in events if e.trigger is not None and e.trigger.start == verb.head.idx
               and e.target and e.source in sources]
    return [(s, t, inferred) for s, _, inferred in dyads for t in dict.fromkeys(targets)] or dyads


CONDITION_MARKS = frozenset({"if", "unless"})
THREAT_ROOT = "13"


def _target_of_condition(match, code: str, dyads: list, index: ActorIndex) -> list:
    """ "Seoul warned of a stern response if Pyongyang provokes again", "threatened new sanctions if
    North Korea conducts another test", "warned it would retaliate if South Korea resumes the
    broadcasts": a threat that names no one is aimed at the actor whose act its condition names,
    the subject of its "if" or "unless" clause (on the trigger or on the clause it governs); not
    the threatener itself ("... if it is attacked"). A threat whose target is one of the condition's
    joint subjects ("if Chile and Peru hold the drills") is aimed at each of them."""
    if code[:2] != THREAT_ROOT or not dyads:
        return dyads
    named = {t for _, t, _ in dyads if t is not None}
    heads = [match.trigger, *(c for c in match.trigger.children if c.dep_ in ("ccomp", "xcomp"))]
    clauses = [
        c for h in heads for c in h.children
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)
    ]
    sources = {s for s, _, _ in dyads}
    targets = [
        a for clause in clauses for a in index.all_of([c for c in clause.children if c.dep_ == "nsubj"])
        if a not in sources
    ]
    if not targets or named and not named < set(targets):
        return dyads
    return list(dict.fromkeys((s, t, inferred) for s, _, inferred in dyads for t in targets))


OBJECT_PREPS = frozenset({"against", "with", "over", "about", "at", "to", "on", "of"})


def _target_of_protest(match, code: str, dyads: list, told: Antecedents, actor) -> list:
    """ "South Korea protested strongly" after "Japan tightened controls on exports to South Korea";
    "... summoned the ambassador and lodged a protest" after the court's ruling; "Beijing demanded
    that she retract the remarks, but Takaichi refused"; "Russia denied that its aircraft had
    violated airspace" after "South Korean jets fired warning shots": an official disapproval,
    refusal or denial that names nothing it is about answers the last act told before by another
    state's actor; its target is that act's source. Only for a source of a known state."""
    official = code[:3] in PROTESTS and _protest_word(match.trigger)  # 114 when a state's (_official)
    blame = code[:3] == "016" and not match.pattern.content and _denies_blame(match)  # "Moscow denies any
    # involvement": it answers an accusation (11x) told before, none other
    denial = code[:3] == "016" and match.pattern.content or blame  # "denied that its aircraft had violated airspace"
    countered = code[:2] == THREAT_ROOT and _counter_measure(match)  # "will be forced to take countermeasures"
    if code[:2] not in ("11", "12") and not (official or denial or countered) or not dyads \
            or any(t is not None for _, t, _ in dyads):
        return dyads
    if countered:
        official = True  # a state's, or its government's, threat: whom it answers (no demonstration's)
    said = [c for t in (match.trigger, *match.cue) for c in t.children]
    said += [  # "voices disappointment and regret over ...": what its conjoined feeling is about
        p for c in said if c.dep_ == "conj" for p in c.children if p.dep_ == "prep" and p.lower_ in CONCERN_PREPS
    ]
    if not countered and any(c.dep_ in ("dobj", "ccomp", "xcomp", "oprd") and c not in match.cue and not denial for c in said):
        return dyads  # "criticized the plan", "said the ruling was regrettable": its own object
    if any(c.dep_ == "prep" and c.lower_ in OBJECT_PREPS for c in said):
        return dyads
    out = []
    for source, _, inferred in dyads:
        home = getattr(actor(source), "country", None)
        if official and getattr(actor(source), "kind", None) != "state" and getattr(actor(source), "sector", None) != "GOV":
            home = None  # "Thousands protested": a demonstration, about what it does not say
        earlier = told.last_by_other(match.trigger.idx, home, lambda a: getattr(actor(a), "country", None))
        if blame and earlier is not None and earlier.cameo[:2] != ACCUSATION_ROOT:
            earlier = None  # "Russia attacked Japan. China rejected the charge": no accusation told
        out.append((source, earlier.source if earlier is not None else None, inferred))
    bare = match.pattern.object is None and match.pattern.xcomp is None and match.pattern.prep is None
    if code[:2] == "12" and bare:  # "but Takaichi refused": a refusal of nothing told is no event
        out = [d for d in out if d[1] is not None]
    return out


ACCUSATION_ROOT = "11"  # disapprove: accuse, blame, criticize
THREAT_ROOT = "13"


def _counter_measure(match) -> bool:
    """ "take countermeasures", "retaliate": a threat whose act, or the act's object, is a counter-measure
    (participants.yaml's ``counter_words``), which answers what another did."""
    counter = words()["counter_words"]
    heads = [match.trigger, *match.cue]
    return any(h.lower_ in counter or h.lemma_.lower() in counter for h in heads) or any(
        c.dep_ == "dobj" and (c.lower_ in counter or c.lemma_.lower() in counter) for h in heads for c in h.children
    )


def _denies_blame(match) -> bool:
    """ "denies any involvement", "denied wrongdoing": a denial whose object is the blame itself (words
    of participants.yaml's ``blame_nouns``), which answers the accusation told before."""
    heads = [match.trigger, *match.cue]
    return any(c.dep_ == "dobj" and c.lemma_.lower() in words()["blame_nouns"] for h in heads for c in h.children)


CONCERN_PREPS = frozenset({"over", "about", "at"})


def _concern_over(trigger) -> list:
    """ "expressed grave concern over the launch", "voiced alarm about the agreement": the definite
    event noun a feeling is about, when the comment has no object of its own to point back with."""
    heads = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
    return [
        g
        for h in heads
        for p in h.children
        if p.dep_ == "prep" and p.lower_ in CONCERN_PREPS
        for g in p.children
        if g.dep_ == "pobj" and back_reference(g, "pobj")
    ]


def _official(code: str, source, trigger) -> str:
    """A protest by a state named as such, its government or its leaders is an official complaint
    (CAMEO 114, the manual's "complain officially"), not a demonstration (14x): "the Philippines
    protested China's construction", "Japan's foreign ministry protested", "Seoul protested" (its
    capital as the subject itself, not "Seoul residents"). A people named by its demonym
    demonstrates ("ethnic Turks protested", "Palestinian youths")."""
    if code[:3] not in PROTESTS or not _protest_word(trigger) or source is None:
        return code
    if source.kind == "state":
        names = {source.name, *source.aliases}
        named = [m for m in source.mentions if m.text.removeprefix("the ") in names]
        subs = _protesters(trigger)
        at = {t.idx for s in subs for t in s.subtree}
        heads = {s.idx for s in subs}
        governing = any(m.start in at for m in named) or any(
            m.metonym and m.start in heads for m in source.mentions if m.start < trigger.idx
        ) or any(s.lemma_.lower() in words()["protest_offices"] and any(m.start in at for m in source.mentions) for s in subs) \
            or _state_we(subs, trigger)
    else:
        governing = source.sector == "GOV" or (source.code or "").endswith("GOV")
    return OFFICIAL_COMPLAINT if governing else code


FORMAL_PROTEST_VERBS = frozenset({"make", "express", "issue", "lodge", "file", "convey", "register", "deliver"})


def _protest_word(trigger) -> bool:
    """The protest itself, or a verb of a formal protest whose object it is ("expressed a strong protest":
    the verb is the trigger there); a protest staged or held stays the verb's own."""
    if trigger.lemma_.lower() == "protest":
        return True
    return trigger.pos_ in ("VERB", "AUX") and trigger.lemma_.lower() in FORMAL_PROTEST_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() == "protest" for c in trigger.children)


def _state_we(subs, trigger) -> bool:
    """ "We have made a strong protest against X," the minister said: a state's protest its own
    speaker tells in the first person plural, made (expressed, issued ...) rather than staged or held: an
    official complaint (a people's demonstration is staged, held or joined)."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    if trigger is not verb and trigger.dep_ != "dobj":
        return False
    return verb.lemma_.lower() in FORMAL_PROTEST_VERBS and any(s.lower_ == "we" for s in subs)


def _protesters(trigger) -> list:
    """The words that say who protests: a verb's subjects; for the noun, its possessor, its "by" phrase, or
    the subjects of the verb it is the object of ("Vietnam issued a formal protest", "the tenth
    protest by Vietnam", "the Vietnamese government presented a protest to Beijing's envoy")."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return subjects(trigger)[0]
    out = [c for c in trigger.children if c.dep_ == "poss"]
    out += [g for c in trigger.children if c.dep_ in ("prep", "agent") and c.lower_ == "by" for g in c.children if g.dep_ == "pobj"]
    if trigger.dep_ == "dobj" and trigger.head.pos_ in ("VERB", "AUX"):
        out += subjects(trigger.head)[0]
    return out


def _roots_named(noun, patterns: Patterns) -> frozenset:
    """The CAMEO roots of the events a noun can name: its event patterns' ("the launch" 15), else
    the participant words' told_nouns ("the proposal" 03)."""
    lemma = noun.lemma_.lower()
    roots = frozenset(p.code[:2] for p in patterns.nouns.get(lemma, ()))
    return roots or frozenset(r for w, r in _told_nouns() if w == lemma)


@cache
def _told_nouns() -> tuple[tuple[str, str], ...]:
    return tuple(tuple(entry.split()) for entry in words()["told_nouns"])


def _commented(match, matches) -> bool:
    """Whether a nominal event is the object of a statement about it ("condemned the attack",
    "welcomed the talks", "rejected the sanctions"): whoever comments is no party to it by that."""
    noun = match.trigger
    if match.pattern.kind != "noun" or noun.dep_ != "dobj":
        return False
    return any(m.trigger.i == noun.head.i and m.pattern.code[:2] in COMMENT_ROOTS for m in matches)


CONTENT_PREPS = frozenset({"on", "of", "against", "for", "about", "in", "to", "toward", "towards", "from"})


BACKGROUND_WORDS = frozenset({"at", "during", "after", "before", "since", "until", "following", "ahead", "amid"})


def _background(match, matches, steps: int = 8) -> bool:
    """A nominal event that only sets the time or place of another event of its sentence ("told
    reporters ahead of the summit", "at a news conference after the meeting, Biden said", "spoke at
    the opening of the NATO summit"), or names a past one ("the first leader to visit since the
    war"): without both of its parties named it points at an event told elsewhere, it reports none."""
    noun = match.trigger
    if match.pattern.kind != "noun":
        return False
    if noun.head.lower_ == "since":
        return True
    if not any(m.trigger.i != noun.i for m in matches):
        return False  # "At a meeting the strikers accepted a formula": the meeting is the news
    current = noun
    for _ in range(steps):
        head = current.head
        if head.i == current.i or head.pos_ in ("VERB", "AUX"):
            return False
        if head.lower_ in BACKGROUND_WORDS or head.lemma_.lower() in words()["setting"]:
            return True
        current = head
    return False


ALONE_ROOTS = ("14", "15")  # protests and force posture name no target ("after its sixth nuclear test")


def _both_named(dyad, code: str) -> bool:
    source, target, _ = dyad
    return source is not None and (target is not None or code[:2] in ALONE_ROOTS)


MEETING_SETTINGS = frozenset({"during", "at", "in"})


def _meeting_scene(match, matches, codes: dict) -> bool:
    """A meeting noun that is the setting of a meeting told by its own verb ("the two leaders discussed
    the curbs during talks in Tokyo", "agreed at a meeting on Monday" is not: no meeting verb) is that
    meeting, no second one."""
    noun = match.trigger
    if match.pattern.kind != "noun" or match.pattern.code[:2] != MEET_ROOT:
        return False
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in MEETING_SETTINGS:
        return False
    return any(
        m.trigger.i == prep.head.i and m.pattern.kind == "verb" and codes.get(m.trigger.i, m.pattern.code)[:2] == MEET_ROOT
        and _done(m.trigger)
        for m in matches
    )


PLANNED_AUX = frozenset({"to", "will", "would", "shall", "may", "might", "could", "should", "can"})


def _done(verb) -> bool:
    """Whether a verb tells an act done, not one agreed, planned or possible ("agreed to hold summits
    and to consult one another ... at their first summit": the consulting is planned, the summit held)."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        if any(c.dep_ == "aux" and c.lower_ in PLANNED_AUX for c in verb.children):
            return False
        verb = verb.head
    return verb.dep_ != "xcomp" and not any(c.dep_ == "aux" and c.lower_ in PLANNED_AUX for c in verb.children)


def _describes_thing(verb) -> bool:
    """A present participle that describes a noun ("six zones encircling Taiwan", "workers earning
    money abroad"): without an actor as its source it is no actor's act. (A sentence whose root is
    no verb is a misparse: "Doctors from aid groups donated ..." reads "donated" as a participle.)"""
    return verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.sent.root.pos_ in ("VERB", "AUX")


def _content_of(match, matches, folded=frozenset()) -> bool:
    """Whether a gerund only says what another event is about ("cooperate on curbing the flow",
    "accused X of violating", "warned against attacking"): the other event is the news; a gerund of
    means or time ("responded by firing", "after meeting") is an event of its own, as is one after
    "to" whose governing commitment folds into it ("is committed to holding talks")."""
    verb = match.trigger
    if match.pattern.kind != "verb" or verb.dep_ != "pcomp" or verb.head.lower_ not in CONTENT_PREPS:
        return False
    into = verb.head.lower_ == "to"
    return any(m.trigger.i == verb.head.head.i and not (into and m.trigger.i in folded) for m in matches)


def _act_means(match, matches, purposes=()) -> bool:
    """Whether an event only says what another act means: a noun in an "in ..." phrase of it ("fired two
    missiles in protest against the drills", "In protest, Japan recalled its ambassador", "summoned the
    envoy in protest of his remarks", "shelled the town in retaliation for the raid"), or a protest as its
    purpose ("had refused to answer calls since August to protest the drills": was an intent, 133). That
    act is the news; a summons' purpose stays the complaint it is made for (conventions' purpose)."""
    noun = match.trigger
    if noun.lemma_.lower() not in words()["manner_nouns"] or noun.i in purposes:
        return False
    if match.pattern.kind == "verb":  # "... to protest the drills": a purpose clause of another act
        return noun.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in noun.children)
    if match.pattern.kind != "noun":
        return False
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in" or prep.dep_ != "prep":
        return False
    act = prep.head
    return act.pos_ in ("VERB", "AUX") or any(m.trigger.i == act.i for m in matches if m is not match)


def _officials(dyads, actor_of) -> bool:
    """Whether every source is a state or its government or military: their acts are how they protest.
    People protesting "in protest against" something still demonstrate ("students occupied a building in
    protest against the war", "doctors walked off the job in protest": 14x)."""
    sources = [actor_of(s) for s, _, _ in dyads]
    return bool(sources) and all(
        a is not None and (a.kind == "state" or a.sector in OFFICIAL_SECTORS or (a.code or "")[-3:] in OFFICIAL_SECTORS)
        for a in sources
    )


OFFICIAL_SECTORS = frozenset({"GOV", "MIL"})


def _warned_response(match, code: str, matches, codes: dict) -> bool:
    """Whether a threatened response is what a threat or warning of the same sentence says ("warned that
    its forces will respond sternly to any provocation"): the warning is that threat."""
    verb = match.trigger
    if code[:2] != THREAT_ROOT or verb.lemma_.lower() not in ANSWER_VERBS or verb.dep_ != "ccomp":
        return False
    return any(m.trigger.i == verb.head.i and codes.get(m.trigger.i, m.pattern.code)[:2] == THREAT_ROOT for m in matches)


def _named_as(match, matches, codes: dict) -> bool:
    """Whether an event noun only says what a comment calls its object ("condemned the drills as a
    rehearsal for an invasion", "denounced such drills as preparations for war", "called the launch an
    act of aggression"): what a thing is called is no event of its own."""
    if match.pattern.kind != "noun":
        return False
    for other in matches:
        code = codes.get(other.trigger.i, other.pattern.code)
        if other is match or code[:2] not in COMMENT_ROOTS and code[:3] not in APPROVALS:
            continue
        if any(match.trigger in phrase.subtree for phrase in what_it_is_called(other.trigger)):
            return True
    return False


def _embedding_penalty(token) -> float:
    """Events deep inside a sentence (a relative clause, a noun's modifier) are less surely the news
    the sentence reports than the main clause's own."""
    return 0.04 * min(sum(1 for _ in token.ancestors), 5)


def _add_groups(article: Article, made: list[Actor]) -> None:
    """The groups the events name join the article's actors; a group the actors stage already
    made (the same id: "black men" there, "a black man" here) takes the events' mentions, so that
    no two actors of an article share an id (the store keeps one row per article and actor)."""
    known = {a.id: a for a in article.actors}
    for actor in made:
        same = known.get(actor.id)
        if same is None:
            article.actors.append(actor)
            continue
        spans = {(m.start, m.end) for m in same.mentions}
        same.mentions += [m for m in actor.mentions if (m.start, m.end) not in spans]
        same.mentions.sort(key=lambda m: m.start)


def _sentences(article: Article):
    doc = article.doc
    if article.sentences:
        spans = (doc.char_span(s.start, s.end, alignment_mode="expand") for s in article.sentences)
        return [s for s in spans if s is not None and len(s)]
    return list(doc.sents)


def _standing_state(token) -> bool:
    """A relative clause in the simple present without a time describes what an actor is, not what
    it did ("Beijing, which claims the island as its own"; "a group that opposes the deal"); with a
    time it is news ("Stoltenberg, who steps down in October")."""
    return (
        token.dep_ == "relcl"
        and token.tag_ in ("VBZ", "VBP")
        and not any(c.dep_ in ("aux", "auxpass", "neg") for c in token.children)
        and not any(t.ent_type_ in ("DATE", "TIME") for t in token.subtree)
    )


DENIAL = "016"  # a denial told in the present ("a charge that Russia denies") is news, no standing state
BLAME = "112"


def _blamer_of_reduced_relative(match, code: str, dyads: list, index) -> list:
    """"a night raid the rebels blamed on Chad": the parser reads the subject of a relative
    clause told without its pronoun as an appositive of the thing ("the raid, the rebels") and
    the verb as that appositive's participle ("the rebels, blamed on Chad"). A blaming
    participle with no agent of its own, on an actor right after a thing (no comma between), has
    that actor as its subject: the source, blaming the others."""
    trigger = match.trigger
    if match.pattern.kind != "verb" or not code.startswith(BLAME) or trigger.dep_ != "acl" or trigger.tag_ != "VBN":
        return dyads
    subject = trigger.head
    if subject.dep_ != "appos" or subject.left_edge.i != subject.head.i + 1 or index.at(subject.head) is not None:
        return dyads
    if any(c.dep_ == "agent" for c in trigger.children) or (source := next(iter(index.all_of([subject])), None)) is None:
        return dyads
    inferred = dyads[0][2] if dyads else False
    targets = list(dict.fromkeys(t for s, t, _ in dyads if t is not None and t != source)) or [None]
    return [(source, t, inferred) for t in targets]


def _blamed_not_the_things_target(match, code: str, dyads: list, index) -> list:
    """"an attack on a factory, which Lima attributes to Chile": the relative clause blames Chile,
    not the factory the attack hit (the relative pronoun stands for the whole phrase of the thing)."""
    trigger = match.trigger
    if not _blamed_thing(trigger, code, index) or len({t for _, t, _ in dyads}) < 2:
        return dyads
    thing = trigger.head
    while thing.dep_ in ("pobj", "prep") and thing.head.i != thing.i:  # "an attack on a firm, which": the attack's phrase
        thing = thing.head
    own = set(t.i for t in trigger.subtree)
    hit = set(index.all_of([t for t in thing.subtree if t.i not in own]))
    kept = [d for d in dyads if d[1] not in hit]
    return kept or dyads


def _blamed_thing(token, code: str, index) -> bool:
    """"a bombing Quito blames on Lima", "an attack, which Ankara attributes to the PKK": a relative clause
    in the present on a thing, not an actor, whose verb blames someone for it is the blame, news, not
    what an actor is ("Beijing, which blames Washington for the tensions" stays a standing state)."""
    return code.startswith(BLAME) and token.dep_ == "relcl" and index.at(token.head) is None


NAMED_EVENT_ENTS = ("EVENT", "LAW")
TITLE_CASE_LONG = 5  # a headline in title case lowercases only short words ("of", "in", "with")


def _named_event(noun) -> bool:
    """An event noun that is part of a name or dated by its year refers to a known past event, it
    reports none: "the Korean War", "the Gulf War", "the North Atlantic Treaty", "the 2018 summit",
    "the 2015 nuclear deal". Capitals count only in a sentence of prose, not a title-case headline."""
    if noun.ent_type_ in NAMED_EVENT_ENTS:
        return True
    if any(c.dep_ in ("nummod", "compound", "amod") and _is_year(c) for c in noun.children):
        return True
    if not noun.is_title or noun.i == noun.sent.start:
        return False
    named = any(c.dep_ in ("compound", "amod") and c.is_title for c in noun.children)
    return named and any(t.is_lower and len(t) >= TITLE_CASE_LONG for t in noun.sent)


def _is_year(token) -> bool:
    return token.ent_type_ == "DATE" and token.like_num and len(token.text) == 4


def _modifies_trigger(token, patterns: Patterns) -> bool:
    """ "summit" in "summit meeting" is part of the head's event, not an event of its own; "truce" in
    "the truce village" and "war" in "war games" name a kind of thing, no event."""
    return token.dep_ == "compound" and (
        token.head.pos_ in ("NOUN", "PROPN") or patterns.match(token.head) is not None
    )


def _joint_subjects(noun, args: Arguments, index: ActorIndex) -> None:
    """ "Trump and Kim sat down for talks": a meeting whose clause has several subjects is theirs,
    each as named (the clause's subject would otherwise stand in for it, rolled up to its
    state)."""
    joint = clause_subjects(noun, index)
    if len(joint) > 1:
        args.sources = joint


def _participants(noun, args: Arguments, index: ActorIndex) -> list[str]:
    """The actors of the clause that take part in a joint activity ("escorted by jets from Japan and
    Korea during a trilateral exercise"); none for one that only sets the clause's time or place and
    names its own source ("met on the sidelines of the APEC summit", "spoke at the opening of the NATO
    summit": the clause's actors are not its partners)."""
    if args.sources and not args.inferred and setting_word(noun) is not None:
        return []
    return clause_actors(noun, index)


def _add_participants(args: Arguments, actors: list[str], index: ActorIndex, article) -> None:
    """A joint activity lacking its own arguments: the actors of its clause take part. Partners of the
    same country as the source are left out (a state's own air force is not its partner)."""
    if args.sources and args.targets:
        return
    others = [a for a in actors if a not in args.sources and a not in args.targets]
    if not args.sources and others:
        args.sources, others = [others[0]], others[1:]
        args.inferred = True
    country = _country(article, args.sources[0]) if args.sources else None
    others = [a for a in others if country is None or _country(article, a) != country]
    if not args.targets and others:
        args.targets = others
        args.inferred = True


def _actor(article, index: ActorIndex, actor_id: str | None):
    """An actor of the article, or a group the event stage made for this article."""
    if actor_id is None:
        return None
    made = index.groups.made.get(actor_id) if index is not None and index.groups is not None else None
    return made or article.actor(actor_id)


def _state_of(article, actor_id: str | None) -> str | None:
    """The state an actor belongs to (itself for a state), None when unknown."""
    actor = article.actor(actor_id) if actor_id else None
    return (actor.country or (actor.id if actor.kind == "state" else None)) if actor else None


def _country(article, actor_id: str) -> str | None:
    actor = article.actor(actor_id)
    return actor.country if actor else None


def _trigger_mention(article: Article, match) -> Mention:
    tokens = [match.trigger] + [t for t in match.cue if abs(t.i - match.trigger.i) <= 3]
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t) for t in tokens)
    return Mention(start, end, article.text[start:end])


def _object_mention(article: Article, match, patterns: Patterns) -> Mention | None:
    bounds = object_phrase(match, patterns.defaults.get("affected_preps", frozenset()))
    if bounds is None:
        return None
    doc = match.trigger.doc
    start, end = doc[bounds[0]].idx, doc[bounds[1] - 1].idx + len(doc[bounds[1] - 1])
    return Mention(start, end, article.text[start:end])


def _event_id(article_id: str, trigger: Mention, code: str, source, target) -> str:
    key = f"{article_id}|{trigger.start}:{trigger.end}|{code}|{source}|{target}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _role_words(article, index, token) -> set[str]:
    """The title words of the present roles of the person ``token`` names ("Xing" -> {"ambassador"} for
    the role "Ambassador of China"; not a "former ..." one), lowercased; an intergovernmental
    organisation's kind ("ECOWAS" -> {"organization"}); none for other tokens."""
    actor = article.actor(index.at(token))
    if actor is not None and actor.kind == "organization" and (actor.code or "").startswith("IGO"):
        return {"organization"}
    if actor is None or actor.kind != "person":
        return set()
    titles = [role.lower().split(" of ")[0] for role in actor.roles]
    return {w for title in titles if not title.startswith("former ") for w in title.replace("-", " ").split()}


def _own_envoy(match, dyads, index) -> bool:
    """A pattern met by the role of a person named as its object ("summoned Branstad", an ambassador)
    whose sources are of that person's own state."""
    obj = match.cue_object
    if not match.pattern.roles or obj is None or index.person(obj) is None:
        return False
    home = index.country(index.person(obj))
    return home is not None and any(s is not None and index.country(s) == home for s, _, _ in dyads)
