"""Expulsions and mediation in world wire news, on sentences written for these tests.

"the expulsion of its diplomats by X": the people expelled, owned by a pronoun the reading left
alone, are the state named before that pronoun (not the expelling one), and that state is the
target. Mediation told as efforts: "efforts to bring X and Y back to the negotiating table" and
"exerting efforts with X and Y to reach a truce" are a third party's mediation (CAMEO 045), not an
intent to mediate (039) nor a boost of cooperation (060); efforts for anything else are no mediation."""

import pytest

from dyad.run.analysis import analyze


def triples(text, published="2021-05-10"):
    art = analyze(text, published=published)
    country = {a.id: a.country or (a.id if a.kind == "state" else None) for a in art.actors}
    return {(country.get(e.source), country.get(e.target), e.cameo) for e in art.events}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Brazilian foreign ministry on Monday vowed to respond to the expulsions of its diplomats "
         "by Argentina and Chile.", {("ARG", "BRA", "166"), ("CHL", "BRA", "166")}),
        ("Peru said the expulsion of its diplomats by Bolivia was unjustified.", {("BOL", "PER", "166")}),
        ("On May 3, Norway expelled 20 Danish diplomats. According to the Danish side, the expulsion of "
         "their diplomats was a hostile step.", {(None, "DNK", "166")}),
    ],
)
def test_expelled_diplomats_owned_by_a_pronoun_are_its_states(text, expected):
    found = triples(text)
    assert expected <= found, found
    assert not any(c == "166" and t is None for _, t, c in found), found


def test_named_expelled_diplomats_keep_their_state():  # guard
    found = triples("Chile announced the expulsion of four Peruvian diplomats on Monday.")
    assert ("CHL", "PER", "166") in found, found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Algeria and Morocco are stepping up efforts to bring Mali and Niger back to the negotiating "
         "table in hopes of ending the conflict.",
         {("DZA", "MLI", "045"), ("DZA", "NER", "045"), ("MAR", "MLI", "045"), ("MAR", "NER", "045")}),
        ('Norway and Cuba are exerting "intensive efforts" with Armenia and Azerbaijan to reach a '
         "ceasefire agreement, officials said on Tuesday.",
         {("NOR", "ARM", "045"), ("NOR", "AZE", "045"), ("CUB", "ARM", "045")}),
    ],
)
def test_efforts_between_two_sides_are_mediation(text, expected):
    found = triples(text)
    assert expected <= found, found


@pytest.mark.parametrize(
    "text",
    [
        "Ghana stepped up efforts with Togo and Benin to curb smuggling across the border.",
        "Kenya is making efforts to bring its athletes back to the track.",
        "Senegal redoubled its efforts to fight malaria in the south.",
    ],
)
def test_other_efforts_are_no_mediation(text):  # guards
    found = triples(text)
    assert not any(c.startswith("045") or c.startswith("039") for _, _, c in found), found
