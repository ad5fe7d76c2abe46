"""A person expressing or signalling their own state's readiness or desire to act with another ("the
minister expressed Oslo's readiness to work with ...") states an intent towards that other: their own
state owns the intent, it is no target of it; a signalled desire is an intent (030) as an expressed one
is (issue-20)."""


def test_expressed_own_states_readiness(state_events):
    text = "Finnish Foreign Minister Aino Virtanen on Tuesday expressed Helsinki's readiness to work with Estonia on grid links."
    events = state_events(text)
    assert ("FIN", "EST", "030") in events
    assert ("FIN", "FIN", "030") not in events


def test_signalled_own_states_desire(state_events):
    text = "Portuguese Prime Minister Rui Mota signalled Lisbon's desire to keep up regular visits with Morocco."
    events = state_events(text)
    assert ("PRT", "MAR", "030") in events
    assert ("PRT", "PRT", "013") not in events


def test_another_states_readiness_stays_the_target(state_events):
    # guard: a readiness owned by another state is still that state's ("welcomed Riga's readiness")
    events = state_events("Finnish Foreign Minister Aino Virtanen on Tuesday welcomed Latvia's readiness to host the talks.")
    assert ("FIN", "LVA", "051") in events
