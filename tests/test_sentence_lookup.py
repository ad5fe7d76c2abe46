"""The annotate stage's sentence table gives every token and span the sentence spaCy's own
walk gives (``token.sent``, ``span.sent``), on real articles and on edge cases."""

from __future__ import annotations

import json

from dyad.annotate.nlp import load_nlp
from dyad.annotate.spacy_stage import SpacyStage, sentence_hooks
from dyad.article import Article
from tests.conftest import KINU, ROOT

SAMPLE = ROOT / "src" / "dyad" / "data" / "sample" / "articles.jsonl"
EDGES = ["", "word", "One. Two.", "One.\n\nTwo three\n", "\n\n  \n", "A (b. c) d. \"E,\" f said."]


def _texts() -> list[str]:
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    return [KINU.read_text(encoding="utf-8"), *EDGES] + [json.loads(line)["text"] for line in lines if line.strip()]


def test_same_sentences_as_spacy():
    checked = 0
    for doc in load_nlp().pipe(_texts()):
        table, _ = sentence_hooks(doc)  # the doc has no hook: .sent below is spaCy's own walk
        for token in doc:
            assert table(doc[token.i : token.i + 1]) == token.sent
            checked += 1
        for start in range(0, len(doc), 3):
            span = doc[start : min(start + 7, len(doc))]
            assert table(span) == span.sent
    assert checked > 5000


def test_the_stage_installs_it():
    article = SpacyStage()(Article(text="Kim spoke. Moon listened.\n\nThey met."))
    assert "sent" in article.doc.user_span_hooks
    assert [t.sent.text.strip() for t in article.doc if t.text in ("Kim", "Moon", "They")] == [
        "Kim spoke.", "Moon listened.", "They met."]
