"""A dateline in title case with its day and credit ("Hanoi [Vietnam], April 2 (ANI): ") only says where
the story was filed: its town and bracketed country are no subject of the lead's verb."""


def _pairs(events):
    return {(s, t, c) for s, t, c in events}


def test_bracketed_country_of_dateline_is_no_subject(state_events):
    events = _pairs(state_events(
        "Hanoi [Vietnam], April 2 (ANI): China on Tuesday condemned the naval manoeuvres by Australia and "
        "the Philippines, calling them a threat to the region.", published="2025-04-02"))
    assert ("CHN", "AUS", "111") in events and ("CHN", "PHL", "111") in events
    assert not any(s == "VNM" for s, _, _ in events)


def test_state_opening_a_lead_with_a_date_stays_its_subject(state_events):
    events = _pairs(state_events(
        "Vietnam, March 3 (Monday), signed a trade pact with Laos in Vientiane.", published="2025-03-04"))
    assert ("VNM", "LAO", "057") in events
