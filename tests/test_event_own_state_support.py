"""A person expressing, reiterating or reaffirming their own state's support for another ("Lavrov
expressed Moscow's support for ...") supports that other: their own state owns the support, it is no
target of it (issue-20sy)."""


def test_reaffirmed_own_states_support_of_policy(state_events):
    text = "On Monday, Swedish Prime Minister Karl Lind reaffirmed Sweden's firm support of Norway's bid for the seat."
    events = state_events(text)
    assert ("SWE", "NOR", "051") in events
    assert ("SWE", "SWE", "051") not in events


def test_expressed_own_capitals_support(state_events):
    text = "Norwegian Prime Minister Jonas Lund on Monday expressed Oslo's support for Swedish President Karl Lind."
    events = state_events(text)
    assert ("NOR", "SWE", "051") in events
    assert ("NOR", "NOR", "051") not in events


def test_another_states_ambassador_stays_the_target(state_events):
    # guard: a cue owned by another state still names that state
    assert ("JPN", "CHN", "114") in state_events("Japanese Prime Minister Fumio Kishida summoned China's ambassador on Monday.")
