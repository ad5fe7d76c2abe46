"""A visit made ("made his last visit to Oslo in 2015", "was making a first trip there since 2009") is a visit
(042), not an intent to meet (PETRARCH2's MAKE * VISIT 036); a visit to come ("will make a visit") is still
an intent to meet. Sentences written for these tests."""


def test_made_visit_is_a_visit(state_events):
    events = state_events("Swedish Foreign Minister Anna Berg made her last visit to Oslo in March 2015.")
    assert ("SWE", "NOR", "042") in events, events
    assert not any(code == "036" for _, _, code in events), events


def test_visit_to_come_is_an_intent(state_events):
    # guard: a visit told as to come stays an intent to meet
    events = state_events("Swedish Foreign Minister Anna Berg will make a visit to Oslo next month.")
    assert ("SWE", "NOR", "036") in events, events
