"""A protest, the noun, made by a state or its government is an official complaint (CAMEO 114), as the verb
already was ("Vietnam protested"): the state issues it, presents it, or it is "the protest by" the state. A
people's protest stays a demonstration (141). Sentences written for these tests."""

import pytest

from dyad.run.analysis import analyze


def coded(text, published="2023-08-28"):
    art = analyze(text, published=published)
    country = {a.id: a.country for a in art.actors}
    kind = {a.id: a.kind for a in art.actors}
    return [(country.get(e.source), kind.get(e.source), e.cameo) for e in art.events]


@pytest.mark.parametrize(
    "text",
    [
        "The Vietnamese government on Monday presented a sharply worded protest to Beijing's envoy about the collision.",
        "It was the tenth protest by Vietnam against Chinese actions at sea this year.",
        "Vietnam issued a formal protest on Thursday about the sinking of its trawler.",
    ],
)
def test_a_states_protest_is_an_official_complaint(text):
    assert ("VNM", "state", "114") in coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of Vietnamese students staged a protest against China on Thursday.",
        "The protest by Vietnamese fishermen against China drew thousands.",
        "Hundreds of villagers held a protest outside the Vietnamese embassy on Thursday.",
    ],
)
def test_a_peoples_protest_stays_a_demonstration(text):
    found = coded(text)
    assert any(c == "141" for _, _, c in found) and not any(c == "114" for _, _, c in found), found


def test_lodged_protest_unchanged():
    assert ("VNM", "state", "114") in coded("Vietnam lodged a protest with China on Thursday.")
