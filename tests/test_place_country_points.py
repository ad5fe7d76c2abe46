"""A country's point: GeoNames' point, or, where GeoNames and Wikipedia put the country 161 to
322 km apart, a point within 161 km of both (news corpora place countries by either). Sentences
written for the test."""

from __future__ import annotations

import math

import pytest

from dyad.extract.places.entries import read_tsv

KM = 161.0


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def point(article, name: str) -> tuple[float, float]:
    (place,) = [p for p in article.places if p.name == name]
    return place.lat, place.lon


@pytest.mark.parametrize(
    ("name", "geonames", "wikipedia"),
    [
        ("China", (35.0, 105.0), (35.0, 103.0)),
        ("Nigeria", (10.0, 8.0), (8.0, 10.0)),
        ("Australia", (-25.0, 135.0), (-25.0, 133.0)),
    ],
)
def test_a_country_lies_within_reach_of_both_of_its_points(analyse_places, name, geonames, wikipedia):
    article = analyse_places(
        "Vets in China, Nigeria and Australia reported fresh cases of the pig fever on Thursday, "
        "and farm ministers of the three agreed to share samples."
    )
    lat, lon = point(article, name)
    assert km(lat, lon, *geonames) <= KM
    assert km(lat, lon, *wikipedia) <= KM


def test_a_country_whose_points_agree_keeps_its_geonames_point(analyse_places):
    """Guard: Kenya's GeoNames and Wikipedia points are one; it stays where GeoNames puts it."""
    article = analyse_places("Vets in Kenya reported fresh cases of the pig fever on Thursday.")
    assert point(article, "Kenya") == (1.0, 38.0)


def test_every_midpoint_stays_within_reach_of_the_geonames_point():
    geonames = {iso3: (float(lat), float(lon)) for iso3, lat, lon in read_tsv("country_coordinates.tsv")}
    for iso3, lat, lon in read_tsv("country_midpoints.tsv"):
        assert km(float(lat), float(lon), *geonames[iso3]) < KM, iso3


def test_a_region_lies_within_reach_of_its_centroid_and_wikipedias_point(analyse_places):
    """Queensland: the middle of its area (-22.57, 144.55) and Wikipedia's -23, 143 lie 166 km apart."""
    article = analyse_places("Cattle sales in Queensland and New South Wales slowed after the floods.")
    lat, lon = point(article, "Queensland")
    assert km(lat, lon, -22.57, 144.55) <= KM
    assert km(lat, lon, -23.0, 143.0) <= KM
    # guard: New South Wales, where the two agree, keeps the middle of its area
    assert point(article, "New South Wales") == (-32.1688, 147.0201)


@pytest.mark.parametrize(
    ("text", "name", "city", "division"),
    [
        ("Birds died on farms in Cairo, Giza and Qena.", "Giza", (30.01, 31.21), (29.05, 29.42)),
        ("Flu closed schools in Tomsk and Irkutsk this week.", "Tomsk", (56.50, 84.98), (58.61, 82.05)),
    ],
)
def test_a_region_named_like_its_big_city_lies_within_reach_of_both(analyse_places, text, name, city, division):
    """The governorate or oblast (the package's point) and the city of its name lie 161-322 km
    apart: a bare name may mean either."""
    lat, lon = point(analyse_places(text), name)
    assert km(lat, lon, *city) <= KM
    assert km(lat, lon, *division) <= KM


def test_a_region_near_its_namesake_city_keeps_its_point(analyse_places):
    """Guard: Qena's governorate lies within 161 km of its city; it stays where the package puts it."""
    article = analyse_places("Birds died on farms in Cairo, Giza and Qena.")
    assert point(article, "Qena") == (26.1593, 32.7163)
