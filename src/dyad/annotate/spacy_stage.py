"""The annotate stage: the spaCy parse of the cleaned text, done in batches with nlp.pipe."""

from __future__ import annotations

from dyad.annotate.nlp import load_nlp
from dyad.article import Article, Span


class SpacyStage:
    name = "spacy"
    requires = ("text", "segments")
    assigns = ("doc", "sentences")

    def __init__(self, batch_size: int = 16):
        self.batch_size = batch_size

    def __call__(self, article: Article) -> Article:
        return self._attach(article, load_nlp()(article.text))

    def batch(self, articles: list[Article]) -> list[Article]:
        nlp = load_nlp()
        docs = nlp.pipe((a.text for a in articles), batch_size=self.batch_size)
        return [self._attach(a, d) for a, d in zip(articles, docs, strict=True)]

    @staticmethod
    def _attach(article: Article, doc) -> Article:
        article.doc = doc
        article.sentences = [
            Span(s.start_char, s.start_char + len(s.text.rstrip())) for s in doc.sents if s.text.strip()
        ]
        return article
