"""The village or town a Welsh school is named after ("Ysgol Nefyn", "Ysgol Gynradd Criccieth",
"Ysgol Gymuned Bodffordd"): a mention of that place, though spaCy takes the school for a person,
whose other mentions are then the place's name alone. Sentences written for the test."""

from __future__ import annotations

import pytest

from dyad.article import Article
from dyad.evaluate.places import haversine_km


def places(article: Article) -> list[tuple[int, str, float, float]]:
    return sorted(
        (m.start, article.text[m.start : m.end], p.lat, p.lon) for p in article.places for m in p.mentions
    )


def test_a_school_and_its_village_alone_are_the_village(analyze_text):
    text = (
        "Parents in Nefyn have lost their fight. Cabinet members voted on Tuesday to shut Ysgol Nefyn's"
        " junior classes in July; the twelve children will go by bus to Ysgol Criccieth. A teaching"
        " assistant at Ysgol Nefyn, Ann Lloyd, called it the end of an era for Nefyn."
    )
    found = [(w, lat, lon) for _, w, lat, lon in places(analyze_text(text, published="2024-05-01"))]
    assert [w for w, _, _ in found if w in ("Nefyn", "Criccieth")] == [
        "Nefyn",
        "Nefyn",
        "Criccieth",
        "Nefyn",
        "Nefyn",
    ], found
    assert all(haversine_km(lat, lon, 52.94, -4.52) < 20 for w, lat, lon in found if w == "Nefyn"), found


def test_a_village_the_gazetteer_lacks_stands_by_the_town_after_it(analyse_places):
    text = (
        "Ysgol Gymuned Bodffordd, near Llangefni on Anglesey, has only twenty pupils, a council report said."
    )
    found = {w: (lat, lon) for _, w, lat, lon in places(analyse_places(text))}
    assert "Bodffordd" in found, found
    assert haversine_km(*found["Bodffordd"], 53.26, -4.31) < 30


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # guards: a school named after a person or a saint, or "the rock", names no place
        (
            "Pupils of Ysgol Syr Thomas Jones in Amlwch sat their exams on Monday.",
            ("Syr", "Thomas", "Thomas Jones"),
        ),
        ("Ysgol y Graig in Llangefni will grow by a hundred places, the council said.", ("Graig",)),
        ("Ysgol Dewi Sant in Rhyl will get a new hall next year.", ("Dewi", "Dewi Sant")),
    ],
)
def test_schools_named_after_no_place(analyse_places, text, absent):
    words = {w for _, w, _, _ in places(analyse_places(text))}
    assert not words & set(absent), words
