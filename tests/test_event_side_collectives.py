"""A dispute's sides ("the two parties", "both sides") are never its mediators, and "the allies", "the
Andean powers" stand for the states last joined by "and" before them. Invented texts."""

MEDIATED = ("Envoys of Brazil, Chile and Mexico paused the Lima talks between the Colombian army and the National "
            "Liberation Army (ELN) indefinitely.\n\n"
            "The talks broke down after the two parties missed their deadlines for a prisoner swap.\n\n"
            "The mediation of Brazil, Chile and Mexico has kept silent on a new round.\n\n"
            "In October, the two parties signed a pact on aid to the border towns.")
SERVING = ("Brazil, Chile and Mexico, serving as intermediaries in Lima, said the Colombian army and the National "
           "Liberation Army (ELN) rebel group were ready to ease the fighting.\n\n"
           "The round dealt with aid to the border towns, the envoys said.\n\n"
           "The parties agreed to set up a hotline between their commanders.")


def _pairs(code_roots, text, root):
    return [(s, t) for s, t, r in code_roots(text) if r == root]


def test_the_two_parties_are_not_the_mediation_named_before(code_roots):
    assert _pairs(code_roots, MEDIATED, "05") == [("COLMIL", "COLREB")]


def test_the_parties_are_not_the_intermediaries(code_roots):
    pairs = _pairs(code_roots, SERVING, "03")
    assert ("COLMIL", "COLREB") in pairs and not any(s in ("BRA", "CHL", "MEX") for s, t in pairs), pairs


def test_the_parties_to_mediated_talks_stay_the_talks_pair(code_roots):  # guard: "mediated talks between"
    text = "Brazil, Chile and Mexico mediated talks between Peru and Ecuador in Lima.\n\nThe two parties agreed to reopen the border."
    assert ("PER", "ECU") in _pairs(code_roots, text, "03"), code_roots(text)


def test_a_truce_brokered_by_another_keeps_its_parties(code_roots):  # guard: "brokered by" does not mark them
    text = "Peru and Ecuador agreed to a truce brokered by Chile.\n\nThe two parties will meet in Lima."
    assert set(_pairs(code_roots, text, "03")) == {("PER", "ECU")}, code_roots(text)


ALLIES = "Peru and Ecuador met in Quito on Monday for border talks, where the allies agreed to share radar data."


def test_the_allies_are_the_states_joined_before(code_roots):
    assert ("PER", "ECU") in _pairs(code_roots, ALLIES, "03"), code_roots(ALLIES)


def test_its_allies_stay_a_group(code_roots):  # guard: a possessed "allies" is others
    text = "Peru and Ecuador met in Quito on Monday for border talks, and Peru said its allies agreed to share radar data."
    assert ("PER", "ECU") not in _pairs(code_roots, text, "03"), code_roots(text)


def test_the_allies_after_two_people_of_one_state_stay_a_group(code_roots):  # guard
    text = ("Peruvian President Ana Torres and Peruvian Foreign Minister Luis Vera met in Quito on Monday for border "
            "talks, where the allies agreed to share radar data.")
    assert ("PER", "PER") not in _pairs(code_roots, text, "03"), code_roots(text)
