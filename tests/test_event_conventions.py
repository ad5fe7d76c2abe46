"""CAMEO's conventions for governed events, on sentences written for these tests."""

import pytest

from tests.test_events import article, events, nlp, stage  # noqa: F401  (fixtures)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kim hopes to meet Trump again this year.", ("kim", "trump", "03", "036")),
        ("Japan agreed to strengthen its alliance with the United States.", ("JPN", "USA", "03", None)),
        ("Russia will withdraw its troops from Syria.", ("RUS", None, "03", "035")),
        ("Russia threatened to invade Japan.", ("RUS", "JPN", "13", "138")),
        ("Israel plans to attack Syria.", ("ISR", "SYR", "13", "138")),
        ("Iran refused to attend the talks with Israel.", ("IRN", None, "12", "125")),
        ("China urged Russia to hold talks with Japan.", ("CHN", "RUS", "02", "026")),
        ("Japan demanded that Russia withdraw its troops.", ("JPN", "RUS", "10", None)),
    ],
)
def test_governed_events_take_cameos_code(nlp, stage, text, expected):  # noqa: F811
    source, target, root, code = expected
    found = stage(article(nlp, text)).events
    roots = [(e.source, e.cameo[:2]) for e in found]
    assert (source, root) in roots, [(e.source, e.target, e.cameo, e.modality) for e in found]
    event = next(e for e in found if (e.source, e.cameo[:2]) == (source, root))
    if target:
        assert event.target == target
    if code:
        assert event.cameo.startswith(code)  # or a finer code of it ("1384" threaten occupation)


def test_the_modality_still_says_what_happened(nlp, stage):  # noqa: F811
    found = events(stage, article(nlp, "Israel plans to attack Syria."))
    assert found == [("ISR", "SYR", "13", "intended")]


def test_a_prediction_by_others_is_no_intention(nlp, stage):  # noqa: F811
    found = events(stage, article(nlp, "Israel is expected to attack Syria."))
    assert ("ISR", "SYR", "19", "predicted") in found
    assert not [e for e in found if e[2] in ("03", "13")], found


def test_reporting_verbs_are_no_event_of_their_own(nlp, stage):  # noqa: F811
    found = events(stage, article(nlp, "Syria said that Israel attacked Iran."))
    assert ("ISR", "IRN", "19", "asserted") in found or ("ISR", "IRN", "19", "reported") in found
    assert not [e for e in found if e[2] == "01"], found
