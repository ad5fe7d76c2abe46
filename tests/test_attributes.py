"""The memoised attribute rules and lemmas give exactly what the model's own attribute_ruler and
lemmatizer give, and the model's layers on numpy's matrix product give the model's tags, parse and
entities; the paragraph component starts a sentence after every line break."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest

from dyad.annotate.attributes import MemoRules, Unsupported
from dyad.annotate.lemmas import MemoLemmas
from dyad.annotate.nlp import load_model, load_nlp, paragraph_boundaries
from tests.conftest import KINU, ROOT

SAMPLE = ROOT / "src" / "dyad" / "data" / "sample" / "articles.jsonl"
TRICKY = (
    "I ain't gonna say it, let's go. She gets what she got, y'all. Don't! "
    "'Cause we're gonna wanna see 'em. It's 5 o'clock, ma'am; ya know? Gotta run.\n\n"
    "THE MINISTRY SAID NOTHING. the ministry said nothing.  Two  spaces;\ttab."
)


def annotations(doc):
    return [(t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in doc]


@pytest.fixture(scope="module")
def texts():
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    return [TRICKY, KINU.read_text(encoding="utf-8")] + [json.loads(line)["text"] for line in lines]


def test_pipeline_uses_the_memo():
    names = load_nlp().pipe_names
    assert "dyad_attribute_rules" in names and "attribute_ruler" not in names
    assert "dyad_lemmas" in names and "lemmatizer" not in names


def test_same_annotations_as_the_model(texts):
    stock = load_model()
    stock.add_pipe("dyad_paragraphs", before="parser")
    stock.add_pipe("dyad_dateline_subjects", after="parser")
    ours = load_nlp()
    for theirs, mine in zip(stock.pipe(texts), ours.pipe(texts), strict=True):
        assert annotations(mine) == annotations(theirs)


def test_layers_multiply_with_numpy():
    from thinc.api import NumpyOps

    layers = [layer for _, pipe in load_nlp().pipeline if getattr(pipe, "model", None) is not None for layer in pipe.model.walk()]
    assert len(layers) > 100
    assert all(type(layer.ops) is NumpyOps and not layer.ops.use_blis for layer in layers)
    stock = [layer for _, pipe in load_model().pipeline if getattr(pipe, "model", None) is not None for layer in pipe.model.walk()]
    assert any(layer.ops.use_blis for layer in stock)  # the published model as loaded is left alone


def test_blas_on_one_thread():
    from threadpoolctl import threadpool_info

    load_nlp()
    blas = [lib for lib in threadpool_info() if lib["user_api"] == "blas"]
    assert blas and all(lib["num_threads"] == 1 for lib in blas)


def test_memo_is_small_and_reused(texts):
    rules = load_nlp().get_pipe("dyad_attribute_rules")
    list(load_nlp().pipe(texts[:3]))
    size = len(rules.memo)
    list(load_nlp().pipe(texts[:3]))
    assert len(rules.memo) == size
    assert size < sum(len(t.split()) for t in texts[:3])


def test_unreadable_rules_are_refused():
    ruler = load_model().get_pipe("attribute_ruler")
    copy = type(ruler)(ruler.vocab)
    copy.add([[{"LENGTH": 3}]], {"POS": "X"})
    with pytest.raises(Unsupported):
        MemoRules.from_ruler(copy)


def test_lemma_memo_is_reused(texts):
    lemmas = load_nlp().get_pipe("dyad_lemmas")
    list(load_nlp().pipe(texts[:3]))
    size = len(lemmas.memo)
    list(load_nlp().pipe(texts[:3]))
    assert len(lemmas.memo) == size > 0


def test_other_lemmatizer_modes_are_refused():
    trainable = SimpleNamespace(mode="trainable", overwrite=False)  # lemmas a model predicts per token
    with pytest.raises(Unsupported):
        MemoLemmas(trainable, load_model().vocab)


def after_line_breaks_token_by_token(doc) -> list[bool | None]:
    """The rule as first written: each token after one holding a line break starts a sentence."""
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            token.is_sent_start = True
    return [t.is_sent_start for t in doc]


@pytest.mark.parametrize("extra", ["", "\n", "a\n", "\n\nb", "x \n y\n\n\nz  \n", "Title\r\nBody.\n \nEnd"])
def test_paragraph_starts(texts, extra):
    tokenizer = load_model().tokenizer
    for text in [extra, *texts]:
        assert [t.is_sent_start for t in paragraph_boundaries(tokenizer(text))] == after_line_breaks_token_by_token(
            tokenizer(text)
        )
