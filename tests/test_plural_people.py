"""Unnamed groups of people, their plural pronouns and a quote's "we" (annotate/plural_people.py),
on sentences written for these tests."""

from __future__ import annotations

import pytest

from dyad.annotate.lexicon import person_nouns
from dyad.article import Article


@pytest.fixture(scope="module")
def read(read_actors):
    return read_actors


def actor_at(article: Article, text: str, nth: int = 0):
    start = -1
    for _ in range(nth + 1):
        start = article.text.index(text, start + 1)
    return next((a for a in article.actors for m in a.mentions if m.start == start and m.end == start + len(text)),
                None)


def test_person_nouns_come_from_the_agents_dictionary_and_dyads_list():
    nouns = person_nouns()
    assert nouns["villager"] == "CVL" and nouns["smuggler"] == "CRM"  # PETRARCH2 agents
    assert nouns["user"] == "CVL" and nouns["protester"] == "OPP"  # dyad's list
    assert not {"embassy", "frigate", "hospital", "website"} & set(nouns)  # bodies and things


def test_they_refers_to_the_group_of_people_before_it(read):
    article = read("Hundreds of angry protesters gathered outside the court on Friday. "
                   "They demanded the release of the journalists.")
    group = actor_at(article, "They")
    assert group is not None and group.kind == "group" and group.sector == "OPP"
    assert actor_at(article, "angry protesters") is group


def test_they_after_a_subject_of_things_stays_unresolved(read):
    article = read("The engineers inspected the old turbines. The turbines were rusty, "
                   "and they failed twice in May.")
    assert actor_at(article, "they") is None


def test_their_and_they_stay_with_the_group_across_sentences(read):
    article = read("Web developers face many problems with old browsers. As they build new pages, "
                   "their code must still run on them.")
    group = actor_at(article, "Web developers")
    assert group is not None and actor_at(article, "they") is group and actor_at(article, "their") is group


def test_the_same_noun_twice_is_one_group(read):
    article = read("Local residents opposed the new road. The council ignored the residents.")
    first, second = actor_at(article, "Local residents"), actor_at(article, "residents", 1)
    assert first is not None and first is second


def test_a_group_the_text_never_returns_to_is_no_actor(read):
    article = read("Doctors worked through a shortage of beds in the region on Monday.")
    assert not [a for a in article.actors if a.kind == "group"]


def test_a_group_named_once_that_spoke_is_an_actor(read):
    article = read("Doctors warned of a shortage of beds in the region on Monday.")
    assert [a.name for a in article.actors if a.kind == "group"] == ["Doctors"]


def test_a_group_equated_with_named_people_is_no_group(read):
    article = read("The candidates elected were Anna Berglund and Jonas Lindqvist. "
                   "They will take their seats in June.")
    assert not [a for a in article.actors if a.kind == "group"]
    assert actor_at(article, "Anna Berglund").kind == "person"


def test_a_group_takes_the_country_its_words_name(read):
    article = read("Afghan refugees waited at the border for days. They had no food.")
    group = actor_at(article, "They")
    assert group is not None and group.country == "AFG" and group.code == "AFGREF"


def test_we_in_an_organisations_quote_is_the_organisation(read):
    article = read('"We will not accept these terms," the United Nations said in a statement.')
    assert actor_at(article, "We") is actor_at(article, "United Nations")


def test_we_in_a_persons_quote_is_the_organisation_of_the_persons_role(read):
    article = read('Greenfield Trust president Mara Lindholm spoke on Monday. '
                   '"Our volunteers are exhausted," Lindholm said.')
    owner = actor_at(article, "Our")
    assert owner is not None and owner.kind == "organization" and "Greenfield" in owner.name


def test_we_in_a_persons_quote_without_an_organisation_is_the_persons_side(read):
    article = read('Peter Novak spoke to reporters in Lima. "We are ready to talk," Novak said. '
                   '"Our offer stands," he added.')
    we, our = actor_at(article, "We"), actor_at(article, "Our")
    assert we is not None and we.kind == "group" and we is our
    assert we is not actor_at(article, "Peter Novak")


def test_we_outside_quotes_is_left_alone(read):
    article = read("Tomas Reyes spoke to reporters in Lima. We asked him about the talks.")
    assert actor_at(article, "We") is None


def test_the_event_stage_adds_to_the_actors_stage_group_instead_of_a_second_one():
    from collections import Counter

    from dyad.run.analysis import analyze

    article = analyze("Local residents protested against the plan on Monday. Police later attacked the "
                      "residents. Police also arrested a resident.", published="2024-03-01")
    ids = Counter(a.id for a in article.actors)
    assert ids["group-x-cvl-resident"] == 1
    group = article.actor("group-x-cvl-resident")
    assert [m.text for m in group.mentions][-1] == "resident"


def test_a_quotation_a_colon_opens_belongs_to_the_subject_before_the_colon(read):
    article = read('Peter Novak posted a long message on his blog on Monday: "The talks failed. '
                   'I was wrong about them. We will try again in May."')
    person = actor_at(article, "Peter Novak")
    assert actor_at(article, "I") is person
    side = actor_at(article, "We")
    assert side is not None and side is not person and side.kind == "group"


def test_a_quotation_with_no_colon_before_it_gets_no_speaker_from_far_away(read):
    article = read('Peter Novak posted a long message on his blog on Monday. The weather was cold. '
                   'Snow fell. "I was wrong about them."')
    assert actor_at(article, "I") is None
