"""A state that says it "will be forced to" take a coercive act (conventions.yaml ``compelled``) makes a
threat of its own (13x), no demand made on it; counter-measures threatened with no one named
(participants.yaml ``counter_words``) answer the last act another state was told to do. Sentences written
for these tests."""

import pytest

from dyad.run.analysis import analyze


def events(text, day="2021-03-20"):
    return [(e.source, e.target, e.cameo, e.modality) for e in analyze(text, published=day).events]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ('Australia imposed new tariffs on Japanese steel on Monday. "We deeply regret the decision. '
         'Japan will be forced to take matching countermeasures to protect our interests," the ministry said.',
         "JPN", "AUS"),
        ("Japan will be forced to take countermeasures against Australia, Tokyo said on Tuesday.", "JPN", "AUS"),
        ("Canada expelled two Russian diplomats on Monday. Russia will be forced to take countermeasures, the embassy said.",
         "RUS", "CAN"),
    ],
)
def test_a_coercive_act_one_is_forced_to_take_is_ones_own_threat(text, source, target):
    found = events(text)
    assert any((s or "").startswith(source) and (t or "").startswith(target) and c.startswith("13")
               for s, t, c, _ in found), found
    assert not any(c.startswith("10") for *_, c, _ in found), found


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # compelled by someone named: a demand still
        ("Japan was forced by Australia to take countermeasures on Monday.", None),
        # a price exacted from them: no act of their own
        ("Beijing warned Manila that it would be forced to pay a heavy price.", None),
        # a cooperative act one is forced to take: no threat
        ("Japan will be forced to sign the trade deal with Australia, Tokyo said on Tuesday.", None),
    ],
)
def test_other_compulsions_make_no_threat_of_the_subject(text, kept):
    found = events(text)
    assert not any((s or "").startswith("JPN") and c.startswith("13") for s, _, c, _ in found), found
    assert not any((s or "").startswith("PHL") and c.startswith("13") for s, _, c, _ in found), found


def test_countermeasures_with_nothing_told_before_have_no_target():
    found = events("Japan will take countermeasures, the ministry said on Tuesday.")
    assert all(t is None for s, t, c, _ in found if c.startswith("13")), found
