"""Who a direct quote is by, and whom it is about, for the third-person pronouns inside it.

In news a quote's first person is its speaker, so a he or she inside the quote is someone else:
in '"We asked him to do more," Pompeo said', "him" is not Pompeo. The speech verb outside the
quotation marks names the speaker (its subject) and often the person the quote is about:
'"He was unprepared," Bolton said of Trump', '..., Austin said, referring to Kim Yo-jong'.

``speech(token, page)`` finds, for a token inside quotation marks, the speech verb that
introduces its quote: outside the marks, in a sentence the quote spans or in the sentence its
closing mark ends.
"""

from __future__ import annotations

from dataclasses import dataclass

from dyad.annotate.lexicon import speech_verbs

QUOTE_MARKS = frozenset({'"', "“", "”"})
_TOPIC_PREPS = frozenset({"of", "about"})
_TOPIC_VERBS = frozenset({"refer", "speak", "talk"})  # "..., she said, referring to Kim"
_SUBJECTS = ("nsubj", "nsubjpass")
_REACH = 150  # tokens a quote's marks are looked for on each side (a long quote runs to 100 tokens and more)


@dataclass(slots=True)
class Speech:
    """The speech verb of a quote, its subject (the speaker) and the person it is about."""

    verb: object  # spaCy Token
    speaker: object | None  # the subject token, or None
    topic: object | None  # the proper noun after "said of", "referring to", or None


def speech(token, page) -> Speech | None:
    """The speech verb outside the quotation marks around ``token`` (which ``page.quoted``
    says is inside a quote), or None when no sentence of the quote has one."""
    doc = token.doc
    opening = next((j for j in range(token.i - 1, max(token.i - _REACH, 0) - 1, -1)
                    if doc[j].text in QUOTE_MARKS), None)
    closing = next((j for j in range(token.i + 1, min(token.i + _REACH, len(doc)))
                    if doc[j].text in QUOTE_MARKS), None)
    if opening is None or closing is None or not _direct(doc, opening):
        return None
    first, last = page.sentence[opening], page.sentence[closing]
    found = _speech_in(doc, _sentences(doc, opening, closing, first, last, page), opening, closing, page)
    return found if found is not None else _quote_goes_on(doc, opening, page)


def _speech_in(doc, sentences, opening: int, closing: int, page) -> Speech | None:
    """The first speech verb outside the marks (opening, closing) in ``sentences`` with a subject
    outside quotation marks."""
    for sent in sentences:
        for verb in sent:
            if page.quoted[verb.i] or verb.pos_ != "VERB" or verb.lemma_.lower() not in speech_verbs():
                continue
            if opening < verb.i < closing:
                continue
            speaker = next((c for c in verb.children if c.dep_ in _SUBJECTS and not page.quoted[c.i]), None)
            if speaker is not None:
                return Speech(verb, speaker, _topic(verb))
    return None


def _quote_goes_on(doc, opening: int, page) -> Speech | None:
    """'"We will not leave," Vell said. "They cannot make him go."': a quote with no speech verb of
    its own that opens the sentence right after an attributed quote of the same paragraph goes on
    with that quote's speaker (the speech verb of the sentence before, outside its marks)."""
    if opening == 0 or not doc[opening].is_sent_start:
        return None
    before = doc[opening - 1].sent
    if "\n" in doc[before.start : opening + 1].text:
        return None  # a new paragraph
    marks = [t.i for t in before if t.text in QUOTE_MARKS]
    if not marks or page.quoted[marks[-1]]:
        return None  # the sentence before closes no quote
    return _speech_in(doc, (before,), marks[0] if len(marks) > 1 else before.start - 1, marks[-1], page)


def _direct(doc, opening: int) -> bool:
    """Is the quote a whole utterance ('"He came ...," Kim said', 'Kim said: "He ..."'), not a
    phrase quoted inside the reporter's own sentence ('Moon said he would "do his best"', where
    "his" is Moon)? It opens its sentence or follows a colon or comma, with a capital letter."""
    after = doc[opening + 1] if opening + 1 < len(doc) else None
    if after is None or not after.text[:1].isupper():
        return False
    return doc[opening].is_sent_start or opening == 0 or doc[opening - 1].text in (":", ",")


def _sentences(doc, opening: int, closing: int, first: int, last: int, page):
    """The sentences the quote spans, the one its closing mark ends last (it names the speaker
    most often: '"...," Kim said.'), then the one it opens."""
    seen = []
    for i in (closing, opening):
        sent = doc[i].sent
        if sent.start not in seen:
            seen.append(sent.start)
            yield sent
    for sent in doc[opening:closing].sents:
        if sent.start not in seen and first <= page.sentence[sent.start] <= last:
            seen.append(sent.start)
            yield sent


def _topic(verb):
    """The proper noun a speech verb is said of: "said of Trump", "said about Kim", "said,
    referring to Kim Yo-jong"."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in _TOPIC_PREPS:
            found = _proper_object(child)
            if found is not None:
                return found
        if child.dep_ in ("advcl", "xcomp") and child.lemma_.lower() in _TOPIC_VERBS:
            for prep in child.children:
                if prep.dep_ == "prep" and prep.lower_ in ("to", "of", "about"):
                    found = _proper_object(prep)
                    if found is not None:
                        return found
    return None


def _proper_object(prep):
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return obj if obj is not None and obj.pos_ == "PROPN" else None
