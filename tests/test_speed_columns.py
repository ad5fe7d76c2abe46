"""Loops that take their tokens from a column of string ids (no Token made for the others) see
the same tokens as the loops over every token did. Invented words only."""

from __future__ import annotations

import spacy
from spacy.attrs import ORTH, POS
from spacy.symbols import NOUN

from dyad.annotate.lexicon import korean_family_names
from dyad.annotate.mentions import _korean_ids


def test_every_korean_family_name_is_found_by_its_orth_id():
    nlp = spacy.blank("en")
    names = sorted(korean_family_names())
    doc = nlp(" ".join(f"{n} Ha-jin spoke ." for n in names))
    picked = {doc[i].text for i, orth in enumerate(doc.to_array(ORTH).tolist()) if orth in _korean_ids()}
    assert picked == {t.text for t in doc if t.text in korean_family_names()}
    assert "spoke" not in picked and "jin" not in picked


def test_the_pos_column_marks_the_same_nouns_as_pos_():
    doc = spacy.blank("en")("the harbour chief and the port said")
    for token, pos in zip(doc, ["DET", "NOUN", "NOUN", "CCONJ", "DET", "NOUN", "VERB"], strict=True):
        token.pos_ = pos
    column = [doc[i] for i, pos in enumerate(doc.to_array(POS).tolist()) if pos == NOUN]
    assert column == [t for t in doc if t.pos_ == "NOUN"]


def test_its_owners_looks_at_the_same_words_as_lower_():
    from dyad.annotate.its import _IT_IDS

    doc = spacy.blank("en")("It said ITS fleet and its itself items would sit it out , it 's known")
    column = [doc[i] for i, lower in enumerate(doc.to_array("LOWER").tolist()) if lower in _IT_IDS]
    assert column == [t for t in doc if t.lower_ in ("it", "its")]
    assert [t.text for t in column] == ["It", "ITS", "its", "it", "it"]
