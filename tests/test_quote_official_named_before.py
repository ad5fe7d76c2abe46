""""The <body> official/spokeswoman said" that no "an official" introduced before is the person
named last before it (of that body's state, no head of state), not the body and not no one.
Sentences written for these tests."""

from __future__ import annotations

from .test_quotes import quotes, speaker_of


def _mentions(article, name):
    actor = next((a for a in article.actors if a.name == name), None)
    return [m.text for m in actor.mentions] if actor else []


def test_the_body_official_is_the_spokesman_named_before(analyze_text):
    """'Spokesman Omar Haddad said ... Haddad said ... The Sunrise Front official argued': Haddad."""
    a = analyze_text(
        "Sunrise Front spokesman Omar Haddad rejected the reports on Monday, calling them lies.\n\n"
        "Haddad said that the government would bear the blame for any escalation.\n\n"
        "The Sunrise Front official argued that violating the truce could start a new war.",
        published="2024-05-06")
    speaker = speaker_of(a, "violating the truce")
    assert speaker is not None and speaker.name in ("Omar Haddad", "Haddad"), quotes(a)


def test_the_ministry_spokeswoman_after_another_states_leader_is_the_woman_named_before(analyze_text):
    """A foreign leader spoke in between: skipped (another state, a head of government)."""
    a = analyze_text(
        "“We expect Ottawa to respect our fishermen,” Claire Moreau said during her weekly press "
        "conference in Paris on Tuesday.\n\n"
        "Canadian Prime Minister Justin Trudeau said on Monday that Canada would not change its quotas.\n\n"
        "The French Foreign Ministry spokeswoman stated, “As we see it, the dispute can still be settled "
        "by talks.”",
        published="2024-05-06")
    speaker = speaker_of(a, "As we see it")
    assert speaker is not None and speaker.name in ("Claire Moreau", "Moreau"), quotes(a)
    assert "The French Foreign Ministry spokeswoman" in _mentions(a, speaker.name)


def test_the_official_is_the_secretary_named_before_and_a_mention_of_him(analyze_text):
    """'Park Min-ho, a senior secretary of ..., told a briefing ... The official dismissed this
    step as "..."': Park, and "The official" is his mention, not a group's."""
    a = analyze_text(
        "The presidential office will not accept the insults, Park Min-ho, a senior press secretary of "
        "President Lee Jae-myung, told a briefing on Thursday.\n\n"
        "\"We will not tolerate such words again,\" Park told reporters.\n\n"
        "Park Min-ho also criticized the North for leaking the plans for the visit. The official "
        "dismissed this step as \"a grave breach of trust,\" accusing the North of twisting the facts.",
        published="2024-05-06")
    speaker = speaker_of(a, "a grave breach of trust")
    assert speaker is not None and speaker.name == "Park Min-ho", quotes(a)
    assert "The official" in _mentions(a, "Park Min-ho")


def test_an_official_introduced_before_stays_the_source(analyze_text):
    """A guard: 'A senior ministry official said X. The official added Y': the unnamed source, not
    the minister named before."""
    a = analyze_text(
        "Foreign Minister Ana Ruiz met her Chilean counterpart in Lima on Monday.\n\n"
        "A senior ministry official said the talks had gone well. The official added that a deal on the "
        "border was close.",
        published="2024-05-06")
    speaker = speaker_of(a, "a deal on the border")
    assert speaker is None or speaker.name != "Ana Ruiz", quotes(a)


def test_another_states_official_is_not_the_person_named_before(analyze_text):
    """A guard: 'Japanese Foreign Minister X said ... The Chinese official said': not X."""
    a = analyze_text(
        "Japanese Foreign Minister Kenji Sato said on Monday that Tokyo had lodged a protest.\n\n"
        "The Chinese official said that the ships had done nothing wrong.",
        published="2024-05-06")
    speaker = speaker_of(a, "the ships had done nothing wrong")
    assert speaker is None or speaker.name != "Kenji Sato", quotes(a)


def test_the_spokesperson_after_a_spokesperson_unnamed_stays_that_source(analyze_text):
    """A guard: 'China's Foreign Ministry spokesperson unveiled X against firms A and B. The
    spokesperson said Y': the ministry's unnamed spokesperson, not a name read before."""
    a = analyze_text(
        "China's Foreign Ministry spokesperson unveiled penalties on Tuesday against the US firms Raytheon "
        "and Lockheed Martin that have sold weapons to Taiwan.\n\n"
        "The spokesperson said that the sales \"gravely harm\" relations between the two countries.",
        published="2024-05-06")
    speaker = speaker_of(a, "the sales")
    assert speaker is None or speaker.kind != "person", quotes(a)


def test_the_official_is_not_an_earlier_speaker_when_a_titled_person_was_named_since(analyze_text):
    """A guard: 'Lee, the ministry's spokesperson, said X. ..., Ri Song-chol, director-general at
    North Korea's foreign ministry, warned Y. ... the North Korean official also likened':
    not Lee (Ri, named since with his title, is meant)."""
    a = analyze_text(
        "\"The drills are purely defensive,\" Lee Min-ho, the unification ministry's spokesperson, told "
        "a regular briefing.\n\n"
        "Calling the drills a rehearsal for invasion, Ri Song-chol, director-general at North Korea's "
        "foreign ministry, warned that the talks would stay suspended.\n\n"
        "Later, the North Korean official also likened the South to a \"scarecrow.\"",
        published="2024-05-06")
    lee = next((x for x in a.actors if x.name == "Lee Min-ho"), None)
    assert lee is not None and not any(m.text == "the North Korean official" for m in lee.mentions), \
        [(x.name, [m.text for m in x.mentions]) for x in a.actors if x.kind == "person"]
