"""Event dates and participants on news prose: the classes judged on drawn news events, on
sentences written for these tests."""

import pytest

from dyad.article import TimeRef
from tests.test_events import article, nlp, stage  # noqa: F401  (fixtures)


def dated(stage, art, published="2023-11-05"):  # noqa: F811
    art.published = published
    return [(e.cameo[:2], e.modality, e.date and (e.date.value, e.date.anchor)) for e in stage(art).events]


@pytest.mark.parametrize(
    "text, root",
    [
        ("Israel will attack Syria.", "13"),  # a threat, made when reported
        ("Israel plans to attack Syria.", "13"),
        ("North Korea hopes to meet the United States again.", "03"),  # an intent
        ("China urged Japan to free the fishermen.", "02"),
    ],
)
def test_an_act_of_saying_takes_the_publication_day_whatever_its_content_mood(nlp, stage, text, root):  # noqa: F811
    found = [d for r, _, d in dated(stage, article(nlp, text)) if r == root]
    assert found == [("2023-11-05", "published")], dated(stage, article(nlp, text))


def test_an_act_of_saying_takes_its_sentences_date(nlp, stage):  # noqa: F811
    text = "On Monday, Russia said it would attack Japan."
    found = dated(stage, article(nlp, text, times=[("Monday", "2023-10-30")]))
    assert ("13", "predicted", ("2023-10-30", "sentence")) in found or any(
        r == "13" and d == ("2023-10-30", "sentence") for r, _, d in found
    ), found


@pytest.mark.parametrize(
    "text, year",
    [
        ("China and Japan agreed on Monday to seek an end to the 1950 war, at their summit.", "1950"),
        ("On Monday Iran rejected the 2015 nuclear deal with the United States.", "2015"),
        ("Russia condemned the 2014 referendum in talks with China on Monday.", "2014"),
    ],
)
def test_a_year_that_names_a_thing_dates_no_event(nlp, stage, text, year):  # noqa: F811
    art = article(nlp, text, times=[("Monday", "2023-10-30"), (year, year)])
    found = dated(stage, art)
    assert found and all(d is None or d[0] != year for *_, d in found), found
    assert any(d == ("2023-10-30", "clause") or d == ("2023-10-30", "sentence") for *_, d in found), found


def test_a_year_modifying_the_trigger_itself_dates_it(nlp, stage):  # noqa: F811
    text = "Officials described the Monday talks between Israel and Syria."
    found = dated(stage, article(nlp, text, times=[("Monday", "2023-10-30")]))
    assert ("04", "asserted", ("2023-10-30", "clause")) in found, found


def codes(stage, art):  # noqa: F811
    return [(e.source, e.target, e.cameo[:2], e.trigger.text) for e in stage(art).events]


@pytest.mark.parametrize(
    "text",
    [
        "Kim became the first leader of North Korea to visit South Korea since the war.",
        "Russia has not attacked Japan since the invasion.",
    ],
)
def test_an_event_named_after_since_is_a_past_reference(nlp, stage, text):  # noqa: F811
    found = codes(stage, article(nlp, text))
    assert not [e for e in found if e[3] in ("war", "invasion")], found


@pytest.mark.parametrize(
    "text",
    [
        "A Japanese official told reporters ahead of the summit that Japan would help China.",
        "Speaking at the opening of the summit, a Japanese official said that Japan would help China.",
    ],
)
def test_a_meeting_that_only_sets_the_scene_of_another_event_is_none(nlp, stage, text):  # noqa: F811
    found = codes(stage, article(nlp, text))
    assert any(e[:2] == ("JPN", "CHN") for e in found) and not [e for e in found if e[2] == "04"], found


def test_a_scene_setting_test_without_a_target_stays_an_event(nlp, stage):  # noqa: F811
    found = codes(stage, article(nlp, "Japan condemned China after North Korea's sixth nuclear test."))
    assert ("PRK", None, "15", "test") in found, found


@pytest.mark.parametrize(
    "text, code",
    [
        ("Japan called for talks with North Korea.", "026"),
        ("China and Russia, which have called for a return to negotiations, voted against it.", "026"),
        ("Russia urged a resumption of talks with Japan.", "026"),
    ],
)
def test_an_appeal_for_an_event_named_by_a_noun_is_one_appeal(nlp, stage, text, code):  # noqa: F811
    found = [(e.cameo, e.trigger.text) for e in stage(article(nlp, text)).events]
    assert code in [c for c, _ in found] and not [c for c, _ in found if c[:2] in ("03", "04")], found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Israel and Syria signed a peace agreement on Monday. Iran denounced the agreement.", ("IRN", "ISR")),
        (
            "Israel and Syria signed a peace agreement on Monday. Iran called the agreement a historic mistake.",
            ("IRN", "ISR"),
        ),
        ("Trump visited China on Monday. Russia criticized the visit.", ("RUS", "trump")),
        ("Japan accused China of spying on Monday. China rejected the charge.", ("CHN", "JPN")),
        # a word of accusation answers the last accusation told, not the story's first of its root
        ("South Korea accused North Korea of hacking on Monday. On Tuesday, Japan criticized China's naval "
         "buildup. China rejected the criticism.", ("CHN", "JPN")),
        ("Russia condemned Japan's sanctions on Monday. The United States accused Russia of election meddling on "
         "Wednesday. Russia denied the accusation.", ("RUS", "USA")),
    ],
)
def test_a_comment_on_an_event_told_before_targets_its_source(nlp, stage, text, expected):  # noqa: F811
    found = codes(stage, article(nlp, text))
    assert expected in [e[:2] for e in found], found


def test_a_comment_on_an_event_never_told_keeps_no_target(nlp, stage):  # noqa: F811
    found = codes(stage, article(nlp, "Russia attacked Japan on Monday. China rejected the charge."))
    assert ("CHN", None) in [e[:2] for e in found], found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Russia hosted Kim at Russia's space center on Wednesday.", ("RUS", "kim")),
        ("Russia welcomed Kim at Russia's space center on Wednesday.", ("RUS", "kim")),
        ("China hosted Kim at Russia's space center on Wednesday.", ("CHN", "kim")),
    ],
)
def test_the_place_of_an_act_on_someone_is_no_second_target(nlp, stage, text, expected):  # noqa: F811
    found = [e[:2] for e in codes(stage, article(nlp, text))]
    assert expected in found and len(found) == 1, found


@pytest.mark.parametrize(
    "text",
    [
        "Trump and Kim hold a joint news conference in Hanoi.",
        "Trump held a press conference with Kim in Hanoi.",
        "Kim started the news conference in Pyongyang.",
    ],
)
def test_a_news_conference_is_no_event_of_its_own(nlp, stage, text):  # noqa: F811
    assert codes(stage, article(nlp, text)) == []


def test_an_unresolved_it_in_an_adverbial_clause_is_the_subject_it_hangs_on(nlp, stage):  # noqa: F811
    text = "Washington warned that North Korea would pay a price if it supplied arms to Russia."
    found = codes(stage, article(nlp, text))
    assert ("PRK", "RUS", "07") in [e[:3] for e in found], found


def test_a_plural_pronoun_is_not_a_singular_subject(nlp, stage):  # noqa: F811
    found = codes(stage, article(nlp, "Russia will sanction Japan if they attack Syria."))
    assert not [e for e in found if e[2] == "19" and e[0] == "RUS"], found


LEAD = "Russia and Japan agreed on Wednesday to hold talks.\nThe two sides met for four hours.\nJapan praised Russia."


def test_undated_events_that_happened_take_the_day_of_the_articles_lead(nlp, stage):  # noqa: F811
    art = article(nlp, LEAD, times=[("Wednesday", "2023-11-01")])
    found = dated(stage, art, published="2023-11-02")
    assert [d for *_, d in found] == [("2023-11-01", "clause"), ("2023-11-01", "lead"), ("2023-11-01", "lead")], found


def test_a_lead_day_long_before_publication_is_not_the_news_day(nlp, stage):  # noqa: F811
    art = article(nlp, LEAD, times=[("Wednesday", "2023-10-01")])
    found = dated(stage, art, published="2023-11-02")
    assert [d for *_, d in found][-1] == ("2023-11-02", "published"), found


@pytest.mark.parametrize(
    "text, source",
    [
        ("Japan said it would pursue talks with China.", "JPN"),
        ("Russia said it expected a summit with Japan.", "RUS"),
    ],
)
def test_an_event_noun_under_a_reported_pronoun_is_the_speakers(nlp, stage, text, source):  # noqa: F811
    found = codes(stage, article(nlp, text))
    assert [e for e in found if e[0] == source and e[3] in ("talks", "summit")], found


def test_talks_one_would_pursue_are_an_intent(nlp, stage):  # noqa: F811
    found = codes(stage, article(nlp, "Japan said it would pursue talks with China."))
    assert ("JPN", "CHN", "03", "talks") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Kim told reporters that the talks had failed.",
        "A Japanese official told reporters on Monday that Japan would wait.",
    ],
)
def test_a_statement_to_the_press_is_no_event_of_its_own(nlp, stage, text):  # noqa: F811
    found = codes(stage, article(nlp, text))
    assert not [e for e in found if e[3] == "told"], found


def test_a_gerund_adjunct_happened_when_its_clause_did(nlp, stage):  # noqa: F811
    text = "Russia attacked Japan on Monday.\nChina criticized Japan before holding talks with Russia."
    found = dated(stage, article(nlp, text, times=[("Monday", "2023-11-01")]), published="2023-11-02")
    assert found[-1] == ("04", "asserted", ("2023-11-01", "lead")), found
    text = "Russia attacked Japan on Monday.\nChina will criticize Japan before holding talks with Russia."
    found = dated(stage, article(nlp, text, times=[("Monday", "2023-11-01")]), published="2023-11-02")
    assert found[-1] == ("04", "asserted", ("2023-11-02", "published")), found


RETOLD = [  # (text, the lead act's date), published 2023-11-03; Friday = the report, Thursday = the act
    ("China seized a fishing boat from Japan, Japanese officials said Friday.\n"
     "Chinese coast guard ships seized the boat from Japan on Thursday near the islands.", ("2023-11-02", "following")),
    ("Russia arrived in North Korea and held talks, state media reported Friday.\n"
     "Russia held talks with North Korea on Thursday in Pyongyang.", ("2023-11-02", "following")),
    ("Israel attacked Syria, the army said Friday.\nThe army said Israel bombed Syria on Thursday.",
     ("2023-11-02", "following")),
]


@pytest.mark.parametrize("text, expected", RETOLD)
def test_a_lead_act_dated_by_its_report_takes_the_day_it_is_told_again_with(nlp, stage, text, expected):  # noqa: F811
    art = article(nlp, text, times=[("Friday", "2023-11-03"), ("Thursday", "2023-11-02")])
    found = dated(stage, art, published="2023-11-03")
    assert found[0][2] == expected, found


@pytest.mark.parametrize(
    "text",
    [  # another act told later keeps the report's day; so does a lead intent
        "China seized a fishing boat from Japan, Japanese officials said Friday.\nChina criticized Japan on Thursday.",
        "China will seize a fishing boat from Japan, Japanese officials said Friday.\n"
        "China seized a boat from Japan on Thursday.",
        "Russia seized a fishing boat from Japan, Japanese officials said Friday.\n"
        "China seized a boat from Japan on Thursday.",
    ],
)
def test_a_lead_act_dated_by_its_report_keeps_it_when_no_later_sentence_tells_it(nlp, stage, text):  # noqa: F811
    art = article(nlp, text, times=[("Friday", "2023-11-03"), ("Thursday", "2023-11-02")])
    found = dated(stage, art, published="2023-11-03")
    assert found[0][2] is not None and found[0][2][0] == "2023-11-03", found


@pytest.mark.parametrize(
    "text",
    [  # the headline's act is the lead's: its day is the one the lead gives that act, not the report's
        "China seizes fishing boat from Japan\nChina seized a fishing boat from Japan, Japanese officials said Friday. "
        "Chinese coast guard ships seized the boat from Japan on Thursday near the islands.",
        "Russia holds talks with North Korea\nOn Friday, state media said Russia held talks with North Korea on Thursday.",
    ],
)
def test_a_headline_act_takes_the_day_the_lead_gives_it(nlp, stage, text):  # noqa: F811
    art = article(nlp, text, times=[("Friday", "2023-11-03"), ("Thursday", "2023-11-02")])
    found = dated(stage, art, published="2023-11-03")
    assert found[0][2] == ("2023-11-02", "following"), found


def test_a_headline_act_the_lead_does_not_tell_keeps_its_day(nlp, stage):  # noqa: F811
    text = "Russia criticizes Japan\nOn Friday, state media said Russia held talks with North Korea on Thursday."
    art = article(nlp, text, times=[("Friday", "2023-11-03"), ("Thursday", "2023-11-02")])
    found = dated(stage, art, published="2023-11-03")
    assert found[0][0] == "11" and found[0][2][0] == "2023-11-03", found


@pytest.mark.parametrize(
    "text, now",
    [
        ("Russia is now holding talks with North Korea.", "now"),
        ("Japan is currently hosting talks with China in Tokyo.", "currently"),
    ],
)
def test_now_is_the_day_of_the_report(nlp, stage, text, now):  # noqa: F811
    art = article(nlp, text)
    art.times = [TimeRef(text.index(now), text.index(now) + len(now), now, "PRESENT_REF", "unknown")]
    found = dated(stage, art, published="2023-11-03")
    assert found and found[0][2] == ("2023-11-03", "clause"), found


def _analyzed_dates(text, published="2024-03-05"):
    from dyad.run.analysis import analyze

    return [(e.cameo[:2], e.date and e.date.value) for e in analyze(text, published=published).events]


@pytest.mark.parametrize(
    "text, root, day",
    [
        ("Seoul and Tokyo held their first defense talks since 2015 on Monday.", "04", "2024-03-04"),
        ("The foreign ministers of India and China held talks on Saturday for the first time since October.", "04", "2024-03-02"),
        ("Chinese and Korean officials met in Seoul, the first such meeting since last August.", "04", "2024-03-05"),
        ("The envoys of the two Koreas held talks for the first time since October last year.", "04", "2024-03-05"),
    ],
)
def test_a_since_time_after_an_ordinal_is_no_date_of_the_event(text, root, day):
    """ "the first such summit since 2015": the last time it happened, a point of comparison (issue-20re)."""
    found = _analyzed_dates(text)
    assert (root, day) in found, found


def test_a_since_time_of_an_ongoing_act_still_dates_it():
    found = _analyzed_dates("North Korea has sent trash balloons across the border to South Korea since May.")
    assert ("17", "2023-05") in found or any(d and d.endswith("-05") for _, d in found), found


@pytest.mark.parametrize(
    "text, root",
    [
        ("Pyongyang recently fired two cruise missiles toward the Yellow Sea, the military said.", "15"),
        ("Russia has recently increased its military presence on the disputed islands.", "15"),
        ("Japan protested the recent deployment of Russian anti-ship missiles to the islands.", "11"),
    ],
)
def test_a_past_told_only_as_recent_is_the_month_of_the_report(text, root):
    """ "recently fired": no day, but no undated past either (TimeML's PAST_REF): the report's month (issue-20re)."""
    found = _analyzed_dates(text)
    assert [d for r, d in found if r == root] and all(d != "PAST_REF" for _, d in found), found
    assert any(r == root and d and d.startswith("2024-03") for r, d in found), found
