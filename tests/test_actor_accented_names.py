"""News spells many names with their accents ("Nicolás Maduro", "José Mujica") where PETRARCH2's
dictionaries, the source of most of the knowledge base's people, spell them without: accents do not
count when a name is looked up. Sentences written for these tests."""

import pytest


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Brazilian senators criticised Nicolás Maduro on Tuesday for the arrests.", "Nicolas Maduro", "VEN"),
        ("Former president José Mujica received the delegation at his farm.", "Jose Mujica", "URY"),
        ("A court summoned Álvaro Uribe Vélez to testify in Bogotá.", "Alvaro Uribe Velez", "COL"),
    ],
)
def test_an_accented_spelling_finds_the_person(read_actors, text, name, country):
    article = read_actors(text)
    person = next((a for a in article.actors if a.name == name), None)
    assert person is not None and person.country == country, article.actors


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # guards: the plain spelling and a spelling the knowledge base keeps with its accents
        ("Brazilian senators criticised Nicolas Maduro on Tuesday for the arrests.", "Nicolas Maduro", "VEN"),
        ("Recep Tayyip Erdoğan received the delegation in Ankara.", "Recep Tayyip Erdoğan", "TUR"),
    ],
)
def test_other_spellings_still_find_the_person(read_actors, text, name, country):
    article = read_actors(text)
    person = next((a for a in article.actors if a.name == name), None)
    assert person is not None and person.country == country, article.actors
