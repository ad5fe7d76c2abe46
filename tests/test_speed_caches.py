"""What the speed work keeps once per doc or per knowledge base gives the same answers as the
work it saves: one sentence Span per sentence, equal to spaCy's own walk; lookups and sectors
asked twice answer alike, and a caller changing its answer changes nothing for the next."""

from __future__ import annotations

from dyad.annotate.knowledge import KnowledgeBase
from dyad.annotate.nlp import load_nlp
from dyad.annotate.spacy_stage import SpacyStage
from dyad.article import Article

TEXT = 'Rovenia said on Monday it would talk. "We are ready," the envoy said.\n\nTalks begin in Marlo. They end soon.'


def test_one_sentence_span_per_sentence():
    article = SpacyStage()(Article(text=TEXT))
    doc = article.doc
    by_start: dict[int, object] = {}
    for token in doc:
        sent = token.sent
        assert by_start.setdefault(sent.start, sent) is sent  # the same object for every token of it
        assert doc[token.i : token.i + 1].sent is sent  # and for a span starting there


def test_token_sent_as_spacy_walks_it():
    article = SpacyStage()(Article(text=TEXT))
    plain = load_nlp()(TEXT)  # no hooks: spaCy's own walk
    assert [(t.sent.start, t.sent.end) for t in article.doc] == [(t.sent.start, t.sent.end) for t in plain]


def test_sentences_of_two_docs_stay_apart():
    first = SpacyStage()(Article(text="One went. Two came.")).doc
    second = SpacyStage()(Article(text="Three sat. Four stood. Five left."))
    assert [t.sent.text for t in first if t.is_alpha] == ["One went.", "One went.", "Two came.", "Two came."]
    assert second.doc[-2].sent.text == "Five left."
    assert first[0].sent.doc is first


def test_lookup_answers_alike_and_hands_out_a_copy():
    kb = KnowledgeBase.default()
    first = kb.lookup("France")
    assert first
    first.clear()  # a caller changing its list
    again = kb.lookup("France")
    assert again and [(e.id, via) for e, via in again] == [(e.id, via) for e, via in kb.lookup("France")]


def test_sectors_answer_alike():
    kb = KnowledgeBase.default()
    for title in ("defense minister", "president of the national university", "spokesman"):
        assert kb.sector_for_title(title) == kb.sector_for_title(title)
    assert kb.sector_for_org("Ministry of Defense") == kb.sector_for_org("Ministry of Defense")
