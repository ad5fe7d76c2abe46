"""Speakers as news names them: "the spokesperson said" after "a <ministry> spokesperson said",
"X was quoted by an agency as saying", a claim hung on "in a statement", and the anonymity
boilerplate that is no quote. Sentences written for these tests."""

from __future__ import annotations

import pytest

from .test_quotes import find, quotes, speaker_of, who


def test_the_spokesperson_is_the_speaker_introduced_as_one(analyze_text):
    a = analyze_text(
        "A Pentagon spokesperson said the naval drills would go ahead as planned.\n\n"
        '"Our posture in the region has not changed," the spokesperson told reporters.',
        published="2024-03-01",
    )
    first = find(a, "the naval drills")
    second = find(a, "Our posture")
    assert first.speaker is not None, quotes(a)
    assert second.speaker == first.speaker, quotes(a)


def test_the_official_is_the_official_who_spoke_before(analyze_text):
    a = analyze_text(
        "A senior Japanese official said the two sides had narrowed their differences on fishing "
        'rights.\n\n"We are close, but not there yet," the official said.',
        published="2024-03-01",
    )
    first = find(a, "the two sides")
    assert first.speaker is not None, quotes(a)
    assert find(a, "We are close").speaker == first.speaker


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("SEOUL -- Kim Jong Un inspected a navy base, the official Korean Central News Agency (KCNA) reported on "
         "Monday. Kim boarded a patrol ship and learned about its weapons. He also watched a missile test, said "
         "the report.", "He also watched", "kcna"),
        ("SEOUL -- North Korea fired a missile toward the sea, according to the Joint Chiefs of Staff. Officials in "
         'Tokyo said it fell outside their waters. "Our military is monitoring the North closely," the statement '
         "said.", "Our military is monitoring", "korea-jcs"),
    ],
)
def test_a_document_no_one_was_said_to_issue_is_the_body_that_spoke_last(analyze_text, text, content, speaker):
    """'KCNA reported X. ... Y, said the report', 'X, according to the Joint Chiefs of Staff. ... "...,"
    the statement said': the report or statement is the word of the organisation that spoke last
    before it, not of the person or group quoted in between."""
    a = analyze_text(text, published="2023-08-21")
    assert find(a, content).speaker == speaker, quotes(a)


_REPORTS = (
    "A Japanese media report on Monday said that President Lee Jae-myung would meet the Japanese prime minister "
    "in Busan next month. The presidential office in Seoul denied it on Tuesday.\n\n\"Nothing of the kind is "
    "being prepared,\" a presidential official told reporters.\n\nOn Wednesday, Japan's Nippon Television "
    "reported that the prime minister is weighing a trip to Busan for talks on the North's missiles.\n\n"
    "According to the report, Japan has floated the trip to mark the 60th anniversary of ties.\n\nThe report "
    "also mentioned that the two leaders might visit a shipyard together."
)


@pytest.mark.parametrize(
    ("text", "reported", "content"),
    [
        (_REPORTS, "the prime minister is", "Japan has floated"),
        (_REPORTS, "the prime minister is", "the two leaders might visit"),
        ("North Korea's state media KCNA reported on Tuesday that leader Kim Jong Un had inspected a new destroyer "
         "at a port on the east coast.\n\n\"The ship will defend our waters against any enemy,\" Kim said during "
         "the visit.\n\nA South Korean military official said the ship appeared unfinished.\n\nAccording to the "
         "report, the destroyer carries cruise missiles and will join the fleet next year.", "leader Kim Jong Un",
         "the destroyer carries"),
    ],
)
def test_the_report_is_the_word_of_whoever_reported_last(analyze_text, text, reported, content):
    """'Japan's X reported that A. According to the report, B. The report also mentioned C': the
    report is the broadcaster's, which "reported" last, not the state of an earlier report the
    text named nor a body that spoke in between."""
    a = analyze_text(text, published="2025-05-08")
    reporter = find(a, reported).speaker
    assert reporter is not None and find(a, content).speaker == reporter, quotes(a)


def test_a_statement_is_not_the_word_of_a_body_that_reported_after_it(analyze_text):
    """'X said in a statement that A. Japan's NHK reported that B. "...," the statement said': the
    statement stays X's; only a "report" is the word of whoever "reported"."""
    a = analyze_text(
        "China's foreign ministry said in a statement on Friday that it firmly opposed the joint drills near the "
        "peninsula.\n\nJapan's public broadcaster NHK reported that the drills would involve two aircraft "
        "carriers.\n\n\"Such moves only raise tensions in the region,\" the statement said.",
        published="2025-05-08",
    )
    first = find(a, "it firmly opposed").speaker
    assert first is not None and find(a, "Such moves").speaker == first, quotes(a)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("SEOUL -- The North's state-run Korean Central News Agency(KCNA) said the drills were a rehearsal for an "
         "invasion.", "the drills were a rehearsal", "kcna"),
        ("SEOUL -- South Korea's Joint Chiefs of Staff(JCS) said the launch came at dawn. The JCS said the missile "
         "flew about 600 kilometers.", "the missile flew", "korea-jcs"),
    ],
)
def test_an_abbreviation_glued_to_the_name_in_parentheses_is_the_same_body(analyze_text, text, content, speaker):
    """'Korean Central News Agency(KCNA)', 'Joint Chiefs of Staff(JCS)' (KBS style, no space): the
    name is the body the knowledge base knows, and the abbreviation after it the same one."""
    a = analyze_text(text, published="2023-09-25")
    assert find(a, content).speaker == speaker, quotes(a)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The Defense Ministry in Seoul said on Friday that the drills would go on. Hours later Iran tested a "
         "rocket engine, which it claimed could lift a satellite into orbit.", "could lift a satellite", "IRN"),
        ("Japan's coast guard said the ships had left. Earlier in the week Russia sent two bombers over the sea "
         "in what it called a routine flight.", "a routine flight", "RUS"),
        ("The foreign ministry said the talks were useful. The tests by Venezuela came on Sunday when it fired "
         "three rockets that it said were part of a coastal drill.", "were part of a coastal drill", "VEN"),
        # the subject of the clause above, not the body that spoke last, nor the one the infinitive is about
        ("North Korea fired a ballistic missile into the sea on Sunday, the Joint Chiefs of Staff (JCS) said. It "
         "did not immediately give other details.\n\nThe launch came two days after the North fired what it "
         "claimed to be two cruise missiles from a submarine.", "to be two cruise missiles", "PRK"),
        ("Russia sent two bombers over the sea on Monday. Japan urged Russia to halt what it called dangerous "
         "flights near its airspace.", "dangerous flights", "JPN"),
    ],
)
def test_it_in_a_relative_clause_is_the_state_named_before_it_in_the_sentence(analyze_text, text, content, speaker):
    """'Iran tested an engine, which it claimed ...', 'in what it called ...', '... rockets that it said
    were ...': the "it" of a relative clause is the state or body that is the subject of a clause
    above it ('the North fired what it claimed', 'Japan urged Russia to halt what it called'), else
    the one named before it in its sentence; not the one that spoke last."""
    a = analyze_text(text, published="2023-08-21")
    assert find(a, content).speaker == speaker, quotes(a)


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        ("SANTIAGO (Reuters) - A Chilean woman who had lost her home in the forest fire said the city had ignored "
         "the warnings on Monday.\n\n\"We were told nothing,\" said Rosa Medina, the 67-year-old widow, as she "
         "stood outside the court.", "the city had ignored", "Rosa Medina"),
        ("LIMA, May 4 (UPI) -- An 88-year-old Peruvian survivor of the mine collapse called on Lima and Santiago "
         "on Tuesday to bring the border dispute to the international court.\n\nRosa Medina spoke at a meeting in "
         "the town hall. \"We are still waiting,\" she said.", "Lima and Santiago on Tuesday", "Rosa Medina"),
    ],
)
def test_the_one_a_lead_describes_is_the_person_named_next(analyze_text, text, content, name):
    """Wire copy describes the one it quotes in its lead ("A Peruvian fisherman who ... said") and
    names them in the next paragraph: when no one was named before, that person said it."""
    a = analyze_text(text, published="2021-05-04")
    speaker = a.actor(find(a, content).speaker)
    assert speaker is not None and speaker.name == name, quotes(a)


def test_the_one_quoted_by_an_agency_is_no_content(analyze_text):
    a = analyze_text(
        "The defense minister was quoted by the state news agency as saying the tests would continue.",
        published="2024-03-01",
    )
    assert not [q for q in a.quotes if q.text.startswith("The defense minister")], quotes(a)
    assert who(a, find(a, "the tests would continue")) == "The defense minister"


@pytest.mark.parametrize(
    ("text", "content", "cited"),
    [
        ("The two delegations opened talks in the border town on Friday, Yonhap reports citing the local media.",
         "The two delegations opened talks", "the local media"),
        ("The two delegations opened talks in the border town on Friday, the Asahi Shimbun reported, citing unnamed sources.",
         "The two delegations opened talks", "unnamed sources"),
        ("The coast guard seized two fishing boats near the islands on Sunday, Kyodo News reported, citing Japan's "
         "defense ministry.", "The coast guard seized", "Japan's defense ministry"),
    ],
)
def test_the_source_a_report_cites_is_no_content(analyze_text, text, content, cited):
    a = analyze_text(text, published="2024-03-01")
    assert find(a, content).speaker is not None, quotes(a)
    assert not [q for q in a.quotes if q.text.startswith(("citing", cited))], quotes(a)


def test_a_reason_cited_stays_the_subjects_word(analyze_text):
    a = analyze_text("The ministry said it would cancel the drills, citing rising costs.", published="2024-03-01")
    assert find(a, "rising costs").cue == "citing", quotes(a)


def test_a_claim_hung_on_in_a_statement_is_the_subjects(analyze_text):
    a = analyze_text(
        "The coast guard chief warned in a statement posted online that foreign trawlers would be seized.",
        published="2024-03-01",
    )
    assert who(a, find(a, "foreign trawlers would be seized")) == "The coast guard chief"


def test_the_terms_of_anonymity_are_no_quote(analyze_text):
    a = analyze_text(
        "A port official, who spoke on condition of anonymity because she was not authorized to "
        "speak publicly, said the cargo had been held for inspection.",
        published="2024-03-01",
    )
    assert [q.text for q in a.quotes] == ["the cargo had been held for inspection"], quotes(a)


def test_the_statement_speaks_for_whoever_issued_it(analyze_text):
    a = analyze_text(
        "Defense Minister Lee Jong-sup issued a statement on Friday criticizing the naval drills.\n\n"
        '"Such reckless moves invite a response," the statement said.',
        published="2024-03-01",
    )
    issuer = find(a, "Such reckless moves").speaker
    assert issuer is not None and a.actor(issuer).name.startswith("Lee"), quotes(a)


def test_a_dateline_town_is_not_the_subject(analyze_text):
    a = analyze_text(
        "SEOUL, June 5 -- Lee Jong Sup, the South Korean defense minister, issued a statement on "
        "Thursday threatening to end the border talks.",
        published="2024-03-01",
    )
    q = find(a, "to end the border talks")
    assert who(a, q) == "Lee Jong Sup", quotes(a)


@pytest.mark.parametrize(
    "text, start",
    [
        ("TOKYO (Kyodo) -- The foreign minister will fly to Seoul next week, a government source said.", "The "),
        ("SEOUL, May 27 (Yonhap) -- The two sides agreed to meet every year, officials said.", "The "),
        # after a headline, the parse cuts the dateline after the town: the date and agency open the lead
        ("Japan protests Chinese coast guard entry near Senkakus\n\nTOKYO, Oct. 8 (Jiji Press) -- Japan lodged a "
         "protest with China on Wednesday after four Chinese coast guard ships entered Japanese territorial waters "
         "near the Senkaku Islands in Okinawa Prefecture, the government said.", "Japan lodged"),
        ("Fishing talks resume\n\nBEIJING, March 3 (Xinhua) -- The two sides will resume fishing talks in "
         "April, the ministry said.", "The "),
    ],
)
def test_a_dateline_is_no_content_of_the_lead_sentence(analyze_text, text, start):
    """A lead after a dateline the parse cut from it: the content starts after the dash, not at
    the town or the date."""
    a = analyze_text(text, published="2024-05-27")
    q = find(a, start)
    assert q.text.startswith(start), quotes(a)


def test_a_finite_verb_hung_on_its_subject_noun_is_that_nouns(analyze_text):
    a = analyze_text(
        "Defense Minister Lee Jong-sup issued a statement on Friday.\n\n"
        'The statement, carried by the state news agency, called the drills "a rehearsal for war."',
        published="2024-03-01",
    )
    q = find(a, "a rehearsal for war")
    assert q.speaker is not None and a.actor(q.speaker).name.startswith("Lee"), quotes(a)


def test_an_unnamed_spokesperson_speaks_for_the_institution_just_named(analyze_text):
    a = analyze_text(
        "The Pentagon declined to give details. A spokesman said the carrier would stay in the region.",
        published="2024-03-01",
    )
    q = find(a, "the carrier would stay")
    pentagon = q.speaker and a.actor(q.speaker)
    assert pentagon and pentagon.kind == "organization" and pentagon.code.startswith("USA"), quotes(a)


def test_a_participle_after_a_series_of_statements_is_the_subjects(analyze_text):
    a = analyze_text("The governor posted a string of tweets mocking the new stadium plan.", published="2024-03-01")
    assert who(a, find(a, "the new stadium plan")) == "The governor", quotes(a)


def test_a_subject_the_parse_joined_to_the_object_before_it_speaks(analyze_text):
    a = analyze_text(
        "Unions said they're increasingly convinced the company mishandled the layoffs and "
        "Democrats accused the board of ignoring the workers.",
        published="2024-03-01",
    )
    accused = find(a, "the board of ignoring the workers")
    assert who(a, accused) == "Democrats", quotes(a)
    said = find(a, "they're increasingly convinced")
    assert "ignoring" not in said.text, quotes(a)


def test_what_follows_in_a_statement_is_the_subjects(analyze_text):
    a = analyze_text(
        "In a statement released on Monday, the Tokyo governor was more cautious about the casino plan.",
        published="2024-03-01",
    )
    q = find(a, "the Tokyo governor was more cautious")
    assert who(a, q) == "the Tokyo governor", quotes(a)


def test_a_title_with_a_states_adjective_is_the_person_who_spoke_for_it(analyze_text):
    a = analyze_text(
        "Prime Minister Fumio Kishida said Japan would raise its defense budget.\n\n"
        '"We cannot afford to wait," the Japanese leader said.',
        published="2023-05-01",
    )
    first = find(a, "Japan would raise")
    assert first.speaker == "fumio-kishida" or a.actor(first.speaker).kind == "person", quotes(a)
    assert find(a, "We cannot afford to wait").speaker == first.speaker, quotes(a)


def test_he_said_after_a_sentence_about_someone_else_is_that_person(analyze_text):
    a = analyze_text(
        'Keir Starmer met Olaf Scholz in Berlin. "We agreed on very little," Starmer said.\n\n'
        'Scholz, for his part, thanked Starmer for the visit. "I listened carefully," he said.',
        published="2024-09-01",
    )
    starmer = find(a, "We agreed on very little").speaker
    scholz = find(a, "I listened carefully").speaker
    assert starmer is not None and scholz is not None and scholz != starmer, quotes(a)
    assert a.actor(scholz).name.startswith("Olaf"), quotes(a)


def test_a_headline_quotes_with_single_marks(analyze_text):
    a = analyze_text("The navy said on Monday the drills would go on.", title="Navy chief vows 'swift' reply to drills",
                     published="2024-03-01")
    quoted = [q for q in a.quotes if q.direct and q.text == "swift"]
    assert quoted and who(a, quoted[0]) == "Navy chief", quotes(a)


@pytest.mark.parametrize(
    ("text", "quoted", "name"),
    [
        ("Japan ‘will not back down’ on fishing rights: Japan’s Kishida\n\nJapanese Prime Minister Fumio Kishida "
         "said on Monday that Japan would defend its fishing rights.", "will not back down", "Fumio Kishida"),
        ("Seoul 'still hopes for talks' with the North: Yoon\n\nSouth Korean President Yoon Suk Yeol said on Friday "
         "that the door to dialogue stayed open.", "still hopes for talks", "Yoon Suk Yeol"),
        ("Canada 'firmly' rejects the tariff plan\n\nCanada said on Friday it would not accept the new duties.",
         "firmly", "Canada"),
    ],
)
def test_a_headline_line_opening_a_plain_text_quotes_with_single_marks(analyze_text, text, quoted, name):
    a = analyze_text(text, published="2024-03-01")
    hits = [q for q in a.quotes if q.direct and q.text == quoted]
    assert hits and hits[0].speaker is not None, quotes(a)
    assert a.actor(hits[0].speaker).name == name, quotes(a)


def test_apostrophes_in_a_headline_are_no_quotation_marks(analyze_text):
    a = analyze_text("Stocks fell.", title="Seoul's stocks fall as investors' fears grow", published="2024-03-01")
    assert not [q for q in a.quotes if q.direct], quotes(a)


def test_a_quote_inside_a_labelled_headline_is_not_found_twice(analyze_text):
    a = analyze_text("The minister spoke on Monday.", title='Minister: "We will not retreat"', published="2024-03-01")
    assert len([q for q in a.quotes if "We will not retreat" in q.text]) == 1, quotes(a)


def test_the_one_urged_to_act_is_the_subject_of_the_act(analyze_text):
    a = analyze_text("The mayor urged residents to report any flooding in their streets.", published="2024-03-01")
    nested = [q for q in a.quotes if q.text.startswith("any flooding")]
    assert nested and who(a, nested[0]) == "residents", quotes(a)


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        ("Kim Yo-jong, the sister of leader Kim Jong-un, warned Seoul in a statement on Sunday against "
         "new drills. The statement was carried by the official news agency.\n\n"
         "\"The puppets will pay dearly,\" the statement said.", "The puppets will pay", "Kim Yo-jong"),
        ("Foreign Minister Choe Son Hui said in a statement on Tuesday that talks were off the table. "
         "The statement came hours after the launch. \"There is nothing to discuss,\" the statement said.",
         "There is nothing to discuss", "Choe Son-hui"),
        # the document names the act of a verb of saying: "is warning ... The warning said"
        ("Japan's embassy in Seoul is warning that Japanese tourists could face protests. The warning, posted "
         "Sunday on the embassy website, said the tourists should avoid \"large crowds near the station.\"",
         "the tourists should avoid", "Japan's embassy"),
        ("The Chinese embassy in Tokyo issued a warning on Friday. The warning said Chinese students should "
         "\"stay alert at all times.\"", "Chinese students should", "Chinese embassy"),
        # the document was put on the issuer's website
        ("\"China strongly urges the United States to drop the tariffs,\" reads the statement published on the "
         "Commerce Ministry website on Friday.", "China strongly urges", "Commerce Ministry"),
        ("South Korea's unification ministry said on Monday the talks would resume. \"We hope the North "
         "responds quickly,\" reads the statement posted on the ministry's website.", "We hope the North",
         "Ministry of Unification"),
    ],
)
def test_the_statement_a_speaker_spoke_in_is_the_speakers(analyze_text, text, content, name):
    """'X warned Y in a statement ... "...," the statement said': X's, past a sentence that names
    the statement again without its issuer; "X is warning ... The warning said" X's; "reads the
    statement published on X's website" X's."""
    a = analyze_text(text, published="2024-03-18")
    actor = speaker_of(a, content)
    assert actor is not None and actor.name == name, quotes(a)


def test_the_answers_of_an_interview_printed_as_questions_and_answers_are_the_interviewees(analyze_text):
    a = analyze_text(
        "SEOUL (Yonhap) -- Unification Minister Kim Yung-ho said the government would keep its door open, "
        "in an interview with Yonhap. The following are excerpts.\n\n"
        "Q: The North has cut every line of contact. What can Seoul do?\n\n"
        "A: We will keep calling on the hotline every morning. Dialogue needs patience.\n\n"
        "Q: Will the ministry be reorganised?\n\n"
        "A: The ministry will focus more on human rights in the North.",
        published="2023-09-20",
    )
    for content in ("We will keep calling", "The ministry will focus"):
        actor = speaker_of(a, content)
        assert actor is not None and actor.name == "Kim Yung-ho", quotes(a)
    assert not any(q.text.startswith("The North has cut") for q in a.quotes), quotes(a)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Go Yun-seok, a senior researcher at the Korea Institute for Defense Analyses, said the drills would "
         "go ahead. \"The North is testing the alliance,\" Go said.", "The North is testing"),
        ("Seoul is watching the border closely. \"Nothing will change before the election,\" said Go Yun-seok, "
         "a senior researcher at a state think tank. \"Pyongyang waits for the result,\" said Go.", "Pyongyang waits"),
    ],
)
def test_a_korean_name_whose_family_name_is_an_english_word_speaks(analyze_text, text, content):
    """"Go Yun-seok, a researcher ..., said", "Go said": a Korean name the tagger left out whole (its
    family name read as a verb) is a person, and its family name alone where it speaks is the same."""
    a = analyze_text(text, published="2024-05-02")
    actor = speaker_of(a, content)
    assert actor is not None and actor.name == "Go Yun-seok", quotes(a)
    assert any(m.text == "Go" for m in actor.mentions), actor.mentions


@pytest.mark.parametrize(
    ("text", "content", "state"),
    [
        ("TOKYO -- Japan and China failed to agree on a fishing quota on Monday.\n\n"
         "A senior Japanese government official said the talks would resume next month.", "the talks would resume", "JPN"),
        ("SEOUL -- The two Koreas traded accusations over the border on Friday.\n\n"
         "A senior South Korean government official said the military had not fired first.", "the military had not", "KOR"),
    ],
)
def test_a_government_official_of_a_named_state_is_that_states_officials(analyze_text, text, content, state):
    """"A senior Japanese government official said": Japan's unnamed government officials (as "a
    government official" is the home state's), not the state Japan."""
    a = analyze_text(text, published="2024-06-14")
    actor = speaker_of(a, content)
    assert actor is not None and actor.kind == "group" and actor.country == state and actor.sector == "GOV", quotes(a)


def test_a_pronoun_speaker_is_none_of_the_people_the_quote_names(analyze_text):
    """'X, whose daughter Aiko was abducted, ... "Please bring Aiko home," she told Y': the mother,
    not Aiko, whom the quote names (no one names herself in her own words)."""
    a = analyze_text(
        "Tanaka Michiko, 85, whose daughter Aiko was abducted from a harbour in 1980, met the foreign minister "
        "on Thursday.\n\n\"I dream of Aiko every night. Please bring Aiko home,\" she told the minister.",
        published="2024-02-08",
    )
    actor = speaker_of(a, "I dream of Aiko")
    assert actor is not None and actor.name == "Tanaka Michiko", quotes(a)


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        ("Mira Holt, a nuclear policy expert at Stanford University, said the deal was hollow. \"It freezes "
         "nothing,\" Holt said.\n\nIn an interview, the professor added that the stockpile was growing.",
         "the stockpile was growing", "Mira Holt"),
        ("Pak Chol-min, a former trade counselor at the North Korean embassy in Rome, said he fled in May.\n\n"
         "The former diplomat said morale among envoys abroad had collapsed.", "morale among envoys", "Pak Chol-min"),
        ("Mira Holt, a nuclear policy expert at Stanford University, said the deal was hollow. Han Ji-su, a "
         "professor at Korea University, disagreed in a seminar.\n\nThe professor said the deal bought time.",
         "the deal bought time", None),
    ],
)
def test_the_person_noun_after_a_quoted_person_is_that_person(analyze_text, text, content, name):
    """'X, an expert at ..., said ... the professor added that Y': a person noun after "the" speaks
    for the person who spoke just before, when no one else is named between (guard: Han, named
    between, is no speaker of the quotes before, so the professor is not Holt)."""
    a = analyze_text(text, published="2024-04-11")
    actor = speaker_of(a, content)
    assert (actor.name if actor else None) == name or (name is None and (actor is None or actor.name != "Mira Holt")), quotes(a)


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        ("TOKYO -- Iwasaki Tomoki, who leads an association of abductees' families, said the families wanted "
         "a summit.\n\n\"We only want our relatives back,\" Iwasaki said.", "We only want", "Iwasaki Tomoki"),
        ("TOKYO -- Tsuboi Sachiko, 84, whose son was taken from a beach in 1978, met the minister on Monday.\n\n"
         "Tsuboi, the oldest of the parents, said she would keep writing letters to him.", "she would keep writing",
         "Tsuboi Sachiko"),
    ],
)
def test_a_japanese_name_written_family_name_first_speaks_by_its_family_name(analyze_text, text, content, name):
    """Japanese names in their own order ("Iwasaki Tomoki", Mainichi and Asahi style) that the tagger
    left out or split: "X Y, who ..., said" is a person's name (a body takes "which"), and "X said"
    after it, tagged as a place or a body, is that person."""
    a = analyze_text(text, published="2024-03-26")
    actor = speaker_of(a, content)
    assert actor is not None and actor.name == name, quotes(a)


def test_a_shared_family_name_speaking_is_the_one_named_in_full_just_before(analyze_text):
    """'Kim Jong Un' named three times, then 'a statement issued in the name of Kim Yo Jong ...
    "...," Kim said': the sister, named in full in the sentence before, not the leader named more."""
    a = analyze_text(
        "SEOUL -- North Korean leader Kim Jong Un inspected a new destroyer on Sunday. Kim Jong Un also "
        "visited a shipyard, and Seoul said Kim Jong Un was preparing a naval drill.\n\n"
        "On Monday Pyongyang rejected talks with Seoul. The rejection came in a statement issued in the name "
        "of Kim Yo Jong, a vice department director of the ruling party.\n\n"
        "\"There is nothing to discuss with the puppets,\" Kim said.",
        published="2024-06-03",
    )
    actor = speaker_of(a, "There is nothing to discuss")
    assert actor is not None and actor.name == "Kim Yo-jong", quotes(a)


@pytest.mark.parametrize(
    ("text", "content", "later", "name"),
    [
        ("SEOUL -- The North fired two cruise missiles on Friday. According to the official news agency KCNA, "
         "Kim Yo Jong, the powerful sister of leader Kim Jong Un, claimed the allies' new drills would ruin the "
         "region's peace. Kim stated that Pyongyang would answer with force.",
         "the allies' new drills", "Pyongyang would answer", "Kim Yo-jong"),
        ("TOKYO -- Talks on the fisheries deal stalled again. According to Kyodo News, Yoko Kamikawa, the "
         "foreign minister of Prime Minister Fumio Kishida, warned that the ban hurt both sides. Kamikawa added "
         "that Tokyo would press on.",
         "the ban hurt", "Tokyo would press on", "Yoko Kamikawa"),
    ],
)
def test_the_one_named_after_according_to_a_source_speaks_and_is_the_bare_name_after(
        analyze_text, text, content, later, name):
    """'According to KCNA, Kim Yo Jong, the sister of leader Kim Jong Un, claimed X': the person the
    parse hung on the source (an apposition or conjunct) says X, not the agency that carried it; and
    a bare "Kim" after it is she, not the leader named inside her description."""
    a = analyze_text(text, published="2024-03-08")
    for words in (content, later):
        actor = speaker_of(a, words)
        assert actor is not None and actor.name == name, quotes(a)


@pytest.mark.parametrize(
    ("text", "content", "name", "country"),
    [
        ("SEOUL -- Beijing has closed 14 Hanmi Mart outlets in three provinces over fire code checks, the South "
         "Korean supermarket giant said on Thursday.", "Beijing has closed", "Hanmi Mart", None),
        ("TOKYO -- Orders for memory chips fell for a third month. A Japanese chipmaker said demand from phone "
         "makers would recover only next year.", "demand from phone", "A Japanese chipmaker", "JPN"),
        ("SEOUL -- Panel prices rose again in May. An engineer at a Chinese display maker said the new line "
         "would open late.", "the new line would open", "An engineer", "KOR"),
    ],
)
def test_a_firm_or_person_a_state_adjective_describes_is_no_state(analyze_text, text, content, name, country):
    """"the South Korean supermarket giant said" after "Hanmi Mart": the firm named before, not South
    Korea; "a Japanese chipmaker", with none named before, a firm of its own of Japan; "an engineer
    at a Chinese display maker", one person (of the home state), not China."""
    a = analyze_text(text, published="2024-05-16")
    actor = speaker_of(a, content)
    assert actor is not None and actor.kind != "state" and actor.name == name, quotes(a)
    assert country is None or actor.country == country, (actor.country, quotes(a))


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        ("SEOUL -- North Korea fired two cruise missiles on Sunday, hours after the influential sister of leader "
         "Kim Jong Un said the South would \"pay dearly\" for the leaflets.", "pay dearly", "Kim Yo-jong"),
        ("SEOUL -- North Korea rejected the offer on Friday. Kim Jong Un's sister said Seoul was dreaming.",
         "Seoul was dreaming", "Kim Yo-jong"),
    ],
)
def test_a_relative_the_knowledge_base_knows_is_that_person(analyze_text, text, content, name):
    """"hours after the influential sister of leader Kim Jong Un said ...", "Kim Jong Un's sister
    said": the relative of relatives.csv, not the leader, nor North Korea (the parse made the sister
    the object of "after", so the clause had no subject and took the sentence's, North Korea)."""
    a = analyze_text(text, published="2024-06-10")
    actor = speaker_of(a, content)
    assert actor is not None and actor.name == name, quotes(a)


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        ("A nurse who stole painkillers from a hospice admitted the thefts on Monday, Suffolk County District "
         "Attorney Ray Tierney announced.\n\nThe nurse, Dana Whitlock, 39, took the pills over two years. Her "
         "lawyer, Mark Feld, said she had sought treatment. \"She is ashamed,\" Feld said.\n\n"
         "Sentencing is set for May, the district attorney said.", "Sentencing is set for May", "Ray Tierney"),
        ("Flood water closed the county road on Sunday. Oliver Grant, the county sheriff, said two cars had been "
         "swept away. The driver's lawyer, Ruth Amos, said her client was safe. \"No one was hurt,\" Amos said."
         "\n\nThe road will reopen on Friday, the county sheriff said.", "The road will reopen", "Oliver Grant"),
    ],
)
def test_a_title_after_the_is_the_person_introduced_with_it(analyze_text, text, content, name):
    """"District Attorney Ray Tierney announced ... Y, the district attorney said", "Oliver Grant,
    the county sheriff, said ... the county sheriff said": the person the story gave that title
    before, though others spoke between (the lawyer is an attorney too, and no district attorney)."""
    a = analyze_text(text, published="2024-03-04")
    actor = speaker_of(a, content)
    assert actor is not None and actor.name == name, quotes(a)


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        ("WASHINGTON, May 4 (Yonhap) -- The United States stands ready to defend its allies, a Pentagon "
         "spokesperson said Thursday, after Pyongyang said it had held a naval drill.\n\nBrig. Gen. Ann Ruiz "
         'called on North Korea to stop its threats.\n\n"We would ask Pyongyang to refrain from any such '
         'behavior," the spokesperson told a daily press briefing.\n\nDepartment of Defense spokesperson Brig. '
         "Gen. Ann Ruiz is seen answering questions at the Pentagon in this image. (Yonhap)\n\nNorth Korea said "
         "on Sunday that it had tested a new engine. It said the test was a success.\n\n"
         '"Our commitment to the alliance is firm," the defense department spokesperson said.',
         "Our commitment to the alliance", "Ann Ruiz"),
        ("WASHINGTON, May 4 (Yonhap) -- The United States stands ready to defend its allies, a Pentagon "
         "spokesperson said Thursday, after Pyongyang said it had held a naval drill.\n\nBrig. Gen. Ann Ruiz "
         'called on North Korea to stop its threats.\n\n"We would ask Pyongyang to refrain from any such '
         'behavior," the spokesperson told a daily press briefing.\n\nDepartment of Defense spokesperson Brig. '
         "Gen. Ann Ruiz is seen answering questions at the Pentagon in this image. (Yonhap)",
         "We would ask Pyongyang", "Ann Ruiz"),
        ("North Korea has not replied to the United Nations Command, a state department spokesperson said "
         "Friday.\nPyongyang also remains silent, according to the department spokesperson, Ellen Marsh.\n"
         '"We have had no reply at all," Marsh told a press briefing.\nThe soldier crossed the border last '
         'month.\nShortly after that, the state department spokesperson said the US had "several channels" to '
         "reach North Korea.", "several channels", "Ellen Marsh"),
    ],
)
def test_the_spokesperson_is_the_one_person_the_article_calls_a_spokesperson(analyze_text, text, content, name):
    """'A Pentagon spokesperson said ... "...," the defense department spokesperson said', with
    "spokesperson Col. Dana Whitfield" or "the department spokesperson, Ellen Marsh" written in the
    article: that person, not the department, nor an organisation made of the lower-case words."""
    a = analyze_text(text, published="2023-08-03")
    actor = speaker_of(a, content)
    assert actor is not None and actor.name == name, quotes(a)


def test_a_bodys_own_spokesperson_is_not_the_spokesperson_named_elsewhere(analyze_text):
    """'Its spokesman, Senior Colonel Wu Pei, said X': the spokesperson of the body named before,
    not the only person the article calls a spokesperson (a guard for the rule above)."""
    a = analyze_text(
        "The Eastern Theatre Command said it had held live-fire drills near the strait. Its spokesman, Senior "
        'Colonel Wu Pei, said the drills were "a firm warning" to separatist forces.\n\nChinese foreign ministry '
        "spokeswoman Hua Chunying defended the drills on Friday.", published="2022-08-05")
    actor = speaker_of(a, "the drills were")
    assert actor is None or actor.name != "Hua Chunying", quotes(a)


def test_unnamed_sources_of_a_report_speak(analyze_text):
    """RFA and Daily NK style: "sources in the city told Daily NK" a group of unnamed sources, "A
    second source, a farmer in ..., said" one source, and "the source said" after it the same one;
    '"...," a resident of Musan, in ... province, told Daily NK' one resident, not Daily NK (the
    parse hung the speaker's phrase on a word of the quote, and the name after "told" is who was told)."""
    a = analyze_text(
        "SEOUL -- Market traders in Sinuiju have been ordered to close their stalls by Friday, sources in "
        "the city told Daily NK.\n\n"
        "\"Nobody dares to complain,\" a resident of Musan, in North Hamgyong province, told Daily NK.\n\n"
        "A second source, a farmer near Hoeryong, said grain prices had doubled since May. \"We eat twice a "
        "day now,\" the source said.",
        published="2024-07-09",
    )
    sources = speaker_of(a, "Market traders in Sinuiju")
    assert sources is not None and sources.kind == "group", quotes(a)
    resident = speaker_of(a, "Nobody dares")
    assert resident is not None and resident.kind == "person" and "Daily" not in resident.name, quotes(a)
    second = speaker_of(a, "grain prices had doubled")
    assert second is not None and second.kind == "person" and speaker_of(a, "We eat twice") is second, quotes(a)


def test_the_source_is_the_unnamed_informant_who_spoke_last(analyze_text):
    """'... a resident of the county told Daily NK ... "...," the source said': the resident, the
    informant who spoke last (no one was introduced as "a source")."""
    a = analyze_text(
        "SEOUL -- Police in Hoeryong have begun checking mobile phones at markets, a resident of the county "
        "told Daily NK on condition of anonymity.\n\n"
        "\"Anyone with a Chinese phone is taken away,\" the source said.",
        published="2024-07-09",
    )
    resident = speaker_of(a, "Police in Hoeryong")
    assert resident is not None and resident.kind == "person", quotes(a)
    assert speaker_of(a, "Anyone with a Chinese phone") is resident, quotes(a)


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        ("Harbor Foods recalled 40,000 jars of peanut butter on Monday. The move came a week after the Food "
         "Safety Alliance criticised Harbor Foods' labels.\n\nThe group said the recall was overdue.",
         "the recall was overdue", "Food Safety Alliance"),
        ("Orders for brake parts have fallen by a third since March. \"Our lines run three days a week now,\" "
         "said a Pune auto parts supplier.", "Our lines run", "a Pune auto parts supplier"),
    ],
)
def test_a_firm_described_by_its_trade_is_the_one_named_before_or_its_own(analyze_text, text, content, name):
    """"The group said" after the alliance named last (not the firm named only as an owner after
    it, "Harbor Foods' labels"); '"...," said a Pune auto parts supplier', none named: a firm of its
    own (firm_nouns.txt), not None."""
    a = analyze_text(text, published="2024-04-22")
    actor = speaker_of(a, content)
    assert actor is not None and actor.name == name, quotes(a)


def test_a_pronoun_after_an_unnamed_informant_is_the_informant_not_the_outlet(analyze_text):
    """'X, a resident of the city told RFA's Korean Service. "...," he said': the resident; "Korean
    Service", a state's adjective opening it, is no one's name for "he" to make a person."""
    a = analyze_text(
        "SEOUL -- Guards in Hyesan have begun searching homes for foreign money, a resident of the city told "
        "RFA's Korean Service. \"They open every drawer,\" he said.",
        published="2024-07-09",
    )
    resident = speaker_of(a, "Guards in Hyesan")
    assert resident is not None and resident.kind == "person", quotes(a)
    assert speaker_of(a, "They open every drawer") is resident, quotes(a)
    assert all(x.kind != "person" for x in a.actors if "Service" in x.name), a.actors


def test_a_name_before_a_place_noun_is_no_one_a_pronoun_makes_a_person(analyze_text):
    """'phones smuggled across the Amnok and Duman rivers ... "...," he said': the informant who
    spoke before; "Duman", tagged a body, names a river (place_nouns.txt), not a man."""
    a = analyze_text(
        "SEOUL -- North Korean guards have stopped phone smuggling across the Amnok and Duman rivers since June, "
        "a source in the border region told Daily NK.\n\n"
        "Guards now shoot on sight. \"Nobody risks the crossing any more,\" he said.",
        published="2024-07-09",
    )
    source = speaker_of(a, "North Korean guards have stopped")
    assert source is not None, quotes(a)
    assert speaker_of(a, "Nobody risks the crossing") is source, quotes(a)


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        # the next sentence quotes on its own: its verb is no attribution of the quote before
        ("\"Rates will stay high into the winter,\" said Maria Lind, an economist at a Lisbon bank. \"Households "
         "will feel it most.\" Senator Paul Reyes, a critic of the plan, called the rise \"a slow disaster\" for "
         "farmers.", "Households will feel it most", "Maria Lind"),
        # a verb of quoting that is no verb of saying, with words after it, is a sentence of its own
        ("\"The deal must be fair to our growers,\" Reyes said in a statement. \"We will not sign a bad one.\" "
         "The new duties would not go into effect until the end of the comment period.",
         "We will not sign a bad one", "Paul Reyes"),
    ],
)
def test_a_quote_that_goes_on_keeps_its_speaker_before_a_sentence_of_its_own(analyze_text, text, content, name):
    """A whole quoted sentence after an attributed one, in the same paragraph, goes on with that
    speaker; the sentence after it is no attribution when it opens a quotation of its own or when
    its verb ("go" of "go into effect") takes words of its own."""
    a = analyze_text(text, published="2018-04-06")
    actor = speaker_of(a, content)
    assert actor is not None and actor.name.endswith(name.split()[-1]), quotes(a)


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        ('A Seoul court sentenced former President Lee Myung-bak to 15 years in prison on Friday. "The defendant '
         'abused the trust of the people," the judge said.', "The defendant abused", "the judge"),
        ('Former Prime Minister Han Duck-soo was acquitted on Tuesday. "There is no evidence of a plot," the '
         'presiding judge said, adding that the charges had been brought too late.', "There is no evidence",
         "the presiding judge"),
        ('Judge Kim Se-yoon handed down the sentence on Friday. "The defendant showed no remorse," the judge said.',
         "The defendant showed no remorse", "Kim Se-yoon"),
    ],
)
def test_the_judge_is_no_one_the_court_tried(analyze_text, text, content, name):
    """'X was jailed on Friday. "...," the judge said': the judge, a person of the courts
    (person_nouns.csv, sector JUD), is not the one the sentence before is about when that one is
    of another trade; a judge the text named is that judge."""
    a = analyze_text(text, published="2019-03-02")
    actor = speaker_of(a, content)
    assert actor is not None and actor.name == name, quotes(a)


@pytest.mark.parametrize(
    ("text", "content", "country"),
    [
        ("Gyeonggi Province said on Tuesday that it would pay 100,000 won to every resident.",
         "it would pay 100,000 won", "KOR"),
        ("The Jeju provincial government said it would cap the number of rental cars on the island.",
         "it would cap the number", "KOR"),
        ("Seoul city said on Monday that it would ban diesel buses from 2025.", "it would ban diesel buses", "KOR"),
        ('"The river belongs to all of us," Karnataka argued in its reply to the court.',
         "The river belongs to all of us", "IND"),
        ("Kerala on Monday told the Supreme Court that the dam was unsafe. The State said the Centre had "
         "ignored its warnings for years.", "the Centre had ignored", "IND"),
        ('Texas said it would appeal the ruling. "The law is clear," the state said in a filing.',
         "The law is clear", "USA"),
        ("Ontario said on Friday that it would cut the gas tax by 5.7 cents a litre.", "it would cut the gas tax", "CAN"),
    ],
)
def test_a_region_or_city_that_speaks_is_its_government(analyze_text, text, content, country):
    """A first-level division (or a city with "city" after its name) that says something is its
    government, an actor of its country in sector GOV, as is "the State" or "the province"
    referring back to the last one named (data/quotes/division_government_words.txt)."""
    a = analyze_text(text, published="2019-03-02")
    actor = speaker_of(a, content)
    assert actor is not None and actor.kind == "organization" and (actor.country, actor.sector) == (country, "GOV"), quotes(a)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("People in Tamil Nadu said the rains had destroyed their crops.", "the rains had destroyed"),
        ("Residents of Jeju said the tourists had left the island.", "the tourists had left"),
        ("Busan said it would host the expo.", "it would host the expo"),
        ("The province said it would hire 2,000 nurses. Quebec has been short of staff since 2020.",
         "it would hire 2,000 nurses"),
    ],
)
def test_a_place_named_beside_a_speaker_is_no_government(analyze_text, text, content):
    """A place where the speakers live, a bare city, and "the province" before any is named: no
    region's government speaks."""
    a = analyze_text(text, published="2019-03-02")
    actor = speaker_of(a, content)
    assert actor is None or not actor.id.endswith("-government"), quotes(a)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("On Tuesday, a coroner identified the body after taking DNA samples from relatives, local media report.",
         "On Tuesday, a coroner identified"),
        ("The steel plant will close in June with the loss of 900 jobs, state media report.", "The steel plant will close"),
    ],
)
def test_media_report_closing_a_sentence_is_a_verb_of_saying(analyze_text, text, content):
    """'X, local media report.': the bare "report" that closes a sentence after a comma, read as a
    noun ("media report"), says the sentence before the comma, the media its speakers."""
    a = analyze_text(text, published="2019-03-02")
    actor = speaker_of(a, content)
    assert actor is not None and actor.sector in ("MED", "GOV") and "medi" in actor.id, quotes(a)


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        ("Park Ji-won, a ministry spokesman, made clear that Seoul has no plan to reopen the factory park.",
         "Seoul has no plan", "Park Ji-won"),
        ("Ambassador Lee Min-ho took note that the latest Rodong Sinmun editorial avoided harsh words about Tokyo.",
         "the latest Rodong Sinmun editorial", "Lee Min-ho"),
        ("Foreign Minister Tanaka Hiroshi made the point that sanctions alone had not stopped the launches.",
         "sanctions alone had not stopped", "Tanaka Hiroshi"),
        ("Japan's Mainichi Shimbun evaluated that the summit in Hiroshima produced few concrete results.",
         "the summit in Hiroshima produced", "Mainichi Shimbun"),
    ],
)
def test_a_that_clause_of_a_light_verb_phrase_or_judging_verb_is_the_subjects(analyze_text, text, content, name):
    """'X made clear that ...' (the clause parsed as the subject of "clear"), 'X took note that ...',
    'X made the point that ...' (a light verb and a noun of saying), 'X evaluated that ...' (a verb of
    judging): the clause is reported, and the subject said it."""
    a = analyze_text(text, published="2023-06-01")
    assert name in (who(a, find(a, content)) or ""), quotes(a)


def test_the_object_of_a_verb_of_judging_is_no_quote(analyze_text):
    """A guard: 'to evaluate the proposals' judges nothing yet; only a "that" clause after
    "evaluate" is reported."""
    a = analyze_text("It is hard to evaluate the new budget plans without seeing the figures.", published="2023-06-01")
    assert not any(q.cue == "evaluate" for q in a.quotes), quotes(a)


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        ('Defense Minister Lee Jong-sup said at a briefing, "Because many ships are in port during the storm '
         'and we could not reach the island," adding that a new date will be set.',
         "a new date will be set", "Lee Jong-sup"),
        ("A senior presidential official said on Friday, “Because most leaders are in Paris for the Olympics "
         "and we could not agree on a time,” adding that the summit is off.",
         "the summit is off", "official"),
        ("Kim Yo-jong took issue with the Unification Ministry's position that it \"cannot verify\" the "
         "leaflet flights over the border, saying the ministry's answer proves that it is hiding the truth.",
         "the ministry's answer proves", "Kim Yo-jong"),
    ],
)
def test_a_participle_after_a_quotation_or_a_nouns_clause_is_the_main_subjects(analyze_text, text, content, name):
    """'X said, "Because ...," adding that ...' and 'X took issue with the stance that it "cannot
    confirm" it, saying ...': the parse hangs the participle on a verb inside the quotation or the
    noun's clause; the one adding or saying is the subject of the clause outside it."""
    a = analyze_text(text, published="2024-06-01")
    assert name in (who(a, find(a, content)) or ""), quotes(a)


def test_the_marked_words_inside_a_nouns_clause_stay_the_nouns_owners(analyze_text):
    """A guard beside the one above: the words marked inside 'the ministry's position that it
    "cannot verify" X, saying ...' are the ministry's, not those of the one saying."""
    a = analyze_text("Kim Yo-jong took issue with the Unification Ministry's position that it \"cannot verify\" the "
                     "leaflet flights over the border, saying the ministry's answer proves that it is hiding the truth.",
                     published="2024-06-01")
    assert speaker_of(a, "cannot verify").id == "korea-unification-ministry", quotes(a)


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        ("Foreign Minister Park Jin and his Australian counterpart Penny Wong met in Canberra on Monday. "
         "Park reaffirmed that Seoul will keep its sanctions on Pyongyang in place.",
         "Seoul will keep its sanctions", "Park"),
        ("Defense Minister Minoru Kihara reaffirmed Tokyo's pledge to double its defense budget by 2027.",
         "Tokyo's pledge to double", "Minoru Kihara"),
    ],
)
def test_what_a_speaker_reaffirms_is_the_speakers(analyze_text, text, content, name):
    """"reaffirm", like "reiterate", reports its that-clause or its object."""
    a = analyze_text(text, published="2024-06-01")
    assert name in (who(a, find(a, content)) or ""), quotes(a)
