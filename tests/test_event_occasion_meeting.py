"""A call or talks named as the occasion of a clause ("In his call with X on Monday, Y urged ...", "agreed to work
on it during their talks on Sunday") were held: the appeal or intent of the verb they hang on does not make them
an intent to meet (036). A meeting that is what is urged or planned still is. Sentences written for these tests."""


def test_call_as_occasion_was_held(state_events):
    events = state_events("In his call with Norway's foreign minister on Monday, Sweden's foreign minister urged Oslo to deepen cooperation.")
    assert any(code == "041" for _, _, code in events), events
    assert not any(code == "036" for _, _, code in events), events


def test_talks_during_were_held(state_events):
    events = state_events("The Danish and Finnish defense heads agreed to work on Baltic security during their talks in Turku on Sunday.")
    assert any(code == "040" for _, _, code in events), events
    assert not any(code == "036" for _, _, code in events), events


def test_meeting_to_come_guards(state_events):
    # guards: talks one is urged to join, or a meeting planned at a summit, are still to come
    assert ("SWE", "DNK", "036") in state_events("Sweden urged Norway to take part in talks with Denmark.")
    assert ("SWE", "NOR", "036") in state_events("Sweden plans to meet Norway at the summit in May.")
