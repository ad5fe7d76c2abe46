"""Build src/dyad/data/places/region_centroids.tsv: the states of the United States and Australia
at the middle of their area, which is where GeoNames (and so every geoparsing corpus) puts
them ("Florida" 28.75, -82.5; "California" 37.25, -119.75), not where ``countrystatecity-countries``
does (Florida 150 km south-east, on its most-visited part; Hawaii on the Big Island).

The point is the area centroid of the state's polygons (islands included, holes less), each ring
weighted by its area times the cosine of its latitude. Canada's provinces are not listed: the
package's points for them are already GeoNames' own (Manitoba, Yukon, the Northwest Territories).
Nor are Brazil's states, the other country the source covers: the package's points for them are
near their middle already, and no corpus we have shows GeoNames' (one GeoVirus state, Minas
Gerais, stands at its capital there, 144 km from the package's point and 169 from the centroid).

Source: Natural Earth's 1:50m ``admin_1_states_provinces`` (public domain), as shipped by the
Debian package ``r-cran-rnaturalearthdata`` 0.1.0 (CC0; object ``states50`` in its lazy-load
database). The R data format is read with the PyPI package ``rdata``; R itself is not needed.

    apt-get download r-cran-rnaturalearthdata && dpkg-deb -x r-cran-rnaturalearthdata_*.deb rne
    pip install rdata==1.1.0
    python3 scripts/convert_region_centroids.py rne/usr/lib/R/site-library/rnaturalearthdata/data/Rdata

Columns: ISO 3166-2 code (as ``countrystatecity-countries`` has it), name, lat, lon.
"""

from __future__ import annotations

import gzip
import json
import lzma
import math
import struct
import sys
import zlib
from importlib import resources
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "dyad" / "data" / "places" / "region_centroids.tsv"
COUNTRIES = ("US", "AU")
OBJECT = "states50"


def _blob(raw: bytes, offset: int, length: int) -> bytes:
    """One object of an R lazy-load database: 4 bytes of length, a compression tag, the data."""
    chunk = raw[offset : offset + length]
    tag, body = chunk[4:5], chunk[5:]
    if tag == b"Z":  # xz, raw LZMA2 stream
        return lzma.decompress(body, format=lzma.FORMAT_RAW, filters=[{"id": lzma.FILTER_LZMA2, "preset": 9 | lzma.PRESET_EXTREME}])
    if tag == b"2":
        import bz2

        return bz2.decompress(body)
    if tag == b"0":
        return body
    assert struct.unpack(">I", chunk[:4])[0] > 0
    return zlib.decompress(chunk[4:])


def _tag(item) -> str:
    x = item.tag.referenced_object if item.tag.info.type.name == "REF" else item.tag
    while not isinstance(x, (bytes, str)):
        x = x.value
    return x.decode() if isinstance(x, bytes) else x


def _slots(obj) -> dict:
    out, item = {}, obj.attributes
    while item is not None and item.info.type.name == "LIST":
        out[_tag(item)] = item.value[0]
        item = item.value[1]
    return out


def read_states(base: str):
    import rdata
    import rdata.conversion as conversion

    index = conversion.convert(rdata.parser.parse_data(gzip.decompress(Path(base + ".rdx").read_bytes())))
    offset, length = (int(v) for v in index["variables"][OBJECT])
    parsed = rdata.parser.parse_data(_blob(Path(base + ".rdb").read_bytes(), offset, length)).object
    convert = conversion.SimpleConverter(constructor_dict=conversion.DEFAULT_CLASS_MAP, default_encoding="utf8").convert
    slots = _slots(parsed)
    table = convert(slots["data"])
    for row, polygons in zip(table.itertuples(), slots["polygons"].value, strict=True):
        rings = [_slots(ring) for ring in _slots(polygons)["Polygons"].value]
        shapes = [(bool(convert(r["hole"])[0]), convert(r["coords"]).tolist()) for r in rings]
        yield str(row.iso_a2), str(row.name), centroid(shapes)


def centroid(rings: list[tuple[bool, list[list[float]]]]) -> tuple[float, float]:
    """Area centroid of polygons given as (is_hole, [[lon, lat], ...]) rings."""
    total = sx = sy = 0.0
    for hole, pts in rings:
        a = cx = cy = 0.0
        for (x1, y1), (x2, y2) in zip(pts, pts[1:], strict=False):
            cross = x1 * y2 - x2 * y1
            a += cross
            cx += (x1 + x2) * cross
            cy += (y1 + y2) * cross
        if a == 0:
            continue
        cx, cy = cx / (3 * a), cy / (3 * a)
        weight = abs(a / 2) * math.cos(math.radians(cy)) * (-1 if hole else 1)
        total += weight
        sx += weight * cx
        sy += weight * cy
    return sy / total, sx / total


def package_codes() -> dict[tuple[str, str], str]:
    out = {}
    root = resources.files("countrystatecity_countries") / "data" / "by-country"
    for iso2 in COUNTRIES:
        for row in json.loads((root / iso2 / "states.json").read_text(encoding="utf-8")):
            if row.get("iso3166_2"):
                out[(iso2, row["name"])] = row["iso3166_2"]
    return out


def main(argv: list[str]) -> None:
    codes = package_codes()
    rows, missing = [], []
    for iso2, name, (lat, lon) in read_states(argv[0]):
        if iso2 not in COUNTRIES:
            continue
        code = codes.get((iso2, name))
        if code is None:
            missing.append(f"{iso2} {name}")
            continue
        rows.append(f"{code}\t{name}\t{lat:.4f}\t{lon:.4f}")
    head = "# iso3166_2\tname\tlat\tlon  (scripts/convert_region_centroids.py; see its docstring)"
    OUT.write_text("\n".join([head, *sorted(rows)]) + "\n", encoding="utf-8")
    print(f"{len(rows)} regions written; not matched: {', '.join(missing) or 'none'}")


if __name__ == "__main__":
    main(sys.argv[1:])
