"""News speakers that were lost or given to the wrong actor: a title coordinated with another
before a name ("State Councilor and Foreign Minister Wang Yi"), "<state>'s Ministry of <X>",
a name after a quote tagged as a work of art, a place's name ending in a place noun. Sentences
written for these tests."""

from __future__ import annotations

import pytest

from .test_quotes import quotes, speaker_of


@pytest.mark.parametrize(
    ("text", "published", "content", "name"),
    [
        ("Chinese State Councilor and Foreign Minister Wang Yi, who was in Jakarta for talks, said the "
         "visit was a provocation.", "2022-08-05", "the visit was a provocation", "Wang Yi"),
        ("State Councilor and Defense Minister Wei Fenghe said China would never allow separatism.",
         "2021-04-05", "China would never allow separatism", "Wei Fenghe"),
    ],
)
def test_a_title_coordinated_with_another_is_no_person(analyze_text, text, published, content, name):
    a = analyze_text(text, published=published)
    actor = speaker_of(a, content)
    assert actor is not None and actor.name == name, quotes(a)
    assert not any(x.name.startswith("Councilor") for x in a.actors)


@pytest.mark.parametrize(
    ("text", "content", "country", "words"),
    [
        ("China's Ministry of Commerce said in a statement that Beijing would suspend the controls.",
         "Beijing would suspend", "CHN", "Commerce"),
        ("South Korea's Ministry of National Defense said the drills would continue into May.",
         "the drills would continue", "KOR", "National Defense"),
        ("Russia's Ministry of Foreign Affairs said the new sanctions were illegal.",
         "the new sanctions were illegal", "RUS", "Foreign Affairs"),
        ("Vietnam's Ministry of Industry and Trade said exports rose by a tenth.",
         "exports rose", "VNM", "Industry and Trade"),
    ],
)
def test_a_state_s_ministry_of_something_is_that_ministry(analyze_text, text, content, country, words):
    a = analyze_text(text, published="2025-10-30")
    actor = speaker_of(a, content)
    assert actor is not None and actor.country == country and words in actor.name, quotes(a)


def test_a_name_after_a_quote_tagged_as_a_work_of_art_is_thespeaker_of(analyze_text):
    a = analyze_text(
        "The missile flew about 700 kilometers before falling into the sea.\n\n"
        "\"The government strongly condemns the launch,\" Yoon Young-chan, the senior presidential "
        "secretary for public affairs, told reporters after the meeting. He said the military would "
        "stay on alert.",
        published="2017-05-14",
    )
    for content in ("The government strongly condemns", "the military would stay on alert"):
        actor = speaker_of(a, content)
        assert actor is not None and actor.name == "Yoon Young-chan", quotes(a)


def test_a_name_ending_in_a_place_noun_is_no_person(analyze_text):
    a = analyze_text(
        "The missile was fired from North Pyongan Province on Sunday. He said the launch had failed.",
        published="2017-05-14",
    )
    assert not any(x.kind == "person" and "Province" in x.name for x in a.actors)


@pytest.mark.parametrize(
    ("text", "published", "content", "name"),
    [
        ("Secretary of Energy Rick Perry visited Seoul on Tuesday. The Secretary said the United States "
         "would ship more gas to South Korea.", "2018-03-02", "the United States would ship", "Rick Perry"),
        ("Visiting Russian Minister of Defence Andrei Kolesnikov met farmers in Hanoi on Monday. The Russian "
         "Minister said Moscow would sell more tractors to the region.", "2019-03-02",
         "Moscow would sell more tractors", "Andrei Kolesnikov"),
        ("MINISTER of Transport, General Musa Idris has said 40 new trains had been bought under President "
         "Muhammadu Buhari. The Minister, who opened the station in Kano on Friday, also said the fares would "
         "stay low.", "2019-03-02", "the fares would stay low", "Musa Idris"),
    ],
)
def test_a_bare_title_is_the_person_given_it_with_of_or_before_a_comma(analyze_text, text, published, content, name):
    """ "Minister of Defence X", "MINISTER of Transport, General X": titles with "of" before a
    name (or opening its sentence before a comma) are the person's, so "the Minister" and "the
    Russian Minister" after them are that person."""
    a = analyze_text(text, published=published)
    actor = speaker_of(a, content)
    assert actor is not None and actor.name == name, quotes(a)


def test_a_leading_title_phrase_that_names_a_person_is_no_role_of_the_next(analyze_text):
    a = analyze_text("Minister Pedro Alves, General Rui Costa said the talks were useful.", published="2018-04-06")
    costa = next(x for x in a.actors if x.name == "Rui Costa")
    assert not any("Minister" in r for r in costa.roles), costa.roles


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Department of Defense spokesperson Brig. Gen. Ann Ruiz is seen at a press briefing in this image. (Yonhap)",
         "pentagon"),
    ],
)
def test_a_known_body_before_a_title_is_that_body_not_a_body_with_the_title(analyze_text, text, body):
    """A caption's "Department of Defense spokesperson Brig. Gen. Ann Ruiz" tagged as one organisation
    up to "Brig": the knowledge base's body before the title word, and no body named "... spokesperson"."""
    a = analyze_text(text, published="2023-08-03")
    ids = [x.id for x in a.actors]
    assert body in ids and not any("spokes" in x.name.lower() for x in a.actors if x.kind == "organization"), ids


def test_a_body_the_knowledge_base_does_not_know_keeps_its_name_before_a_title(analyze_text):
    """"BBC Russian Service correspondent Farida Rustamova": a title after an unknown body's name cuts
    one word at most; the service stays the service, not the BBC and a "Russian" state (a guard)."""
    a = analyze_text("The complaints were filed by BBC Russian Service correspondent Farida Rustamova and two "
                     "other reporters.", published="2018-03-01")
    assert any(x.name == "BBC Russian Service" for x in a.actors), [x.id for x in a.actors]


@pytest.mark.parametrize(
    ("text", "published", "content", "body"),
    [
        ("The state-run North Korean Central News Agency reported that the leader toured a shipyard on Friday.",
         "2023-06-02", "the leader toured a shipyard", "kcna"),
        ("Pyongyang's official Korean Central News Agency said the drills were a rehearsal for invasion.",
         "2022-08-20", "the drills were a rehearsal", "kcna"),
        ("North Korea said in a commentary carried by the North's official Korean Central News Agency (KCNA) "
         "that the talks were over. The agency said the blame lay with Washington.", "2019-12-03",
         "the blame lay", "kcna"),
    ],
)
def test_a_known_body_named_after_its_state_is_that_body(analyze_text, text, published, content, body):
    """A body the knowledge base knows, with its state's words glued before its name ("North Korean
    Central News Agency", "Pyongyang's official Korean Central News Agency"), is that body and
    speaks as it, not a new organisation made of the state and the words."""
    a = analyze_text(text, published=published)
    who = speaker_of(a, content)
    assert who is not None and who.id == body, quotes(a)
    assert not any("central-news" in x.id for x in a.actors), [x.id for x in a.actors]


def test_a_name_that_several_states_bodies_share_keeps_its_state(analyze_text):
    """A guard: "South Korean Joint Chiefs of Staff" stays South Korea's JCS, not the name alone
    (which the US body shares)."""
    a = analyze_text("The South Korean Joint Chiefs of Staff said the missile flew 600 kilometers.",
                     published="2023-05-29")
    who = speaker_of(a, "the missile flew")
    assert who is not None and who.id == "korea-jcs", quotes(a)
