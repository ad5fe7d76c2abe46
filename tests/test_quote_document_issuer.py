"""A document speaks for whoever issued it, also where the issuing verb is "adopt" or "share" and
where the issuer is the agent of a passive ("was shared by X in a statement"). Sentences written
for these tests."""

from __future__ import annotations

from .quote_lookup import shown, speaker_of


def test_an_adopted_resolution_is_its_adopters(analyze_text):
    a = analyze_text(
        "Lawmakers in Strasbourg press Oslo over fishing ban\n\n"
        "Norway's fisheries minister said on Monday that the ban would stay. On Tuesday the European "
        "Parliament adopted a resolution urging talks within a month. The ban was \"a blow to coastal "
        'towns on both sides,\" the resolution said.',
        published="2030-05-14")
    assert speaker_of(a, "a blow to coastal towns") == "european-parliament", shown(a)


def test_a_statement_shared_by_an_agent_is_the_agents(analyze_text):
    a = analyze_text(
        "Storm cuts Baltic drills short\n\n"
        "The Norwegian military has confirmed that two of its ships were damaged in the storm. The update "
        "was shared by NATO in a brief statement on Friday. According to the statement, the allied drills "
        "ended two days early because of the high seas.",
        published="2030-05-14")
    assert speaker_of(a, "the allied drills ended") == "nato", shown(a)


def test_a_statement_issued_by_its_subject_stays_the_subjects(analyze_text):
    """Guard: an active issuing verb keeps its subject as the issuer."""
    a = analyze_text(
        "Storm cuts Baltic drills short\n\n"
        "The Norwegian military has confirmed that two of its ships were damaged in the storm. NATO issued "
        "a brief statement on Friday. According to the statement, the allied drills ended two days early "
        "because of the high seas.",
        published="2030-05-14")
    assert speaker_of(a, "the allied drills ended") == "nato", shown(a)
