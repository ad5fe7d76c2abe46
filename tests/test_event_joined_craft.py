"""Military aircraft joining others of their kind fly together: a joint military activity (062), not an
air strike (195) (issue-20sy)."""


def test_bombers_joined_bombers(state_events):
    events = state_events("Three Russian fighter jets joined four Chinese fighter jets over the Yellow Sea on Friday.")
    assert ("RUS", "CHN", "062") in events
    assert not any(e[2].startswith("19") for e in events)


def test_warplanes_joined_the_attack_stay_attack(state_events):
    # guard: joining an attack is the attack's
    events = state_events("US warplanes joined the attack on the town of Kafr Ruma on Tuesday.")
    assert not any(e[2] == "062" for e in events)
