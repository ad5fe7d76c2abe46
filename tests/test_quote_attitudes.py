"""Attributed content beyond verbs of saying, and speakers the parse hides: one test per class,
on sentences written for these tests."""

from __future__ import annotations

from dyad.extract.quotes.words import attitude_verbs

from .test_quotes import find, quotes


def said_by(article, quote) -> str | None:
    m = quote.speaker_mention
    return article.text[m.start : m.end] if m else None


def test_attitude_verbs_come_from_cameo_classes_less_the_reviewed_ones():
    verbs = attitude_verbs()
    assert {"back", "praise", "condemn", "decline", "demand", "threaten"} <= verbs
    assert not {"scatter", "delay", "honor", "see"} & verbs  # action, ceremony, read otherwise


def test_an_attitude_verb_attributes_its_object_to_its_subject(analyze_text):
    a = analyze_text("Union leaders condemned the layoffs and praised the striking workers.")
    assert said_by(a, find(a, "the layoffs")) == "Union leaders"
    assert said_by(a, find(a, "the striking workers")) == "Union leaders"


def test_an_attitude_verb_attributes_its_to_clause(analyze_text):
    a = analyze_text("The senator declined to endorse the treaty.")
    assert said_by(a, find(a, "to endorse the treaty")) == "The senator"


def test_a_time_after_the_object_is_no_content(analyze_text):
    a = analyze_text("The mayor backed the new stadium plan on Monday.")
    assert find(a, "the new stadium plan").text == "the new stadium plan", quotes(a)


def test_the_clause_after_the_verb_wins_over_a_condition_before_it(analyze_text):
    a = analyze_text("If the dam fails, farmers fear that the valley will flood.")
    q = find(a, "the valley will flood")
    assert said_by(a, q) == "farmers"
    assert not [x for x in a.quotes if x.text.startswith("If the dam")], quotes(a)


def test_according_to_after_the_content_ends_the_object_before_it(analyze_text):
    a = analyze_text("The host mocked the guests, according to show staff.")
    assert said_by(a, find(a, "The host mocked the guests")) == "show staff"
    assert find(a, "the guests").text == "the guests", quotes(a)


def test_as_someone_put_it_attributes_the_rest_of_the_sentence(analyze_text):
    a = analyze_text('As the coach put it, the team is "a work in progress."')
    assert said_by(a, find(a, "the team is")) == "the coach"
    assert said_by(a, find(a, "a work in progress")) == "the coach"


def test_two_apostrophes_open_a_quote_after_its_attribution(analyze_text):
    a = analyze_text("Mr. Lee joked of the new bridge, ''I have not crossed it yet, but I will.''")
    assert said_by(a, find(a, "I have not crossed it")) == "Mr. Lee"


def test_a_demand_closing_a_quote_names_its_speaker(analyze_text):
    a = analyze_text('"Is anyone listening?" asked one farmer. "Why is this still allowed?" Senator Brown demanded.')
    assert said_by(a, find(a, "Why is this still allowed")) in ("Brown", "Senator Brown")


def test_a_verb_of_feeling_attributes_its_cause_to_the_one_who_feels(analyze_text):
    a = analyze_text("The new toll worries commuters. Residents were unsettled by the closures.")
    assert said_by(a, find(a, "The new toll")) == "commuters"
    assert said_by(a, find(a, "the closures")) == "Residents"


def test_a_feeling_clause_belongs_to_the_subject_of_the_passive(analyze_text):
    a = analyze_text("Parents were frustrated that the school board cancelled the vote.")
    assert said_by(a, find(a, "the school board cancelled")) == "Parents"


def test_the_object_of_a_wish_is_its_content_not_a_clause_after_it(analyze_text):
    a = analyze_text("Farmers want subsidies that cover their losses (they want higher prices too).")
    assert said_by(a, find(a, "subsidies that cover")) == "Farmers"


def test_quoted_as_saying_gives_the_words_to_the_one_quoted(analyze_text):
    a = analyze_text(
        '"We will not back down," the agency quoted a senior army officer as saying. '
        'The radio station quoted Defense Minister Lee Sang-min as saying that troops "stand ready."'
    )
    assert said_by(a, find(a, "We will not back down")) == "a senior army officer"
    assert said_by(a, find(a, "stand ready")) == "Lee Sang-min"


def test_a_named_spokesman_speaks_not_the_one_he_speaks_for(analyze_text):
    a = analyze_text("Moon's spokesman, Kim Eui-kyeom, told reporters that the talks were useful.")
    q = find(a, "the talks were useful")
    assert q.speaker is not None and "kim" in q.speaker and "moon" not in q.speaker, quotes(a)


def test_it_said_after_an_organisation_is_the_organisation(analyze_text):
    a = analyze_text(
        "The Joint Chiefs of Staff said the missile flew about 600 kilometers. "
        '"We are closely monitoring the situation," it said.'
    )
    first = find(a, "the missile flew")
    assert first.speaker is not None
    assert find(a, "We are closely monitoring").speaker == first.speaker


def test_a_verb_read_as_a_plural_noun_still_attributes(analyze_text):
    a = analyze_text("Smith charges that the council wasted millions on the stadium.")
    assert said_by(a, find(a, "the council wasted millions")) == "Smith"


def test_a_partial_quote_governed_by_an_attitude_verb_is_its_subjects(analyze_text):
    a = analyze_text('In a June speech, Garcia attacked "the reckless spending of this council."')
    assert said_by(a, find(a, "the reckless spending")) == "Garcia"
    assert not [q for q in a.quotes if said_by(a, q) == "a June speech"], quotes(a)


def test_according_to_before_a_direct_quote_names_its_speaker_once(analyze_text):
    a = analyze_text('According to Martinez, "the budget will not balance without new taxes."')
    hits = [q for q in a.quotes if q.text.startswith("the budget will not balance")]
    assert len(hits) == 1 and said_by(a, hits[0]) == "Martinez", quotes(a)


def test_identifying_something_as_a_reason_is_a_view(analyze_text):
    a = analyze_text("The senator identified rising rents as the main reason for the exodus.")
    assert said_by(a, find(a, "rising rents as the main reason")) == "The senator"


def test_a_court_ruling_attributes_what_it_rules_on(analyze_text):
    a = analyze_text(
        "A state appeals court ruled against the county's new voting rules on Tuesday. "
        "The earlier verdict was overturned by the supreme court."
    )
    assert said_by(a, find(a, "the county's new voting rules")) == "A state appeals court"
    assert said_by(a, find(a, "The earlier verdict")) == "supreme court"


def test_a_that_clause_after_the_hearers_is_what_was_shouted(analyze_text):
    a = analyze_text("The lifeguard shouted to the swimmers that a storm was coming.")
    hits = [q for q in a.quotes if "a storm was coming" in q.text and "swimmers" not in q.text]
    assert hits and said_by(a, hits[0]) == "The lifeguard", quotes(a)


def test_a_stance_noun_that_is_a_clause_is_its_possessors(analyze_text):
    a = analyze_text("Her bet is that voters will punish the incumbents.")
    assert said_by(a, find(a, "voters will punish")) == "Her"


def test_a_rule_that_allows_or_requires_attributes_what_it_allows(analyze_text):
    a = analyze_text("The new statute requires landlords to register every rental unit.")
    assert said_by(a, find(a, "landlords to register")) == "The new statute"


def test_a_clause_hung_on_continues_is_what_the_cue_after_it_says(analyze_text):
    a = analyze_text(
        "The governor continues to insist, most recently in a radio interview, that the budget is balanced."
    )
    assert said_by(a, find(a, "the budget is balanced")) == "The governor"


def test_who_was_led_to_fear_fears(analyze_text):
    a = analyze_text(
        "The shortage led many farmers to fear a poor harvest. "
        "The crash left investors feeling that the market was rigged."
    )
    assert said_by(a, find(a, "a poor harvest")) == "many farmers"
    assert said_by(a, find(a, "the market was rigged")) == "investors"


def test_words_used_to_denounce_are_not_the_ones_denouncing(analyze_text):
    a = analyze_text("Several mayors used harsh language to denounce the new tax.")
    assert said_by(a, find(a, "the new tax")) == "Several mayors"


def test_it_after_an_institution_named_just_before_is_that_institution(analyze_text):
    a = analyze_text("Shares of Samsung Electronics rose on Tuesday after it said demand for memory chips had recovered.")
    q = find(a, "demand for memory chips")
    assert q.speaker is not None and "samsung" in q.speaker, quotes(a)


def test_a_relative_speaker_is_named_from_what_it_refers_to(analyze_text):
    a = analyze_text("The council passed a zoning law that allows developers to build taller towers.")
    assert said_by(a, find(a, "developers to build")) == "a zoning law that"


def test_a_stance_adjective_after_a_noun_is_that_nouns(analyze_text):
    a = analyze_text("Party leaders, increasingly worried about turnout, met on Monday.")
    assert said_by(a, find(a, "turnout")) == "Party leaders"


def test_a_passive_participle_with_its_agent_attributes_the_noun_it_describes(analyze_text):
    a = analyze_text("The spending levels demanded by the unions were not met.")
    assert said_by(a, find(a, "The spending levels")) == "the unions"


def test_made_it_clear_attributes_its_clause(analyze_text):
    a = analyze_text("The minister made it clear that the plant would close. She made clear she would not resign.")
    assert said_by(a, find(a, "the plant would close")) == "The minister"
    assert said_by(a, find(a, "she would not resign")) == "She"


def test_someone_shown_asking_asks(analyze_text):
    a = analyze_text('The video shows footage of Senator Ortiz asking, "Where did the money go?"')
    assert said_by(a, find(a, "Where did the money go")) == "Ortiz"


def test_a_phrase_someone_used_is_theirs(analyze_text):
    a = analyze_text('The mayor has used the phrase "war on potholes" in every speech.')
    assert said_by(a, find(a, "war on potholes")) == "The mayor"


def test_typed_words_in_quotation_marks_are_the_typists(analyze_text):
    a = analyze_text('On the form, a clerk had typed "application denied."')
    assert said_by(a, find(a, "application denied")) == "a clerk"


def test_linking_two_things_is_a_claim(analyze_text):
    a = analyze_text("The senator repeatedly linked the outage to the new billing software.")
    assert said_by(a, find(a, "the outage to the new billing")) == "The senator"


def test_a_verb_of_wanting_or_fearing_attributes_its_object(analyze_text):
    a = analyze_text("Many growers fear a trade war with their largest customer.")
    assert said_by(a, find(a, "a trade war")) == "Many growers"


def test_a_that_clause_read_as_relative_after_a_report_is_its_content(analyze_text):
    a = analyze_text(
        "Critics seized on a Times report that the mayor had a secret bank account. "
        "The report that he wrote was short."
    )
    assert find(a, "the mayor had a secret bank account").cue == "report"
    assert not [q for q in a.quotes if q.text.startswith("he wrote")], quotes(a)


def test_persuading_vying_imposing_and_blocking_attribute_what_they_aim_at(analyze_text):
    a = analyze_text(
        "The council persuaded the utility to delay the rate hike. Six candidates vied for the post. "
        "The court blocked the merger. Regulators imposed a record fine on the bank."
    )
    assert said_by(a, find(a, "the utility to delay")) == "The council"
    assert said_by(a, find(a, "the post")) == "Six candidates"
    assert said_by(a, find(a, "the merger")) == "The court"
    assert said_by(a, find(a, "a record fine")) == "Regulators"


def test_an_agreement_reached_is_the_parties(analyze_text):
    a = analyze_text("The two unions reached an agreement to end the strike.")
    assert said_by(a, find(a, "end the strike")) == "The two unions"


def test_by_an_estimate_or_an_admission_attributes_the_rest_of_the_sentence(analyze_text):
    a = analyze_text(
        "By one estimate, the storm destroyed 3,000 homes. "
        "By her own admission, the coach had lost control of the team."
    )
    assert said_by(a, find(a, "the storm destroyed")) == "one estimate"
    assert said_by(a, find(a, "the coach had lost control")) == "her own admission"
