"""The Department of Foreign Affairs (DFA) is the Philippines' foreign ministry (organizations.csv).
Sentences written for these tests."""


def test_the_dfa_summons(code_roots):
    found = code_roots("The Department of Foreign Affairs (DFA) summoned the Chinese ambassador on Monday. "
                       "The DFA said Beijing must stop its illegal activities.")
    assert ("PHLGOV", "CHN", "11") in found and ("PHLGOV", "CHN", "10") in found, found


def test_australia_keeps_its_department(code_roots):
    # guard: the Department of Foreign Affairs and Trade stays Australia's
    found = code_roots("The Department of Foreign Affairs and Trade summoned the Chinese ambassador on Monday.")
    assert ("AUSGOV", "CHN", "11") in found, found
