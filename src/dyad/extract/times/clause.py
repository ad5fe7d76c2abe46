"""What the sentence around a time expression says: its tense, and whether a number is a year.

These checks read the spaCy ``Doc`` of the article; each takes character offsets.
"""

from __future__ import annotations

FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "going"})
AHEAD_AUX = FUTURE_AUX | {"would"}  # "announced that it would tighten controls from Thursday"
START_MARKERS = frozenset({"from", "starting", "beginning", "effective"})  # a time something starts at
# a time under a verb of expecting or scheduling names what lies ahead of the expecting, not behind the
# story's day ("a meeting expected by early June", "expected plans for a June 12 summit to succeed"):
# its tense says nothing of the time's year, which is then the nearest
EXPECTING = frozenset({"expect", "schedule", "slate", "anticipate"})
CLAUSE_STEPS = 12  # how far up a start marker's phrase its clause's verb may lie
YEAR_PREPOSITIONS = frozenset(
    {
        "in",
        "since",
        "by",
        "from",
        "until",
        "till",
        "of",
        "during",
        "before",
        "after",
        "to",
        "through",
        "between",
        "and",
        "early",
        "late",
        "mid",
        "around",
        "circa",
        "year",
    }
)


def tokens(doc, start: int, end: int):
    """The tokens of ``doc`` that overlap ``start:end``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span if span is not None else []


def tense_at(doc, start: int, end: int) -> str | None:
    """past | present | future of the verb that governs the expression, or None. A time that starts
    something ("from Thursday", "starting Monday") in a clause of "will" or "would" is still to come,
    wherever the parser hung its phrase ("would tighten controls on ... fluorinated polyimide ...,
    from Thursday": on the participle)."""
    span = tokens(doc, start, end)
    if not len(span):
        return None
    if _starts_ahead(span.root):
        return "future"
    verb = _governing_verb(span.root)
    if verb is None or verb.lemma_ in EXPECTING:
        return None
    return verb_tense(verb)


def _starts_ahead(token) -> bool:
    """Whether the token is the time a start marker gives, in a clause whose verb has "will" or
    "would" (the first verb above it with a subject or an auxiliary of its own)."""
    marker = token.head
    if token.dep_ not in ("pobj", "npadvmod", "dobj") or marker.lower_ not in START_MARKERS:
        return False
    verb = marker.head
    for _ in range(CLAUSE_STEPS):
        if verb.pos_ in ("VERB", "AUX") and any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
            return bool({c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")} & AHEAD_AUX)
        if verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _governing_verb(token):
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def verb_tense(verb) -> str | None:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & FUTURE_AUX or (verb.lower_ in FUTURE_AUX and verb.tag_ == "MD"):
        return "future"
    tags = {verb.tag_, *(a.tag_ for a in auxes)}
    if "VBD" in tags or (verb.tag_ == "VBN" and not words & {"be", "is", "are", "been"}):
        return "past"
    if any(a.tag_ == "MD" for a in auxes):
        return None
    if tags & {"VBZ", "VBP", "VBG", "VB"}:
        return "present"
    return None


def is_count(doc, start: int, end: int) -> bool:
    """True where a four-digit number counts things ("2019 people") rather than naming a year."""
    span = tokens(doc, start, end)
    if not len(span):
        return False
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and (before.lower_ in YEAR_PREPOSITIONS or before.tag_ == "$"):
        return before.tag_ == "$"
    return after is not None and (after.tag_ in ("NNS", "NNPS") or after.lower_ in ("%", "percent"))


def is_modal(doc, start: int) -> bool:
    """True where the word at ``start`` is a modal or a verb ("May I", "to march")."""
    span = tokens(doc, start, start + 1)
    return bool(len(span)) and span[0].tag_ in ("MD", "VB", "VBP", "VBZ")


def is_modifier(doc, start: int) -> bool:
    """True where the word at ``start`` is an adverb or adjective ("rose weekly", "weekly gain"),
    not part of a name ("China Daily")."""
    span = tokens(doc, start, start + 1)
    return bool(len(span)) and span[0].pos_ in ("ADV", "ADJ")


def is_adjective(doc, start: int) -> bool:
    span = tokens(doc, start, start + 1)
    return bool(len(span)) and span[0].tag_ == "JJ"
