"""'The commissioner also stressed the need to X. / "It is vital ..." / Next paragraph': words in
quotation marks that make a whole paragraph, attributed to no one, go on with the speaker of the
words that end the paragraph just before. Sentences written for these tests."""

from __future__ import annotations

from .test_quotes import quotes


def _starting(article, words: str):
    hits = [q for q in article.quotes if q.text.startswith(words)]
    assert hits, f"no quote starts with {words!r}: {quotes(article)}"
    return hits[0]


def test_quote_paragraph_after_reported_speech(analyze_text):
    """"The chairperson" is hers by the actors stage; the paragraph of quotation after it too."""
    a = analyze_text(
        "Nairobi \u2014 The Regional Council Chairperson Amina Wekesa urged donors on Monday to act quickly on "
        "the drought in the north.\n\n"
        "In her address to the county assembly in Lodwar, the chairperson called for more water trucks.\n\n"
        "The chairperson also underlined the case for keeping the grain convoys on the road all through the dry season.\n\n"
        "\"It is vital that no district is left behind. Every week of delay costs lives in the villages.\"\n\n"
        "The drought has lasted three seasons.",
        published="2024-05-07")
    stressed = _starting(a, "the case for keeping the grain convoys")
    quote = _starting(a, "It is vital that no district")
    actor = a.actor(quote.speaker)
    assert actor is not None and "Wekesa" in actor.name and quote.speaker == stressed.speaker, quotes(a)


def test_guard_speech_not_at_the_end_of_the_paragraph_before(analyze_text):
    """The paragraph before ends with a sentence of no speech: the quote is left to no one."""
    a = analyze_text(
        "Wekesa said the convoys had reached two districts on Friday. The trucks came back empty on Sunday.\n\n"
        "\"Every week of delay costs lives in the villages.\"",
        published="2024-05-07")
    quote = _starting(a, "Every week of delay")
    actor = a.actor(quote.speaker)
    assert actor is None or actor.name not in ("Wekesa",), quotes(a)


def test_guard_no_speech_in_the_paragraph_before(analyze_text):
    a = analyze_text(
        "Wekesa said the convoys had reached two districts on Friday.\n\n"
        "The drought has lasted three seasons and the rains are late again.\n\n"
        "\"Every week of delay costs lives in the villages.\"",
        published="2024-05-07")
    quote = _starting(a, "Every week of delay")
    actor = a.actor(quote.speaker)
    assert actor is None or actor.name not in ("Wekesa",), quotes(a)
