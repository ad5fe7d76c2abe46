"""How well the copy test of dyad.store.syndication separates syndicated copies from other stories.

Real news texts (bench/common.py: PolNeAR and GeoVirus from ../shared) play the originals. Each is
reprinted the ways outlets reprint wire copy, by rules applied to every text alike: a new headline
and the outlet's boilerplate before and after the story; the last paragraph dropped; both; and a
cut to the first two thirds. Non-copies are every pair of different texts (the closest other text
of each is the hard case). The texts are split into a tune part and a check part by a hash of their
id; the threshold was chosen on the tune part; both are printed.

    .venv/bin/python bench/syndication.py
"""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import texts  # noqa: E402

from dyad.store.syndication import BANDS, COPY_THRESHOLD, ROWS, band_keys, signature  # noqa: E402

BEFORE = ["This story was provided by a wire service and edited for length.", "WORLD NEWS DESK"]
AFTER = ["Sign up for our newsletter to get the top stories every morning.",
         "Copyright 2024. All rights reserved. Additional reporting by agencies."]


def paragraphs(text: str) -> list[str]:
    paras = [p.strip() for p in re.split(r"\n\s*\n|\n", text) if p.strip()]
    return paras or [text]


def variants(text: str) -> dict[str, str]:
    paras = paragraphs(text)
    cut = paras[: max(1, (2 * len(paras) + 2) // 3)]
    return {
        "boilerplate": "\n\n".join(["A new headline for the story", *BEFORE, *paras, *AFTER]),
        "last paragraph dropped": "\n\n".join(paras[:-1] if len(paras) > 2 else paras),
        "both": "\n\n".join([*BEFORE, *(paras[:-1] if len(paras) > 2 else paras), *AFTER]),
        "cut to two thirds": "\n\n".join(cut),
    }


def part(source: str) -> str:
    digest = hashlib.sha1(source.rsplit("#", 1)[0].encode()).hexdigest()
    return "tune" if int(digest, 16) % 2 == 0 else "check"


def main() -> None:
    # ids made unique (a source id can repeat across the sets); the part still hashes the source id
    corpus = [(f"{s}#{i}", t) for i, (s, t) in enumerate(texts()) if signature(t) is not None]
    sigs = {s: signature(t) for s, t in corpus}
    print(f"{len(corpus)} texts; copy threshold {COPY_THRESHOLD}; LSH {BANDS} bands x {ROWS} rows")
    for name in ("tune", "check"):
        report([(s, t) for s, t in corpus if part(s) == name], sigs, name)


def report(corpus, sigs, name: str) -> None:
    kinds: dict[str, list[tuple[float, bool]]] = {}
    for source, text in corpus:
        original = sigs[source]
        keys = set(band_keys(original))
        for kind, copy in variants(text).items():
            sig = signature(copy)
            if sig is not None:
                kinds.setdefault(kind, []).append((original.jaccard(sig), bool(keys & set(band_keys(sig)))))
    closest = []
    for source, _ in corpus:
        others = [sigs[s].jaccard(sigs[source]) for s, _ in corpus if s != source]
        closest.append(max(others, default=0.0))
    print(f"\n{name} part: {len(corpus)} texts")
    for kind, scored in kinds.items():
        sims = sorted(s for s, _ in scored)
        found = sum(s >= COPY_THRESHOLD and band for s, band in scored)
        print(f"  copies, {kind:24s} min {sims[0]:.2f}  5th pct {sims[len(sims) // 20]:.2f}  "
              f"found {found}/{len(scored)} ({found / len(scored):.1%})")
    false = sum(c >= COPY_THRESHOLD for c in closest)
    print(f"  closest other story: max {max(closest):.2f}, 99th pct {sorted(closest)[int(len(closest) * 0.99)]:.2f}; "
          f"called a copy: {false}/{len(closest)}")


if __name__ == "__main__":
    main()
