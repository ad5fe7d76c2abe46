"""The issuer of a document that speaks: "The statement, carried by KCNA and attributed to an
unnamed spokesman for the North's foreign ministry, said X" is the foreign ministry's, not the
statement's (no actor) nor KCNA's (it only carried it). The issuer is the actor the phrase after
"attributed to" / "issued by" names; an unnamed official of a body the phrase names without its
state ("an unnamed foreign ministry spokesman") is of the body of the state whose media carried
the statement, else of the state named last before it."""

from __future__ import annotations

from dyad.annotate.knowledge import KnowledgeBase
from dyad.article import Actor, Article, Mention, Quote

DOCUMENTS = frozenset({"statement", "commentary", "communique", "communiqué", "notice", "announcement", "message"})
ISSUED = frozenset({"attribute", "issue", "release", "credit", "sign"})  # "attributed to", "issued by"
SOURCES = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "officials", "spokespeople"})
REACH = 1500  # characters back to look for the state the statement comes from


def issuer(article: Article, quote: Quote) -> str | None:
    """The actor that issued the document the quote's speaker words name, or None."""
    m = quote.speaker_mention
    words = article.text[m.start : m.end].lower().split()
    if len(words) != 2 or words[0] not in ("the", "a", "its") or words[1] not in DOCUMENTS or article.doc is None:
        return None
    span = article.doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return None
    phrase = _issued_phrase(span.root)
    if phrase is None:
        return None
    lo, hi = phrase[0].idx, phrase[-1].idx + len(phrase[-1].text)
    named = sorted((x.start, a.kind != "person", a.id) for a in article.actors if a.kind in ("person", "organization")
                   for x in a.mentions if lo <= x.start and x.end <= hi)
    people = [n for n in named if not n[1]]
    if people or named:
        return (people or named)[0][2]
    return _body_of_state(article, quote, span, phrase)


def _issued_phrase(root):
    """The tokens after "to"/"by" of an "attributed to X" / "issued by X" phrase on ``root``."""
    for tok in root.subtree:
        if tok.lemma_ not in ISSUED or tok.i <= root.i or tok.head.i < root.i:
            continue
        prep = next((c for c in tok.children if c.dep_ in ("prep", "agent") and c.lower_ in ("to", "by")), None)
        if prep is not None and prep.i + 1 <= prep.right_edge.i:
            return prep.doc[prep.i + 1 : prep.right_edge.i + 1]
    return None


def _body_of_state(article: Article, quote: Quote, span, phrase) -> str | None:
    """"an unnamed foreign ministry spokesman": the knowledge base's foreign ministry of the state
    whose media carried the statement (its phrase), else of the state named last before."""
    kb = KnowledgeBase.default()
    words = [t.lower_ for t in phrase]
    src = next((i for i, w in enumerate(words) if w in SOURCES), None)
    if src is None:
        return None
    body = [t.text for t in phrase[:src] if t.pos_ in ("NOUN", "PROPN", "ADJ") and t.lower_ not in ("unnamed", "anonymous", "senior")]
    if not body or not kb.org_sector_of_head([w.lower() for w in body]):
        return None
    lo, hi = span.root.left_edge.idx, phrase[0].idx
    media = [a.country for a in article.actors if a.kind == "organization" and a.sector == "MED" and a.country
             for x in a.mentions if lo <= x.start < hi]
    state = kb.state(media[0]) if media else _state_before(article, quote.speaker_mention.start)
    if state is None:
        return None
    hits = [e for e, _via in kb.lookup(f"{state.name}'s {' '.join(body)}") if e.country == state.id]
    if len(hits) != 1:
        return None
    entry = hits[0]
    actor = article.actor(entry.id)
    if actor is None:
        actor = Actor(entry.id, entry.name, entry.kind, entry.country, entry.sector, entry.code, wikidata=entry.wikidata)
        article.actors.append(actor)
    tok = phrase[0].doc[phrase[src].i]
    actor.mentions.append(Mention(phrase[0].idx, tok.idx + len(tok.text), article.text[phrase[0].idx : tok.idx + len(tok.text)]))
    return entry.id


def _state_before(article: Article, at: int):
    """The state named last within REACH before ``at``."""
    kb = KnowledgeBase.default()
    found = [(x.start, a.id) for a in article.actors if a.kind == "state" for x in a.mentions if at - REACH <= x.start < at]
    return kb.state(max(found)[1]) if found else None
