""""The Islamist faction said" / "The group is ..." after a body spoke: the organisation named
before, neither a news outlet the body talked to ("told AFP") nor a state's body. Sentences
written for these tests."""

from __future__ import annotations

from tests.quote_lookup import speakers as _speakers

_TEXT = (
    "The Union Front said on Monday it had accepted the truce proposal from Norway.\n\n"
    '"The talks will go on as long as the exchange continues," the top Union Front official told AFP.\n\n'
    "The group is reportedly ready to give up one of its conditions.\n\n"
    "The armed faction said in a statement that its leader had told the mediators.")


def test_the_faction_is_the_body_named_before(analyze_text):
    a = analyze_text(_TEXT, published="2024-06-06")
    assert _speakers(a, "its leader had told") == ["union-front"], [(q.speaker, q.text[:30]) for q in a.quotes]


def test_the_group_is_not_the_outlet_told(analyze_text):
    a = analyze_text(_TEXT, published="2024-06-06")
    assert _speakers(a, "to give up one") == ["union-front"], [(q.speaker, q.text[:30]) for q in a.quotes]


def test_guard_the_group_of_a_firm_named_before(analyze_text):
    """A guard: "the group" after a firm is that firm still."""
    a = analyze_text(
        "Shares of Norvik Holdings rose on Friday after a strong quarter.\n\n"
        '"We expect more growth next year," the group said.',
        published="2024-06-06")
    got = _speakers(a, "We expect more growth")
    assert got and got[0] is not None and "norvik" in got[0], [(q.speaker, q.text[:30]) for q in a.quotes]
