"""Whose spokesperson: "X, spokesman for the Taiwan Affairs Office" serves that office (a body of
Beijing), not the state its name holds. Sentences written for these tests."""

from __future__ import annotations


def _person(a, name):
    return next(x for x in a.actors if x.name == name)


def test_a_spokesman_for_a_body_is_of_the_bodys_country(analyze_text):
    a = analyze_text(
        "Taiwan's leader spoke of new talks on Monday.\n\n"
        "Li Wenbo, a spokesperson with the State Council Taiwan Affairs Office, said on Wednesday that the island "
        "should drop its plan. Taiwan said it would go ahead.", published="2024-05-06")
    assert _person(a, "Li Wenbo").country == "CHN", [(x.id, x.country) for x in a.actors]


def test_a_special_representative_for_a_state_is_not_of_that_state(analyze_text):
    """A guard: only spokespeople take "for": an envoy for North Korea is not North Korea's."""
    a = analyze_text(
        "Mark Hollis, the US special representative for North Korea, said on Monday that talks could resume.",
        published="2024-05-06")
    assert _person(a, "Mark Hollis").country != "PRK", [(x.id, x.country) for x in a.actors]
