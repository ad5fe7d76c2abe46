"""Export controls, an export ban or export restrictions published, announced, imposed or tightened against
another state are an embargo (CAMEO 163), not a statement, PETRARCH2's ANNOUNCE * RESTRICTION (160) or an
administrative sanction (172). Sentences written for these tests."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The Japanese government published a broad set of export controls to South Korea on Friday.",
        "The Japanese trade ministry announced a ban on exports of lasers and lenses to South Korea.",
        "Japan imposed new export controls on South Korea on Tuesday.",
        "Japan announced new export restrictions on South Korea.",
        "Japan tightened export controls on chips to South Korea.",
    ],
)
def test_export_controls_are_an_embargo(state_events, text):
    assert ("JPN", "KOR", "163") in state_events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Japan imposed new restrictions on Korean travel.",  # not exports: keeps its code
        "Tokyo has abused export controls, the Korean ministry said.",  # no target: no embargo
    ],
)
def test_no_embargo_without_export_controls_on_a_state(state_events, text):
    assert "163" not in [c for s, t, c in state_events(text)]
