"""The unnamed source of a lead ("a ... spokesperson said") is the person the next sentence says
"made the remarks". Sentences written for these tests."""

from __future__ import annotations

import pytest

from .test_quotes import find, quotes, speaker_of


@pytest.mark.parametrize(
    ("text", "content", "name"),
    [
        ("Foreign Ministry spokesperson Maria Lopez speaks at a press conference, May 2, 2024. /Foreign Ministry\n\n"
         "Any attempt to block the canal will fail, a Panamanian Foreign Ministry spokesperson said on Thursday.\n\n"
         "Spokesperson Maria Lopez made the remarks at a daily briefing in response to a question about the drills.",
         "Any attempt to block", "Maria Lopez"),
        ("Peru closes two border crossings\n\nForeign Ministry spokesman Carlos Quispe is seen at a briefing in "
         "Lima, May 3, 2024. /Andina\n\nAny attempt to reopen the crossings by force will hurt both economies, a "
         "Peruvian Foreign Ministry spokesman said on Tuesday.\n\nCarlos Quispe, spokesman for the ministry, made "
         "the comments when asked about the new checkpoints.",
         "Any attempt to reopen", "Carlos Quispe"),
    ],
)
def test_the_unnamed_source_is_who_made_the_remarks_next(analyze_text, text, content, name):
    """The person was named before the lead (a photo's caption line), so "named next" does not
    single them out; "made the remarks" in the next sentence does."""
    a = analyze_text(text, published="2024-05-06")
    speaker = speaker_of(a, content)
    assert speaker is not None and speaker.name == name, quotes(a)


def test_a_spokesperson_named_first_after_the_lead_stays_found(analyze_text):
    """A guard: the spokesperson first named in the next sentence was found before this rule too."""
    a = analyze_text(
        "Any delay in the payments would be unacceptable, a Chilean government spokeswoman said on Friday.\n\n"
        "Daniela Rojas, spokeswoman for the finance ministry, made the remarks at a news conference in Santiago.",
        published="2024-05-06")
    assert speaker_of(a, "Any delay in the payments").name == "Daniela Rojas", quotes(a)


def test_a_named_speaker_is_kept_when_someone_else_made_remarks_next(analyze_text):
    """A guard: the lead's speaker is already a person; the next sentence's remarks are not his."""
    a = analyze_text(
        "Any attempt to block the canal will fail, Foreign Minister Javier Mora said on Thursday.\n\n"
        "Spokesperson Maria Lopez made the remarks at a daily briefing on Friday.",
        published="2024-05-06",
    )
    assert speaker_of(a, "Any attempt to block").name == "Javier Mora", quotes(a)


def test_the_unnamed_source_stays_when_no_remarks_follow_at_once(analyze_text):
    """A guard: a paragraph in between, or a next sentence that says nothing of remarks, leaves the
    source as it was."""
    text = ("Any attempt to close the border will hurt both economies, a Peruvian Foreign Ministry spokesman "
            "said on Tuesday.\n\nForeign Minister Ana Flores visited the checkpoints on Monday.")
    a = analyze_text(text, published="2024-05-06")
    speaker = speaker_of(a, "Any attempt to close")
    assert speaker is None or speaker.name != "Ana Flores", quotes(a)
    text2 = ("Any attempt to close the border will hurt both economies, a Peruvian Foreign Ministry spokesman "
             "said on Tuesday.\n\nThe border has been closed twice this year.\n\nForeign Minister Ana Flores made "
             "the remarks on Monday.")
    a2 = analyze_text(text2, published="2024-05-06")
    speaker2 = speaker_of(a2, "Any attempt to close")
    assert speaker2 is None or speaker2.name != "Ana Flores", quotes(a2)
    assert find(a2, "Any attempt to close") is not None
