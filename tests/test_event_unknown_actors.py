"""Named participants the knowledge base does not know, on sentences written for these tests with
invented states: a name the parser tags as a state that no earlier stage made an actor or a place
is an event participant with its name where the text shows it is a state; a place that only says
where something happened is not, nor a name nothing shows to be a state."""

import pytest

from dyad.run.analysis import analyze


def coded(text):
    art = analyze(text)
    name = {a.id: a.name for a in art.actors}
    return [(name.get(e.source), name.get(e.target), e.cameo) for e in art.events]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Kastavia urged Veldoria to release the detained fishermen.", ("Kastavia", "Veldoria", "02")),
        ("The Veldorian government accused Kastavia of shelling border villages.", (None, "Kastavia", "11")),
        ("Sarlo rejected a peace proposal put forward by Morvania.", (None, "Morvania", "12")),
        ("Veldoria and Kastavia signed a border agreement on Tuesday.", (None, "Kastavia", "05")),
        ("The president of Morvania met Foreign Minister Tarsen Holm.", ("Morvania", "Tarsen Holm", "04")),
    ],
)
def test_an_unknown_state_is_a_participant(text, expected):
    found = coded(text)
    want_source, want_target, root = expected
    assert any(
        (want_source is None or s == want_source) and t == want_target and c.startswith(root)
        for s, t, c in found
    ), found


def test_unknown_states_in_a_collective_meet_each_other():
    found = coded("The foreign ministers of Veldoria, Kastavia and Morvania met to discuss water sharing.")
    pairs = {frozenset((s, t)) for s, t, c in found if c.startswith("04")}
    assert {frozenset(("Veldoria", "Kastavia")), frozenset(("Kastavia", "Morvania"))} <= pairs, found


def test_a_place_where_something_happened_is_no_participant():
    found = coded("The foreign ministers of Veldoria and Kastavia met in Treslin on Monday.")
    assert found and not [f for f in found if "Treslin" in (f[0], f[1])], found


def test_a_known_place_stays_a_place():
    art = analyze("Veldorian troops attacked Kharkiv on Monday.")
    assert not [a for a in art.actors if a.name == "Kharkiv" and a.id.startswith("named-state-")], art.actors


def test_a_name_nothing_shows_to_be_a_state_is_no_actor():
    art = analyze("Brontex sued Zelvia over a patent on Monday.")
    assert not [a for a in art.actors if a.id.startswith("named-state-")], art.actors


def test_a_demonym_in_the_article_shows_a_state():
    found = coded("Kastavian officials met on Monday. Later, Kastavia accused a local newspaper of lying.")
    assert "Kastavia" in [s for s, t, c in found if c.startswith("11")], found


@pytest.mark.parametrize(
    "text",
    [
        "Veldoria is about to restore full diplomatic ties with Sarlo after five years.",
        "Veldoria recalled its ambassador from Sarlo on Friday.",
    ],
)
def test_unknown_names_in_a_sentence_about_states_are_states(text):
    art = analyze(text)
    kinds = {a.name: a.kind for a in art.actors}
    assert kinds.get("Veldoria") == "state" and art.events, (kinds, art.events)


@pytest.mark.parametrize(
    "text, name",
    [
        ("The separatist group Black Lynx has agreed to lay down its weapons.", "Black Lynx"),
        ("Brontex, a rebel group, attacked an army post near the border.", "Brontex"),
    ],
)
def test_a_group_word_describing_an_unknown_organisation_gives_its_sector(text, name):
    art = analyze(text)
    actor = next(a for a in art.actors if a.name == name)
    assert actor.sector == "REB" and actor.kind == "organization", actor
    assert any(e.source == actor.id for e in art.events), art.events


def test_dyad_s_own_entry_wins_over_a_converted_one_of_the_same_id():
    """PETRARCH2's country dictionary lists the Islamic State among people; dyad's own organisations
    have it as an armed group with its other names."""
    from dyad.annotate.knowledge import KnowledgeBase

    kb = KnowledgeBase.default()
    found = {(e.id, e.kind) for name in ("Islamic State", "ISIS", "Daesh") for e, _via in kb.lookup(name)}
    assert found == {("islamic-state", "organization")}, found


def states_of(text):
    art = analyze(text)
    name = {a.id: a.name for a in art.actors}
    country = {a.id: a.country for a in art.actors}
    home = {a.id: name.get(a.country) for a in art.actors}
    return art, [(name.get(e.source), home.get(e.source), name.get(e.target), e.cameo) for e in art.events], country


def coded_between(found, expected) -> bool:
    """Whether an event of ``found`` (states_of) goes from the expected source to the expected
    target with the expected CAMEO root."""
    source, target, root = expected
    return any(s == source and t == target and c[:2] == root for s, home, t, c in found)


def are_states(art, expected) -> bool:
    """Whether the actors named as the expected source and target are states."""
    source, target, _root = expected
    return all(a.kind == "state" for a in art.actors if a.name in (source, target))


@pytest.mark.parametrize(
    "text, group_home",
    [
        ("Kastavian police fired tear gas at protesters on Monday.", "Kastavian"),
        ("Police in Veldoria arrested 30 opposition supporters.", "Veldoria"),
        ("Veldorian troops shelled border villages on Sunday.", "Veldorian"),
    ],
)
def test_a_group_of_an_unknown_state_belongs_to_it(text, group_home):
    _, found, _ = states_of(text)
    assert found and found[0][1] == group_home, found


def test_a_demonym_of_a_state_named_in_the_article_is_that_state():
    _, found, _ = states_of("Sarlo closed its border with Kastavia. Kastavian troops fired on Sarlo.")
    assert any(home == "Kastavia" and c[:2] in ("18", "19") for _, home, _, c in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Republican lawmakers criticized the president.",
        "Kurdish fighters attacked a base.",
        "Yazidi fighters attacked a base on Monday.",
        "The Bavarian government rejected the claims on Monday.",
        "Governor Says Refugees Granted Asylum Are Welcome In Vermont.",
    ],
)
def test_a_faith_party_people_region_or_headline_word_is_no_unknown_state(text):
    art, _, _ = states_of(text)
    assert not [a for a in art.actors if a.id.startswith("named-state-")], art.actors


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Sarlo warned Kastavia against interfering in its affairs.", ("Sarlo", "Kastavia", "13")),
        ("Kastavia threatened to cut off oil supplies to Morvania.", ("Kastavia", "Morvania", "13")),
        ("Veldoria imposed sanctions on Kastavia.", ("Veldoria", "Kastavia", "16")),
    ],
)
def test_unknown_names_acting_on_each_other_are_states_whatever_their_tags(text, expected):
    _, found, _ = states_of(text)
    assert expected in [(s, t, c[:2]) for s, _, t, c in found], found


def test_names_in_a_sentence_about_business_stay_unknown():
    """Guard: "Brontex sued Zelvia over a patent" (no state); the same holds with a known state."""
    art, _, _ = states_of("Brontex accused China of copying its patent.")
    assert not [a for a in art.actors if a.id.startswith("named-state-")], art.actors


@pytest.mark.parametrize(
    "text, group_home",
    [
        ("Rebels in Veldoria kidnapped two aid workers from Kastavia.", "Veldoria"),
        ("Militias from Sarlo raided a border post in Morvania.", "Sarlo"),
        ("Rebels in Chad ambushed an army convoy on Monday.", "Chad"),
    ],
)
def test_a_plural_group_word_opening_a_sentence_is_a_group_not_a_state(text, group_home):
    art, found, _ = states_of(text)  # the tagger calls the capitalised "Rebels" a proper name
    assert not [a for a in art.actors if a.id.startswith("named-state-") and a.name in ("Rebels", "Militias")], art.actors
    assert found and found[0][1] == group_home, found


@pytest.mark.parametrize(
    "text, expected",
    [
        # the tagger calls "Arnor" a people: the government's "of" phrase shows a state, which shows its partner
        ("The government of Arnor appealed to Tarvon for food.", ("Arnor", None, "02")),
        ("The government of Osgiliath asked Arnor for food aid.", ("Osgiliath", "Arnor", "02")),
        # an untagged name the state's official acts on, in the official's clause
        ("The president of Gondor visited Arnor on Monday.", ("Gondor", "Arnor", "04")),
        ("The army of Gondor attacked Osgiliath.", ("Gondor", "Osgiliath", "19")),
    ],
)
def test_a_state_shown_by_its_officials_or_government_faces_the_name_they_act_on(text, expected):
    _, found, _ = states_of(text)
    source, target, root = expected
    assert any((s == source or home == source) and (target is None or t == target) and c[:2] == root
               for s, home, t, c in found), found


@pytest.mark.parametrize(
    "text, expected",
    [
        # the "at" of a verb aiming its object (patterns.yaml's phrase_prep) names a target, not a place
        ("Tarvon fired rockets at Kessaly on Sunday.", ("Tarvon", "Kessaly", "19")),
        ("Mordavia fired missiles at Quell.", ("Mordavia", "Quell", "19")),
        # "to" parsed as a dative, and a name the tagger calls a people without a demonym's ending
        ("Harrowmere sent warships to Osgiliath.", ("Harrowmere", "Osgiliath", "15")),
        ("Eriador sent troops to Arnor.", ("Eriador", "Arnor", "15")),
    ],
)
def test_an_unknown_name_acting_on_an_unknown_name_through_a_target_phrase_is_a_state(text, expected):
    _, found, _ = states_of(text)
    assert coded_between(found, expected), found


def test_an_at_phrase_of_a_meeting_stays_a_place():
    art = analyze("Sarlo held talks at Treslin.")
    assert not [a for a in art.actors if a.name == "Treslin"], art.actors


@pytest.mark.parametrize(
    "text, expected",
    [
        # "Rohan": a Ukrainian village of the gazetteer and a given name of the lexicon, in a sentence
        # that names no Ukraine and sees no person: the sentence shows a state
        ("Tarvon accused Rohan of sheltering rebels.", ("Tarvon", "Rohan", "11")),
        ("The army of Rohan shelled Tarvon.", ("Rohan", None, "19")),
        ("Kastavia fired rockets at Lindon.", ("Kastavia", "Lindon", "19")),
    ],
)
def test_a_lone_small_town_or_given_name_acting_as_a_state_is_one(text, expected):
    _, found, _ = states_of(text)
    source, target, root = expected
    assert any(s == source and (target is None or t == target) and c[:2] == root for s, home, t, c in found), found


@pytest.mark.parametrize(
    "text, home",
    [
        ("Police in Rohan detained two Kastavian journalists.", "Rohan"),
        # guards: a big city, and a small town whose country the text names, keep the gazetteer's country
        ("Police in Springfield arrested a man on Monday.", None),
        ("Police in Rohan, Ukraine, arrested a man on Monday.", "Ukraine"),
    ],
)
def test_police_of_a_lone_small_town_belong_to_it_as_a_state(text, home):
    art, found, _ = states_of(text)
    homes = [h for s, h, t, c in found if c.startswith("17")]
    assert homes and homes[0] == home, found


@pytest.mark.parametrize(
    "text, expected",
    [
        # the tagger runs "Gondor condemned Mordor" into one organisation: the verb splits it
        ("The government of Gondor condemned Mordor for the attack.", ("Gondor", "Mordor", "11")),
        ("The government of Sarlo accused Dunvale of harbouring terrorists.", ("Sarlo", "Dunvale", "11")),
        # a name the state's government or ministry acts on, in the official's clause
        ("The foreign ministry of Tarvon condemned Kessaly for the raid.", ("Tarvon", "Kessaly", "11")),
        # a one-word name the tagger calls a person, facing a state in a one-sentence story
        ("Quessa sent warships to Dunvale.", ("Quessa", "Dunvale", "15")),
    ],
)
def test_run_together_or_person_tagged_names_facing_a_state_are_states(text, expected):
    art, found, _ = states_of(text)
    assert coded_between(found, expected), found
    assert are_states(art, expected), art.actors


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Tarvon warned Esgaroth against further provocations.", ("Tarvon", "Esgaroth", "13")),  # a product, to the tagger
        ("Esgaroth recalled its ambassador from Quessa.", ("Esgaroth", "Quessa", "16")),
    ],
)
def test_a_one_word_name_of_any_label_facing_a_state_in_a_short_text_is_a_state(text, expected):
    _, found, _ = states_of(text)
    assert coded_between(found, expected), found


@pytest.mark.parametrize(
    "text, expected",
    [
        # a demand, insistence or proposal whose clause names who must act: both names face each other
        ("Kelmor demanded that Drusk release the captured sailors.", ("Kelmor", "Drusk", "10")),
        ("Pellar insisted that Vosk halt the raids on its border.", ("Pellar", "Vosk", "10")),
        ("Bregna demanded that Tolmar withdraw its troops from the disputed valley.", ("Bregna", "Tolmar", "10")),
    ],
)
def test_a_name_whose_complement_clause_names_another_faces_it(text, expected):
    art, found, _ = states_of(text)
    assert coded_between(found, expected), found
    assert are_states(art, expected), art.actors


@pytest.mark.parametrize(
    "text, expected",
    [
        # a one-word name before a group only a state has: that state's group
        ("Velmar forces invaded Ostrin on Sunday.", ("Velmar", "Ostrin", "19")),
        ("The Dravin navy detained a ship from Kessaly.", ("Dravin", "Kessaly", "17")),
        # before a thing, where another state acts in the sentence: the thing is the state's
        ("Three Ostrin fishing boats were seized by the navy of Velmar.", ("Velmar", "Ostrin", "17")),
    ],
)
def test_a_name_before_a_state_group_or_thing_is_a_state(text, expected):
    art, found, _ = states_of(text)
    source, target, root = expected
    assert any(source in (s, home) and t == target and c[:2] == root for s, home, t, c in found), found


def test_a_product_or_day_before_a_noun_stays_no_state():
    for text in ("Kastavia asked its allies for more Patriot air defence systems.", "Protesters rallied in Veldoria on Saturday night."):
        art = analyze(text)
        assert not any(a.name in ("Patriot", "Saturday") for a in art.actors if a.kind == "state"), art.actors


@pytest.mark.parametrize(
    "text, expected",
    [
        # a group's "from" phrase names its state though the tagger calls the name a person or organisation
        ("Troops from Velmar shelled houses in Ostrin.", ("Velmar", "Ostrin", "19")),
        # force on things in an unknown name, or in a lone village of the gazetteer (Lindon, Utah), struck that state
        ("Tarvel's army shelled border posts in Quenmark.", ("Tarvel", "Quenmark", "19")),
        ("Fighters from Drusk attacked a village in Lindon.", ("Drusk", "Lindon", "19")),
    ],
)
def test_an_invented_states_force_on_things_in_a_name_strikes_that_state(text, expected):
    art, found, _ = states_of(text)
    source, target, root = expected
    assert any(home == source and t == target and c[:2] == root for s, home, t, c in found), found
    assert are_states(art, expected), art.actors


def test_a_lone_village_struck_by_a_known_states_forces_stays_its_countrys():
    _, found, _ = states_of("Russian troops shelled houses in Lindon.")
    assert not any(t == "Lindon" for s, home, t, c in found), found


@pytest.mark.parametrize(
    "text, expected",
    [
        # "shared" is no word of business: only a noun of business_words speaks of firms
        ("Pellar accused Esgaroth of arming rebels along their shared border.", ("Pellar", "Esgaroth", "11")),
        # and a lone village of the gazetteer (Rohan, Ukraine) that the actors stage read as its country
        ("Velmar accused Rohan on Tuesday of shelling their shared border, a charge Rohan denied.", ("Velmar", "Rohan", "11")),
    ],
)
def test_a_shared_border_speaks_of_no_business(text, expected):
    art, found, _ = states_of(text)
    assert coded_between(found, expected), found


def test_a_share_of_a_firm_still_speaks_of_business():  # guard
    art, found, _ = states_of("Brontex bought a stake in Zelvia and its shares rose.")
    assert not any(a.kind == "state" for a in art.actors), art.actors


@pytest.mark.parametrize(
    "text, expected",
    [
        # Arnor and Rohan are both Ukrainian villages of the gazetteer: together they name Ukraine no more than one does
        ("Velmar offered to mediate between Arnor and Rohan.", ("Velmar", "Arnor", "03")),
        ("Rohan and Arnor traded accusations over the shelling of border posts.", ("Rohan", "Arnor", "11")),  # passed before
    ],
)
def test_two_lone_villages_of_one_country_are_no_evidence_of_it(text, expected):
    art, found, _ = states_of(text)
    source, target, root = expected
    pairs = [(s, t) for s, home, t, c in found if c[:2] == root]
    assert (source, target) in pairs or (target, source) in pairs, found
    assert not any(a.id == "UKR" for a in art.actors), art.actors


def test_a_blank_organisation_taken_for_a_lone_towns_state_stays_one_actor():
    # Dale is a small gazetteer town; the actors stage made an organisation of it: that one becomes the state
    art, found, _ = states_of("Police in Dale arrested three journalists from Esgaroth on charges of espionage.")
    assert [a.kind for a in art.actors if a.name == "Dale"] == ["state"], art.actors


@pytest.mark.parametrize(
    "text, code",
    [
        ("Kurdish fighters shelled a Turkish army post near Afrin on Sunday.", "KURREB"),
        ("Tamil rebels ambushed a Sri Lankan army convoy near Jaffna on Monday.", "TAMREB"),
        ("Uyghur militants attacked a police station in Kashgar on Friday.", "UIGREB"),
        ("Baloch separatists attacked a Pakistani army convoy near Quetta on Tuesday.", "REB"),
        ("Kurdish protesters marched against the Turkish government in Diyarbakir on Sunday.", "KUROPP"),
    ],
)
def test_a_group_of_a_people_without_a_state_is_no_countrys(text, code):
    """ "Kurdish" also names Kurdistan and "Uyghur" Xinjiang for the place stage: the group is the
    people's (CAMEO's ethnic code where it has one), not a place's country, nor a person "Tamil"."""
    art = analyze(text, published="2018-04-05")
    actors = {a.id: a for a in art.actors}
    sources = [actors[e.source] for e in art.events if e.source in actors]
    assert any(a.kind == "group" and a.country is None and a.code == code for a in sources), [
        (a.id, a.country, a.code) for a in sources
    ]
    assert not [a for a in art.actors if a.kind == "person"], art.actors


def test_a_state_named_beside_a_peoples_word_still_owns_the_group():  # guard
    art = analyze("Iraqi Kurdish troops shelled a village near Mosul on Monday.", published="2018-04-05")
    actors = {a.id: a for a in art.actors}
    assert [actors[e.source].country for e in art.events if e.source in actors] == ["IRQ"]
