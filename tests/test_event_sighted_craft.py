"""Military aircraft or ships of one state detected, spotted or tracked around another: the first state's show
of force (CAMEO 150) at the one who sights them, else at the state they were around, else at the one who
reports it ("N Chinese aircraft were detected around Taiwan", the daily report). The craft are the doer, not
the target. Sentences written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Taiwan's defense ministry said on Friday that it had detected 12 Chinese military aircraft near the island.",
        "The defense ministry in Taipei said 21 Chinese warplanes and four vessels were detected around Taiwan on Friday.",
        '"Eleven PLA planes and two PLAN warships near Taiwan were detected by 7 a.m. today," the ministry in Taipei said.',
    ],
)
def test_chinese_craft_sighted_around_taiwan(state_events, text):
    assert ("CHN", "TWN", "150") in state_events(text)


def test_bombers_spotted_off_a_coast(state_events):
    assert ("RUS", "JPN", "150") in state_events("Japan said on Friday that it had spotted two Russian bombers off its northern coast.")


@pytest.mark.parametrize(
    "text",
    [
        "Police detected traces of explosives at the airport on Friday.",
        "Doctors detected a new strain of the virus in Hanoi.",
        "Taiwan's navy tracked its own frigate on Friday.",
    ],
)
def test_no_craft_of_another_state_no_show_of_force(state_events, text):
    assert not [c for s, t, c in state_events(text) if c == "150"]
