"""The model's lemmatizer, applied from a memo.

spaCy's rule lemmatizer works out each token's lemma from its text, its POS and its morphology
(and the model's tables), one Python call per token: about 2.5 microseconds a token, mostly
spent making the Token and setting its lemma, since the lemmatizer already keeps its results.
Here the three values are read for the whole doc at once (``Doc.to_array``), the model's own
lemmatizer is asked once per distinct combination, and the lemmas are written back at once
(``Doc.from_array``). Tokens that already have a lemma (from the attribute rules) keep it, as
with the model's component; tests/test_attributes.py checks that the results are the model's.
"""

from __future__ import annotations

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.tokens import Doc

from dyad.annotate.attributes import Unsupported

MODES = ("rule", "lookup")  # modes whose lemma depends on the token's text, POS and morphology only


class MemoLemmas:
    """Apply a Lemmatizer with one dictionary lookup per token."""

    def __init__(self, lemmatizer, vocab):
        if getattr(lemmatizer, "mode", None) not in MODES:
            raise Unsupported(f"lemmatizer mode {getattr(lemmatizer, 'mode', None)!r}")
        self.lemmatizer, self.strings = lemmatizer, vocab.strings
        self.overwrite = bool(lemmatizer.overwrite)
        self.memo: dict[tuple[int, int, int], int] = {}
        lemmatizer(Doc(vocab, words=[]))  # the model's component checks its tables on its first call

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
        memo, overwrite = self.memo, self.overwrite
        lemmas = []
        for i, (orth, pos, morph, lemma) in enumerate(rows):
            if lemma and not overwrite:
                lemmas.append(lemma)
                continue
            if not pos:  # no POS: the model's component warns each time (W108)
                lemmas.append(self.lemma_of(doc, i))
                continue
            key = (orth, pos, morph)
            found = memo.get(key)
            if found is None:
                found = memo[key] = self.lemma_of(doc, i)
            lemmas.append(found)
        doc.from_array([LEMMA], numpy.array(lemmas, dtype=numpy.uint64))
        return doc

    def lemma_of(self, doc: Doc, i: int) -> int:
        return self.strings.add(self.lemmatizer.lemmatize(doc[i])[0])
