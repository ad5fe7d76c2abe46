"""A town before "Municipal District" or "MD" (an Irish county council's municipal district,
named after its town or towns: "the Bantry MD", "the Bandon and Kinsale MD") or before "Garda
Districts": the town. Sentences written for the test."""

from __future__ import annotations

import pytest

from dyad.article import Article
from dyad.evaluate.places import haversine_km


def names(article: Article) -> dict[str, tuple[float, float]]:
    return {article.text[m.start : m.end]: (p.lat, p.lon) for p in article.places for m in p.mentions}


@pytest.mark.parametrize(
    ("text", "word", "point"),
    [
        (
            "Members of the Macroom Municipal District agreed to fund new lights for the car park.",
            "Macroom",
            (51.90, -8.96),
        ),
        ("The Bantry MD members will meet next week to elect a new chairman.", "Bantry", (51.68, -9.45)),
        (
            "Funding for the pier was approved by the Bandon and Kinsale MD on Monday.",
            "Kinsale",
            (51.71, -8.52),
        ),
        (
            "The plan to merge the Ballina and Belmullet Garda Districts was criticised by councillors.",
            "Belmullet",
            (54.22, -9.99),
        ),
    ],
)
def test_town_of_a_municipal_district_is_found(analyse_places, text, word, point):
    found = names(analyse_places(text))
    assert word in found, found
    assert haversine_km(*found[word], *point) < 40, found[word]


@pytest.mark.parametrize(
    "text",
    [
        # guards: a doctor's letters after a name are no municipal district
        "Dr Aoife Byrne MD said the clinic would reopen in the spring.",
        "The report was signed by Ciaran Walsh MD, a consultant at the hospital.",
    ],
)
def test_a_doctor_is_no_town(analyse_places, text):
    found = names(analyse_places(text))
    assert not {"Byrne", "Aoife Byrne", "Walsh", "Ciaran Walsh"} & set(found), found
