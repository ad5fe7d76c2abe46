"""Build src/dyad/data/codebook/country_codes.tsv: ISO 3166 alpha-3 -> FIPS 10-4 country codes.

The facts come from the Open Event Data Alliance's CountryInfo table (CountryInfo.120116.txt,
CC BY-SA 3.0), read from a derived copy of it (countries_countryinfo_derived.tsv, columns
cameo_code, name, iso3, iso2, ..., fips10). Rows without an ISO3 or a FIPS code are left out;
codes assigned after the table was made are added below with their source.

    python3 scripts/build_country_codes.py PATH/TO/countries_countryinfo_derived.tsv
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "dyad" / "data" / "codebook" / "country_codes.tsv"

# FIPS 10-4 codes the table lacks (FIPS 10-4 Change Notices; GDELT uses them).
ADDED = {
    "XKX": ("KV", "KOSOVO"),  # Change Notice 13 (2008); dyad's actors may also use KSV (CAMEO)
    "KSV": ("KV", "KOSOVO"),
    "SSD": ("OD", "SOUTH_SUDAN"),  # Change Notice 14 (2011)
}


def main(source: str) -> None:
    rows = {}
    with open(source, encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            iso3, fips = row["iso3"].strip(), row["fips10"].strip()
            if len(iso3) == 3 and iso3.isalpha() and len(fips) == 2 and fips.isalpha():
                rows[iso3] = (fips, row["name"].strip())
    for iso3, value in ADDED.items():
        rows.setdefault(iso3, value)
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
        writer.writerow(["iso3", "fips10", "name"])
        for iso3 in sorted(rows):
            writer.writerow([iso3, *rows[iso3]])
    print(f"wrote {len(rows)} countries to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
