""""the" and two or three words that end the words of a speaker quoted before ("the embassy's
press adviser ... The press adviser added", "the country's spy agency ... The spy agency said")
are that speaker described again; one word ("the official") keeps its own rules. Sentences
written for these tests."""

from __future__ import annotations

from tests.quote_lookup import shown as _shown
from tests.quote_lookup import speaker_of as _speaker_of


def test_the_press_adviser_is_the_embassys_press_adviser_again(analyze_text):
    a = analyze_text(
        "'The report on the minister's trip is false,' said the Iranian embassy's press adviser in Rome, "
        "according to a news agency.\n\n"
        "The press adviser added that the minister only met the Italian press during his stay in Rome.",
        published="2023-07-16")
    first = _speaker_of(a, "The report on the minister")
    assert first is not None, _shown(a)
    assert _speaker_of(a, "the minister only met") == first, _shown(a)


def test_the_spy_agency_is_the_states_spy_agency_again(analyze_text):
    a = analyze_text(
        "South Korea's spy agency said on Monday that the North had sent troops to the border.\n\n"
        "The troops have been training for weeks, the agency said.\n\n"
        "The spy agency said a satellite launch was likely before the winter.",
        published="2023-07-16")
    first = _speaker_of(a, "the North had sent")
    assert first is not None, _shown(a)
    assert _speaker_of(a, "a satellite launch") == first, _shown(a)


def test_guard_other_words_stay_unresolved(analyze_text):
    """A guard: "the coast guard" after a press adviser spoke is not the adviser."""
    a = analyze_text(
        "'The report is false,' said the Iranian embassy's press adviser in Rome.\n\n"
        "The coast guard added that two boats had been stopped.",
        published="2023-07-16")
    assert _speaker_of(a, "two boats") != _speaker_of(a, "The report is false"), _shown(a)
