"""'"...," the source said' that refers back to no one (a story opening with an unnamed source) is an
unnamed source of its own, as "a source said" is; "the source" after "a source" stays that
source. Sentences written for these tests."""

from __future__ import annotations

from tests.quote_lookup import speaker_of as _speaker_of


def test_the_source_opening_a_story_is_an_unnamed_source(analyze_text):
    a = analyze_text(
        '"The navy delegation flew back to Vienna late Friday to resume the talks," the source, who asked not '
        "to be named, told the agency on Saturday.\n\n"
        '"Everything depends on the goodwill of the rebels," the source said.',
        published="2023-07-16")
    first, second = _speaker_of(a, "The navy delegation"), _speaker_of(a, "Everything depends")
    assert first is not None and first.startswith("source-"), [(q.speaker, q.text[:30]) for q in a.quotes]
    assert second == first
    assert a.actor(first).name == "the source"


def test_guard_the_source_after_a_source_is_that_source(analyze_text):
    """A guard: "the source" after "a source with the rebels" is that source."""
    a = analyze_text(
        '"We are ready to talk," a source with the rebel group told the agency.\n\n'
        '"Everything depends on the goodwill of the navy," the source said.',
        published="2023-07-16")
    assert _speaker_of(a, "Everything depends") == _speaker_of(a, "We are ready"), [(q.speaker, q.text[:30]) for q in a.quotes]
