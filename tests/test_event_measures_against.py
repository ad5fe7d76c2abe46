"""Measures, action or steps against another, told as to come ("said it would take harsh measures against
the North", "warned they would take action against X"), are a threat (13x) against that other; taken,
they are none (sentences written for these tests)."""

import pytest

from dyad.run.analysis import analyze


def events(text):
    article = analyze(text, published="2024-05-04")
    codes = {a.id: a.code or "" for a in article.actors}
    return [(codes.get(e.source, ""), codes.get(e.target, ""), e.cameo[:2]) for e in article.events]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Greek officials said last month that Athens would take tough measures against Turkey over the drone "
         "flights.", "GRC", "TUR"),
        ("Italy said it would take strong action against France.", "ITA", "FRA"),
        ("The Italian foreign ministry will take firm steps against Austria if the dam is built.", "ITA", "AUT"),
    ],
)
def test_measures_to_come_against_another_are_a_threat(text, source, target):
    found = events(text)
    assert any(s.startswith(source) and t.startswith(target) and r == "13" for s, t, r in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Italy took measures against smuggling last year.",  # taken, and against no one
        "Italy will take measures against the floods.",  # no one named
        "Italy took tough measures against France in 2019.",  # taken: no threat
    ],
)
def test_measures_taken_or_against_no_one_are_no_threat(text):  # guard
    assert not any(r == "13" for *_, r in events(text)), events(text)


@pytest.mark.parametrize(
    ("text", "mood"),
    [
        ("Italy said it would take strong action against France.", "intended"),  # the threat was made
        ("Italy will take countermeasures against the French firms, the spokesperson said.", "intended"),
        ("Italy is expected to take countermeasures against the French firms.", "predicted"),  # others' forecast
    ],
)
def test_a_threat_told_with_will_was_made(text, mood):
    article = analyze(text, published="2024-05-04")
    threats = [e for e in article.events if e.cameo.startswith("13")]
    assert threats and all(e.modality == mood for e in threats), [(e.cameo, e.modality) for e in article.events]
