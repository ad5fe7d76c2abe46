"""A seat of government that speaks is the government ("the Kremlin said", "the Blue House
said", "Cheong Wa Dae said", "the White House said"): an organisation of that state with sector
GOV (organizations.csv), not the state itself, as PETRARCH codes KREMLIN_ RUSGOV. Where it does
not act ("met at the White House") it stays a place. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .test_quotes import find, quotes


@pytest.mark.parametrize(
    ("text", "published", "content", "code"),
    [
        ("The Kremlin said on Monday that no date had been set for a visit by the North Korean leader.",
         "2019-03-04", "no date had been set", "RUSGOV"),
        ("The Blue House said President Moon would fly to Washington next month for talks.",
         "2019-03-04", "President Moon would fly", "KORGOV"),
        ("Officials met in Panmunjom on Friday.\n\nCheong Wa Dae said the talks had been useful and "
         "would resume soon.", "2018-06-01", "the talks had been useful", "KORGOV"),
        ("The White House said the new tariffs would take effect on Friday.",
         "2025-04-02", "the new tariffs would take effect", "USAGOV"),
        ("Downing Street said the prime minister had spoken to the Japanese leader by phone.",
         "2023-05-10", "the prime minister had spoken", "GBRGOV"),
    ],
)
def test_a_seat_of_government_that_speaks_is_its_government(analyze_text, text, published, content, code):
    a = analyze_text(text, published=published)
    actor = a.actor(find(a, content).speaker)
    assert actor is not None and actor.code == code and actor.kind == "organization", quotes(a)


def test_a_seat_of_government_where_it_does_not_act_is_a_place(analyze_text):
    a = analyze_text(
        "President Donald Trump hosted Prime Minister Shinzo Abe at the White House on Friday.",
        published="2019-04-26",
    )
    assert any(p.name == "White House" for p in a.places)
    assert not any(x.name == "United States" and any(m.text == "White House" for m in x.mentions)
                   for x in a.actors)
