"""The Department of Foreign Affairs (DFA) is the Philippines' foreign ministry, or Ireland's where the
story is Irish (organizations.csv: two bodies share the name; the actors stage picks by the states
named). Sentences written for these tests."""


def test_the_dfa_summons(code_roots):
    found = code_roots("The Department of Foreign Affairs (DFA) summoned the Chinese ambassador on Monday. "
                       "The DFA said Beijing must stop its illegal activities.")
    assert ("PHLGOV", "CHN", "11") in found and ("PHLGOV", "CHN", "10") in found, found


def test_an_irish_story_keeps_ireland_s_department(code_roots):
    # guard: Ireland's department of the same name, in a story that names Ireland
    found = code_roots("Ireland will raise the detention of the aid worker with Egypt. The Department of "
                       "Foreign Affairs summoned the Egyptian ambassador on Tuesday.")
    assert ("IRLGOV", "EGY", "11") in found, found


def test_australia_keeps_its_department(code_roots):
    # guard: the Department of Foreign Affairs and Trade stays Australia's
    found = code_roots("The Department of Foreign Affairs and Trade summoned the Chinese ambassador on Monday.")
    assert ("AUSGOV", "CHN", "11") in found, found
