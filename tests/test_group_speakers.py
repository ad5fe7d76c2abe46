"""Quotes said by several actors at once: "the two leaders said in a joint statement", "both
sides said", "the two governments said". The speaker is one group actor named for its members.
Sentences written for these tests."""

from __future__ import annotations

from .test_quotes import find, quotes, speaker_name


def test_the_two_leaders_speak_together(analyze_text):
    a = analyze_text(
        "President Emmanuel Macron and Chancellor Olaf Scholz met in Paris on Monday.\n\n"
        "The two leaders said in a joint statement that Europe must build its own air defence.",
        published="2023-01-23",
    )
    q = find(a, "Europe must build")
    group = a.actor(q.speaker)
    assert group is not None and group.kind == "group", quotes(a)
    assert group.name == "Emmanuel Macron and Olaf Scholz"


def test_two_officials_with_no_the_are_others_than_the_two_named(analyze_text):
    """"the two men" are the two just named; "two government officials said", with no "the", are
    two people new to the text, not the pair."""
    a = analyze_text(
        "President Emmanuel Macron and Chancellor Olaf Scholz met in Paris on Monday. Still, the talks "
        "made no progress, two government officials said.",
        published="2023-01-23",
    )
    q = find(a, "Still, the talks made no progress")
    speaker = a.actor(q.speaker)
    assert speaker is not None and "macron" not in speaker.id and "scholz" not in speaker.id, quotes(a)


def test_both_sides_are_the_states_last_named_together(analyze_text):
    a = analyze_text(
        "Negotiations between India and Pakistan resumed in Geneva on Friday.\n\n"
        "Both sides said the ceasefire along the border would hold.",
        published="2023-01-23",
    )
    q = find(a, "the ceasefire along the border")
    assert speaker_name(a, q) == "India and Pakistan", quotes(a)


def test_the_two_governments_are_the_leaders_states(analyze_text):
    a = analyze_text(
        "Australian Prime Minister Anthony Albanese and New Zealand Prime Minister Chris Hipkins met "
        "in Wellington.\n\n"
        "The two governments said they would open a joint trade office next year.",
        published="2023-02-01",
    )
    q = find(a, "they would open")
    assert speaker_name(a, q) == "Australia and New Zealand", quotes(a)


def test_a_group_speaker_shares_the_members_code(analyze_text):
    a = analyze_text(
        "President Joe Biden and Secretary of State Antony Blinken met allies in Brussels.\n\n"
        "Both leaders said the alliance was united.",
        published="2023-03-01",
    )
    group = a.actor(find(a, "the alliance was united").speaker)
    assert group is not None and group.country == "USA", quotes(a)


def test_one_speaker_is_no_group(analyze_text):
    a = analyze_text(
        "Chancellor Olaf Scholz met President Emmanuel Macron in Paris.\n\nScholz said the talks went well.",
        published="2023-01-23",
    )
    assert speaker_name(a, find(a, "the talks went well")) == "Olaf Scholz", quotes(a)


def test_saying_nothing_is_no_quote(analyze_text):
    a = analyze_text(
        "The foreign minister said nothing about the arrests, and the spokesman said little about the talks.",
        published="2023-01-23",
    )
    assert a.quotes == [], quotes(a)


def test_names_joined_by_and_speak_together(analyze_text):
    a = analyze_text(
        "Chancellor Olaf Scholz and President Emmanuel Macron agreed on Monday to build a joint tank.",
        published="2023-01-23",
    )
    q = find(a, "to build a joint tank")
    assert speaker_name(a, q) == "Emmanuel Macron and Olaf Scholz", quotes(a)


def test_names_with_titles_joined_by_and_speak_together(analyze_text):
    a = analyze_text(
        "Indian Prime Minister Narendra Modi and Australian Prime Minister Anthony Albanese said the "
        "new trade pact would cut tariffs on wine.",
        published="2023-03-10",
    )
    q = find(a, "the new trade pact")
    assert speaker_name(a, q) == "Anthony Albanese and Narendra Modi", quotes(a)


def test_the_three_countries_are_the_three_named_together(analyze_text):
    a = analyze_text(
        "Brazil, Argentina and Chile signed a fisheries accord in Santiago.\n\n"
        "In a joint statement, the three countries said they would patrol the South Atlantic together.",
        published="2023-03-10",
    )
    q = find(a, "they would patrol")
    assert speaker_name(a, q) == "Argentina, Brazil and Chile", quotes(a)


def test_the_leaders_of_several_states_speak_together(analyze_text):
    a = analyze_text(
        "The leaders of Canada, Mexico and the United States agreed on Friday to open a joint "
        "customs office.",
        published="2023-03-10",
    )
    q = find(a, "to open a joint customs office")
    assert speaker_name(a, q) == "Canada, Mexico and United States", quotes(a)


def test_an_unnamed_group_the_events_stage_knows_speaks_and_is_one_actor(analyze_text):
    """'Human rights groups say ...', 'the authorities say ...': a plural group word (groups.yaml,
    PETRARCH2's agent nouns) no stage named is the speaker, made by the events stage's own group
    maker, so that an event naming the same group later does not make a second actor of it."""
    a = analyze_text(
        "Border guards detained 40 people near the river in March. Human rights groups say the detainees face "
        "forced labour. The authorities say all of them were smugglers. Human rights groups later criticised "
        "the guards.",
        published="2024-05-02",
    )
    rights = a.actor(find(a, "the detainees face").speaker)
    assert rights is not None and rights.kind == "group" and "rights groups" in rights.name, quotes(a)
    authorities = a.actor(find(a, "all of them were smugglers").speaker)
    assert authorities is not None and authorities.kind == "group" and authorities.sector == "GOV", quotes(a)
    ids = [x.id for x in a.actors]
    assert len(ids) == len(set(ids)) and sum("rights groups" in x.name for x in a.actors) == 1, a.actors


def test_the_leaders_or_a_groups_own_thing_is_no_group_of_its_own(analyze_text):
    """ "the leaders" stand for those named ("the two leaders" rules); "company figures" are a
    company's numbers, not a group that speaks."""
    a = analyze_text("Company figures show that sales fell by a third in May.", published="2024-05-02")
    q = find(a, "sales fell by a third")
    assert q.speaker is None or a.actor(q.speaker).kind != "group", quotes(a)


def test_aid_agencies_are_a_group_that_speaks(analyze_text):
    """'Aid agencies said ...': a non-governmental group (groups.yaml's NGO words beside PETRARCH2's
    "aid group"), for the quote and for the events that name it."""
    a = analyze_text("Floods cut the valley's last road on Sunday. Aid agencies said the shelters were already full.",
                     published="2024-05-02")
    agencies = a.actor(find(a, "the shelters were already full").speaker)
    assert agencies is not None and agencies.kind == "group" and agencies.sector == "NGO", quotes(a)
