"""A person named inside a subject phrase the parse headed by a body or a title is the speaker:
in apposition to it ("Brazil's Consul General in Porto, Paulo Ferreira, ... commented") or after
a role noun the name hangs on ("X Party for the North leader Erik Lund described ..."); a name
set after a verb ("chaired by ...") leaves the body speaking. Sentences written for these tests."""

from __future__ import annotations

from .quote_lookup import shown, speaker_of


def test_a_name_in_apposition_to_a_title_speaks(analyze_text):
    a = analyze_text(
        "Brazil rebukes Portuguese port decision\n\n"
        "Brazil's Consul General in Porto, Paulo Ferreira, shared a photograph of the harbour on Thursday "
        'and commented: "Our fishing boats will come back next spring." The message was later removed.',
        published="2030-03-02")
    assert speaker_of(a, "Our fishing boats") == "paulo-ferreira", shown(a)


def test_a_name_after_a_party_leader_title_speaks(analyze_text):
    a = analyze_text(
        "Danish budget vote delayed\n\n"
        "Several smaller parties objected to the budget on Monday. Among smaller opposition groups, "
        'Democratic Party for the North leader Erik Lund described the tax plan as "reckless" and '
        "indicated that he could vote against it.",
        published="2030-03-02")
    assert speaker_of(a, "he could vote against it") == "erik-lund", shown(a)
    assert speaker_of(a, "reckless") == "erik-lund", shown(a)


def test_a_name_after_a_verb_leaves_the_body_speaking(analyze_text):
    """Guard: "chaired by" names the chair; the body speaks."""
    a = analyze_text(
        "Danish budget vote delayed\n\n"
        "Several smaller parties objected to the budget on Monday. The Democratic Party, chaired by "
        "Erik Lund, said that the new quotas would hurt the northern ports.",
        published="2030-03-02")
    assert speaker_of(a, "the new quotas would hurt") != "erik-lund", shown(a)
