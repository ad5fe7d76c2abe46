"""Event patterns: which verbs and nouns name which CAMEO event, read from a YAML data file.

The file format is documented at the top of ``dyad/data/events/patterns.yaml``. A pattern matches a
trigger token when all its conditions hold; ``Match.cue`` lists the tokens that belong to the cue
("held talks": the object "talks" is part of the cue, so it is neither a target nor a second event).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from pathlib import Path

import yaml

from dyad.annotate.lexicon import evidence_verbs, reporting_verbs
from dyad.errors import DyadError
from dyad.extract.events.clauses import NAMING_VERBS, seeming_clause, seeming_object, shared_object
from dyad.extract.events.lemmas import e_lemma

SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when installed: the verb data is large

VERB_POS = ("VERB",)
ADJ_POS = ("ADJ",)
MEASURE_PREPS = ("in", "of")
POST_PREPS = ("at", "of", "in")  # "minister at the Chinese Embassy": where a named person's post is
NOUN_POS = ("NOUN", "PROPN")
WH_WORDS = ("WP", "WDT")
WHEN = ("DATE", "TIME")  # "on Monday" is no second phrase of the act
NO_EVENT = "---"  # a pattern whose words name no event ("called a cabinet meeting")
CONDITIONS = ("object", "prep", "particle", "xcomp", "xcomp_object", "modifiers", "subject", "phrase", "phrase_modifiers", "carrying", "complement", "named", "manner", "to_come", "purpose")


class PatternError(DyadError):
    code = "E510"
    hint = "Fix the pattern file; its format is described in the header of dyad/data/events/patterns.yaml."


@dataclass(frozen=True, slots=True)
class Pattern:
    lemma: str
    kind: str  # verb | noun
    code: str
    object: frozenset[str] | None = None  # None: no condition; {"*"}: any object
    prep: frozenset[str] | None = None
    particle: frozenset[str] | None = None
    xcomp: frozenset[str] | None = None
    xcomp_object: frozenset[str] | None = None  # the object of that complement clause's verb ("vowed to take action")
    modifiers: frozenset[str] | None = None
    unless_modifiers: frozenset[str] | None = None
    target_preps: frozenset[str] = frozenset()
    reciprocal: bool = False
    participants: bool = False
    needs_target: bool = False
    needs_source: bool = False
    modifier_role: str = "source"  # nouns: what an actor in a compound is ("US overture" / "Ukraine war")
    confidence: float = 0.6
    head_only: bool = False  # the object condition names the phrase's head word only (PETRARCH2's patterns)
    subject: frozenset[str] | None = None  # the verb's subject must be one of these words ("troops held drills")
    reversed: bool = False  # the target acts on the source (PETRARCH2's [:173]: "X appeared before the court")
    complement: frozenset[str] | None = None  # what the object is called, or a word of it ("called X a liar")
    named: frozenset[str] | None = None  # a word of what the verb makes its object, however parsed ("persona non grata")
    phrase_prep: frozenset[str] | None = None  # a second phrase: this preposition, on the object or the verb...
    phrase: frozenset[str] | None = None  # ...whose object is one of these words ("declared a state of emergency")
    unless_phrase: frozenset[str] | None = None  # ...and not one of these ("fired missiles into the sea")
    phrase_modifiers: frozenset[str] | None = None  # ...an adjective or compound of it is one of these ("from its white list")
    carrying: frozenset[str] | None = None  # what the object carries ("balloons carrying trash", "trash balloons")
    content: bool = False  # the verb says what in a clause of its own ("denied that its aircraft had ...")
    reported: bool = False  # only as the clause of a reporting verb ("said Tokyo was distorting history")
    roles: bool = False  # a person named as the object counts by the words of their known role ("summoned Xing")
    refused: bool = False  # only when the verb is negated ("will never accept X", "cannot be accepted"): a refusal
    litotes: bool = False  # a negation is part of the words ("will leave no measure untaken", "will not leave X unanswered")
    turned: bool = False  # reported, the speaker's act on the clause's subject ("told him he had two days to leave")
    manner: frozenset[str] | None = None  # an adverb of the verb ("will respond sternly"; "kind": "in kind")
    to_come: frozenset[str] | None = None  # only told as to come: an auxiliary ("will") or a vowing verb ("vowed to")
    purpose: frozenset[str] | None = None  # the object's infinitive clause names one of these ("efforts ... to reach a truce")


@dataclass(slots=True)
class Match:
    pattern: Pattern
    trigger: object  # spaCy Token
    cue: list = field(default_factory=list)  # tokens that belong to the cue (object, particle, xcomp verb)

    @property
    def cue_object(self):
        """The noun the cue names as object ("talks" in "held talks"), whose prepositions may hold the target."""
        nouns = [t for t in self.cue if t.pos_ in NOUN_POS]
        return nouns[0] if nouns else None

    def measured(self) -> list:
        """The nouns of the pattern's object words that the cue's object measures or belongs to, through
        which it matched ("protest" in "sent a note of protest"): the same thing, no event of its own."""
        obj, words = self.cue_object, self.pattern.object
        if obj is None or not words or "*" in words:
            return []
        return [
            g
            for c in obj.children
            if c.dep_ == "prep" and c.lower_ in MEASURE_PREPS
            for g in c.children
            if g.dep_ == "pobj" and {g.lower_, g.lemma_.lower()} & words
        ]


class Patterns:
    def __init__(
        self,
        verbs: dict[str, list[Pattern]],
        nouns: dict[str, list[Pattern]],
        defaults: dict,
        adjectives: dict[str, list[Pattern]] | None = None,
    ):
        self.verbs = verbs
        self.nouns = nouns
        self.defaults = defaults
        self.adjectives = adjectives or {}
        self._screens: dict[int, tuple] = {}  # id of a word's pattern list -> (the list, _screen of it)

    @classmethod
    @cache
    def default(cls) -> Patterns:
        """dyad's own patterns merged with the verb dictionary converted from PETRARCH2."""
        folder = resources.files("dyad.data") / "events"
        return cls.load(folder / "patterns.yaml").merged(cls.load(folder / "petrarch_verbs.yaml"))

    def merged(self, other: Patterns) -> Patterns:
        """Both sets of verb patterns, per lemma: this one's conditioned patterns, then the other's,
        then this one's general ones, then the other's (a bare verb's code comes last). A verb this
        set calls reciprocal is reciprocal in the other's patterns too."""
        verbs = dict(self.verbs)
        for lemma, extra in other.verbs.items():
            own = verbs.get(lemma, [])
            if any(p.reciprocal and not _conditioned(p) for p in own):  # "clash": whatever the phrase, done to each other
                extra = [replace(p, reciprocal=True) for p in extra]
            verbs[lemma] = (
                [p for p in own if _conditioned(p)]
                + [p for p in extra if _conditioned(p)]
                + [p for p in own if not _conditioned(p)]
                + [p for p in extra if not _conditioned(p)]
            )
        return Patterns(verbs, self.nouns, self.defaults, self.adjectives)

    @classmethod
    def load(cls, path) -> Patterns:
        source = path if hasattr(path, "read_text") else Path(path)
        try:
            data = yaml.load(source.read_text(encoding="utf-8"), Loader=SafeLoader)
        except (OSError, yaml.YAMLError) as exc:
            raise PatternError(f"Cannot read the event patterns in {path}: {exc}") from exc
        defaults = {k: frozenset(v) for k, v in (data.get("defaults") or {}).items()}
        verbs = _build(data.get("verbs") or {}, "verb", defaults.get("verb_target_preps", frozenset()))
        nouns = _build(data.get("nouns") or {}, "noun", defaults.get("noun_target_preps", frozenset()))
        adjectives = _build(
            data.get("adjectives") or {}, "verb", defaults.get("adjective_target_preps", frozenset())
        )
        for block in data.get("blocks") or ():
            _add_block(verbs, block, defaults.get("verb_target_preps", frozenset()))
        return cls(verbs, nouns, defaults, adjectives)

    def __len__(self) -> int:
        return sum(len(v) for group in (self.verbs, self.nouns, self.adjectives) for v in group.values())

    def match(self, token, roles=None) -> Match | None:
        """The first pattern of the token's lemma whose conditions hold, or None. ``roles``: the words
        of the known role of the person a token names (token -> set), for patterns with ``roles``."""
        if token.pos_ in VERB_POS or _copula(token):
            lemma = token.lemma_.lower()
            candidates = self.verbs.get(lemma, ()) or self.verbs.get(e_lemma(lemma, token.lower_), ())
        elif token.pos_ in ADJ_POS and (token.dep_ == "acomp" or _heads_clause(token)):  # "said it is skeptical of"
            candidates = self.adjectives.get(token.lemma_.lower(), ())
        elif token.pos_ in NOUN_POS:
            candidates = self.nouns.get(token.lemma_.lower(), ()) or self.nouns.get(token.lower_, ())
        else:
            return None
        if not candidates:
            return None
        parse = _Around(roles)
        for i in self._viable(candidates, token, parse):
            cue = _conditions(candidates[i], token, parse)
            if cue is not None:
                return Match(candidates[i], token, cue)
        return None

    def _viable(self, candidates: list[Pattern], token, parse: _Around) -> list[int]:
        """The places in ``candidates`` of the patterns whose preposition or object word the token
        has, in order (with those that need neither): most of a verb's dozens of patterns name a
        word the trigger lacks, and ``_conditions`` would fail on each. Exact: ``_child`` and
        ``_object`` find nothing when no child or object of the token has one of the words."""
        screen = self._screens.get(id(candidates))
        if screen is None or screen[0] is not candidates:
            screen = self._screens[id(candidates)] = (candidates, _screen(candidates))
        always, by_prep, by_own, by_stands = screen[1]
        if not (by_prep or by_own or by_stands):
            return always
        viable = set(always)
        if by_prep:
            for _, dep, names in parse.kids(token):
                if dep in PREP_DEPS:
                    for w in names:
                        viable.update(by_prep.get(w, ()))
            if "with" in by_prep and _with_clause_mark(parse, token) is not None:
                viable.update(by_prep["with"])  # "spoke with X to discuss": see _conditions
        if by_own or by_stands:
            for _, own, stands_for in parse.objects(token, None):
                for w in own:
                    viable.update(by_own.get(w, ()))
                for w in stands_for:
                    viable.update(by_stands.get(w, ()))
        return sorted(viable)


def _screen(candidates: list[Pattern]) -> tuple:
    """The patterns of one word by what they need (see ``Patterns._viable``): the places of those
    that need no preposition or object word, and for each word the places of those that need it
    as a preposition, as an object's own word (``head_only``), or as a word an object stands for."""
    always: list[int] = []
    by_prep: dict[str, list[int]] = {}
    by_own: dict[str, list[int]] = {}
    by_stands: dict[str, list[int]] = {}
    for i, p in enumerate(candidates):
        if p.prep is not None:
            words, table = p.prep, by_prep
        elif p.object is not None and not p.roles:
            words, table = p.object, by_own if p.head_only else by_stands
        else:
            always.append(i)
            continue
        if "*" in words:
            always.append(i)
            continue
        for w in words:
            table.setdefault(w, []).append(i)
    return always, by_prep, by_own, by_stands


def _copula(token) -> bool:
    """A "be" that heads its clause ("the military was on high alert"): a verb for the patterns of
    `be` (only a state told by a phrase of it), never a helper of another verb."""
    return token.pos_ == "AUX" and token.lemma_ == "be" and token.dep_ not in ("aux", "auxpass")


def _conditioned(p: Pattern) -> bool:
    """A pattern with a condition of its own; what a verb calls its object ("called the vote a sham"),
    whatever it is, is one: it comes before another set's patterns of the verb's object alone."""
    return p.complement is not None or any(getattr(p, k) not in (None, frozenset({"*"})) for k in CONDITIONS)


BLOCK_CONFIDENCE = 0.5  # below dyad's own patterns: the synonyms of a block share patterns loosely


def _add_block(verbs: dict[str, list[Pattern]], block: dict, target_preps: frozenset) -> None:
    """A block of synonymous verbs sharing their patterns (the converted PETRARCH2 dictionary); a verb
    written with its particle ("ask for") is a pattern of the verb with that particle or preposition.
    The block's patterns are built once and shared (their ``lemma`` is the block's first verb)."""
    shared: list[Pattern] = []
    for name, bare in (block.get("verbs") or {}).items():
        lemma, _, particle = str(name).lower().partition(" ")
        if particle:
            if bare:
                spec = {"code": bare, "prep": particle, "confidence": BLOCK_CONFIDENCE}
                verbs.setdefault(lemma, []).insert(0, _pattern(lemma, "verb", spec, target_preps))
            continue
        shared = shared or [
            _pattern(lemma, "verb", {"confidence": BLOCK_CONFIDENCE, "head_only": True, **spec}, target_preps)
            for spec in block.get("patterns") or ()
        ]
        bare_spec = {"code": bare, "confidence": BLOCK_CONFIDENCE}
        bare_pattern = [_pattern(lemma, "verb", bare_spec, target_preps)] if bare else []
        verbs.setdefault(lemma, []).extend(shared + bare_pattern)


def _build(section: dict, kind: str, target_preps: frozenset) -> dict[str, list[Pattern]]:
    built = {}
    for lemma, spec in section.items():
        specs = spec if isinstance(spec, list) else [spec]
        built[str(lemma).lower()] = [_pattern(str(lemma).lower(), kind, s, target_preps) for s in specs]
    return built


def _pattern(lemma: str, kind: str, spec, target_preps: frozenset) -> Pattern:
    if isinstance(spec, str):
        spec = {"code": spec}
    if not isinstance(spec, dict) or "code" not in spec:
        raise PatternError(f"The pattern for '{lemma}' has no CAMEO code: {spec!r}")
    words = {
        k: _words(spec.get(k))
        for k in ("object", "prep", "particle", "xcomp", "xcomp_object", "modifiers", "unless_modifiers", "subject", "phrase", "phrase_prep", "unless_phrase", "phrase_modifiers", "carrying", "complement", "named", "manner", "to_come", "purpose")
    }
    return Pattern(
        lemma,
        kind,
        str(spec["code"]),
        **words,
        target_preps=_words(spec.get("target_preps")) or target_preps,
        reciprocal=bool(spec.get("reciprocal")),
        participants=bool(spec.get("participants")),
        needs_target=bool(spec.get("needs_target")),
        needs_source=bool(spec.get("needs_source")),
        modifier_role=str(spec.get("modifier_role", "source")),
        confidence=float(spec.get("confidence", 0.6)),
        head_only=bool(spec.get("head_only")),
        reversed=bool(spec.get("reversed")),
        content=bool(spec.get("content")),
        reported=bool(spec.get("reported")),
        roles=bool(spec.get("roles")),
        refused=bool(spec.get("refused")),
        litotes=bool(spec.get("litotes")),
        turned=bool(spec.get("turned")),
    )


def _heads_clause(token) -> bool:
    """A predicate adjective the parser made the head of its clause ("said Tokyo was gravely concerned":
    "concerned" with "Tokyo" as its subject and "was" hanging on it)."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


def _predicate_object(token) -> bool:
    """A noun a verb of being makes a predicate ("the drills constitute a breach of the accord")."""
    return token.dep_ == "dobj" and token.head.lemma_.lower() in PREDICATE_VERBS


def reported_clause(token) -> bool:
    """``token`` is the verb (or the predicate adjective of the verb) of what a reporting verb reports
    ("Seoul said Tokyo was distorting ...", "said Washington had been reckless"), also through what a
    reported thing shows ("said the visit showed how desperate Moscow had become")."""
    verb = token.head if token.dep_ in ("acomp", "attr") or _predicate_object(token) else token
    if verb.dep_ != "ccomp":
        return False
    head = verb.head
    if head.lemma_.lower() in evidence_verbs() and head.dep_ == "ccomp":
        head = head.head
    return head.lemma_.lower() in reporting_verbs()


def reported_conjunct(token) -> bool:
    """ "said the reef was Hanoi's and Manila must leave ...": a clause with its own subject joined to
    a reported clause is reported too."""
    return token.dep_ == "conj" and reported_clause(token.head) and any(c.dep_ == "nsubj" for c in token.children)


def _words(value) -> frozenset[str] | None:
    if value is None:
        return None
    if isinstance(value, bool) or (isinstance(value, list) and any(isinstance(v, bool) for v in value)):
        raise PatternError(
            "A word list in the event patterns holds true/false: YAML reads on, off, yes and no "
            'as booleans. Quote them: "on".'
        )
    if isinstance(value, str):
        return frozenset([value.lower()])
    # a named list spliced in (a YAML alias: "object: [*missiles, satellite]")
    return frozenset(str(w).lower() for v in value for w in (v if isinstance(v, list) else [v]))


DESIGNATION = re.compile(r"([a-z]+)-\d+[a-z]*")  # "hwasong-18", "kn-23", "df-41": a family and its number


def _names(token) -> set[str]:
    names = {token.lower_, token.lemma_.lower()}
    # "the Hwasong-18" is a Hwasong (patterns.yaml &missiles)
    if designation := DESIGNATION.fullmatch(token.lower_):
        names.add(designation.group(1))
    return names


class _Around:
    """The parse around one trigger as its patterns read it, each token's children, objects and
    object words read once: a verb may have dozens of patterns to try, and every read of a child
    makes a new spaCy Token."""

    __slots__ = ("_kids", "_objects", "_names", "_roles")

    def __init__(self, roles=None):
        self._roles = roles
        self._kids: dict[int, list] = {}
        self._objects: dict[tuple[int, int], list] = {}
        self._names: dict[int, tuple[set[str], set[str]]] = {}

    def kids(self, token) -> list:
        """(child, dep, names) of each child of ``token``, in order."""
        got = self._kids.get(token.i)
        if got is None:
            got = self._kids[token.i] = [(c, c.dep_, _names(c)) for c in token.children]
        return got

    def objects(self, token, prep) -> list:
        """(object, its own words, the words it stands for) of ``token`` (through ``prep`` when
        given), conjuncts included, in the order ``_object`` tries them."""
        key = (token.i, -1 if prep is None else prep.i)
        got = self._objects.get(key)
        if got is None:
            got = self._objects[key] = [(c, *self.names(c)) for c in _object_candidates(self, token, prep)]
        return got

    def roles(self, token) -> set[str]:
        return self._roles(token) if self._roles is not None else set()

    def names(self, token) -> tuple[set[str], set[str]]:
        got = self._names.get(token.i)
        if got is None:
            got = self._names[token.i] = (_names(token), _object_names(self, token))
        return got


def _conditions(p: Pattern, token, parse: _Around) -> list | None:
    """The cue tokens when every condition of ``p`` holds on ``token``, else None."""
    cue: list = []
    inner: tuple = ()  # the complement clause's verb and object, where a second phrase may hang too
    particle = None  # "bring X back to the table": the second phrase may hang on the particle
    if p.content and not any(c.dep_ == "ccomp" for c in token.children):
        return None
    if p.reported and not reported_clause(token):
        return None
    if p.refused and not _negated(token):
        return None
    if p.to_come is not None and not _to_come(token, p.to_come):
        return None
    if p.manner is not None and _manner(parse, token, p.manner) is None:
        return None
    if p.subject is not None and _child(parse, token, ("nsubj",), p.subject) is None:
        if not _inherits_subject(parse, token, p.subject):
            return None  # the subject is an actor, no part of the cue
    if p.complement is not None and not _complement(parse, token, p.complement):
        return None
    if p.named is not None and not _named(token, p.named):
        return None
    for dep, words in (("prt", p.particle), ("xcomp", p.xcomp)):
        if words is not None:
            hit = _child(parse, token, (dep,), words)
            if hit is None and dep == "prt":  # "sent the workers home": an adverb the parser does not call a particle
                hit = _child(parse, token, ("advmod",), words & ADVERB_PARTICLES)
            if hit is None and dep == "prt":  # "drove the boats away": hung on the object by the parser
                objects = (c for c, d, _ in parse.kids(token) if d == "dobj")
                hit = next((h for o in objects if (h := _child(parse, o, ("advmod",), words & ADVERB_PARTICLES)) is not None), None)
            if hit is None and dep == "xcomp":  # "let free the activists": parsed as a clause of its own
                hit = _child(parse, token, ("ccomp",), words)
                hit = hit if hit is not None and not _has_subject(parse, hit) else None
            if hit is None:
                return None
            cue.append(hit)
            if dep == "prt":
                particle = hit
            if dep == "xcomp" and p.xcomp_object is not None:  # "vowed to take stern action against X"
                second = _object(parse, hit, None, p.xcomp_object, p.head_only)
                if second is None:
                    return None
                cue.append(second)
                inner = (second, hit)
    prep = None
    if p.prep is not None:
        # "telephoned Erdogan on Monday": when, not PETRARCH2's CALL ON (020)
        timed = (lambda c: _only_a_time(parse, c)) if p.object is None and _named_object(parse, token) else None
        prep = _child(parse, token, PREP_DEPS, p.prep, skip=timed)
        if prep is None and p.object is None and "with" in p.prep:
            prep = _with_clause_mark(parse, token)
        if prep is None:
            return None
        cue.append(prep)
    obj = None
    if p.object is not None:
        obj = _object(parse, token, prep, p.object, p.head_only, p.roles)
        if obj is None:
            return None
        if p.object != {"*"}:
            cue.append(obj)
        if prep is None and obj.head is not token and (clause := seeming_clause(token)) is not None:
            if clause.lemma_.lower() in NAMING_VERBS:  # "launched what it called missiles": the naming is no act
                cue.append(clause)
        if p.modifiers is not None and p.kind == "verb" and not (
                _modified(parse, obj, p.modifiers) or p.roles and parse.roles(obj) & p.modifiers):
            return None  # a person named by role: the words of the role ("Deputy High Commissioner")
        if p.carrying is not None and not _carries(parse, obj, p.carrying):
            return None
        if p.purpose is not None and not _purposed(obj, p.purpose):
            return None
    if p.phrase is not None:
        second = _phrase(parse, (obj, token, *inner, particle), p.phrase_prep or frozenset(), p.phrase, p.unless_phrase)
        if second is None:
            return None
        if p.phrase_modifiers is not None and not (second and _modified(parse, second[-1], p.phrase_modifiers)):
            return None
        cue += second
    if p.modifiers is not None and p.kind == "noun" and not _modified(parse, token, p.modifiers):
        return None
    if p.unless_modifiers is not None and _modified(parse, token, p.unless_modifiers):
        return None
    return cue


TIME_ENTS = frozenset({"DATE", "TIME"})
PREP_DEPS = ("prep", "prt", "agent")  # what a pattern's preposition hangs on the trigger as


NAME_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
PREDICATE_VERBS = frozenset({"constitute", "represent", "pose"})  # verbs that say what a thing is (or is to others)


NEGATIONS = frozenset({"not", "n't", "never"})


def _negated(token) -> bool:
    """The verb is negated by a word of its own ("will never accept", "cannot be accepted")."""
    return any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ in NEGATIONS) for c in token.children)


def _to_come(token, words: frozenset) -> bool:
    """The verb is told as to come: an auxiliary of it ("will respond", "would retaliate"), of the verb it
    is coordinated with ("will take account of X and respond"), or a vowing verb it completes ("vowed to
    respond")."""
    verb = token
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and verb.head.i != verb.i:
        if any(c.dep_ == "aux" and c.lower_ in words for c in verb.children):
            return True
        verb = verb.head
    if any(c.dep_ == "aux" and c.lower_ in words for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in words


MANNER_DEPS = ("advmod", "prep", "pobj", "conj", "cc")


def _manner(parse: _Around, token, words: frozenset):
    """An adverb of the verb among ``words`` ("respond sternly"), or "in kind" when ``words`` holds
    "kind" ("respond firmly and in kind to X"), within the verb's own adverbs and phrases."""
    todo, seen = [(token, 0)], set()
    while todo:
        head, depth = todo.pop()
        for child, dep, names in parse.kids(head):
            if dep not in MANNER_DEPS or child.i in seen:
                continue
            seen.add(child.i)
            if dep == "advmod" and names & words:
                return child
            if dep == "pobj" and "kind" in names and "kind" in words and head.lower_ == "in":
                return child
            if depth < 2:
                todo.append((child, depth + 1))
    return None


def _named_object(parse: _Around, token) -> bool:
    """Whether the verb's direct object names someone ("telephoned Erdogan"): then an "on" with a
    time says when, it is no "call on" of its own."""
    return any(dep == "dobj" and (c.ent_type_ in NAME_ENTS or c.pos_ == "PROPN") for c, dep, _ in parse.kids(token))


def _only_a_time(parse: _Around, prep) -> bool:
    """A preposition whose objects are all times ("on Monday", "on March 3"): it says when."""
    objects = [c for c, dep, _ in parse.kids(prep) if dep in ("pobj", "pcomp")]
    return bool(objects) and all(o.ent_type_ in TIME_ENTS for o in objects)


def _with_clause_mark(parse: _Around, token):
    """ "spoke on Tuesday with X to discuss ...": the parse makes "with" the mark of the infinitive clause
    whose subject is who is spoken with (participants.py reads that subject as the target); the mark, or None."""
    for child, dep, _ in parse.kids(token):
        if dep == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            mark = next((m for m in child.children if m.dep_ == "mark" and m.lower_ == "with"), None)
            if mark is not None and mark.i > token.i:
                return mark
    return None


def _child(parse: _Around, token, deps: tuple, words: frozenset, skip=None):
    for child, dep, names in parse.kids(token):
        if dep in deps and ("*" in words or names & words) and not (skip is not None and skip(child)):
            return child
    return None


ADVERB_PARTICLES = frozenset({"home", "back", "away"})  # particles the parser may read as adverbs ("sent them home", "sent back the migrants", "drove the boats away")
DETONATIONS = frozenset({"blow", "detonate", "explode", "set"})  # "blew himself up", "set off"


def _inherits_subject(parse: _Around, token, words: frozenset) -> bool:
    """A participle or a coordinated verb with no subject of its own, hanging on a detonation, takes
    its subject ("a suicide bomber blew himself up at a mosque, killing 56 people": the bomber
    killed). Other heads keep their own codes ("jets carried out strikes, killing a militant")."""
    if token.dep_ not in ("advcl", "conj") or token.head.i == token.i or _has_subject(parse, token):
        return False
    if token.head.lemma_.lower() not in DETONATIONS:
        return False
    return _child(parse, token.head, ("nsubj",), words) is not None


def _has_subject(parse: _Around, token) -> bool:
    return any(dep in ("nsubj", "nsubjpass") for _, dep, _ in parse.kids(token))


def _complement(parse: _Around, token, words: frozenset) -> bool:
    """The verb's object predicate ("called Kim a rocket man", "called the vote illegal") is, or is
    modified by, one of ``words`` ("*": any)."""
    kids = parse.kids(token)
    if any(dep == "dobj" and child.tag_ in WH_WORDS for child, dep, _ in kids):
        return False  # "what he called war games": a name quoted, no judgement of anyone
    for child, dep, names in kids:
        if dep == "oprd" and ("*" in words or names & words or _modified(parse, child, words)):
            return True
    return False


PREDICATE_DEPS = frozenset({"oprd", "ccomp", "advcl", "dobj", "xcomp", "appos"})


def _named(token, words: frozenset) -> bool:
    """Whether the verb's object predicate has one of ``words`` ("declared two diplomats persona non
    grata"): the parse builds it as an object predicate, a noun clause or a phrase of the verb by
    turns (its head even a verb); the words of that child's phrase, short of the clauses of other verbs."""
    return any(c.dep_ in PREDICATE_DEPS and _says(c, words) for c in token.children)


def _says(token, words: frozenset) -> bool:
    if token.lower_ in words:
        return True
    return any(_says(c, words) for c in token.children if c.pos_ not in ("VERB", "AUX"))


def _purposed(obj, words: frozenset) -> bool:
    """The object's own infinitive clause names one of ``words`` ("efforts with X and Y to reach a
    ceasefire agreement", "efforts to bring them back to the table"): what the thing done is for."""
    return any(
        t.lemma_.lower() in words
        for c in obj.children
        if c.dep_ in ("acl", "relcl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for t in c.subtree
    )


def _phrase(parse: _Around, heads, preps: frozenset, words: frozenset, unless=None) -> list | None:
    """The preposition and its object of a second phrase ("of emergency" in "declared a state of
    emergency", "for talks" in "rejected calls for talks"), on the first head that has one; with
    words "*", any object of that preposition, which stays out of the cue ("fired missiles at X")."""
    for head in heads:
        if head is None:
            continue
        for child, dep, names in parse.kids(head):
            if dep == "prep" and names & preps:
                for obj, obj_dep, obj_names in parse.kids(child):
                    if unless and obj_names & unless:
                        continue
                    if obj_dep in ("pobj", "pcomp") and "*" in words and obj.ent_type_ not in WHEN:
                        return []  # any phrase of that preposition: a condition, its object stays an actor
                    if obj_dep in ("pobj", "pcomp") and obj_names & words:
                        return [child, obj]
    return None


def _object(parse: _Around, token, prep, words: frozenset, head_only: bool = False, roles: bool = False):
    for cand, own, stands_for in parse.objects(token, prep):
        if "*" in words or (own if head_only else stands_for) & words:
            return cand
        if roles and parse.roles(cand) & words:  # "summoned Xing", the ambassador the knowledge base knows
            return cand
    return None


def _object_candidates(parse: _Around, token, prep) -> list:
    if prep is not None:
        candidates = [c for c, dep, _ in parse.kids(prep) if dep in ("pobj", "pcomp")]
    else:
        kids = parse.kids(token)
        passive = any(dep == "auxpass" for _, dep, _ in kids)
        deps = ("dobj", "nsubjpass") if passive else ("dobj", "obj")
        candidates = (
            [c for c, dep, _ in kids if dep in deps] or seeming_object(token) or described(token) or shared_object(token)
        )
    return candidates + [conj for c in candidates for conj in c.conjuncts]



def described(verb) -> list:
    """The thing a past participle describes is what it was done to ("a statement released on Monday",
    "the hostages freed on Sunday"), as a list; a participle coordinated with such a one, or with a
    passive verb, describes the same thing ("a summit planned for May but later canceled by X", "the
    talks were set for May but called off"); a participle the parser hung on the verb after a comma
    ("restored a meeting between X and Y, first set for May but later canceled by X") describes the
    noun phrase before the comma."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN"):
        return [verb.head]
    if verb.tag_ != "VBN" or not any(c.dep_ == "agent" for c in verb.children):
        return []  # the rest only for a participle whose doer is named ("... by X")
    first = verb
    while first.dep_ == "conj" and first.tag_ == "VBN" and not _own_clause(first):
        first = first.head if first.head.tag_ == "VBN" else _participle_before(first)
    if first is not verb and (done := [c for c in first.children if c.dep_ == "nsubjpass"]):
        return done
    if first.tag_ != "VBN":
        return []
    if first.dep_ == "acl" and first.head.pos_ in ("NOUN", "PROPN"):
        return [first.head]
    if first.dep_ == "advcl" and first.i > first.head.i and not _own_clause(first):
        before = first.doc[first.left_edge.i - 1] if first.left_edge.i > 0 else None
        return _phrase_head(before) if before is not None and before.text == "," else []
    return []


def _participle_before(conj):
    """The bare participle a conjunct participle is coordinated with when the parser hung both on the
    verb before them ("to restore a meeting, first set for May but later canceled by X": "canceled"
    a conjunct of "restore", "set" its clause): that verb's participle between it and the conjunct."""
    head = conj.head
    for child in reversed([c for c in head.children if head.i < c.i < conj.i]):
        if child.dep_ in ("advcl", "acl") and child.tag_ == "VBN" and not _own_clause(child):
            return child
    return head


def _own_clause(verb) -> bool:
    """Whether a verb has a subject or an auxiliary of its own (a clause, no bare participle)."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)


def _phrase_head(comma) -> list:
    """The noun heading the noun phrase that ends before ``comma``: from the word before it, up
    through its conjuncts, prepositions and their objects to the topmost noun ("a meeting between X
    and Y," -> meeting), as a list."""
    token, found = comma.doc[comma.i - 1] if comma.i > 0 else None, None
    while token is not None and token.i < comma.i and token.head.i != token.i:
        if token.pos_ in ("NOUN", "PROPN"):
            found = token
        if token.dep_ not in ("conj", "pobj", "prep", "compound", "appos"):
            break
        token = token.head
    return [found] if found is not None and found.pos_ == "NOUN" else []


def _object_names(parse: _Around, token) -> set[str]:
    """The words an object stands for: its own, its compounds ("curfew hours"), and what it measures
    or belongs to ("$2 million in assistance", "state of emergency", "shipments of aid")."""
    names = set(_names(token))
    if token.tag_ in ("NNS", "NNPS") and token.ent_type_ == "NORP":
        names.add("national")  # "sent back 904 North Koreans", "seized three Americans": people of a nation
    for child, dep, child_names in parse.kids(token):
        if dep == "compound":
            names |= child_names
        elif dep == "prep" and child.lower_ in MEASURE_PREPS:
            names |= {n for _, d, g_names in parse.kids(child) if d == "pobj" for n in g_names}
        elif dep == "appos" and token.pos_ == "PROPN":  # "Zhao Lijun, minister at the Chinese Embassy": what the name is
            names |= child_names | {n for c, d, _ in parse.kids(child) if d == "prep" and c.lower_ in POST_PREPS
                                    for _, gd, g_names in parse.kids(c) if gd == "pobj" for n in g_names}
    return names


CARRY_VERBS = frozenset({"carry", "contain", "hold", "bear", "fill", "attach", "load"})
CARRY_PREPS = frozenset({"with", "including", "of", "full"})


def _carries(parse: _Around, token, words: frozenset) -> bool:
    """Whether the thing ``token`` names carries one of ``words``: a compound of it ("trash balloons"),
    or a word of its "with" / "including" phrase or of a clause of carrying on it ("balloons with trash
    attached", "balloons carrying objects, including trash and waste")."""
    if _modified(parse, token, words):
        return True
    measured = [g for c, dep, _ in parse.kids(token) if dep == "prep" and c.lower_ in MEASURE_PREPS
                for g, d, _ in parse.kids(c) if d == "pobj"]  # "large numbers of balloons carrying trash"
    for thing in (token, *measured):
        for child, dep, names in parse.kids(thing):
            if (dep == "prep" and names & CARRY_PREPS) or (dep == "acl" and names & CARRY_VERBS):
                if any(t.lemma_.lower() in words or t.lower_ in words for t in child.subtree):
                    return True
    return False


def _modified(parse: _Around, token, words: frozenset) -> bool:
    """Whether an adjective or compound of the token, or of what it measures ("a new round of joint
    exercises"), is one of ``words``."""
    measured = [g for c, dep, _ in parse.kids(token) if dep == "prep" and c.lower_ in MEASURE_PREPS
                for g, d, _ in parse.kids(c) if d == "pobj"]
    mods = [(c, n) for t in (token, *measured) for c, dep, n in parse.kids(t) if dep in ("amod", "compound", "nmod", "npadvmod")]
    mods += [(c, n) for c, dep, n in parse.kids(token) if dep == "acl" and c.tag_ in ("VBN", "JJ")]  # "no measure untaken"
    mods += [(t, n) for m, _ in mods for t, dep, n in parse.kids(m) if dep in ("amod", "compound")]
    return any(n & words for _, n in mods)
