"""News speakers and people lost on text dyad had not seen: "he said" after a sentence about
someone named beside a title or quoted in a few words, "the 67-year-old said", a Korean family
name the tagger read as a word ("said Go Eun-ji"), state media after a person's statement, and
officials named by a title with no state in the article's home state. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from .test_quotes import find, quotes, speaker_of


@pytest.mark.parametrize(
    ("text", "published", "content", "name"),
    [
        # a titled subject named in apposition
        ("President Joe Biden arrived in Seoul on Friday. Hawaii's governor, Josh Green, urged "
         "calm after the alert. \"There is no danger to our islands at this time,\" he said in a "
         "video message.", "2022-05-20", "There is no danger", "Josh Green"),
        ("Prime Minister Fumio Kishida spoke to reporters in Tokyo. The mayor of Nagasaki, Shiro "
         "Suzuki, criticised the decision. \"We cannot accept a world that relies on these weapons,\" "
         "he told a news conference.", "2023-08-09", "We cannot accept a world", "Shiro Suzuki"),
        # a sentence before that quotes only a few words
        ("President Yoon Suk Yeol spoke at the ceremony. Unification Minister Kim Yung-ho praised the "
         "plan, calling it \"a new beginning.\" Speaking to lawmakers on Monday, he said, \"Every "
         "agreement began with one side reaching out.\"", "2023-08-15", "Every agreement began",
         "Kim Yung-ho"),
        # "the 67-year-old"
        ("Prime Minister Shigeru Ishiba met the families on Monday. Kenji Tanaka, who leads the "
         "families' group, asked the government to act. \"We have waited nearly fifty "
         "years,\" the 69-year-old said.", "2024-11-11", "We have waited", "Kenji Tanaka"),
        ("President Moon Jae-in visited the village on Tuesday. Lee Soo-jin, whose brother was "
         "seized by the North in 1970, asked him for help. \"I only want to know whether he is "
         "alive,\" the 74-year-old told reporters.", "2019-06-04", "I only want to know", "Lee Soo-jin"),
        # a family name read as a word
        ("Analysts were divided. \"The North wants to be seen as a nuclear state,\" said Go Eun-ji, a "
         "researcher at the Sejong Institute.", "2024-02-01", "The North wants", "Go Eun-ji"),
        ("The talks ended without a deal. \"Pyongyang has no reason to hurry,\" said Go Myung-soo, a "
         "professor at Ewha Womans University.", "2019-03-01", "Pyongyang has no reason", "Go Myung-soo"),
    ],
)
def test_the_speaker_named_just_before(analyze_text, text, published, content, name):
    a = analyze_text(text, published=published)
    actor = speaker_of(a, content)
    assert actor is not None and actor.name == name, quotes(a)


@pytest.mark.parametrize(
    ("text", "published", "content"),
    [
        ("TOKYO (AP) -- Japan's defense minister said the missile fell outside Japanese waters. North "
         "Korean Foreign Minister Choe Son Hui warned of stronger steps. \"The U.S. will regret "
         "this,\" she said in a statement released by state media.", "2022-11-17", "The U.S. will regret"),
        ("TOKYO (Kyodo) -- Tokyo lodged a protest on Monday. Kim Yo-jong, the sister of the North's "
         "leader, called the drills reckless. The drills \"will be answered,\" state media quoted "
         "her as saying.", "2023-03-20", "will be answered"),
    ],
)
def test_state_media_after_a_persons_words_are_that_persons_states(analyze_text, text, published, content):
    a = analyze_text(text, published=published)
    media = [x for x in a.actors if x.kind == "organization" and "state media" in x.name]
    assert media and all(x.country == "PRK" for x in media), [(x.id, x.country) for x in a.actors]


@pytest.mark.parametrize(
    ("text", "published", "name", "country"),
    [
        ("SEOUL (Yonhap) -- President Moon Jae-in will visit Hanoi next week, presidential spokesman "
         "Kang Min-seok told reporters on Thursday.", "2019-02-21", "Kang Min-seok", "KOR"),
        ("TOKYO (Kyodo) -- Prime Minister Yoshihide Suga will not attend the ceremony, deputy chief "
         "cabinet secretary Manabu Sakai said on Friday.", "2021-07-30", "Manabu Sakai", "JPN"),
        ("SEOUL (Yonhap) -- President Yoon Suk Yeol's party lost seats on Wednesday, and floor "
         "leader Yun Jae-ok said the party would reflect on the result.", "2024-04-11", "Yun Jae-ok", "KOR"),
        # a capitalised title's own words are no owner's name ("Trade", "Vice Foreign")
        ("SEOUL (Yonhap) -- President Lee Jae-myung will visit Jakarta next month. Trade Minister "
         "Baek Dong-hyun urged Beijing to lift the curbs on Tuesday.", "2026-02-10", "Baek Dong-hyun", "KOR"),
        ("TOKYO (Kyodo) -- Prime Minister Sanae Takaichi spoke to reporters on Monday. First Vice "
         "Foreign Minister Ryota Ishikawa summoned a Chinese diplomat.", "2026-02-10", "Ryota Ishikawa", "JPN"),
        # a tie of officials named by title alone goes to the dateline's state when one is its own
        ("SEOUL, July 3 (Yonhap) -- Prime Minister Shinzo Abe and Chief Cabinet Secretary Yoshihide "
         "Suga defended the curbs. President Moon Jae-in called them regrettable. Deputy Trade Minister "
         "Park Tae-sung told reporters that Seoul would respond.", "2019-07-03", "Park Tae-sung", "KOR"),
    ],
)
def test_an_official_titled_without_a_state_is_of_the_articles_home(analyze_text, text, published, name, country):
    a = analyze_text(text, published=published)
    person = next((x for x in a.actors if x.name == name), None)
    assert person is not None and person.country == country, [(x.id, x.country) for x in a.actors]


def test_an_ambassador_titled_without_a_state_is_not_the_homes(analyze_text):  # guard
    a = analyze_text(
        "MOSCOW (Reuters) - Deputy Foreign Minister Pavel Ostrovsky summoned Ambassador Hideo Kawabe "
        "on Thursday over the sanctions.", published="2023-03-31")
    person = next(x for x in a.actors if x.name == "Hideo Kawabe")
    assert person.country != "RUS"


def test_a_title_owned_by_a_place_the_tables_lack_keeps_no_home_state(analyze_text):
    a = analyze_text(
        "SEOUL (Yonhap) -- President Moon Jae-in spoke with Donald Trump on Wednesday. Guam's "
        "governor, Eddie Calvo, said the island was safe.", published="2017-08-10")
    person = next(x for x in a.actors if x.name == "Eddie Calvo")
    assert person.country != "KOR"


@pytest.mark.parametrize(
    ("text", "published", "content", "name"),
    [
        # a verb inside a partial quote is quoted, not the cue
        ("The ministry's spokesperson, Koo Byoung-sam, told a briefing that Seoul would \"sternly "
         "respond\" to any provocation.", "2023-07-12", "sternly respond", "Koo Byoung-sam"),
        ("Foreign Minister Park Jin told lawmakers that the government would \"calmly answer\" the "
         "North's threats.", "2023-02-08", "calmly answer", "Park Jin"),
        # a Korean name whose person has no country: the family name alone is that person
        ("Shin Beom-chul, a senior fellow at a private think tank, said the launch was expected. "
         "\"The North tests in spring every year,\" Shin said.", "2021-03-25", "The North tests", "Shin Beom-chul"),
        ("Cheong Seong-chang, who studies the North at a private institute, said talks were unlikely. "
         "\"Nobody in Pyongyang trusts Washington now,\" Cheong said.", "2020-06-20", "Nobody in Pyongyang",
         "Cheong Seong-chang"),
    ],
)
def test_the_speaker_through_a_quoted_verb_or_a_family_name(analyze_text, text, published, content, name):
    a = analyze_text(text, published=published)
    actor = speaker_of(a, content)
    assert actor is not None and actor.name == name, quotes(a)


@pytest.mark.parametrize(
    ("text", "content", "org"),
    [
        ("South Korea's unification ministry said the North had not answered. A ministry official, "
         "speaking on condition of anonymity, said no reply was expected soon.", "no reply was expected",
         "korea-unification-ministry"),
        ("Japan's Foreign Ministry protested the launch. A senior ministry official told reporters the "
         "protest was lodged through Beijing.", "the protest was lodged", "japan-foreign-ministry"),
        # British spelling of a ministry the tables spell in American English
        ("Taiwan's defence ministry said it had tracked 30 Chinese aircraft near the island.",
         "it had tracked 30", "taiwan-defense-ministry"),
        ("A senior official at Seoul's defence ministry said the drills would go ahead.",
         "the drills would go ahead", "korea-defense-ministry"),
    ],
)
def test_a_ministrys_unnamed_official_or_british_spelling_is_that_ministry(analyze_text, text, content, org):
    a = analyze_text(text, published="2024-05-20")
    assert find(a, content).speaker == org, quotes(a)


@pytest.mark.parametrize(
    "text",
    ["Hideki Okuzono, a professor of Korean studies in Shizuoka, said the talks had stalled.",
     "Hideki Okuzono, a professor at a university in Shizuoka, said the talks had stalled."],
)
def test_a_name_tagged_as_a_place_and_a_firm_before_a_persons_title_is_one_person(analyze_text, text):
    a = analyze_text(text, published="2024-05-01")
    assert speaker_of(a, "the talks had stalled").name == "Hideki Okuzono", quotes(a)


@pytest.mark.parametrize(
    ("text", "published", "content", "name"),
    [
        # an abbreviated rank the tokenizer splits from its full stop ends no attribution
        ("The army raised its alert level. \"We are watching every move,\" army spokesperson Col. Choi "
         "Yoon-seok told a briefing.", "2023-04-10", "We are watching every move", "Choi Yoon-seok"),
        ("\"The ships left port at dawn,\" navy spokesman Lt. Cmdr. Park Dae-hyun told reporters.",
         "2022-09-26", "The ships left port", "Park Dae-hyun"),
        # "the lawmaker", "the veteran" after a sentence about the one person they describe
        ("Hong Ji-won, a member of the foreign affairs committee, said the plan was rushed. \"Nobody "
         "asked us before it was signed,\" the lawmaker said.", "2023-03-07", "Nobody asked us", "Hong Ji-won"),
        ("Ahn Seung-ho fought in the war as a teenager. \"I still remember the cold,\" the veteran told "
         "reporters at the ceremony.", "2023-06-25", "I still remember the cold", "Ahn Seung-ho"),
        # the northern spelling: the family name the tagger left out ("Ri" of "Ri Thae Song")
        ("Pyongyang answered on Friday. Ri Chol Nam, a vice foreign minister, called the plan "
         "hostile. \"There is nothing to discuss,\" Ri said.", "2021-10-01", "There is nothing to discuss",
         "Ri Chol Nam"),
    ],
)
def test_the_speaker_after_a_rank_a_description_or_a_northern_name(analyze_text, text, published, content, name):
    a = analyze_text(text, published=published)
    actor = speaker_of(a, content)
    assert actor is not None and actor.name == name, quotes(a)


@pytest.mark.parametrize(
    ("text", "contents", "name"),
    [
        # the tagger cut the name short: "Jo Ju" without "Ae"
        ("Jo Ju Ae, a senior official of the foreign ministry, told reporters the talks were over. "
         "\"We have waited long enough,\" she said.", ["the talks were over", "We have waited"], "Jo Ju Ae"),
        # the family name read as a people ("Han"), the given name left out; then "Han" alone
        ("\"The talks are over,\" Han Yong Ryol, a senior official of the foreign ministry, told reporters. "
         "Han dismissed the offer, saying the drills were a threat.",
         ["The talks are over", "the drills were a threat"], "Han Yong Ryol"),
    ],
)
def test_an_unhyphenated_korean_name_of_three_words_is_one_person(analyze_text, text, contents, name):
    a = analyze_text(text, published="2021-06-10")
    for content in contents:
        actor = speaker_of(a, content)
        assert actor is not None and actor.name == name, quotes(a)


def test_a_korean_family_name_before_a_place_name_is_no_person(analyze_text):  # guard
    a = analyze_text("The troops marched across Kim Il Sung Square on Wednesday, the ministry said.",
                     published="2023-02-08")
    assert not [x for x in a.actors if x.kind == "person"], [(x.id, x.kind) for x in a.actors]


def test_the_spokesperson_is_the_one_introduced_last_not_one_named_earlier(analyze_text):
    a = analyze_text(
        "\"We strongly condemn it,\" JCS spokesperson Col. Lee Sung-jun told a briefing.\n\n"
        "A spokesperson for the U.S. State Department said Washington was in close contact with Seoul. "
        "\"We urge restraint,\" the spokesperson said.", published="2024-10-15")
    assert find(a, "We urge restraint").speaker == "us-state-department", quotes(a)


@pytest.mark.parametrize(
    ("text", "content", "org"),
    [
        ("The drills began off Jeju Island, South Korea's navy said. \"The drills will sharpen our "
         "readiness,\" the navy said in a statement.", "The drills will sharpen", "korea-navy"),
        ("China's navy said its carrier group had entered the western Pacific. \"The training is "
         "routine,\" the navy said.", "The training is routine", "pla-navy"),
    ],
)
def test_a_states_body_by_its_possessive_and_then_by_its_last_word(analyze_text, text, content, org):
    a = analyze_text(text, published="2024-06-27")
    assert find(a, content).speaker == org, quotes(a)


@pytest.mark.parametrize(
    ("text", "published", "content", "speaker"),
    [
        # a group in the parse's apposition ("briefing reporters") is no speaker
        ("Trump spoke to reporters on Tuesday. A senior State Department official, briefing reporters on "
         "condition of anonymity, said the drills "
         "would resume. \"Nothing has been cancelled,\" the official said.", "2019-03-05",
         "Nothing has been cancelled", "us-state-department"),
        # "Japan's top government spokesman": the Chief Cabinet Secretary of the day, and the "he"
        # after him, not an island named inside the quote
        ("TOKYO (Kyodo) -- Japan's top government spokesman said the position had not changed. "
         "\"Takeshima is an inherent part of our territory,\" he told a press conference.", "2024-02-22",
         "Takeshima is an inherent part", "yoshimasa-hayashi"),
        ("Japan's top government spokesman said on Monday that Tokyo would lodge a protest.",
         "2019-07-01", "Tokyo would lodge a protest", "yoshihide-suga"),
    ],
)
def test_the_speaker_after_an_apposition_a_top_spokesman_or_a_name_inside_the_quote(
        analyze_text, text, published, content, speaker):
    a = analyze_text(text, published=published)
    assert find(a, content).speaker == speaker, quotes(a)


@pytest.mark.parametrize(
    ("text", "published", "content", "speaker"),
    [
        # "quoted X as saying", whatever the parse made of "quoted"; "KCNA news agency" is KCNA
        ("The official KCNA news agency quoted leader Kim Jong Un as saying the country would "
         "\"never give up its nuclear forces.\"", "2024-10-31", "never give up", "kim-jong-un"),
        ("Kim visited the shipyard on Friday. The agency quoted him as saying the ship was \"a great "
         "event.\"", "2025-04-26", "a great event", "kim-jong-un"),
        # the people of "the two countries" speak for both
        ("South Korea and the United States condemned the launch on Thursday. \"This is a clear "
         "violation of U.N. resolutions,\" the foreign ministers of the two countries said in a "
         "joint statement.", "2024-10-31", "This is a clear violation", "KOR+USA"),
    ],
)
def test_the_one_quoted_and_the_sides_of_a_joint_statement(analyze_text, text, published, content, speaker):
    a = analyze_text(text, published=published)
    got = find(a, content).speaker
    assert got is not None and sorted(got.split("+")) == sorted(speaker.split("+")), quotes(a)


def test_kcna_news_agency_is_kcna(analyze_text):
    a = analyze_text("The official KCNA news agency said the launch was a success.", published="2024-10-31")
    assert find(a, "the launch was a success").speaker == "kcna", quotes(a)


@pytest.mark.parametrize(
    ("text", "published", "content", "name"),
    [
        # "Im", which the tokenizer splits as "I" + "m"
        ("Moon's chief of staff, Im Jong-seok, told reporters the leaders had talked alone.", "2018-04-27",
         "the leaders had talked alone", "Im Jong-seok"),
        # the sentence before has lost its subject to a relative clause
        ("Kishida said the summit was a big step.\n\nYoon, whose government this month announced a plan "
         "to pay the victims without money from Japanese firms, said the two countries must \"move beyond "
         "the past.\" \"Korea and Japan are partners who share values,\" he said.", "2023-03-16",
         "Korea and Japan are partners", "Yoon Suk Yeol"),
        # a name tagged as a place before a person's title
        ("Hong Min, a senior researcher at the Korea Institute for National Unification, said the "
         "launch was planned.", "2024-01-05", "the launch was planned", "Hong Min"),
        # "the former army general" after the minister the sentence before is about
        ("Defense Minister Shin Won-sik visited a marine unit on the island. \"Punish them "
         "immediately,\" the former army general told troops.", "2024-01-05", "Punish them", "Shin Won-sik"),
        # a rank opening the attribution after the quote, the title after the name
        ("North Korea fired shells on Friday.\n\n\"The North's act is a provocation that threatens peace "
         "and heightens tension on the Korean Peninsula,\" Col. Lee Sung-jun, spokesperson for the Joint "
         "Chiefs of Staff, told reporters.", "2024-01-05", "The North's act is a provocation", "Lee Sung-jun"),
    ],
)
def test_the_speaker_in_forms_the_held_out_probes_showed(analyze_text, text, published, content, name):
    a = analyze_text(text, published=published)
    actor = speaker_of(a, content)
    assert actor is not None and actor.name == name, quotes(a)


def test_a_spokesperson_after_a_body_that_urged_a_state_is_the_bodys(analyze_text):
    a = analyze_text("The U.S. State Department urged Pyongyang to \"refrain from further provocations.\" A "
                     "spokesperson said the alliance remained \"ironclad.\"", published="2024-01-05")
    assert find(a, "the alliance remained").speaker == "us-state-department", quotes(a)


def test_a_ministry_after_a_foreign_states_possessive_is_that_states(analyze_text):
    a = analyze_text("TAIPEI -- Taiwan President Lai Ching-te spoke on Sunday. China's commerce ministry "
                     "said it would take countermeasures.", published="2024-10-13")
    actor = speaker_of(a, "it would take countermeasures")
    assert actor is not None and actor.country == "CHN", quotes(a)
