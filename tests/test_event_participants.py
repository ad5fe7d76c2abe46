"""Who takes part: collectives, places, owned groups, reported events, relevance and dates; on
sentences written for these tests."""

import pytest

from dyad.article import Actor, Mention, Place
from dyad.run.analysis import analyze
from tests.test_events import article, events, nlp, stage  # noqa: F401  (fixtures)


def with_actor(art, actor_id, name, kind="organization"):
    start = art.text.index(name)
    art.actors.append(Actor(actor_id, name, kind, mentions=[Mention(start, start + len(name), name)]))
    return art


def test_a_place_where_it_happened_is_never_a_target(nlp, stage):  # noqa: F811
    art = article(nlp, "Trump held a summit at Camp David.", places=[("p-cd", "Camp David", "site")])
    found = events(stage, with_actor(art, "camp-david", "Camp David"))
    assert found and not [e for e in found if e[1] == "camp-david"], found


def test_a_country_after_at_is_still_a_target(nlp, stage):  # noqa: F811
    art = article(nlp, "China fired missiles at Japan.", places=[("p-jp", "Japan", "country")])
    assert ("CHN", "JPN") in [(s, t) for s, t, *_ in events(stage, art)]


def test_coordinated_members_of_a_collective_meet_pairwise(nlp, stage):  # noqa: F811
    text = "The leaders of Japan, South Korea and the United States met on Friday."
    pairs = {frozenset((s, t)) for s, t, root, _ in events(stage, article(nlp, text)) if root == "04"}
    assert pairs == {frozenset(p) for p in (("JPN", "KOR"), ("JPN", "USA"), ("KOR", "USA"))}


def test_both_sides_are_the_actors_named_before(nlp, stage):  # noqa: F811
    text = "Israel and Syria held talks in May. Both sides agreed to meet again."
    found = events(stage, article(nlp, text))
    assert any({s, t} == {"ISR", "SYR"} and root == "03" for s, t, root, _ in found), found


def test_a_states_military_is_that_state_in_sector_mil(nlp, stage):  # noqa: F811
    art = stage(article(nlp, "China's military attacked Japan."))
    [event] = [e for e in art.events if e.cameo.startswith("19")]
    source = next(a for a in art.actors if a.id == event.source)
    assert (source.country, source.sector, event.target) == ("CHN", "MIL", "JPN")


def test_a_reported_event_keeps_its_own_actors(nlp, stage):  # noqa: F811
    found = events(stage, article(nlp, "Russia said that China attacked Japan."))
    assert ("CHN", "JPN", "19") in [(s, t, r) for s, t, r, _ in found]
    assert not [e for e in found if e[0] == "RUS"], found


def test_deaths_from_a_disease_a_storm_or_a_crash_are_no_events(nlp, stage):  # noqa: F811
    for text in (
        "The virus has killed six people in Syria.",
        "A storm killed twelve villagers on Monday.",
        "Five people were killed in a car crash near Damascus.",
    ):
        assert events(stage, article(nlp, text)) == [], text


def test_an_ordinary_crime_is_no_event_but_an_attack_by_a_state_is(nlp, stage):  # noqa: F811
    assert events(stage, article(nlp, "A man stabbed his neighbour last night.")) == []
    assert ("ISR", "19") in [(s, r) for s, _, r, _ in events(stage, article(nlp, "Israel killed six people."))]


def test_the_sentences_time_dates_an_event_in_a_reported_clause(nlp, stage):  # noqa: F811
    text = "On Monday, Russia said China attacked Japan."
    art = stage(article(nlp, text, times=[("Monday", "2023-10-30")]))
    [event] = [e for e in art.events if e.cameo.startswith("19")]
    assert event.date.value == "2023-10-30"



def _actors(art, event):
    return [next(a for a in art.actors if a.id == x) for x in (event.source, event.target) if x]


def test_agent_nouns_from_petrarchs_dictionary_are_groups_with_sectors(nlp, stage):  # noqa: F811
    art = stage(article(nlp, "Bandits attacked the ranchers near the border."))
    [event] = [e for e in art.events if e.cameo.startswith("19")]
    assert [a.sector for a in _actors(art, event)] == ["CRM", "AGR"]  # neither is in dyad's own list


def test_dyads_own_group_words_win_over_petrarchs(nlp, stage):  # noqa: F811
    from dyad.extract.events.groups import GroupWords

    words = GroupWords.default()
    assert words.sectors["deputy"] == "LEG"  # PETRARCH2 codes a deputy as police (a sheriff's deputy)
    assert words.sectors["gendarmerie"] == "COP" and words.sectors["rancher"] == "AGR"
    assert "village" not in words.sectors and "rebellion" not in words.sectors  # left out on review


def test_a_group_word_with_its_country_is_that_countrys_group(nlp, stage):  # noqa: F811
    art = stage(article(nlp, "Doctors in Russia protested against Israel."))
    event = next(e for e in art.events if e.target == "ISR")
    [source] = [a for a in art.actors if a.id == event.source]
    assert (source.kind, source.country, source.sector) == ("group", "RUS", "HLH")


def test_an_adjective_and_head_are_read_as_one_agent(nlp, stage):  # noqa: F811
    art = stage(article(nlp, "Former presidents criticised Israel."))
    event = next(e for e in art.events if e.target == "ISR")
    [source] = [a for a in art.actors if a.id == event.source]
    assert source.sector == "ELI"  # "former president", not a sitting one (GOV)


def test_a_time_in_a_clause_under_the_object_does_not_date_the_event(nlp, stage):  # noqa: F811
    text = "Iran rejected the deal signed in 2019."
    art = article(nlp, text, times=[("2019", "2019")])
    art.published = "2023-11-05"
    [event] = stage(art).events
    assert event.date.value != "2019" and event.date.anchor == "published"


def test_a_time_in_a_clause_on_a_nominal_event_dates_it(nlp, stage):  # noqa: F811
    art = stage(article(nlp, "Japan praised the talks held with China on Monday.", times=[("Monday", "2023-10-30")]))
    talks = [e for e in art.events if e.trigger.text.startswith("talks")]
    assert talks and talks[0].date.value == "2023-10-30", [(e.cameo, e.trigger.text, e.date) for e in art.events]


def test_a_past_narrative_takes_the_date_of_its_paragraph(nlp, stage):  # noqa: F811
    text = "Israel attacked Syria on Monday. Its jets struck Iran.\nJapan condemned China."
    art = article(nlp, text, times=[("Monday", "2023-10-30")])
    art.published = "2023-11-05"
    dates = {e.target: (e.date.value, e.date.anchor) for e in stage(art).events}
    assert dates["IRN"] == ("2023-10-30", "narrative")
    assert dates["CHN"] == ("2023-10-30", "lead")  # a new paragraph: not the narrative's, the lead's day



def _pairs(text: str, root: str) -> list[tuple]:
    """(source, target) of the events with that root, the whole pipeline reading ``text``."""
    from dyad import analyze

    art = analyze(text, published="2024-06-02")
    return [(e.source, e.target) for e in art.events if e.cameo.startswith(root)]


def test_coordinated_modifiers_of_one_noun_are_each_a_participant():
    assert any({s, t} == {"ARM", "AZE"} for s, t in _pairs("Armenian and Azerbaijani soldiers clashed on Sunday.", "19"))


def test_states_joined_by_a_hyphen_before_an_event_noun_are_each_a_participant():
    # "the Russia-North Korea summit": two names, not one unknown "Russia-North" and the second
    for text, root, pair in (("The Russia-North Korea summit in Vladivostok ended with a pledge of closer ties.", "04", {"RUS", "PRK"}),
                             ("US-China trade talks in Geneva ran into trouble on Monday.", "04", {"USA", "CHN"})):
        found = _pairs(text, root)
        assert pair in [{s, t} for s, t in found], (text, found)


def test_an_adjective_of_the_relation_between_two_states_names_both():
    # "inter-Korean talks", "cross-strait talks": the talks are between the two (lexicon/pair_adjectives.csv)
    for text, pair in (("The inter-Korean talks at the border village ended on Thursday without a joint statement.", {"KOR", "PRK"}),
                       ("Cross-strait talks opened in Singapore on Monday.", {"CHN", "TWN"})):
        found = _pairs(text, "04")
        assert pair in [{s, t} for s, t in found], (text, found)


def test_coordinated_actors_in_the_triggers_own_phrase_are_each_a_target():
    found = _pairs("Canberra conveyed its concern to Moscow and Beijing through diplomatic channels.", "01")
    assert {t for _, t in found} == {"RUS", "CHN"}, found


def test_counterparts_after_a_cues_preposition_are_each_their_state():
    found = _pairs("Germany's defence minister talked with his French and Polish counterparts by phone.", "04")
    assert {t for _, t in found} == {"FRA", "POL"}, found


def test_what_the_subjects_exchange_each_does_to_the_other():
    for text, root, pair in (("Armenia and Azerbaijan exchanged fire near the border.", "19", {"ARM", "AZE"}),
                             ("Serbia and Kosovo traded accusations over the clashes.", "11", {"SRB", "XKX"})):
        found = _pairs(text, root)
        assert found and all({s, t} == pair for s, t in found), (text, found)


def test_fighting_a_disease_a_fire_or_an_ill_is_no_violence(nlp, stage):  # noqa: F811
    for text in (
        "China sent doctors to Syria to fight the Ebola epidemic.",
        "Russia will combat corruption in its ports.",
        "Japanese firefighters battled the blaze near Tokyo.",
    ):
        found = events(stage, article(nlp, text))
        assert not [e for e in found if e[2] in ("13", "18", "19", "20")], (text, found)
    assert [e for e in events(stage, article(nlp, "Israel will fight Syria.")) if e[2] == "13"]


def test_suspended_supplies_reduce_aid(nlp, stage):  # noqa: F811
    found = events(stage, article(nlp, "The United States suspended food supplies to Syria."))
    assert ("USA", "SYR", "16") in [(s, t, r) for s, t, r, _ in found], found


def test_a_group_phrase_the_actors_stage_gave_to_each_member_stands_for_all(nlp, stage):  # noqa: F811
    art = article(nlp, "Trump and Kim were in Singapore on Monday. The two men shook hands at the hotel.")
    start = art.text.index("The two men")
    for actor in art.actors:
        if actor.id in ("trump", "kim"):  # what the actors stage does with "the two men"
            actor.mentions.append(Mention(start, start + 11, "The two men"))
    found = events(stage, art)
    assert [(s, t) for s, t, root, _ in found if root == "04"] == [("trump", "kim")], found


def test_a_collective_finds_its_members_beyond_the_sentence_before(nlp, stage):  # noqa: F811
    text = (
        "Russia and China held talks in Moscow on Monday.\n\nThe trade figures were delayed. "
        "Markets fell sharply. The two countries agreed to meet again in June."
    )
    found = events(stage, article(nlp, text))
    assert any({s, t} == {"RUS", "CHN"} and root == "03" for s, t, root, _ in found), found


def test_a_collective_that_names_others_is_not_the_actors_named_before(nlp, stage):  # noqa: F811
    text = "Israel and Syria held talks in May. Several other countries agreed to join the talks."
    found = events(stage, article(nlp, text))
    assert not [e for e in found if e[2] == "03" and {e[0], e[1]} & {"ISR", "SYR"}], found


def test_a_setting_noun_hides_the_actor_of_its_of_phrase(nlp, stage):  # noqa: F811
    art = with_actor(article(nlp, "Trump met Kim on the sidelines of the NATO summit."), "nato", "NATO")
    found = events(stage, art)
    assert ("trump", "kim", "04", "asserted") in found and not [e for e in found if e[1] == "nato"], found


def test_an_event_that_sets_the_scene_with_its_own_source_takes_no_partners(nlp, stage):  # noqa: F811
    art = with_actor(article(nlp, "Trump spoke at the opening of the NATO summit."), "nato", "NATO")
    found = events(stage, art)
    assert not [e for e in found if e[0] == "nato" and e[1] is not None], found


def test_an_event_with_no_political_actor_is_no_event(nlp, stage):  # noqa: F811
    art = with_actor(article(nlp, "Acme Corp praised its customers in Tokyo."), "acme", "Acme Corp")
    assert events(stage, art) == []
    assert events(stage, article(nlp, "Residents praised the new bridge.")) == []
    art = with_actor(article(nlp, "Acme Liberation Front praised its fighters."), "alf", "Acme Liberation Front")
    assert [e for e in events(stage, art) if e[0] == "alf"]
    assert [e for e in events(stage, article(nlp, "Japan praised the new bridge.")) if e[0] == "JPN"]


def test_general_verbs_name_no_event_by_themselves(nlp, stage):  # noqa: F811
    for text in (
        "A Japanese soldier died in Syria on Monday.",
        "According to Japan, the talks will resume.",
        "Villagers in Syria claimed a meteorite hit the field.",
        "The new rules affect thousands of people in Japan.",
    ):
        found = stage(article(nlp, text)).events
        assert not [e for e in found if e.cameo[:2] in ("19", "06", "11", "05")], (text, found)


def test_a_natural_cause_is_the_subject_of_its_coordinated_verbs_too(nlp, stage):  # noqa: F811
    text = "The flooding in Syria has spread and has struck four million people."
    assert events(stage, article(nlp, text)) == []


def test_a_joint_activity_of_coordinated_subjects_is_theirs_without_their_titles(nlp, stage):  # noqa: F811
    text = "US President Donald Trump and Kim Jong-un sat down for talks in Hanoi."
    found = events(stage, article(nlp, text))
    assert [(s, t) for s, t, root, _ in found if root == "04"] == [("trump", "kim")], found


def test_a_joint_activity_takes_no_partners_from_another_clause(nlp, stage):  # noqa: F811
    text = "China hosted Kim in Beijing on Monday, a meeting that Japan fears could lead to a deal."
    found = events(stage, article(nlp, text))
    assert not [e for e in found if e[2] == "04" and "JPN" in (e[0], e[1])], found


def test_the_actor_after_a_patterns_own_preposition_is_the_target(nlp, stage):  # noqa: F811
    found = events(stage, article(nlp, "Russia and China agreed with Japan on the plan."))
    pairs = {(s, t) for s, t, root, _ in found if root == "03"}
    assert pairs == {("RUS", "JPN"), ("CHN", "JPN")}, found


def test_an_event_noun_pointing_back_names_the_target_and_is_no_new_event(nlp, stage):  # noqa: F811
    found = events(stage, article(nlp, "Russia attacked Japan on Monday. China condemned the attack."))
    assert [(s, t, root) for s, t, root, _ in found] == [("RUS", "JPN", "19"), ("CHN", "RUS", "11")], found


def test_whoever_comments_on_an_event_is_no_party_to_it(nlp, stage):  # noqa: F811
    found = events(stage, article(nlp, "Japan condemned the attack."))
    assert [(s, root) for s, t, root, _ in found] == [("JPN", "11")], found


def test_people_of_several_actors_stand_for_each(nlp, stage):  # noqa: F811
    found = events(stage, article(nlp, "Representatives of Japan, South Korea and China met Trump on Monday."))
    assert {s for s, t, root, _ in found if root == "04" and t == "trump"} == {"JPN", "KOR", "CHN"}, found


def test_a_participle_describing_a_thing_is_no_event(nlp, stage):  # noqa: F811
    found = events(stage, article(nlp, "The drills ran on Monday in six zones encircling Japan."))
    assert not [e for e in found if e[0] is None], found


def test_a_gerund_that_says_what_another_event_is_about_is_no_event(nlp, stage):  # noqa: F811
    found = events(stage, article(nlp, "China and Japan agreed to cooperate on curbing the flow of drugs."))
    assert found and {root for _, _, root, _ in found} <= {"03", "04", "05", "06"}, found


def test_the_end_of_a_title_is_no_actor(nlp, stage):  # noqa: F811
    art = with_actor(article(nlp, "Secretary of State John Kerry met Kim on Monday."), "state", "State")
    assert not [e for e in events(stage, art) if "state" in (e[0], e[1])]


def test_a_documents_name_is_no_actor(nlp, stage):  # noqa: F811
    text = "Japan praised the North Atlantic Treaty."
    art = with_actor(article(nlp, text), "north-atlantic-treaty", "North Atlantic Treaty")
    found = events(stage, art)
    assert found and not [e for e in found if "north-atlantic-treaty" in (e[0], e[1])], found


def test_the_state_of_the_place_a_visitor_arrives_at_is_the_target(nlp, stage):  # noqa: F811
    text = "Russia said Kim arrived in Vladivostok on Monday. The United States said Trump arrived in Chicago."
    art = article(nlp, text)
    for name, country in (("Vladivostok", "RUS"), ("Chicago", "USA")):
        start = text.index(name)
        art.places.append(Place(f"p-{name}", name, country, None, None, "city", [Mention(start, start + len(name), name)]))
    found = [(s, t) for s, t, root, _ in events(stage, art) if root == "04"]
    assert ("kim", "RUS") in found and ("trump", "USA") not in found, found


def test_what_the_members_of_a_collective_agree_they_agree_with_each_other(nlp, stage):  # noqa: F811
    text = "Israel and Syria held talks in May. The two sides agreed to restore diplomatic relations."
    found = events(stage, article(nlp, text))
    assert any({s, t} == {"ISR", "SYR"} and root in ("03", "05") for s, t, root, _ in found), found
    assert not [e for e in found if e[1] is None], found


def test_a_relative_pronoun_subject_reports_for_its_clause(nlp, stage):  # noqa: F811
    text = "Japan, which has said it will not attack China, sent ships."
    found = events(stage, article(nlp, text))
    assert ("JPN", "CHN") in [(s, t) for s, t, *_ in found], found


def test_actors_joined_by_and_mend_the_ties_between_them(nlp, stage):  # noqa: F811
    text = "Japan and China moved to mend ties in March, when Trump visited Beijing."
    found = events(stage, article(nlp, text))
    assert [(s, t) for s, t, root, _ in found if root == "05"] == [("JPN", "CHN")], found


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Vietnam and Indonesia pledged to deepen maritime cooperation.", {"VNM", "IDN"}),
        ("Kessaly and Dravin agreed to expand trade.", {"Kessaly", "Dravin"}),
    ],
)
def test_actors_joined_by_and_cooperate_or_trade_with_each_other(text, pair):
    art = analyze(text)
    name = {a.id: a.name for a in art.actors}
    found = [{s, t, name.get(s), name.get(t)} for s, t in ((e.source, e.target) for e in art.events)]
    assert any(pair <= f for f in found), [(e.cameo, e.source, e.target) for e in art.events]


def test_cooperation_with_a_named_partner_is_with_that_partner():  # guard
    art = analyze("Japan and South Korea agreed to expand cooperation with ASEAN.")
    assert {(e.source, e.target) for e in art.events} == {("JPN", "asean"), ("KOR", "asean")}, art.events


def test_a_setting_noun_hides_its_actor_from_the_verbs_own_words_too(nlp, stage):  # noqa: F811
    art = with_actor(article(nlp, "Trump spoke at the opening of the NATO summit."), "nato", "NATO")
    assert not [e for e in events(stage, art) if e[1] == "nato"]


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Officials from Japan and Vietnam met in Hanoi on Tuesday to discuss a new treaty.", {"JPN", "VNM"}),
        ("Envoys from Kessaly and Dravin met on Monday to discuss the border.", {"Kessaly", "Dravin"}),
    ],
)
def test_people_from_several_states_stand_for_each(text, pair):
    art = analyze(text)
    name = {a.id: a.name for a in art.actors}
    found = [{s, t, name.get(s), name.get(t)} for s, t in ((e.source, e.target) for e in art.events if e.cameo[:2] == "04")]
    assert any(pair <= f for f in found), [(e.cameo, e.source, e.target) for e in art.events]


def test_a_thing_from_several_states_stands_for_none_of_them():  # guard: only people "from" several stand for each
    art = analyze("Russia invaded Ukraine on Thursday as ground forces crossed the border from Russia, Belarus and Crimea.")
    assert not [e for e in art.events if e.target == "BLR"], [(e.cameo, e.source, e.target) for e in art.events]


@pytest.mark.parametrize(
    "text, home",
    [
        ("Police in Moscow arrested three journalists from Ukraine on charges of espionage.", "UKR"),
        ("Police in Pellar detained 40 students from Drusk after the protest.", "Drusk"),
    ],
)
def test_people_from_a_state_after_the_verbs_object_are_its_people(text, home):
    art = analyze(text)
    actor = {a.id: a for a in art.actors}
    homes = [actor[e.target].country for e in art.events if e.target in actor and e.cameo[:2] == "17"]
    names = [actor[h].name if h in actor else h for h in homes]
    assert home in homes or home in names, [(e.cameo, e.source, e.target) for e in art.events]


def test_troops_withdrawn_from_a_state_are_not_its_troops():  # guard: only people's groups
    art = analyze("Russia withdrew 2,000 troops from Syria on Monday.")
    assert not [a for a in art.actors if a.id.startswith("group-syr")], art.actors


@pytest.mark.parametrize(
    "text, source, targets",
    [
        ("Brussels praised the contributions made by Portugal, Norway and Chile.", "eu", {"PRT", "NOR", "CHL"}),  # the EU (igo_seats.csv)
        ("Hanoi welcomed the efforts made by relevant parties, including Laos and Cambodia.", "VNM", {"LAO", "KHM"}),
        ("Seoul praised the efforts of its partners, including Canada and Australia.", "KOR", {"CAN", "AUS"}),
    ],
)
def test_each_place_coordinated_in_a_things_phrase_is_a_target(text, source, targets):
    """ "praised the efforts made by A, B and C": the owners of the thing acted on, found as places
    (the phrase's first place stood for all); each coordinated one is a target, "including" too."""
    found = _pairs(text, "05")
    assert {t for s, t in found if s == source} == targets, found



_THREE = {("yoon-suk-yeol", "fumio-kishida"), ("yoon-suk-yeol", "joe-biden"), ("fumio-kishida", "joe-biden")}


@pytest.mark.parametrize(
    "text, root, pairs",
    [  # the parser makes the second name an apposition of the first, the third its conjunct
        ("Yoon Suk Yeol, Fumio Kishida and Joe Biden agreed on Friday to hold annual exercises.", "03", _THREE),
        ("Yoon Suk Yeol, Fumio Kishida and Li Qiang held talks in Seoul on Monday.", "04",
         {("yoon-suk-yeol", "fumio-kishida"), ("yoon-suk-yeol", "li-qiang"), ("fumio-kishida", "li-qiang")}),
        ("President Joe Biden, South Korean President Yoon Suk Yeol and Japanese Prime Minister Fumio Kishida met "
         "on Friday.", "04", {("joe-biden", "yoon-suk-yeol"), ("joe-biden", "fumio-kishida"), ("yoon-suk-yeol", "fumio-kishida")}),
    ],
)
def test_names_listed_with_commas_are_each_a_participant(text, root, pairs):
    found = {(s, t) for s, t in _pairs(text, root)}
    assert found == pairs, found


@pytest.mark.parametrize(
    "text, targets",
    [  # the parser runs the two titled names into one phrase, the first name a modifier of the second's
        ("Kono spoke on the phone separately with U.S. Secretary of State Rex Tillerson and Chinese Foreign "
         "Minister Wang Yi on Friday.", {"USA", "CHN"}),
        ("Abe talked by phone with U.S. Secretary of State Rex Tillerson and South Korean Foreign Minister "
         "Yun Byung-se.", {"USA", "KOR"}),
        ("Kono met separately with U.S. Defense Secretary Jim Mattis and South Korean Foreign Minister Kang "
         "Kyung-wha in Manila.", {"USA", "KOR"}),  # guard: parsed as a list already
    ],
)
def test_two_titled_names_run_into_one_phrase_are_each_a_participant(text, targets):
    """ "with U.S. Secretary of State Rex Tillerson and Chinese Foreign Minister Wang Yi": each person
    is a target (was: the last one alone)."""
    from dyad import analyze

    art = analyze(text, published="2017-07-30")
    country = {a.id: a.country for a in art.actors}
    assert {country.get(e.target) for e in art.events if e.cameo.startswith("04")} == targets


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Xi and Putin signed a joint declaration on Wednesday following two rounds of talks.", {"CHN", "RUS"}),
        ("Kishida and Yoon Suk Yeol agreed to resume shuttle diplomacy following a summit in Tokyo.", {"JPN", "KOR"}),
        ("Biden and Kishida pledged closer cooperation after talks at the White House.", {"USA", "JPN"}),  # guard
    ],
)
def test_a_meeting_that_sets_the_time_of_a_joint_clause_is_its_subjects(text, pair):
    """ "signed a declaration following two rounds of talks", "agreed to resume ... following a summit":
    the meeting's parties are the clause's subjects, as after "after" (was: the first alone; the parser
    tags "following" a verb, and the infinitive's clause holds no subject)."""
    from dyad import analyze

    art = analyze(text, published="2024-06-02")
    country = {a.id: a.country for a in art.actors}
    found = [{country.get(e.source), country.get(e.target)} for e in art.events if e.cameo.startswith("04")]
    assert found and all(f == pair for f in found), found


def test_a_collective_after_names_listed_with_commas_stands_for_each():
    text = "Yoon Suk Yeol, Fumio Kishida and Joe Biden met at Camp David on Friday. The three leaders condemned North Korea."
    assert {s for s, t in _pairs(text, "11") if t == "PRK"} == {"yoon-suk-yeol", "fumio-kishida", "joe-biden"}


@pytest.mark.parametrize(
    "text",
    [
        '"Kenya must reopen the crossing," the Ugandan ministry said in a statement released on Monday.',
        "In a joint communique released on Tuesday, Chile and Peru criticised Bolivia.",
        "Australia's defence department released its annual white paper on Wednesday.",
        "Beijing condemned Tokyo's release of treated water into the Pacific.",
    ],
)
def test_releasing_a_text_or_water_frees_no_one(text):
    """CAMEO 084 is the release of people or property: a statement, a report or water released is no event."""
    assert not _pairs(text, "084"), text


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Mali released two French journalists on Sunday.", ("MLI", "group-fra-med-journalist")),
        ("Three Thai fishermen were released by Myanmar on Friday.", ("MMR", "group-tha-agr-fisherman")),
    ],
)
def test_releasing_people_is_still_a_release(text, pair):
    assert pair in _pairs(text, "084"), (text, _pairs(text, "084"))


def test_the_governor_of_a_past_participle_did_not_do_it():
    """ "firms accused of supplying drones": the sanctioning state is not the one that accused them."""
    text = "Canada imposed sanctions on two Belarusian firms accused of supplying parts to Russia, Ottawa said on Friday."
    assert not _pairs(text, "112"), _pairs(text, "112")


@pytest.mark.parametrize(
    "text, name",
    [
        ("Poland and Lithuania held Brave Griffin, their largest joint exercise, on Friday. Moscow criticised Brave Griffin.",
         "brave-griffin"),
        ("Chile and Peru began the Keen Condor exercise on Monday. Bolivia denounced Keen Condor as a provocation.",
         "keen-condor"),
    ],
)
def test_an_exercise_code_name_is_no_actor(text, name):
    """ "the Freedom Shield exercise ... denounced Freedom Shield": the code name of an exercise,
    tagged as a person's name, is no actor (was a person, the target of the drills and the comment)."""
    from dyad import analyze

    art = analyze(text, published="2024-06-02")
    assert name not in {a.id for a in art.actors}
    assert not [e for e in art.events if name in (e.source, e.target)]


@pytest.mark.parametrize(
    "text, source, targets",
    [
        ("Chile and Peru began the Keen Condor exercise on Monday. Bolivia denounced Keen Condor as a provocation.",
         "BOL", {"CHL", "PER"}),
        ("Poland and Lithuania held Brave Griffin, their largest joint exercise, on Friday. Moscow criticised Brave Griffin.",
         "RUS", {"POL", "LTU"}),
    ],
)
def test_a_comment_on_an_exercise_by_its_code_name_faces_those_who_hold_it(text, source, targets):
    assert {t for s, t in _pairs(text, "11") if s == source} == targets, _pairs(text, "11")


def test_a_counted_collective_with_no_names_near_is_the_states_the_story_is_about():
    """ "urged both allies" with no "and" of states in the sentences before: the two states the story
    names most, not the speaker's own (named in the same sentence)."""
    text = (
        "Colombia suspended imports from Ecuador on Monday. Ecuador called the move illegal and recalled its "
        "ambassador. Colombia said the measure was temporary. Washington expressed disappointment. The United "
        "States urged both allies to settle the dispute, a State Department spokesperson said."
    )
    assert {t for s, t in _pairs(text, "02") if s == "USA"} == {"COL", "ECU"}, _pairs(text, "02")


@pytest.mark.parametrize(
    "text",
    [
        "Oman expressed concern on Friday about the clashes.",
        "The Kenyan president declared a ceasefire on Tuesday.",
        "Macron called on Thursday for an end to the war.",
    ],
)
def test_a_day_is_never_what_an_event_is_done_to(text):
    """ "called on Thursday for ...": the day in the trigger's phrase dates the event; it is no target."""
    from dyad import analyze

    art = analyze(text, published="2024-06-02")
    assert art.events, text
    assert not [e.target_text.text for e in art.events if e.target_text is not None and e.target_text.text.endswith("day")]


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Spain offered to Morocco two patrol boats and a helicopter.", ("ESP", "MAR")),
        ("Norway sent 40 trucks and a team of paratroopers to Chad.", ("NOR", "TCD")),
        ("Kenya withdrew a team of soldiers from Somalia on Friday.", ("KEN", "SOM")),
    ],
)
def test_forces_or_arms_given_to_an_actor_are_the_thing_given(text, pair):
    """ "sent paratroopers to Chad", "withdrew soldiers from Somalia": the state named by "to"/"from"/"into"
    is the target, not the troops or the helicopter (made military group actors) that are moved."""
    from dyad import analyze

    art = analyze(text, published="2024-06-02")
    assert [(e.source, e.target) for e in art.events] == [pair], [(e.source, e.target) for e in art.events]


@pytest.mark.parametrize(
    "text, root, pair",
    [
        ("Chile and Peru agreed a new fisheries deal.", "05", {"CHL", "PER"}),
        ("Ethiopia and Eritrea agreed to a cease-fire to end months of fighting.", "03", {"ETH", "ERI"}),
        ("Chad and Sudan violated the truce again on Sunday.", "19", {"TCD", "SDN"}),
    ],
)
def test_a_deal_or_truce_of_coordinated_actors_is_with_each_other(text, root, pair):
    """ "X and Y agreed a deal / to a cease-fire", "violated the truce": the parties act with or on
    each other, one event per pair (was X -> none, Y -> none, or the truce as the target)."""
    found = _pairs(text, root)
    assert any({s, t} == pair for s, t in found), found


@pytest.mark.parametrize(
    "text, receiver",
    [
        ("Israeli soldiers distributed tents and food to refugees near the border.", "refugee"),
        ("Canada donated medical supplies to various Asian countries to fight the virus.", "various Asian countries"),
    ],
)
def test_aid_given_to_someone_has_the_receiver_as_its_target(text, receiver):
    """ "distributed tents to refugees", "donated supplies to various countries": the receiver (an actor,
    else the target's words) is the target, not the thing given."""
    from dyad import analyze

    art = analyze(text, published="2024-06-02")
    named = [e.target or (e.target_text.text if e.target_text else "") for e in art.events if e.cameo.startswith("07")]
    assert any(receiver in (t or "") for t in named), named


def test_a_group_phrase_of_several_states_is_no_party_beside_them():
    """ "US and Chinese negotiators agreed a deal": the states deal with each other; the group actor the
    phrase also made (country: the first state) is no third party paired with them."""
    assert _pairs("US and Chinese negotiators agreed a trade deal.", "05") == [("USA", "CHN")]


@pytest.mark.parametrize(
    "text, source, target",
    [
        ("Forty Venezuelan diplomats are being expelled from Colombia this week.", "COL", "VEN"),
        ("IAEA inspectors were expelled from Iran in June.", "IRN", None),
        ("Two Turkish reporters were deported from Egypt on Sunday.", "EGY", "TUR"),
        ("Twelve Iranian diplomats were expelled by Albania on Tuesday.", "ALB", "IRN"),  # guard: the agent
    ],
)
def test_whom_people_are_expelled_from_in_the_passive_is_the_source(text, source, target):
    """ "diplomats being expelled from the United States": with no agent, the state they are expelled
    from expels them (was: no source)."""
    art = analyze(text, published="2024-06-02")
    country = {a.id: a.country for a in art.actors}
    found = [(country.get(e.source), country.get(e.target)) for e in art.events if e.cameo[:2] in ("16", "17")]
    assert any(s == source and (target is None or t == target) for s, t in found), found


@pytest.mark.parametrize(
    "text, visitor, host, met",
    [
        ("President Lee Jae-myung met visiting Japanese Prime Minister Shigeru Ishiba in Seoul on Monday.", "JPN", "KOR", ("KOR", "JPN")),
        ("The prime minister gave a dinner for visiting Indian Foreign Minister Subrahmanyam Jaishankar in Canberra.", "IND", "AUS", None),
        ("Visiting Chinese Premier Li Qiang met Indonesian President Joko Widodo in Jakarta on Sunday.", "CHN", "IDN", ("CHN", "IDN")),  # guard
    ],
)
def test_a_visiting_person_visits_and_is_met(text, visitor, host, met):
    """ "met visiting Foreign Minister Wang Yi in Seoul": the parser makes "visiting" a verb whose object
    is the visitor; the visitor visits the clause's place (042), and is whom the host meets (was: the
    host "visiting" the visitor, the meeting with no target, "Visiting Pompeo met Kim" with no source)."""
    art = analyze(text, published="2024-06-02")
    country = {a.id: a.country for a in art.actors}
    found = [(e.cameo[:2], country.get(e.source), country.get(e.target)) for e in art.events]
    assert ("04", visitor, host) in found, found
    if met:
        assert ("04", *met) in found, found


@pytest.mark.parametrize(
    "text, visitor, host",
    [
        ("Foreign Minister Penny Wong, who is in Jakarta on a two-day visit, said the talks were useful.", "AUS", "IDN"),
        ("US Secretary of State Antony Blinken, in Seoul on a three-day visit, told reporters that the alliance was strong.", "USA", "KOR"),
        ("German Chancellor Olaf Scholz is in Beijing on an official visit.", "DEU", "CHN"),
    ],
)
def test_a_visit_with_no_destination_is_to_where_the_visitor_is(text, visitor, host):
    """ "Safadi, who is currently in Moscow on a short working visit": a visit that names no "to"
    is to the state of the place its clause puts the visitor "in" (was: no target)."""
    art = analyze(text, published="2024-06-02")
    country = {a.id: a.country for a in art.actors}
    found = [(e.cameo, country.get(e.source), country.get(e.target)) for e in art.events]
    assert ("042", visitor, host) in found, found


@pytest.mark.parametrize(
    "text, denier, accuser",
    [
        ("Seoul blames Pyongyang for the cyberattack on its banks, which North Korea flatly denies.", "PRK", "KOR"),
        ("Ukraine says Russian forces shelled the power plant, a charge that Russia denies.", "RUS", "UKR"),
    ],
)
def test_a_denial_in_a_relative_clause_answers_the_accuser(text, denier, accuser):
    """ "Britain blames Russia in the case, which Russia adamantly denies": a denial told in the
    present is news (016), not a standing description, and its target is who accused (was: no event)."""
    art = analyze(text, published="2024-06-02")
    country = {a.id: a.country for a in art.actors}
    found = [(e.cameo, country.get(e.source), country.get(e.target)) for e in art.events]
    assert ("016", denier, accuser) in found, found


@pytest.mark.parametrize(
    "text, source",
    [
        ("Seoul prosecutors closed their inquiry last month. The former spy chief Won Sei-hoon was sentenced to "
         "four years in prison on Monday.", "KOR"),
        ("A North Korean court tried him in March. The American missionary Kenneth Bae was sentenced to 15 years "
         "of hard labour.", "PRK"),
        ("Japan and China traded complaints. Two Japanese nationals were detained in Beijing on Friday.", "CHN"),
        # the court or police is a group an earlier event named, of a state the article does not name
        ("A court in Cairo jailed two reporters last week. The blogger Ahmed Saleh was sentenced to five years "
         "in prison.", "EGY"),
        ("Police in Nairobi detained two students on Friday. Their lecturer, Peter Otieno, was charged with "
         "incitement on Saturday.", "KEN"),
        # guard: no court, police or place of the state that acts: no source (not the target's own state)
        ("The American student Matthew Miller was sentenced to six years of hard labour.", None),
    ],
)
def test_an_agentless_arrest_or_sentence_is_the_states(text, source):
    """ "Choi was sentenced to 20 years", "were detained in Beijing": an arrest, charge or sentence told in
    the passive with no agent is the act of the state of the place in its clause, else of the article's
    courts and police when they are one state's (was: no source)."""
    art = analyze(text, published="2024-06-02")
    country = {a.id: a.country for a in art.actors}
    found = [country.get(e.source) for e in art.events if e.cameo[:3] == "173"]
    assert found and all(s == source for s in found), found


@pytest.mark.parametrize(
    "text",
    [
        "North Korea slammed the drills in a statement carried by the official Korean Central News Agency.",
        "China criticised the sanctions in a commentary carried by Xinhua on Sunday.",
        "Pyongyang denounced the exercise in remarks quoted by Yonhap news agency.",
    ],
)
def test_the_outlet_that_carries_a_statement_is_no_target(text):
    """ "in a statement carried by KCNA": the news agency only relays the words; it is no target of the
    event they tell (was: PRK -> KCNA 111)."""
    art = analyze(text, published="2024-06-02")
    kinds = {a.id: a.sector for a in art.actors}
    assert art.events and not [e.target for e in art.events if kinds.get(e.target) == "MED"], [
        (e.source, e.target, e.cameo) for e in art.events
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Pyongyang test-fired two cruise missiles off its west coast, according to the Korean Central News Agency.",
        "North Korea fired some 90 artillery rounds into the sea late Monday, according to the Joint Chiefs of Staff.",
        "Kim had toured the new fertiliser plant on Friday, according to the Korean Central News Agency.",
        "North Korea launched a ballistic missile toward the East Sea, according to Japan's coast guard.",
    ],
)
def test_who_an_act_is_told_according_to_is_no_target(text):
    """ "fired artillery rounds into the sea, according to the JCS": who tells of the act is no party
    to it (was: PRK -> KCNA 150, PRK -> the (US) JCS 150, Kim -> KCNA 042, PRK -> JPN 150)."""
    art = analyze(text, published="2024-06-04")
    assert art.events and not [e.target for e in art.events if e.target], [(e.source, e.target, e.cameo) for e in art.events]


@pytest.mark.parametrize(
    "text, target",
    [
        ("Seoul decided to deploy Capital Defense Command troops to the border on Monday.", None),
        ("Trump decided to deploy National Guard troops to the border with Mexico.", "MEX"),
        # guard: forces sent to a state: that state is the target
        ("Britain has sent armoured vehicles and a team of paratroopers to Lebanon.", "LBN"),
    ],
)
def test_forces_a_state_deploys_are_its_own_and_no_target(text, target):
    """ "deploy National Guard troops to the border": the troops are the sender's own, no target (was:
    Trump -> National Guard 062); sent to no state, the deployment is a show of force (154)."""
    art = analyze(text, published="2024-06-02")
    found = [(e.target, e.cameo) for e in art.events if e.trigger.text.startswith(("deploy", "sent"))]
    assert found and all(t == target for t, _ in found), found
    if target != "LBN":
        assert all(c[:2] == "15" for _, c in found), found


@pytest.mark.parametrize(
    "text, source, target",
    [
        ("Putin telephoned Erdogan on Monday to discuss Syria.", "vladimir-putin", "recep-tayyip-erdogan"),
        ("Chinese President Xi Jinping called Vladimir Putin on Friday.", "xi-jinping", "vladimir-putin"),
        ("Kang Kyung-wha phoned Wang Yi on Wednesday.", "kang-kyung-wha", "wang-yi"),
    ],
)
def test_a_day_after_a_named_object_is_no_call_on(text, source, target):
    """ "telephoned Erdogan on Monday": the "on" of a day says when; it is no "call on" (PETRARCH2's
    CALL/PHONE ON, an appeal 020): a phone call, 041 (was 020)."""
    art = analyze(text, published="2024-06-02")
    found = [(e.source, e.target, e.cameo) for e in art.events]
    assert (source, target, "041") in found, found


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Xi Jinping and Donald Trump spoke by telephone on Wednesday.", {"xi-jinping", "donald-trump"}),
        ("Moon Jae-in and Shinzo Abe spoke by phone on Monday.", {"moon-jae-in", "shinzo-abe"}),
    ],
)
def test_two_leaders_who_spoke_by_phone_called_each_other(text, pair):
    """ "Xi and Trump spoke by telephone": one call between the two, 041 (was: each -> None)."""
    art = analyze(text, published="2024-06-02")
    found = [{e.source, e.target} for e in art.events if e.cameo == "041"]
    assert pair in found, [(e.source, e.target, e.cameo) for e in art.events]


@pytest.mark.parametrize(
    "text, pair",
    [
        ("In a telephone conversation with Russian Foreign Minister Sergei Lavrov, Wang Yi said the talks were "
         "useful.", {"wang-yi", "sergey-lavrov"}),
        ("In a phone conversation with Moon Jae-in on Tuesday, Trump praised the summit.", {"donald-trump", "moon-jae-in"}),
    ],
)
def test_a_telephone_conversation_with_someone_is_a_call(text, pair):
    """ "In a telephone conversation with Lavrov, Wang said": a call between the speaker and the party
    after "with", 041 (was: no event)."""
    art = analyze(text, published="2024-06-02")
    found = [{e.source, e.target} for e in art.events if e.cameo == "041"]
    assert pair in found, [(e.source, e.target, e.cameo) for e in art.events]


def test_a_participle_with_its_doer_after_by_is_done_by_it_to_the_things_parties():
    # "X, first set for May but later canceled by Y": the participle, bare or coordinated with another,
    # is passive; the doer after "by" is the source, the parties of what was canceled the target
    for text, pair in (("Diplomats tried to revive talks between Tokyo and Beijing, first set for April but later canceled by Japan.", ("JPN", "CHN")),
                       ("A summit between Chile and Peru, planned for May but later canceled by Peru, drew little notice.", ("PER", "CHL")),
                       ("The talks between Hanoi and Manila were set for June but later called off by Manila.", ("PHL", "VNM"))):
        found = _pairs(text, "16")
        assert found == [pair], (text, found)


def test_a_participle_whose_doer_is_a_storm_is_still_no_event():
    assert _pairs("Four villagers were killed by a storm and later buried by Kenya's army.", "") == []
