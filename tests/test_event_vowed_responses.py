"""A response vowed to another's act ("vowed to respond to the leaflet campaign", "vows to react to the
expulsions") is a threat (CAMEO 13) against whom it answers, not an intent to cooperate (03); a response
vowed to no one (a disaster) stays no threat. Sentences written for these tests."""

import pytest

from dyad.run.analysis import analyze


def events(text):
    article = analyze(text, published="2024-05-04")
    codes = {a.id: a.code or "" for a in article.actors}
    return [(codes.get(e.source, ""), codes.get(e.target, ""), e.cameo[:2]) for e in article.events]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Pyongyang vowed on Sunday to respond to the new Japanese drills near its coast.", "PRK", "JPN"),
        ("Moscow vowed to react swiftly to the decision by Canada.", "RUS", "CAN"),
    ],
)
def test_a_response_vowed_to_another_is_a_threat(text, source, target):
    found = events(text)
    assert any(s.startswith(source) and t.startswith(target) and r == "13" for s, t, r in found), found
    assert not any(r == "03" for *_, r in found), found


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("The government vowed to respond quickly to the floods.", None),
        ("Seoul and Tokyo vowed to cooperate closely on the matter.", "03"),
    ],
)
def test_other_vows_stay(text, root):  # guard
    found = events(text)
    assert not any(r == "13" for *_, r in found), found
    if root is not None:
        assert any(r == root for *_, r in found), found
