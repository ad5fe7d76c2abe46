"""CAMEO roots of common wire leads that were under-coded: a fine is an administrative sanction
(172), an ambassador ordered out is a cut in relations (161), a suicide bomber's killing told as a
participle is a bombing (183), and a meeting held "for talks" is a meeting (040), not an intent.
Sentences written for these tests; the ones marked "guard" passed before too."""

import pytest

from dyad.run.analysis import analyze


def _codes(text):
    return [e.cameo for e in analyze(text).events]


@pytest.mark.parametrize(
    "text, code",
    [
        ("South Korea's antitrust regulator fined Qualcomm a record $865 million on Wednesday.", "172"),
        ("The Dutch privacy watchdog fined Uber 290 million euros on Monday over transfers of drivers' data.", "172"),
        ("Mali's junta ordered the French ambassador to leave the country within 72 hours on Monday.", "161"),
        ("Algeria ordered the Moroccan envoy to leave the capital on Wednesday after a border incident.", "161"),
        ("A suicide bomber blew himself up at a police checkpoint in Quetta on Monday, killing eight officers.", "183"),
        ("A suicide bomber detonated his vest at a wedding in Kabul on Saturday, killing at least 63 guests.", "183"),  # guard
        ("Putin and Xi met in Beijing on Tuesday for talks on trade and energy.", "040"),
        ("Iranian and Saudi officials met in Baghdad on Friday for talks on restoring ties.", "040"),
        ("A suicide bomber killed 12 people at a market in Mogadishu on Monday.", "183"),  # guard
    ],
)
def test_lead_roots(text, code):
    codes = _codes(text)
    assert any(c.startswith(code) for c in codes), codes


def test_a_meeting_announced_for_talks_stays_an_intent():  # guard
    codes = _codes("The two foreign ministers will meet for talks in Geneva next week.")
    assert "036" in codes, codes


@pytest.mark.parametrize(
    "text",
    [
        "Seoul: The 28th Busan International Film Festival came to a close on Friday with a record audience.",
        "Beijing: The week-long Chinese Communist Party congress came to an end on Saturday.",
        "The ministry said it was not the same type of Avian Flu that has killed over 100 people in Asia.",
        "Doctors said it was a rare kind of Ebola Virus that has killed dozens of people in Uganda.",
        "Officials said it was not the strain of bird flu that has killed hundreds of people in Asia.",  # guard
    ],
)
def test_an_ending_or_a_disease_told_in_a_relative_clause_is_no_event(text):
    assert _codes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Police said a man attacked Jeremy Lane outside a bar in Leeds on Friday.",
        "A man punched Dylan Hughes in the face at a railway station in Cardiff, witnesses said.",  # guard
    ],
)
def test_unnamed_private_people_hurting_a_private_person_is_ordinary_crime(text):
    assert not [c for c in _codes(text) if c[:2] in ("18", "19", "20")]


def test_settlers_named_by_their_people_attacking_a_person_stay_an_event():  # guard
    codes = _codes("Israeli settlers attacked Ahmad Dawabsheh in the village of Duma on Friday.")
    assert any(c[:2] in ("18", "19", "20") for c in codes), codes


def test_gunmen_killing_a_journalist_stay_an_event():  # guard
    codes = _codes("Gunmen shot dead journalist Javier Valdez in Sinaloa on Monday.")
    assert any(c[:2] in ("18", "19", "20") for c in codes), codes


@pytest.mark.parametrize(
    "text, code",
    [
        ("Brazil said on Monday it had initiated a WTO dispute procedure over Indian sugar subsidies.", "115"),
        ("The opposition party initiated impeachment proceedings against the president on Tuesday.", "115"),
        ("South Africa brought a case against Israel at the International Court of Justice in December.", "115"),
        ("A court in Tehran sentenced the opposition journalist to eight years in prison on Sunday.", "173"),
        ("A Belarusian court sentenced opposition leader Pavel Sevko to 11 years on Tuesday.", "173"),
        ("The Syrian army said it was pressing its offensive against rebels in Idlib province.", "190"),
        ("Israeli forces pressed their assault on the Rafah area on Sunday despite international calls for restraint.", "190"),  # guard
        ("Trump sent the National Guard to Los Angeles on Saturday to quell protests.", "154"),
    ],
)
def test_legal_action_continued_fighting_and_deployments(text, code):
    codes = _codes(text)
    assert any(c.startswith(code) for c in codes), codes


@pytest.mark.parametrize(
    "text, code",
    [
        ("Gunmen seized 20 passengers from a bus in Nigeria's Zamfara state on Sunday, police said.", "181"),
        ("Thousands of teachers in Scotland walked off the job on Thursday over pay.", "143"),
        ("Junior doctors in England began a strike over pay on Monday, the union said.", "143"),
        ("Farmers blocked the motorway near Brussels with tractors on Monday to protest against EU rules.", "144"),
        ("Taiwan scrambled fighter jets on Friday after Chinese warplanes entered its air defence zone.", "150"),
        ("Hamas said on Tuesday it was ready for talks on a new ceasefire with Israel.", "036"),
    ],
)
def test_abductions_strikes_blockades_shows_of_force_and_readiness(text, code):
    codes = _codes(text)
    assert any(c.startswith(code) for c in codes), codes


@pytest.mark.parametrize(
    "text",
    [
        "Rice prices hit a record in Japan on Tuesday after a poor harvest.",
        "Coffee prices hit a record high in Brazil on Monday as a drought cut the harvest.",  # guard
        "Qatar Airways ordered 160 Boeing jets worth 96 billion dollars at an air show in Doha on Tuesday.",
        "A judge in Los Angeles dismissed a copyright lawsuit against the streaming company Spotify for millions in damages.",
    ],
)
def test_market_levels_purchases_and_civil_suits_are_no_events(text):
    assert _codes(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Syrian troops attacked rebel fighters near Idlib on Tuesday.",
        "Israeli aircraft struck Hamas fighters in Rafah on Sunday.",
        "Nigerian soldiers attacked Boko Haram fighters near Maiduguri.",
    ],
)
def test_fighters_attacked_are_people_not_aircraft(text):
    """PETRARCH2's "ATTACK * &AIRCRAFT" [---] reads the head "fighter" of "F/A-18 FIGHTER" as an aircraft:
    "attacked the fighters" was no event (petrarch_review.yaml people_heads)."""
    assert any(c[:2] in ("18", "19") for c in _codes(text)), _codes(text)
