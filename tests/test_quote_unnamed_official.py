"""An unnamed official that no rule gives a state's officials or a body ("an official briefed on the
talks said", "an unnamed official cited by the paper charged that", "Another official told the
outlet") is an official of their own, whom "the official" and "the source" after take; an official
of a state the words name stays that state's. Sentences written for these tests."""

from __future__ import annotations

from tests.quote_lookup import shown as _shown
from tests.quote_lookup import speaker_of as _speaker_of


def test_an_official_briefed_on_the_talks_is_an_official_of_their_own(analyze_text):
    a = analyze_text(
        "The rebels accepted the latest offer from the mediators and nothing has changed since then, an "
        "official briefed on the talks said on Monday.\n\n"
        '"Now the ball is in the government\'s court," the source told the agency, asking not to be named.',
        published="2023-07-16")
    first = _speaker_of(a, "The rebels accepted")
    assert first is not None and first.startswith("source-"), _shown(a)
    assert a.actor(first).kind == "person" and "official" in a.actor(first).name
    assert _speaker_of(a, "Now the ball") == first, _shown(a)


def test_an_unnamed_official_cited_by_a_paper_and_another_official(analyze_text):
    a = analyze_text(
        "The cabinet stayed silent on Sunday. An unnamed official cited by the Morning Ledger charged "
        "that \"the mediators bent every rule so the rebels would agree,\" adding that the deal was unfair.\n\n"
        'Another official told the paper that "this is a trick by the rebels."',
        published="2023-07-16")
    first, other = _speaker_of(a, "the mediators bent"), _speaker_of(a, "this is a trick")
    assert first is not None and first.startswith("source-"), _shown(a)
    assert other is not None and other.startswith("source-") and other != first, _shown(a)


def test_guard_an_official_of_a_named_state_stays_that_states(analyze_text):
    """A guard: "a Moldovan official" is Moldova's, as before."""
    a = analyze_text(
        "A rebel delegation will meet the mediators in Vienna on Friday, a Moldovan official said.\n\n"
        '"We expect the talks to be long," the official said.',
        published="2023-07-16")
    assert _speaker_of(a, "A rebel delegation") == "MDA", _shown(a)
    assert _speaker_of(a, "We expect") == "MDA", _shown(a)
