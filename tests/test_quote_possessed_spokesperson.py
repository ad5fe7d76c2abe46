"""'"...," the ministry's spokesman said', "The army's chief spokesperson says ...", "the
government's chief spokesman said": a spokesperson of "the <body>" that names no body speaks for the
body those words refer to: the ministry that spoke before, the organisation named before whose name
holds "army" or its kin ("Armed Forces"), the state of "the government". Sentences written for
these tests."""

from __future__ import annotations

from .test_quotes import quotes


def _said(article, words: str):
    hits = [q for q in article.quotes if words in q.text[:len(words) + 3]]
    assert hits, f"no quote starts with {words!r}: {quotes(article)}"
    return hits[0]


def test_the_ministrys_spokesman_after_the_ministry_spoke(analyze_text):
    a = analyze_text(
        "Lima protests Chile's new fishing map\n\n"
        "LIMA -- Peru's foreign ministry on Tuesday protested a fishing map Chile published last week, "
        "the ministry said in a statement.\n\n"
        "Chile's ambassador was summoned to the ministry on Monday evening.\n\n"
        "\"The map ignores the ruling both countries accepted a decade ago,\" the ministry's spokesman said.",
        published="2024-05-07")
    first = _said(a, "Peru's foreign ministry on Tuesday protested")
    assert first.speaker is not None
    assert _said(a, "The map ignores the ruling").speaker == first.speaker, quotes(a)


def test_the_armys_spokesperson_in_a_deck(analyze_text):
    a = analyze_text(
        "Chad's Armed Forces deny rebel capture of border town\n\n"
        "The army's chief spokesperson says the garrison still holds the town and the road to the north.\n\n"
        "Chad's Armed Forces denied on Friday that the rebels had taken the border town of Bardai.",
        published="2024-05-07")
    speaker = _said(a, "the garrison still holds the town").speaker
    assert speaker is not None and "armed forces" in a.actor(speaker).name.lower(), quotes(a)


def test_the_governments_top_spokesman(analyze_text):
    a = analyze_text(
        "Chile protested to Peru on Sunday over a patrol boat that chased a Chilean trawler out of the "
        "fishing grounds, the government's chief spokesman said.\n\n"
        "The boats left the area after an hour, the navy said.",
        published="2024-05-07")
    assert _said(a, "Chile protested to Peru").speaker == "CHL", quotes(a)


def test_guard_a_named_bodys_spokesman_keeps_it(analyze_text):
    """"the Interior Ministry's spokesman" names its body: the rule does not apply."""
    a = analyze_text(
        "Peru's foreign ministry on Tuesday protested a fishing map Chile published last week.\n\n"
        "\"Our police will guard the port,\" the Interior Ministry's spokesman said.",
        published="2024-05-07")
    speaker = _said(a, "Our police will guard the port").speaker
    assert speaker is None or "foreign" not in (a.actor(speaker).name or "").lower(), quotes(a)
