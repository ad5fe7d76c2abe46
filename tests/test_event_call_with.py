""""Had a call with X": a call with the party after "with" (041, as a phone call or a conversation with X);
a call for something stays an appeal. Sentences written for these tests."""


def test_had_a_call_with(code_roots):
    events = code_roots("Sweden's deputy foreign minister Anna Berg had a call with Norwegian State Secretary Lars Dahl on Monday.")
    assert any(s.startswith("SWE") and t.startswith("NOR") and root == "04" for s, t, root in events), events


def test_call_with_guards(code_roots):
    # guards: a phone call keeps its code; a call for a truce is an appeal, no call with anyone
    events = code_roots("Sweden's foreign minister held a phone call with Norway's foreign minister on Monday.")
    assert any(s.startswith("SWE") and t.startswith("NOR") and root == "04" for s, t, root in events), events
    assert not any(root == "04" for _, _, root in code_roots("Sweden renewed its call for a truce with the rebels."))
