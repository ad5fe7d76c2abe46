"""The times stage: every date and time expression in the text, with its TimeML value.

The grammar (``grammar``) finds expressions, checks against the parse (``clause``)
drop numbers that count things and month words that are verbs, and ``resolve`` computes
each value in text order, so that "the following day" counts from the date mentioned before it.
spaCy's DATE and TIME entities that the grammar missed are read by ``fallback`` (dateparser) when
their words support a date. Nothing inside a credit segment is kept.

``TimeRef.precision`` is one of day, month, year, decade, century, unknown (a reference such as
PRESENT_REF, or a relative value with X's for want of a publication date) and, beyond those,
week, season, quarter, hour, minute, ``duration`` (``P3W``) and ``set`` (``P1Y``, ``XXXX-WXX-1``).
Something that dates an event should skip the last two.
"""

from __future__ import annotations

from dyad.annotate.columns import entities
from dyad.article import Article, TimeRef
from dyad.extract.times import clause, fallback
from dyad.extract.times.grammar import Found, find, word_before
from dyad.extract.times.lexicon import load_lexicon, lookup
from dyad.extract.times.resolve import Context, Resolved, resolve
from dyad.extract.times.values import parse_iso

ENTITY_LABELS = ("DATE", "TIME")


class TimeStage:
    name = "times"
    requires = ("doc",)
    assigns = ("times",)

    def __call__(self, article: Article) -> Article:
        article.times = extract_times(article)
        return article


def extract_times(article: Article) -> list[TimeRef]:
    """The article's time expressions in text order (credits skipped)."""
    text, doc = article.text, article.doc
    candidates = find(text)
    found = [f for f in candidates if not article.in_credit(f.start) and _fits_parse(f, doc)]
    ctx = Context(published=parse_iso(article.published))
    refs = []
    for item in sorted(found + _entities_missed(doc, candidates, article), key=lambda f: f.start):
        resolved = _resolve(item, ctx, doc, text)
        if resolved is None:
            continue
        ctx.remember(resolved.value)
        refs.append(
            TimeRef(item.start, item.end, text[item.start : item.end], *_fields(resolved), _mod(item))
        )
    return refs


def _mod(item: Found) -> str | None:
    """TimeML's mod of an expression: "early 2011" START, "about six years" APPROX."""
    lex = load_lexicon()
    if item.parts.get("approx"):
        return lookup(lex.approximators, item.parts["approx"])
    if item.parts.get("mod"):
        return lookup(lex.modifiers, item.parts["mod"].rstrip("- "))
    return None


def _fields(resolved: Resolved) -> tuple[str, str, str | None]:
    return resolved.value, resolved.precision, resolved.anchor


def _resolve(item: Found, ctx: Context, doc, text: str) -> Resolved | None:
    ctx.tense = clause.tense_at(doc, item.start, item.end) if doc is not None else None
    ctx.word_before = word_before(text, item.start)
    if item.kind == "entity":
        parsed = fallback.parse(text[item.start : item.end], ctx.published, ctx.tense)
        return Resolved(parsed[0], parsed[1], "published") if parsed else None
    return resolve(item, ctx)


def _fits_parse(found: Found, doc) -> bool:
    """Checks that need the parse: a year, not a count; a month name, not a modal verb."""
    if doc is None:
        return True
    if found.kind == "year":
        start = found.start + found.parts.get("_year_offset", 0)
        return not clause.is_count(doc, start, found.end)
    if found.kind == "month" and not found.parts.get("rel") and not found.parts.get("mod"):
        return not clause.is_modal(doc, found.start)
    if found.kind == "set" and "adverb" in found.parts and found.parts["adverb"].lower() != "annually":
        return clause.is_modifier(doc, found.start)
    if found.kind == "reference" and "adjective" in found.parts:
        return clause.is_adjective(doc, found.start)
    return True


def _entities_missed(doc, found: list[Found], article: Article) -> list[Found]:
    """spaCy DATE/TIME entities that overlap nothing the grammar found (kept or refused)."""
    if doc is None:
        return []
    missed = []
    for ent in entities(doc):
        if ent.label_ not in ENTITY_LABELS or article.in_credit(ent.start_char):
            continue
        if all(ent.end_char <= f.start or ent.start_char >= f.end for f in found):
            missed.append(Found(ent.start_char, ent.end_char, "entity"))
    return missed
