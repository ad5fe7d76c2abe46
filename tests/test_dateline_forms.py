"""Two more dateline forms give the home state: a dash glued to the upper-case town ("SEOUL--
Diplomats met ...") and a capital in title case before a colon opening a paragraph that ends a
sentence ("Seoul: Flying objects ... , the military said."); a headline "Kremlin: No hope in
talks" (no full stop) is a speaker, no dateline. Sentences written for these tests."""

from __future__ import annotations

from dyad.annotate.knowledge import KnowledgeBase

from .test_quotes import find


def _dateline(text):
    from dyad.annotate.home_state import dateline_state
    from dyad.annotate.nlp import load_nlp

    return dateline_state(load_nlp()(text), KnowledgeBase.default())


def test_a_dash_glued_to_the_town_is_a_dateline():
    assert _dateline("Envoys meet on trade\n\nSEOUL-- Envoys of the two countries met in Hanoi on Friday.") == "KOR"


def test_a_capital_before_a_colon_is_a_dateline():
    assert _dateline("Balloons prompted warning shots\nAn object crossed the border.\n"
                     "Seoul: Objects that crossed the border were balloons, the military said Wednesday.") == "KOR"
    assert _dateline("Islamabad: The government has rejected a reference to the country in a joint statement.") == "PAK"


def test_guard_a_speaker_headline_before_a_colon_is_no_dateline():
    assert _dateline("Kremlin: No hope in the peace talks\n\nTalks ended on Friday.") is None
    assert _dateline("Balloons crossed the border on Tuesday.\nIn Seoul: talks went on.") is None


def test_the_defence_ministry_under_a_colon_dateline_is_the_home_states(analyze_text):
    a = analyze_text("Drones near the border: Seoul\n"
                     "Two drones were seen over a frontline village on Monday.\n"
                     "Seoul: The drones seen over the village were launched from the North, the army said on Tuesday.\n"
                     "On Tuesday the defence ministry said soldiers fired warning shots when the drones came back "
                     "after dark.\n", published="2024-05-07")
    speaker = a.actor(find(a, "soldiers fired warning shots").speaker)
    assert speaker is not None and speaker.country == "KOR", [(q.speaker, q.text[:30]) for q in a.quotes]
