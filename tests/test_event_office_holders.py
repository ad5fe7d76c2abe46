"""A definite plural people noun ("the ministers") after two office holders of different states were
named is those office holders (their meeting's parties), not a group of one state or of none.
Sentences invented after news of foreign ministers' meetings ("X met his counterpart Y ... The
ministers discussed ...")."""

import pytest

MET = [
    ("Brazilian Foreign Minister Ana Costa met with Argentine Foreign Minister Pablo Ruiz in Lima on Monday. "
     "The ministers discussed trade and migration.", ("BRA", "ARG")),
    ("Kenyan Foreign Minister John Mwangi held talks with Ugandan Foreign Minister Sam Okello "
     "on Tuesday. Mwangi said the talks went well. The ministers discussed border security.",
     ("KEN", "UGA")),
    ("Chilean Defence Minister Rosa Vidal met Peruvian Defence Minister Luis Soto in Santiago on Friday. "
     "The defence ministers agreed to hold joint exercises.", ("CHL", "PER")),
]


def _pair(found, pair):
    return [(s, t, r) for s, t, r in found if {s[:3], t[:3]} == set(pair)]


@pytest.mark.parametrize("text,pair", MET)
def test_the_ministers_are_the_two_office_holders_named_before(code_roots, text, pair):
    found = code_roots(text)
    later = [x for x in _pair(found, pair) if x[2] in ("03", "04")]
    assert len(later) >= 2, found  # the meeting and what "the ministers" did together
    assert not any(s == "" or t == "" for s, t, r in found if r in ("03", "04")), found


def test_a_state_in_the_noun_keeps_its_own_group(state_events):
    found = state_events("Brazilian Foreign Minister Ana Costa met with Argentine Foreign Minister Pablo Ruiz "
                         "in Lima on Monday. The Brazilian ministers discussed the budget.")
    assert not any(s == "BRA" and t == "ARG" and c.startswith("04") for s, t, c in found[1:]), found


def test_office_holders_of_one_state_stay_a_group(state_events):
    found = state_events("Brazilian Foreign Minister Ana Costa met Brazilian Finance Minister Pedro Lima "
                         "in Brasilia on Monday. The ministers discussed the budget.")
    assert not any(t == "ARG" for s, t, c in found), found
    assert not any(s == "BRA" and t == "BRA" and c.startswith("04") for s, t, c in found[1:]), found


def test_a_count_that_does_not_fit_changes_nothing(code_roots):
    found = code_roots("Brazilian Foreign Minister Ana Costa met with Argentine Foreign Minister Pablo Ruiz "
                       "in Lima on Monday. The three ministers discussed trade.")
    assert not any(r == "04" and {s[:3], t[:3]} == {"BRA", "ARG"} for s, t, r in found[1:]), found
