"""Abusing a power, a rule or a tool ("has abused export controls") is no assault (PETRARCH2's ABUSE 180,
which is of people): what a speaker says another did is the speaker's accusation (112), and told
without a speaker it is no event of its own. Abuse of people stays an assault. Sentences written for
these tests."""


def test_said_abuse_of_a_tool_is_the_speakers_accusation(code_roots):
    found = code_roots("Brazil's trade ministry said Ottawa has abused export controls.")
    assert ("BRAGOV", "CAN", "11") in found and not any(r == "18" for s, t, r in found), found


def test_quoted_abuse_of_measures(code_roots):
    found = code_roots('"The Canadian government has abused export control measures," the ministry of Brazil said.')
    assert any(s.startswith("BRA") and t.startswith("CAN") and r == "11" for s, t, r in found), found
    assert not any(r == "18" for s, t, r in found), found


def test_abuse_of_the_concept_told_by_no_one(code_roots):
    found = code_roots("Canada abused the concept of national security in its trade policy.")
    assert not any(r == "18" for s, t, r in found), found


def test_abuse_of_people_stays_an_assault(code_roots):  # guard
    found = code_roots("Canadian soldiers abused the prisoners, Brazil's foreign ministry said.")
    assert any(r == "18" for s, t, r in found), found


def test_abuse_of_people_with_no_word_of_petrarch(code_roots):  # guard: its bare 180 stays
    found = code_roots("Canadian border guards brutally abused Brazilian migrants with impunity, a rights group charged on Friday.")
    assert any(s.startswith("CAN") and t.startswith("BRA") and r == "18" for s, t, r in found), found
