"""A demonym two states share ("Congolese": the Republic of the Congo's and DR Congo's) names the one
of them the article names: "the Congolese army" in a story of the Democratic Republic of Congo is its
army (COD), in a story from Brazzaville that one's (COG). Sentences written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Crowds in Kinshasa, the Democratic Republic of Congo's capital, marched on Monday. "
         "The Congolese army shelled positions in Burundi on Tuesday.", ("COD", "BDI", "19")),
        ("Crowds marched in Kinshasa, the capital of DR Congo, on Monday. "
         "Some Congolese army soldiers attacked a border post of Burundi on Tuesday.", ("COD", "BDI", "19")),
    ],
)
def test_congolese_follows_the_congo_named(code_roots, text, expected):
    found = code_roots(text)
    assert any((s[:3], t[:3], r) == expected for s, t, r in found), found
    assert not any(s.startswith("COG") for s, _, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Crowds marched in Brazzaville, the capital of the Republic of the Congo, on Monday. "
        "The Congolese army shelled positions in Gabon on Tuesday.",
    ],
)
def test_congolese_of_brazzaville_stays_cog(code_roots, text):  # guard
    found = code_roots(text)
    assert any(s.startswith("COG") and t.startswith("GAB") and r == "19" for s, t, r in found), found
