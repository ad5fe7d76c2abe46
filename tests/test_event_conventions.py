"""CAMEO's conventions for governed events, on sentences written for these tests."""

import pytest

from tests.test_events import article, events, nlp, stage  # noqa: F401  (fixtures)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kim hopes to meet Trump again this year.", ("kim", "trump", "03", "036")),
        ("Japan agreed to strengthen its alliance with the United States.", ("JPN", "USA", "03", None)),
        ("Russia will withdraw its troops from Syria.", ("RUS", None, "03", "035")),
        ("Russia threatened to invade Japan.", ("RUS", "JPN", "13", "138")),
        ("Israel plans to attack Syria.", ("ISR", "SYR", "13", "138")),
        ("Iran refused to attend the talks with Israel.", ("IRN", None, "12", "125")),
        ("China urged Russia to hold talks with Japan.", ("CHN", "RUS", "02", "026")),
        ("Japan demanded that Russia withdraw its troops.", ("JPN", "RUS", "10", None)),
        # an actor's own "will not" is a refusal (12x)
        ("Russia will not release the prisoners.", ("RUS", None, "12", "1243")),
        ("Iran says it won't lift the ban on Israeli ships.", ("IRN", None, "12", "1241")),
        ("Russia said it would not accept refugees from Syria.", ("RUS", "SYR", "12", "122")),
        # a reported "must" is the speaker's demand of the clause's subject (10x)
        ("Japan said Russia must withdraw its troops from the islands.", ("JPN", "RUS", "10", "1056")),
        ("China declared that Iran must release the hostages.", ("CHN", "IRN", "10", "1053")),
        # an intention of force the actor denies is a denial (016), no threat
        ("Russia said it did not plan to invade Japan.", ("RUS", "JPN", "01", "016")),
        ("China has no plans to attack Japan, the minister said.", ("CHN", "JPN", "01", "016")),
        # a summons called to complain is the complaint, against the one summoned
        ("Japan summoned China's ambassador to complain about the sanctions.", ("JPN", None, "11", "114")),
        # PETRARCH2's code: an expressed concern is a pessimistic comment
        ("Japan expressed concern about the plans.", ("JPN", None, "01", "012")),
        # a coordinated complement is governed too
        ("Japan agreed to meet China and to cooperate with Russia.", ("JPN", "RUS", "03", "031")),
    ],
)
def test_governed_events_take_cameos_code(nlp, stage, text, expected):  # noqa: F811
    source, target, root, code = expected
    found = stage(article(nlp, text)).events
    roots = [(e.source, e.cameo[:2]) for e in found]
    assert (source, root) in roots, [(e.source, e.target, e.cameo, e.modality) for e in found]
    event = next(e for e in found if (e.source, e.cameo[:2]) == (source, root))
    if target:
        assert event.target == target
    if code:
        assert event.cameo.startswith(code)  # or a finer code of it ("1384" threaten occupation)


def test_the_modality_still_says_what_happened(nlp, stage):  # noqa: F811
    found = events(stage, article(nlp, "Israel plans to attack Syria."))
    assert found == [("ISR", "SYR", "13", "intended")]


def test_a_prediction_by_others_is_no_intention(nlp, stage):  # noqa: F811
    found = events(stage, article(nlp, "Israel is expected to attack Syria."))
    assert ("ISR", "SYR", "19", "predicted") in found
    assert not [e for e in found if e[2] in ("03", "13")], found


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Japan is expected to discuss fishing quotas with Russia.", ("JPN", "RUS")),
        ("China is scheduled to meet South Korea in Seoul.", ("CHN", "KOR")),
        ("Israel is set to hold talks with Syria next week.", ("ISR", "SYR")),
        ("Japan's talks with China are scheduled for Thursday.", ("JPN", "CHN")),
        ("Russia said its dialogue with Japan will take place later this year.", ("RUS", "JPN")),
    ],
)
def test_a_meeting_to_come_is_an_intent_to_meet(nlp, stage, text, pair):  # noqa: F811
    """A meeting planned, expected or scheduled is its parties' intent to meet (CAMEO 036), however
    the prediction is worded; the modality still says it is to come."""
    found = [(e.source, e.target, e.cameo, e.modality) for e in stage(article(nlp, text)).events]
    meetings = [e for e in found if {e[0], e[1]} - {None} and {e[0], e[1]} - {None} <= set(pair)]
    assert meetings and all(e[2] == "036" and e[3] == "predicted" for e in meetings), found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Israel remains committed to pursuing negotiations with Syria.", ("ISR", "SYR", "036")),
        ("Iran is committed to holding talks with Russia on fishing.", ("IRN", "RUS", "036")),
        ("China is open to resuming negotiations with Japan, the minister said.", ("CHN", "JPN", "036")),
        ("Syria stays committed to dialogue with Iran.", ("SYR", "IRN", "036")),
        ("Japan is dedicated to improving relations with South Korea.", ("JPN", "KOR", "03")),
    ],
)
def test_an_event_after_committed_to_or_open_to_is_an_intent(nlp, stage, text, expected):  # noqa: F811
    """ "is committed to V-ing" / "is open to" say what the actor means to do, as "agreed to" and
    "is willing to" do: CAMEO's 03x, with the subject of the passive "is committed" as its doer."""
    source, target, code = expected
    found = [(e.source, e.target, e.cameo) for e in stage(article(nlp, text)).events]
    assert [e for e in found if e[:2] == (source, target) and e[2].startswith(code)], found
    assert not [e for e in found if e[2][:2] in ("04", "05")], found


def test_a_crime_committed_is_no_intention(nlp, stage):  # noqa: F811
    found = [(e.source, e.cameo[:2]) for e in stage(article(nlp, "Israel committed an attack on Syria.")).events]
    assert not [e for e in found if e[1] == "03"], found


@pytest.mark.parametrize(
    "text",
    [
        "Japan discussed fishing quotas with Russia on Monday.",
        "Japan held talks with China on Thursday.",
        "Japan's talks with China were expected to focus on fishing.",
    ],
)
def test_a_meeting_held_stays_a_meeting(nlp, stage, text):  # noqa: F811
    found = [(e.source, e.target, e.cameo, e.modality) for e in stage(article(nlp, text)).events]
    assert [e for e in found if e[2].startswith("04")] and not [e for e in found if e[2] == "036"], found


def test_reporting_verbs_are_no_event_of_their_own(nlp, stage):  # noqa: F811
    found = events(stage, article(nlp, "Syria said that Israel attacked Iran."))
    assert ("ISR", "IRN", "19", "asserted") in found or ("ISR", "IRN", "19", "reported") in found
    assert not [e for e in found if e[2] == "01"], found


def test_a_speaker_binding_itself_makes_no_demand(nlp, stage):  # noqa: F811
    found = events(stage, article(nlp, "Russia said it must withdraw its troops from Syria."))
    assert not [e for e in found if e[2] == "10"], found


def test_a_supposed_would_not_is_no_refusal(nlp, stage):  # noqa: F811
    found = events(stage, article(nlp, "Russia would not release the prisoners."))
    assert not [e for e in found if e[2] == "12"], found


def test_the_summons_folds_into_its_complaint(nlp, stage):  # noqa: F811
    text = "Japan summoned China's ambassador to complain about the sanctions."
    found = events(stage, article(nlp, text))
    assert not [e for e in found if e[2] == "04"], found
    assert [e for e in found if e[2] == "11" and "chn" in (e[1] or "").lower()], found  # China's envoy
    assert [e[3] for e in found if e[2] == "11"] == ["asserted"]  # the summons happened: no intention


def test_a_summons_to_talk_stays_a_meeting(nlp, stage):  # noqa: F811
    found = events(stage, article(nlp, "Japan summoned China's ambassador to discuss trade."))
    assert [e for e in found if e[2] == "04"], found


def test_hopes_is_read_as_hope_not_hop(nlp, stage):  # noqa: F811
    # spaCy lemmatizes "hopes", "hoped" and "hoping" as "hop"
    assert ("JPN", "CHN", "01", "asserted") in events(stage, article(nlp, "Japan hopes for peace with China."))
    found = events(stage, article(nlp, "Japan hoped to sign a treaty with China."))
    assert [e for e in found if e[2] == "03" and e[3] == "intended"], found


@pytest.mark.parametrize(
    "text, expected",
    [
        # a decision is the decided act, not an intention (03x), and no event of its own
        ("Japan decided to ease its sanctions on Iran.", ("JPN", "IRN", "08")),
        ("China has decided to lift the embargo on Syria.", ("CHN", "SYR", "08")),
        # a policy option considered is 014, whatever is considered
        ("Japan is considering sending aid to Syria.", ("JPN", "SYR", "01")),
        ("The United States is weighing imposing sanctions on Iran.", ("USA", "IRN", "01")),
        # a claim that the claimant's side attacked is a claim of responsibility, against the attacked
        ("Israel claimed that it had attacked the Syrian airport.", ("ISR", None, "01")),
    ],
)
def test_decisions_considerations_and_claims(nlp, stage, text, expected):  # noqa: F811
    source, target, root = expected
    found = events(stage, article(nlp, text))
    assert found and {e[2] for e in found} == {root}, found
    assert any(e[0] == source and (target is None or e[1] == target) for e in found), found


def test_considering_is_014_and_a_claim_of_responsibility_015(nlp, stage):  # noqa: F811
    considered = stage(article(nlp, "Japan is considering sending aid to Syria.")).events
    assert [e.cameo for e in considered] == ["014"]
    claimed = stage(article(nlp, "North Korea claimed that it had attacked Japan.")).events
    assert [(e.cameo, e.source, e.target) for e in claimed] == [("015", "PRK", "JPN")]


def test_a_claim_about_another_actor_is_no_claim_of_responsibility(nlp, stage):  # noqa: F811
    found = stage(article(nlp, "Russia claimed that Japan had attacked the border town.")).events
    assert not [e for e in found if e.cameo == "015"], [(e.source, e.cameo) for e in found]
    assert [e for e in found if e.source == "JPN" and e.cameo.startswith("19")]


@pytest.mark.parametrize(
    "text, root",
    [
        ("Japan gave 50 million dollars to support refugees in Syria.", "07"),
        ("China sent food aid to Syria to help the victims of the earthquake.", "07"),
        ("Japanese workers staged a strike to demand higher wages from China.", "14"),
    ],
)
def test_a_purpose_clause_of_an_act_is_no_event_of_its_own(nlp, stage, text, root):  # noqa: F811
    found = events(stage, article(nlp, text))
    assert {e[2] for e in found} == {root}, found


def test_a_hunger_strike_launched_is_a_protest_not_an_attack(nlp, stage):  # noqa: F811
    found = events(stage, article(nlp, "Activists in Japan launched a hunger strike."))
    assert {e[2] for e in found} == {"14"}, found


@pytest.mark.parametrize(
    "text, code",
    [
        # threats, disapproval, force posture and reduced relations the issue found under-coded
        ("Trump called Kim a rocket man.", "111"),
        ("Trump took a swipe at China.", "111"),
        ("Russia announced it will withdraw from the talks.", "164"),
        ("Russia threatened to withdraw from the talks.", "134"),
        ("Russia's missile launch angered Japan.", "150"),
        ("North Korea's nuclear test alarmed Japan.", "150"),
        ("China fired missiles at Japan.", "195"),
        ("North Korea fired two missiles into the sea.", "150"),
        ("Syria let free the activists.", "0841"),
        ("Japan took part in joint drills with Russia.", "062"),
        ("Japanese troops participate in peacekeeping operations in Syria.", "074"),
        ("Syria declared an open-ended cessation of hostilities.", "0871"),
    ],
)
def test_under_coded_classes(nlp, stage, text, code):  # noqa: F811
    found = [e.cameo for e in stage(article(nlp, text)).events]
    assert code in found, found


def test_praise_in_what_one_calls_another_is_no_disapproval(nlp, stage):  # noqa: F811
    found = [e.cameo for e in stage(article(nlp, "Trump called Kim a great leader.")).events]
    assert found == ["051"], found


def test_what_an_allegation_says_is_no_event_of_its_own(nlp, stage):  # noqa: F811
    found = events(stage, article(nlp, "Syria rejected an allegation that it attacked Israel in May."))
    assert {e[2] for e in found} == {"01"}, found  # 016 deny: the attack is only alleged
    found = events(stage, article(nlp, "Syria said that it attacked Israel in May."))
    assert [e for e in found if e[2] == "19"], found


@pytest.mark.parametrize(
    "text, code",
    [
        ("Japan is exploring the possibility of sending troops to Syria.", "014"),
        ("The United States has pushed for reforms in Japan.", "020"),
    ],
)
def test_options_explored_and_pushes_for_reform(nlp, stage, text, code):  # noqa: F811
    found = [e.cameo for e in stage(article(nlp, text)).events]
    assert found and found[0] == code, found


def test_a_decision_alone_is_no_event_and_issued_restrictions_are_172(nlp, stage):  # noqa: F811
    assert events(stage, article(nlp, "Japan decided to repaint the old statue.")) == []
    found = [e.cameo for e in stage(article(nlp, "Syria issued restrictions on Japanese ships.")).events]
    assert "172" in found, found
