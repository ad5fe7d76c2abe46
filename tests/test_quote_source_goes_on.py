"""'"...," Ota said. The official added that ...', '... a special envoy of the army said. ... He said
that ...': "the official" or "he" that no earlier rule resolves goes on with the source who spoke
just before. Sentences written for these tests."""

from __future__ import annotations

from .test_quotes import quotes, speaker_of


def _speaker_of_words(article, words: str):
    """The actor who says the quote that holds these words."""
    hits = [q for q in article.quotes if words in q.text]
    assert hits, f"no quote holds {words!r}: {quotes(article)}"
    return article.actor(hits[0].speaker)


def test_the_official_after_a_cabinet_secretary_is_that_secretary(analyze_text):
    """The knowledge base gives this man a later office (premier); the text titles him secretary."""
    a = analyze_text(
        "The launch is a grave provocation, Japanese Chief Cabinet Secretary Yoshihide Suga said on Tuesday.\n\n"
        "\"The missile fell inside our waters and we protest strongly,\" Suga said at a press conference.\n\n"
        "The official added that the prime minister had ordered a full review of the defences.",
        published="2024-05-07")
    speaker = speaker_of(a, "the prime minister had ordered")
    assert speaker is not None and speaker.name in ("Yoshihide Suga", "Suga"), quotes(a)


_WANG_SAID = [
    "Wang said the video was another provocative act and that China had lodged a firm protest with Tokyo.",
    "He said no video could change the fact that the islands belong to China and have done so for centuries.",
    "Wang said Tokyo should face up to the facts of history and settle its disputes through talks with its neighbours.",
    "Asked about reports that Tokyo seeks support from its southern neighbours on sea safety, Wang said China urged "
    "all parties to avoid harming the interests of others with their diplomacy.",
    "Asked about plans in Tokyo to raise military spending, Wang said China keeps to a path of peaceful "
    "development and a defence policy that is defensive in nature.",
    "Wang said the coast guard had patrolled the waters around the islands for years and would go on doing so "
    "as part of its normal duties under the law of the country.",
    "He said the two countries had agreed years ago to shelve the dispute and that Tokyo had broken that "
    "understanding when it bought three of the islands from a private owner.",
    "Wang said Beijing remained willing to talk with Tokyo about the waters, but that talks could not begin "
    "while Japanese ships kept chasing Chinese fishing boats away from the islands.",
    "Asked whether the foreign ministers would meet at the regional forum next month, Wang said he had no "
    "information to give on the schedule of the minister at this time.",
    "\"China is resolute in defending its sovereignty. It will never allow any country to take its "
    "territory,\" Wang said.",
]


def test_the_spokesman_after_the_named_spokesman_is_that_man(analyze_text):
    """The spokesman introduced unnamed in the lead is named next and speaks for many paragraphs."""
    a = analyze_text(
        "BEIJING - Japan should stop all its patrols near the islands, a Chinese Foreign Ministry spokesman "
        "told a regular press briefing Friday.\n\n"
        "Wang Jun was commenting on a video posted online by the Japanese Foreign Ministry.\n\n"
        + "\n\n".join(_WANG_SAID) + "\n\n"
        "The spokesman rejected the charge, saying \"Tokyo is hyping a threat for its own ends.\"",
        published="2024-05-07")
    speaker = speaker_of(a, "Tokyo is hyping a threat")
    assert speaker is not None and speaker.name in ("Wang Jun", "Wang"), quotes(a)


def test_he_after_the_official_goes_on_with_that_official(analyze_text):
    a = analyze_text(
        "SEOUL, May 3 (Yonhap) -- North Korea on Friday denounced a statement issued by the ministers of a "
        "group of rich nations.\n\n"
        "Jo Myong-su, director of the department of treaties at North Korea's foreign ministry, said he "
        "\"flatly\" rejects the statement, according to the official Korean Central News Agency.\n\n"
        "\"The summit is no more than a club of a few rich states,\" Jo said, describing the group as a "
        "\"gang of warmongers.\"\n\n"
        "The official denounced Washington for sending bombers to the region. He also lashed out at Tokyo, "
        "which chairs the group this year, for dumping \"tainted water\" into the sea.",
        published="2024-05-07")
    speaker = _speaker_of_words(a, "dumping")
    assert speaker is not None and speaker.name in ("Jo Myong-su", "Jo"), quotes(a)


def test_he_after_an_unnamed_envoy_is_the_body_he_spoke_for(analyze_text):
    a = analyze_text(
        "LIMA, June 9. The Peruvian navy has agreed to hold talks with the striking dockers to reach a pause, "
        "but not to end the strike, a special envoy of the Peruvian navy chief said in Lima on Monday.\n\n"
        "The strike has closed three ports on the coast since March.\n\n"
        "He said that the navy would not meet the dockers face to face.",
        published="2024-05-07")
    first = _speaker_of_words(a, "has agreed to hold talks")
    speaker = speaker_of(a, "the navy would not meet")
    assert first is not None and speaker is not None and speaker.id == first.id, quotes(a)


def test_the_official_after_another_person_is_named_is_not_the_speaker_before(analyze_text):
    """A guard: a person named between the speaker and "the official" leaves the official to others."""
    a = analyze_text(
        "\"The missile fell inside our waters,\" Japanese Chief Cabinet Secretary Yoshihide Suga said on Tuesday.\n\n"
        "Defense Minister Aiko Mori met the US ambassador Rahm Carter later in the day.\n\n"
        "The official added that the prime minister had ordered a full review of the defences.",
        published="2024-05-07")
    speaker = speaker_of(a, "the prime minister had ordered")
    assert speaker is None or speaker.name not in ("Yoshihide Suga", "Suga"), quotes(a)


def test_she_after_a_named_minister_stays_hers(analyze_text):
    """A guard: a pronoun the reader gives a person keeps that person."""
    a = analyze_text(
        "Foreign Minister Ana Ruiz said on Monday that the talks would resume in June.\n\n"
        "\"We expect both sides to keep their word,\" she said.",
        published="2024-05-07")
    speaker = speaker_of(a, "We expect both sides")
    assert speaker is not None and speaker.name in ("Ana Ruiz", "Ruiz"), quotes(a)


def test_a_slashed_agency_dateline_is_no_content_of_the_lead(analyze_text):
    """'LIMA, June 9. /TASS/. X, a source said': the dateline, agency between slashes, is no part
    of what was said."""
    a = analyze_text(
        "LIMA, June 9. /TASS/. The Peruvian navy has agreed to hold talks with the striking dockers to reach "
        "a pause, but not to end the strike, a special envoy of the Peruvian navy chief said in Lima on Monday.",
        published="2024-05-07")
    lead = [q for q in a.quotes if "has agreed to hold talks" in q.text and q.cue == "said"]
    assert lead and lead[0].text.startswith("The Peruvian navy"), quotes(a)


def test_a_dashed_dateline_still_is_no_content(analyze_text):
    """A guard: the dash form the dateline reader takes stays out as before."""
    a = analyze_text(
        "SEOUL, May 3 (Yonhap) -- The army has agreed to hold talks with the union, a ministry "
        "official said on Thursday.",
        published="2024-05-07")
    lead = [q for q in a.quotes if "has agreed to hold talks" in q.text and q.cue == "said"]
    assert lead and lead[0].text.startswith("The army"), quotes(a)
