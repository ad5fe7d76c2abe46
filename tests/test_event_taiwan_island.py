""""Taiwan island", as Beijing's press names Taiwan (as "the Taiwan region"), is Taiwan, the state: the
target of drills around it. Another island named by its own name stays a place. Sentences written for
these tests."""


def test_drills_around_taiwan_island(state_events):
    events = state_events("China's military held joint drills around Taiwan island on Saturday.")
    assert any(s == "CHN" and t == "TWN" and c.startswith("15") for s, t, c in events), events


def test_other_islands(state_events):
    # guards: "Taiwan" alone is still the state; an island of a state named by its own name is no state
    assert any(t == "TWN" for _, t, _ in state_events("China held drills around Taiwan on Saturday."))
    assert not any(t == "KOR" for _, t, _ in state_events("Japan held drills near Jeju island on Saturday."))
