""""The ministers discussed ..." after a meeting of two people of different states: the plural of no
state stands for the two who met (as "the two ministers" does), so the discussion is between their
states. A plural after one person named keeps no partner. Sentences written for these tests."""


def test_the_ministers_after_a_meeting(code_roots):
    events = code_roots("Foreign Minister Mauro Vieira had a meeting with his Indian counterpart Subrahmanyam "
                        "Jaishankar in Delhi on Tuesday. The ministers talked about trade and tourism, while agreeing "
                        "to cooperate.")
    assert ("BRAGOV", "INDGOV", "04") in events, events
    assert ("BRAGOV", "INDGOV", "03") in events, events


def test_the_ministers_after_one_person(code_roots):
    # guards: one person named before is no meeting's pair; "the two ministers" still the pair
    events = code_roots("Chilean Foreign Minister Ana Soto spoke in Santiago on Tuesday. The ministers approved the budget.")
    assert not any(t for _, t, _ in events), events
    events = code_roots("Chilean Foreign Minister Ana Soto had a meeting with her Peruvian counterpart Luis Vera in "
                        "Quito on Tuesday. The two ministers talked about mining.")
    assert any(s.startswith("CHL") and t.startswith("PER") and r == "04" for s, t, r in events), events


def test_other_people_after_a_call(code_roots):
    # guard: negotiators after two presidents' call are other people (no pair of presidents), still going to Uruguay
    events = code_roots("Chilean President Gabriel Boric and his Peruvian counterpart Dina Boluarte agreed in a "
                        "phone call on Friday that Montevideo should host the next round. An official said the "
                        "negotiators would travel to Uruguay on Sunday.")
    assert any(t == "URY" and r == "03" for _, t, r in events), events
