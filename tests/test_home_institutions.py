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


# -- bodies named without their state: "state media", "the presidential office" ----------------
def test_state_media_with_no_state_are_those_of_the_state_in_the_news(analyze_text):
    a = analyze_text(
        "North Korea test-fired a new solid-fuel engine on Saturday. State media said the test "
        "had been a complete success.",
        published="2023-07-01",
    )
    actor = _speaker(a, "the test had been a complete success")
    assert actor is not None and actor.kind == "organization" and actor.code == "PRKMED", quotes(a)


def test_state_media_after_a_seoul_dateline_are_the_norths(analyze_text):
    a = analyze_text(
        "SEOUL (Yonhap) -- North Korea flew a reconnaissance drone along the border on Tuesday, "
        "state media said.",
        published="2023-07-01",
    )
    actor = _speaker(a, "North Korea flew a reconnaissance drone")
    assert actor is not None and actor.code == "PRKMED", quotes(a)


def test_state_media_named_by_a_demonym_are_that_states(analyze_text):
    a = analyze_text(
        "Pyongyang opened a new hospital in the capital on Monday, North Korean state media "
        "reported.",
        published="2023-07-01",
    )
    actor = _speaker(a, "Pyongyang opened a new hospital")
    assert actor is not None and actor.kind == "organization" and actor.code == "PRKMED", quotes(a)


def test_the_presidential_office_is_the_home_states(analyze_text):
    a = analyze_text(
        "President Yoon Suk Yeol will host the leaders of three Pacific island nations next week, "
        "the presidential office said on Sunday.",
        published="2023-07-01",
    )
    actor = _speaker(a, "President Yoon Suk Yeol will host")
    assert actor is not None and actor.kind == "organization" and actor.code == "KORGOV", quotes(a)


def test_a_capitals_presidential_office_is_an_institution_not_the_state(analyze_text):
    a = analyze_text(
        "Seoul's presidential office said on Friday that the trip to Madrid would go ahead.",
        published="2022-06-20",
    )
    actor = _speaker(a, "the trip to Madrid")
    assert actor is not None and actor.kind == "organization" and actor.code == "KORGOV", quotes(a)


def test_no_presidential_office_without_a_home(analyze_text):  # guard
    a = analyze_text(
        "The summit will be held in the spring, the presidential office said on Sunday.",
        published="2023-07-01",
    )
    actor = _speaker(a, "The summit will be held")
    assert actor is None or actor.country is None, quotes(a)


def test_a_place_before_a_comma_is_no_state_of_the_media_after_it(analyze_text):
    a = analyze_text(
        "Lavrov arrived in Pyongyang, North Korean state media reported on Sunday.",
        published="2023-07-01",
    )
    names = {x.name for x in a.actors}
    assert not any(n.startswith("Pyongyang") for n in names), names


def test_the_presidential_office_after_at_is_a_place(analyze_text):  # guard
    a = analyze_text(
        "President Yoon Suk Yeol received the delegation at the presidential office on Monday.",
        published="2023-07-01",
    )
    assert not any("office" in x.name for x in a.actors), [x.name for x in a.actors]


def test_state_media_count_a_states_people_as_naming_it(analyze_text):
    a = analyze_text(
        "Kim Jong Un watched the test from an observation post, and his sister Kim Yo Jong "
        "warned South Korea against any response, state media said on Tuesday.",
        published="2024-01-16",
    )
    actor = _speaker(a, "Kim Jong Un watched the test")
    assert actor is not None and actor.code == "PRKMED", quotes(a)
