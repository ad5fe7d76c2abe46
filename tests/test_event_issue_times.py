"""A time right after the "of" phrase of an issue word that names an event ("settling the matter of
Ruritania's attacks on Freedonian ships decades ago") tells when that event was, not when the
issue was taken up: it dates neither the act about the issue nor, through it, the next sentences.
Sentences written for these tests."""

import pytest


def _days(analyze_text, text, published="2022-03-04"):
    article = analyze_text(text, published=published)
    return {(e.cameo, e.date.value if e.date else None) for e in article.events}


@pytest.mark.parametrize(
    "asked",
    [
        "Osei sought Freedonia's help in settling the matter of Ruritania's attacks on Freedonian ships "
        "decades ago.",
        "Osei asked for Freedonia's backing in quickly settling the question of Ruritania's attacks on "
        "Freedonian ports decades ago.",
    ],
)
def test_the_matter_of_old_attacks_dates_no_later_act(analyze_text, asked):
    days = _days(analyze_text, f"At a meeting on Thursday, Osei criticised Freedonia. {asked} The Freedonian and "
                 "Ruritanian envoys agreed to cooperate closely on it.")
    assert not any(code[:2] in ("03", "04") and day == "PAST_REF" for code, day in days), days
    assert ("031", "2022-03-03") in days, days


def test_an_agreement_dated_by_its_own_day(analyze_text):
    # guard: the day of the agreement's own clause still dates it
    days = _days(analyze_text, "The envoys agreed Wednesday to cooperate closely to settle the matter of "
                 "attacks on Freedonian ships by Ruritania decades ago.")
    assert ("031", "2022-03-02") in days, days


def test_the_event_itself_keeps_its_time(analyze_text):
    # guard: the attacks themselves are still "decades ago", and an issue raised on a day keeps that day
    days = _days(analyze_text, "Osei raised the matter of Ruritania's attacks on Freedonian ships decades ago.")
    assert any(code[:2] in ("18", "19") or code == "138" for code, day in days if day == "PAST_REF"), days
    days = _days(analyze_text, "Freedonia's foreign minister criticised Ruritania on Monday over the issue of its "
                 "border closures.")
    assert ("111", "2022-02-28") in days, days
