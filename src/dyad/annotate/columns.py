"""A parsed doc's token columns (``Doc.to_array(attr).tolist()``), read once per doc and shared.

Many word passes of the stages after the parse look for a few words by their string id
("it", "its", "and", the pronouns, the Korean family names) rather than make a Token for every
word. Reading the LOWER or ORTH column goes through each token's lexeme, scattered over the
model's vocabulary: about 0.15 ms per article each time, and a dozen passes read it. Here each
column is read once per doc and the same list is handed to every pass.

The stages after the parse do not change the doc (no retokenising, no new attributes), so a
column read once stays true; the doc's length is checked all the same, and a doc whose length
changed is read again. Callers must not change the list they get.
"""

from __future__ import annotations

import threading
import weakref

_COLUMNS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


def column(doc, attr: int) -> list[int]:
    """``doc.to_array(attr).tolist()`` for one attribute id (``spacy.attrs``), kept per doc."""
    return _kept(doc, attr, lambda: doc.to_array(attr).tolist())


def noun_chunks(doc) -> tuple:
    """``tuple(doc.noun_chunks)``, kept per doc as the columns are: spaCy's noun-phrase walk
    makes a Token for every word each time. Every caller gets the same Span objects: it must
    not set their label or id."""
    return _kept(doc, _NOUN_CHUNKS, lambda: tuple(doc.noun_chunks))


def entities(doc) -> tuple:
    """``doc.ents``, kept per doc as the columns are: spaCy builds a new tuple of new spans at
    every ``doc.ents``, and a dozen passes read it. Every caller gets the same Span objects: it
    must not set their label or id (``mentions.entity_candidates``, which labels what it finds,
    reads ``doc.ents`` itself)."""
    return _kept(doc, _ENTITIES, lambda: doc.ents)


def text(doc) -> str:
    """``doc.text``, kept per doc as the columns are: spaCy joins every token's text and space
    again at each ``doc.text`` (a pass over the whole doc)."""
    return _kept(doc, _TEXT, lambda: doc.text)


def _kept(doc, key: int | str, make):
    """The value ``make()`` gives for this doc under ``key``, made once per doc (again for a doc
    whose length changed)."""
    n = len(doc)
    cols = _COLUMNS.get(doc)
    if cols is None or cols[0] != n:
        cols = (n, {})
        with _LOCK:
            _COLUMNS[doc] = cols
    found = cols[1].get(key)
    if found is None:
        found = cols[1][key] = make()
    return found


_NOUN_CHUNKS, _ENTITIES, _TEXT = "noun_chunks", "ents", "text"  # beside the attribute ids (ints) of the columns
