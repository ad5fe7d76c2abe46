"""Another state's ships ejected or driven away (off, out) by a coast guard or navy are expelled (174),
as "expelled the ships" is; a crowd driven away is no expulsion of craft."""


def _pairs(events):
    return {(s, t, c) for s, t, c in events}


def test_ejected_vessels_are_expelled(state_events):
    events = _pairs(state_events(
        "Vietnam's coast guard ejected three Chinese fishing vessels from the waters near the atoll on "
        "Sunday, a spokesman in Hanoi said.", published="2025-06-09"))
    assert ("VNM", "CHN", "174") in events


def test_ships_driven_away_are_expelled(state_events):
    events = _pairs(state_events(
        "Japanese patrol boats drove two Chinese coast guard ships away from the islets on Tuesday, "
        "officials in Tokyo said.", published="2025-07-02"))
    assert ("JPN", "CHN", "174") in events


def test_crowd_driven_away_is_no_expulsion(state_events):
    events = _pairs(state_events(
        "Kenyan police drove the angry crowd away from the embassy of Uganda on Monday.",
        published="2025-07-02"))
    assert not any(c == "174" for _, _, c in events)
