"""Actors of world wire news, on sentences written for these tests: a Gulf ruler's title and
honorific ("Emir", "Sheikh") before a name are no person of their own and give the person the
state named before them; "<body> chief <Name>" gives the person that body's state ("Hamas chief",
"Egyptian intelligence chief"), where "chief" alone says nothing; the Sudan war's council and
leaders are actors of Sudan."""

import pytest

from dyad.run.analysis import analyze


def people(text, published="2024-05-08"):
    art = analyze(text, published=published)
    return art, {a.name: a for a in art.actors if a.kind == "person"}


def test_emir_and_sheikh_before_a_name_are_titles_of_the_named_state():
    art, found = people("Oman's Emir Sheikh Faisal bin Nasser Al Rashid met Jordanian Foreign Minister "
                        "Karim Adel in Muscat on Monday.")
    assert set(found) == {"Faisal bin Nasser Al Rashid", "Karim Adel"}, found
    assert found["Faisal bin Nasser Al Rashid"].country == "OMN"
    assert [(e.cameo[:2]) for e in art.events if e.source == found["Faisal bin Nasser Al Rashid"].id] == ["04"]


def test_a_given_name_emir_stays_a_name():
    _, found = people("Emir Kovac directed the film in Belgrade last year.")
    assert "Emir Kovac" in found, found


@pytest.mark.parametrize(
    "text, name, country",
    [
        ("Hamas chief Omar Salem, who mostly lives abroad, on Sunday held talks with Egyptian officials.",
         "Omar Salem", "PSE"),
        ("Egyptian intelligence chief Sami Barakat met Hamas officials in Cairo on Thursday.",
         "Sami Barakat", "EGY"),
        ("Hezbollah chief Adel Haddad met Iranian envoys in Beirut on Friday.", "Adel Haddad", "LBN"),
    ],
)
def test_a_body_chief_belongs_to_the_body(text, name, country):
    art, found = people(text)
    assert found[name].country == country, found
    country_of = {a.id: a.country for a in art.actors}
    assert any(country_of.get(e.source) == country and e.cameo.startswith("04") for e in art.events), art.events


def test_the_chief_of_a_body_no_one_knows_has_no_state():
    _, found = people("Acme chief Tom Ole met reporters in the city on Friday.")
    assert found["Tom Ole"].country is None, found


@pytest.mark.parametrize(
    "text",
    [
        "The Transitional Sovereignty Council denounced the raid on the market and blamed the militia.",
        "On Tuesday the Sovereign Council in Port Sudan accused the militia of burning farms.",
    ],
)
def test_sudans_sovereignty_council_is_sudans(text):
    art = analyze(text, published="2024-05-08")
    council = [a for a in art.actors if "Council" in a.name]
    assert council and council[0].country == "SDN", [(a.id, a.country) for a in art.actors]


def test_qatars_emir_is_known_by_name():
    _, found = people("Sheikh Tamim bin Hamad Al Thani met the visiting French minister in Doha on Monday.")
    assert found["Tamim bin Hamad Al Thani"].country == "QAT", found


def _group_countries(text, roots, published="2024-05-08"):
    art = analyze(text, published=published)
    country = {a.id: a.country for a in art.actors}
    kinds = {a.id: a.kind for a in art.actors}
    return {(e.cameo[:2], country.get(e.source)) for e in art.events
            if e.cameo[:2] in roots and kinds.get(e.source) == "group"}


STORY_OF_ONE_STATE = (
    "Bolivia's opposition called for new rallies against the Bolivian government on Monday.\n\n"
    "Riot police fired tear gas at hundreds of demonstrators in La Paz on Tuesday.\n\n"
    "The demonstrators, who demanded the release of two jailed union leaders, hurled bottles "
    "at the officers. They said Bolivia was sliding toward dictatorship.\n\n"
    "Police arrested dozens of students on Wednesday, Bolivian media reported."
)


def test_unnamed_groups_of_a_story_about_one_state_are_that_states():
    found = _group_countries(STORY_OF_ONE_STATE, {"14", "17", "18"})
    assert found and {c for _, c in found} == {"BOL"}, found


def test_unnamed_groups_of_a_story_of_several_states_stay_without_one():
    text = ("Chilean and Peruvian officials met in Lima on Monday. Chile and Peru signed a border deal, and "
            "Chile's president praised Peru.\n\nPolice arrested dozens of protesters on Tuesday.")
    found = _group_countries(text, {"17"})
    assert found == {("17", None)}, found


def test_a_state_named_once_is_no_story_of_it():
    found = _group_countries("Police arrested dozens of protesters near the border with Bolivia on Tuesday.", {"17"})
    assert found == {("17", None)}, found


def test_one_person_told_by_a_group_word_is_no_group_of_the_story():
    text = STORY_OF_ONE_STATE + "\n\nThe Bolivian president nominated a conservative scholar to head the ministry."
    art = analyze(text, published="2024-05-08")
    scholars = [a for a in art.actors if a.kind == "group" and a.sector == "EDU" and "scholar" in a.name]
    assert scholars and all(a.country is None for a in scholars), [(a.id, a.country) for a in art.actors]
