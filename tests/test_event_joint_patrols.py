"""A joint patrol conducted or held by two states' forces is military cooperation with each other (062),
as a joint exercise is; a patrol by one side alone stays a show of force (150)."""


def _pairs(events):
    return {(s, t, c) for s, t, c in events}


def test_conducted_joint_patrol_is_cooperation_with_each_other(state_events):
    events = _pairs(state_events(
        "Indian and French warplanes conducted a joint maritime patrol above the Arabian Sea on Monday, "
        "officials in New Delhi announced.", published="2025-02-11"))
    assert {("IND", "FRA", "062"), ("FRA", "IND", "062")} & events
    assert not any(c.startswith("15") for _, _, c in events)


def test_conducted_bilateral_patrol_of_two_coast_guards(state_events):
    events = _pairs(state_events(
        "The coast guards of Vietnam and Indonesia have conducted their first bilateral patrol near the "
        "Natuna islands, a statement from Jakarta added.", published="2025-03-02"))
    assert {("VNM", "IDN", "062"), ("IDN", "VNM", "062")} & events


def test_patrol_of_one_side_stays_show_of_force(state_events):
    events = _pairs(state_events(
        "Australia's navy conducted a patrol near the disputed reef on Friday, its commander said.",
        published="2025-04-05"))
    assert not any(c == "062" for _, _, c in events)
