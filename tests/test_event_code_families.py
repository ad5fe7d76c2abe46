"""Families of wordings whose CAMEO code was wrong on real Korean Peninsula news (issue-20rb, issue-20rc), on
sentences written for these tests: shells fired into a buffer or maritime zone, or near a place, are a show of
force; a refusal to accept or recognize something is a rejection (12x); a missile named by its class or family is
a missile; a protest sent or delivered is an official complaint (114); a test a leader oversaw is the test;
a response told as to come, sternly or by force, is a threat (13x, issue-20re); a protest or a retaliation
told as what another act means ("in protest against", "to protest") is no event of its own (issue-20re)."""

import pytest

from dyad.run.analysis import analyze


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired about 90 artillery shells into the western maritime buffer zone on Sunday.",
        "North Korea fired a barrage of rockets toward a buffer zone in the Yellow Sea.",
        "Pyongyang fired dozens of artillery rounds into the eastern buffer zones, Seoul said.",
        "Russia fired a salvo of shells into the demilitarized zone on Monday.",
        "North Korea fired a volley of artillery shells into the sea off its west coast.",
    ],
)
def test_shells_fired_into_a_buffer_zone_are_a_show_of_force(state_events, text):
    found = state_events(text)
    assert [f for f in found if f[2] == "150"], found
    assert not [f for f in found if f[2][:2] == "19"], found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Russian forces fired artillery shells at the town of Bakhmut on Monday.", "19"),
        ("Israeli tanks fired shells into the Gaza Strip on Sunday.", "19"),
        ("Hezbollah fired rockets into northern Israel on Friday.", "19"),
    ],
)
def test_shells_fired_at_a_place_stay_an_attack(state_events, text, expected):
    found = state_events(text)
    assert [f for f in found if f[2][:2] == expected], found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("China will never accept the sanctions imposed by Washington.", ("CHN", "USA", "12")),
        ("Seoul said it cannot accept Tokyo's claims to the islets.", ("KOR", "JPN", "12")),
        ("Tokyo said it could not accept Seoul's decision on the compensation.", ("JPN", "KOR", "12")),
        ("Beijing will never tolerate interference by Washington in Hong Kong.", ("CHN", "USA", "12")),
        ("Russia has never recognized the election held by Ukraine, the minister said.", ("RUS", "UKR", "12")),
        ("Japan said the verdict by the South Korean court can never be accepted.", ("JPN", "KOR", "12")),
    ],
)
def test_refusing_to_accept_or_recognize_is_a_rejection(state_events, text, expected):
    found = state_events(text)
    assert expected in [(s, t, c[:2]) for s, t, c in found], found


@pytest.mark.parametrize(
    "text",
    [
        "Japan accepted the verdict of the court.",
        "The court's decision was accepted by both sides.",
        "China recognized the results of the vote.",
    ],
)
def test_accepting_without_a_negation_is_no_rejection(state_events, text):
    found = state_events(text)
    assert not [f for f in found if f[2][:2] == "12"], found


def dated(text, published):
    art = analyze(text, published=published)
    country = {a.id: a.country for a in art.actors}
    return [(country.get(e.source), country.get(e.target), e.cameo[:2], e.date and e.date.value[:10]) for e in art.events]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "South Korea and China held talks in Beijing on Tuesday, Seoul said on Thursday. "
            "During the talks, South Korea urged China to help restart dialogue with the North.",
            ("KOR", "CHN", "02", "2024-03-05"),
        ),
        (
            "Yoon held talks with Kishida in Tokyo on Monday. "
            "Yoon also protested the export curbs during the talks, the ministry said on Wednesday.",
            ("KOR", None, "11", "2024-03-04"),
        ),
        (
            "Japan and China held a meeting in Jakarta on Friday, officials said on Sunday. "
            "In the meeting, Japan asked China to help curb North Korea's missile program.",
            ("JPN", "CHN", "02", "2024-03-01"),
        ),
    ],
)
def test_what_happened_at_a_meeting_told_before_takes_its_day(text, expected):
    found = dated(text, "2024-03-07")
    assert expected in found, found
    assert not [f for f in found if f[2] == "03" and f[1]], found  # "the meeting" names the one told: no intent to meet


def test_a_meeting_of_its_own_after_during_stays_dated_by_its_clause():
    found = dated("During a meeting with Kishida on Monday, Biden criticized China, the White House said on Wednesday.", "2024-03-07")
    assert ("USA", "CHN", "11", "2024-03-04") in found, found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Three Chinese bombers entered South Korea's air defense identification zone on Thursday.", ("CHN", "KOR")),
        ("Two Russian coast guard ships entered Japanese territorial waters on Monday.", ("RUS", "JPN")),
        ("China sent 25 warplanes into Taiwan's air defense zone on Friday.", ("CHN", "TWN")),
        ("North Korean drones flew into South Korean airspace on Tuesday.", ("PRK", "KOR")),
    ],
)
def test_military_craft_entering_a_states_airspace_or_waters_are_a_show_of_force(state_events, text, expected):
    found = state_events(text)
    assert (*expected, "150") in found, found
    assert not [f for f in found if f[2][:2] in ("04", "06", "01")], found


@pytest.mark.parametrize(
    "text",
    [
        "Chinese fishing boats entered South Korean waters.",
        "Kim entered the room on Monday.",
        "Tourists from China entered Japan on Friday.",
    ],
)
def test_entering_is_no_show_of_force_without_military_craft(state_events, text):
    found = state_events(text)
    assert not [f for f in found if f[2] == "150"], found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Tokyo asked Beijing for an explanation of the incident.", ("JPN", "CHN", "02")),
        ("Seoul sought an explanation from Japan through diplomatic channels.", ("KOR", "JPN", "02")),
        ("Beijing requested a retraction and an apology from South Korea on Wednesday.", ("CHN", "KOR", "02")),
        ("China demanded an apology from Japan over the remarks.", ("CHN", "JPN", "10")),
    ],
)
def test_an_explanation_or_apology_asked_for_is_an_appeal_and_demanded_a_demand(state_events, text, expected):
    found = state_events(text)
    assert expected in [(s, t, c[:2]) for s, t, c in found], found
    assert not [f for f in found if f[2][:2] in ("04", "09")], found  # no meeting, no investigation


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired an ICBM into the waters off its east coast on Monday, Seoul said.",
        "North Korea launched three SRBMs toward the East Sea early on Tuesday.",
        "Pyongyang test-fired a solid-fuel Hwasong-18 on Wednesday, state media said.",
        "North Korea fired a new Hwasong-19 ICBM on Thursday, the military said.",
        "North Korea test-launched a KN-23 from a railway car on Friday.",
        "North Korea fired an SLBM from a submarine on Saturday, the Joint Chiefs of Staff said.",
        "Russia launched an Iskander near the border on Sunday.",
    ],
)
def test_a_missile_named_by_its_class_or_family_is_a_show_of_force(state_events, text):
    """ "fired an ICBM", "launched two SRBMs", "test-fired a Hwasong-18": a missile named by its class or
    its family, with its number or without, is a missile (150), as "fired a missile" is."""
    found = state_events(text)
    assert [f for f in found if f[2] == "150"], found
    assert not [f for f in found if f[2][:2] in ("19", "18")], found


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired a Hwasong-12 at the US base on Guam, the Pentagon said.",
        "Russia fired Iskander missiles at the city of Kharkiv on Monday.",
    ],
)
def test_a_missile_named_by_its_family_fired_at_a_place_stays_an_attack(state_events, text):
    found = state_events(text)
    assert [f for f in found if f[2][:2] == "19"], found


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired a ballistic missile at a lofted angle on Monday, Tokyo said.",
        "North Korea launched an ICBM toward the East Sea at a steep trajectory on Tuesday.",
        "North Korea fired two cruise missiles at an altitude of 50 meters, the military said.",
    ],
)
def test_a_missile_fired_at_an_angle_or_altitude_is_no_attack(state_events, text):
    """ "fired ... at a lofted angle": the "at" says how the missile flew, at no one."""
    found = state_events(text)
    assert not [f for f in found if f[2][:2] == "19"], found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Tokyo sent a note of protest to Moscow over the new garrison on Monday.", ("JPN", "RUS", "114")),
        ("Seoul delivered a protest note to the Japanese embassy on Tuesday.", ("KOR", "JPN", "114")),
        ("Beijing handed a letter of protest to the Philippine ambassador on Friday.", ("CHN", "PHL", "114")),
        ("Norway submitted a formal protest to Russia over the fishing boats.", ("NOR", "RUS", "114")),
        ("Japan lodged a protest with China after the ships entered its waters.", ("JPN", "CHN", "114")),
    ],
)
def test_a_protest_sent_or_delivered_is_an_official_complaint(state_events, text, expected):
    """ "sent a note of protest", "delivered a protest note", "lodged a protest": an official complaint (114),
    one event, not a demonstration (141)."""
    found = state_events(text)
    assert expected in found, found
    assert not [f for f in found if f[2][:2] == "14"], found


def test_people_protesting_still_demonstrate(state_events):
    found = state_events("Thousands of farmers protested against the trade deal in Paris on Saturday.")
    assert [f for f in found if f[2] == "141"], found


@pytest.mark.parametrize(
    "text",
    [
        "Kim Jong Un oversaw the test of a new solid-fuel engine on Tuesday, KCNA said.",
        "North Korea's leader supervised a live-fire drill of rocket launchers on Monday.",
        "Kim guided the test-fire of a new tactical weapon on Saturday, state media said.",
    ],
)
def test_a_test_or_drill_a_leader_oversaw_is_a_show_of_force(state_events, text):
    """ "Kim oversaw the test", "supervised a drill": the test or drill itself (150), held by the leader's side,
    not material cooperation (060)."""
    found = state_events(text)
    assert ("PRK", None, "150") in found, found
    assert not [f for f in found if f[2][:2] == "06"], found


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired about 200 artillery rounds near a South Korean border island on Friday.",
        "North Korea fired an artillery barrage near two South Korean islands on Friday.",
        "North Korea fired dozens of artillery shells during a military drill near the border on Sunday.",
    ],
)
def test_shells_fired_near_a_place_or_in_a_drill_are_a_show_of_force(state_events, text):
    """ "fired 200 artillery rounds near a border island": aimed at no one, a show of force (150), not an
    artillery attack (194)."""
    found = state_events(text)
    assert [f for f in found if f[2] == "150"], found
    assert not [f for f in found if f[2][:2] == "19"], found


def test_shells_fired_at_an_island_stay_an_attack(state_events):
    found = state_events("In 2010, North Korean artillery fired scores of rounds at Yeonpyeong island, killing four people.")
    assert [f for f in found if f[2] == "194"], found


@pytest.mark.parametrize(
    "text",
    [
        "North Korea fired what could be a ballistic missile on Sunday, Seoul said.",
        "North Korea launched what it called a hypersonic missile on Wednesday.",
        "North Korea launched what it claimed to be a space launch vehicle on Thursday.",
        "North Korea fired what it described as a new cruise missile on Monday.",
    ],
)
def test_a_missile_told_as_what_it_could_be_or_was_called_is_fired(state_events, text):
    """ "fired what could be a ballistic missile", "launched what it called a hypersonic missile": the thing named
    by the "what" clause is what was fired (150), as in "fired what appeared to be a missile"; a space launch
    vehicle is no weapon fired at anyone."""
    found = state_events(text)
    assert ("PRK", None, "150") in found, found
    assert not [f for f in found if f[2][:2] == "19"], found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The ministry said Seoul will respond firmly to any provocation by North Korea.", ("KOR", "PRK", "130")),
        ("Beijing said it would react resolutely to Japan's latest export curbs.", ("CHN", "JPN", "130")),
        ("The general staff said North Korea would respond with overwhelming military force to the drills by Seoul.", ("PRK", "KOR", "138")),
        ("Tokyo said it will respond firmly and in kind to any incursion by Chinese ships.", ("JPN", "CHN", "130")),
        ("Moscow will respond militarily to the deployment of American missiles, the spokeswoman said.", ("RUS", "USA", "138")),
        ("Taiwan vowed to respond decisively to the blockade imposed by China.", ("TWN", "CHN", "130")),
        ("Beijing said it would mobilise all means against the arms sales by Washington.", ("CHN", "USA", "130")),
        ("The minister said Tokyo will respond by mobilizing all available means against the seizure ordered by Seoul.", ("JPN", "KOR", "130")),
    ],
)
def test_a_response_to_come_told_sternly_or_by_force_is_a_threat(state_events, text, expected):
    found = state_events(text)
    assert expected in [(s, t, c) for s, t, c in found], found


@pytest.mark.parametrize(
    "text",
    [
        "Seoul responded strongly to the remarks by the Chinese ambassador on Tuesday.",
        "Tokyo will respond to the request from Seoul next week.",
        "The government will respond appropriately to the questions raised by the lawmakers.",
        "Russia will mobilize 300,000 reservists for the war.",
    ],
)
def test_a_response_told_as_done_or_plainly_is_no_threat(state_events, text):
    found = state_events(text)
    assert not [f for f in found if f[2][:2] == "13"], found


def test_a_response_a_warning_tells_is_that_warning(state_events):
    found = state_events("Pyongyang warned on Monday that its army will respond sternly to any provocation.")
    assert [f[2][:2] for f in found] == ["13"], found


@pytest.mark.parametrize(
    "text, act",
    [
        ("Pyongyang launched three rockets into the sea in protest against the naval drills of Tokyo and Washington.", "15"),
        ("Beijing suspended its exchanges with Seoul in protest at the deployment of the radar.", "16"),
        ("In protest, Moscow recalled its ambassador from Tokyo on Friday.", "16"),
        ("North Korea had refused to answer calls from Seoul since March to protest against the drills of South Korea.", None),
        ("Russia fired rockets at the port in retaliation for the raid by Ukraine.", "19"),
    ],
)
def test_a_protest_told_as_what_another_act_means_is_no_event_of_its_own(state_events, text, act):
    found = state_events(text)
    assert not [f for f in found if f[2][:2] == "14" or f[2] == "133"], found
    assert act is None or [f for f in found if f[2][:2] == act], found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Seoul called in the Japanese ambassador to protest the new textbooks.", ("KOR", "JPN", "114")),
        ("Thousands of workers rallied in Busan to protest the new labour law.", (None, None, "141")),
        ("Nurses walked off the job in Daegu on Monday in protest against a plan of the health ministry.", (None, None, "14")),
    ],
)
def test_a_protest_a_summons_or_a_rally_is_made_for_stays(state_events, text, expected):
    found = state_events(text)
    assert [c for _, _, c in found if c.startswith(expected[2])], found
