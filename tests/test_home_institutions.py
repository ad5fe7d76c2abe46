"""Institutions news names without their state ("the Foreign Ministry said", "the defense
ministry said", "the Joint Chiefs of Staff said") are those of the article's home state: the
country whose officials it names by title alone, or its dateline's capital (home_state.py). Where
the article gives no clear home, they keep no state. Also "the North's Foreign Ministry" and
"the ministry" after a ministry was named. Sentences written for these tests."""

from __future__ import annotations

from dyad.annotate.knowledge import KnowledgeBase

from .test_quotes import find, quotes


def _speaker(a, starts):
    return a.actor(find(a, starts).speaker)


def test_the_foreign_ministry_is_that_of_the_officials_named_by_title_alone(analyze_text):
    a = analyze_text(
        "Prime Minister Fumio Kishida met business leaders in Osaka on Tuesday.\n\n"
        "The Foreign Ministry said a Chinese survey ship had left the area by the evening.",
        published="2023-03-01",
    )
    actor = _speaker(a, "a Chinese survey ship")
    assert actor is not None and actor.code == "JPNGOV", quotes(a)


def test_a_lower_case_defense_ministry_is_the_home_state_s(analyze_text):
    a = analyze_text(
        "Defense Minister Lee Jong-sup visited a frontline unit in Cheorwon on Monday.\n\n"
        "The defense ministry said it would expand joint drills next month.",
        published="2023-03-01",
    )
    actor = _speaker(a, "it would expand joint drills")
    assert actor is not None and actor.country == "KOR" and actor.kind == "organization", quotes(a)


def test_the_dateline_gives_the_home_state(analyze_text):
    a = analyze_text(
        "TOKYO (Kyodo) -- Two Chinese coast guard vessels entered Japanese waters on Sunday, the "
        "Foreign Ministry said.",
        published="2023-03-01",
    )
    actor = _speaker(a, "Two Chinese coast guard vessels")
    assert actor is not None and actor.country == "JPN", quotes(a)


def test_the_joint_chiefs_of_staff_in_seoul_s_news_are_south_korea_s(analyze_text):
    a = analyze_text(
        "President Yoon Suk Yeol ordered a stern response on Friday. The Joint Chiefs of Staff said "
        "the rocket fell into the sea east of the peninsula.",
        published="2023-03-01",
    )
    actor = _speaker(a, "the rocket fell into the sea")
    assert actor is not None and actor.code == "KORMIL", quotes(a)


def test_no_home_when_every_official_is_named_with_a_state(analyze_text):  # guard
    a = analyze_text(
        "Japanese Prime Minister Fumio Kishida and U.S. President Joe Biden met in Hiroshima on "
        "Friday. The Foreign Ministry said the two would meet again in the autumn.",
        published="2023-05-20",
    )
    actor = _speaker(a, "the two would meet again")
    assert actor is None or actor.country is None, quotes(a)


def test_no_home_when_two_states_officials_are_named_by_title_alone(analyze_text):  # guard
    a = analyze_text(
        "President Joe Biden and Prime Minister Fumio Kishida met in Hiroshima on Friday. The "
        "Foreign Ministry said the two would meet again in the autumn.",
        published="2023-05-20",
    )
    actor = _speaker(a, "the two would meet again")
    assert actor is None or actor.country is None, quotes(a)


def test_the_norths_foreign_ministry_is_north_koreas(analyze_text):
    a = analyze_text(
        "North Korea fired a cruise missile on Sunday. The North's Foreign Ministry said the launch "
        "was a routine test.",
        published="2024-03-01",
    )
    actor = _speaker(a, "the launch was a routine test")
    assert actor is not None and actor.code == "PRKGOV", quotes(a)


def test_the_ministry_is_the_ministry_named_before_even_if_it_never_spoke(analyze_text):
    a = analyze_text(
        "Chinese Foreign Ministry spokesperson Wang Wenbin told reporters the exercises were "
        "dangerous. The ministry said China would take the necessary measures.",
        published="2023-03-01",
    )
    actor = _speaker(a, "China would take the necessary measures")
    assert actor is not None and actor.code == "CHNGOV" and actor.kind == "organization", quotes(a)


def test_a_dateline_names_the_state_of_its_capital():
    from dyad.annotate.home_state import dateline_state
    from dyad.annotate.nlp import load_nlp

    kb, nlp = KnowledgeBase.default(), load_nlp()
    assert dateline_state(nlp("SEOUL, March 6 (Yonhap) -- Talks resumed."), kb) == "KOR"
    assert dateline_state(nlp("Talks resumed in Seoul on Monday."), kb) is None


def test_a_ministry_the_knowledge_base_lacks_is_made_of_the_home_state(analyze_text):
    a = analyze_text(
        "President Yoon Suk Yeol called the walkout regrettable on Tuesday.\n\n"
        "The health ministry said 6,000 trainee doctors had handed in their resignations.",
        published="2024-02-20",
    )
    actor = _speaker(a, "6,000 trainee doctors")
    assert actor is not None and actor.code == "KORGOV" and actor.kind == "organization", quotes(a)


def test_a_state_newspaper_is_the_known_paper_and_the_newspaper_refers_to_it(analyze_text):
    a = analyze_text(
        "The North's official Rodong Sinmun said leader Kim Jong Un had inspected a new destroyer. "
        "The newspaper claimed the ship would enter service next year.",
        published="2024-03-01",
    )
    assert _speaker(a, "leader Kim Jong Un had inspected").code == "PRKMED", quotes(a)
    actor = _speaker(a, "the ship would enter service")
    assert actor is not None and actor.code == "PRKMED", quotes(a)
