"""Event patterns: which verbs and nouns name which CAMEO event, read from a YAML data file.

The file format is documented at the top of ``dyad/data/events/patterns.yaml``. A pattern matches a
trigger token when all its conditions hold; ``Match.cue`` lists the tokens that belong to the cue
("held talks": the object "talks" is part of the cue, so it is neither a target nor a second event).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

import yaml

from dyad.errors import DyadError

VERB_POS = ("VERB",)
ADJ_POS = ("ADJ",)
MEASURE_PREPS = ("in", "of")
NOUN_POS = ("NOUN", "PROPN")


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
    modifiers: frozenset[str] | None = None
    unless_modifiers: frozenset[str] | None = None
    target_preps: frozenset[str] = frozenset()
    reciprocal: bool = False
    participants: bool = False
    needs_target: bool = False
    needs_source: bool = False
    modifier_role: str = "source"  # nouns: what an actor in a compound is ("US overture" / "Ukraine war")
    confidence: float = 0.6


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

    @classmethod
    @cache
    def default(cls) -> Patterns:
        return cls.load(resources.files("dyad.data") / "events" / "patterns.yaml")

    @classmethod
    def load(cls, path) -> Patterns:
        source = path if hasattr(path, "read_text") else Path(path)
        try:
            data = yaml.safe_load(source.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as exc:
            raise PatternError(f"Cannot read the event patterns in {path}: {exc}") from exc
        defaults = {k: frozenset(v) for k, v in (data.get("defaults") or {}).items()}
        verbs = _build(data.get("verbs") or {}, "verb", defaults.get("verb_target_preps", frozenset()))
        nouns = _build(data.get("nouns") or {}, "noun", defaults.get("noun_target_preps", frozenset()))
        adjectives = _build(
            data.get("adjectives") or {}, "verb", defaults.get("adjective_target_preps", frozenset())
        )
        return cls(verbs, nouns, defaults, adjectives)

    def __len__(self) -> int:
        return sum(len(v) for group in (self.verbs, self.nouns, self.adjectives) for v in group.values())

    def match(self, token) -> Match | None:
        """The first pattern of the token's lemma whose conditions hold, or None."""
        if token.pos_ in VERB_POS:
            candidates = self.verbs.get(token.lemma_.lower(), ())
        elif token.pos_ in ADJ_POS and token.dep_ == "acomp":  # "said it is skeptical of"
            candidates = self.adjectives.get(token.lemma_.lower(), ())
        elif token.pos_ in NOUN_POS:
            candidates = self.nouns.get(token.lemma_.lower(), ()) or self.nouns.get(token.lower_, ())
        else:
            return None
        for pattern in candidates:
            cue = _conditions(pattern, token)
            if cue is not None:
                return Match(pattern, token, cue)
        return None


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
        for k in ("object", "prep", "particle", "xcomp", "modifiers", "unless_modifiers")
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
    )


def _words(value) -> frozenset[str] | None:
    if value is None:
        return None
    if isinstance(value, bool) or (isinstance(value, list) and any(isinstance(v, bool) for v in value)):
        raise PatternError(
            "A word list in the event patterns holds true/false: YAML reads on, off, yes and no "
            'as booleans. Quote them: "on".'
        )
    return frozenset([value.lower()] if isinstance(value, str) else [str(v).lower() for v in value])


def _names(token) -> set[str]:
    return {token.lower_, token.lemma_.lower()}


def _conditions(p: Pattern, token) -> list | None:
    """The cue tokens when every condition of ``p`` holds on ``token``, else None."""
    cue: list = []
    for dep, words in (("prt", p.particle), ("xcomp", p.xcomp)):
        if words is not None:
            hit = _child(token, (dep,), words)
            if hit is None:
                return None
            cue.append(hit)
    prep = None
    if p.prep is not None:
        prep = _child(token, ("prep", "prt", "agent"), p.prep)
        if prep is None:
            return None
        cue.append(prep)
    if p.object is not None:
        obj = _object(token, prep, p.object)
        if obj is None:
            return None
        if p.object != {"*"}:
            cue.append(obj)
        if p.modifiers is not None and p.kind == "verb" and not _modified(obj, p.modifiers):
            return None
    if p.modifiers is not None and p.kind == "noun" and not _modified(token, p.modifiers):
        return None
    if p.unless_modifiers is not None and _modified(token, p.unless_modifiers):
        return None
    return cue


def _child(token, deps: tuple, words: frozenset):
    for child in token.children:
        if child.dep_ in deps and ("*" in words or _names(child) & words):
            return child
    return None


def _object(token, prep, words: frozenset):
    if prep is not None:
        candidates = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    else:
        passive = any(c.dep_ == "auxpass" for c in token.children)
        deps = ("dobj", "nsubjpass") if passive else ("dobj", "obj")
        candidates = [c for c in token.children if c.dep_ in deps]
    candidates += [conj for c in candidates for conj in c.conjuncts]
    for cand in candidates:
        if "*" in words or _object_names(cand) & words:
            return cand
    return None


def _object_names(token) -> set[str]:
    """The words an object stands for: its own, its compounds ("curfew hours"), and what it measures
    or belongs to ("$2 million in assistance", "state of emergency", "shipments of aid")."""
    names = _names(token)
    for child in token.children:
        if child.dep_ == "compound":
            names |= _names(child)
        elif child.dep_ == "prep" and child.lower_ in MEASURE_PREPS:
            names |= {n for g in child.children if g.dep_ == "pobj" for n in _names(g)}
    return names


def _modified(token, words: frozenset) -> bool:
    mods = [c for c in token.children if c.dep_ in ("amod", "compound", "nmod", "npadvmod")]
    mods += [t for m in mods for t in m.children if t.dep_ in ("amod", "compound")]
    return any(_names(m) & words for m in mods)
