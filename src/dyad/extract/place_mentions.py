"""Where an article names a place: candidate spans with exact character offsets.

Candidates come from spaCy's GPE/LOC/FAC entities (an entity written "X, Y" gives two), from
ORG entities and plain text that match a named feature of the gazetteer ("the Vostochny
cosmodrome", "the Korean Peninsula"), and from a name followed by a region word ("the Amur
region"). Text in photo credits, person and organisation mentions and place names that stand for
a state actor ("Washington said") give nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from dyad.article import Article
from dyad.extract.gazetteer import Gazetteer, norm, read_tsv, read_words

PLACE_LABELS = {"GPE", "LOC", "FAC"}
_LEAD = re.compile(r"^(?:the|The|THE)\s+")
_TRAIL = re.compile(r"(?:'s|’s|'|’|[,;:]|(?<![A-Z]\.[A-Z])\.)+$")
_LOCATIVE = re.compile(
    r"\b(?:in|near|outside|at|from|across|throughout|around|into|towards?|of the city of|of the town of)\s+"
    r"(?:(?:the\s+)?(?:far\s+)?(?:north|south|east|west|central)(?:ern|[ -](?:east|west)(?:ern)?)?\s+)?"
    r"((?:[A-Z][\w'’.-]*)(?:\s+[A-Z][\w'’.-]*){0,3})"
)
STRONG_KINDS = ("country", "region", "water", "site", "other")


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    text: str
    region_hint: bool = False  # followed by a region word: "the Amur region"
    from_entity: bool = True


def find_candidates(article: Article, gaz: Gazetteer) -> list[Candidate]:
    blocked, freed = _blocked_spans(article, gaz)
    kept: list[Candidate] = []
    # named features first (they are the longest, surest names), then entities around them
    found = (
        _feature_matches(article.text)
        + freed
        + _entity_candidates(article, gaz)
        + _locative_candidates(article, gaz)
        + _name_candidates(article, gaz)
        + _inner_candidates(article, gaz)
    )
    for cand in sorted(found, key=lambda c: c.start - c.end):
        if article.in_credit(cand.start) or _overlaps(cand, blocked):
            continue
        if not _overlaps(cand, [(k.start, k.end) for k in kept]):
            kept.append(cand)
    kept += _list_neighbours(article, gaz, kept, blocked)
    return sorted(kept, key=lambda c: c.start)


def _entity_candidates(article: Article, gaz: Gazetteer) -> list[Candidate]:
    out = []
    region_words = read_words("region_words.txt")
    skip = read_words("not_places.txt")
    for ent in article.doc.ents if article.doc is not None else ():
        if ent.label_ not in PLACE_LABELS and ent.label_ != "ORG":
            continue
        for start, end in _parts(article.text, ent.start_char, ent.end_char):
            text = article.text[start:end]
            if not text[:1].isupper() or norm(text) in skip or not known(text, gaz):
                continue
            hint = _next_word(article.text, end) in region_words
            if ent.label_ == "ORG" and not (hint or _strong(text, gaz)):
                continue
            out.append(Candidate(start, end, text, hint))
    return out


def _locative_candidates(article: Article, gaz: Gazetteer) -> list[Candidate]:
    """Capitalised names after "in", "near", "outside"... that the gazetteer knows by their own
    name (spaCy's small model often tags them PERSON or ORG, or not at all)."""
    skip = read_words("not_places.txt")
    out = []
    for match in _LOCATIVE.finditer(article.text):
        start, end = match.span(1)
        for s, e in _parts(article.text, start, end):
            text = article.text[s:e]
            if norm(text) not in skip and any(not alt for _, alt in gaz.lookup(text)):
                out.append(
                    Candidate(s, e, text, _next_word(article.text, e) in read_words("region_words.txt"))
                )
    return out


def known(text: str, gaz: Gazetteer) -> bool:
    """Whether the gazetteer knows the name, alone or before a region word ("Amur Oblast")."""
    if text in gaz:
        return True
    words = text.split()
    return (
        len(words) > 1 and norm(words[-1]) in read_words("region_words.txt") and " ".join(words[:-1]) in gaz
    )


def _strong(text: str, gaz: Gazetteer) -> bool:
    """A country, region or named feature called exactly so (not a town's alternate name)."""
    return any(e.kind in STRONG_KINDS and not alt for e, alt in gaz.lookup(text))


def _parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The entity's span less a leading "the" and trailing possessive, split at commas."""
    out = []
    pos = start
    for piece in re.split(r"(,\s*)", text[start:end]):
        if piece and not piece.startswith(","):
            lead = _LEAD.match(piece)
            s = pos + (lead.end() if lead else 0)
            trail = _TRAIL.search(piece)
            e = pos + (trail.start() if trail else len(piece))
            if e > s:
                out.append((s, e))
        pos += len(piece)
    return out


def _next_word(text: str, end: int) -> str:
    match = re.match(r"\s+([A-Za-z]+)", text[end : end + 30])
    return norm(match.group(1)) if match else ""


def _feature_matches(text: str) -> list[Candidate]:
    out = []
    for match in _feature_pattern().finditer(text):
        name = match.group(0)
        if name[:1].isupper() or name.islower() and name in _lowercase_aliases():
            out.append(Candidate(match.start(), match.end(), name, from_entity=False))
    return out


@lru_cache(maxsize=1)
def _feature_pattern() -> re.Pattern:
    names = {n for row in read_tsv("features.tsv") for n in [row[0], *row[1].split("|")] if n}
    multi = sorted((n for n in names if " " in n and not n.lower().startswith("the ")), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in multi) + r")\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _lowercase_aliases() -> frozenset[str]:
    return frozenset(n for row in read_tsv("features.tsv") for n in row[1].split("|") if n.islower())


def _blocked_spans(article: Article) -> list[tuple[int, int]]:
    """Mentions of people and organisations, and place names used as a state actor."""
    spans = []
    for actor in article.actors:
        for m in actor.mentions:
            if m.metonym or actor.kind in ("person", "organization"):
                spans.append((m.start, m.end))
    return spans


def _overlaps(cand: Candidate, spans: list[tuple[int, int]]) -> bool:
    return any(cand.start < e and s < cand.end for s, e in spans)
