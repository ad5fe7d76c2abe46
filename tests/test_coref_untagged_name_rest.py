"""A title and a given name tagged as the person ("Chairperson Moussa") with the rest of the name
left untagged ("Faki Ousmane"): the mention is the whole name. Sentences written for these tests."""

from __future__ import annotations


def _person_mentions(article):
    return {a.name: [m.text for m in a.mentions] for a in article.actors if a.kind == "person"}


def test_the_untagged_rest_of_a_name_after_a_title_is_taken(analyze_text):
    a = analyze_text(
        "IGAD Commission Chairperson Moussa Faki Ousmane on Friday called on both sides to go back to "
        "the table in Nairobi.\n\n\"There is no military solution,\" Ousmane said.",
        published="2022-10-20")
    people = _person_mentions(a)
    first = [m for ms in people.values() for m in ms if "Moussa" in m]
    assert first and all(m.endswith("Moussa Faki Ousmane") for m in first), people
    assert not any(name in ("Faki Ousmane", "Moussa") for name in people), people


def test_whole_names_after_titles_stay_as_they_were(analyze_text):
    """Guards: three-word names the tagger took whole, and a two-word name, are unchanged."""
    a = analyze_text(
        "Ethiopian Prime Minister Abiy Ahmed Ali called for calm on Friday. Kenyan President William "
        "Samoei Ruto said the talks would resume, and UN Secretary-General Antonio Guterres welcomed it.",
        published="2022-10-20")
    mentions = [m for ms in _person_mentions(a).values() for m in ms]
    assert "Abiy Ahmed Ali" in mentions and "William Samoei Ruto" in mentions, mentions
    assert "Antonio Guterres" in mentions, mentions
