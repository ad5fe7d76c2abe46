"""An answer or counter-measures told as to come, in the words the patterns lacked, are a threat (CAMEO 13):
"would take firm measures" on a condition, "will work out retaliatory measures", "will come up with a fitting
answer to X's rules", "will leave no measure untaken against X", "will not leave X unanswered". The threat is
made by saying it, so it keeps a modality the scorers count (not negated, not conditional); its target is
whom it answers. Measures with no word of force or answer on them, measures taken, and "all necessary
measures to ensure ..." stay no threat (sentences written for these tests)."""

import pytest

KEPT = ("asserted", "reported", "intended")


@pytest.fixture(scope="module")
def threats(analyze_text):
    def run(text: str) -> list[tuple]:
        article = analyze_text(text, published="2024-05-04")
        codes = {a.id: a.code or "" for a in article.actors}
        return [
            (codes.get(e.source, ""), codes.get(e.target, ""), e.cameo[:2], e.modality)
            for e in article.events
            if e.cameo.startswith("13")
        ]

    return run


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("If Santiago raises its tariffs again, Lima would take firm measures, the trade minister warned.", ("PER", "CHL")),
        ("Quito says it will work out retaliatory measures if Peru keeps its banana quotas.", ("ECU", "PER")),
        ("Ankara says it will come up with a fitting answer to Greece's new fishing rules.", ("TUR", "GRC")),
        ("Budapest will leave no measure untaken against the new Austrian quotas on trucks, its spokesman told "
         "reporters.", ("HUN", "AUT")),
        ("Belarus will not leave Vilnius's latest entry ban unanswered, its foreign ministry said.", ("BLR", "LTU")),
    ],
)
def test_an_answer_told_as_to_come_is_a_threat(threats, text, dyad):
    found = threats(text)
    assert any((s, t) == dyad and m in KEPT for s, t, _, m in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Lima will take new measures to support its farmers, the ministry said.",
        "Lima took strong measures against smuggling last year.",
        "The United States will take all necessary measures to ensure the safety of its citizens abroad.",
        "Minsk left the letter from Vilnius unanswered for a month.",
        "Ankara will come up with a new plan for its fishing fleet next year.",
    ],
)
def test_other_measures_are_no_threat(threats, text):  # guard
    assert threats(text) == [], threats(text)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Belarus's defence chief vowed on Monday to respond to what he described as a new Lithuanian propaganda "
         "drive.", "LTU"),
        ("Minsk vowed to react to Lithuania's expansion of its travel ban.", "LTU"),
    ],
)
def test_an_answer_vowed_is_a_threat(threats, text, target):
    found = threats(text)
    assert any(t == target and m in KEPT for _, t, _, m in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Lithuania pledged to respond quickly to requests for humanitarian aid from Ukraine.",
        "Minsk vowed to work with Vilnius on the new border crossing.",
    ],
)
def test_other_vows_are_no_threat(threats, text):  # guard
    assert threats(text) == [], threats(text)


def test_a_threat_on_its_own_condition_was_made(threats):
    found = threats("Quito will take countermeasures against Lima if Peru continues its policy of backing the rebels.")
    assert ("ECU", "PER", "13", "intended") in found, found
