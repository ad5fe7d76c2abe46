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
    n = len(doc)
    cols = _COLUMNS.get(doc)
    if cols is None or cols[0] != n:
        cols = (n, {})
        with _LOCK:
            _COLUMNS[doc] = cols
    found = cols[1].get(attr)
    if found is None:
        found = cols[1][attr] = doc.to_array(attr).tolist()
    return found
