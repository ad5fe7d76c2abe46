"""Two verbs joined by "and" share the object the parser hangs on the second only: "signed and issued a joint
statement" is a signing (057) as well as a statement. Sentences written for these tests."""



def test_signed_and_issued_a_joint_statement(state_events):
    got = state_events("Kenya and Uganda signed and issued a joint statement on deepening trade on Tuesday.")
    assert ("KEN", "UGA", "057") in got


def test_signed_and_ratified_a_treaty(state_events):
    assert ("KEN", "UGA", "057") in state_events("Kenya and Uganda signed and ratified a treaty on Monday.")


def test_a_verb_with_its_own_object_keeps_it(state_events):
    # "signed the memo and issued a statement": the signing's object is its own, no shared object
    got = state_events("Kenya signed a loan and issued a statement on Uganda on Monday.")
    assert ("KEN", "UGA", "057") not in got
