"""'Iran recalled the envoy ..., the foreign ministry said': "the <field> ministry" with no
such ministry named or speaking before is that field's ministry of the article's home state, else
of the state that is the first subject of the quote's own words. Sentences written for these tests."""

from __future__ import annotations

from .test_quotes import quotes


def _said(article, words: str):
    hits = [q for q in article.quotes if words in q.text[:len(words) + 3]]
    assert hits, f"no quote starts with {words!r}: {quotes(article)}"
    return hits[0]


def test_the_foreign_ministry_of_the_subject_state(analyze_text):
    a = analyze_text(
        "Iran recalled the French envoy over Paris's handling of a dispute about cargo ships detained in "
        "the Gulf, the foreign ministry said Thursday.\n"
        "The ships were seized in March.",
        published="2024-05-07")
    assert _said(a, "Iran recalled the French envoy").speaker == "iran-foreign-ministry", quotes(a)


def test_the_foreign_ministry_before_an_official(analyze_text):
    a = analyze_text(
        "France expelled two Iranian diplomats after a court ruling in Lyon, the foreign ministry said "
        "Thursday.\n"
        "\"We regret the decision,\" an official said.",
        published="2024-05-07")
    assert _said(a, "France expelled two Iranian diplomats").speaker == "france-foreign-ministry", quotes(a)


def test_guard_no_state_subject_no_home(analyze_text):
    """No home state and no state the subject of the words: no speaker is guessed."""
    a = analyze_text(
        "Envoys of the two countries met in Geneva on Friday over the river dam, the foreign "
        "ministry said.\n"
        "The talks will go on in June.",
        published="2024-05-07")
    assert _said(a, "Envoys of the two countries").speaker is None, quotes(a)


def test_guard_a_ministry_that_condemns_is_left(analyze_text):
    """'The foreign ministry condemned the "dangerous" test': no verb of speech, no state guessed."""
    a = analyze_text(
        "Iran tested a missile on Sunday. The foreign ministry quickly condemned the \"dangerous\" test"
        " and Albanese said Australia would protest.",
        published="2024-05-10")
    assert not any(q.speaker and q.speaker.endswith("foreign-ministry") and "dangerous" in q.text for q in a.quotes), quotes(a)
