"""'Chile "firmly" rejected X ... "...," the government said in a statement', 'Chile summons envoy /
Government says ...': "the government" of no state, the subject of a verb of speech, that no rule
before resolved, is the home state, else the state that is the subject in the headline or lead.
Sentences written for these tests."""

from __future__ import annotations

from .test_quotes import quotes


def _said(article, words: str):
    hits = [q for q in article.quotes if words in q.text[:len(words) + 3]]
    assert hits, f"no quote starts with {words!r}: {quotes(article)}"
    return hits[0]


def test_the_government_after_a_lead_state(analyze_text):
    a = analyze_text(
        "Chile 'firmly' rejects Peru's fishing map\n\n"
        "Chile \"firmly\" rejected the new fishing map published by Peru, calling on Lima to withdraw it before "
        "the ministers meet in May.\n\n"
        "The map was posted online on Monday evening, according to the Peruvian navy.\n\n"
        "\"We firmly reject a drawing that ignores the ruling both countries accepted a decade ago,\" the "
        "government said in a statement.",
        published="2024-05-07")
    assert _said(a, "We firmly reject a drawing").speaker == "CHL", quotes(a)


def test_government_in_a_headline_deck(analyze_text):
    a = analyze_text(
        "Chile summons Peru's ambassador after fishing clashes\n\n"
        "Government says it may also recall its own envoy as the dispute over the grounds grows.\n\n"
        "Chile has said it summoned Peru's ambassador after two clashes between fishing fleets over the weekend.",
        published="2024-05-07")
    assert _said(a, "it may also recall").speaker == "CHL", quotes(a)


def test_guard_the_government_that_is_no_speaker(analyze_text):
    """'The government, he added, has no plans': the government is no speaker here."""
    a = analyze_text(
        "Chile \"firmly\" rejected the new fishing map published by Peru on Monday.\n\n"
        "The government, the minister added, has no plans to send its navy to the grounds.",
        published="2024-05-07")
    assert not any(q.speaker == "CHL" and "plans to send" in q.text and q.speaker_mention is not None
                   and a.text[q.speaker_mention.start : q.speaker_mention.end].lower() == "the government"
                   for q in a.quotes), quotes(a)
