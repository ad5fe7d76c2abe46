"""Two verbs joined by "and" share the object the parser hangs on the second only: "signed and issued a joint
statement" is a signing (057) as well as a statement. Sentences written for these tests."""

from dyad.run.analysis import analyze


def coded(text, published="2023-03-22"):
    art = analyze(text, published=published)
    country = {a.id: a.country for a in art.actors}
    return [(country.get(e.source), country.get(e.target), e.cameo) for e in art.events]


def test_signed_and_issued_a_joint_statement():
    got = coded("Kenya and Uganda signed and issued a joint statement on deepening trade on Tuesday.")
    assert ("KEN", "UGA", "057") in got


def test_signed_and_ratified_a_treaty():
    assert ("KEN", "UGA", "057") in coded("Kenya and Uganda signed and ratified a treaty on Monday.")


def test_a_verb_with_its_own_object_keeps_it():
    # "signed the memo and issued a statement": the signing's object is its own, no shared object
    got = coded("Kenya signed a loan and issued a statement on Uganda on Monday.")
    assert ("KEN", "UGA", "057") not in got
