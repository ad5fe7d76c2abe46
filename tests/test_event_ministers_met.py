""""The ministers discussed ..." after a meeting of two people of different states: the plural of no
state stands for the two who met (as "the two ministers" does), so the discussion is between their
states. A plural after one person named keeps no partner. Sentences written for these tests."""


def test_the_ministers_after_a_meeting(code_roots):
    events = code_roots("Foreign Minister Park Jin had a meeting with his Japanese counterpart Yoko Kamikawa in "
                        "Jakarta on Wednesday. The ministers discussed fisheries and tourism, while agreeing to "
                        "cooperate.")
    assert ("KORGOV", "JPNGOV", "04") in events, events
    assert ("KORGOV", "JPNGOV", "03") in events, events


def test_the_ministers_after_one_person(code_roots):
    # guards: one person named before is no meeting's pair; "the two ministers" still the pair
    events = code_roots("Foreign Minister Park Jin spoke in Seoul on Wednesday. The ministers approved the budget.")
    assert not any(t for _, t, _ in events), events
    events = code_roots("Foreign Minister Park Jin had a meeting with his Japanese counterpart Yoko Kamikawa in "
                        "Jakarta on Wednesday. The two ministers discussed fisheries.")
    assert any(s == "KORGOV" and t.startswith("JPN") and r == "04" for s, t, r in events), events



def test_other_people_after_a_call(code_roots):
    # guard: negotiators after two presidents' call are other people (no pair of presidents), still going to Turkey
    events = code_roots("Russian President Vladimir Putin and his Turkish counterpart Tayyip Erdogan agreed in a "
                        "telephone call on Sunday for Istanbul to host the talks. An aide said the negotiators "
                        "would be arriving in Turkey on Monday.")
    assert any(t == "TUR" and r == "03" for _, t, r in events), events
