"""Wrong codes seen on news prose, by class, on sentences written for these tests: the press as the
audience or the asker of a statement, a speaker's name for a thing, a planned force posture, a
consequence, a noun naming people."""

import pytest

from tests.test_events import article, nlp, stage  # noqa: F401  (fixtures)


def coded(stage, nlp, text):  # noqa: F811
    return [(e.source, e.target, e.cameo) for e in stage(article(nlp, text)).events]


@pytest.mark.parametrize(
    "text",
    [
        "Asked by reporters whether Russia would help North Korea, Trump said he did not know.",
        "Asked by reporters whether he would visit China, Kim said no.",
    ],
)
def test_a_question_from_the_press_is_no_appeal_of_the_one_asked(nlp, stage, text):  # noqa: F811
    found = coded(stage, nlp, text)
    assert not [f for f in found if f[2].startswith("02")], found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Urged by Japan to attend the talks, Kim said he would go.", ("JPN", "kim", "02")),
        ("Criticised by China for the visit, Japan defended it.", ("CHN", "JPN", "11")),
    ],
)
def test_a_participle_clause_with_by_is_passive(nlp, stage, text, expected):  # noqa: F811
    found = coded(stage, nlp, text)
    assert expected in [(s, t, c[:2]) for s, t, c in found], found


@pytest.mark.parametrize(
    "text",
    [
        "Trump told reporters that Japan would attend the talks.",
        "Kim told journalists in Pyongyang that the meeting was a success.",
    ],
)
def test_the_press_as_audience_is_no_target(nlp, stage, text):  # noqa: F811
    found = coded(stage, nlp, text)  # the statement to the press itself is no event (issue-20d)
    assert not [f for f in found if f[1] and f[1].startswith("group-")], found


def test_a_newspaper_acting_itself_stays_a_participant(nlp, stage):  # noqa: F811
    found = coded(stage, nlp, "A newspaper in Pyongyang has violated a ban by Kim.")
    assert any(f[2].startswith("12") for f in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Trump said the United States would stop what he called war games with South Korea.",
        "Kim denounced what he called hostile drills by the United States.",
        "Trump praised what he called a great deal with Kim.",
    ],
)
def test_a_speakers_name_for_a_thing_is_no_call(nlp, stage, text):  # noqa: F811
    found = coded(stage, nlp, text)
    assert not [f for f in found if f[2].startswith("041")], found


@pytest.mark.parametrize(
    "text",
    [
        "China will hold military exercises near Japan next week.",
        "Russia plans to stage naval drills off Japan.",
    ],
)
def test_a_planned_force_posture_is_no_threat(nlp, stage, text):  # noqa: F811
    found = coded(stage, nlp, text)
    assert [f for f in found if f[2].startswith("15")], found
    assert not [f for f in found if f[2].startswith("13")], found


@pytest.mark.parametrize(
    "text",
    [
        "Trump met Kim on Monday, a meeting that Japan and its allies fear could lead to an exchange of weapons.",
        "China said the move by Japan would lead to a crisis.",
    ],
)
def test_leading_to_a_consequence_is_no_visit(nlp, stage, text):  # noqa: F811
    found = coded(stage, nlp, text)
    assert not [f for f in found if f[0] == "JPN" and f[2][:2] in ("03", "04")], found


@pytest.mark.parametrize(
    "text",
    [
        "Kim agreed to recover the remains of prisoners of war.",
        "Trump met veterans of war in Hanoi.",
    ],
)
def test_a_noun_naming_people_is_no_event(nlp, stage, text):  # noqa: F811
    found = coded(stage, nlp, text)
    assert not [f for f in found if f[2][:2] in ("18", "19", "20")], found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The South Korean military was on high alert after the launch.", "152"),
        ("Japan is on high alert for another missile test by North Korea.", "152"),
        ("Moon said the army would be on heightened alert after the killing.", "152"),
        ("China's navy remains on alert near the strait.", "152"),
        ("The army maintains its constant readiness in close cooperation with the United States.", "152"),
        ("Seoul and Washington kept their forces on high alert.", "152"),
        ("The police were on high alert in the capital.", "151"),
    ],
)
def test_forces_on_alert_show_force_posture(nlp, stage, text, expected):  # noqa: F811
    found = coded(stage, nlp, text)  # CAMEO 151/152, raise police/military alert status (issue-20qf)
    assert expected in [c for _, _, c in found], found


@pytest.mark.parametrize(
    "text",
    [
        "Seoul and Washington kept their forces on high alert.",
        "China put its troops on alert after the clash.",
        "Japan placed its navy on high alert on Monday.",
    ],
)
def test_forces_put_on_alert_are_their_states_own(nlp, stage, text):  # noqa: F811
    found = coded(stage, nlp, text)
    assert [f for f in found if f[2] == "152"] and all(f[1] is None for f in found if f[2] == "152"), found


def test_a_partner_of_a_force_on_alert_is_no_target(nlp, stage):  # noqa: F811
    found = coded(stage, nlp, "The army is on high alert in close coordination with the United States.")
    assert [f for f in found if f[2] == "152" and f[1] is None], found


@pytest.mark.parametrize(
    "text",
    [
        "Residents were on alert for flooding after the storm.",
        "There was an alert in the capital.",
        "The company maintains its position in the market.",
        "Japan is on a collision course with China.",
    ],
)
def test_no_force_on_alert_is_no_force_posture(nlp, stage, text):  # noqa: F811
    found = coded(stage, nlp, text)
    assert not [f for f in found if f[2].startswith("15")], found
