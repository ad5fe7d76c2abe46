"""People and speakers as wire news names them: a role word after the title that introduced the
person ("the special representative ... the envoy said"), and a dateline that opens the lead
("SEOUL (Reuters) - X happened, the military said"), which is neither content nor speaker.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from .test_quotes import find, quotes, speaker_name, who


def test_the_envoy_is_the_special_representative_named_before(analyze_text):
    a = analyze_text(
        "Maria Lindqvist, the Swedish special representative for the Arctic, arrived in Oslo on "
        'Monday.\n\n"We are ready to listen," the envoy told reporters.',
        published="2024-03-01",
    )
    assert speaker_name(a, find(a, "We are ready to listen")) == "Maria Lindqvist", quotes(a)


def test_the_lawmaker_is_the_senator_named_before(analyze_text):
    a = analyze_text(
        "Senator Paul Whitaker met farmers in Iowa on Friday. The lawmaker said the tariffs had "
        "hurt soybean prices.",
        published="2024-03-01",
    )
    assert speaker_name(a, find(a, "the tariffs had hurt")) == "Paul Whitaker", quotes(a)


def test_a_dateline_is_no_part_of_the_lead_claim(analyze_text):
    a = analyze_text(
        "TAIPEI (Reuters) - China sent 20 warplanes toward the island on Sunday, Taiwan's defense "
        "ministry said.",
        published="2024-03-01",
    )
    q = find(a, "China sent 20 warplanes")
    assert "TAIPEI" not in q.text and "Reuters" not in q.text, quotes(a)


def test_a_dateline_tagged_as_a_noun_is_not_the_subject(analyze_text):
    a = analyze_text(
        "PYONGYANG — South Korean President Moon Jae-in and North Korean leader Kim Jong Un agreed "
        "on Wednesday to reopen the liaison office in Kaesong.",
        published="2018-09-19",
    )
    q = find(a, "to reopen the liaison office")
    assert who(a, q) != "PYONGYANG", quotes(a)
    assert q.speaker != "PRK", quotes(a)


def _actor(a, name):
    return next((x for x in a.actors if x.name == name), None)


def test_a_seat_of_government_before_a_title_gives_its_state(analyze_text):
    a = analyze_text(
        "Kremlin spokesman Anton Sorokin told reporters the talks had been useful.",
        published="2024-03-01",
    )
    person = _actor(a, "Anton Sorokin")
    assert person is not None and person.country == "RUS" and person.code == "RUSGOV", [
        (x.name, x.code) for x in a.actors
    ]


def test_a_ministry_spokesman_belongs_to_the_ministry_named_before(analyze_text):
    a = analyze_text(
        "Japan's foreign ministry lodged a protest on Friday. Foreign ministry spokesman Taro Ishikawa "
        "said the ship had entered Japanese waters.",
        published="2024-03-01",
    )
    person = _actor(a, "Taro Ishikawa")
    assert person is not None and person.country == "JPN", [(x.name, x.code) for x in a.actors]


def test_a_leaders_spokesman_has_the_leaders_country(analyze_text):
    a = analyze_text(
        "President Luiz Inacio Lula da Silva met the delegation. Lula's spokesman, Paulo Mendes, "
        "said the meeting was cordial.",
        published="2024-03-01",
    )
    person = _actor(a, "Paulo Mendes")
    assert person is not None and person.country == "BRA", [(x.name, x.country) for x in a.actors]


def test_an_institution_after_its_states_possessive_is_that_states(analyze_text):
    a = analyze_text(
        "South Korea's Joint Chiefs of Staff said two shells landed near the island of Yeonpyeong.",
        published="2024-03-01",
    )
    q = find(a, "two shells landed")
    assert a.actor(q.speaker).name == "Joint Chiefs of Staff of South Korea", quotes(a)
    assert len([x for x in a.actors if "Joint Chiefs" in x.name]) == 1, [x.name for x in a.actors]


def test_a_shared_acronym_is_the_institution_the_article_named(analyze_text):
    a = analyze_text(
        "South Korea's Joint Chiefs of Staff reported artillery fire on Monday. A JCS officer said "
        "the shells fell into the buffer zone.",
        published="2024-03-01",
    )
    q = find(a, "the shells fell")
    assert a.actor(q.speaker).code == "KORMIL", quotes(a)


def test_every_person_the_knowledge_base_knows_has_a_code_in_office(analyze_text):
    a = analyze_text(
        'Kim Yo Jong said the South would "pay dearly" for the leaflets.',
        published="2023-07-11",
    )
    person = _actor(a, "Kim Yo-jong")
    assert person is not None and person.code == "PRKGOV", [(x.name, x.code) for x in a.actors]


def test_every_person_of_dyads_own_list_has_a_dated_role():
    import csv
    from importlib import resources

    folder = resources.files("dyad.data").joinpath("actors")
    roles = {
        r["person_id"]
        for name in ("roles.csv", "petrarch_roles.csv")
        for r in csv.DictReader(folder.joinpath(name).read_text(encoding="utf-8").splitlines())
    }
    people = csv.DictReader(folder.joinpath("people.csv").read_text(encoding="utf-8").splitlines())
    assert [p["id"] for p in people if p["id"] not in roles] == []


def test_an_unnamed_office_holder_is_the_one_in_office_that_day(analyze_text):
    a = analyze_text(
        "Japan's defense minister said on Wednesday that the missile flew for 74 minutes.",
        published="2023-07-12",
    )
    q = find(a, "the missile flew")
    assert speaker_name(a, q) == "Yasukazu Hamada", quotes(a)


def test_the_office_holder_changes_with_the_date(analyze_text):
    text = "South Korea's foreign minister said Seoul would raise the issue at the United Nations."
    early = analyze_text(text, published="2019-05-02")
    late = analyze_text(text, published="2023-05-02")
    assert speaker_name(early, find(early, "Seoul would raise")) == "Kang Kyung-wha", quotes(early)
    assert speaker_name(late, find(late, "Seoul would raise")) == "Park Jin", quotes(late)


@pytest.mark.parametrize(
    ("text", "published", "content", "expected"),
    [
        ("The U.S. secretary of state said on Tuesday that Washington would not lift sanctions.",
         "2019-03-05", "Washington would not lift", "Mike Pompeo"),
        ("Britain's Secretary of State for Defence said the frigate would sail on Friday.",
         "2021-06-02", "the frigate would sail", None),
    ],
)
def test_a_title_phrase_with_of_names_its_holder_and_no_organisation(analyze_text, text, published, content, expected):
    # "State" and "Defence" after "secretary of" are words of the title, never organisations
    a = analyze_text(text, published=published)
    assert not [x for x in a.actors if x.kind == "organization" and x.name.lower() in ("state", "defence")]
    if expected is not None:
        assert speaker_name(a, find(a, content)) == expected, quotes(a)


def test_a_title_the_tagger_took_into_the_name_is_no_part_of_it(analyze_text):
    a = analyze_text(
        "Chinese officials rejected the report on Monday. Spokeswoman Hua Chunying urged Tokyo to "
        "stop spreading rumours.",
        published="2017-05-19",
    )
    q = find(a, "Tokyo to stop spreading")
    actor = a.actor(q.speaker)
    assert actor is not None and actor.name == "Hua Chunying", quotes(a)


def test_an_apposition_parsed_as_a_second_subject_leaves_the_name_the_speaker(analyze_text):
    a = analyze_text(
        "Park Min-jae, a spokesman for Governor Ellen Carver, said the bridge would reopen in May. "
        "The governor toured the site on Friday.\n\n"
        "The repairs cost $4 million, the spokesman added.",
        published="2024-03-01",
    )
    assert speaker_name(a, find(a, "the bridge would reopen")) == "Park Min-jae", quotes(a)
    assert speaker_name(a, find(a, "The repairs cost")) == "Park Min-jae", quotes(a)


def test_a_name_the_tagger_cut_short_is_the_known_person(analyze_text):
    a = analyze_text(
        "Vice Foreign Minister Choe Son Hui, who led the delegation, said the talks had been useful.",
        published="2019-10-06",
    )
    assert speaker_name(a, find(a, "the talks had been useful")) == "Choe Son-hui", quotes(a)


def test_she_after_a_known_woman_is_her_not_a_speaker_of_unknown_sex(analyze_text):
    a = analyze_text(
        "Chief Cabinet Secretary Ito Kenji said Tokyo would protest. He said the launch broke "
        "Security Council resolutions.\n\n"
        "Kim Yo Jong, the sister of leader Kim Jong Un, criticized the drills on Sunday. If the "
        "allies keep up the drills, she said, they will face grave consequences.",
        published="2023-03-01",
    )
    q = find(a, "If the allies keep up the drills")
    assert speaker_name(a, q) == "Kim Yo-jong", quotes(a)


def test_a_bare_family_name_outside_speech_is_the_leader_among_its_bearers(analyze_text):
    a = analyze_text(
        "North Korean leader Kim Jong Un inspected a munitions factory on Monday.\n\n"
        "Kim Min-su, a spokesman for the unification ministry, said Seoul was watching closely. "
        "The plant makes artillery shells.\n\n"
        "State media said Kim had ordered the factory to double its output.",
        published="2024-03-01",
    )
    at = a.text.index("Kim had ordered")
    owner = next((x.name for x in a.actors if any(m.start == at for m in x.mentions)), None)
    assert owner == "Kim Jong-un", [(x.name, [m.text for m in x.mentions]) for x in a.actors]


def test_the_general_is_the_general_named_before_not_a_general_secretary(analyze_text):
    a = analyze_text(
        "Kim Jong Un oversaw an artillery drill on Sunday.\n\n"
        "Gen. Robert Hale, commander of the allied forces, said the allies were watching closely. "
        '"We are ready for any contingency," the general said.',
        published="2023-03-01",
    )
    assert speaker_name(a, find(a, "We are ready for any contingency")) == "Robert Hale", quotes(a)


def test_a_title_after_a_possessive_is_the_persons_not_the_owners(analyze_text):
    a = analyze_text(
        "President Moon Jae-in's spokeswoman, Ko Min-jung, said the president had ordered a review of "
        "the plan.",
        published="2019-07-04",
    )
    at = a.text.index("the president had")
    owner = next((x.name for x in a.actors if any(m.start == at for m in x.mentions)), None)
    assert owner == "Moon Jae-in", [(x.name, [m.text for m in x.mentions]) for x in a.actors]


def test_a_source_described_in_the_lead_is_the_person_named_next(analyze_text):
    a = analyze_text(
        "SEOUL (Reuters) - South Korea's top security official said on Sunday that the North was "
        "ready to discuss its weapons programme.\n\n"
        "Chung Eui-yong, the presidential national security adviser, briefed reporters after "
        "returning from a two-day trip to Pyongyang.",
        published="2018-03-06",
    )
    assert speaker_name(a, find(a, "the North was ready")) == "Chung Eui-yong", quotes(a)


@pytest.mark.parametrize(
    ("text", "published", "content", "name"),
    [
        # a state's adjective inside "the top ... official": one person singled out by rank
        ("The top North Korean official for talks with Seoul told reporters on Monday that his government "
         "would not return to the table.\n\n\"The door is closed,\" said North Korean Vice Foreign Minister "
         "Ri Chol Jin, speaking in Pyongyang.", "2021-09-13", "his government would not return", "Ri Chol Jin"),
        # a body inside "a top ... official"
        ("A top U.S. military official has warned that the strait would see more patrols.\n\n"
         "Gen. Robert Hale, commander of U.S. Pacific Fleet, made the remarks at a forum in Tokyo on "
         "Wednesday.", "2022-06-08", "the strait would see more patrols", "Robert Hale"),
    ],
)
def test_the_top_official_described_in_the_lead_is_the_person_named_next(analyze_text, text, published, content, name):
    a = analyze_text(text, published=published)
    assert speaker_name(a, find(a, content)) == name, quotes(a)


def test_a_top_official_is_not_a_person_of_another_state_named_next(analyze_text):  # guard
    a = analyze_text(
        "A top U.S. military official has warned that the strait would see more patrols.\n\n"
        "Chinese Defense Minister Dong Jun rejected the warning at a forum in Singapore on Wednesday.",
        published="2024-06-05",
    )
    assert speaker_name(a, find(a, "the strait would see")) != "Dong Jun", quotes(a)


@pytest.mark.parametrize(
    ("text", "published", "content", "name"),
    [
        # "a <state> envoy", a paragraph of background, then the envoy named by his title
        ("TOKYO — Washington stands ready to reopen working-level talks with Pyongyang, a U.S. envoy "
         "said Thursday.\n\nThe two sides have not met since their leaders parted in Singapore without a "
         "deal, and a round of allied drills ended this week to loud protests from the North.\n\n"
         "\"Our door remains open,\" said Paul Hartley, the U.S. special representative for North Korea, "
         "after talks with his Japanese counterpart in Tokyo.", "2019-10-03",
         "Washington stands ready to reopen", "Paul Hartley"),
        # "a senior <state> diplomat", named next with a post at the state's foreign ministry
        ("Pyongyang is open to talks with Seoul if the drills stop, a senior North Korean diplomat said "
         "Monday.\n\nRyu Kyong Ok, deputy director of a department at North Korea's Foreign Ministry, "
         "spoke to reporters at the airport in Beijing.", "2018-11-12",
         "Pyongyang is open to talks", "Ryu Kyong Ok"),
    ],
)
def test_an_envoy_described_in_the_lead_is_the_diplomat_named_next(analyze_text, text, published, content, name):
    a = analyze_text(text, published=published)
    assert speaker_name(a, find(a, content)) == name, quotes(a)


@pytest.mark.parametrize(
    ("text", "published", "content", "name"),
    [
        ("Washington stands ready to reopen talks with Pyongyang, a U.S. envoy said Thursday.\n\n"
         "President Donald Trump will travel to Seoul next week.", "2019-10-03", "Washington stands ready",
         "Donald Trump"),
        # a ministry in the leader's sentence is no title of his
        ("Pyongyang will not return to talks while the drills go on, a North Korean diplomat said Monday.\n\n"
         "Leader Kim Jong Un visited the Foreign Ministry on Sunday and praised its staff.", "2023-03-14",
         "Pyongyang will not return", "Kim Jong Un"),
    ],
)
def test_an_envoy_is_not_the_leader_named_next(analyze_text, text, published, content, name):  # guard
    a = analyze_text(text, published=published)
    assert speaker_name(a, find(a, content)) != name, quotes(a)


def test_an_unnamed_official_is_not_the_person_named_next(analyze_text):  # guard
    a = analyze_text(
        "A South Korean official said on Sunday that the North was ready to discuss its weapons "
        "programme.\n\nPresident Moon Jae-in will meet U.S. envoys later this week.",
        published="2018-03-06",
    )
    assert speaker_name(a, find(a, "the North was ready")) != "Moon Jae-in", quotes(a)


def test_the_agency_in_a_dateline_is_not_the_subject(analyze_text):  # guard
    a = analyze_text(
        "TOKYO (Reuters) - Japan's coast guard said on Monday that a fishing boat had sunk near the "
        "Senkaku islands.",
        published="2024-03-01",
    )
    q = find(a, "a fishing boat had sunk")
    assert "Reuters" not in (who(a, q) or ""), quotes(a)
    assert a.actor(q.speaker) is not None and a.actor(q.speaker).country == "JPN", quotes(a)


@pytest.mark.parametrize(
    ("text", "published", "title", "expected"),
    [
        ("Japanese Prime Minister ordered his cabinet to meet at once on Sunday.", "2023-04-02", "Japanese Prime Minister", "fumio-kishida"),
        ("Japanese PM called the launch a grave threat to the region.", "2022-10-04", "Japanese PM", "fumio-kishida"),
        ("Chinese Foreign Minister told envoys on Monday that the drills must stop.", "2023-04-03", "Chinese Foreign Minister", "qin-gang"),
    ],
)
def test_a_state_and_its_title_with_no_the_is_the_holder_of_the_day(analyze_text, text, published, title, expected):
    a = analyze_text(text, published=published)
    holders = [x.id for x in a.actors if any(m.text == title for m in x.mentions)]
    assert holders == [expected], [(x.id, [m.text for m in x.mentions]) for x in a.actors]


def test_a_lower_case_pm_stays_a_time(analyze_text):
    a = analyze_text("The Japanese delegation left at 3 pm on Friday, officials said.", published="2023-04-02")
    assert not any(x.kind == "person" for x in a.actors), [x.id for x in a.actors]
