"""The day of a clash told as a whole in a sentence of its own ("The newest clash took place on
Wednesday near the reef.") dates the acts told after it with no day of their own, not the day of
the protest over it that leads the story. Sentences written for these tests."""

from tests.test_events import article, nlp, stage  # noqa: F401  (fixtures)

PUBLISHED = "2023-11-05"  # a Sunday
TIMES = [("Friday", "2023-11-03"), ("Wednesday", "2023-11-01")]


def dated(stage, nlp, text):  # noqa: F811
    art = article(nlp, text, times=[(t, v) for t, v in TIMES if t in text])
    art.published = PUBLISHED
    return [(e.cameo[:2], e.trigger.text, e.date and e.date.value) for e in stage(art).events]


LEAD = "Vietnam on Friday condemned China's use of force near the reef.\n\n"
ACT = "A Chinese frigate rammed a Vietnamese fishing boat near the reef."


def rammed(found):
    return [d for r, t, d in found if t.startswith("rammed")]


def test_an_act_after_the_incident_sentence_takes_the_incident_day(nlp, stage):  # noqa: F811
    text = LEAD + "The newest clash took place on Wednesday near the shoal.\n\n" + ACT
    found = dated(stage, nlp, text)
    assert rammed(found) == ["2023-11-01"], found
    assert ("11", "condemned", "2023-11-03") in [(r, t, d) for r, t, d in found], found  # guard: the lead


def test_a_standoff_dated_by_its_noun_dates_the_acts_after_it(nlp, stage):  # noqa: F811
    text = LEAD + "The tense standoff Wednesday at the reef was the third this year.\n\n" + ACT
    found = dated(stage, nlp, text)
    assert rammed(found) == ["2023-11-01"], found


def test_guard_without_an_incident_sentence_the_lead_day_stays(nlp, stage):  # noqa: F811
    text = LEAD + "The reef lies in waters that both states claim.\n\n" + ACT
    found = dated(stage, nlp, text)
    assert rammed(found) == ["2023-11-03"], found


def test_guard_an_act_told_before_the_incident_sentence_keeps_the_lead_day(nlp, stage):  # noqa: F811
    text = LEAD + ACT + "\n\nThe newest clash took place on Wednesday near the shoal."
    found = dated(stage, nlp, text)
    assert rammed(found) == ["2023-11-03"], found


def test_guard_a_later_act_of_saying_keeps_its_own_day(nlp, stage):  # noqa: F811
    text = LEAD + "The newest clash took place on Wednesday near the shoal.\n\nHanoi said the ship rammed a boat."
    found = dated(stage, nlp, text)
    said = [d for r, t, d in found if t == "said"]
    assert all(d != "2023-11-01" for d in said), found
