"""Person mentions with a long title before the name (sentences written for these tests): a
many-word title before a family name that is also a town's name ("National Security Adviser
Bolton"), a title that names a body, tagged with the name as one organisation ("National Assembly
Speaker Woo Won-shik"), and acting offices ("Acting Defense Secretary Shanahan"). Each resolves
to the knowledge-base person who held the office on the publication date."""

from __future__ import annotations

import pytest

from dyad.annotate.knowledge import KnowledgeBase

from .test_quotes import find, quotes


def _speaker(a, words: str):
    q = find(a, words)
    assert q is not None, quotes(a)
    actor = a.actor(q.speaker)
    return (actor.id, actor.kind, actor.code) if actor else None


@pytest.mark.parametrize(
    "text, day, expected",
    [
        ("National Security Adviser Bolton said on Friday that the summit was a success.", "2019-03-01",
         "john-bolton"),
        ("Defense Secretary Austin said that the summit was a success.", "2022-03-01", "lloyd-austin"),
    ],
)
def test_a_title_before_a_family_name_that_is_a_town_names_the_holder(analyze_text, text, day, expected):
    a = analyze_text(text, published=day)
    assert _speaker(a, "the summit was") == (expected, "person", "USAGOV")


def test_a_town_without_a_title_is_still_no_person(analyze_text):
    a = analyze_text("Officials in Bolton said the town would rebuild the bridge.", published="2019-03-01")
    assert not [x for x in a.actors if x.kind == "person"], [(x.id, x.kind) for x in a.actors]


@pytest.mark.parametrize(
    "name, day, expected",
    [
        ("Woo Won-shik", "2024-07-10", "woo-won-shik"),
        ("Moon Hee-sang", "2018-05-01", "moon-hee-sang"),
    ],
)
def test_a_title_naming_a_body_tagged_with_the_name_is_the_person(analyze_text, name, day, expected):
    a = analyze_text(f"National Assembly Speaker {name} said on Wednesday that the parliament would hold hearings.",
                     published=day)
    assert _speaker(a, "the parliament would") == (expected, "person", "KORLEG")
    person = a.actor(expected)
    assert [a.text[m.start : m.end] for m in person.mentions] == [name]  # the title is no part of the name


@pytest.mark.parametrize(
    "text, day, expected",
    [
        ("Acting Defense Secretary Shanahan said the alliance was ironclad.", "2019-06-12", "patrick-shanahan"),
        ("Defense Secretary Shanahan said the alliance was ironclad.", "2019-03-20", "patrick-shanahan"),
        ("Acting Defense Secretary Esper said the alliance was ironclad.", "2019-07-01", "mark-esper"),
        ("U.S. Defense Secretary Esper said the alliance was ironclad.", "2020-03-01", "mark-esper"),
    ],
)
def test_an_acting_holder_holds_the_office(analyze_text, text, day, expected):
    a = analyze_text(text, published=day)
    assert _speaker(a, "the alliance was") == (expected, "person", "USAGOV")


def test_a_deputy_is_not_the_office_holder(analyze_text):
    a = analyze_text("Deputy Defense Secretary Esper said the alliance was ironclad.", published="2020-03-01")
    assert _speaker(a, "the alliance was")[0] != "mark-esper"


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.default()


@pytest.mark.parametrize(
    "words, day, holds",
    [
        ("Acting Defense Secretary", "2019-06-12", True),
        ("Defense Secretary", "2019-06-12", True),
        ("Pentagon chief Acting Defense Secretary", "2019-06-12", True),
        ("Deputy Defense Secretary", "2019-06-12", False),
        ("Defense Secretary", "2019-07-01", False),  # his acting term had ended
    ],
)
def test_holds_title_reads_the_end_of_the_title_words(kb, words, day, holds):
    assert kb.holds_title(kb.entry("patrick-shanahan"), words, day) is holds


def test_an_acting_holder_is_no_holder_of_a_bare_office_title(kb):
    # a title alone, with no name, names the holder proper: an acting one only when "acting" is said
    assert "patrick-shanahan" not in [e.id for e in kb.holders("Defense Secretary", "USA", "2019-03-20")]
    assert [e.id for e in kb.holders("Acting Defense Secretary", "USA", "2019-03-20")] == ["patrick-shanahan"]


@pytest.mark.parametrize(
    "text, day, expected",
    [
        ("Russia's Security Council secretary said the drills threatened the region.", "2023-05-10",
         ("nikolai-patrushev", "person", "RUSGOV")),
        ("Russia's Security Council secretary said the drills threatened the region.", "2024-09-10",
         ("sergei-shoigu", "person", "RUSGOV")),
        ("Russia's Security Council said the drills threatened the region.", "2023-05-10",
         ("russian-security-council", "organization", "RUSGOV")),
    ],
)
def test_a_title_of_a_body_is_its_holder_on_the_day(analyze_text, text, day, expected):
    # the body's own words stay the body's: only a title after its name names the office holder
    a = analyze_text(text, published=day)
    assert _speaker(a, "the drills") == expected


@pytest.mark.parametrize(
    "text, day, expected",
    [
        ("China's ambassador to the United States said Beijing wanted stable ties.", "2023-08-01", "xie-feng"),
        ("Chinese Ambassador to the U.S. said Beijing wanted stable ties.", "2022-03-01", "qin-gang"),
    ],
)
def test_an_ambassador_to_a_state_is_the_holder_on_the_day(analyze_text, text, day, expected):
    a = analyze_text(text, published=day)
    assert _speaker(a, "Beijing wanted") == (expected, "person", "CHNGOV")


def test_an_ambassador_to_no_state_named_stays_unresolved(analyze_text):
    a = analyze_text("The Chinese ambassador said Beijing wanted stable ties.", published="2023-08-01")
    assert _speaker(a, "Beijing wanted")[1] == "state"


@pytest.mark.parametrize(
    "text, day, expected",
    [
        ("Russia's ambassador to the United Nations said the council must not act.", "2022-05-01",
         ("vassily-nebenzia", "RUSGOV")),
        ("The U.S. ambassador to South Korea said the council must not act.", "2019-05-01",
         ("harry-harris", "USAGOV")),
    ],
)
def test_an_ambassador_to_a_body_or_state_is_the_holder(analyze_text, text, day, expected):
    a = analyze_text(text, published=day)
    assert _speaker(a, "the council must") == (expected[0], "person", expected[1])


@pytest.mark.parametrize(
    "text, day, expected",
    [
        ("Former National Security Adviser Bolton said the talks had failed.", "2019-11-01", "john-bolton"),
        ("Former Defense Secretary Mattis said the talks had failed.", "2020-06-01", "jim-mattis"),
    ],
)
def test_a_former_title_names_who_had_left_the_office(analyze_text, text, day, expected):
    a = analyze_text(text, published=day)
    assert _speaker(a, "the talks had")[0] == expected


def test_a_former_title_is_not_the_holder_still_in_office(kb):
    # Bolton was still national security adviser in June 2019: "former" names no one then
    assert not kb.holds_title(kb.entry("john-bolton"), "Former National Security Adviser", "2019-06-01", past=True)
    assert kb.holds_title(kb.entry("john-bolton"), "Former National Security Adviser", "2019-11-01", past=True)


@pytest.mark.parametrize(
    "text, day",
    [
        ("Secretary of State Pompeo said the talks had failed.", "2019-06-01"),
        ("Former Secretary of State Pompeo said the talks had failed.", "2022-06-01"),
    ],
)
def test_a_title_phrase_tagged_with_a_family_name_as_one_body_is_the_person(analyze_text, text, day):
    # the tagger reads "State Pompeo" as an organisation
    a = analyze_text(text, published=day)
    assert _speaker(a, "the talks had") == ("mike-pompeo", "person", "USAGOV")
    assert not [x for x in a.actors if x.kind == "organization"], [(x.id, x.kind) for x in a.actors]


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a title with no article after the name's comma, which the parse hangs on the verb
        ("South Korea's foreign ministry summoned Shi Yong, acting Chinese ambassador, on Tuesday to protest "
         "the remarks.", "Shi Yong", "CHN"),
        ("China's foreign ministry summoned Kim Hong-kyun, acting South Korean ambassador, on Monday to protest "
         "the visit.", "Kim Hong-kyun", "KOR"),
    ],
)
def test_a_title_without_an_article_after_the_names_comma_is_the_persons(analyze_text, text, name, country):
    a = analyze_text(text, published="2025-06-10")
    person = next((x for x in a.actors if x.name == name), None)
    assert person is not None and person.country == country, [(x.name, x.country, x.roles) for x in a.actors]
