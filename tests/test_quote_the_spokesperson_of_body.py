""""the spokesperson said" with no spokesperson introduced before speaks for the organisation named
last before it (a news outlet left out): 'The Foreign Office said X. ... the spokesperson said Y'.
Sentences written for these tests."""

from __future__ import annotations

from tests.quote_lookup import speakers as _speakers


def test_the_spokesperson_after_a_ministry_spoke(analyze_text):
    a = analyze_text(
        "VALMORA: The Foreign Office of Ruritania on Friday said that the border crossing would reopen next week.\n\n"
        "Speaking to reporters, the spokesperson said the neighbours had been told of the plan.",
        published="2024-06-06")
    got = _speakers(a, "the neighbours had been told")
    assert got and got[0] is not None and "foreign" in got[0], [(q.speaker, q.text[:30]) for q in a.quotes]


def test_the_spokesperson_after_an_official_of_the_ministry(analyze_text):
    a = analyze_text(
        "'Grain prices will fall by autumn,' the Daily Post reported an unnamed official of the Ministry of "
        "Agriculture as saying on Monday.\n"
        "'The harvest is larger than in any year before,' the spokesperson said.",
        published="2024-06-06")
    got = _speakers(a, "The harvest is larger")
    assert got and got[0] is not None and "agriculture" in got[0], [(q.speaker, q.text[:30]) for q in a.quotes]


def test_guard_a_spokesperson_introduced_before_keeps_speaking(analyze_text):
    """A guard: a named spokesperson introduced before is "the spokesperson" still."""
    a = analyze_text(
        "The Foreign Office said on Friday that the border would reopen. Its spokesperson, Anna Kolar, "
        "told reporters the talks were going well.\n\n"
        '"We expect a deal soon," the spokesperson said.',
        published="2024-06-06")
    assert _speakers(a, "We expect a deal soon") == ["anna-kolar"], [(q.speaker, q.text[:30]) for q in a.quotes]
