"""'"...," a senior official from Lee's office said': the official speaks for the office, not for
the person whose name says whose office it is. Sentences written for these tests."""

from __future__ import annotations

from .test_quotes import quotes, speaker_of

_TEXT = (
    "President Lee Jae-myung on Sunday told the trade ministry to change its ways.\n\n"
    '"The trade ministry will mostly handle exports from now on," a senior official from Lee\'s office said, '
    "as quoted in local reports."
)


def test_an_official_from_a_persons_office_is_not_the_person(analyze_text):
    a = analyze_text(_TEXT, published="2024-05-06")
    speaker = speaker_of(a, "The trade ministry will mostly")
    assert speaker is not None and speaker.id != "lee-jae-myung", quotes(a)
    assert "office" in speaker.name.lower(), quotes(a)


def test_an_official_from_the_leaders_office_is_the_leaders_office(analyze_text):
    """Lee heads his state on the day: his office is the presidential office."""
    a = analyze_text(_TEXT, published="2025-08-01")
    speaker = speaker_of(a, "The trade ministry will mostly")
    assert speaker is not None and speaker.kind == "organization", quotes(a)
    assert speaker.country == "KOR", quotes(a)


def test_the_person_and_other_bodies_officials_stay(analyze_text):
    """Guards: the person's own words stay his; an official of a ministry stays the ministry's."""
    a = analyze_text(
        'President Lee Jae-myung on Sunday told the trade ministry to change its ways. "We cannot wait," Lee said.\n\n'
        '"Exports will come first," a senior official from the Foreign Ministry said.',
        published="2024-05-06")
    assert speaker_of(a, "We cannot wait").id == "lee-jae-myung", quotes(a)
    other = speaker_of(a, "Exports will come first")
    assert other is None or other.id != "lee-jae-myung", quotes(a)
