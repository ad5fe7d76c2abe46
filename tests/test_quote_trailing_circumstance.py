"""A clause after 'CONTENT, SOURCE said DAY,' that tells when or why it was said ('as ...',
'after ...') is no part of what was said; and a lead whose cue the parse made a conjunct of the
content still reports that content. Sentences written for these tests."""

from __future__ import annotations

from .test_quotes import find, speaker_name


def test_as_clause_after_the_cue_is_no_content(analyze_text):
    article = analyze_text(
        "Ankara must reopen the border crossing for aid trucks, the foreign ministry in Athens said "
        "Monday, as the dispute over fishing rights deepened.\n\n"
        "The drill breaches UN Security Council resolutions, Canada said Thursday, after what "
        "Tehran called a routine naval exercise.",
        published="2023-05-08",
    )
    q = find(article, "Ankara must reopen")
    assert q.text == "Ankara must reopen the border crossing for aid trucks"
    q = find(article, "The drill breaches")
    assert q.text == "The drill breaches UN Security Council resolutions"
    assert speaker_name(article, q) == "Canada"


def test_inserted_attribution_still_goes_on(analyze_text):
    # guard: 'The museum, he said, would ...' keeps the words after the inserted attribution
    article = analyze_text(
        "The new stadium, Governor Rita Salles said, would open before the autumn games.",
        published="2023-05-08",
    )
    q = find(article, "The new stadium")
    assert q.text.endswith("would open before the autumn games")


def test_cue_parsed_as_a_conjunct_of_the_lead(analyze_text):
    article = analyze_text(
        "South Sudan should return to the peace table for complete demobilization, a spokesperson "
        "for President-elect Ahn Min-su said Friday, as Juba accelerates plans to build a new army.\n\n"
        "Lee Ha-na, the spokesperson, made the remark during a press briefing.",
        published="2023-05-08",
    )
    q = find(article, "South Sudan should return")
    assert q.text == "South Sudan should return to the peace table for complete demobilization"


def test_coordinated_clauses_are_not_content(analyze_text):
    # guard: 'X did A, and Y said B' - the clause before "and" is not what Y said
    article = analyze_text(
        "The rebels seized the airport on Monday, and a spokesman for the army said troops "
        "would retake it.",
        published="2023-05-08",
    )
    assert not [q for q in article.quotes if q.text.startswith("The rebels seized")]


def test_after_clause_the_parse_made_a_complement_is_no_content(analyze_text):
    """'A, the ministry said Wednesday, after B issued a statement': the parse hangs the "after"
    clause on the cue as its complement; what was said is A, not the "after" clause."""
    article = analyze_text(
        "Ministry urges calm after harsh words from the rebels\n\n"
        "LISBON, May 4 (Lusa) -- Both sides should honour the truce, the defence ministry said "
        "Wednesday, after the brother of rebel commander Joao Mendes issued a harshly worded "
        "statement mocking the capital.\n\n"
        "In the statement, Paulo Mendes scorned the government.",
        published="2023-05-08",
    )
    q = find(article, "Both sides should honour")
    assert q.text == "Both sides should honour the truce"
    assert not [x for x in article.quotes if x.text.startswith("Wednesday")]


def test_a_lead_with_no_time_clause_keeps_its_content(analyze_text):
    # guard: 'A, the ministry said Wednesday.' keeps A
    article = analyze_text(
        "LISBON, May 4 (Lusa) -- Both sides should honour the truce, the defence ministry said "
        "Wednesday.\n\nThe rebels made no comment.",
        published="2023-05-08",
    )
    q = find(article, "Both sides should honour")
    assert q.text == "Both sides should honour the truce"
