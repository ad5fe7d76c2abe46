"""A Chinese family name that is also an English article ("An") before a pinyin given name the
tagger reads as a body: "An Wenhua, spokesman for ..."; then "An said" is that person. Sentences
written for these tests."""

from __future__ import annotations

from .test_quotes import quotes, speaker_of

_TEXT = (
    "Trade office repeats call for talks\n\n"
    "BEIJING, May 4 (Xinhua) -- A mainland spokesman on Tuesday repeated the call for new talks on tariffs, "
    "saying the dispute should be settled by dialogue.\n\n"
    "An Wenhua, spokesman for the Commerce Office, made the remarks when asked about the new duties.\n\n"
    'An said that "nobody gains from a trade war."\n\n'
    "According to An, a delegation will visit the island next month.\n\n"
    "The spokesman also said the duties broke earlier promises."
)


def test_the_family_name_read_as_an_article_is_a_persons_name(analyze_text):
    a = analyze_text(_TEXT, published="2024-05-06")
    people = [x for x in a.actors if x.kind == "person"]
    assert [x.name for x in people] == ["An Wenhua"], [(x.id, x.kind) for x in a.actors]
    said = [a.text[m.start : m.end] for m in people[0].mentions]
    assert said.count("An") == 2, said
    assert speaker_of(a, "nobody gains").name == "An Wenhua", quotes(a)


def test_the_lead_spokesman_is_the_one_who_made_the_remarks(analyze_text):
    """The dateline's agency is not the spokesman's body; the next sentence names him."""
    a = analyze_text(_TEXT, published="2024-05-06")
    assert speaker_of(a, "the dispute should be settled").name == "An Wenhua", quotes(a)
    assert speaker_of(a, "the duties broke").name == "An Wenhua", quotes(a)
    an = speaker_of(a, "the duties broke")
    assert "The spokesman" in [a.text[m.start : m.end] for m in an.mentions], an.mentions


def test_an_article_before_a_name_stays_an_article(analyze_text):
    """Guards: "An Indian official said", "An Air China flight" (no "An" speaks alone) name no An."""
    a = analyze_text(
        "An Indian official said on Monday that the border talks would resume. An Air China flight landed "
        "in Delhi with the delegation.", published="2024-05-06")
    assert not any(x.name.startswith("An ") for x in a.actors), [(x.id, x.name) for x in a.actors]


def test_the_spokesman_who_speaks_is_a_mention_of_the_named_spokesman(analyze_text):
    """A guard (found before too): '"...," the spokesman said' resolved to the named spokesman is
    his mention."""
    a = analyze_text(
        "Daniel Okafor, spokesman for the finance ministry, said on Monday that the budget would pass.\n\n"
        '"We have the votes," the spokesman said.', published="2024-05-06")
    okafor = speaker_of(a, "We have the votes")
    assert okafor is not None and okafor.name == "Daniel Okafor", quotes(a)
    said = [a.text[m.start : m.end] for m in okafor.mentions]
    assert "the spokesman" in said, said
