"""A person whose surname is a capital's name ("Valeska Paris"): one name, and the bare surname
is that person where it acts; on sentences written for these tests."""

from __future__ import annotations

import pytest

from dyad.article import Article


@pytest.fixture(scope="module")
def read(read_actors):
    return read_actors


def owners(article: Article, text: str) -> list[str]:
    found = []
    start = article.text.find(text)
    while start >= 0:
        found.append(next((a.id for a in article.actors for m in a.mentions
                           if m.start == start and m.end == start + len(text)), None))
        start = article.text.find(text, start + 1)
    return found


def test_a_given_name_and_a_capital_are_one_persons_name(read):
    article = read("Valeska Paris, an Australian woman, says she was held for twelve years. "
                   "Paris was born in Switzerland.")
    person = [a for a in article.actors if a.kind == "person"]
    assert [a.name for a in person] == ["Valeska Paris"]
    assert owners(article, "Paris")[1] == person[0].id


def test_the_surname_after_a_place_preposition_stays_the_place(read):
    article = read("Valeska Paris, an Australian woman, spoke on Monday. She was born in Paris.")
    assert owners(article, "Paris")[1] != "valeska-paris"


def test_a_capital_with_no_such_person_stays_a_place(read):
    article = read("Lena Jordan spoke on Monday. Paris said it would send aid.")
    assert owners(article, "Paris") == ["FRA"]


def test_a_family_name_first_with_a_hyphenated_given_name_is_another_person(read):
    article = read("Raymond Wong lost his seat on Sunday. Wong Kwok-kin of the union was re-elected.")
    people = {a.name for a in article.actors if a.kind == "person"}
    assert {"Raymond Wong", "Wong Kwok-kin"} <= people


def test_a_name_made_from_a_persons_surname_stays_that_person(read):
    article = read("Andy Warhol painted them in 1970. The Warhol Polaroids were sold in May.")
    assert [a.name for a in article.actors if a.kind == "person"] == ["Andy Warhol"]


def test_a_shared_surname_is_the_person_the_article_is_about(read):
    article = read("Police arrested Samir Haddad at his school. Haddad had built a clock. Haddad showed it "
                   "to a teacher. His father Karim Al-Amin Haddad said he was proud. The school apologised. "
                   "Later, Haddad met "
                   "reporters.")
    assert owners(article, "Haddad")[-1] == owners(article, "Samir Haddad")[0]
