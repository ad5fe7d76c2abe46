"""CAMEO's conventions for governed events: an intention, appeal, demand, refusal or threat about
another event is coded by what it is about ("hopes to meet" 036, "urged X to free" 025, "refused to
attend talks" 125, "threatened to invade" 138). Tables in ``dyad/data/events/conventions.yaml``.

    rules = Conventions.default()
    plan = rules.combine(matches)   # {trigger index: code}, trigger indices whose event is folded in
    rules.future(code, trigger, modality)   # "will withdraw" -> 035
    rules.modal(code, trigger)              # "will not lift the ban" -> ("1241", "refuse")
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import resources

import yaml

from dyad.extract.events.modality import clause_verbs
from dyad.extract.events.patterns import reported_clause, reported_conjunct

GOVERNED_DEPS = ("xcomp", "ccomp")
PURPOSE_DEPS = ("advcl", "acl", "relcl")  # "sent aid to help"; "gave 5 million dollars to support"
AMOUNTS = ("MONEY", "QUANTITY", "CARDINAL")
REFUSE, DEMAND, THREAT, ACCUSE, APPEAL, ORDER = "refuse", "demand", "threat", "accuse", "appeal", "order"
TURNED = frozenset({DEMAND, THREAT, ACCUSE, APPEAL, ORDER})  # kinds whose actors turn round: the speaker acts on the clause's subject
FIRST_PERSON = frozenset({"i", "we"})  # a subject that is the speaker's own


@dataclass(slots=True)
class Plan:
    codes: dict[int, str] = field(default_factory=dict)  # trigger index -> combined code
    folded: set[int] = field(default_factory=set)  # trigger indices whose event another one reports
    purposes: dict[int, object] = field(default_factory=dict)  # purpose trigger -> the meeting's match
    lenders: dict[int, object] = field(default_factory=dict)  # governor trigger -> the folded event's match
    denials: set[int] = field(default_factory=set)  # trigger indices of intentions denied ("did not plan to invade")


@dataclass(frozen=True, slots=True)
class Conventions:
    governors: dict[str, str]  # lemma -> kind
    roots: dict[str, str]  # CAMEO root of a governor's own event -> kind
    codes: dict[str, dict[str, str]]  # kind -> {code prefix: code}
    keeps: dict[str, str]  # kind -> governed | governor
    future_kinds: frozenset[str]
    future_aux: frozenset[str]
    refusal_aux: frozenset[str] = frozenset()
    demand_aux: frozenset[str] = frozenset()
    appeal_aux: frozenset[str] = frozenset()  # "said Japan should take its concerns seriously": the speaker's appeal
    purpose_governors: frozenset[str] = frozenset()
    purpose_roots: frozenset[str] = frozenset()
    own_acts: frozenset[str] = frozenset()
    purpose_other: str | None = None
    denial_kinds: frozenset[str] = frozenset()
    denial_roots: frozenset[str] = frozenset()
    denial_code: str | None = None
    condition_marks: frozenset[str] = frozenset()
    condition_roots: frozenset[str] = frozenset()
    said_threats: dict = field(default_factory=dict)  # lemma -> objects that make it a threat told
    said_threat_code: str | None = None
    said_wrongs: frozenset[str] = frozenset()  # lemmas of a wrong a speaker says another did
    said_wrong_roots: frozenset[str] = frozenset()  # the codes of those a speaker's accusation replaces
    said_wrong_code: str | None = None
    aspect: frozenset[str] = frozenset()  # verbs a governed clause passes through ("vowed to continue pressuring")
    scheduled_roots: frozenset[str] = frozenset()  # roots of events that, predicted, are planned ("is set to meet")
    to_governors: dict = field(default_factory=dict)  # lemma -> kind of a word governing an event after "to" ("committed to seeking")
    effort_codes: frozenset[str] = frozenset()  # acts that efforts toward them carry out ("efforts to bring X and Y to the table")
    effort_words: frozenset[str] = frozenset()
    compelled: frozenset[str] = frozenset()  # "will be forced to take countermeasures": the subject's own act
    compelled_roots: frozenset[str] = frozenset()  # the coercive acts that compulsion tells as the subject's own
    prompters: frozenset[str] = frozenset()  # "prompting Moscow to demand": the one prompted acts
    invitations: frozenset[str] = frozenset()  # "invited Kim to visit Moscow": the host's intent to meet (036)
    invitation_codes: dict = field(default_factory=dict)  # governed code prefix -> code of an invitation to it
    noun_governors: dict = field(default_factory=dict)  # lemma -> kind of a noun whose "to" clause it governs ("readiness to sign")

    @classmethod
    @cache
    def default(cls) -> Conventions:
        text = (resources.files("dyad.data") / "events" / "conventions.yaml").read_text(encoding="utf-8")
        data = yaml.safe_load(text)
        return cls(
            {str(w).lower(): kind for kind, words in data["governors"].items() for w in words},
            {str(k): v for k, v in data["roots"].items()},
            {kind: {str(k): str(v) for k, v in table.items()} for kind, table in data["codes"].items()},
            dict(data["keeps"]),
            frozenset(data.get("future") or ()),
            frozenset(str(w).lower() for w in data.get("future_aux") or ()),
            _words(data.get("refusal_aux")),
            _words(data.get("demand_aux")),
            _words(data.get("appeal_aux")),
            _words((data.get("purpose") or {}).get("governors")),
            frozenset(str(r) for r in (data.get("purpose") or {}).get("roots") or ()),
            _words(data.get("own_acts")),
            (data.get("purpose") or {}).get("other"),
            _words((data.get("denial") or {}).get("kinds")),
            frozenset(str(r) for r in (data.get("denial") or {}).get("roots") or ()),
            (data.get("denial") or {}).get("code"),
            _words((data.get("conditional") or {}).get("marks")),
            frozenset(str(r) for r in (data.get("conditional") or {}).get("roots") or ()),
            {str(k): _words(v) for k, v in ((data.get("said_threats") or {}).get("words") or {}).items()},
            (data.get("said_threats") or {}).get("code"),
            _words((data.get("said_wrongs") or {}).get("words")),
            frozenset(str(r) for r in (data.get("said_wrongs") or {}).get("roots") or ()),
            (data.get("said_wrongs") or {}).get("code"),
            _words(data.get("aspect")),
            frozenset(str(r) for r in data.get("scheduled") or ()),
            {str(w).lower(): kind for kind, words in (data.get("to_governors") or {}).items() for w in words},
            frozenset(str(c) for c in (data.get("efforts") or {}).get("codes") or ()),
            _words((data.get("efforts") or {}).get("words")),
            _words((data.get("compelled") or {}).get("verbs")),
            frozenset(str(r) for r in (data.get("compelled") or {}).get("roots") or ()),
            _words(data.get("prompters")),
            _words((data.get("invitations") or {}).get("verbs")),
            {str(k): str(v) for k, v in ((data.get("invitations") or {}).get("codes") or {}).items()},
            {str(w).lower(): kind for kind, words in (data.get("noun_governors") or {}).items() for w in words},
        )

    def code(self, kind: str, governed_code: str) -> str | None:
        """The combined code for an event of ``governed_code`` under a governor of ``kind``, or None."""
        table = self.codes.get(kind, {})
        for size in range(len(governed_code), 1, -1):
            if governed_code[:size] in table:
                return _same(table[governed_code[:size]], governed_code)
        return _same(table["*"], governed_code) if "*" in table else None

    def _general(self, kind: str, governed_code: str) -> bool:
        """Whether the combined code is only the table's "*" (no prefix of the governed code listed)."""
        table = self.codes.get(kind, {})
        return "*" in table and not any(governed_code[:size] in table for size in range(len(governed_code), 1, -1))

    def kind(self, token, matches: dict) -> str | None:
        """The kind of a governing word: its lemma's, else its own event's root's ("hopes to meet"
        is an intention although PETRARCH2 codes a bare "hope" as an appeal)."""
        listed = next((self.governors[w] for w in _forms(token) if w in self.governors), None)
        if listed is not None:
            return listed
        own = matches.get(token.i)
        if own is not None and own.pattern.code[:2] in self.roots:
            return self.roots[own.pattern.code[:2]]
        return None

    def combine(self, matches: list) -> Plan:
        """For each matched event whose clause complements a governor, the combined code and which
        of the two events reports it."""
        by_index = {m.trigger.i: m for m in matches}
        cues = {t.i: m.trigger.i for m in matches for t in m.cue}
        plan = Plan()
        for match in matches:
            trigger = match.trigger
            if self._purpose(match, by_index):  # "summoned the ambassador to complain"
                plan.purposes[trigger.i] = by_index[trigger.head.i]
                plan.folded.add(trigger.head.i)
                continue
            if self._purpose(match, by_index, self.purpose_other_roots) and self.purpose_other:
                plan.codes[trigger.head.i] = self.purpose_other  # "summoned the ambassador to discuss trade"
            act = _purpose_of_act(match, by_index, cues)
            if act is not None:  # "gave $5 million to help the refugees"
                plan.folded.add(trigger.i)
                plan.lenders.setdefault(act, match)
                continue
            head = _governor(trigger, self.aspect)
            if head is None and match.pattern.kind == "noun":
                head = _noun_governor(trigger)
                if head is not None and self.kind(head, by_index) not in NOUN_GOVERNOR_KINDS:
                    if not (head.pos_ == "ADJ" and self.kind(head, by_index) == "intent"):
                        head = None  # "ready for talks", "willing to talks": an intent to meet (036)
            to_kind = None
            if head is None:  # "voiced its readiness to ratify the pact", "her willingness to meet"
                head, to_kind = self._of_noun(trigger)
            if head is None:  # "remains committed to seeking dialogue", "is open to talks"
                head, to_kind = self._after_to(trigger)
            if head is None:
                continue
            kind = to_kind or self.kind(head, by_index)
            if kind == "demand" and match.pattern.code[:2] in self.compelled_roots and _compelled_unnamed(head, self.compelled):
                kind = "decide"  # "Japan will be forced to take countermeasures": Japan's own threat
            if kind in self.own_acts and not _own_act(head, trigger):
                continue
            code = self.code(kind, match.pattern.code) if kind else None
            code = self._invited(head, match.pattern.code) or code
            if code is None:
                continue
            if kind in self.denial_kinds and code[:2] in self.denial_roots and _denied(head):
                code = self.denial_code  # "did not plan to invade": a denial, no threat
                plan.denials.add(trigger.i)
            governor = by_index.get(head.i)
            if governor is not None and self._general(kind, match.pattern.code) and governor.pattern.code[:2] == code[:2]:
                code = governor.pattern.code  # "appealed for an end to the fighting": its own 0256, finer than 020
            if self.keeps.get(kind) == "governor" and governor is not None:
                plan.codes[governor.trigger.i] = code
                plan.folded.add(trigger.i)
                plan.lenders[governor.trigger.i] = match
            else:
                plan.codes[trigger.i] = code
                if governor is not None:
                    plan.folded.add(governor.trigger.i)
        return plan

    def _invited(self, head, governed_code: str) -> str | None:
        """An invitation to visit or meet ("invited Kim to visit Moscow", "invites the minister to come for
        talks"): the host's intent to meet (CAMEO 036; PLOVER's AGREE: "invite a delegation to visit"),
        no appeal to meet (026). None for any other governor or invited act."""
        if head.lemma_.lower() not in self.invitations:
            return None
        for size in range(len(governed_code), 1, -1):
            if governed_code[:size] in self.invitation_codes:
                return self.invitation_codes[governed_code[:size]]
        return None

    def _of_noun(self, trigger):
        """The noun of ``noun_governors`` whose infinitive clause the trigger is, or whose verb's object
        the trigger is ("their readiness to ratify the pact", "her willingness to sign a deal with X"),
        and its kind; (None, None) for any other trigger."""
        verb = trigger.head if trigger.dep_ == "dobj" and trigger.pos_ in ("NOUN", "PROPN") else trigger
        if verb.dep_ != "acl" or verb.pos_ != "VERB" or verb.tag_ not in ("VB", "VBP"):  # its infinitive (a base form, tagged either way)
            return None, None
        noun = verb.head
        kind = self.noun_governors.get(noun.lemma_.lower()) if noun.pos_ == "NOUN" else None
        return (noun, kind) if kind else (None, None)

    def _after_to(self, trigger):
        """The word an event after "to" complements, and its kind, when that word is one of the
        ``to_governors``: "is committed to seeking dialogue" is "is committed to seek dialogue" (an
        intention), as is "is open to talks"; (None, None) otherwise."""
        tok = trigger
        if tok.dep_ == "conj" and tok.head.dep_ in ("pcomp", "pobj"):
            tok = tok.head  # "committed to resuming talks and expanding trade"
        prep = tok.head
        if tok.dep_ not in ("pcomp", "pobj") or prep.dep_ != "prep" or prep.lower_ != "to" or prep.head.i == prep.i:
            return None, None
        word = prep.head
        if any(c.dep_ == "dobj" for c in word.children):
            return None, None  # "committing themselves to ending violence", "committed troops to"
        kind = next((self.to_governors[w] for w in _forms(word) if w in self.to_governors), None)
        return (word, kind) if kind else (None, None)

    @property
    def purpose_other_roots(self) -> frozenset[str]:
        return frozenset(f"{r:02d}" for r in range(1, 21)) - self.purpose_roots

    def _purpose(self, match, by_index: dict, roots: frozenset[str] | None = None) -> bool:
        trigger = match.trigger
        if trigger.dep_ == "advcl":
            governors = _with_particles(trigger.head)
        elif trigger.dep_ == "xcomp":  # "called in the envoy to protest": the parser reads a complement
            governors = _with_particles(trigger.head) - {trigger.head.lemma_.lower()}
        else:
            return False
        return (
            any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)
            and trigger.head.i in by_index
            and not self.purpose_governors.isdisjoint(governors)
            and match.pattern.code[:2] in (self.purpose_roots if roots is None else roots)
        )

    def modal(self, code: str, trigger) -> tuple[str, str | None]:
        """The code of an event by the modal on its own verb, and the kind that recoded it: an
        actor's "will not lift the ban" is a refusal (12x); a reported "Y must withdraw" is the
        speaker's demand (10x), whose actors the caller turns round. Other events keep their code."""
        verb = next((v for v in clause_verbs(trigger) if v.pos_ in ("VERB", "AUX")), None)
        if verb is None:
            return code, None
        auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
        negated = any(c.dep_ == "neg" for c in verb.children)
        reported = verb.dep_ == "ccomp" or reported_conjunct(verb)  # "said X had failed and Y must withdraw"
        kind = None
        if negated and (auxes & self.refusal_aux or (reported and "would" in auxes)):
            kind = REFUSE
        elif reported and not negated and auxes & self.demand_aux:
            kind = DEMAND
        elif reported and not negated and self._threat_told(trigger):
            return self.said_threat_code, THREAT  # "warned that Seoul would pay a horrible price"
        elif not negated and self._wrong_told(trigger, verb, code):
            return (code if code[:2] == "11" else self.said_wrong_code), ACCUSE  # "said Japan had ignored ..."
        combined = self.code(kind, code) if kind else None
        return (combined, kind) if combined else (code, None)

    def denial(self, code: str, trigger) -> str:
        """A threat (13x) its intention word denies ("has no plans to attack", "no intention of
        invading") is a denial (016); other codes stay."""
        if code[:2] not in self.denial_roots:
            return code
        head = trigger.head
        if trigger.dep_ == "pcomp" and head.dep_ == "prep":  # "no intention of invading"
            head = head.head
        elif trigger.dep_ not in (*GOVERNED_DEPS, "acl"):
            return code
        kind = next((self.governors[w] for w in _forms(head) if w in self.governors), None)
        return self.denial_code if kind in self.denial_kinds and _denied(head) else code

    def _wrong_told(self, trigger, verb, code: str) -> bool:
        """A wrong the reporting verb's speaker says another did: the speaker's accusation."""
        if trigger.lemma_.lower() not in self.said_wrongs or not reported_clause(verb):
            return False
        if any(c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in verb.children):
            return False  # '"We will never provoke," the ministry said': the speaker's own
        return code[:2] == self.said_wrong_code[:2] or any(code.startswith(r) for r in self.said_wrong_roots)

    def _threat_told(self, trigger) -> bool:
        objects = self.said_threats.get(trigger.lemma_.lower())
        if objects is None or trigger.pos_ not in ("VERB", "AUX"):
            return False
        said = {o.lemma_.lower() for c in trigger.children if c.dep_ in ("dobj", "advmod") for o in (c, *c.children)}
        return bool(said & objects)

    def conditional(self, code: str, trigger, modality: str) -> str:
        """An act of force or a sanction to come on a condition ("would impose sanctions if it did not
        comply") is a threat: the threaten table's code; other codes stay."""
        if modality not in ("predicted", "intended", "conditional") or code[:2] not in self.condition_roots:
            return code
        verb = next((v for v in clause_verbs(trigger) if v.pos_ in ("VERB", "AUX")), None)
        if verb is None or not any(c.dep_ == "aux" and c.lower_ in self.future_aux for c in verb.children):
            return code
        marks = {m.lower_ for c in verb.children if c.dep_ == "advcl" for m in c.children if m.dep_ == "mark"}
        return (self.code("threaten", code) or code) if marks & self.condition_marks else code

    def future(self, code: str, trigger, modality: str) -> str:
        """An event its actor intends or says it will do ("will withdraw", "is ready to attack") is
        coded as the intention; others' predictions ("is expected to attack") are not, but a meeting
        others say is to come ("is expected to discuss", "talks are set for Monday") is planned by
        its parties: their intent to meet (``scheduled`` roots)."""
        verb = trigger.head if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ == "dobj" else trigger
        intended = modality == "intended" or (  # "will withdraw"; "would pursue talks": the verb's
            modality == "predicted"
            and (
                any(c.dep_ == "aux" and c.lower_ in self.future_aux for c in verb.children)
                or code[:2] in self.scheduled_roots  # "is expected to discuss", "talks are set for Monday"
            )
        )
        if not intended or self._carried_out(code, trigger):
            return code
        for kind in self.future_kinds:
            combined = self.code(kind, code)
            if combined:
                return combined
        return code


    def _carried_out(self, code: str, trigger) -> bool:
        """An act that efforts toward it carry out ("efforts to bring the sides back to the table": the
        mediation itself): its clause completes an effort noun."""
        return (
            any(code.startswith(c) for c in self.effort_codes)
            and trigger.dep_ == "acl"
            and trigger.head.lemma_.lower() in self.effort_words
        )


NO_WORDS = frozenset({"no", "never"})


def _denied(head) -> bool:
    """The governing intention is negated: "did not plan to", "never intended to", "has no plans to",
    "no intention of"."""
    if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ in NO_WORDS) for c in head.children):
        return True
    holder = head.head if head.pos_ == "NOUN" and head.dep_ == "dobj" else None  # "has no plans"
    return holder is not None and any(c.dep_ == "neg" for c in holder.children)


def _governor(trigger, aspect: frozenset[str] = frozenset()):
    """The word that governs the trigger's clause ("agreed to restore ties"), also through a
    coordination ("agreed to restore ties and to cooperate") and through a verb of ``aspect`` that
    has no subject of its own ("vowed to continue pressuring Iran": the vow governs the pressure);
    None for an ungoverned trigger."""
    if trigger.dep_ == "conj" and trigger.head.dep_ in GOVERNED_DEPS:
        trigger = trigger.head
    if trigger.dep_ not in GOVERNED_DEPS or trigger.head.i == trigger.i:
        return None
    head = trigger.head
    if (
        trigger.dep_ == "xcomp"
        and head.lemma_.lower() in aspect
        and head.dep_ == "xcomp"
        and head.head.i != head.i
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)
    ):
        return head.head
    return head


NOUN_GOVERNOR_KINDS = frozenset({"appeal", "demand"})
NOUN_PATH_PREPS = frozenset({"for", "to", "of"})


def _noun_governor(noun, steps: int = 4):
    """The verb whose object a nominal event is, directly or through "for", "to" and "of" phrases
    ("called for talks", "called for a return to negotiations", "urged a resumption of talks",
    "demanded the release of the sailors"): an appeal or demand for the event, one event as with a
    governed clause ("urged X to negotiate")."""
    current = noun
    for _ in range(steps):
        head = current.head
        if head.i == current.i:
            return None
        if current.dep_ == "dobj" and head.pos_ == "VERB":
            return head
        if current.dep_ == "pobj" and head.lower_ in NOUN_PATH_PREPS:
            if head.head.pos_ in ("VERB", "ADJ"):
                return head.head if head.lower_ == "for" else None
            current = head.head
            continue
        if current.dep_ == "dobj" or current.dep_ not in ("pobj",):
            return None
    return None


def _purpose_of_act(match, by_index: dict, cues: dict) -> int | None:
    """The trigger of the act whose purpose clause ("to help the refugees") ``match`` is: on the
    act's verb ("sent aid to Syria to help") or on the amount its cue names ("gave 50 million
    dollars to support"). The act is the event, the purpose only says what for (no intention of its own)."""
    trigger = match.trigger
    if trigger.dep_ not in PURPOSE_DEPS or not any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        return None
    head = trigger.head
    if trigger.dep_ == "advcl":
        return head.i if head.i in by_index else None
    counted = head.ent_type_ in AMOUNTS or any(c.dep_ == "nummod" for c in head.children)
    return cues.get(head.i) if counted else None  # not "supports its decision to expel": what was decided


def _compelled_unnamed(token, compelled: frozenset[str]) -> bool:
    """A passive verb of compulsion with no agent ("will be forced to", not "was forced by Beijing to")."""
    if token.lemma_.lower() not in compelled:
        return False
    children = list(token.children)
    return any(c.dep_ == "auxpass" for c in children) and not any(c.dep_ == "agent" for c in children)


def _same(code: str, governed_code: str) -> str:
    """A table's code; "=" stands for the governed event's own ("decided to ease sanctions": 085)."""
    return governed_code if code == "=" else code


OWN_PRONOUNS = ("they", "it", "we", "he", "she", "i")


def _own_act(governor, governed) -> bool:
    """The governed clause's subject is the governor's own: a pronoun, or the same word ("the
    Taliban claimed they had attacked"; not "Russia claimed that Ukraine attacked")."""
    own = [c for c in governor.children if c.dep_ == "nsubj"]
    theirs = [c for c in governed.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not own or not theirs:
        return False
    subject = theirs[0]
    return subject.lower_ in OWN_PRONOUNS or subject.lemma_.lower() == own[0].lemma_.lower()


def _with_particles(token) -> set[str]:
    """The verb's lemma, and the lemma with each preposition or particle of its own ("call in")."""
    lemma = token.lemma_.lower()
    return {lemma} | {f"{lemma} {c.lower_}" for c in token.children if c.dep_ in ("prep", "prt")}


def _words(values) -> frozenset[str]:
    return frozenset(str(w).lower() for w in values or ())


def _forms(token) -> list[str]:
    """The lemma and the word with a regular ending taken off: the lemmatizer misreads some verbs
    ("hopes" -> "hop")."""
    word = token.lower_
    stems = [word[: -len(end)] for end in ("s", "es", "d", "ed", "ing") if word.endswith(end)]
    return [token.lemma_.lower(), word, *stems, *(s + "e" for s in stems)]
