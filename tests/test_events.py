"""The event stage on small hand-made articles: parse, actors by offsets, modality, time and place."""

import re
from pathlib import Path

import pytest

from dyad.annotate.nlp import load_nlp
from dyad.article import Actor, Article, Mention, Place, Quote, Segment, TimeRef
from dyad.extract.events.stage import EventStage

STATES = {
    "USA": ["United States", "Washington", "US"],
    "PRK": ["North Korea", "Pyongyang"],
    "CHN": ["China", "Beijing"],
    "RUS": ["Russia", "Moscow"],
    "JPN": ["Japan"],
    "KOR": ["South Korea"],
    "ISR": ["Israel"],
    "SYR": ["Syria"],
    "IRN": ["Iran"],
}
PERSONS = {"trump": ("Donald Trump", "USA"), "kim": ("Kim Jong-un", "PRK")}


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


@pytest.fixture(scope="module")
def stage():
    return EventStage()


def article(nlp, text, times=(), places=(), quotes=(), credit=None):
    doc = nlp(text)
    art = Article(text=text, id="t1", doc=doc, segments=[Segment("body", 0, len(text))])
    if credit:
        start = text.index(credit)
        art.segments = [Segment("caption", 0, start), Segment("credit", start, len(text))]
    for code, names in STATES.items():
        mentions = [
            Mention(m.start(), m.end(), m.group()) for n in names for m in re.finditer(rf"\b{n}\b", text)
        ]
        if mentions:
            art.actors.append(Actor(code, names[0], "state", country=code, mentions=mentions))
    for key, (name, country) in PERSONS.items():
        words = {name, name.split()[-1] if key == "trump" else "Kim"}
        mentions = [
            Mention(m.start(), m.end(), m.group()) for w in words for m in re.finditer(rf"\b{w}\b", text)
        ]
        if mentions:
            art.actors.append(Actor(key, name, "person", country=country, mentions=mentions))
    art.times = [TimeRef(text.index(t), text.index(t) + len(t), t, v, "day") for t, v in times]
    art.places = [
        Place(pid, n, None, None, None, kind, [Mention(text.index(n), text.index(n) + len(n), n)])
        for pid, n, kind in places
    ]
    art.quotes = [Quote(text.index(q), text.index(q) + len(q), q, True) for q in quotes]
    return art


def events(stage, art):
    return [(e.source, e.target, e.cameo[:2], e.modality) for e in stage(art).events]


def test_subject_object_and_code(nlp, stage):
    assert ("ISR", "SYR", "19", "asserted") in events(stage, article(nlp, "Israel attacked Syria on Monday."))


def test_passive_voice_swaps_source_and_target(nlp, stage):
    found = events(stage, article(nlp, "Syria was attacked by Israel."))
    assert found == [("ISR", "SYR", "19", "asserted")]


def test_coordinated_subjects_meet_once(nlp, stage):
    found = events(stage, article(nlp, "Trump and Kim met in Hanoi."))
    assert found == [("trump", "kim", "04", "asserted")]


def test_coordinated_objects_give_one_event_each(nlp, stage):
    found = events(stage, article(nlp, "China condemned Japan and South Korea."))
    assert ("CHN", "JPN", "11", "asserted") in found and ("CHN", "KOR", "11", "asserted") in found


def test_nominal_event_with_possessor_and_prepositional_target(nlp, stage):
    found = events(stage, article(nlp, "Analysts discussed Russia's invasion of Japan."))
    assert ("RUS", "JPN", "19", "asserted") in found


def test_possessive_chain_gives_the_source_of_a_pursuit(nlp, stage):
    text = "North Korea's main aim is the pursuit of normalized relations with the United States."
    # an intended diplomatic cooperation is CAMEO 032 (intent), its modality still "intended"
    assert ("PRK", "USA", "03", "intended") in events(stage, article(nlp, text))


def test_joint_exercise_takes_the_participants_of_its_clause(nlp, stage):
    text = "Bombers from the United States, South Korea and Japan flew during a trilateral air exercise."
    found = events(stage, article(nlp, text))
    assert ("USA", "KOR", "06", "asserted") in found and ("USA", "JPN", "06", "asserted") in found


@pytest.mark.parametrize(
    "text, modality",
    [
        ("Israel did not attack Syria.", "negated"),
        ("China and Japan held no talks.", "negated"),
        ("Israel would attack Syria.", "hypothetical"),
        ("If talks fail, Israel will attack Syria.", "conditional"),
        ("Israel plans to attack Syria.", "intended"),
        ("Israel seeks to attack Syria.", "intended"),
        ("Israel will attack Syria.", "predicted"),
        ("Israel is expected to attack Syria.", "predicted"),
    ],
)
def test_modality(nlp, stage, text, modality):
    found = [m for *_, m in events(stage, article(nlp, text))]
    assert found and found[0] == modality, found


def test_event_inside_a_quote_is_reported(nlp, stage):
    text = 'He said: "Israel attacked Syria." Then he left.'
    found = events(stage, article(nlp, text, quotes=["Israel attacked Syria."]))
    assert found == [("ISR", "SYR", "19", "reported")]


def test_negation_beats_reported(nlp, stage):
    text = '"Israel never attacked Syria," he said.'
    assert events(stage, article(nlp, text, quotes=["Israel never attacked Syria,"]))[0][3] == "negated"


def test_date_and_place_come_from_the_clause(nlp, stage):
    text = "On Monday, Trump and Kim met on Feb. 27, 2019, at the Metropole hotel in Hanoi."
    art = article(
        nlp,
        text,
        times=[("Monday", "2019-02-25"), ("Feb. 27, 2019", "2019-02-27")],
        places=[("p-hanoi", "Hanoi", "city"), ("p-hotel", "Metropole hotel", "site")],
    )
    event = stage(art).events[0]
    assert event.date.value == "2019-02-27"
    assert event.place == "p-hotel"
    assert event.evidence.start == 0 and event.trigger.text == "met"


def test_each_event_takes_the_date_and_place_of_its_own_sentence(nlp, stage):
    text = "Trump met Kim on Feb. 27, 2019 in Hanoi. Russia attacked Syria on March 3, 2020 in Aleppo."
    art = article(
        nlp,
        text,
        times=[("Feb. 27, 2019", "2019-02-27"), ("March 3, 2020", "2020-03-03")],
        places=[("p-hanoi", "Hanoi", "city"), ("p-aleppo", "Aleppo", "city")],
    )
    found = [(e.trigger.text, e.date.value, e.place) for e in stage(art).events]
    assert found == [("met", "2019-02-27", "p-hanoi"), ("attacked", "2020-03-03", "p-aleppo")]


def test_without_a_date_in_its_paragraph_an_event_that_happened_takes_the_publication_day(nlp, stage):
    art = article(nlp, "Israel attacked Syria.")
    art.published = "2023-11-05"
    date = stage(art).events[0].date
    assert (date.value, date.precision, date.anchor) == ("2023-11-05", "day", "published")


def test_an_event_yet_to_happen_is_dated_by_its_report(nlp, stage):
    art = article(nlp, "Israel will send troops to Syria.")
    art.published = "2023-11-05"
    assert [(e.modality, e.date.value, e.date.anchor) for e in stage(art).events] == [
        ("predicted", "2023-11-05", "published")
    ]


def test_an_event_yet_to_happen_takes_no_lead_day(nlp, stage):
    art = article(nlp, "Israel attacked Syria on Monday.\nIsrael will send troops to Syria.", times=[("Monday", "2023-11-03")])
    art.published = "2023-11-05"
    assert [(e.date.value, e.date.anchor) for e in stage(art).events] == [
        ("2023-11-03", "clause"),
        ("2023-11-05", "published"),
    ]


@pytest.mark.parametrize(
    "words, value, precision",
    [("for two weeks", "P2W", "duration"), ("every week", "XXXX-WXX", "set"), ("for 20 months", "P20M", "")],
)
def test_durations_and_sets_never_date_an_event(nlp, stage, words, value, precision):
    text = f"Israel attacked Syria {words} in 2019."
    art = article(nlp, text, times=[("2019", "2019")])
    start = text.index(words)
    art.times.insert(0, TimeRef(start, start + len(words), words, value, precision or "unknown"))
    assert stage(art).events[0].date.value == "2019"  # the duration is nearer, the year dates it
    art.times = art.times[:1]
    assert stage(art).events[0].date is None


def test_a_target_named_inside_the_object_phrase(nlp, stage):
    found = events(stage, article(nlp, "Russia refused to lift the ban on ships from Japan."))
    assert found[0][:2] == ("RUS", "JPN")


def test_the_subject_phrase_is_never_searched_for_a_target(nlp, stage):
    found = events(stage, article(nlp, "Troops from Japan refused to lift the ban on fishing boats."))
    assert all(target is None for _, target, *_ in found), found


def test_a_thing_acted_on_is_kept_as_target_text(nlp, stage):
    [event] = stage(article(nlp, "China rejected the trade rules that were signed in May.")).events
    assert (event.source, event.target) == ("CHN", None)
    assert event.target_text.text == "the trade rules"
    assert event.target_text.start == 15


def test_what_a_cue_object_applies_to_is_the_target_text(nlp, stage):
    [event] = stage(article(nlp, "Russia imposed a curfew in parts of the capital.")).events
    assert event.cameo == "1723" and event.target_text.text == "parts of the capital"


def test_credits_produce_nothing(nlp, stage):
    text = "Trump and Kim smile. (Photo - Israel attacked Syria)"
    assert events(stage, article(nlp, text, credit="(Photo")) == []


def test_event_fields_and_stable_id(nlp, stage):
    first = stage(article(nlp, "Israel attacked Syria.")).events[0]
    again = stage(article(nlp, "Israel attacked Syria.")).events[0]
    assert first.id == again.id
    assert first.plover == "ASSAULT" and first.quad_class == 4 and first.goldstein < 0
    assert 0 < first.confidence <= 1


def test_unnamed_groups_become_group_actors(nlp, stage):
    art = stage(article(nlp, "Police arrested dozens of protesters in Moscow."))
    actors = {a.id: a for a in art.actors}
    [event] = art.events
    assert event.cameo[:2] == "17"
    assert actors[event.source].sector == "COP" and actors[event.source].kind == "group"
    assert actors[event.target].sector == "OPP"
    assert "protesters" in actors[event.target].mentions[0].text


def test_group_takes_its_country_from_a_demonym(nlp, stage):
    art = stage(article(nlp, "Syrian troops shelled a rebel village."))
    troops = art.actor(art.events[0].source)
    assert (troops.country, troops.sector) == ("SYR", "MIL")


def test_a_pronoun_subject_takes_the_reporter_of_its_clause(nlp, stage):
    found = events(stage, article(nlp, "Syria said it would never attack Israel."))
    assert found[0][:3] == ("SYR", "ISR", "19")


def test_the_owner_of_a_rejected_request_is_the_target(nlp, stage):
    found = events(stage, article(nlp, "China rejected Japan's request."))
    assert ("CHN", "JPN", "12", "asserted") in found


def test_an_inferred_person_is_rolled_up_to_the_state(nlp, stage):
    text = "North Korea is isolated. Kim paid no heed to the US overture."
    found = events(stage, article(nlp, text))
    assert ("USA", "PRK", "03", "asserted") in found  # the overture happened; Kim is inferred -> PRK


def test_predicate_adjective_is_an_event(nlp, stage):
    found = events(stage, article(nlp, "China said it is skeptical of Japan."))
    assert ("CHN", "JPN", "01", "asserted") in found


DEV = Path(__file__).resolve().parents[1] / ".." / "shared" / "eventdata" / "dev"
FLOORS = {"root": 0.80, "dyad": 0.65, "plover": 0.69}  # measured 0.832 / 0.679 / 0.724 at limit=150


def test_quality_gate_on_the_development_sets():
    """Event coding on the first 150 sentences of each development set stays above pinned floors."""
    from dyad.evaluate.events import evaluate

    result = evaluate(DEV, limit=150)
    overall = result["all"]["overall"]
    scores = {name: overall[name]["f1"] for name in FLOORS}
    assert all(scores[n] >= floor for n, floor in FLOORS.items()), scores
    assert set(result) == {"all", "tune", "check"}
    assert all("precision" in result[p]["overall"]["root"] for p in result)
    sizes = [result[p]["sets"]["cameo_class"]["accuracy"]["n"] for p in ("tune", "check")]
    assert sum(sizes) == result["all"]["sets"]["cameo_class"]["accuracy"]["n"] and min(sizes) > 0


def test_a_meeting_at_a_place_stays_a_meeting(nlp, stage):
    text = "Trump met Kim at the Peace House on Sunday. Japan met China at the embassy."
    art = article(
        nlp,
        text,
        times=[("Sunday", "2019-06-30")],
        places=[("p-house", "Peace House", "site"), ("p-embassy", "embassy", "site")],
    )
    found = stage(art).events
    assert {e.cameo for e in found} == {"040"}
    assert {frozenset((e.source, e.target)) for e in found} == {frozenset(("trump", "kim")), frozenset(("JPN", "CHN"))}


def test_a_group_both_stages_name_is_one_actor():
    """The actors stage makes "black men" a group; the events stage names "a black man" with the
    same group id: one actor with both mentions, never two actors with one id (the store refuses
    the article: one row per article and actor)."""
    import dyad

    text = (
        "The number of black men in prison grew for decades. Critics say the laws targeted black men. "
        "Black men were arrested more often than others. Police arrested a 22-year-old black man on Friday."
    )
    analysed = dyad.analyze(text, published="2016-10-07")
    ids = [a.id for a in analysed.actors]
    assert len(ids) == len(set(ids))
    target = next(e.target for e in analysed.events if e.cameo == "173")
    group = next(a for a in analysed.actors if a.id == target)
    texts = [m.text for m in group.mentions]
    assert "22-year-old black man" in texts and "black men" in texts
    assert [m.start for m in group.mentions] == sorted(m.start for m in group.mentions)


def test_an_event_noun_modifying_a_thing_names_no_event(nlp, stage):
    found = events(stage, article(nlp, "Kim walked through the truce village with Trump."))
    assert not [e for e in found if e[2] == "08"], found  # "truce village" is a place, not a truce


def test_a_standing_state_in_a_relative_clause_is_no_event(nlp, stage):
    text = "China, which claims Japan's islands, said Russia attacked Iran."
    found = events(stage, article(nlp, text))
    assert not [e for e in found if e[0] == "CHN"] and ("RUS", "IRN", "19", "asserted") in found, found



@pytest.mark.parametrize(
    "text, code",
    [
        ("Russia and Ukraine agreed to seek a formal end to the Korean War.", "13"),
        ("China warned Japan on Monday, recalling the Sino-Japanese War.", "19"),
        ("Trump praised Kim, recalling the 2018 summit.", "04"),
    ],
)
def test_a_named_or_dated_past_event_is_no_new_event(nlp, stage, text, code):
    found = events(stage, article(nlp, text))
    assert found and not [e for e in found if e[2] == code], found


@pytest.mark.parametrize(
    "text", ["Russia waged a war on Ukraine in 2014.", "Trump and Kim held the Hanoi summit in 2019."]
)
def test_an_event_noun_dated_by_its_clause_is_still_an_event(nlp, stage, text):
    found = events(stage, article(nlp, text))
    assert [e for e in found if e[2] in ("19", "04")], found


@pytest.mark.parametrize(
    "text", ["Kim left Hanoi after the China visit.", "Trump told Kim on Monday, ahead of the China visit."]
)
def test_the_subject_of_a_clause_is_no_party_to_an_event_that_only_sets_its_time(nlp, stage, text):
    found = [(e.source, e.target, e.trigger.text) for e in stage(article(nlp, text)).events]
    visits = [e for e in found if e[2] == "visit"]  # kept alone, dropped beside another event (no target)
    assert not [e for e in visits if {"trump", "kim"} & {e[0], e[1]}] and not [e for e in visits if e[1]], found


def test_the_subject_of_a_clause_is_the_target_of_an_event_it_acts_on(nlp, stage):
    assert ("trump", "CHN", "12", "asserted") in events(stage, article(nlp, "Trump ignored the China overture."))
