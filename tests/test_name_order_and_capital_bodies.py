"""Who is who in North-East Asian news: Japanese names in their own order (family name first)
are the knowledge base's people; a capital's possessive before a body names that state's body;
a title before a family name picks the one who held it; an unnamed aide speaks for the leader's
state. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .test_quotes import quotes, speaker_of


def _person_at(article, words: str):
    start = article.text.index(words)
    end = start + len(words)
    for actor in article.actors:
        if actor.kind == "person" and any(m.start < end and start < m.end for m in actor.mentions):
            return actor
    return None


@pytest.mark.parametrize(
    ("text", "published", "words", "kb_id"),
    [
        ("Former Prime Minister Suga Yoshihide told a party meeting that the election would be close.",
         "2023-10-02", "Suga Yoshihide", "yoshihide-suga"),
        ("TOKYO -- Prime Minister Kishida Fumio will visit Seoul next week, his office said. Kishida "
         "hopes to mend ties.", "2023-05-01", "Kishida hopes", "fumio-kishida"),
        ("Foreign Minister Hayashi Yoshimasa met his Chinese counterpart in Phnom Penh on Thursday.",
         "2022-08-04", "Hayashi Yoshimasa", "yoshimasa-hayashi"),
    ],
)
def test_a_japanese_name_written_family_name_first_is_the_kb_person(analyze_text, text, published, words, kb_id):
    a = analyze_text(text, published=published)
    actor = _person_at(a, words)
    assert actor is not None and actor.id == kb_id, [(x.id, x.name) for x in a.actors]


def test_the_other_order_is_indexed_but_no_family_name():
    from dyad.annotate.knowledge import KnowledgeBase

    kb = KnowledgeBase.default()
    assert [e.id for e, _via in kb.lookup("Suga Yoshihide")] == ["yoshihide-suga"]
    assert "yoshihide" not in kb.family_names(kb.entry("yoshihide-suga"))


@pytest.mark.parametrize(
    ("text", "published", "content", "kb_id"),
    [
        ("Seoul's Ministry of Unification said the North had cut the liaison line again.",
         "2023-04-10", "the North had cut", "korea-unification-ministry"),
        ("SEOUL -- Tokyo's Defense Ministry said on Sunday that a Chinese drone had flown near Okinawa.",
         "2024-02-11", "a Chinese drone had flown", "japan-defense-ministry"),
        ("BEIJING -- Beijing's foreign ministry said the sanctions were illegal and would be answered.",
         "2025-01-08", "the sanctions were illegal", "china-foreign-ministry"),
    ],
)
def test_a_capitals_possessive_before_a_body_names_that_states_body(analyze_text, text, published, content, kb_id):
    a = analyze_text(text, published=published)
    actor = speaker_of(a, content)
    assert actor is not None and actor.id == kb_id, quotes(a)


@pytest.mark.parametrize(
    ("text", "content", "kb_id"),
    [
        ("SEOUL -- North Korea's state news agency said on Monday that the talks had been productive.",
         "the talks had been productive", "kcna"),
        ("BEIJING -- China's state broadcaster said the minister would travel to Moscow next week.",
         "the minister would travel", "cctv"),
        ("TOKYO -- Japan's public broadcaster said the missile fell outside the exclusive economic zone.",
         "the missile fell outside", "nhk"),
        ("SEOUL -- South Korea's public broadcaster reported that the meeting was postponed.",
         "the meeting was postponed", "kbs"),
        ("BEIJING -- The Chinese state broadcaster said the envoy would arrive in Pyongyang on Friday.",
         "the envoy would arrive", "cctv"),
    ],
)
def test_a_states_news_agency_or_broadcaster_described_is_its_known_body(analyze_text, text, content, kb_id):
    a = analyze_text(text, published="2023-05-01")
    actor = speaker_of(a, content)
    assert actor is not None and actor.id == kb_id, quotes(a)


@pytest.mark.parametrize(
    ("text", "content", "country"),
    [  # a state with no listed agency, and state media (not one outlet), stay the state's media body
        ("HANOI -- Vietnam's state news agency said the two sides signed a trade deal.", "the two sides signed", "VNM"),
        ("BEIJING -- China's state media said the minister would travel to Moscow next week.",
         "the minister would travel", "CHN"),
    ],
)
def test_other_state_media_descriptions_stay_the_states_media(analyze_text, text, content, country):
    a = analyze_text(text, published="2023-05-01")
    actor = speaker_of(a, content)
    assert actor is not None and actor.kind == "organization" and actor.country == country, quotes(a)
    assert actor.sector == "MED", quotes(a)


def test_a_capital_inside_a_name_owns_no_body(analyze_text):
    a = analyze_text("The Washington Post's editorial board said the deal was weak.", published="2024-03-01")
    actor = speaker_of(a, "the deal was weak")
    assert actor is not None and actor.id == "wapo", quotes(a)  # the paper, not a body of Washington's


@pytest.mark.parametrize(
    "text",
    [
        "Thieves took watches worth two million euros from a boutique on Paris's Place Vendome on Sunday.",
        "A fire broke out overnight in a hotel near Tokyo's Shinjuku Gyoen, firefighters said.",
    ],
)
def test_a_capitals_possessive_before_a_place_names_no_body_of_its_state(analyze_text, text):
    a = analyze_text(text, published="2024-03-01")
    owned = [x.id for x in a.actors if x.kind == "organization" and x.country is not None]
    assert owned == [], [(x.id, x.country) for x in a.actors]  # a square or park, not the state's body


@pytest.mark.parametrize(
    ("text", "published", "words", "kb_id"),
    [
        # a former ambassador keeps the title; the leader of the same family name never held it
        ("North Korean leader Kim Jong Un has rejected talks. The U.S. envoy, Sung Kim, flew to Tokyo on "
         "Monday. Kim Jong Un tested a missile the same day. Ambassador Kim said the offer stood.",
         "2022-10-04", "Ambassador Kim said", "sung-kim"),
        ("Foreign Minister Park Jin met National Assembly Speaker Park Byeong-seug on Friday. Speaker Park "
         "said lawmakers would back the talks.", "2022-05-20", "Speaker Park said", "park-byeong-seug"),
        ("President Kim Dae-jung met North Korean leader Kim Jong Il in Pyongyang. Chairman Kim said the "
         "two sides had agreed to reunite families.", "2000-06-15", "Chairman Kim said", "kim-jong-il"),
    ],
)
def test_a_title_before_a_family_name_picks_the_person_who_held_it(analyze_text, text, published, words, kb_id):
    a = analyze_text(text, published=published)
    actor = _person_at(a, words)
    assert actor is not None and actor.id == kb_id, [(x.id, x.name) for x in a.actors]


@pytest.mark.parametrize(
    ("text", "published", "content", "speaker"),
    [
        ("TOKYO -- Prime Minister Fumio Kishida will not attend the summit, a close aide said on Friday.",
         "2023-06-02", "Prime Minister Fumio Kishida will not", "group-jpn-gov-official"),
        ("WASHINGTON (AP) -- South Korean President Moon Jae-in left for Washington on Tuesday. A senior aide "
         "said Moon hoped to revive the talks.", "2019-04-09", "Moon hoped", "group-kor-gov-official"),
    ],
)
def test_an_unnamed_aide_speaks_for_the_state_of_the_leader_named_before(analyze_text, text, published, content, speaker):
    a = analyze_text(text, published=published)
    actor = speaker_of(a, content)
    assert actor is not None and actor.id == speaker, quotes(a)


def test_an_aide_with_no_leader_named_before_stays_unnamed(analyze_text):
    a = analyze_text("The museum will close for a year, a close aide said on Friday.", published="2023-06-02")
    assert speaker_of(a, "The museum will close") is None, quotes(a)
