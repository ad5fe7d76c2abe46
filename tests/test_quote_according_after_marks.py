"""'"...," according to X': a direct quote whose closing mark is followed by "according to X" is
X's (the indirect '..., according to X' already was). Sentences written for these tests."""

from __future__ import annotations

from .test_quotes import quotes


def _said(article, words: str):
    hits = [q for q in article.quotes if words in q.text[:len(words) + 3]]
    assert hits, f"no quote starts with {words!r}: {quotes(article)}"
    return hits[0]


def test_according_to_a_named_minister(analyze_text):
    a = analyze_text(
        "Chile and Peru will meet again over the fishing grounds next month.\n\n"
        "\"The talks will resume in May and we expect a deal before the winter,\" according to Chilean "
        "Foreign Minister Ana Ruiz.",
        published="2024-05-07")
    speaker = _said(a, "The talks will resume in May").speaker
    assert speaker is not None and "ruiz" in speaker, quotes(a)


def test_according_to_an_unnamed_source(analyze_text):
    a = analyze_text(
        "Two people were hurt when a drone struck a van near the port of Tyre on Sunday.\n\n"
        "\"The van was hit twice while it was parked near the market,\" according to a hospital source "
        "in Tyre.",
        published="2024-05-07")
    assert _said(a, "The van was hit twice").speaker is not None, quotes(a)


def test_guard_a_said_attribution_keeps_its_speaker(analyze_text):
    """'"...," Ruiz said, according to the broadcaster': the verb's subject stays the speaker."""
    a = analyze_text(
        "Chilean Foreign Minister Ana Ruiz spoke to reporters in Lima on Monday.\n\n"
        "\"We will stay at the table,\" Ruiz said, according to the broadcaster.",
        published="2024-05-07")
    speaker = _said(a, "We will stay at the table").speaker
    assert speaker is not None and "ruiz" in speaker, quotes(a)
