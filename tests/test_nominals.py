"""Definite descriptions of a person named before ("the student", "the boy", "the 45-year-old";
annotate/nominals.py), on sentences written for these tests."""

from __future__ import annotations

import pytest

from dyad.article import Article


@pytest.fixture(scope="module")
def read(read_actors):
    return read_actors


def owner(article: Article, text: str) -> str | None:
    start = article.text.index(text)
    return next((a.id for a in article.actors for m in a.mentions
                 if m.start == start and m.end == start + len(text)), None)


def test_the_noun_the_text_gave_a_person_refers_to_that_person(read):
    article = read("Ohio student Daniel Okafor built a small radio at home. "
                   "Police questioned the student for an hour on Monday.")
    assert owner(article, "the student") == owner(article, "Daniel Okafor")


def test_the_noun_of_an_apposition_refers_to_that_person(read):
    article = read("Marta Lindqvist, a veteran envoy, arrived in Oslo on Monday. "
                   "Officials said the envoy would meet the foreign minister.")
    assert owner(article, "the envoy") == owner(article, "Marta Lindqvist")


def test_the_boy_is_the_only_boy_or_man_named_just_before(read):
    article = read("Daniel Okafor built a small radio at home. His teacher called the police, "
                   "who arrested the boy at school.")
    assert owner(article, "the boy") == owner(article, "Daniel Okafor")


def test_the_boy_stays_unresolved_between_two_men(read):
    article = read("Daniel Okafor met Samuel Brandt at the station. Later the boy went home.")
    assert owner(article, "the boy") is None


def test_the_woman_is_never_a_man(read):
    article = read("Daniel Okafor waited at the station. Later the woman went home.")
    assert owner(article, "the woman") is None


def test_an_age_refers_to_the_only_person_named_just_before(read):
    article = read("Police arrested Daniel Okafor in Leeds on Friday. The 45-year-old denies the charges.")
    assert owner(article, "The 45-year-old") == owner(article, "Daniel Okafor")


@pytest.mark.parametrize("text, noun, name", [
    ("Thai police arrested the tycoon Somchai Wong on Monday. The 62-year-old businessman was charged "
     "with fraud.", "businessman", "Somchai Wong"),
    ("Prosecutors in Brazil indicted the former governor Paulo Costa. The 70-year-old politician was "
     "arrested in Rio de Janeiro.", "politician", "Paulo Costa"),
    ("A court in Seoul convicted two executives. Steel chief Kim Dae-ho was also implicated. "
     "The 58-year-old billionaire was sentenced to four years in prison.", "billionaire", "Kim Dae-ho"),
])
def test_a_person_noun_given_an_age_refers_to_the_only_person_named_just_before(read, text, noun, name):
    article = read(text)
    at = article.text.index(noun)
    described = next((a.id for a in article.actors for m in a.mentions if m.start <= at < m.end), None)
    assert described is not None and described == owner(article, name)


def test_a_description_of_someone_new_stays_unresolved(read):
    article = read("Marta Lindqvist was elected in May. She is the first woman to lead the council. "
                   "Critics called the doctor a liar.")
    assert owner(article, "the first woman") is None
    assert owner(article, "the doctor") is None


def test_a_capitalised_title_after_the_is_its_holder(read):
    article = read("Vladimir Putin toured a factory in Tula on Monday. The President later met workers there.")
    assert owner(article, "The President") == "vladimir-putin"


def test_a_title_the_tagger_calls_a_plural_proper_noun_is_no_group_of_people():
    from types import SimpleNamespace

    from dyad.annotate.plural_people import people_noun

    def token(tag):
        return SimpleNamespace(tag_=tag, pos_="NOUN", dep_="nsubj", lemma_="president", lower_="presidents")

    assert people_noun(token("NNPS")) is None  # "The President" tagged NNPS in a long text
    assert people_noun(token("NNS")) == "GOV"
