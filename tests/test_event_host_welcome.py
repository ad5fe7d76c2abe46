"""Welcoming a visitor in person is hosting the visit (CAMEO 043, PETRARCH2's WELCOME * COUNTERPARTS), as
"received the delegation" is; welcoming a decision or a move stays praise (051). Sentences written for
these tests."""

from __future__ import annotations


def test_welcoming_a_visiting_counterpart_is_hosting(state_events):
    events = state_events("Welcoming his Ghanaian counterpart in Abuja, Nigerian President Bola Tinubu said trade would grow.")
    assert ("NGA", "GHA", "043") in events, events


def test_welcoming_a_visiting_leader_is_hosting(state_events):
    events = state_events("Kenyan President William Ruto welcomed Ethiopian Prime Minister Abiy Ahmed in Nairobi on Monday.")
    assert ("KEN", "ETH", "043") in events, events
    assert not any(s == "KEN" and t == "ETH" and c.startswith("05") for s, t, c in events), events


def test_welcoming_a_visiting_delegation_is_hosting(state_events):
    events = state_events("Chile's foreign minister welcomed a Bolivian delegation in Santiago on Tuesday.")
    assert ("CHL", "BOL", "043") in events, events


def test_welcoming_a_move_stays_praise(state_events):
    events = state_events("Kenya welcomed Tanzania's move to lift the export ban.")
    assert ("KEN", "TZA", "051") in events, events
    assert not any(c == "043" for _, _, c in events), events


def test_welcoming_a_visitor_to_a_city_keeps_the_visitor(state_events):
    events = state_events("Kenyan President William Ruto welcomed Ethiopian Prime Minister Abiy Ahmed to Nairobi on Monday.")
    assert ("KEN", "ETH", "043") in events, events
