"""The annotate stage: the spaCy parse of the cleaned text, done in batches with nlp.pipe.

spaCy refuses a text longer than ``nlp.max_length`` (1,000,000 characters; error E088), while
dyad's own limit (the max_chars setting) may be higher. Such a text is parsed in pieces of at
most ``nlp.max_length`` characters, cut at paragraph breaks where it can (else at a space, else
anywhere), and the pieces' docs are joined into one: the joined doc's text is the article's text
character for character, so every offset stays an offset into the cleaned text.
"""

from __future__ import annotations

from spacy.tokens import Doc

from dyad.annotate.nlp import load_nlp
from dyad.article import Article, Span


class SpacyStage:
    name = "spacy"
    requires = ("text", "segments")
    assigns = ("doc", "sentences")

    def __init__(self, batch_size: int = 16):
        self.batch_size = batch_size

    def __call__(self, article: Article) -> Article:
        return self._attach(article, parse(load_nlp(), article.text))

    def batch(self, articles: list[Article]) -> list[Article]:
        nlp = load_nlp()
        short = [a for a in articles if len(a.text) <= nlp.max_length]
        docs = dict(zip(map(id, short), nlp.pipe((a.text for a in short), batch_size=self.batch_size),
                        strict=True))
        return [self._attach(a, docs[id(a)] if id(a) in docs else parse(nlp, a.text)) for a in articles]

    @staticmethod
    def _attach(article: Article, doc) -> Article:
        article.doc = doc
        span_sent, token_sent = sentence_hooks(doc)
        doc.user_span_hooks["sent"] = span_sent
        doc.user_token_hooks["sent"] = token_sent  # token.sent: the same, without a one-token span first
        text = article.text  # the doc's text (spaCy's tokens keep every character); a span's text is a slice
        article.sentences = [
            Span(s.start_char, s.start_char + len(part.rstrip()))
            for s in doc.sents
            if (part := text[s.start_char : s.end_char]).strip()
        ]
        return article


def sentence_hooks(doc):
    """``span.sent`` and ``token.sent`` (two hooks) from a table of the doc's sentence bounds, made once: spaCy
    finds a token's sentence by walking the tokens back to its start and on to its end, on every
    call (a few microseconds each, and the stages ask tens of thousands of times). The bounds are
    spaCy's own: a sentence starts at token 0 and at every token whose SENT_START is 1."""
    flags = doc.to_array("SENT_START").tolist()
    first, last = [0] * len(flags), [len(flags)] * len(flags)
    start = 0
    for i, flag in enumerate(flags):
        if flag == 1 and i > 0:
            last[start:i] = [i] * (i - start)
            start = i
        first[i] = start

    def span_sent(span):
        return _sentence(span.doc, first[span.start], last)

    def token_sent(token):  # no closure over the doc: the hooks live on the doc, a cycle would outlive it
        return _sentence(token.doc, first[token.i], last)

    return span_sent, token_sent


_MADE: tuple = (None, {})  # the last doc asked, and its sentence Spans by first token: made once each


def _sentence(doc, start: int, last: list[int]):
    """The sentence Span starting at ``start``, the same object for every ask about one doc (spaCy's
    own ``.sent`` makes a new Span each time). Only the last doc's are kept, here and not on the doc,
    so that no reference cycle keeps a doc alive."""
    global _MADE
    entry = _MADE  # one tuple, swapped whole: a thread never reads another doc's table
    if entry[0] is not doc:
        entry = _MADE = (doc, {})
    made = entry[1]
    got = made.get(start)
    if got is None:
        got = made[start] = doc[start : last[start]]
    return got


def parse(nlp, text: str) -> Doc:
    """One text, in pieces when spaCy would refuse it whole."""
    if len(text) <= nlp.max_length:
        return nlp(text)
    docs = list(nlp.pipe(pieces(text, nlp.max_length)))
    return Doc.from_docs(docs, ensure_whitespace=False)


def pieces(text: str, limit: int) -> list[str]:
    """Consecutive pieces of ``text`` (joined, they are the text) of at most ``limit`` characters,
    each ending after a paragraph break where one is in reach, else after a space."""
    out, start = [], 0
    while len(text) - start > limit:
        end = start + limit
        cut = text.rfind("\n\n", start + 1, end - 1)
        cut = cut + 2 if cut > start else text.rfind(" ", start + 1, end) + 1
        if cut <= start:
            cut = end
        out.append(text[start:cut])
        start = cut
    out.append(text[start:])
    return out
