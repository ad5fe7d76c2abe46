"""Telling another state to stop, end or cease something is a demand (100), as "demanded that X stop"
(issue-20sy)."""


def test_told_state_to_end(state_events):
    assert ("NOR", "SWE", "100") in state_events("Norway on Tuesday told Sweden to end its activities in the disputed waters.")


def test_told_state_to_cease(state_events):
    text = "In a speech on Monday, Estonian President Alar Karis told Russia to cease its military intimidation of Estonia."
    assert ("EST", "RUS", "100") in state_events(text)


def test_told_state_a_fact_stays_a_statement(state_events):
    # guard: telling what is no demand
    events = state_events("Norway's foreign minister Ola Berg told Sweden that the talks would resume in June.")
    assert not any(e[2] == "100" for e in events)
