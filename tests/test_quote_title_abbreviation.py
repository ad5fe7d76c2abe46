"""A state's adjective and "PM" speak for the person in that office: 'the Japanese PM said' (the
knowledge base's holder on the day), and in a headline with no "the" ('Irish PM Says ...') the
person of that state who speaks in the lead. Sentences written for these tests."""

from __future__ import annotations

from .quote_lookup import shown, speaker_of


def test_the_japanese_pm_said_is_the_prime_minister(analyze_text):
    a = analyze_text(
        "Tokyo, March 4: Japan will widen its rice reserve release, officials in Tokyo said on Tuesday.\n\n"
        "\"Families are paying too much at the till, and the reserve exists for moments like this one. "
        "We will release more of it over the spring,\" the Japanese PM said at a campaign stop in Osaka.",
        published="2025-03-04")
    assert speaker_of(a, "Families are paying too much") == "shigeru-ishiba", shown(a)


def test_a_headline_state_pm_is_the_prime_minister_of_the_lead(analyze_text):
    a = analyze_text(
        "Irish PM Says He Will Phone Welsh Leader on Ferry Strike\n\n"
        "DUBLIN, May 6 (Reuters) - Ireland's Prime Minister Ciaran Daly said on Tuesday he planned "
        "to call the Welsh first minister about a strike that has halted ferries across the Irish Sea.\n\n"
        "Daly told reporters the call would take place before noon on Wednesday.",
        published="2031-05-06")
    speaker = speaker_of(a, "He Will Phone Welsh Leader")
    assert speaker is not None and a.actor(speaker).kind == "person" and "Daly" in a.actor(speaker).name, shown(a)


def test_a_headline_state_title_with_no_speaker_of_that_state_stays_the_state(analyze_text):
    """Guard: no person of that state speaks in the lead; the headline stays the state's."""
    a = analyze_text(
        "Irish PM Says He Will Phone Welsh Leader on Ferry Strike\n\n"
        "DUBLIN, May 6 (Reuters) - A strike has halted ferries across the Irish Sea for a third day, "
        "the port operator Harbourline said on Tuesday.",
        published="2031-05-06")
    speaker = speaker_of(a, "He Will Phone Welsh Leader")
    assert speaker == "IRL", shown(a)


def test_a_headline_official_is_not_the_premier_quoted_in_the_lead(analyze_text):
    """Guard: "Irish Official Says" in a headline is no office; the prime minister quoted in the
    lead does not take the headline's words."""
    a = analyze_text(
        "Irish Official Says Ferry Talks Will Resume Soon\n\n"
        "DUBLIN, May 6 (Reuters) - Ireland's Prime Minister Ciaran Daly said on Tuesday the strike "
        "that has halted ferries across the Irish Sea must end this week.",
        published="2031-05-06")
    speaker = speaker_of(a, "Ferry Talks Will Resume Soon")
    assert speaker is None or a.actor(speaker).kind != "person", shown(a)
