"""The doc's token columns read once per doc (``dyad.annotate.columns``) are the columns
``Doc.to_array`` gives, for every doc apart, and a doc whose tokens changed is read again.
Invented words only."""

from __future__ import annotations

import gc

import spacy
from spacy.attrs import IDX, LOWER, ORTH, POS, SENT_START

from dyad.annotate.columns import _COLUMNS, column


def _doc(text: str):
    return spacy.blank("en")(text)


def test_a_column_is_the_docs_to_array_list():
    doc = _doc("It said ITS fleet and its Choe Ha-jin would sit it out , it 's known")
    for i, token in enumerate(doc):
        token.pos_ = "PRON" if token.lower_ in ("it", "its") else "NOUN"
        token.is_sent_start = i in (0, 8)
    for attr in (LOWER, ORTH, POS, IDX, SENT_START):
        assert column(doc, attr) == doc.to_array(attr).tolist()
        assert column(doc, attr) is column(doc, attr)  # read once, the same list handed out
    assert column(doc, LOWER) == [doc.vocab.strings[t.lower_] for t in doc]


def test_each_doc_has_its_own_columns():
    one, two = _doc("Vrana met Osk in Tarnby ."), _doc("osk MET vrana")
    assert column(one, LOWER) != column(two, LOWER)
    assert column(two, ORTH) == two.to_array(ORTH).tolist()
    assert column(one, ORTH) == one.to_array(ORTH).tolist()


def test_a_doc_whose_length_changed_is_read_again():
    doc = _doc("the Harbour Board of Tarnby said no")
    before = column(doc, LOWER)
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[1:3])
    assert len(before) == 7 and len(doc) == 6
    assert column(doc, LOWER) == doc.to_array(LOWER).tolist()


def test_a_freed_doc_leaves_no_columns_behind():
    doc = _doc("Osk of Tarnby")
    column(doc, LOWER)
    kept = len(_COLUMNS)
    del doc
    gc.collect()
    assert len(_COLUMNS) == kept - 1


def test_the_passes_that_share_the_columns_see_the_same_words():
    """The word passes now reading the shared columns pick the tokens the old per-pass
    ``to_array`` picked, on a doc every one of them reads."""
    from dyad.annotate import plural_people
    from dyad.annotate.its import _IT_IDS

    doc = _doc("We said it and they told us its plan ; our side and theirs , I think , said so")
    ids = frozenset(doc.vocab.strings[w] for w in ("we", "they", "us", "our"))
    assert plural_people._words_of(doc, ids) == [t for t in doc if t.lower_ in ("we", "they", "us", "our")]
    shared = [doc[i] for i, lower in enumerate(column(doc, LOWER)) if lower in _IT_IDS]
    assert shared == [doc[i] for i, lower in enumerate(doc.to_array("LOWER").tolist()) if lower in _IT_IDS]


def test_compass_words_found_by_their_orth_ids():
    from dyad.annotate.elided_states import _COMPASS_IDS, COMPASS

    doc = _doc("the North said the South and north , NORTH 's Northern South-east North")
    picked = [doc[i] for i, orth in enumerate(column(doc, ORTH)) if orth in _COMPASS_IDS]
    assert picked == [t for t in doc if t.text in COMPASS]
    assert [t.i for t in picked] == [1, 4, 11, 14]  # "South-east" is three tokens
