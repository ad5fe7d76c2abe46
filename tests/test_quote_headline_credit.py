"""A headline with no quotation marks that ends with a colon or a dash and a speaker credits its
words to that speaker: 'Spain and Portugal must share the river: Sanchez', '... - Elysee spox'
(the spokesperson the body names with that title). A news outlet there is the site's name.
Sentences written for these tests."""

from __future__ import annotations

from dyad.annotate.knowledge import normalize

from .quote_lookup import shown, speaker_of


def test_colon_and_name_after_a_headline_credit_its_words(analyze_text):
    a = analyze_text(
        "Spain and Portugal must share the river's water fairly: Sanchez\n\n"
        "Lisbon, June 3: Spanish Prime Minister Pedro Sanchez on Monday urged Portugal to keep more "
        "water in its reservoirs on the Douro during the dry months.\n\n"
        "\"A river does not stop at a border,\" Sanchez said.",
        published="2022-06-03")
    speaker = speaker_of(a, "Spain and Portugal must share")
    assert speaker is not None and "sanchez" in normalize(a.actor(speaker).name), shown(a)  # "Pedro Sánchez" too


def test_a_spokesperson_after_a_dash_is_the_one_the_body_names(analyze_text):
    a = analyze_text(
        "Claim That Talks Are Over Is Wrong - Elysee Spox\n\n"
        "Talks on the fishing quotas have not collapsed, Elysee spokesman Paul Moreau said on Monday.\n\n"
        "\"We will be back at the table on Thursday,\" Moreau said.",
        published="2030-02-11")
    speaker = speaker_of(a, "Claim That Talks Are Over")
    assert speaker is not None and "Moreau" in a.actor(speaker).name, shown(a)


def test_a_news_outlet_after_a_dash_credits_nothing(analyze_text):
    """Guard: "- Reuters" names the site, not a speaker."""
    a = analyze_text(
        "Floods close three bridges in Porto - Reuters\n\n"
        "Floods closed three bridges in Porto on Monday, the city council said.",
        published="2030-02-11")
    assert not any(q.start == 0 for q in a.quotes), shown(a)


def test_a_state_after_a_colon_names_the_subject_not_a_speaker(analyze_text):
    """Guard: a running story's headline ends with the place it is about."""
    a = analyze_text(
        "Fighting along the northern front, day 40 live updates: Chisinau\n\n"
        "Moldova's president met European envoys in Chisinau on Tuesday to discuss the border.",
        published="2030-02-11")
    assert not any(q.start == 0 for q in a.quotes), shown(a)
