"""Who said it, in news forms: the "that" clause of "told reporters after the talks that X";
groups that spoke; unnamed officials by their body, their state or the name given after them;
bodies and governments placed in a capital; bare titles by the home state's holder of the day;
Korean given names kept with the family name. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .test_quotes import find, quotes, speaker_of


@pytest.mark.parametrize(
    ("text", "published", "content", "name"),
    [
        ("Kremlin aide Sergei Volkov told reporters ahead of the visit that the new accord would "
         "replace a treaty signed in 1961.", "2024-06-18", "the new accord would replace", "Sergei Volkov"),
        ("Foreign Minister Ri Yong Ho told reporters at a late-night briefing in Hanoi that the North "
         "had offered to close its main reactor.", "2019-03-01", "the North had offered", "Ri Yong-ho"),
        ("Adviser Chang Ho-jin told reporters after a closed-door meeting of the council that Seoul "
         "would review the ban.", "2024-06-21", "Seoul would review", "Chang Ho-jin"),
        ("Spokesperson Lin Jian said at a regular briefing that Beijing opposed the drills.",
         "2024-05-23", "Beijing opposed the drills", "Lin Jian"),
    ],
)
def test_a_that_clause_hung_on_a_phrase_of_when_or_where(analyze_text, text, published, content, name):
    a = analyze_text(text, published=published)
    actor = speaker_of(a, content)
    assert actor is not None and actor.name == name, quotes(a)


@pytest.mark.parametrize(
    ("text", "content", "words"),
    [
        ("Tokyo protested on Monday. Analysts said the row could last for months.",
         "the row could last", "Analysts"),
        ("Thousands marched in Seoul on Saturday. \"We will not be silenced,\" one of the organisers "
         "told the crowd.", "We will not be silenced", "organisers"),
        ("The organizers, a coalition of labour unions, said the government had ignored the workers.",
         "the government had ignored", "organizers"),
        # the present of people who are no field's authors: news attributes to them as to a speaker
        ("The ferry fares rose again in May. Many shipping analysts say the rise will not last.",
         "the rise will not last", "analysts"),
        ("The central bank held its rate on Tuesday. But economists warn that the housing slump could "
         "spread.", "the housing slump could spread", "economists"),
        ("The case against the former mayor opened in March. Legal experts believe the hearings could "
         "run into next year.", "the hearings could run", "experts"),
    ],
)
def test_a_group_of_people_named_once_that_spoke_is_the_speaker(analyze_text, text, content, words):
    a = analyze_text(text, published="2023-03-18")
    actor = speaker_of(a, content)
    assert actor is not None and actor.kind == "group" and words in actor.name, quotes(a)


def test_a_field_that_says_in_the_present_is_no_speaker_of_its_own(analyze_text):
    a = analyze_text("Most children lack iodine, researchers say. The study's authors say salt is the answer.")
    assert speaker_of(a, "Most children lack iodine") is None, quotes(a)


@pytest.mark.parametrize(
    ("text", "published", "content", "speaker"),
    [
        # the phrase after an unnamed official names the body or the state's office
        ("HANOI (AP) -- The summit ended early. A senior official at the presidential office in Seoul, "
         "who asked not to be named, said the talks had not failed. \"The door remains open,\" the "
         "official said.", "2019-03-01", "The door remains open", "group-kor-gov-official"),
        ("TOKYO -- The ministers met on Monday. A senior official at the prime minister's office in "
         "Tokyo said the visit was not planned.", "2023-05-08", "the visit was not planned",
         "group-jpn-gov-official"),
        # a plural noun the parse set beside the source is no name of it
        ("MANILA (AP) -- A senior State Department official, briefing reporters on the flight to "
         "Manila, said the offer covered almost every sanction.", "2019-03-01",
         "the offer covered", "us-state-department"),
        # (a guard: passes on main too)
        ("BEIJING -- A Foreign Ministry spokesperson, answering journalists at a briefing in Seoul, "
         "said the visit would go ahead.", "2024-05-20", "the visit would go ahead", "china-foreign-ministry"),
        # a source described first and named after
        ("SEOUL -- A spokesperson for the presidential office said the call would take place soon. The "
         "spokesperson, Han Seo-yeon, added that no date had been set.", "2025-06-05",
         "the call would take place", "han-seo-yeon"),
        ("TOKYO -- An official at the Foreign Ministry said the envoy would leave on Friday. The official, "
         "Kenji Mori, said the trip would last three days.", "2024-02-02", "the envoy would leave", "kenji-mori"),
        # "a government source": an unnamed official of the home state's government, as "a government official"
        ("TOKYO (Kyodo) -- Ishiba plans to visit Seoul in the autumn, a government source said.",
         "2025-08-23", "Ishiba plans to visit", "group-jpn-gov-official"),
        ("SEOUL (Yonhap) -- A senior government source said the talks with Washington had been put off.",
         "2024-03-11", "the talks with Washington", "group-kor-gov-official"),
    ],
)
def test_an_unnamed_source_by_its_body_its_state_or_its_name_given_after(
    analyze_text, text, published, content, speaker
):
    a = analyze_text(text, published=published)
    assert find(a, content).speaker == speaker, quotes(a)


@pytest.mark.parametrize(
    ("text", "published", "content", "not_him"),
    [
        ("North Korea rejected the talks on Saturday, hours after Secretary of State Mike Pompeo left "
         "Pyongyang. \"The U.S. is gravely mistaken,\" the spokesman said.", "2018-07-07",
         "The U.S. is gravely mistaken", "mike-pompeo"),
        ("Foreign Minister Kang Kyung-wha flew to Tokyo on Monday for the talks. \"The meeting was "
         "useful,\" the spokeswoman said.", "2019-08-02", "The meeting was useful", "kang-kyung-wha"),
    ],
)
def test_a_noun_of_sex_that_names_a_post_is_not_the_one_man_named_before(
    analyze_text, text, published, content, not_him
):
    a = analyze_text(text, published=published)
    assert find(a, content).speaker != not_him, quotes(a)


@pytest.mark.parametrize(
    ("text", "content", "org"),
    [
        ("Beijing announced new drills on Friday. In Taipei, the defence ministry said 30 aircraft had "
         "entered the zone.", "30 aircraft had entered", "taiwan-defense-ministry"),
        ("Pyongyang fired two missiles on Monday. In Tokyo, the Defense Ministry said both had landed "
         "outside Japan's waters.", "both had landed", "japan-defense-ministry"),
        ("Washington imposed the curbs on Tuesday. In Beijing, the commerce ministry said it would "
         "respond.", "it would respond", "china-commerce-ministry"),
    ],
)
def test_a_body_in_a_sentence_that_opens_in_a_capital_is_that_states(analyze_text, text, content, org):
    a = analyze_text(text, published="2022-08-05")
    assert find(a, content).speaker == org, quotes(a)


@pytest.mark.parametrize(
    ("text", "published", "content", "speaker"),
    [
        ("TOKYO (Kyodo) -- Japan lodged a protest with Seoul on Friday. \"We will respond firmly,\" the "
         "top government spokesman said at a regular news conference.", "2019-08-23",
         "We will respond firmly", "yoshihide-suga"),
        ("TOKYO -- The government will send an envoy to the talks, the top government spokesman said on "
         "Monday.", "2022-03-14", "The government will send", "hirokazu-matsuno"),
        ("SEOUL, June 17 (Yonhap) -- The North cut all hotlines this month. \"We regret the decision,\" "
         "the unification minister told lawmakers.", "2020-06-17", "We regret the decision", "kim-yeon-chul"),
    ],
)
def test_a_title_no_one_was_given_is_the_home_states_holder_of_the_day(
    analyze_text, text, published, content, speaker
):
    a = analyze_text(text, published=published)
    assert find(a, content).speaker == speaker, quotes(a)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Presidential spokesman Yoon Do-han said the talks were useful.", ["Yoon Do-han"]),
        ("Kim Yo-jong issued a statement. Envoy Lee Do-hoon later met Kim So-young in Seoul.",
         ["Kim Yo-jong", "Lee Do-hoon", "Kim So-young"]),
        # (a guard: the tagger takes this one whole on main too)
        ("\"We will wait,\" said Park Do-un, a professor at Korea University.", ["Park Do-un"]),
    ],
)
def test_a_korean_given_name_whose_first_syllable_is_a_word_stays_with_its_family_name(analyze_text, text, names):
    a = analyze_text(text, published="2020-06-17")
    people = sorted(m.text for x in a.actors if x.kind == "person" for m in x.mentions if m.text[0].isupper())
    assert people == sorted(names), [(x.id, [m.text for m in x.mentions]) for x in a.actors]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("TOKYO -- Japan began the release on Thursday. In Seoul, the government said it saw no "
         "technical problems.", "it saw no technical problems", "KOR"),
        ("PANMUNJOM (AP) -- President Donald Trump met Kim Jong Un at the border. The presidential "
         "office in Seoul said Moon had helped arrange the meeting.", "Moon had helped", "korea-presidential-office"),
        ("WASHINGTON -- The curbs took effect on Friday. The government in Beijing said it would "
         "respond firmly.", "it would respond firmly", "CHN"),
    ],
)
def test_a_government_or_office_placed_in_a_capital_is_that_states(analyze_text, text, content, speaker):
    a = analyze_text(text, published="2019-06-30")
    assert find(a, content).speaker == speaker, quotes(a)


@pytest.mark.parametrize(
    ("text", "published", "content", "speaker"),
    [
        ("TOKYO -- Japan protested to Beijing on Monday after two Chinese ships entered waters near the "
         "Senkaku Islands, the government said.", "2019-06-30", "Japan protested to Beijing", "JPN"),
        ("Prime Minister Kishida met his ministers on Friday morning. Later, the government said that the "
         "missile had fallen outside Japan's waters.", "2022-11-04", "the missile had fallen", "JPN"),
        ("Chief Cabinet Secretary Matsuno spoke at a briefing in the afternoon. The government announced "
         "that the ban would stay in place.", "2022-11-04", "the ban would stay in place", "JPN"),
    ],
)
def test_the_government_placed_nowhere_that_speaks_is_the_home_state(analyze_text, text, published, content, speaker):
    a = analyze_text(text, published=published)
    assert find(a, content).speaker == speaker, quotes(a)


def test_the_government_in_someone_elses_reported_words_does_not_speak(analyze_text):
    a = analyze_text("Chief Cabinet Secretary Matsuno spoke at a briefing in Tokyo. Asked about the ship, Matsuno "
                     'said the government would respond "calmly."', published="2022-11-04")
    assert find(a, "calmly").speaker != "JPN", quotes(a)


def test_a_phrase_the_parse_set_beside_a_subject_after_its_verb_names_no_speaker(analyze_text):
    a = analyze_text(
        "Allied governments had warned for months that Russia, which had moved 90,000 troops to the "
        "border, was planning an attack, a claim Moscow repeatedly rejected.", published="2022-02-24")
    assert find(a, "Russia, which had moved").speaker != "RUS", quotes(a)


@pytest.mark.parametrize(
    ("text", "published", "content", "speaker"),
    [
        ("Nancy Pelosi arrived on Wednesday. She was not greeted by President Yoon Suk Yeol, who is on "
         "vacation. A presidential official said the decision was not related to China.", "2022-08-04",
         "the decision was not related", "group-kor-gov-official"),
        # (a guard: main finds the home state here)
        ("Ambassador Xing Haiming made the remarks on Thursday. President Yoon Suk Yeol called them "
         "rude. A senior official at the presidential office said Xing had crossed a line.", "2023-06-09",
         "Xing had crossed a line", "group-kor-gov-official"),
    ],
)
def test_a_state_offices_official_in_news_with_no_home_is_of_the_leader_named_before(
    analyze_text, text, published, content, speaker
):
    a = analyze_text(text, published=published)
    assert find(a, content).speaker == speaker, quotes(a)


def test_a_bare_title_of_many_holders_is_not_the_home_states_one_listed_holder(analyze_text):
    a = analyze_text("SEOUL (Reuters) - North Korea rejected the talks on Saturday. \"The U.S. is gravely "
                     "mistaken,\" the spokesman said.", published="2018-07-07")
    assert find(a, "The U.S. is gravely").speaker != "kim-eui-kyeom", quotes(a)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # the body named in the phrase after "attributed to" / "issued by"
        ("BEIJING (AFP) - North Korea hit out at the drills on Monday. The statement, carried by the "
         "official news agency KCNA and attributed to an unnamed spokesman for the North's defence "
         "ministry, said the allies were playing with fire.", "the allies were playing", "prk-defense-ministry"),
        # an unnamed official of a body with no state: the body of the state whose media carried it
        ("SEOUL (Reuters) -- North Korea turned down the proposal. The statement, carried by KCNA and "
         "attributed to an unnamed foreign ministry spokesman, said dialogue was pointless.",
         "dialogue was pointless", "prk-foreign-ministry"),
        # a person named there
        ("The statement, issued by Kim Yo Jong, the leader's sister, said Seoul would regret the leaflets.",
         "Seoul would regret", "kim-yo-jong"),
        # "the foreign ministry" with no state in a Seoul story: the state that issued the statement
        # (the subject of the earlier "in a statement"), not the dateline's, and "the spokesman" after it
        ("SEOUL (Reuters) -- North Korea turned down the offer on Monday, calling it absurd, in a statement "
         "carried by state media.\n\nThe statement, attributed to an unnamed spokesman for the foreign "
         "ministry, said the South was not a partner. \"We have nothing to discuss,\" the spokesman said.",
         "We have nothing to discuss", "prk-foreign-ministry"),
    ],
)
def test_a_statement_attributed_to_an_issuer_is_the_issuers(analyze_text, text, content, speaker):
    a = analyze_text(text, published="2023-08-22")
    actor = speaker_of(a, content)
    assert actor is not None and actor.id == speaker, quotes(a)


@pytest.mark.parametrize(
    ("text", "published", "content", "speaker"),
    [
        ("TOKYO (Kyodo) -- Prime Minister Fumio Kishida returned from Seoul on Sunday. A close aide of Prime "
         "Minister Kishida recalled, \"He did not sleep on the plane.\"", "2023-05-08", "He did not sleep",
         "fumio-kishida-aide"),
        ("MOSCOW -- President Vladimir Putin hosted the envoy on Friday. An adviser to Putin said the meeting "
         "had been useful.", "2019-03-02", "the meeting had been useful", "vladimir-putin-adviser"),
        ("President Yoon Suk Yeol flew to Washington on Monday. A longtime associate of President Yoon said "
         "he wanted a deal on chips.", "2023-04-24", "he wanted a deal", "yoon-suk-yeol-associate"),
    ],
)
def test_one_who_serves_a_person_named_after_of_to_or_for_is_not_that_person(analyze_text, text, published, content, speaker):
    a = analyze_text(text, published=published)
    assert find(a, content).speaker == speaker, quotes(a)


def test_an_aide_who_speaks_of_a_person_does_not_serve_that_person(analyze_text):
    a = analyze_text("TOKYO (Kyodo) -- Prime Minister Fumio Kishida returned from Seoul on Sunday. An aide said "
                     "Kishida would rest on Monday.", published="2023-05-08")
    assert find(a, "Kishida would rest").speaker == "group-jpn-gov-official", quotes(a)


@pytest.mark.parametrize(
    ("text", "published", "content", "speaker"),
    [
        ("WASHINGTON (AP) -- The nuclear talks with Pyongyang will resume next month, a senior administration "
         "official said Friday. \"We are not in a hurry,\" the senior official told reporters.", "2019-08-02",
         "We are not in a hurry", "group-usa-gov-official"),
        # "presidential": not the home state the parse finds (Japan has no president), but the state of
        # the president named before
        ("Prime Minister Fumio Kishida and President Yoon Suk Yeol met in Tokyo on Thursday. Chief Cabinet "
         "Secretary Hirokazu Matsuno said the talks had gone well. Japanese media said the two had discussed "
         "seafood imports. Seoul has asked Tokyo to correct the reports, a presidential official said Monday. "
         "\"We asked that such reports not be repeated,\" the presidential official told reporters.", "2023-03-20",
         "We asked that such reports", "group-kor-gov-official"),
        ("Prime Minister Fumio Kishida and President Yoon Suk Yeol met in Tokyo on Thursday. Chief Cabinet "
         "Secretary Hirokazu Matsuno said the talks had gone well. Japanese media said the two had discussed "
         "seafood imports. Seoul has asked Tokyo to correct the reports, a presidential official said Monday.",
         "2023-03-20", "Seoul has asked Tokyo", "group-kor-gov-official"),
    ],
)
def test_an_unnamed_source_described_again_with_the_is_the_one_introduced(analyze_text, text, published, content, speaker):
    a = analyze_text(text, published=published)
    assert find(a, content).speaker == speaker, quotes(a)


@pytest.mark.parametrize(
    ("text", "published", "content", "speaker"),
    [
        ("SEOUL -- President Yoon Suk Yeol met Prime Minister Fumio Kishida in Tokyo last week. Seoul has asked "
         "Tokyo to correct the reports on the talks, a presidential official said Monday. On the fish ban, the "
         "official said no decision had been made. He noted, however, that the issue had come up at dinner.",
         "2023-03-20", "the issue had come up", "group-kor-gov-official"),
        ("WASHINGTON (AP) -- Secretary of State Mike Pompeo will fly to Pyongyang next week, a senior "
         "administration official said Friday. \"We are not in a hurry,\" the official said. She added that the "
         "trip would last two days.", "2018-07-06", "the trip would last", "group-usa-gov-official"),
        # a person named in between keeps the pronoun reader's choice
        ("SEOUL -- Seoul has asked Tokyo to correct the reports, a presidential official said Monday. Foreign "
         "Minister Park Jin met the Japanese envoy later in the day. He said the talks had been useful.",
         "2023-03-20", "the talks had been useful", "park-jin"),
    ],
)
def test_he_or_she_right_after_an_unnamed_source_is_that_source_going_on(analyze_text, text, published, content, speaker):
    a = analyze_text(text, published=published)
    assert find(a, content).speaker == speaker, quotes(a)


@pytest.mark.parametrize(
    ("text", "published", "content", "speaker"),
    [
        ("SEOUL (Yonhap) -- President Yoon Suk Yeol met business leaders on Monday. Yoon's office said "
         "the meeting had focused on chips.", "2024-05-27", "the meeting had focused", "korea-presidential-office"),
        ("TOKYO (AP) -- Prime Minister Shigeru Ishiba met the South Korean president on Saturday. Ishiba's "
         "office said the two would meet again in the autumn.", "2025-08-23", "the two would meet", "japan-kantei"),
        ("WASHINGTON (AP) -- President Donald Trump spoke with Moon by phone. Trump's senior aides said "
         "the call had gone well.", "2018-05-10", "the call had gone well", "group-usa-gov-official"),
        # the leader named with a title before the possessive, and "his office"
        ("SEOUL -- The envoy's remarks drew fire on Friday. President Yoon Suk Yeol's office called the "
         "remarks \"regrettable.\"", "2023-06-09", "regrettable", "korea-presidential-office"),
        ("SEOUL -- President Yoon Suk Yeol sent a message of condolence to Tokyo, his office said.",
         "2023-06-09", "President Yoon Suk Yeol sent", "korea-presidential-office"),
        # not the leader on the day: the person's own office stays the person's
        ("BUSAN (Yonhap) -- Opposition leader Lee Jae-myung was attacked during a visit on Tuesday. "
         "Lee's office said he was conscious.", "2024-01-02", "he was conscious", "lee-jae-myung"),
    ],
)
def test_a_leaders_office_or_aides_speak_for_the_office_not_the_leader(analyze_text, text, published, content, speaker):
    a = analyze_text(text, published=published)
    actor = speaker_of(a, content)
    assert actor is not None and actor.id == speaker, quotes(a)


@pytest.mark.parametrize(
    ("text", "published", "content", "speaker"),
    [
        ("SEOUL (Yonhap) -- Opposition parties said they would file a motion to impeach the minister.",
         "2024-12-05", "they would file a motion", "group-kor-opp"),
        ("TOKYO (Kyodo) -- The main opposition party said the budget ignored rising prices.",
         "2023-03-01", "the budget ignored", "group-jpn-opp"),
        ("SEOUL (Yonhap) -- The opposition said the new minister had to go.", "2023-09-10",
         "the new minister had to go", "group-kor-opp"),
    ],
)
def test_the_opposition_unnamed_is_the_home_states_opposition(analyze_text, text, published, content, speaker):
    a = analyze_text(text, published=published)
    actor = speaker_of(a, content)
    assert actor is not None and actor.id == speaker and actor.sector == "OPP", quotes(a)


@pytest.mark.parametrize(
    ("text", "published", "content", "speaker"),
    [
        # the leader named last has no such office: the one before who has
        ("LIMA -- President Yoon Suk Yeol met Chinese President Xi Jinping on Friday. Asked whether Xi "
         "would visit, aides declined to comment. The presidential office said Yoon had invited Xi to Gyeongju.",
         "2024-11-16", "Yoon had invited Xi", "korea-presidential-office"),
        ("PHNOM PENH -- President Yoon Suk Yeol arrived on Friday for a regional summit. The presidential "
         "office said he would meet the Japanese prime minister on Sunday.",
         "2022-11-11", "he would meet the Japanese", "korea-presidential-office"),
    ],
)
def test_the_presidential_office_abroad_is_that_of_the_leader_named_before(analyze_text, text, published, content, speaker):
    a = analyze_text(text, published=published)
    actor = speaker_of(a, content)
    assert actor is not None and actor.id == speaker, quotes(a)


@pytest.mark.parametrize(
    ("text", "content", "noun"),
    [
        ("SEOUL -- Thousands of protesters gathered outside the assembly. One protester shouted at the "
         "soldiers, \"Go back to your barracks!\"", "Go back to your barracks", "protester"),
        ("SEOUL -- Residents were angry on Friday. \"The shelling destroyed my house,\" one resident told "
         "reporters.", "The shelling destroyed", "resident"),
        ("TOKYO -- Crowds lined the streets. \"This is a sad day,\" a 70-year-old man said.",
         "This is a sad day", "man"),
        # reported speech too (the speaker has no mention of its own either way)
        ("HONG KONG -- Calls to the shipping firm went unanswered. A woman who answered the phone at its "
         "registered office said she did not know the owners.", "she did not know", "woman"),
        ("SEOUL -- Rice prices in the North have doubled since spring. A resident of a border town told a Seoul-based "
         "website that markets were closed twice a week.", "markets were closed", "resident"),
        ("SEOUL -- Defectors now pay more to leave. A broker in the Chinese city of Yanji, reached by phone, said "
         "the fee had doubled since spring.", "the fee had doubled", "broker"),
        # a relative or friend of a person named before: someone else than that person
        ("INCHEON -- Choi Dong-su, a fisherman, said he had lost his boat in the storm. \"We have nothing "
         "left,\" his wife said.", "We have nothing left", "wife"),
        ("SEOUL -- Han Mi-rae said she voted early. Her brother told reporters that he stayed home.",
         "he stayed home", "brother"),
    ],
)
def test_one_unnamed_person_of_a_kind_is_a_speaker_of_its_own(analyze_text, text, content, noun):
    a = analyze_text(text, published="2024-12-04")
    actor = speaker_of(a, content)
    assert actor is not None and actor.kind == "person" and noun in actor.name, quotes(a)
    assert not any(m.text.lower().endswith(noun + "s") for m in actor.mentions), "not the group"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # the minister's role of the day in the knowledge base
        ("SEOUL -- Defense Minister Shin Won-sik visited a frontline unit near the border on Tuesday. "
         "The ministry said the unit had completed its winter drills.",
         "the unit had completed", "korea-defense-ministry"),
        # a minister the knowledge base does not know: the title before the name
        ("TOKYO -- The foreign minister, Hiroshi Tanabe, met his Chinese counterpart in Beijing on Monday. "
         "The ministry said the two agreed to keep talking about seafood imports.",
         "the two agreed", "japan-foreign-ministry"),
        ("SEOUL -- Unification Minister Kim Yung-ho met defectors in Seoul on Thursday. The ministry said "
         "it would expand support for their resettlement.", "it would expand support", "korea-unification-ministry"),
    ],
)
def test_the_ministry_after_a_named_minister_is_the_ministers_ministry(analyze_text, text, content, speaker):
    a = analyze_text(text, published="2024-03-05")
    actor = speaker_of(a, content)
    assert actor is not None and actor.id == speaker, quotes(a)


def test_the_ministry_after_a_prime_minister_is_no_ministry_of_his(analyze_text):
    a = analyze_text("TOKYO -- Prime Minister Fumio Kishida met business leaders on Friday. The ministry said "
                     "exports rose in March.", published="2024-03-05")
    actor = speaker_of(a, "exports rose")
    assert actor is None or "ministry" not in actor.id, quotes(a)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("BEIJING, May 2 (Xinhua) -- The Chinese and ROK foreign ministers met in Beijing on Thursday. The ROK "
         "Foreign Ministry said the two sides agreed to hold regular talks.", "the two sides agreed", "korea-foreign-ministry"),
        ("SEOUL, May 2 (Xinhua) -- The ROK Ministry of National Defense said on Thursday that it had detected "
         "artillery fire near the border.", "it had detected artillery fire", "korea-defense-ministry"),
        ("SEOUL, May 2 (Xinhua) -- The ROK Unification Ministry said Thursday that it would send aid through "
         "international agencies.", "it would send aid", "korea-unification-ministry"),
    ],
)
def test_a_south_korean_body_in_xinhuas_rok_form_is_the_known_body(analyze_text, text, content, speaker):
    a = analyze_text(text, published="2024-05-02")
    actor = speaker_of(a, content)
    assert actor is not None and actor.id == speaker, quotes(a)


@pytest.mark.parametrize(
    ("text", "content", "org"),
    [
        ("TOKYO -- Japan and South Korea will hold talks next week, the Japanese government said. A Foreign "
         "Ministry official in Seoul said South Korea would send a senior diplomat.", "South Korea would send",
         "korea-foreign-ministry"),
        ("TOKYO -- Japan protested the visit on Monday. A Defense Ministry spokesman in Seoul said the drills "
         "would go ahead as planned.", "the drills would go ahead", "korea-defense-ministry"),
        ("SEOUL -- The talks ended without a deal. A Foreign Ministry official in Tokyo said Japan would keep "
         "talking.", "Japan would keep talking", "japan-foreign-ministry"),
    ],
)
def test_a_bodys_official_placed_in_a_capital_is_that_states(analyze_text, text, content, org):
    a = analyze_text(text, published="2024-05-02")
    assert find(a, content).speaker == org, quotes(a)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("TOKYO -- Japan will require licences for three chemicals, the Ministry of Economy, Trade and Industry "
         "announced on Monday. METI said the rule would take effect next month.", "the rule would take effect", "japan-meti"),
        ("SEOUL -- South Korea's Ministry of Trade, Industry and Energy said it would take the dispute to the WTO.",
         "it would take the dispute", "korea-motie"),
        ("BEIJING -- China's Commerce Ministry said it would limit exports of gallium from August.",
         "it would limit exports", "china-commerce-ministry"),
    ],
)
def test_a_trade_ministry_of_a_trade_dispute_is_the_known_body(analyze_text, text, content, speaker):
    """The trade and economy ministries of Japan, South Korea and China (organizations.csv) speak for
    themselves in trade-dispute news."""
    a = analyze_text(text, published="2024-07-01")
    actor = speaker_of(a, content)
    assert actor is not None and actor.id == speaker, quotes(a)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("SEOUL -- The first launchers arrived at the base on Monday. U.S. Forces Korea said the battery would be "
         "ready within weeks.", "the battery would be", "usfk"),
        ("TOKYO -- U.S. Forces Japan said the aircraft would return to flight after the inspection.",
         "the aircraft would return", "usfj"),
    ],
)
def test_a_known_body_the_tagger_split_into_places_is_the_body(analyze_text, text, content, speaker):
    """"U.S. Forces Korea said", tagged as the places "U.S." and "Korea" round "Forces": the body the
    knowledge base knows by that name, not South Korea."""
    a = analyze_text(text, published="2017-03-07")
    actor = speaker_of(a, content)
    assert actor is not None and actor.id == speaker, quotes(a)
