"""Attributions that close their sentence: "A, but B, the source added.", "Language unclear on
X, experts say". The parse often hangs the verb on the first clause ("added" a conjunct of
"told"), so the content is read from the punctuation: every word before the comma that opens
the attribution. A bare closing attribution ("..., he said.", "..., Smith said.") may also close
the unattributed sentences before it in the same paragraph: "A. B. C, Mr. Van Voorhis said."
"""

from __future__ import annotations

from dyad.annotate.lexicon import reporting_verbs
from dyad.extract.quotes.words import verb_lemma

_MARKS = {'"', "“", "”", "''", "«", "»", "„"}
_BETWEEN = ("aux", "auxpass", "advmod", "neg")  # 'the source also added', 'he had said'
_AFTER = ("prep", "npadvmod", "advmod", "punct", "agent")  # 'said on Tuesday', 'said Monday'
_BARE_VERBS = {"say", "add", "report"}
_BARE_PARTS = ("det", "compound", "flat", "punct")  # 'The Wall Street Journal', 'Mr. Smith'
_ADDRESSEE = {"tell"}


def closing_clause(verb) -> list | None:
    """The words an attribution closing its sentence attributes: the sentence before the comma
    that opens "<subject> <verb> [when, where]". None when the verb goes on with an object or a
    clause of its own, or the words hold a quotation mark (a direct quote, found apart)."""
    if verb_lemma(verb) not in reporting_verbs():
        return None
    subject = _closing_subject(verb)
    if subject is None or not _ends_sentence(verb):
        return None
    comma = subject.left_edge.i - 1
    sent = verb.sent
    if comma <= sent.start or verb.doc[comma].text != ",":
        return None
    tokens = [t for t in verb.doc[sent.start : comma] if not t.is_space]
    if not tokens or any(t.text in _MARKS for t in tokens) or not _says_something(tokens, verb):
        return None
    return tokens


def _closing_subject(verb):
    """The subject right before the verb, with only auxiliaries and adverbs between."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if not subjects:
        return None
    subject = max(subjects, key=lambda c: c.i)
    between = verb.doc[subject.right_edge.i + 1 : verb.i]
    return subject if all(t.dep_ in _BETWEEN and t.head.i == verb.i for t in between) else None


def _ends_sentence(verb) -> bool:
    """Nothing follows the verb but a time, a place, the addressee of "told" and punctuation,
    none of them with a verb of its own ('..., experts say, including a provision they say ...')."""
    for child in verb.children:
        if child.i < verb.i:
            continue
        addressee = child.dep_ in ("dobj", "dative") and verb_lemma(verb) in _ADDRESSEE  # 'told Reuters'
        if child.dep_ not in _AFTER and not addressee:
            return False
        if any(t.pos_ in ("VERB", "AUX") for t in child.subtree):
            return False
    rest = verb.doc[verb.right_edge.i + 1 : verb.sent.end]
    return all(t.is_punct or t.is_space for t in rest)


def _says_something(tokens, verb) -> bool:
    """A main clause with a subject of its own, or, before a verb that ends the sentence alone,
    a phrase with no verb at all ('People like Scott, he said.'); not an adverbial lead-in ('When
    asked about it, Smith said.', 'But when Congress cut funding, Mexico said enough.',
    'Like President Obama, I believe in ...')."""
    lead = [t for t in tokens if t.dep_ != "cc" and not t.is_punct]
    if not lead or lead[0].dep_ == "mark" or lead[0].tag_ == "WRB":
        return False
    clause = any(
        t.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children)
        for t in tokens
    )
    alone = not any(c.i > verb.i and not c.is_punct for c in verb.children)
    verbless = alone and not any(t.pos_ in ("VERB", "AUX") for t in tokens)
    return clause or (verbless and sum(t.is_alpha for t in tokens) >= 2)


def bare(verb) -> bool:
    """'he said', 'Smith said', 'The Wall Street Journal reports': a plain name or pronoun and
    a plain verb of saying, no description of the speaker."""
    if verb_lemma(verb) not in _BARE_VERBS:
        return False
    subject = _closing_subject(verb)
    if subject is None:
        return False
    if subject.pos_ == "PRON":
        return subject.lower_ in ("he", "she", "they", "i", "we")
    return subject.pos_ == "PROPN" and all(
        t.i == subject.i or t.dep_ in _BARE_PARTS or t.pos_ == "PROPN" for t in subject.subtree
    )
