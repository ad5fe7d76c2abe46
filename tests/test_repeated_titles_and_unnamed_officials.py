"""A bare title repeated ("the president said") after a title phrase naming a state ("the
Iranian president", "Japan's foreign minister"): the one the article just introduced with that
title, not the best-known holder of the title named earlier. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .test_quotes import find, quotes


@pytest.mark.parametrize(
    ("text", "published", "content", "country"),
    [
        ("SEOUL (AP) -- North Korean leader Kim Jong Un watched an artillery drill on Sunday. Later in "
         "the week the Iranian president welcomed a North Korean trade delegation in Tehran. \"No "
         "blockade can divide friends,\" the president said.", "2023-05-14", "No blockade can divide", "IRN"),
        # the phrase names the knowledge base's holder of the day, who is then also a president named
        ("SEOUL (AP) -- Leader Kim Jong Un visited a shipyard on Thursday, and Kim ordered more warships. "
         "Kim also praised the workers. Separately, the Iranian president received North Korean envoys in "
         "Tehran on Friday, Iranian state media reported. \"Pressure only unites us,\" the "
         "president said.", "2025-03-14", "Pressure only unites us", "IRN"),
        ("MANILA (AP) -- President Joe Biden opened the summit on Monday. The Vietnamese prime minister "
         "arrived a day late. \"Our waters are not for sale,\" the prime minister told reporters.",
         "2023-09-11", "Our waters are not for sale", "VNM"),
        ("SEOUL (Yonhap) -- Foreign Minister Cho Tae-yul briefed lawmakers on Tuesday. Japan's foreign "
         "minister later called her Chinese counterpart. \"We asked Beijing to restrain Pyongyang,\" "
         "the minister said.", "2024-03-05", "We asked Beijing", "JPN"),
        ("TOKYO (Kyodo) -- Prime Minister Fumio Kishida met President Yoon Suk Yeol on Friday. The "
         "Philippine president is expected to join them next month. \"Three nations can keep the sea "
         "open,\" the president said in a statement.", "2023-06-02", "Three nations can keep", "PHL"),
    ],
)
def test_a_bare_title_is_the_state_title_phrase_just_before(analyze_text, text, published, content, country):
    a = analyze_text(text, published=published)
    actor = a.actor(find(a, content).speaker)
    assert actor is not None and actor.country == country, quotes(a)


def test_a_bare_title_after_a_named_holder_stays_with_that_person(analyze_text):
    a = analyze_text(
        "WASHINGTON (AP) -- The Brazilian president spoke at the forum on Monday. On Tuesday President "
        "Joe Biden met the Kenyan president, William Ruto. \"Trade is how we grow,\" the president said.",
        published="2023-09-12")
    actor = a.actor(find(a, "Trade is how we grow").speaker)
    assert actor is not None and actor.name == "William Ruto", quotes(a)


@pytest.mark.parametrize(
    ("text", "published", "content", "country"),
    [
        ("WASHINGTON (AP) -- The United States will send a carrier group to the region. \"We want "
         "Pyongyang to see it,\" a senior administration official said on Tuesday.", "2023-04-18",
         "We want Pyongyang to see it", "USA"),
        ("SEOUL (Yonhap) -- President Yoon Suk Yeol will host the summit in May. \"Seoul is ready for "
         "the guests,\" a presidential official told Yonhap on condition of anonymity.", "2024-03-02",
         "Seoul is ready for the guests", "KOR"),
        ("TOKYO (Kyodo) -- Prime Minister Fumio Kishida will attend the meeting in Bali. \"The agenda "
         "is still being drafted,\" a senior government official said.", "2022-11-01",
         "The agenda is still being drafted", "JPN"),
    ],
)
def test_an_unnamed_government_official_is_of_the_articles_home(analyze_text, text, published, content, country):
    a = analyze_text(text, published=published)
    actor = a.actor(find(a, content).speaker)
    assert actor is not None and (actor.country, actor.sector) == (country, "GOV"), quotes(a)


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        ("\"The exchange will go ahead,\" said Choi Jin-woo, director of the foreign ministry's North "
         "American affairs bureau.", "Choi Jin-woo", "GOV"),
        ("\"We expect no change,\" Yuki Tanabe, deputy director of the Defense Ministry's planning "
         "division, told reporters.", "Yuki Tanabe", "GOV"),
        # a director of something that is no government body keeps no sector from the word
        ("\"I shot it in one winter,\" said Hana Ito, director of the documentary, after the screening.",
         "Hana Ito", None),
    ],
)
def test_a_director_takes_the_sector_of_the_body_directed(analyze_text, text, name, sector):
    a = analyze_text(text, published="2024-09-10")
    person = next((x for x in a.actors if x.name == name), None)
    assert person is not None and person.sector == sector, [(x.id, x.sector, x.roles) for x in a.actors]
