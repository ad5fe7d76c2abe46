"""Relevance, on sentences written for these tests: celebrating an occasion is no praise of anyone,
and a campaign against a disease named by its own name is no threat or violence; praising an
actor's act stays an event."""

import pytest

from dyad.run.analysis import analyze


@pytest.mark.parametrize(
    "text",
    [
        "Pope Leo is celebrating the Easter Vigil service in the cathedral.",
        "President Ruto celebrated his birthday with his family on Sunday.",
        "The health minister vowed to eradicate polio from the country by 2030.",
        "Kenya launched a campaign to fight tuberculosis in the north.",
    ],
)
def test_no_event_with_an_occasion_or_an_ill(text):
    found = [e.cameo for e in analyze(text).events]
    assert not [c for c in found if c[:2] in ("05", "13", "17", "18", "19", "20")], found


def test_praising_an_actor_s_act_stays_an_event():
    found = [e.cameo for e in analyze("Kenya celebrated the release of its citizens by the rebels.").events]
    assert "051" in found, found
