"""Events of world news outside North-East Asia: mutual accusations, fighting between two named
parties, and heads of government the knowledge base lacked. Invented sentences, built like the
wire reports they were found in."""

import pytest


@pytest.mark.parametrize(
    "text, pairs",
    [
        # "accused each other": each accuses the other, two events
        ("After a truce between Chile and Peru, both nations have accused each other of breaking it.",
         [("CHL", "PER", "11"), ("PER", "CHL", "11")]),
        ("Chilean and Peruvian troops exchanged fire on Friday. Both sides blamed the other for opening fire.",
         [("CHLMIL", "PERMIL", "11"), ("PERMIL", "CHLMIL", "11")]),
        ("Chile and Peru blamed one another for the attack on Tuesday.",
         [("CHL", "PER", "11"), ("PER", "CHL", "11")]),
    ],
)
def test_accused_each_other(code_roots, text, pairs):
    got = code_roots(text)
    for pair in pairs:
        assert pair in got


def test_met_each_other_stays_one_meeting(code_roots):
    got = [e for e in code_roots("Chile and Peru met each other on Tuesday.") if e[2] == "04"]
    assert len(got) == 1


def test_accused_a_third_state_is_no_mutual_accusation(code_roots):
    got = code_roots("Chile and Peru accused Bolivia of arming rebels.")
    assert ("CHL", "PER", "11") not in got and ("PER", "CHL", "11") not in got
    assert ("CHL", "BOL", "11") in got and ("PER", "BOL", "11") in got


@pytest.mark.parametrize(
    "text",
    [
        "Fighting broke out between the Chilean army and the Peruvian army in May.",
        "Heavy fighting erupted between the Chilean army and the Peruvian army in April.",
    ],
)
def test_fighting_between_two_named_parties(code_roots, text):
    assert ("CHLMIL", "PERMIL", "19") in code_roots(text)


@pytest.mark.parametrize(
    "text",
    [
        "Russia said the conflict in Ukraine must end.",
        "The conflict has killed thousands since 2019, Chile said.",
        "Tension rose between Chile and Peru on Monday.",
        "Analysts fear an all-out conflict between Chile and Peru.",
        "Diplomats warned of a wider conflict between the two neighbours.",
    ],
)
def test_a_conflict_is_no_act(code_roots, text):
    assert not [e for e in code_roots(text) if e[2] == "19"]


@pytest.mark.parametrize(
    "text, pair",
    [
        ("The European Union imposed sanctions on Aleksandr Lukashenko on Monday.", ("IGOEUREEC", "BLRGOV", "16")),
        ("Prime Minister Shehbaz Sharif condemned India on Monday.", ("PAKGOV", "IND", "11")),
    ],
)
def test_heads_of_government(code_roots, text, pair):
    assert pair in code_roots(text)


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Chile's state television said the country's military took three Peruvian hilltops overnight.",
         ("CHLMIL", "PER", "19")),
        ("Peru's Shining Path was blamed for a raid on a market town in June."
         " The Shining Path rejected the charge and said it had only struck the country's army,"
         " which it has battled for years.",
         ("", "PERMIL", "19")),
    ],
)
def test_the_countrys_forces_are_of_the_state_named_before(code_roots, text, pair):
    assert pair in code_roots(text)


def test_the_countrys_forces_with_no_state_before_stay_unplaced(code_roots):
    got = code_roots("Officials said the country's military seized two ridges overnight.")
    assert all(not s.endswith("MIL") or s == "MIL" for s, _, _ in got)


@pytest.mark.parametrize(
    "text",
    [
        "Chile's President Gabriel Boric said he had a warm conversation with U.S. President Joe Biden last week.",
        'Boric said he had "a candid conversation" with U.S. President Joe Biden on Friday.',
    ],
)
def test_a_conversation_with_someone_is_talks(code_roots, text):
    assert any(e[1] == "USAGOV" and e[2] == "04" for e in code_roots(text))


@pytest.mark.parametrize(
    "text",
    ["The officials said the conversation was productive.", "A national conversation about migration began in Peru."],
)
def test_a_conversation_with_no_one_is_no_meeting(code_roots, text):
    assert not [e for e in code_roots(text) if e[2] == "04"]
