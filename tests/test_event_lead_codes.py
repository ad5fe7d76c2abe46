"""CAMEO roots of common wire leads that were under-coded: a fine is an administrative sanction
(172), an ambassador ordered out is a cut in relations (161), a suicide bomber's killing told as a
participle is a bombing (183), and a meeting held "for talks" is a meeting (040), not an intent.
Sentences written for these tests; the ones marked "guard" passed before too."""

import pytest

from dyad.run.analysis import analyze


def _codes(text):
    return [e.cameo for e in analyze(text).events]


@pytest.mark.parametrize(
    "text, code",
    [
        ("South Korea's antitrust regulator fined Qualcomm a record $865 million on Wednesday.", "172"),
        ("The Dutch privacy watchdog fined Uber 290 million euros on Monday over transfers of drivers' data.", "172"),
        ("Mali's junta ordered the French ambassador to leave the country within 72 hours on Monday.", "161"),
        ("Algeria ordered the Moroccan envoy to leave the capital on Wednesday after a border incident.", "161"),
        ("A suicide bomber blew himself up at a police checkpoint in Quetta on Monday, killing eight officers.", "183"),
        ("A suicide bomber detonated his vest at a wedding in Kabul on Saturday, killing at least 63 guests.", "183"),  # guard
        ("Putin and Xi met in Beijing on Tuesday for talks on trade and energy.", "040"),
        ("Iranian and Saudi officials met in Baghdad on Friday for talks on restoring ties.", "040"),
        ("A suicide bomber killed 12 people at a market in Mogadishu on Monday.", "183"),  # guard
    ],
)
def test_lead_roots(text, code):
    codes = _codes(text)
    assert any(c.startswith(code) for c in codes), codes


def test_a_meeting_announced_for_talks_stays_an_intent():  # guard
    codes = _codes("The two foreign ministers will meet for talks in Geneva next week.")
    assert "036" in codes, codes
