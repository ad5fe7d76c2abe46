"""Syndicated copies: one story reprinted by several outlets is stored once, with its copies.

Each stored article's body (its body segments: not the headline, which outlets rewrite) is cut
into word 5-grams and summarised by a MinHash signature (``datasketch``, 128 permutations). The
signature's LSH band keys go into ``article_bands``, so the articles that may be near-duplicates
of a new text are found by an index lookup, whatever the size of the store; each candidate is then
checked on its signature: an estimated Jaccard similarity of the two sets of 5-grams of at least
``COPY_THRESHOLD`` makes the new text a copy of the candidate's original. The threshold and the
banding were measured with ``bench/syndication.py`` on 313 real news texts (tune and check parts,
BENCHMARKS.md): reprints with a new headline and boilerplate, or without their last paragraph,
score 0.55 and above (a cut to two thirds about 0.5: found 98.8-100%), while the closest other
story of each text scores at most 0.05.

A copy is stored as an article (its text, URL, outlet and date) and a row of ``article_copies``
pointing at its original, and is not analysed: its events would be the original's. Merged events
count it all the same: ``num_articles`` (GDELT's NumArticles: every article that reports the
event, copies included) and ``num_sources`` (NumSources: distinct outlets among them), kept by
``recount`` in the writer's transaction. Dyad series and the graph count merged events, so a
story counts once however many outlets print it.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pyarrow as pa
from datasketch import MinHash

from dyad.store.bulk import insert

NUM_PERM = 128
SCHEME = "affine32"  # datasketch's hashing scheme: 32-bit values, stored as such
SHINGLE_WORDS = 5
MIN_WORDS = 40  # shorter bodies are never called copies: too little text to tell
COPY_THRESHOLD = 0.5  # estimated Jaccard of the 5-gram sets; measured by bench/syndication.py
BANDS, ROWS = 32, 4  # LSH: a pair at Jaccard 0.5 shares a band with probability 0.87, at 0.6: 0.98
_WORD = re.compile(r"\w+")


@dataclass(slots=True)
class Match:
    original_id: str
    similarity: float


def body_text(text: str, segments) -> str:
    """The article's body paragraphs (segments as dicts or objects, or their JSON)."""
    if isinstance(segments, str):
        segments = json.loads(segments or "[]")
    parts = []
    for seg in segments or []:
        kind, start, end = _segment(seg)
        if kind == "body":
            parts.append(text[start:end])
    return "\n".join(parts) if parts else text


def _segment(seg) -> tuple[str, int, int]:
    if isinstance(seg, dict):
        return seg["kind"], seg["start"], seg["end"]
    return seg.kind, seg.start, seg.end


def signature(body: str) -> MinHash | None:
    """MinHash of the body's word 5-grams; None when the body is too short to compare."""
    words = _WORD.findall(body.lower())
    if len(words) < MIN_WORDS:
        return None
    grams = {" ".join(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)}
    return _minhash(_min_hashes(grams))


def _min_hashes(grams) -> np.ndarray:
    """The signature's values for these 5-grams, all at once: what datasketch's ``update_batch``
    gives a fresh MinHash of scheme affine32 (its default hash, the first 4 bytes of SHA-1 read
    little-endian; the MurmurHash3 finalizer; ``a * h + b`` in uint32 per permutation; the least
    over the grams), without a Python call per gram for the hash (tests/test_speed_writer.py
    checks both agree)."""
    sha1 = hashlib.sha1
    digests = b"".join([sha1(g.encode("utf-8")).digest()[:4] for g in grams])
    hv = _fmix32(np.frombuffer(digests, dtype="<u4").astype(np.uint32)).reshape(-1, 1)
    a, b = _permutations()
    return (hv * a + b).min(axis=0)


_FMIX32 = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))


def _fmix32(hv: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer (datasketch's pre-mix for affine32); uint32 wraps around."""
    s1, m1, s2, m2, s3 = _FMIX32
    hv = hv ^ (hv >> s1)
    hv = hv * m1
    hv = hv ^ (hv >> s2)
    hv = hv * m2
    return hv ^ (hv >> s3)


def band_keys(sig: MinHash) -> list[int]:
    """One signed 64-bit key per LSH band (the band number is hashed in)."""
    values = sig.hashvalues.astype(np.uint32)
    keys = []
    for band in range(BANDS):
        chunk = values[band * ROWS : (band + 1) * ROWS].tobytes()
        digest = hashlib.blake2b(chunk, digest_size=8, person=band.to_bytes(2, "little")).digest()
        keys.append(int.from_bytes(digest, "little", signed=True))
    return keys


def to_blob(sig: MinHash) -> bytes:
    return sig.hashvalues.astype(np.uint32).tobytes()


def from_blob(blob: bytes) -> MinHash:
    values = np.frombuffer(blob, dtype=np.uint32).astype(np.uint64)
    return _minhash(values)


@lru_cache(maxsize=1)
def _permutations():
    """The permutations of seed 1, drawn once (drawing them is a fifth of a signature's cost)."""
    return MinHash(num_perm=NUM_PERM, seed=1, scheme=SCHEME).permutations


def _minhash(values=None) -> MinHash:
    return MinHash(num_perm=NUM_PERM, seed=1, hashvalues=values, permutations=_permutations(), scheme=SCHEME)


class Finder:
    """Finds the original a new text copies, among stored articles and those accepted in this run
    (``remember``) but not yet written."""

    def __init__(self, con):
        self.con = con
        self.pending: dict[int, list[tuple[str, MinHash]]] = {}

    def original_of(self, sig: MinHash | None) -> Match | None:
        if sig is None:
            return None
        keys = band_keys(sig)
        candidates = {aid: cand for key in keys for aid, cand in self.pending.get(key, [])}
        for aid, blob in self._stored(keys):
            candidates.setdefault(aid, from_blob(blob))
        best = max(((sig.jaccard(c), aid) for aid, c in candidates.items()), default=None)
        if best is None or best[0] < COPY_THRESHOLD:
            return None
        return Match(self._root(best[1]), round(float(best[0]), 3))

    def remember(self, article_id: str, sig: MinHash | None) -> None:
        if sig is not None:
            for key in band_keys(sig):
                self.pending.setdefault(key, []).append((article_id, sig))

    def _stored(self, keys: list[int]) -> list[tuple[str, bytes]]:
        marks = ", ".join("?" * len(keys))
        return self.con.execute(
            f"SELECT s.article_id, s.signature FROM article_signatures s WHERE s.article_id IN "
            f"(SELECT DISTINCT article_id FROM article_bands WHERE key IN ({marks}))",
            keys,
        ).fetchall()

    def _root(self, article_id: str) -> str:
        row = self.con.execute("SELECT original_id FROM article_copies WHERE article_id = ?", [article_id]).fetchone()
        return row[0] if row else article_id


def signature_tables(con, articles: pa.Table | None) -> dict[str, pa.Table | None]:
    """Signature and band rows for newly written articles (the writer adds them in its
    transaction), from the ``articles`` table it writes."""
    if articles is None or articles.num_rows == 0:
        return {}
    sigs, bands = [], []
    columns = articles.select(["id", "text", "segments"]).to_pylist()
    for row in columns:
        sig = signature(body_text(row["text"], row["segments"]))
        if sig is not None:
            sigs.append({"article_id": row["id"], "signature": to_blob(sig)})
            bands += [{"key": key, "article_id": row["id"]} for key in band_keys(sig)]
    return {
        "article_signatures": pa.Table.from_pylist(sigs) if sigs else None,
        "article_bands": pa.Table.from_pylist(bands) if bands else None,
    }


def copy_table(rows: list[tuple[str, Match]]) -> pa.Table | None:
    """``article_copies`` rows: (copy's id, its match)."""
    if not rows:
        return None
    return pa.Table.from_pylist(
        [{"article_id": aid, "original_id": m.original_id, "similarity": m.similarity} for aid, m in rows]
    )


_RECOUNT = """
UPDATE merged_events m SET num_articles = c.num_articles, num_sources = c.num_sources
FROM (SELECT r.merged_id, count(DISTINCT r.article_id) AS num_articles, count(DISTINCT s.source) AS num_sources
      FROM merged_event_articles r JOIN article_sources s ON s.article_id = r.article_id
      WHERE r.merged_id IN (
          SELECT merged_id FROM event_sources WHERE article_id IN ({marks})
          UNION
          SELECT e.merged_id FROM event_sources e JOIN article_copies c ON c.original_id = e.article_id
          WHERE c.article_id IN ({marks}))
      GROUP BY r.merged_id) c
WHERE m.id = c.merged_id"""


def recount(con, article_ids: list[str]) -> None:
    """Bring ``num_articles`` and ``num_sources`` up to date for the merged events these new
    articles (reports or copies) touch; inside the caller's transaction."""
    if article_ids:
        marks = ", ".join("?" * len(article_ids))
        con.execute(_RECOUNT.format(marks=marks), [*article_ids, *article_ids])


def sign_missing(con, batch: int = 500) -> int:
    """Sign the stored articles that have no signature yet (those stored before schema 6), so that
    copies of them are found; the writer signs every article it stores since. Returns how many
    articles were looked at (short ones get no signature and are looked at again next time)."""
    seen = 0
    last = ""
    while True:
        rows = con.execute(
            "SELECT id, text, segments FROM articles WHERE id > ? AND id NOT IN "
            "(SELECT article_id FROM article_signatures) AND id NOT IN (SELECT article_id FROM article_copies) "
            "ORDER BY id LIMIT ?", [last, batch]).fetchall()
        if not rows:
            return seen
        table = pa.table({"id": [r[0] for r in rows], "text": [r[1] for r in rows], "segments": [r[2] for r in rows]})
        con.execute("BEGIN TRANSACTION")
        try:
            for name, data in signature_tables(con, table).items():
                insert(con, name, data)
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        seen += len(rows)
        last = rows[-1][0]

