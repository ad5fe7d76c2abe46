"""The issuer of a document that speaks: "The statement, carried by KCNA and attributed to an
unnamed spokesman for the North's foreign ministry, said X" is the foreign ministry's, not the
statement's (no actor) nor KCNA's (it only carried it). The issuer is the actor the phrase after
"attributed to" / "issued by" names; a body the phrase names without its state ("an unnamed
foreign ministry spokesman", "a spokesman for the foreign ministry") is that body of the state
the statement came from: the state of the news agency that carried it, else of the subject of an
earlier "in a statement"; None when neither says (not the dateline's state)."""

from __future__ import annotations

from dyad.annotate.knowledge import KnowledgeBase
from dyad.article import Actor, Article, Mention, Quote

DOCUMENTS = frozenset({"statement", "commentary", "communique", "communiqué", "notice", "announcement", "message"})
ISSUED = frozenset({"attribute", "issue", "release", "credit", "sign"})  # "attributed to", "issued by"
SOURCES = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "officials", "spokespeople"})
LOOK_BACK = 300  # tokens back to look for an earlier "in a statement"


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
    named = sorted((x.start, a.kind != "person", a.id, x.text) for a in article.actors if a.kind in ("person", "organization")
                   for x in a.mentions if lo <= x.start and x.end <= hi)
    people = [n for n in named if not n[1]]
    if people:
        return people[0][2]
    if named and _owned(named[0][3]):
        return named[0][2]  # "the North's foreign ministry", "Chinese Defense Ministry": owned, as named
    return _body_of_state(article, quote, span, phrase)  # "the foreign ministry": of the statement's state


def issued_words(article: Article, quote: Quote) -> list[str]:
    """The lower-case words of the "attributed to" / "issued by" phrase of the document the
    quote's speaker words name ('"...," the spokesman said' after "The statement, attributed to
    an unnamed spokesman, said"), else none."""
    m = quote.speaker_mention
    words = article.text[m.start : m.end].lower().split()
    if len(words) != 2 or words[1] not in DOCUMENTS or article.doc is None:
        return []
    span = article.doc.char_span(m.start, m.end, alignment_mode="expand")
    phrase = _issued_phrase(span.root) if span is not None else None
    return [t.lower_ for t in phrase] if phrase is not None else []


def _subject(verb):
    """The verb's subject nearest before it ("SEOUL (Reuters) -- North Korea rejected": North Korea,
    not the dateline the parse also made a subject)."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return max(subjects, key=lambda c: c.i) if subjects else None


def _owned(words: str) -> bool:
    """A body's words that name its state: a possessive ("China's defense ministry") or a state's
    name or demonym first ("Chinese Defense Ministry"); not "the foreign ministry"."""
    first = words.split()[0] if words.split() else ""
    return "'s" in words or "’s" in words or any(
        e.kind == "state" for e, _via in KnowledgeBase.default().lookup(first))


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
    if not body and src + 1 < len(phrase) and phrase[src + 1].lower_ in ("for", "of", "at"):
        body = [t.text for t in phrase[src + 2 :] if t.pos_ in ("NOUN", "PROPN", "ADJ")]  # "a spokesman for the foreign ministry"
    if not body or not kb.org_sector_of_head([w.lower() for w in body]):
        return None
    state = _statement_state(article, span, phrase[0].idx)
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
    if not any(x.start == phrase[0].idx for x in actor.mentions):
        actor.mentions.append(Mention(phrase[0].idx, tok.idx + len(tok.text), article.text[phrase[0].idx : tok.idx + len(tok.text)]))
    return entry.id


def _statement_state(article: Article, span, before: int):
    """The state a statement comes from: that of the news agency the knowledge base knows that
    carried it ("carried by KCNA", in the statement's phrase before ``before``), else that of the
    subject of the verb an earlier "in a statement" hangs on ("North Korea rejected the offer in a
    statement carried by state media"); None when neither is there (the dateline's state is no
    guess: a Seoul story's "the foreign ministry" of a North Korean statement)."""
    kb = KnowledgeBase.default()
    lo = span.root.left_edge.idx
    media = [a.country for a in article.actors if a.kind == "organization" and a.sector == "MED" and a.country
             and kb.entry(a.id) is not None for x in a.mentions if lo <= x.start < before]
    if media:
        return kb.state(media[0])
    doc = span.doc
    for tok in reversed(doc[max(0, span.start - LOOK_BACK) : span.start]):
        if tok.lemma_.lower() != span.root.lemma_.lower() or tok.dep_ != "pobj" or tok.head.lower_ != "in":
            continue
        verb = tok.head.head
        subject = _subject(verb)
        while subject is None and verb.dep_ in ("advcl", "xcomp", "conj") and verb.head.i != verb.i:
            verb = verb.head  # "rejected the offer, calling it foolish, in a statement": who rejected
            subject = _subject(verb)
        if subject is None:
            return None
        at = subject.idx
        owners = [a for a in article.actors if a.country for x in a.mentions if x.start <= at < x.end]
        return kb.state(owners[0].country) if owners else None
    return None
