"""'A Western diplomat said X. The diplomat, who declined to give his name, said Y', 'A military security
source said X. ... The army security source, speaking on condition ..., said Y', 'a representative of the
foreign ministry said X. "...," the diplomat said': an unnamed source described again with "the"
is the source introduced before with "a" and that noun (or a kin noun). Sentences written for these
tests."""

from __future__ import annotations

from .test_quotes import quotes


def _quote_at(article, words: str):
    """The quotes said ("said" their cue) that start with these words."""
    hits = [q for q in article.quotes if q.cue == "said" and words in q.text[:len(words) + 3]]
    assert hits, f"no quote starts with {words!r}: {quotes(article)}"
    return hits


def test_the_diplomat_after_an_unnamed_diplomat(analyze_text):
    """Both quotes are the one unnamed diplomat's, an actor of its own, not no one."""
    a = analyze_text(
        "Mediators meet again on river talks: diplomat\n"
        "NIAMEY, March 4 (AFP) - A senior Algerian mediator has been asked by the regional bloc to bring the "
        "two delegations back to the table, a Western diplomat said Tuesday.\n"
        "The diplomat, who declined to give his name, said that the mediator had already met the bloc's chairman "
        "and would see both delegations on Thursday.",
        published="2024-03-05")
    first = _quote_at(a, "A senior Algerian mediator")
    second = _quote_at(a, "the mediator had already met")
    speakers = {q.speaker for q in first + second}
    assert len(speakers) == 1 and None not in speakers, quotes(a)
    actor = a.actor(speakers.pop())
    assert actor is not None and actor.kind == "person" and "diplomat" in actor.name.lower(), quotes(a)


def test_the_army_security_source_after_a_military_security_source(analyze_text):
    """"the army security source" shares "security" with the second source, not the medical one."""
    a = analyze_text(
        "A military source said a drone hit a fishing boat off the southern coast on Friday.\n\n"
        "A military security source said a drone on Friday hit a fishing boat near the port, killing its captain.\n\n"
        "\"The crew jumped into the water before the fire spread,\" according to a medical source at the "
        "harbour clinic, which treated two sailors for burns.\n\n"
        "The coastguard said rescuers had pulled three men from the water.\n\n"
        "The army security source, speaking on condition that he not be named, said "
        "the boat had been hit twice.",
        published="2024-03-05")
    said = _quote_at(a, "the boat had been hit twice")
    intro = _quote_at(a, "a drone on Friday hit")
    assert said[0].speaker is not None and said[0].speaker == intro[0].speaker, quotes(a)


def test_the_diplomat_after_a_representative_of_a_ministry(analyze_text):
    """The representative speaks for the ministry; "the diplomat" goes on with it."""
    a = analyze_text(
        "HAVANA, July 11. /TASS/. Havana regrets \"the rising tension in the strait,\" a representative of the "
        "Cuban Foreign Ministry said on Monday.\n\n"
        "\"Two frigates, the Almirante Brown among them, have sailed close to our fishing fleet for a week,\" "
        "the diplomat said.",
        published="2024-07-11")
    first = [q for q in a.quotes if "the rising tension" in q.text]
    said = _quote_at(a, "Two frigates, the Almirante Brown")
    assert first and first[0].speaker is not None, quotes(a)
    assert said[0].speaker == first[0].speaker, quotes(a)


def test_guard_a_minister_named_between_keeps_the_diplomat_from_the_earlier_source(analyze_text):
    """A person named between the two: "the diplomat" may be that person; left to the rules before."""
    a = analyze_text(
        "Talks on the river dam will resume next week, a Western diplomat said on Tuesday.\n\n"
        "Foreign Minister Ahmed Attaf met the delegations in Algiers on Monday.\n\n"
        "\"We are close to a text both sides can sign,\" the diplomat said.",
        published="2024-03-05")
    intro = _quote_at(a, "Talks on the river dam")
    said = _quote_at(a, "We are close to a text")
    diplomat = [q.speaker for q in intro if q.speaker and q.speaker.startswith("source-")]
    assert not diplomat or said[0].speaker != diplomat[0], quotes(a)


def test_guard_a_named_source_stays(analyze_text):
    """A named spokesman's own words are untouched."""
    a = analyze_text(
        "Talks on the river dam will resume next week, a Western diplomat said on Tuesday.\n\n"
        "\"We are close to a text both sides can sign,\" bloc spokesman Idrissa Kone said.",
        published="2024-03-05")
    said = _quote_at(a, "We are close to a text")
    actor = a.actor(said[0].speaker)
    assert actor is not None and actor.name in ("Idrissa Kone", "Kone"), quotes(a)
