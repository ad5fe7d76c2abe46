"""Who is who on unseen text: titles and surnames resolved through the knowledge base by the
publication date, family names of Chinese and Korean leaders, places that are never actors,
officials of international organisations coded by their office, codes from the converted
dictionaries. Sentences written for these tests."""

from __future__ import annotations

import pytest

from dyad.run.analysis import analyze


def actors(text: str, published: str) -> dict[str, object]:
    article = analyze(text, published=published)
    return {m.text: a for a in article.actors for m in a.mentions}


@pytest.mark.parametrize(
    ("text", "day", "mention", "expected"),
    [
        ("President Trump flew to Hanoi on Tuesday for a second summit.", "2019-02-26", "Trump", "donald-trump"),
        ("Chancellor Merkel spoke to reporters in Berlin after the vote.", "2015-03-02", "Merkel", "angela-merkel"),
        ("Prime Minister Abe called an early election for October.", "2017-09-25", "Abe", "shinzo-abe"),
        ("Putin told the Duma that the economy had grown.", "2021-04-21", "Putin", "vladimir-putin"),
    ],
)
def test_title_or_surname_finds_the_office_holder_of_the_day(text, day, mention, expected):
    assert actors(text, day)[mention].id == expected


def test_a_title_the_person_did_not_hold_that_day_finds_no_one():
    found = actors("Senator Trump introduced a bill on farm subsidies.", "2019-02-26")
    assert found["Trump"].id != "donald-trump"


def test_a_former_office_holder_is_not_found_decades_later():
    found = actors("Obama said the plan would cost less than expected.", "2040-05-01")
    assert found["Obama"].id != "barack-obama"


@pytest.mark.parametrize(
    ("text", "day", "mention", "not_expected"),
    [
        # Park, Ahn and Khan are family names many people of the knowledge base bear: alone, with
        # no title and no full name in the article, they name no particular minister or ex-leader
        ("Park said the new rules would hurt small exporters in Busan.", "2019-03-04", "Park", "park-geun-hye"),
        ("Ahn told the seminar that inflation would ease next year.", "2026-02-10", "Ahn", "ahn-gyu-back"),
    ],
)
def test_a_common_family_name_alone_is_no_minister_or_former_leader(text, day, mention, not_expected):
    assert actors(text, day)[mention].id != not_expected


def test_a_common_family_name_alone_still_finds_the_leader_in_office():
    found = actors("Yoon said the alliance with Washington had never been stronger.", "2023-04-20")
    assert found["Yoon"].id == "yoon-suk-yeol"


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        # the tagger calls a sentence-opening surname an organisation here; a sanctions sentence
        # must not make it an unknown state either
        ("Lavrov said Moscow would answer any new sanctions.", "Lavrov", "sergey-lavrov"),
        ("Pompeo said Washington would answer any new sanctions.", "Pompeo", "mike-pompeo"),
    ],
)
def test_a_rare_family_name_alone_finds_the_minister_in_office_whatever_its_tag(text, mention, expected):
    found = actors(text, "2019-03-04")
    assert found[mention].id == expected and found[mention].kind == "person"


@pytest.mark.parametrize("day", ["2018-05-02", "2024-05-02"])
def test_a_family_name_of_a_leader_and_a_relative_in_office_is_the_leader(day):
    """"Trump" alone, in office (2018) or out of it lately (2024), is the president, whoever else
    of that name holds or held an office (Reader.office_holder, KnowledgeBase.led_lately)."""
    found = actors("Trump warned that the United States would respond with fire and fury.", day)
    assert found["Trump"].id == "donald-trump"


@pytest.mark.parametrize(
    ("text", "day", "mention", "expected"),
    [
        # Kim Jong-un holds three leading offices, Kim Yong-nam one (the assembly presidium's)
        ("Kim oversaw the test of a new engine on Sunday.", "2018-03-20", "Kim", "kim-jong-un"),
        # Li Zhanshu chairs a legislature's committee: no leading office of a state
        ("Li told a forum in Boao that tariffs hurt everyone.", "2019-03-28", "Li", "li-keqiang"),
    ],
)
def test_a_common_family_name_alone_finds_the_paramount_leader(text, day, mention, expected):
    assert actors(text, day)[mention].id == expected


@pytest.mark.parametrize(
    ("text", "day", "expected"),
    [
        ("Trump met the Japanese prime minister at his golf club.", "2019-05-26", "donald-trump"),
        ("Trump said he had no plan to lift the tariffs.", "2025-04-08", "donald-trump"),
    ],
)
def test_an_office_holder_read_as_a_common_noun_opening_a_sentence_is_found(text, day, expected):
    assert actors(text, day)["Trump"].id == expected


def test_a_common_noun_opening_a_sentence_is_no_person():
    found = actors("Police said the driver fled. Officials said the road was closed.", "2019-05-26")
    assert "Police" not in found or found["Police"].kind != "person"


def test_bare_family_name_joins_the_leader_named_before():
    text = ("Chinese President Xi Jinping met Kim Jong-un in Beijing. Kim thanked his host, and Xi "
            "promised more trade.")
    found = actors(text, "2018-03-28")
    assert found["Kim"].id == "kim-jong-un" and found["Xi"].id == "xi-jinping"


def test_a_bare_family_name_is_not_the_relative_named_only_to_describe_someone():
    """'Kim Yo Jong, the sister of leader Kim Jong Un, ...' then 'Kim berated the minister': the
    leader is named only inside her description, so the bare "Kim" is she."""
    text = ("SEOUL -- Kim Yo Jong, the sister of leader Kim Jong Un, issued a statement on Tuesday. The foreign "
            "minister had called the North's virus figures hard to believe. Kim berated the minister over the remarks.")
    assert actors(text, "2020-12-10")["Kim"].id == "kim-yo-jong"


@pytest.mark.parametrize("place", ["Panmunjom", "Camp David", "Vostochny Cosmodrome", "Amur",
                                   "the Kariba Dam", "the Line of Control", "Hotel de Crillon"])
def test_places_are_never_people_or_organisations(place):
    text = (f"Negotiators gathered at {place} on Friday. Delegates from both sides arrived at "
            f"{place} by bus, and {place} was closed to visitors.")
    article = analyze(text, published="2019-06-30")
    named = {m.text: a for a in article.actors for m in a.mentions if not m.metonym}
    assert not {place, place.removeprefix("the ")} & set(named), named
    # a visit's place may stand for its state (a metonym of the country), never for a person or body
    standing = [a for a in article.actors for m in a.mentions if m.metonym and m.text.endswith(place.removeprefix("the "))]
    assert all(a.kind == "state" for a in standing), standing


def test_a_web_address_is_not_an_organisation():
    found = actors("The statement was posted on www.example-ministry.gov and copied by Reuters.", "2020-01-02")
    assert not any("example" in text for text in found)


def test_officials_of_international_organisations_are_coded_by_their_office():
    found = actors("U.N. Secretary-General Antonio Guterres urged restraint on both sides.", "2019-07-01")
    assert found["Antonio Guterres"].code == "IGOUNO"  # not PRT: the office held at the date


def test_people_from_the_converted_dictionaries_have_codes():
    found = actors("House Speaker Nancy Pelosi met the delegation in Washington.", "2010-05-04")
    assert found["Nancy Pelosi"].code == "USALEG"


INSTITUTIONS = (
    "North Korea fired a missile into the sea on Monday, South Korea said. \"It flew 800 "
    "kilometers,\" the Joint Chiefs of Staff said. Japan's defense ministry said the missile landed "
    "outside its waters. KCNA said the launch tested a new engine. \"We are following this closely,\" "
    "a State Department spokesperson said."
)


def test_institutions_are_actors_with_country_and_sector_and_speak():
    article = analyze(INSTITUTIONS, published="2022-05-09")
    by_text = {m.text: a for a in article.actors for m in a.mentions}
    assert by_text["Joint Chiefs of Staff"].code == "KORMIL"  # the state the article is about
    assert by_text["Japan's defense ministry"].country == "JPN"
    assert by_text["KCNA"].code == "PRKMED"
    assert by_text["State Department"].code == "USAGOV"
    speakers = {" ".join(q.text.split()[:2]): q.speaker for q in article.quotes}
    assert speakers["It flew"] == by_text["Joint Chiefs of Staff"].id
    assert speakers["the missile"] == by_text["Japan's defense ministry"].id
    assert speakers["the launch"] == by_text["KCNA"].id
    assert speakers["We are"] == by_text["State Department"].id


@pytest.mark.parametrize(
    ("sentence", "mention", "country", "sector"),
    [
        ("North Korea's foreign ministry said the drills were a rehearsal for war.", "North Korea's foreign ministry", "PRK", "GOV"),
        ("The South Korean military said it had seen no unusual movements.", "South Korean military", "KOR", "MIL"),
        ("Seoul's unification ministry said it regretted the decision.", "Seoul's unification ministry", "KOR", "GOV"),
        ("Thailand's foreign ministry said the envoy had been recalled.", "Thailand's foreign ministry", "THA", "GOV"),
        ("Peru's navy said two boats had been seized near the border.", "Peru's navy", "PER", "MIL"),
    ],
)
def test_a_state_and_an_institution_word_make_one_organisation_that_speaks(sentence, mention, country, sector):
    article = analyze(sentence, published="2023-03-12")
    by_text = {m.text: a for a in article.actors for m in a.mentions}
    actor = by_text[mention]
    assert (actor.kind, actor.country, actor.sector) == ("organization", country, sector)
    assert [q.speaker for q in article.quotes if q.cue == "said"] == [actor.id]


def test_coordinated_states_before_an_institution_word_each_get_one():
    article = analyze("Chinese and Russian troops held joint drills near the border on Monday.", published="2024-03-12")
    by_text = {m.text: a for a in article.actors for m in a.mentions}
    assert (by_text["Chinese"].kind, by_text["Chinese"].code) == ("organization", "CHNMIL")
    assert (by_text["Russian troops"].kind, by_text["Russian troops"].code) == ("organization", "RUSMIL")
    assert by_text["Chinese"].id != by_text["Russian troops"].id


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Choe Son Hui flew to Vladivostok on Sunday.", "Vladivostok"),
        ("The foreign minister flew to Sochi on Monday for the talks.", "Sochi"),
        ("Kim Jong Un inspected a factory in Hamhung on Friday.", "Hamhung"),
        ("The defense minister travelled to Sasebo on Thursday.", "Sasebo"),
    ],
)
def test_a_large_city_tagged_as_a_person_after_to_or_in_is_no_person(text, city):
    """Whatever the tagger says, a large city named only after a place preposition is a place (or
    its state, as a city can stand for it), never a person."""
    found = actors(text, "2024-06-13")
    assert city not in found or found[city].kind != "person", found.get(city)


def test_a_name_the_article_also_uses_as_a_person_stays_a_person():
    found = actors("Police apprehended Richardson on Monday and drove Richardson to the county jail.", "2019-06-13")
    assert all(m.kind == "person" for t, m in found.items() if t == "Richardson")


@pytest.mark.parametrize("name", ["Miro Cerar", "Miro Zupan"])
def test_a_name_the_tagger_split_before_the_full_name_is_one_person(name):
    """"Cerar and Erjavec say ..." in the headline, "the outgoing PM Miro Cerar" read as a given name
    and a family name tagged apart, the full name only at the end: every piece is that person, the
    given name's merge into the person does not hide the family name's (it was a state)."""
    family = name.split()[-1]
    text = (f"{family} and Erjavec say the reaction was fair. At a session of the parliamentary Defence "
            f"Committee, the outgoing PM {name} and Interior Minister Vesna Gyorkos stressed that the move was "
            f"fair. {family} said the case was closed. Later, {family} said during a debate that the choice was "
            f"right. The meeting was chaired by {name}.")
    article = analyze(text, published="2018-04-05")
    holders = {a.id for a in article.actors for m in a.mentions if m.text in (family, name.split()[0], name)}
    assert holders == {name.lower().replace(" ", "-")}, [(a.id, a.kind, [m.text for m in a.mentions]) for a in article.actors]


def test_a_family_name_tagged_apart_is_the_person_the_article_names_in_full_later():
    """"Cerar", tagged as an organisation or a place in the headline and the lead, the full name
    "Miro Cerar" tagged as a person only at the end: a person while the article is read, so that he
    speaks and "he" after him is he, not the last man named before."""
    text = ("Cerar and Erjavec say the reaction was fair. At a session of the parliamentary Defence Committee, "
            "the outgoing PM Miro Cerar and Interior Minister Vesna Gyorkos stressed that the move was fair. Jure "
            "Zorc from the Left party said the case was like that of 2003. Cerar stressed that the statement of "
            "the leaders was no legal decision. \"This was a political discussion,\" he explained. The meeting was "
            "chaired by Miro Cerar.")
    article = analyze(text, published="2018-04-05")
    speakers = {article.text[q.start : q.end]: q.speaker for q in article.quotes}
    assert speakers["the statement of the leaders was no legal decision"] == "miro-cerar", speakers
    assert speakers["This was a political discussion"] == "miro-cerar", speakers


@pytest.mark.parametrize(
    "text",
    [
        "North Korean leader Kim Jong Un tested another missile in August. Speaking at the United Nations, Trump"
        ' called Kim "Little Rocket Man" and threatened the North. Kim hit back two days later in a rare statement.',
        "The feud between US President Donald Trump and North Korean leader Kim Jong-un grew. In his first speech"
        ' to the UN, Trump called Kim "Rocket Man" and said the North would be destroyed. Kim replied a day later.',
        "Tensions rose between Donald Trump and Kim Jong Un. At a rally in Alabama, Trump called Kim"
        ' "Little Rocket Man" twice. Kim answered with insults.',
    ],
)
def test_a_nickname_in_quote_marks_after_a_name_is_not_part_of_the_name(text):
    article = analyze(text, published="2017-09-30")
    kims = {a.id for a in article.actors for m in a.mentions if m.text == "Kim"}
    assert kims == {"kim-jong-un"}
    assert not [m.text for a in article.actors for m in a.mentions if '"' in m.text]


@pytest.mark.parametrize(
    ("text", "day", "mention", "expected"),
    [
        ("The NIS chief told a closed parliamentary session that the troops were training.", "2024-11-04",
         "The NIS chief", "cho-tae-yong"),
        ("Asked about the drills, the Pentagon chief said the alliance was ironclad.", "2022-03-10",
         "the Pentagon chief", "lloyd-austin"),
        ("The IAEA chief said inspectors had not been allowed back into the country.", "2020-06-15",
         "The IAEA chief", "rafael-grossi"),
        ("Gen. Mark Milley, chairman of the Joint Chiefs of Staff, visited Seoul on Monday. The JCS chief said"
         " deterrence holds.", "2022-06-01", "The JCS chief", "mark-milley"),
    ],
)
def test_the_chief_of_an_organisation_is_who_heads_it_that_day_and_speaks(text, day, mention, expected):
    article = analyze(text, published=day)
    found = {m.text: a for a in article.actors for m in a.mentions}
    assert found[mention].id == expected
    assert [q.speaker for q in article.quotes] == [expected]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The NIS chief told lawmakers that the troops were training.", "2005-01-10"),  # no holder known then
        ("The former NIS chief told lawmakers that the troops were training.", "2024-11-04"),
        ("The CIA head of station in Seoul told colleagues that the troops were training.", "2024-11-04"),
    ],
)
def test_a_chief_of_an_organisation_who_is_not_its_known_head_that_day_is_no_one(text, day):
    found = actors(text, day)
    assert all(a.kind != "person" for a in found.values())


def test_each_organisation_head_is_a_known_organisation_and_office():
    import csv
    from importlib import resources

    from dyad.annotate.lexicon import org_heads

    def rows(name):
        text = resources.files("dyad.data").joinpath(f"actors/{name}").read_text(encoding="utf-8")
        return list(csv.DictReader(text.splitlines()))

    orgs = {r["id"] for r in rows("organizations.csv")}
    titles = {r["title"] for r in rows("roles.csv")}
    for org, title in org_heads().items():
        assert org in orgs and title in titles, (org, title)
