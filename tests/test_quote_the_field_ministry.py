"""'China summoned the ambassador ..., the foreign ministry said': "the <field> ministry" with no
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
        "China summoned the Japanese ambassador over Tokyo's response to Beijing's new fishing zone which "
        "covers islands claimed by both sides, the foreign ministry said Monday.\n"
        "The zone takes effect in June.",
        published="2024-05-07")
    assert _said(a, "China summoned the Japanese ambassador").speaker == "china-foreign-ministry", quotes(a)


def test_the_foreign_ministry_before_an_official(analyze_text):
    a = analyze_text(
        "China summoned the Japanese envoy over Tokyo's new fishing rules, the foreign ministry said Monday.\n"
        "\"We protest the rules,\" an official said.",
        published="2024-05-07")
    assert _said(a, "China summoned the Japanese envoy").speaker == "china-foreign-ministry", quotes(a)


def test_guard_no_state_subject_no_home(analyze_text):
    """No home state and no state the subject of the words: no speaker is guessed."""
    a = analyze_text(
        "Diplomats of the two countries met in Geneva on Friday to discuss the fishing zone, the foreign "
        "ministry said.\n"
        "The talks will go on in June.",
        published="2024-05-07")
    assert _said(a, "Diplomats of the two countries").speaker is None, quotes(a)


def test_guard_a_ministry_that_condemns_is_left(analyze_text):
    """'The foreign ministry condemned the "reckless" launch': no verb of speech, no state guessed."""
    a = analyze_text(
        "Iran tested a missile on Sunday. The foreign ministry quickly condemned the \"dangerous\" test"
        " and Albanese said Australia would protest.",
        published="2024-05-10")
    assert not any(q.speaker and q.speaker.endswith("foreign-ministry") and "dangerous" in q.text for q in a.quotes), quotes(a)
