"""The memoised attribute rules give exactly what the model's own attribute_ruler gives."""

from __future__ import annotations

import json

import pytest

from dyad.annotate.attributes import MemoRules, Unsupported
from dyad.annotate.nlp import load_model, load_nlp
from tests.conftest import KINU, ROOT

SAMPLE = ROOT / "src" / "dyad" / "data" / "sample" / "articles.jsonl"
TRICKY = (
    "I ain't gonna say it, let's go. She gets what she got, y'all. Don't! "
    "'Cause we're gonna wanna see 'em. It's 5 o'clock, ma'am; ya know? Gotta run.\n\n"
    "THE MINISTRY SAID NOTHING. the ministry said nothing.  Two  spaces;\ttab."
)


def annotations(doc):
    return [(t.pos_, str(t.morph), t.lemma_, t.tag_, t.dep_, t.head.i) for t in doc]


@pytest.fixture(scope="module")
def texts():
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    return [TRICKY, KINU.read_text(encoding="utf-8")] + [json.loads(line)["text"] for line in lines]


def test_pipeline_uses_the_memo():
    names = load_nlp().pipe_names
    assert "dyad_attribute_rules" in names and "attribute_ruler" not in names


def test_same_annotations_as_the_model(texts):
    stock = load_model()
    stock.add_pipe("dyad_paragraphs", before="parser")
    ours = load_nlp()
    for theirs, mine in zip(stock.pipe(texts), ours.pipe(texts), strict=True):
        assert annotations(mine) == annotations(theirs)


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
