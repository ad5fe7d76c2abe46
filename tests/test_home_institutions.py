"""Institutions news names without their state ("the Foreign Ministry said", "the defense
ministry said", "the Joint Chiefs of Staff said") are those of the article's home state: the
country whose officials it names by title alone, or its dateline's capital (home_state.py). Where
the article gives no clear home, they keep no state. Also "the North's Foreign Ministry" and
"the ministry" after a ministry was named. Sentences written for these tests."""

from __future__ import annotations

import pytest

from dyad.annotate.knowledge import KnowledgeBase

from .test_quotes import find, quotes


def _speaker(a, starts):
    return a.actor(find(a, starts).speaker)


def test_a_dateline_names_the_state_of_its_capital():
    from dyad.annotate.home_state import dateline_state
    from dyad.annotate.nlp import load_nlp

    kb, nlp = KnowledgeBase.default(), load_nlp()
    assert dateline_state(nlp("SEOUL, March 6 (Yonhap) -- Talks resumed."), kb) == "KOR"
    assert dateline_state(nlp("Talks resumed in Seoul on Monday."), kb) is None


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


# (class, text, publication day, start of the quote, what its speaker is: None for no state)
SPEAKERS = [
    ('the foreign ministry is that of the officials named by title alone', 'Prime Minister Fumio Kishida met business leaders in Osaka on Tuesday.\n\nThe Foreign Ministry said a Chinese survey ship had left the area by the evening.', '2023-03-01', 'a Chinese survey ship', {'code': 'JPNGOV'}),
    ('a lower case defense ministry is the home state s', 'Defense Minister Lee Jong-sup visited a frontline unit in Cheorwon on Monday.\n\nThe defense ministry said it would expand joint drills next month.', '2023-03-01', 'it would expand joint drills', {'country': 'KOR', 'kind': 'organization'}),
    ('the dateline gives the home state', 'TOKYO (Kyodo) -- Two Chinese coast guard vessels entered Japanese waters on Sunday, the Foreign Ministry said.', '2023-03-01', 'Two Chinese coast guard vessels', {'country': 'JPN'}),
    ('the joint chiefs of staff in seoul s news are south korea s', 'President Yoon Suk Yeol ordered a stern response on Friday. The Joint Chiefs of Staff said the rocket fell into the sea east of the peninsula.', '2023-03-01', 'the rocket fell into the sea', {'code': 'KORMIL'}),
    ('no home when every official is named with a state', 'Japanese Prime Minister Fumio Kishida and U.S. President Joe Biden met in Hiroshima on Friday. The Foreign Ministry said the two would meet again in the autumn.', '2023-05-20', 'the two would meet again', None),  # guard
    ('no home when two states officials are named by title alone', 'President Joe Biden and Prime Minister Fumio Kishida met in Hiroshima on Friday. The Foreign Ministry said the two would meet again in the autumn.', '2023-05-20', 'the two would meet again', None),  # guard
    ('the norths foreign ministry is north koreas', "North Korea fired a cruise missile on Sunday. The North's Foreign Ministry said the launch was a routine test.", '2024-03-01', 'the launch was a routine test', {'code': 'PRKGOV'}),
    ('the ministry is the ministry named before even if it never spoke', 'Chinese Foreign Ministry spokesperson Wang Wenbin told reporters the exercises were dangerous. The ministry said China would take the necessary measures.', '2023-03-01', 'China would take the necessary measures', {'code': 'CHNGOV', 'kind': 'organization'}),
    ('a ministry the knowledge base lacks is made of the home state', 'President Yoon Suk Yeol called the walkout regrettable on Tuesday.\n\nThe health ministry said 6,000 trainee doctors had handed in their resignations.', '2024-02-20', '6,000 trainee doctors', {'code': 'KORGOV', 'kind': 'organization'}),
    ('state media with no state are those of the state in the news', 'North Korea test-fired a new solid-fuel engine on Saturday. State media said the test had been a complete success.', '2023-07-01', 'the test had been a complete success', {'kind': 'organization', 'code': 'PRKMED'}),
    ('state media after a seoul dateline are the norths', 'SEOUL (Yonhap) -- North Korea flew a reconnaissance drone along the border on Tuesday, state media said.', '2023-07-01', 'North Korea flew a reconnaissance drone', {'code': 'PRKMED'}),
    ('state media named by a demonym are that states', 'Pyongyang opened a new hospital in the capital on Monday, North Korean state media reported.', '2023-07-01', 'Pyongyang opened a new hospital', {'kind': 'organization', 'code': 'PRKMED'}),
    ('the presidential office is the home states', 'President Yoon Suk Yeol will host the leaders of three Pacific island nations next week, the presidential office said on Sunday.', '2023-07-01', 'President Yoon Suk Yeol will host', {'kind': 'organization', 'code': 'KORGOV'}),
    ('a capitals presidential office is an institution not the state', "Seoul's presidential office said on Friday that the trip to Madrid would go ahead.", '2022-06-20', 'the trip to Madrid', {'kind': 'organization', 'code': 'KORGOV'}),
    ('no presidential office without a home', 'The summit will be held in the spring, the presidential office said on Sunday.', '2023-07-01', 'The summit will be held', None),  # guard
    ('a security council named with its state is that states', "South Korea's National Security Council said on Sunday that the drone flight was a grave provocation.", '2024-06-02', 'the drone flight was', {'code': 'KORGOV'}),
    ('the security council in tokyos news is japans', 'TOKYO (Kyodo) -- The National Security Council said on Tuesday that the missile had landed outside the economic zone.', '2023-04-11', 'the missile had landed', {'code': 'JPNGOV'}),
    ('a state body the knowledge base lacks is the named states not another states', "Taiwan's National Security Council said on Monday that the carrier group had sailed north.", '2023-04-11', 'the carrier group', {'country': 'TWN', 'kind': 'organization'}),
    ('the security council in washingtons news stays american', 'WASHINGTON -- National Security Council spokesman John Kirby said on Monday that the talks would resume.', '2023-04-11', 'the talks would resume', {'country': 'USA'}),  # guard
    ('a shared name is that of the state whose military was named before', "North Korea fired two rockets off its east coast on Sunday, South Korea's military said. The Joint Chiefs of Staff said the rockets flew about 300 kilometers.", '2023-03-01', 'the rockets flew about 300', {'code': 'KORMIL'}),
    ('a shared name is that of the state whose people a demonym named before', 'North Korea fired two rockets on Sunday after the South Korean navy chased off one of its patrol boats. The Joint Chiefs of Staff said the rockets flew about 300 kilometers.', '2023-03-01', 'the rockets flew about 300', {'code': 'KORMIL'}),
    ('a shared name stays the first one where no body of either state is named', 'North Korea fired two rockets off its east coast on Sunday. The Joint Chiefs of Staff said the rockets flew about 300 kilometers.', '2023-03-01', 'the rockets flew about 300', {'code': 'USAMIL'}),  # guard
    ('a shared name is that of the state whose ministry was named before', 'The Pentagon said on Monday that the budget would grow. The Joint Chiefs of Staff said the new bombers would arrive in the spring.', '2023-03-01', 'the new bombers would arrive', {'code': 'USAMIL'}),  # guard
    ('state media count a states people as naming it', 'Kim Jong Un watched the test from an observation post, and his sister Kim Yo Jong warned South Korea against any response, state media said on Tuesday.', '2024-01-16', 'Kim Jong Un watched the test', {'code': 'PRKMED'}),
]


@pytest.mark.parametrize(("text", "day", "content", "expected"), [pytest.param(t, d, c, e, id=i) for i, t, d, c, e in SPEAKERS])
def test_an_institution_named_without_its_state_speaks_for_the_home_state(analyze_text, text, day, content, expected):
    a = analyze_text(text, published=day)
    actor = _speaker(a, content)
    if expected is None:
        assert actor is None or actor.country is None, quotes(a)
    else:
        assert actor is not None and {k: getattr(actor, k) for k in expected} == expected, quotes(a)


def test_an_agency_desk_dateline_gives_a_foreign_story_no_home(analyze_text):
    # "ANKARA (AA) -" heads the Turkish agency's desk-written foreign news: the story's unnamed
    # ministry and groups are not Turkey's (lexicon/desk_datelines.txt) ...
    a = analyze_text(
        "ANKARA (AA) - The Foreign Ministry on Friday condemned Pyongyang over the rocket launch. "
        "Hundreds of protesters rallied outside the embassy, police said.",
        published="2022-05-13",
    )
    # (the town stays as the dateline's own mention of the state, an actor in no event)
    assert not any(x.country == "TUR" and x.id != "TUR" for x in a.actors), [(x.id, x.country) for x in a.actors]


def test_an_agency_desk_dateline_on_a_home_story_keeps_its_home(analyze_text):  # guard
    # ... but a story that names the town's state after the dateline is filed from home
    a = analyze_text(
        "ANKARA (AA) - Turkish police on Friday detained 12 protesters outside the parliament, the "
        "Interior Ministry said.",
        published="2022-05-13",
    )
    assert any(x.country == "TUR" and "ministry" in x.id for x in a.actors), [(x.id, x.country) for x in a.actors]
