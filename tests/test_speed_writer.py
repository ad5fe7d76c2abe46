"""The store writer's fast paths give exactly what the plain ones gave: the MinHash signature of a
body equals datasketch's own ``update_batch`` over the same 5-grams, and the segments' and
sentences' JSON equals ``json.dumps`` of ``asdict``. Invented texts only."""

from __future__ import annotations

import json
import re
from dataclasses import asdict

import numpy as np
import pytest

from dyad.article import Segment, Span
from dyad.store import syndication
from dyad.store.syndication import SHINGLE_WORDS, _min_hashes, _minhash, signature
from dyad.store.writer import _flat_json

BODIES = [
    " ".join(f"The harbour board of Velmora {i} said barge {i * 7} would sail on day {i % 5}." for i in range(12)),
    " ".join(["rain", "again", "rain"] * 30),  # few distinct 5-grams, many repeats
    "Ölförderung in Grünwald: die Straße bleibt gesperrt, sagte Frau Ñúñez. " * 6 + "Fin.",
    " ".join(f"w{i}" for i in range(40)),  # exactly MIN_WORDS words
]


def _slow(body: str):
    """The signature as it was computed before: datasketch hashes and permutes each gram."""
    words = re.findall(r"\w+", body.lower())
    grams = {" ".join(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)}
    sig = _minhash()
    sig.update_batch([g.encode("utf-8") for g in grams])
    return sig


@pytest.mark.parametrize("body", BODIES)
def test_signature_equals_datasketchs_update_batch(body):
    fast, slow = signature(body), _slow(body)
    assert fast.hashvalues.dtype == slow.hashvalues.dtype == np.uint32
    assert np.array_equal(fast.hashvalues, slow.hashvalues)
    assert syndication.band_keys(fast) == syndication.band_keys(slow)
    assert syndication.to_blob(fast) == syndication.to_blob(slow)


def test_min_hashes_of_one_gram_and_of_many():
    for grams in ({"only one gram here ok"}, {f"gram {i} of a long set" for i in range(5000)}):
        slow = _minhash()
        slow.update_batch([g.encode("utf-8") for g in grams])
        assert np.array_equal(_min_hashes(grams), slow.hashvalues)


def test_segments_and_sentences_json_equals_asdict():
    segments = [Segment("title", 0, 12), Segment("body", 14, 230), Segment("credit", 231, 240)]
    sentences = [Span(0, 12), Span(14, 80), Span(81, 230)]
    for items in (segments, sentences, [], [Span(5, 5)]):
        assert _flat_json(items) == json.dumps([asdict(x) for x in items])
