"""Participants on wire-style political news, on sentences written for these tests: the dateline's
agency and town are no participants and the town's country is the country of unnamed groups; a
comment on an event named by a noun targets that event's source; a warning with no object targets
the other state its content names, never the warner's own; arrests of officials are arrests."""

import pytest

from dyad.run.analysis import analyze


def coded(text, published="2024-05-02"):
    art = analyze(text, published=published)
    country = {a.id: a.country for a in art.actors}
    return art, [(e.source, e.target, e.cameo) for e in art.events], country


@pytest.mark.parametrize(
    "text",
    [
        "GUAM, Aug 9 (Reuters) - North Korea threatened on Wednesday to fire missiles toward the U.S. "
        "Pacific territory of Guam.",
        "SINGAPORE, June 12 (Reuters) - U.S. President Donald Trump and North Korean leader Kim Jong Un met "
        "in Singapore on Tuesday for the first summit between the two countries.",
    ],
)
def test_the_agency_and_town_of_a_dateline_are_no_participants(text):
    art, found, _ = coded(text)
    credited = {a.id for a in art.actors if a.name in ("Reuters", "Singapore")}
    assert found and not [f for f in found if {f[0], f[1]} & credited], found


def test_unnamed_groups_of_a_wire_story_belong_to_its_dateline_country():
    text = (
        "SEOUL, Jan 14 (Reuters) - Police arrested a former defense minister on Tuesday. "
        "Thousands of protesters rallied outside parliament."
    )
    _, found, country = coded(text, "2025-01-14")
    assert {country.get(s) for s, _, c in found if c[:2] in ("14", "17")} == {"KOR"}, found


def test_without_a_dateline_an_unnamed_group_has_no_country():
    _, found, country = coded("Police arrested a former defense minister on Tuesday.", "2025-01-14")
    assert found and all(country.get(s) is None for s, _, _ in found), found


def test_a_group_named_with_its_country_keeps_it_under_another_dateline():
    _, found, country = coded("TOKYO, May 2 (Kyodo) - Chinese police detained two Japanese citizens on Monday.")
    assert [country.get(s) for s, _, c in found if c.startswith("17")] == ["CHN"], found


@pytest.mark.parametrize(
    "text, commenter, code, source",
    [
        ("North Korea fired a ballistic missile on Friday. Japan condemned the launch.", "JPN", "11", "PRK"),
        ("Russia and North Korea signed a defense pact on Wednesday. Washington condemned the agreement.",
         "USA", "11", "RUS"),
        ("South Korea proposed military talks with North Korea on Tuesday. The United States supported "
         "the proposal.", "USA", "05", "KOR"),
        ("Moon Jae-in and Kim Jong Un held a summit on Friday. Japan welcomed the summit.", "JPN", "05", None),
    ],
)
def test_a_comment_on_an_event_noun_targets_that_events_source(text, commenter, code, source):
    _, found, _ = coded(text)
    targets = [t for s, t, c in found if s == commenter and c[:2] == code]
    assert targets and targets[0] is not None and (source is None or targets[0] == source), found


@pytest.mark.parametrize(
    "text, commenter, owner",
    [
        ("The Danish government announced its decision to close the consulate on Monday. Norway criticized the "
         "decision.", "NOR", "DNK"),
        ("Hungary's plan to build a dam on the river drew protests. Slovakia reiterated its strong opposition to "
         "the plan.", "SVK", "HUN"),
        ("Peru announced a ban on the imports of Chilean fruit on Tuesday. Chile condemned the move to ban the "
         "imports.", "CHL", "PER"),
        ("The Turkish ambassador made provocative remarks about the border on Friday. Greece denounced the remarks "
         "as interference.", "GRC", "TUR"),
    ],
)
def test_a_disapproval_of_a_thing_told_with_its_owner_targets_the_owner(text, commenter, owner):
    _, found, country = coded(text)
    targets = [country.get(t, t) for s, t, c in found if country.get(s, s) == commenter and c[:2] in ("11", "12")]
    assert owner in targets, found


@pytest.mark.parametrize(
    "text",
    [
        "Chile condemned the move to ban the imports on Tuesday.",  # nothing told before: no owner invented
        "Norway announced its decision to close the consulate on Monday. Norway later criticized the decision.",
    ],
)
def test_a_disapproval_of_a_thing_of_no_other_owner_keeps_no_target(text):  # guard
    _, found, country = coded(text)
    assert all(t is None for s, t, c in found if c[:2] in ("11", "12")), found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("South Korea warned that it would respond strongly if North Korea took further steps.",
         ("KOR", "PRK")),
        ("Japan warned on Monday that a missile test by North Korea would bring new sanctions.", ("JPN", "PRK")),
    ],
)
def test_a_warning_targets_the_other_state_its_content_names(text, expected):
    _, found, _ = coded(text)
    assert expected in [(s, t) for s, t, c in found if c.startswith("13")], found


@pytest.mark.parametrize(
    "text",
    [
        "President Donald Trump warned that the United States would respond with fire and fury.",
        "Putin warned that Russia would answer any attack.",
    ],
)
def test_a_leader_warning_of_what_his_own_state_will_do_targets_no_one(text):
    _, found, country = coded(text, "2017-08-09")  # both in office that day
    warnings = [(s, t) for s, t, c in found if c.startswith("13")]
    assert warnings and all(t is None for _, t in warnings), found


def test_a_demand_of_an_organisations_own_government_keeps_it():
    """Guard: only states and their people speak for their state; a party or rebel group can make
    demands of its own country's government."""
    _, found, _ = coded("Hamas demanded that Israel release the prisoners.")
    assert any(c.startswith("10") and t == "ISR" for _, t, c in found), found


def test_an_arrested_minister_is_arrested_not_abducted():
    text = "SEOUL, Jan 14 (Reuters) - South Korean police arrested a former defense minister on Tuesday."
    _, found, country = coded(text, "2025-01-14")
    assert [(c, country.get(t)) for _, t, c in found] == [("173", "KOR")], found


@pytest.mark.parametrize(
    "text, pair",
    [
        ("China and Russia held joint naval exercises on Monday.", {"CHN", "RUS"}),
        ("South Korea and Japan agreed to share military intelligence.", {"KOR", "JPN"}),
    ],
)
def test_coordinated_states_do_a_joint_or_shared_act_with_each_other(text, pair):
    _, found, _ = coded(text)
    assert pair in [{s, t} for s, t, _ in found], found


def test_coordinated_states_doing_something_apart_are_no_pair():
    """Guard: "China and Russia condemned the sanctions" is two condemnations, not one of the other."""
    _, found, _ = coded("China and Russia condemned the new sanctions on Monday.")
    assert {"CHN", "RUS"} not in [{s, t} for s, t, _ in found], found


@pytest.mark.parametrize(
    "text, source",
    [
        ("The Philippines protested China's construction on the reef.", "PHL"),
        ("Japan's foreign ministry protested the incident.", "JPN"),
    ],
)
def test_a_protest_by_a_state_or_government_is_an_official_complaint(text, source):
    _, found, country = coded(text)
    assert [c for s, _, c in found if country.get(s) == source] == ["114"], found


def test_a_protest_by_citizens_stays_a_demonstration():
    _, found, _ = coded("Thousands of students protested against the government in Seoul.")
    assert [c[:2] for _, _, c in found] == ["14"], found


def test_a_coordinated_subject_after_a_dateline_meets_as_one_pair():
    text = (
        "SINGAPORE, June 12 (Reuters) - U.S. President Donald Trump and North Korean leader Kim Jong Un met "
        "in Singapore on Tuesday for the first summit between the two countries."
    )
    _, found, _ = coded(text, "2018-06-12")
    pairs = {frozenset((s, t)) for s, t, c in found if c.startswith("04") and s and t}
    assert pairs == {frozenset(("donald-trump", "kim-jong-un"))}, found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("China launched large-scale military drills around Taiwan on Monday.", ("CHN", "TWN", "15")),
        ("Russia launched missile strikes across Ukraine overnight.", ("RUS", "UKR", "19")),
    ],
)
def test_a_country_around_or_across_which_force_is_used_is_its_target(text, expected):
    _, found, _ = coded(text)
    assert expected in [(s, t, c[:2]) for s, t, c in found], found


def test_a_country_a_meeting_is_held_in_is_no_target():
    """Guard: "in" a country still only says where."""
    _, found, _ = coded("Kim Jong Un met Vladimir Putin in Russia on Wednesday.", "2024-06-19")
    assert "RUS" not in [t for _, t, _ in found], found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("South Korean jets fired warning shots at a Russian plane.", "15"),
        ("China suspended cooperation with the United States on climate change.", "16"),
        ("South Korea proposed talks on Monday. North Korea ignored the proposal.", "12"),
    ],
)
def test_news_acts_take_their_cameo_root(text, expected):
    _, found, _ = coded(text)
    assert expected in [c[:2] for _, _, c in found], found


def test_being_met_with_a_response_is_no_meeting():
    _, found, _ = coded("Trump warned that North Korea would be met with fire and fury.", "2017-08-09")
    assert not [c for _, _, c in found if c.startswith("03") or c.startswith("04")], found


def test_a_bare_family_name_two_office_holders_share_names_the_leader():
    """"Trump" in 2018: the president, not a relative holding a lesser office that day."""
    art, found, _ = coded("Trump and Kim met in Singapore on Tuesday. The two leaders signed a joint statement.", "2018-06-12")
    assert "donald-trump" in {s for s, _, _ in found} | {t for _, t, _ in found}, (found, art.actors)


@pytest.mark.parametrize(
    "text",
    [
        "Belarusian leader Alexander Lukashenko accepted an invitation to visit Pyongyang, North Korean state "
        "media reported on Friday.",
        "Iran's president agreed to visit Pyongyang, North Korean state media reported on Monday.",
    ],
)
def test_the_source_of_a_report_hung_on_the_object_is_no_participant(text):
    art, found, _ = coded(text, "2024-06-13")
    media = {a.id for a in art.actors if a.sector == "MED" or "agency" in a.name.lower() or "media" in a.name.lower()}
    assert found and not [f for f in found if f[1] in media], found
