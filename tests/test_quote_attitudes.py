"""Attributed content beyond verbs of saying, and speakers the parse hides: one case per class,
on sentences written for these tests."""

from __future__ import annotations

import pytest

from dyad.extract.quotes.words import attitude_verbs

from .test_quotes import find, quotes, who

# (class, text, [(start of the content, words of its speaker), ...])
SPEAKERS = [
    ("an attitude verb attributes its object to its subject",
     "Union leaders condemned the layoffs and praised the striking workers.",
     [("the layoffs", "Union leaders"), ("the striking workers", "Union leaders")]),
    ("an attitude verb attributes its to-clause",
     "The senator declined to endorse the treaty.",
     [("to endorse the treaty", "The senator")]),
    ("according to after the content names its speaker",
     "The host mocked the guests, according to show staff.",
     [("The host mocked the guests", "show staff")]),
    ("as someone put it attributes the rest of the sentence",
     'As the coach put it, the team is "a work in progress."',
     [("the team is", "the coach"), ("a work in progress", "the coach")]),
    ("two apostrophes open a quote after its attribution",
     "Mr. Lee joked of the new bridge, ''I have not crossed it yet, but I will.''",
     [("I have not crossed it", "Mr. Lee")]),
    ("a verb of feeling attributes its cause to the one who feels",
     "The new toll worries commuters. Residents were unsettled by the closures.",
     [("The new toll", "commuters"), ("the closures", "Residents")]),
    ("a feeling clause belongs to the subject of the passive",
     "Parents were frustrated that the school board cancelled the vote.",
     [("the school board cancelled", "Parents")]),
    ("the object of a wish is its content, not a clause after it",
     "Farmers want subsidies that cover their losses (they want higher prices too).",
     [("subsidies that cover", "Farmers")]),
    ("quoted as saying gives the words to the one quoted",
     '"We will not back down," the agency quoted a senior army officer as saying. '
     'The radio station quoted Defense Minister Lee Sang-min as saying that troops "stand ready."',
     [("We will not back down", "a senior army officer"), ("stand ready", "Lee Sang-min")]),
    ("a verb read as a plural noun still attributes",
     "Smith charges that the council wasted millions on the stadium.",
     [("the council wasted millions", "Smith")]),
    ("identifying something as a reason is a view",
     "The senator identified rising rents as the main reason for the exodus.",
     [("rising rents as the main reason", "The senator")]),
    ("a court ruling attributes what it rules on",
     "A state appeals court ruled against the county's new voting rules on Tuesday. "
     "The earlier verdict was overturned by the supreme court.",
     [("the county's new voting rules", "A state appeals court"), ("The earlier verdict", "supreme court")]),
    ("a stance noun that is a clause is its possessor's",
     "Her bet is that voters will punish the incumbents.",
     [("voters will punish", "Her")]),
    ("a rule that allows or requires attributes what it allows",
     "The new statute requires landlords to register every rental unit.",
     [("landlords to register", "The new statute")]),
    ("a clause hung on 'continues' is what the cue after it says",
     "The governor continues to insist, most recently in a radio interview, that the budget is balanced.",
     [("the budget is balanced", "The governor")]),
    ("who was led to fear fears",
     "The shortage led many farmers to fear a poor harvest. "
     "The crash left investors feeling that the market was rigged.",
     [("a poor harvest", "many farmers"), ("the market was rigged", "investors")]),
    ("words used to denounce are not the ones denouncing",
     "Several mayors used harsh language to denounce the new tax.",
     [("the new tax", "Several mayors")]),
    ("a relative speaker is named from what it refers to",
     "The council passed a zoning law that allows developers to build taller towers.",
     [("developers to build", "a zoning law that")]),
    ("a stance adjective after a noun is that noun's",
     "Party leaders, increasingly worried about turnout, met on Monday.",
     [("turnout", "Party leaders")]),
    ("a passive participle with its agent attributes the noun it describes",
     "The spending levels demanded by the unions were not met.",
     [("The spending levels", "the unions")]),
    ("made it clear attributes its clause",
     "The minister made it clear that the plant would close. She made clear she would not resign.",
     [("the plant would close", "The minister"), ("she would not resign", "She")]),
    ("someone shown asking asks",
     'The video shows footage of Senator Ortiz asking, "Where did the money go?"',
     [("Where did the money go", "Ortiz")]),
    ("a phrase someone used is theirs",
     'The mayor has used the phrase "war on potholes" in every speech.',
     [("war on potholes", "The mayor")]),
    ("typed words in quotation marks are the typist's",
     'On the form, a clerk had typed "application denied."',
     [("application denied", "a clerk")]),
    ("linking two things is a claim",
     "The senator repeatedly linked the outage to the new billing software.",
     [("the outage to the new billing", "The senator")]),
    ("a verb of wanting or fearing attributes its object",
     "Many growers fear a trade war with their largest customer.",
     [("a trade war", "Many growers")]),
    ("persuading, vying, imposing and blocking attribute what they aim at",
     "The council persuaded the utility to delay the rate hike. Six candidates vied for the post. "
     "The court blocked the merger. Regulators imposed a record fine on the bank.",
     [("the utility to delay", "The council"), ("the post", "Six candidates"),
      ("the merger", "The court"), ("a record fine", "Regulators")]),
    ("an agreement reached is the parties'",
     "The two unions reached an agreement to end the strike.",
     [("end the strike", "The two unions")]),
    ("by an estimate or an admission attributes the rest of the sentence",
     "By one estimate, the storm destroyed 3,000 homes. "
     "By her own admission, the coach had lost control of the team.",
     [("the storm destroyed", "one estimate"), ("the coach had lost control", "her own admission")]),
    ("reminding, informing or notifying a hearer that X says X, as telling does",
     "Mayor Ortega reminded the council that the bridge had been closed since May. The port authority "
     "informed the ministry that the canal would reopen in June. Coach Dunmore notified the league that "
     "his team would appeal.",
     [("the bridge had been closed", "Ortega"), ("the canal would reopen", "The port authority"),
      ("his team would appeal", "Dunmore")]),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(t, e, id=c) for c, t, e in SPEAKERS])
def test_attributed_content_has_its_speaker(analyze_text, text, expected):
    a = analyze_text(text)
    got = [(start, who(a, find(a, start))) for start, _ in expected]
    assert got == expected, quotes(a)


def test_attitude_verbs_come_from_cameo_classes_less_the_reviewed_ones():
    verbs = attitude_verbs()
    assert {"back", "praise", "condemn", "decline", "demand", "threaten"} <= verbs
    assert not {"scatter", "delay", "honor", "see"} & verbs  # action, ceremony, read otherwise


def test_a_time_after_the_object_is_no_content(analyze_text):
    a = analyze_text("The mayor backed the new stadium plan on Monday.")
    assert find(a, "the new stadium plan").text == "the new stadium plan", quotes(a)


def test_the_clause_after_the_verb_wins_over_a_condition_before_it(analyze_text):
    a = analyze_text("If the dam fails, farmers fear that the valley will flood.")
    assert who(a, find(a, "the valley will flood")) == "farmers"
    assert not [x for x in a.quotes if x.text.startswith("If the dam")], quotes(a)


def test_according_to_after_the_content_ends_the_object_before_it(analyze_text):
    a = analyze_text("The host mocked the guests, according to show staff.")
    assert find(a, "the guests").text == "the guests", quotes(a)


def test_a_demand_closing_a_quote_names_its_speaker(analyze_text):
    a = analyze_text('"Is anyone listening?" asked one farmer. "Why is this still allowed?" Senator Brown demanded.')
    assert who(a, find(a, "Why is this still allowed")) in ("Brown", "Senator Brown")


def test_a_named_spokesman_speaks_not_the_one_he_speaks_for(analyze_text):
    a = analyze_text("Moon's spokesman, Kim Eui-kyeom, told reporters that the talks were useful.")
    q = find(a, "the talks were useful")
    assert q.speaker is not None and "kim" in q.speaker and "moon" not in q.speaker, quotes(a)


@pytest.mark.parametrize(
    ("text", "published", "content", "name", "country"),
    [
        ("Russian President Vladimir Putin's spokesman said on Monday that the Kremlin would not comment on "
         "the vote.", "2018-03-02", "the Kremlin would not comment", "Vladimir Putin's spokesman", "RUS"),
        ("Jacob Zuma appeared in court on Friday. His defense team said it would appeal the ruling.",
         "2018-04-06", "it would appeal the ruling", "Jacob Zuma's defense team", "ZAF"),
        ("Moon Jae-in met the envoy on Tuesday. Moon's lawyer said the case was closed.", "2018-04-06",
         "the case was closed", "Moon Jae-in's lawyer", "KOR"),
    ],
)
def test_an_unnamed_representative_of_a_person_speaks_for_the_person_s_country(
        analyze_text, text, published, content, name, country):
    """"Putin's spokesman said", "his defense team said": the representative is the source, an
    actor of its own of the principal's country; not the principal."""
    a = analyze_text(text, published=published)
    q = find(a, content)
    actor = next((x for x in a.actors if x.id == q.speaker), None)
    assert actor is not None and actor.name == name and actor.country == country, quotes(a)


def test_a_person_s_spokesman_is_the_spokesperson_the_article_names(analyze_text):
    a = analyze_text("President Vladimir Putin's spokesman said the Kremlin had not seen the report. Dmitry Peskov "
                     "told reporters in Moscow that the talks would go on.", published="2019-05-06")
    q = find(a, "the Kremlin had not seen the report")
    assert q.speaker == "dmitry-peskov", quotes(a)


def test_it_said_after_an_organisation_is_the_organisation(analyze_text):
    a = analyze_text(
        "The Joint Chiefs of Staff said the missile flew about 600 kilometers. "
        '"We are closely monitoring the situation," it said.'
    )
    first = find(a, "the missile flew")
    assert first.speaker is not None
    assert find(a, "We are closely monitoring").speaker == first.speaker


def test_a_partial_quote_governed_by_an_attitude_verb_is_its_subjects(analyze_text):
    a = analyze_text('In a June speech, Garcia attacked "the reckless spending of this council."')
    assert who(a, find(a, "the reckless spending")) == "Garcia"
    assert not [q for q in a.quotes if who(a, q) == "a June speech"], quotes(a)


def test_according_to_before_a_direct_quote_names_its_speaker_once(analyze_text):
    a = analyze_text('According to Martinez, "the budget will not balance without new taxes."')
    hits = [q for q in a.quotes if q.text.startswith("the budget will not balance")]
    assert len(hits) == 1 and who(a, hits[0]) == "Martinez", quotes(a)


def test_a_that_clause_after_the_hearers_is_what_was_shouted(analyze_text):
    a = analyze_text("The lifeguard shouted to the swimmers that a storm was coming.")
    hits = [q for q in a.quotes if "a storm was coming" in q.text and "swimmers" not in q.text]
    assert hits and who(a, hits[0]) == "The lifeguard", quotes(a)


def test_it_after_an_institution_named_just_before_is_that_institution(analyze_text):
    a = analyze_text("Shares of Samsung Electronics rose on Tuesday after it said demand for memory chips had recovered.")
    q = find(a, "demand for memory chips")
    assert q.speaker is not None and "samsung" in q.speaker, quotes(a)


def test_a_that_clause_read_as_relative_after_a_report_is_its_content(analyze_text):
    a = analyze_text(
        "Critics seized on a Times report that the mayor had a secret bank account. "
        "The report that he wrote was short."
    )
    assert find(a, "the mayor had a secret bank account").cue == "report"
    assert not [q for q in a.quotes if q.text.startswith("he wrote")], quotes(a)
