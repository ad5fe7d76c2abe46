"""The classes of time expressions added for unseen news text, on sentences written for these tests.
Publication date: Tuesday 2023-11-07 unless a test says otherwise."""

from __future__ import annotations

import pytest

from dyad.article import Article, Segment
from dyad.extract.times.stage import TimeStage


@pytest.fixture(scope="module")
def times():
    from dyad.annotate.nlp import load_nlp

    nlp = load_nlp()

    def run(text: str, published: str | None = "2023-11-07"):
        article = Article(text=text, published=published)
        article.segments = [Segment("body", 0, len(text))]
        article.doc = nlp(text)
        return TimeStage()(article).times

    return run


def found(refs, text: str):
    ref = next((r for r in refs if r.text == text), None)
    assert ref is not None, f"{text!r} not found in {[r.text for r in refs]}"
    return ref


@pytest.mark.parametrize(
    "sentence, expression, value",
    [
        # references to the past, present and future
        ("Traders blamed recent losses on fears of a slowdown.", "recent", "PAST_REF"),
        ("The minister recently visited the border.", "recently", "PAST_REF"),
        ("The ban stays in force for the time being.", "the time being", "PRESENT_REF"),
        ("Prices should stay high in the near term.", "the near term", "FUTURE_REF"),
        ("The plant will stay open for the long term.", "the long term", "FUTURE_REF"),
        # the story's day and week
        ("On Monday the index fell sharply before ending the day 2 % lower.", "the day", "2023-11-06"),
        ("The Nikkei recovered late in the day.", "late in the day", "2023-11-07"),
        ("Ministers met in Brussels during the weekend.", "the weekend", "2023-W45-WE"),
        ("Shares rose for a second consecutive day.", "a second consecutive day", "2023-11-07"),
        ("The index gained for the fourth week in a row.", "the fourth week in a row", "2023-W45"),
        ("The economy shrank for two consecutive quarters.", "two consecutive quarters", "P2Q"),
        # a part of the day before the story's: "the previous night", "the night before"
        ("Seoul lodged a complaint over the drone flight the previous night.", "the previous night", "2023-11-06TNI"),
        ("On Friday, Nov. 3, the envoy said the guards had opened fire the preceding evening.", "the preceding evening", "2023-11-02TEV"),
        ("The rebels shelled the port on Sunday. They had warned residents the night before.", "the night before", "2023-11-04TNI"),
        # seasons and short years
        ("The fund will hold its Autumn meetings in Washington.", "Autumn", "2023-FA"),
        ("He first ran for office in '82 and lost.", "'82", "1982"),
        ("The expedition of 1957-58 crossed the ice.", "1957", "1957"),
        ("The expedition of 1957-58 crossed the ice.", "58", "1958"),
        # clock times with zones
        ("The launch is set for 0800 UTC.", "0800 UTC", "2023-11-07T08:00Z"),
        ("The launch is set for 0800 UTC on Thursday.", "0800 UTC on Thursday", "2023-11-09T08:00Z"),
        ("Trading halted at 14:30 GMT.", "14:30 GMT", "2023-11-07T14:30Z"),
        ("Trading halted at 9:30 a.m. EST.", "9:30 a.m. EST", "2023-11-07T09:30"),
        # sets
        ("Jobless claims are published in a weekly report.", "weekly", "P1W"),
        ("The bank holds an annual meeting in Davos.", "annual", "P1Y"),
        # durations after a verb of length
        ("Counting the votes could take weeks.", "weeks", "PXW"),
        # periods named by their relation to a year
        ("The contracts run out after October of next year.", "October of next year", "2024-10"),
        ("Profits rose in the final quarter of 2022.", "the final quarter of 2022", "2022-Q4"),
        ("Sales in August fell 4 % from the same month a year earlier.", "the same month a year earlier", "2022-08"),
        ("The firm posted a profit for the last year.", "the last year", "2022"),
        ("Prices doubled over the past year.", "the past year", "P1Y"),
    ],
)
def test_class(times, sentence, expression, value):
    assert found(times(sentence), expression).value == value


def test_the_day_counts_from_the_day_the_text_names(times):
    refs = times("On Friday, Nov. 3, the Dow closed the day up 200 points.")
    assert found(refs, "the day").value == "2023-11-03"


def test_the_day_before_or_of_something_is_not_the_story_day(times):
    refs = times("The day of the vote was calm. He left the day before the attack.")
    assert not any(r.text.lower() == "the day" for r in refs)


def test_the_night_before_something_is_no_day_before(times):  # guard
    refs = times("He left the night before the attack.")
    assert not any(r.text.lower() == "the night before" for r in refs)


def test_a_season_in_a_name_is_no_date(times):
    assert not any(r.text == "Spring" for r in times("The Arab Spring changed the region."))


def test_recent_as_a_noun_or_inside_a_duration(times):
    refs = times("In recent years the port grew.")
    assert [r.text for r in refs] == ["recent years"]


@pytest.mark.parametrize(
    "sentence, expression, mod",
    [
        ("The talks dragged on for about six years.", "about six years", "APPROX"),
        ("The plant closed almost seven years ago.", "almost seven years ago", "LESS_THAN"),
        ("The war lasted more than two decades.", "more than two decades", "MORE_THAN"),
        ("Exports recovered in early 2011.", "early 2011", "START"),
        ("The deal closes in late March.", "late March", "END"),
        ("The talks took three days.", "three days", None),
    ],
)
def test_timeml_mod(times, sentence, expression, mod):
    assert found(times(sentence), expression).mod == mod


def test_a_dateline_on_its_own_line_does_not_join_the_title(times):
    refs = times(
        "Markets to stay closed until Friday\nSeptember 18, 2008\nThe exchange said so.", "2008-09-18"
    )
    assert [r.text for r in refs][:2] == ["Friday", "September 18, 2008"]


def test_tokenised_dates_keep_their_year(times):
    refs = times("The index hit its lowest close since October 9 , 2002 .", "2008-10-10")
    assert found(refs, "October 9 , 2002").value == "2002-10-09"


def test_recent_that_compares_or_names_a_period_is_no_reference(times):
    refs = times("It is their most recent model, the best in recent history.")
    assert not any(r.value == "PAST_REF" and r.text == "recent" for r in refs)


def test_a_duration_that_measures_a_difference_is_no_time(times):
    refs = times("She finished two seconds faster than last year.")
    assert not any(r.text == "two seconds" for r in refs)


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("Officials said a summit of the two leaders, expected by early June, would be held in Hanoi.", "early June", "2024-06"),
        ("Analysts said the visit, expected in late May, could be delayed.", "late May", "2024-05"),
    ],
)
def test_a_month_under_a_verb_of_expecting_is_the_nearest_not_the_last(times, sentence, expression, value):
    # "expected" is a past participle, but what is expected lies ahead of the story's day
    assert found(times(sentence, published="2024-04-20"), expression).value == value


def test_a_month_in_a_past_clause_stays_behind(times):  # guard
    assert found(times("The drills were held in June, officials said.", published="2024-04-20"), "June").value == "2023-06"
