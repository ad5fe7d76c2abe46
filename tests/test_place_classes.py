"""The failure classes of geoparsing on unseen news, each on sentences written for the test:
datelines, abbreviations, counties, demonyms, ambiguous towns settled by the article, GeoNames'
country points, the reasons given, and the larger gazetteer."""

from __future__ import annotations

import pytest

from dyad.annotate.nlp import load_nlp
from dyad.article import Article, Segment
from dyad.evaluate.places import haversine_km
from dyad.extract.places.gazetteer import load_gazetteer


def at(article: Article, word: str, nth: int = 0):
    """The place mentioned by the ``nth`` occurrence of ``word``."""
    start = -1
    for _ in range(nth + 1):
        start = article.text.index(word, start + 1)
    found = [(p, m) for p in article.places for m in p.mentions if m.start == start and m.text == word]
    assert found, (
        f"{word!r} at {start} not among {[(m.text, m.start) for p in article.places for m in p.mentions]}"
    )
    return found[0]


def test_upper_case_dateline_is_the_town_filed_from(analyse_places):
    article = analyse_places("WASHINGTON (AP) — Lawmakers argued late into the night over the budget.")
    place, _ = at(article, "WASHINGTON")
    assert place.kind == "city" and place.country == "USA"
    assert 38.5 < place.lat < 39.2 and -77.5 < place.lon < -76.5
    assert "dateline" in place.reason


def test_a_dateline_with_its_country(analyse_places):
    article = analyse_places("NAIROBI, Kenya — Heavy rains closed schools across the region.")
    place, _ = at(article, "NAIROBI")
    assert place.country == "KEN" and place.kind == "city"


@pytest.mark.parametrize(
    ("text", "name", "point"),
    [
        # a province or state filed from, with the country it lies in: the division, not a town abroad
        ("PAMPANGA, Philippines – Floods forced thousands from home.", "PAMPANGA", (15.05, 120.64)),
        ("BALI, Indonesia — Tourists were told to keep off the beaches.", "BALI", (-8.23, 115.19)),
        # (Punjab at 31, 73: within 161 km of GeoNames' 31, 72 and Wikipedia's 31, 74; region_midpoints.tsv)
        ("PUNJAB, Pakistan – Wheat farmers marched on the assembly.", "PUNJAB", (31.0, 73.0)),
    ],
)
def test_an_upper_case_dateline_of_a_division_and_its_country(analyse_places, text, name, point):
    place, _ = at(analyse_places(text), name)
    assert place.kind == "region" and haversine_km(place.lat, place.lon, *point) < 50, (place.name, place.country)


@pytest.mark.parametrize(
    ("text", "name", "point"),
    [
        # a state or province alone heads a story about it: the division, not a small town of its name
        # abroad (Texas, Hidalgo, Mexico: 993 people), and no town the story was filed from
        ("TEXAS —\nRanchers across the state asked for drought aid on Monday.", "TEXAS", (31.25, -99.25)),
        ("TEXAS — Ranchers across the state asked for drought aid on Monday.", "TEXAS", (31.25, -99.25)),
        ("OHIO —\nSchool boards across the state met on Tuesday.", "OHIO", (40.25, -82.75)),
    ],
)
def test_an_upper_case_dateline_of_a_division_alone(analyse_places, text, name, point):
    place, _ = at(analyse_places(text), name)
    assert place.kind == "region" and haversine_km(place.lat, place.lon, *point) < 100, (place.name, place.country)
    assert "dateline" not in (place.reason or "")


@pytest.mark.parametrize(
    ("text", "name", "point"),
    [
        # guards: a big town named like its state ("WASHINGTON (AP) —" is the capital), and a small one
        # with its state after the comma, stay the town filed from
        ("WASHINGTON (AP) — The Senate voted on Monday to extend the program.", "WASHINGTON", (38.90, -77.04)),
        ("DELAWARE, Ohio (AP) — The city council voted on Monday to raise water rates.", "DELAWARE", (40.30, -83.07)),
        ("NEVADA, Mo. — The county commission met on Tuesday to discuss the jail.", "NEVADA", (37.84, -94.35)),
    ],
)
def test_a_town_named_like_a_state_stays_the_dateline(analyse_places, text, name, point):
    place, _ = at(analyse_places(text), name)
    assert haversine_km(place.lat, place.lon, *point) < 30 and "dateline" in place.reason


def test_upper_case_words_that_are_no_town_are_no_dateline(analyse_places):
    article = analyse_places("BREAKING NEWS — The council voted. NOTE: times are local.")
    assert not [m for p in article.places for m in p.mentions if m.text.isupper()]


@pytest.mark.parametrize(
    ("text", "word", "name"),
    [
        ("GOOD NEWS FOR LOTTERY PLAYERS IN OREGON!! A ticket sold in Salem won the jackpot.", "OREGON", "Oregon"),
        ("SHOOTING SUSPECT FROM HOUSTON HELD IN NEW MEXICO\n\nThe man was held overnight.", "NEW MEXICO", "New Mexico"),
        ("SHOOTING SUSPECT FROM HOUSTON HELD IN NEW MEXICO\n\nThe man was held overnight.", "HOUSTON", "Houston"),
        ("EL PASO & LAS CRUCES, APRIL 2, 2019 -- Officials opened two clinics on Tuesday.", "LAS CRUCES", "Las Cruces"),
    ],
)
def test_a_place_in_an_upper_case_line(analyse_places, text, word, name):
    """A headline or shouted line in capitals names places as a dateline does."""
    place, _ = at(analyse_places(text), word)
    assert place.name == name and place.country == "USA"


def test_an_upper_case_line_keeps_its_initials_and_given_names_no_place(analyse_places):
    text = (
        "NICE GUIDANCE FOR HOSPITALS CHANGES AGAIN\n\nAUSTIN REYES WINS THE SPELLING BEE\n\n"
        "The rules were changed.\n\nGARLAND STEPS ASIDE AS JUDGE\n\nThe judge left the bench.\n\n"
        "JACKSON SCORES 30 AS LAKERS WIN\n\nThe guard was brilliant."
    )
    assert not [m for p in analyse_places(text).places for m in p.mentions]


def test_a_peoples_word_naming_its_language_is_no_place(analyse_places):
    text = (
        "The cook answers in Spanish, and her son is studying Portuguese. English is the school's "
        "language, though the English town of Dover sells French wine."
    )
    article = analyse_places(text)
    words = {m.text for p in article.places for m in p.mentions}
    assert not {"Spanish", "Portuguese"} & words
    assert not [m for p in article.places for m in p.mentions if m.start == 0 or m.text == "English" and m.start < 90]
    assert at(article, "English", 1)[0].name == "England" and at(article, "French")[0].country == "FRA"


def test_abbreviations_after_a_town_and_dc(analyse_places):
    text = "Marchers gathered in Washington, D.C., and a smaller crowd met in Decatur, Ala., on Sunday."
    article = analyse_places(text)
    dc, mention = at(article, "D.C.")
    assert dc.country == "USA" and 38.5 < dc.lat < 39.2
    alabama, _ = at(article, "Ala.")
    assert alabama.name == "Alabama"
    decatur, _ = at(article, "Decatur")
    assert 34 < decatur.lat < 35 and -87.5 < decatur.lon < -86.5  # Alabama's, not Illinois'
    assert "qualified by Alabama" in decatur.reason


def test_a_state_abbreviation_alone_is_not_a_place(analyse_places):
    article = analyse_places("The senator said Mass. was held early, and Ind. voters stayed home.")
    assert not [m for p in article.places for m in p.mentions if m.text in ("Mass.", "Ind.")]
    # spaCy tags these places too; a title's or word's abbreviation stays none alone
    article = analyse_places("Del. Mary Smith said the bill would pass. Miss. Jones voted no.")
    assert not [m for p in article.places for m in p.mentions if m.text in ("Del.", "Miss.")]


def test_an_apposition_headed_by_no_place_noun_makes_no_place(analyse_places):
    # "Aligarh, a district of ..." is a place; a person's apposition is headed by a title
    article = analyse_places("Harper, a district judge in Ohio, ruled that Walker, the county sheriff of Dallas, had lied.")
    assert not [m for p in article.places for m in p.mentions if m.text in ("Harper", "Walker")]


def test_counties_with_their_state(analyse_places):
    article = analyse_places("Deputies in McLean County, Illinois, found the missing truck near a cornfield.")
    county, _ = at(article, "McLean County")
    assert county.kind == "region" and 40 < county.lat < 41  # Illinois', not Kentucky's


def test_demonyms_are_mentions_of_their_place(analyse_places):
    text = "Israeli negotiators met Egyptian mediators, while Ohioans watched the debate."
    article = analyse_places(text)
    israel, mention = at(article, "Israeli")
    assert israel.country == "ISR" and israel.kind == "country" and mention.demonym
    assert at(article, "Egyptian")[0].country == "EGY"
    ohio, mention = at(article, "Ohioans")
    assert ohio.name == "Ohio" and ohio.kind == "region" and mention.demonym



@pytest.mark.parametrize(
    "text, word, country, region",
    [
        # a nation's noun in the plural ("Britons", "Danes", "Filipinos"), and nouns that are no adjective
        ("Thousands of Britons queued for ferries at Dover on Friday.", "Britons", "GBR", None),
        ("The Danes and the Swedes signed the fishing accord in Oslo.", "Danes", "DNK", None),
        ("The Danes and the Swedes signed the fishing accord in Oslo.", "Swedes", "SWE", None),
        ("Coastguards rescued eleven Filipinos near Cebu on Monday.", "Filipinos", "PHL", None),
        ("A Bosnian Serb general was sentenced in The Hague on Wednesday.", "Serb", "SRB", None),
        ("Two Croats and a Slovene reached the summit on Sunday.", "Croats", "HRV", None),
        ("Many Poles have found work on the building sites of Dublin.", "Poles", "POL", None),
        # countries and territories the list lacked
        ("A Grenadian sprinter won the 400 metres in Kingston.", "Grenadian", "GRD", None),
        ("He met Andorran and Guyanese diplomats in Geneva.", "Guyanese", "GUY", None),
        # the people of a US state, in the plural
        ("Mainers voted on the bond question in Augusta on Tuesday.", "Mainers", "USA", "Maine"),
    ],
)
def test_a_peoples_noun_is_a_mention_of_its_place(analyse_places, text, word, country, region):
    place, mention = at(analyse_places(text), word)
    assert place.country == country and mention.demonym
    assert region is None or place.name == region


def test_a_plural_people_word_in_a_longer_name_stays_that_name(analyse_places):
    turks = analyse_places("The Turks and Caicos Islands closed the port before the storm.")
    assert at(turks, "Turks and Caicos Islands")[0].country == "TCA"
    laos = analyse_places("She flew to Laos on Wednesday to meet the trade minister.")
    assert not at(laos, "Laos")[1].demonym

def test_a_demonym_stays_apart_from_the_actor_it_is(analyse_places):
    text = "The Russian Foreign Ministry said talks would resume."
    article = analyse_places(text)
    russia, mention = at(article, "Russian")
    assert russia.country == "RUS" and mention.demonym and not mention.metonym


def test_towns_are_placed_by_the_other_places_of_the_article(analyse_places):
    ohio = analyse_places("Students in Kent marched to Akron, and others drove to Cleveland and Youngstown.")
    kent, _ = at(ohio, "Kent")
    assert kent.country == "USA" and 40.5 < kent.lat < 41.5
    assert "near" in kent.reason
    virginia = analyse_places("Commuters from Alexandria and Arlington crowded the trains into Fairfax.")
    alexandria, _ = at(virginia, "Alexandria")
    assert alexandria.country == "USA" and 38 < alexandria.lat < 39.5


@pytest.mark.parametrize(
    "text",
    [
        "Coast guard teams in Barili, Balamban and Tuburan told fishermen to stay ashore on Tuesday.",
        "Buses from Asturias, Pinamungajan and Tuburan were halted at the checkpoint.",
    ],
)
def test_a_town_listed_beside_towns_near_it_is_their_namesake_not_the_bigger_one(analyse_places, text):
    # Cebu's Tuburan (no population in GeoNames), not the bigger Tuburan on Mindanao
    tuburan, _ = at(analyse_places(text), "Tuburan")
    assert tuburan.country == "PHL" and 10.5 < tuburan.lat < 11
    assert "listed beside a town near it" in tuburan.reason


def test_a_town_named_alone_keeps_its_likeliest_namesake(analyse_places):
    tuburan, _ = at(analyse_places("Fishermen in Tuburan were told to stay ashore on Tuesday."), "Tuburan")
    assert tuburan.lat < 8


def test_a_qualifier_places_paris_in_texas(analyse_places):
    article = analyse_places("A tornado struck Paris, Texas, late on Friday.")
    paris, _ = at(article, "Paris")
    assert paris.country == "USA" and 33 < paris.lat < 34
    assert "qualified by Texas" in paris.reason


def test_countries_stand_at_their_geonames_points(analyse_places):
    article = analyse_places("Russia and Sudan signed a deal; the United States objected.")
    assert (at(article, "Russia")[0].lat, at(article, "Russia")[0].lon) == (60.0, 100.0)
    # Sudan: within 161 km of GeoNames' 16, 30 and of Wikipedia's 15, 32 (country_midpoints.tsv)
    assert haversine_km(at(article, "Sudan")[0].lat, at(article, "Sudan")[0].lon, 16.0, 30.0) < 161
    us, _ = at(article, "United States")
    assert (us.lat, us.lon) == (39.76, -98.5)
    assert at(article, "Russia")[0].reason and at(article, "Russia")[0].score > 0


def test_regions_stand_at_geonames_points_where_the_package_is_far_off(analyse_places):
    """The Middle East and North Africa at GeoNames' points (33.14, 35.86 and 32.95, 9.98), not 29, 41
    and 28, 15."""
    article = analyse_places("Oil exports from the Middle East and North Africa rose in March.")
    for word, point in (("Middle East", (33.14, 35.86)), ("North Africa", (32.95, 9.98))):
        place = at(article, word)[0]
        assert haversine_km(place.lat, place.lon, *point) < 20, (word, place.lat, place.lon)


def test_latin_america_stands_at_south_americas_geonames_point(analyse_places):
    """GeoNames has no Latin America; GWN puts it, and its adjective, at South America's point."""
    article = analyse_places("Latin American exporters sold more soy across Latin America this year.")
    for word, nth in (("Latin American", 0), ("Latin America", 1)):
        place = at(article, word, nth)[0]
        assert haversine_km(place.lat, place.lon, -14.60, -57.66) < 20, (word, place.lat, place.lon)


def test_the_gazetteer_has_villages_of_500_and_one_capital_each():
    gaz = load_gazetteer()
    bethel = [e for e, alt in gaz.lookup("Beebe Plain") if not alt]
    assert any(e.country == "USA" and e.within == "Vermont" and e.population < 1000 for e in bethel)
    capitals = [e for e, _ in gaz.lookup("Washington") if e.capital and e.country == "USA"]
    assert [round(e.lat) for e in capitals] == [39]


def test_a_state_is_not_its_small_namesake_town(analyse_places):
    article = analyse_places("Farmers in Pennsylvania, Ohio, California and Indiana lost their harvest.")
    for name in ("California", "Indiana"):
        state, _ = at(article, name)
        assert state.kind == "region", name
        assert "a region of its country has the name" not in state.reason


def test_a_bare_name_is_the_big_city_not_its_small_namesake(analyse_places):
    """Boston, N.Y. (8,000 people) does not take "Boston" from Boston, Mass. because the article
    names New York; a qualifier still places the small namesake ("Austin, Indiana")."""
    article = analyse_places(
        "Doctors in Boston treated patients flown in from Albany and Buffalo in New York."
    )
    boston, _ = at(article, "Boston")
    assert boston.country == "USA" and 42.2 < boston.lat < 42.5 and -71.2 < boston.lon < -70.9
    qualified = analyse_places("The outbreak began in Austin, Indiana, a town of 4,000.")
    austin, _ = at(qualified, "Austin")
    assert austin.country == "USA" and 38.5 < austin.lat < 39 and "qualified by Indiana" in austin.reason


def test_a_province_is_not_a_town_of_its_name_abroad(analyse_places):
    """Ontario, Calif. (171,000 people) does not take a bare "Ontario" from Canada's province
    because the article names other US places; naming California would settle it the other way."""
    article = analyse_places("Smoke from fires in Texas reached Chicago and drifted on into Ontario.")
    ontario, _ = at(article, "Ontario")
    assert ontario.kind == "region" and ontario.country == "CAN"
    californian = analyse_places("Smoke from fires near Riverside, California, reached Ontario and Fontana.")
    ontario, _ = at(californian, "Ontario")
    assert ontario.kind == "city" and ontario.country == "USA" and 33.5 < ontario.lat < 34.5


def test_a_country_is_not_a_texas_town_of_its_name(analyse_places):
    article = analyse_places("Farmers near Houston, Texas, fear the tariffs that target China.")
    china, _ = at(article, "China")
    assert china.kind == "country" and china.country == "CHN"


def test_the_eu_is_a_place_mention_standing_for_the_union(place_stage):
    """The union is an actor (an organisation) too: its mentions are places marked metonym."""
    from dyad.annotate.actors import ActorStage

    text = "Ministers of EU member states met in Brussels; the European Union said little."
    article = Article(text=text, segments=[Segment("body", 0, len(text))])
    article.doc = load_nlp()(text)
    article = place_stage(ActorStage()(article))
    eu, mention = at(article, "EU")
    assert eu.name == "European Union" and eu.country is None and mention.metonym
    assert at(article, "European Union")[0] is eu


def test_a_dateline_before_a_dash_without_spaces(analyse_places):
    article = analyse_places("WASHINGTON—President Donald Trump is changing course on trade.")
    place, _ = at(article, "WASHINGTON")
    assert place.country == "USA" and round(place.lat) == 39


@pytest.mark.parametrize(
    ("text", "name", "point"),
    [
        # a dateline in AP's mixed case, with no state after it
        ("McALLEN — Shelters near the bridge held a few dozen people on Friday.", "McALLEN", (26.20, -98.23)),
        ("McMINNVILLE — The city council voted on Tuesday to raise water rates.", "McMINNVILLE", (45.21, -123.20)),
    ],
)
def test_a_mixed_case_dateline_without_its_state(place_stage, actors, text, name, point):
    place, _ = at(analyse_all(place_stage, actors, text), name)
    assert haversine_km(place.lat, place.lon, *point) < 50


@pytest.mark.parametrize(
    ("text", "name", "point"),
    [
        # "St." for "Saint": the towns GeoNames writes out count, though it lists the short form
        # as another town's alternate name (Saint Joseph, Mich.; St Albans, England)
        ("Flooding hit St. Joseph and Savannah, Mo., on Monday.", "St. Joseph", (39.77, -94.85)),
        ("Growth in St. George and Hurricane, Utah, strains water supplies.", "St. George", (37.10, -113.58)),
        ("The bridge between St. Albans and Swanton, Vt., will close.", "St. Albans", (44.81, -73.08)),
        ("Tourists filled St. Augustine and Palm Coast, Fla., this weekend.", "St. Augustine", (29.89, -81.31)),
        ("Putin hosted the forum in St. Petersburg on Friday.", "St. Petersburg", (59.94, 30.31)),
        # "Ft." and "Mt." likewise
        ("Police in Ft. Myers and Cape Coral, Fla., arrested two men.", "Ft. Myers", (26.62, -81.84)),
        ("Voters in Mt. Vernon and Newark, Ohio, approved the levy.", "Mt. Vernon", (40.39, -82.49)),
    ],
)
def test_a_saints_town_abbreviated(place_stage, actors, text, name, point):
    place, _ = at(analyse_all(place_stage, actors, text), name)
    assert haversine_km(place.lat, place.lon, *point) < 50


@pytest.mark.parametrize(
    ("text", "word", "point"),
    [
        # a saint's town whose name ends in its "'s" keeps it (not Saint John, New Brunswick)
        ("Ferries from St. John's, Newfoundland, were cancelled on Monday.", "St. John's", (47.56, -52.71)),
        # a saint's name with its "'s" before a site's word is the church, placed where it stands
        ("The couple married in St George's Chapel at Windsor Castle on Saturday.", "St George's Chapel", (51.48, -0.60)),
    ],
)
def test_a_saints_name_with_its_s(place_stage, actors, text, word, point):
    place, _ = at(analyse_all(place_stage, actors, text), word)
    assert haversine_km(place.lat, place.lon, *point) < 25, (place.name, place.lat, place.lon)


def test_a_saints_church_is_no_town(place_stage, actors):
    article = analyse_all(place_stage, actors, "Pilgrims filled St. Peter's Basilica in Rome for the Easter Vigil.")
    assert [p.name for p in article.places if p.kind != "site"] == ["Rome"]
    # the basilica itself is a site, at Rome's point (the Vatican)
    assert all(abs(p.lat - 41.9) < 0.1 and abs(p.lon - 12.47) < 0.1 for p in article.places)


@pytest.mark.parametrize(
    "text",
    [
        # a feature's kind word, some country's region, as the last or first word of its name
        "Cookeville has grown faster than any city on the Cumberland Plateau, officials in Nashville said.",
        "Walkers reached Port Eynon from Swansea on Sunday.",
    ],
)
def test_a_features_kind_word_is_no_foreign_region(place_stage, actors, text):
    article = analyse_all(place_stage, actors, text)
    assert {p.country for p in article.places} <= {"USA", "GBR"}


def test_a_region_named_by_a_kind_word_stays_with_its_region_word(place_stage, actors):
    article = analyse_all(place_stage, actors, "Fighting spread in Jos, the capital of Plateau State, on Sunday.")
    assert at(article, "Plateau State")[0].country == "NGA"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "the" before a name an ocean and a small town of the story's coast share: the ocean
        ("MOREHEAD CITY, N.C. — The storm turned north in the Atlantic on Tuesday, and Beaufort and Harkers Island braced for wind.", "Atlantic"),
        ("SEATTLE — Boats from Tacoma and Everett sailed into the Pacific on Monday.", "Pacific"),
        # nor a region of its name in a story of the region's country (Egypt's and Sudan's Red Sea)
        ("Egypt said a freighter bound for Port Said was hit by a drone in the Red Sea on Friday.", "Red Sea"),
        ("Sudan's navy escorted grain ships through the Red Sea after the attacks, Khartoum said.", "Red Sea"),
    ],
)
def test_the_ocean_after_the_is_no_town_of_its_name(place_stage, actors, text, name):
    assert at(analyse_all(place_stage, actors, text), name)[0].kind == "water"


def test_a_region_named_like_a_sea_with_its_region_word_stays_the_region(place_stage, actors):
    article = analyse_all(place_stage, actors, "Hotels in Egypt's Red Sea governorate reopened on Monday.")
    assert at(article, "Red Sea")[0].kind == "region"


def test_a_town_named_like_an_ocean_without_the_stays_a_town(place_stage, actors):
    article = analyse_all(place_stage, actors, "DES MOINES, Iowa — Storms moved from Atlantic toward Adair and Stuart on Monday.")
    assert at(article, "Atlantic")[0].kind == "city"


def test_demonyms_joined_by_hyphens(analyse_places):
    article = analyse_places("Turkish-backed fighters shelled towns on the Syrian-Turkish border.")
    assert at(article, "Turkish")[0].country == "TUR" and at(article, "Turkish")[1].demonym
    assert at(article, "Syrian")[0].country == "SYR"
    assert at(article, "Turkish", 1)[0].country == "TUR"


def test_a_dateline_opening_the_text_without_punctuation(analyse_places):
    article = analyse_places("LONDON The Latest on the nerve agent poisoning of a former spy.")
    london, _ = at(article, "LONDON")
    assert london.country == "GBR" and "dateline" in london.reason
    assert not [p for p in analyse_places("BREAKING NEWS The markets fell.").places if p.name]


@pytest.fixture(scope="module")
def actors():
    from dyad.annotate.actors import ActorStage

    return ActorStage()


def analyse_all(place_stage, actors, text: str) -> Article:
    """As ``dyad analyze`` runs it: organisations' mentions are known to the places stage."""
    article = Article(text=text, segments=[Segment("body", 0, len(text))])
    article.doc = load_nlp()(text)
    return place_stage(actors(article))


def test_second_level_divisions_worldwide(analyse_places):
    article = analyse_places("Troops opened two new schools in South Waziristan on Thursday.")
    place, _ = at(article, "South Waziristan")
    assert place.kind == "district" and place.country == "PAK"
    assert 31.5 < place.lat < 33.0 and 69.0 < place.lon < 70.5
    article = analyse_places("SOUTH WAZIRISTAN, April 5: The army chief opened a market.")
    assert at(article, "SOUTH WAZIRISTAN")[0].country == "PAK"


def test_a_district_by_its_short_name_but_not_a_us_county(analyse_places):
    article = analyse_places("Floods cut off villages in Swat, the district's officials said.")
    place, _ = at(article, "Swat")
    assert place.kind == "district" and place.country == "PAK"
    article = analyse_places("Deaths have arisen from Hand, foot and mouth disease in Anhui.")
    assert all(m.text != "Hand" for p in article.places for m in p.mentions)  # Hand County, S.D.


def test_a_district_never_takes_a_towns_name():
    gaz = load_gazetteer()
    # "Suffolk" is an English county and a Virginian city: the New York county keeps its full name
    assert all(e.kind != "district" for e, _ in gaz.lookup("Suffolk"))
    assert any(
        e.kind in ("region", "district") and e.within == "New York" for e, _ in gaz.lookup("Suffolk County")
    )


def test_a_named_site_stands_at_the_place_named_with_it(analyse_places):
    article = analyse_places(
        "The inmate was moved to Crossroads Correctional Center in Shelby, Montana, on Monday."
    )
    site, _ = at(article, "Crossroads Correctional Center")
    town, _ = at(article, "Shelby")
    assert site.kind == "site" and (site.lat, site.lon) == (town.lat, town.lon)
    assert "a site in Shelby" in site.reason
    article = analyse_places("Thousands of fans queued outside Brooklyn's Barclays Center for the fight.")
    site, _ = at(article, "Barclays Center")
    assert site.kind == "site" and 40.5 < site.lat < 40.9
    # an owner's "'s" inside one name keeps the name whole
    article = analyse_places("Her appeal went to the Children's Hospital in Denver on Monday.")
    site, _ = at(article, "Children's Hospital")
    assert site.kind == "site" and "a site in Denver" in site.reason


@pytest.mark.parametrize(
    ("text", "nth", "iso3"),
    [
        ("Trinidad and Tobago's envoy in Washington said nobody in Trinidad had been told.", 1, "TTO"),
        ("Exports from Antigua and Barbuda fell, and hotels in Antigua cut staff.", 1, "ATG"),
        # guard: no such country named, the town stays
        ("Tourists in Cuba visited Havana and the old town of Trinidad.", 0, "CUB"),
    ],
)
def test_the_first_half_of_a_joined_country_name_is_the_country(analyse_places, text, nth, iso3):
    place, _ = at(analyse_places(text), "Trinidad" if "Trinidad" in text else "Antigua", nth)
    assert place.country == iso3 and (place.kind == "country") == (iso3 != "CUB")


def test_a_site_needs_a_place_named_with_it(place_stage, actors):
    article = analyse_all(
        place_stage, actors, "The teacher was arrested at Kendale Lakes Elementary School on Friday."
    )
    assert [m.text for p in article.places for m in p.mentions] == []


def test_places_inside_newspaper_university_and_police_names(place_stage, actors):
    article = analyse_all(
        place_stage,
        actors,
        "The Washington Post reported the ruling. A scientist at Colorado State University said "
        "the season would be busy. The Beverly Hills Police Department said a car was damaged.",
    )
    post, mention = at(article, "Washington")
    assert post.kind == "city" and 38.5 < post.lat < 39.2 and mention.metonym
    university, mention = at(article, "Colorado")
    assert university.kind == "region" and mention.metonym
    police, _ = at(article, "Beverly Hills")
    assert police.country == "USA" and 33.8 < police.lat < 34.3


@pytest.mark.parametrize(
    ("text", "name", "point"),
    [
        # the town a school, hospital or airport is named after, where the story names it or a
        # place near it
        ("WOOSTER, Ohio — A driver was taken to Wooster Community Hospital after the crash.", "Wooster", (40.81, -81.94)),
        ("DALTON, Ga. — Teachers at Dalton High School met parents on Tuesday.", "Dalton", (34.77, -84.97)),
        ("Shannon Airport said visitors from Ennis and Limerick were up 12 per cent.", "Shannon", (52.70, -8.86)),
        # "X City" of an office's name is the town X, where no "X City" as big is known
        ("The Dalton City Council voted 4-1 to raise water rates on Monday.", "Dalton", (34.77, -84.97)),
        ("The Kansas City Council met on Tuesday.", "Kansas City", (39.10, -94.58)),
        # whatever spaCy tagged it, and where the article names X bare ("Columbia, Mo.")
        ("Kent City Schools closed early Friday as snow fell on Ravenna and Stow.", "Kent", (41.15, -81.36)),
        ("SPRINGFIELD, Ohio — The Springfield City School District will add two buses.", "Springfield", (39.92, -83.81)),
        ("The Columbia City Council met Monday in Columbia, Mo., to weigh a sales tax.", "Columbia", (38.95, -92.33)),
    ],
)
def test_the_town_a_site_or_office_is_named_after(place_stage, actors, text, name, point):
    place, _ = at(analyse_all(place_stage, actors, text), name)
    assert place.kind == "city" and haversine_km(place.lat, place.lon, *point) < 50


def test_a_site_name_gives_no_far_town(place_stage, actors):
    # guard: the name of a school no town of the story bears, or a far town's
    article = analyse_all(place_stage, actors, "Students at Triway High School and Lincoln Middle School in Wooster raised $4,000.")
    assert [p.name for p in article.places if p.kind == "city"] == ["Wooster"]


@pytest.mark.parametrize(
    ("text", "name", "point"),
    [
        # the only place of the name, a town of a country the story names, far from its other places
        ("A storm hit the Philippines. Doctors at the Talibon Community Hospital said twelve were hurt.", "Talibon", (10.15, 124.33)),
        # a racecourse spaCy takes for a person
        ("Equine flu reached Australia. Horses at Caulfield Racecourse were sick, officials said.", "Caulfield", (-37.88, 145.02)),
    ],
)
def test_the_sole_town_a_site_is_named_after(place_stage, actors, text, name, point):
    place, _ = at(analyse_all(place_stage, actors, text), name)
    assert place.kind == "city" and haversine_km(place.lat, place.lon, *point) < 50


@pytest.mark.parametrize(
    "text",
    [
        # guards: a university or a court is often named after a person or an office; a site
        # named where the story names no country of the town; a person, no site word
        "Trade rose, said a professor of economics at Cornell University in the United States.",
        "The case from Texas may go to the Supreme Court, lawyers in the United States said.",
        "Doctors at the Talibon Community Hospital said twelve were hurt.",
        "A storm hit the Philippines, said Maria Talibon, who lives in Manila.",
    ],
)
def test_no_sole_town_of_an_eponym_or_out_of_the_story(place_stage, actors, text):
    article = analyse_all(place_stage, actors, text)
    assert not {"Cornell", "Supreme", "Talibon"} & {m.text for p in article.places for m in p.mentions}


def test_a_big_citys_english_spelling_tagged_as_a_person(place_stage, actors):
    # GeoNames' own name is "Khān Yūnis"; spaCy tags "Khan Younis" PERSON
    article = analyse_all(place_stage, actors, "In Gaza, 14 people were killed in strikes on Khan Younis and Deir al-Balah.")
    place, _ = at(article, "Khan Younis")
    assert place.country == "PSE" and place.kind == "city"


@pytest.mark.parametrize(
    ("text", "village", "town"),
    [
        # a small far town named bare in a local story is a village of the story's own area
        (
            "MOUNT VERNON, Ohio — Knox County deputies responded to a crash near Bladensburg on Monday. "
            "A Gambier woman and a Danville man were hurt.",
            "Bladensburg",
            "MOUNT VERNON",
        ),
        (
            "PERRY, Ga. — Parents in Kathleen said schools in Houston County are full, and Warner Robins "
            "officials agreed.",
            "Kathleen",
            "PERRY",
        ),
        # a name that is only another spelling of a town abroad, whatever its size (Korla, China)
        (
            "MUMBAI: Trains from Thane and Kalyan were late after water flooded the tracks in Kurla, railway "
            "officials in Mumbai said.",
            "Kurla",
            "Mumbai",
        ),
        # abroad too; the story's town is the one most of its places lie near (Keswick, not Manchester)
        (
            "Reservoirs that supply Manchester were at 48 per cent. In Cumbria, launches ran from Keswick "
            "twice a day, and rangers fought wildfires on the fells near Ambleside and Grasmere.",
            "Grasmere",
            "Keswick",
        ),
        # two far towns of one country abroad, named bare, do not vouch for each other's country
        # (Grange and Grasmere are small towns of Australia; Warminster and Plumstead, of England)
        (
            "The A66 was shut near Penrith and Keswick. In Grange, the beck burst its banks, and the Grasmere "
            "road was closed near Ambleside.",
            "Grange",
            "Keswick",
        ),
        (
            "DOYLESTOWN, Pa. — Crews from Warminster and Plumstead joined firefighters in Bensalem and Bristol "
            "on Friday after the storm.",
            "Plumstead",
            "DOYLESTOWN",
        ),
        # across a border, near towns of the other country named bare vouch for nothing either
        # (Caledonia and Cayuga are villages of New York, 150-250 km from Guelph)
        (
            "GUELPH, Ont. — Volunteers from Kitchener and Cambridge filled sandbags on Monday, and roads "
            "were shut near Caledonia and Cayuga after the river rose.",
            "Caledonia",
            "GUELPH",
        ),
        # the story's town is not a far namesake it names twice (Hunter, Ohio)
        (
            "Towns across the Hunter face limits. Residents of Cessnock, Kurri Kurri and Maitland were told "
            "dam levels at Chichester had fallen. Hunter Water said so.",
            "Chichester",
            "Cessnock",
        ),
        # outside the US, a small town of the story's own country far from its town and near none of
        # its places (Castletown, Co. Wexford, 268 km; Westwood, an Edmonton suburb, 700 km), in a
        # story of one area, local or of one town
        (
            "Flood warnings were issued for Letterkenny, Ramelton and Buncrana, and a van overturned near "
            "Castletown on Sunday, gardai said.",
            "Castletown",
            "Letterkenny",
        ),
        (
            "Gardai in Letterkenny said a house was damaged by fire in Castletown on Sunday. A man from "
            "Letterkenny was arrested.",
            "Castletown",
            "Letterkenny",
        ),
        (
            "Crews from Regina, Moose Jaw and Lumsden fought a grass fire near Westwood on Tuesday, RCMP said.",
            "Westwood",
            "Regina",
        ),
        (
            "Police in Regina said a truck was stolen from a farm near Westwood overnight. A woman from Regina "
            "was charged.",
            "Westwood",
            "Regina",
        ),
    ],
)
def test_a_far_small_namesake_in_a_local_story_is_a_village_of_its_area(place_stage, actors, text, village, town):
    article = analyse_all(place_stage, actors, text)
    place, _ = at(article, village)
    home, _ = at(article, town)
    assert haversine_km(place.lat, place.lon, home.lat, home.lon) < 50


def test_a_suburb_of_its_countrys_size_far_from_the_story_keeps_its_point(place_stage, actors):
    # Sandyford (Dublin, 22,288 people) is over the size of a village the gazetteer would lack
    text = (
        "Gardai in Letterkenny said the samples were tested at a laboratory in Sandyford. A man from "
        "Letterkenny was arrested."
    )
    place, _ = at(analyse_all(place_stage, actors, text), "Sandyford")
    assert haversine_km(place.lat, place.lon, 53.27, -6.23) < 10


@pytest.mark.parametrize(
    ("text", "name", "point"),
    [
        # a town abroad named bare in a local story is the namesake near the story's town, big or not
        (
            "HALIFAX — Power was out in Lunenburg, Bridgewater and Truro on Sunday. In Sydney the municipality "
            "opened a shelter, and crews in Liverpool worked through the night.",
            "Sydney",
            (46.14, -60.18),
        ),
        (
            "HALIFAX — Power was out in Lunenburg, Bridgewater and Truro on Sunday. In Sydney the municipality "
            "opened a shelter, and crews in Liverpool worked through the night.",
            "Liverpool",
            (44.04, -64.72),
        ),
        # a town across the border whose country the story names stays there (Caledonia, N.Y.)
        (
            "GUELPH, Ont. — Volunteers from Kitchener and Cambridge filled sandbags on Monday. In New York "
            "state, roads were shut near Caledonia after the Genesee River rose.",
            "Caledonia",
            (42.97, -77.85),
        ),
        # a city abroad with no namesake near the story stays where it is
        (
            "KESWICK, England — Hotels in Ambleside and Cockermouth were full, and the bus to Windermere was "
            "late. Tourists from Sydney and Melbourne said it was worth it.",
            "Sydney",
            (-33.87, 151.21),
        ),
    ],
)
def test_a_town_abroad_in_a_local_story_is_the_namesake_near_it(place_stage, actors, text, name, point):
    place, _ = at(analyse_all(place_stage, actors, text), name)
    assert haversine_km(place.lat, place.lon, *point) < 30, (place.name, place.country, place.reason)


@pytest.mark.parametrize(
    ("text", "name", "point"),
    [
        # a town's name cut before a lower-case particle is the longer name the gazetteer has (with
        # hyphens there): not Portage, Mich., nor Stratford in London, nor Boulogne-Billancourt
        (
            "WINNIPEG — Premier Wab Kinew said evacuees would be sent to Brandon and Portage la Prairie on Friday.",
            "Portage la Prairie",
            (49.97, -98.29),
        ),
        (
            "BIRMINGHAM, England — Police in Stratford upon Avon said roads were closed after the storm.",
            "Stratford upon Avon",
            (52.19, -1.71),
        ),
        ("PARIS — Ferries from Boulogne sur Mer to Dover were cancelled on Tuesday.", "Boulogne sur Mer", (50.72, 1.61)),
    ],
)
def test_a_town_named_with_a_particle_is_found_whole(place_stage, actors, text, name, point):
    place, _ = at(analyse_all(place_stage, actors, text), name)
    assert haversine_km(place.lat, place.lon, *point) < 30, (place.name, place.reason)


@pytest.mark.parametrize(
    "text",
    [
        # a name of two words or more that only one town bears, tagged an organisation, is that town
        # where the story names a place of its country within 800 km, however far the nearest
        "WINNIPEG — The province ordered the evacuation of Flin Flon on Friday as a fire burning west of the city jumped a highway.",
        "REGINA — The wildfire agency ordered the evacuation of Flin Flon on Friday as a fire crossed the provincial boundary.",
    ],
)
def test_a_name_only_one_remote_town_bears_is_that_town(place_stage, actors, text):
    place, _ = at(analyse_all(place_stage, actors, text), "Flin Flon")
    assert haversine_km(place.lat, place.lon, 54.77, -101.87) < 30


def test_a_one_word_organisation_named_like_one_far_town_is_no_place(place_stage, actors):
    # guard: "Congress" is the name of one town only (in Arizona), but one word proves nothing
    article = analyse_all(place_stage, actors, "PHOENIX — Congress passed the water bill on Friday, and Tempe and Mesa officials welcomed it.")
    assert not [m for p in article.places for m in p.mentions if m.text == "Congress"]


@pytest.mark.parametrize(
    ("text", "village", "point"),
    [
        # a place spaCy sees that no gazetteer has: at the place named with it
        ("Growers from Hopkinsville said so. One, who farms near Sharpe in Marshall County, lost $40,000.", "Sharpe", (36.88, -88.33)),
        # or, in a local story, at its town
        (
            "BRAINERD, Minn. — Deputies chased the car through Baxter and Nisswa. It had been stolen "
            "from a home in Pillager on Friday night.",
            "Pillager",
            (46.36, -94.20),
        ),
        # a neighbourhood or canyon spaCy tags a location, where a place stands, in a local story
        (
            "AKRON, Ohio — Firefighters from Akron and Barberton put out a house fire in Firestone Park on "
            "Tuesday. Police in Tallmadge said the roads were closed.",
            "Firestone Park",
            (41.04, -81.51),
        ),
        (
            "MISSOULA, Mont. — Deputies in Missoula and Lolo searched for a hiker missing in Pattee Canyon "
            "since Friday. Crews from Frenchtown helped.",
            "Pattee Canyon",
            (46.84, -113.93),
        ),
        # a suburb spaCy tags a place, where a place stands, in a story about one city it names twice
        # and no other country ("at Mzizima" in a story of Mombasa)
        (
            "Police in Durban said two men were arrested at Kwamashu Ridge on Friday. Durban officials said "
            "a third man fled towards Ntuzuma Heights.",
            "Ntuzuma Heights",
            (-29.86, 31.03),
        ),
        (
            "Traders in Kisumu counted their losses on Monday. Kisumu police said the fire began at a shop in "
            "Manyatta Heights.",
            "Manyatta Heights",
            (-0.10, 34.76),
        ),
        # a name no gazetteer has after "near", whatever spaCy tagged it, in a local story
        (
            "Rain closed roads in Kozhikode, Koyilandy and Mavoor. A landslide hit the ghat road near "
            "Thamarassery on Monday.",
            "Thamarassery",
            (11.25, 75.78),
        ),
        (
            "Crews from Tamworth, Kootingal and Manilla attended a crash on the New England Highway "
            "near Bendemeer on Sunday afternoon.",
            "Bendemeer",
            (-30.88, 151.16),
        ),
        # a name after "the village of" or "the town of", whatever spaCy tagged it (a person here), at
        # the place named with it ("near", "outside", "in"), in any story
        ("Gunmen raided the village of Kwanar Dutse, near Gusau, on Tuesday night, residents said.", "Kwanar Dutse", (12.17, 6.66)),
        ("Medics reached the town of Yaroslavka Balka, outside Kharkiv, only at dawn.", "Yaroslavka Balka", (49.99, 36.23)),
        # a suburb the gazetteer knows only as a small town abroad, in a story about one city
        ("Police in Leeds said a man was shot in Headingley on Monday. Leeds officers searched homes.", "Headingley", (53.80, -1.55)),
        # after "the village of", in a story of far places and no local town: at the region named
        # nearest it in its sentence, else the last one named before it
        (
            "Shelling hit the Kherson region overnight, officials said. Two houses burned in the village "
            "of Velyka Sadivka on Sunday.",
            "Velyka Sadivka",
            (46.64, 32.62),
        ),
        (
            "Three women were hurt in the village of Nova Dolynka, Mykolaiv Governor Vitaliy Kim said, "
            "while Kyiv and Lviv were quiet.",
            "Nova Dolynka",
            (47.11, 31.98),
        ),
        (
            "Doctors confirmed the outbreak in Kasai province last week. The village of Bakwa Tshimuna was "
            "sealed off on Thursday, the health minister said in Kinshasa.",
            "Bakwa Tshimuna",
            (-5.04, 21.07),
        ),
    ],
)
def test_a_village_no_gazetteer_has(place_stage, actors, text, village, point):
    place, _ = at(analyse_all(place_stage, actors, text), village)
    assert haversine_km(place.lat, place.lon, *point) < 60


@pytest.mark.parametrize(
    ("text", "name", "point"),
    [
        # names no gazetteer has, listed with a town it knows after a place's word: by that town
        (
            "DALTON, Ga. — Those arrested include residents of Rocky Face, Varnell and Cohutta.",
            "Rocky Face",
            (34.81, -85.05),
        ),
        # and a town it knows that spaCy tagged otherwise, in such a list
        (
            "DALTON, Ga. — Those arrested include residents of Rocky Face, Varnell and Cohutta.",
            "Cohutta",
            (34.96, -84.95),
        ),
        # the list grows through the towns spaCy tagged otherwise ("Headford", an organisation) to a
        # village it took for a person or an organisation
        (
            "TUAM — Schools in Tuam, Headford and Kilconly will close early on Friday, councillors in Galway "
            "and Athenry said.",
            "Kilconly",
            (53.53, -8.93),
        ),
        (
            "BALLINA — Residents of Ballina, Crossmolina and Enniscrone met in Castlebar to oppose the plan.",
            "Enniscrone",
            (54.21, -9.10),
        ),
        # a list after a plural place noun and "such as" needs no known town: villages of the
        # story's town, whatever spaCy tagged them
        (
            "NASHIK: Farmers from Nashik, Sinnar and Igatpuri said prices fell. Traders in villages such "
            "as Palkhed and Vadner stopped buying.",
            "Vadner",
            (20.0, 73.79),
        ),
        (
            "NASHIK: Farmers from Nashik, Sinnar and Igatpuri said prices fell. Traders in villages such "
            "as Palkhed and Vadner stopped buying.",
            "Palkhed",
            (20.0, 73.79),
        ),
        # a list of towns spaCy took whole for one organisation, joined by commas or "to"
        (
            "Riders from Lansdale, Quakertown and Souderton packed the meeting in Doylestown on Tuesday.",
            "Quakertown",
            (40.44, -75.34),
        ),
        (
            "Flood signs now stand at low crossings from Yardley to New Hope, near Doylestown.",
            "New Hope",
            (40.36, -74.95),
        ),
        # neighbouring towns listed in one "organisation" are places though no place the story names
        # lies near them (Ayr and Home Hill lie 10 km apart, 350 km from Cairns); one may be a town's
        # short name ("Llandrindod" for Llandrindod Wells, 8 km from Builth Wells)
        (
            "CAIRNS, Australia — Floodwaters cut the road between Ayr and Home Hill on Monday, police in Cairns said.",
            "Ayr",
            (-19.57, 147.41),
        ),
        (
            "CARDIFF — Trains from Builth Wells and Llandrindod were cancelled on Friday after snow, Transport for Wales said.",
            "Llandrindod",
            (52.24, -3.38),
        ),
    ],
)
def test_names_listed_with_a_known_town(place_stage, actors, text, name, point):
    place, _ = at(analyse_all(place_stage, actors, text), name)
    assert haversine_km(place.lat, place.lon, *point) < 30


def test_an_organisation_named_like_two_far_towns_is_no_list_of_places(place_stage, actors):
    article = analyse_all(place_stage, actors, "LEEDS, England — Marks and Spencer will close its stores in Harrogate and York.")
    assert not [m for p in article.places for m in p.mentions if m.text in ("Marks", "Spencer")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # talks held in Geneva between two other countries: a name no gazetteer has is not Geneva's
        (
            "Talks in Geneva resumed on Monday. Iran and the United States sent envoys to Geneva, and officials "
            "in Brennovia were not invited.",
            "Brennovia",
        ),
        # the town named twice lies far from the state the story names: not the story's town
        (
            "Two Omaha men were hurt in a crash near Pinehollow on Monday, Georgia troopers said. The Omaha men "
            "were driving home from Florida.",
            "Pinehollow",
        ),
    ],
)
def test_a_story_whose_twice_named_town_is_not_its_own_places_no_village_there(place_stage, actors, text, name):
    article = analyse_all(place_stage, actors, text)
    assert not [m for p in article.places for m in p.mentions if m.text == name]


def test_a_location_before_a_word_of_another_thing_is_no_village(place_stage, actors):
    # guard: "the West Nile virus" names no place, though spaCy tags "West Nile" a location
    text = (
        "DENTON, Texas — Health officers in Denton and Lewisville warned of the threat from the West Nile "
        "virus. Sprayers went out in Flower Mound."
    )
    names = [m.text for p in analyse_all(place_stage, actors, text).places for m in p.mentions]
    assert "West Nile" not in names and "Lewisville" in names


def test_the_tail_of_a_list_of_brands_is_no_list_of_villages(place_stage, actors):
    # guard: a list that goes on before its first place ("Dutch Farms, Kemps") is no list of places
    text = (
        "The eggs were sold under the labels Sunrise Farms, Kemps, Bayview, NuLay and Sun Valley in "
        "Iowa and Ohio."
    )
    names = [m.text for p in analyse_all(place_stage, actors, text).places for m in p.mentions]
    assert "Kemps" not in names and "NuLay" not in names


def test_an_organisation_or_person_near_which_something_happened_is_no_village(place_stage, actors):
    article = analyse_all(
        place_stage, actors, "Police in Tamworth and Armidale said the crash happened near Walmart and near Jim Bradley."
    )
    names = [m.text for p in article.places for m in p.mentions]
    assert "Walmart" not in names and "Jim Bradley" not in names


def test_a_list_with_a_country_or_a_person_gives_no_village(place_stage, actors):
    # guards: a country is no town to stand by; a person's name is no village
    article = analyse_all(place_stage, actors, "Officials from Egypt, Jordan and Qatar met Tammy Sanchez and Dalton officials.")
    assert all(p.kind != "city" or p.name != "Tammy Sanchez" for p in article.places)
    assert "Qatar" in [p.name for p in article.places]


def test_an_unknown_place_in_a_story_of_far_places_is_not_placed(place_stage, actors):
    # guard: no local story, no place named with it
    article = analyse_all(place_stage, actors, "Talks in Cairo and Doha stalled as strikes hit Kfar Kila on Tuesday.")
    assert "Kfar Kila" not in [m.text for p in article.places for m in p.mentions]


def test_a_far_city_listed_with_a_town_of_the_storys_area_is_a_village_of_it(place_stage, actors):
    text = (
        "GRAND FORKS, N.D. — Crews in Grand Forks, East Grand Forks and Crookston worked through the "
        "night. Farther north, Drayton and Oslo braced for the crest."
    )
    article = analyse_all(place_stage, actors, text)
    oslo, drayton = at(article, "Oslo")[0], at(article, "Drayton")[0]
    assert (oslo.country, oslo.lat, oslo.lon) == ("USA", drayton.lat, drayton.lon)
    # guard: not listed with a town of the area, the capital stays itself
    text = (
        "FARGO, N.D. — Officials in Moorhead and West Fargo met on Monday. The mayor of Fargo flew to "
        "Oslo for a conference on flood control."
    )
    assert at(analyse_all(place_stage, actors, text), "Oslo")[0].country == "NOR"


def test_a_city_abroad_by_its_own_name_stays_there_in_a_local_story(place_stage, actors):
    # guard: only another spelling of a town abroad is the story's own; Dubai is Dubai
    text = (
        "MUMBAI: Trains from Thane and Kalyan were late after water flooded the tracks in Kurla, and a "
        "flight to Dubai was delayed, officials in Mumbai said."
    )
    assert at(analyse_all(place_stage, actors, text), "Dubai")[0].country == "ARE"


def test_a_far_town_with_its_state_or_in_a_named_state_stays_there(place_stage, actors):
    # guards: a town with its state after it; a town of a state the story names
    article = analyse_all(
        place_stage,
        actors,
        "MOUNT VERNON, Ohio — Knox County deputies said a Gambier woman and a Danville man were hurt. "
        "The driver, from Bladensburg, Md., was cited. His brother lives in Kathleen, Florida.",
    )
    assert at(article, "Bladensburg")[0].lat < 39.5
    assert at(article, "Kathleen")[0].lat < 29


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a big city known by the name as another name, in the country the article names
        ("In Ontario, officials in Thunder Bay and Sudbury told residents to stay indoors.", "Sudbury", "CAN"),
        # guard: the towns that bear it as their own name, where the story is theirs
        ("The festival moved from Sudbury to Chelmsford last year.", "Sudbury", "GBR"),
    ],
)
def test_a_big_citys_other_name_abroad_stays_an_option(place_stage, actors, text, name, country):
    place, _ = at(analyse_all(place_stage, actors, text), name)
    assert place.country == country


def test_a_country_joined_by_and_is_one_name(analyse_places):
    article = analyse_places(
        "The minister said that Trinidad and Tobago missed the meeting. T&T has since apologised."
    )
    place, _ = at(article, "Trinidad and Tobago")
    assert place.kind == "country" and place.country == "TTO"
    assert at(article, "T&T")[0] is place


def test_of_two_same_named_counties_the_one_near_the_article(analyse_places):
    article = analyse_places(
        "Police in the town of Southold said that Suffolk County detectives found bones."
    )
    place, _ = at(article, "Suffolk County")
    assert 40.5 < place.lat < 41.2  # Long Island's, not Massachusetts'


def test_a_dateline_in_parentheses_before_a_dash(analyse_places):
    article = analyse_places("(Red Oak) -- The candidates met voters in Montgomery County, Iowa, on Monday.")
    place, _ = at(article, "Red Oak")
    assert place.country == "USA" and "dateline" in place.reason
    article = analyse_places("(NEW YORK) — Police officers responding to a call found a man.")
    assert at(article, "NEW YORK")[0].country == "USA"


@pytest.mark.parametrize(
    ("text", "name", "point"),
    [
        # a town before a double hyphen, as plain-text local papers file
        ("BLOOMINGTON -- The McLean County Board approved the budget on Tuesday.", "BLOOMINGTON", (40.48, -88.99)),
        # a county, as local television stations file ("COUNTY, ST (station) -")
        ("SUMTER COUNTY, S.C. (WLTX) - Deputies searched a wooded area on Monday.", "SUMTER COUNTY", (33.92, -80.38)),
        ("CADDO PARISH, La. (KSLA) -- A bridge was closed after the storm.", "CADDO PARISH", (32.58, -93.88)),
        # after a byline on the same line, before the agency
        ("By MARY JONES and TOM LEE, Associated Press ATLANTA (AP) — The state senate met.", "ATLANTA", (33.75, -84.39)),
        # a title-case town and a colon opening the text or one of its first lines, as Indian papers file
        ("Gonda: A farmer was killed in a quarrel over a field on Sunday.", "Gonda", (27.13, 81.96)),
        ("Boy drowns in canal\n\nEtawah: A boy of ten drowned in a canal on Monday.", "Etawah", (26.78, 79.02)),
        # a single hyphen ending the dateline's line, the story on the next
        ("Fees go up\n\nREGINA -\n\nCouncillors voted to raise the fees.", "REGINA", (50.45, -104.62)),
    ],
)
def test_datelines_local_papers_and_stations_file(analyse_places, text, name, point):
    place, _ = at(analyse_places(text), name)
    assert haversine_km(place.lat, place.lon, *point) < 50 and "dateline" in place.reason


@pytest.mark.parametrize(
    ("text", "name", "point", "state"),
    [
        # a state abbreviation in parentheses after its county or town, as AP writes an outlet's name
        ("The Walker County (Ga.) Sheriff's Office asked drivers to avoid the bridge.", "Walker County", (34.74, -85.30), "Ga."),
        ("A Columbia (Mo.) Public Schools bus slid off the road on Tuesday.", "Columbia", (38.95, -92.33), "Mo."),
        ("Deputies in Floyd County (Ga.) arrested two men after the chase.", "Floyd County", (34.26, -85.21), "Ga."),
    ],
)
def test_a_state_abbreviation_in_parentheses_qualifies_its_place(analyse_places, text, name, point, state):
    article = analyse_places(text)
    place, _ = at(article, name)
    assert haversine_km(place.lat, place.lon, *point) < 50
    assert at(article, state)[0].kind == "region"


@pytest.mark.parametrize(
    ("text", "name", "point"),
    [
        # US military installations local news names, which GeoNames keeps as no populated place
        ("CLARKSVILLE, Tenn. -- A Fort Campbell soldier was charged in the death of a Hopkinsville man.", "Fort Campbell", (36.66, -87.47)),
        ("Marines from Camp Lejeune cleared roads in Jacksonville after the storm.", "Camp Lejeune", (34.68, -77.35)),
        ("She finished basic training at Fort Benning and now serves at Fort Riley.", "Fort Riley", (39.06, -96.79)),
    ],
)
def test_a_military_base_of_local_news_is_placed(analyse_places, text, name, point):
    place, _ = at(analyse_places(text), name)
    assert haversine_km(place.lat, place.lon, *point) < 30


@pytest.mark.parametrize(
    ("text", "name", "point"),
    [
        # a town and the county it lies in, the story's only places: each settles the other
        ("A Paris woman was killed in a crash on U.S. 68 in Bourbon County on Saturday, police said.", "Paris", (38.21, -84.25)),
        ("A Springfield teen was charged with burglary, Robertson County sheriff's officials said.", "Springfield", (36.51, -86.89)),
        ("Paulding County deputies arrested a Dallas man, 23, after a chase on Friday.", "Dallas", (33.92, -84.84)),
        ("Bourbon County deputies said a Paris man was hurt.", "Bourbon County", (38.22, -84.18)),
    ],
)
def test_a_town_and_the_county_it_lies_in_settle_each_other(analyse_places, text, name, point):
    place, _ = at(analyse_places(text), name)
    assert haversine_km(place.lat, place.lon, *point) < 40


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a common word of a sports league's or a district's name is no region abroad
        ("Dobyns-Bennett will host Greeneville in the Region 1-AAA semifinals Tuesday.", "Region"),
        ("Abingdon won the Mountain 7 District final on Friday night.", "Mountain"),
        # common nouns opening or ending a body's, a post's or a line's name, though GeoNames has a small
        # town or a far region of each (Council, Idaho; Officer, Victoria; Home, Wash.; Kiribati's Line),
        # or a place of the story's town where none has it ("Conservation")
        ("The vote will be held in Council Chambers at the Town Hall on Tuesday.", "Council"),
        ("The Police Press Officer, Sgt. Ann Musa, said two men were held in Kano.", "Officer"),
        ("Sindh province Home Secretary Ali Khan said the curfew would be lifted in Karachi.", "Home"),
        ("A Quincy man was arrested by Conservation Police on Friday for poaching.", "Conservation"),
        ("Callers may ring the Crimestoppers Line or any station in Dublin.", "Line"),
        ("Town councillors in Ely voted against the plan on Monday.", "Town"),
    ],
)
def test_a_common_word_of_a_league_name_is_no_place(analyse_places, text, word):
    article = analyse_places(text)
    assert not [m for p in article.places for m in p.mentions if m.text == word]


@pytest.mark.parametrize(
    ("text", "name", "point"),
    [
        # airports named for a person or for no town they serve
        ("Flights out of O'Hare were delayed for three hours on Monday.", "O'Hare", (41.98, -87.90)),
        ("The new terminal at Schiphol will open next spring, the operator said.", "Schiphol", (52.31, 4.76)),
        ("The minister landed at Ben Gurion Airport late on Sunday.", "Ben Gurion Airport", (32.01, 34.89)),
    ],
)
def test_an_airport_named_for_no_town_is_placed(analyse_places, text, name, point):
    place, _ = at(analyse_places(text), name)
    assert haversine_km(place.lat, place.lon, *point) < 30


def test_later_mentions_of_a_place_the_article_named(place_stage, actors):
    text = (
        "DURBAN, South Africa - The former president appeared in a Durban court on Friday. "
        "Fans queued at Brooklyn's Barclays Center. Later they left Barclays Center by the loading dock."
    )
    article = analyse_all(place_stage, actors, text)
    dateline, _ = at(article, "DURBAN")
    assert at(article, "Durban")[0] is dateline
    first, _ = at(article, "Barclays Center")
    assert at(article, "Barclays Center", 1)[0] is first


def test_a_given_name_and_of_before_a_town_outside_a_list_of_kin_is_no_home(place_stage, actors):
    # guard: "Mary of Bethany" in a story of the Gospels, no survivor of an obituary
    article = analyse_all(place_stage, actors, "In the pageant, Mary of Bethany and Martha greeted the visitors.")
    assert "Bethany" not in [m.text for p in article.places for m in p.mentions]


@pytest.mark.parametrize(
    "text",
    [
        # the town filed from, named again where spaCy or the actors stage took it for an
        # organisation of the dateline ("FRANKLIN ... Franklin") or for a person
        "FRANKLIN, Tenn. — Franklin aldermen put off a vote on Tuesday; Brentwood leaders had asked for time.",
        "JACKSON, Tenn. — Jackson aldermen approved a plan for a new park near the river.",
    ],
)
def test_the_datelines_town_named_again_as_its_government(place_stage, actors, text):
    article = analyse_all(place_stage, actors, text)
    name = text.split(",")[0].title()
    assert at(article, name)[0] is at(article, name.upper())[0]


def test_a_person_named_like_the_datelines_town_is_no_place(place_stage, actors):
    # guard: a person who speaks keeps the name
    article = analyse_all(place_stage, actors, "JACKSON, Miss. — Jackson told reporters on Tuesday that he would run again.")
    second = article.text.index("Jackson")
    assert all(m.start != second for p in article.places for m in p.mentions)


def test_a_place_name_is_not_repeated_onto_a_person(place_stage, actors):
    article = analyse_all(
        place_stage, actors, "Officials in Jackson, Mississippi, met. Later Jackson said the water was safe."
    )
    assert at(article, "Jackson")[0].country == "USA"
    second = article.text.index("Jackson", 20)
    assert all(m.start != second for p in article.places for m in p.mentions)


def test_a_site_with_no_place_named_is_not_placed(place_stage, actors):
    text = "Manassas officials met on Monday. Commuters use Innovation Park Station, residents of Manassas say."
    article = analyse_all(place_stage, actors, text)
    assert all("Innovation" not in m.text for p in article.places for m in p.mentions)
    # a site the gazetteer knows stands at its own point, not at the article's town
    text = "Manassas officials met on Monday. Commuters use Dulles International Airport, residents of Manassas say."
    place, _ = at(analyse_all(place_stage, actors, text), "Dulles International Airport")
    assert haversine_km(place.lat, place.lon, 38.95, -77.46) < 5


def test_places_joined_by_a_hyphen(place_stage, actors):
    text = "The Russia-Ukraine war dragged on. Sheila Jackson-Lee spoke in Winston-Salem on Monday."
    article = analyse_all(place_stage, actors, text)
    assert at(article, "Ukraine")[0].country == "UKR"
    assert at(article, "Winston-Salem")[0].country == "USA"  # one town's name
    assert all(m.text != "Jackson" for p in article.places for m in p.mentions)  # a person's


def test_a_towns_other_name_with_its_region_after_it(place_stage, actors):
    text = "The caravan has camped out in Matias Romero, Oaxaca State, Mexico, since Wednesday."
    article = analyse_all(place_stage, actors, text)
    place, _ = at(article, "Matias Romero")
    assert place.country == "MEX" and "alternate name" in place.reason
    article = analyse_all(place_stage, actors, "Matias Romero said the caravan would move on.")
    assert all(m.text != "Matias Romero" for p in article.places for m in p.mentions)


def test_generic_words_at_the_end_of_a_name_are_no_regions(analyse_places):
    article = analyse_places(
        'They marched to the "No. 2 Detention Centre" and past Ronald Wilson Reagan Middle.'
    )
    assert all(m.text not in ("Centre", "Middle") for p in article.places for m in p.mentions)


def test_a_large_state_is_not_placed_on_its_main_city(analyse_places):
    # the regions' source puts New York state on New York City; GeoNames' state point is 43.0, -75.5
    article = analyse_places("Farmers in upstate New York and Pennsylvania lost much of the harvest.")
    state, _ = at(article, "New York")
    assert state.kind == "region" and state.country == "USA"
    assert 41.5 < state.lat < 43.5 and -76.5 < state.lon < -74.5
    article = analyse_places("Coffee growers in São Paulo state and Minas Gerais expect a smaller crop.")
    state, _ = at(article, "São Paulo")
    assert state.kind == "region" and -23.0 < state.lat < -21.5 and -49.5 < state.lon < -47.5


@pytest.mark.parametrize(
    ("text", "name", "point"),
    [
        # GeoNames' points (the corpora's): the middle of the state, not its most-visited part
        ("Voters in Florida and Alabama head to the polls on Tuesday.", "Florida", (28.75, -82.50)),
        ("Tourism in Hawaii fell after the fires, officials in Honolulu said.", "Hawaii", (20.79, -156.39)),
        ("Wildfire smoke from California reached Nevada by the weekend.", "California", (37.25, -119.75)),
        ("Farm income in Michigan and Ohio dropped last year.", "Michigan", (44.25, -85.50)),
        ("Mining towns across Western Australia and the Northern Territory are hiring.", "Western Australia", (-25.0, 122.0)),
    ],
)
def test_a_state_stands_at_the_middle_of_its_area(analyse_places, text, name, point):
    place, _ = at(analyse_places(text), name)
    assert place.kind == "region"
    assert haversine_km(place.lat, place.lon, *point) < 80


def test_a_city_region_stays_on_its_city(analyse_places):
    article = analyse_places("Schools in Lagos state and Ogun state reopened on Monday.")
    state, _ = at(article, "Lagos")
    assert state.kind == "region" and abs(state.lat - 6.45) < 0.5 and abs(state.lon - 3.39) < 0.5


def test_a_bare_name_is_the_county_the_article_names_in_full(analyse_places):
    text = (
        "Police in Suffolk County, New York, searched the marshes near Southold on Sunday. "
        "Officers in Suffolk said the search would go on for a week."
    )
    article = analyse_places(text)
    county, _ = at(article, "Suffolk", 1)
    assert county.country == "USA" and 40.5 < county.lat < 41.3 and -73.5 < county.lon < -72.0


def test_a_capital_keeps_its_name_beside_a_county_named_after_it(analyse_places):
    text = "Farmers in Washington County, Ohio, asked Washington for help after the floods."
    article = analyse_places(text)
    city, _ = at(article, "Washington", 1)
    assert city.kind == "city" and abs(city.lat - 38.9) < 0.3 and abs(city.lon + 77.0) < 0.3


def test_arabic_town_names_without_their_article(analyse_places):
    # GeoNames has "Al Qāmishlī" and "Ar Raqqah"; the news writes "Qamishli" and "Raqqah"
    article = analyse_places("Fighting broke out in Qamishli on Tuesday, and aid reached Raqqah.")
    town, _ = at(article, "Qamishli")
    assert town.country == "SYR" and town.kind == "city" and "alternate name" in town.reason
    assert at(article, "Raqqah")[0].country == "SYR"


def test_only_long_names_lose_their_arabic_article():
    from dyad.extract.places.sources import _without_article

    assert _without_article(["Al-Qamishli", "As Sulaymaniyah", "At Tall", "Al Bab", "Alexandria"]) == [
        "Qamishli",
        "Sulaymaniyah",
    ]


def test_a_place_that_qualifies_a_persons_description(place_stage, actors):
    article = analyse_all(
        place_stage, actors, "\"I'm more of a Carl's Jr. person,\" the 52-year-old Tucson woman told Knight Ridder."
    )
    assert any(m.text == "the 52-year-old Tucson woman" for a in article.actors for m in a.mentions)
    place, mention = at(article, "Tucson")
    assert place.country == "USA" and 31.9 < place.lat < 32.5 and not mention.metonym


def test_the_places_after_commas_in_an_organisations_name():
    from dyad.extract.places.mentions import _name_ends

    name = "Barangays of Santa Maria, Davao del Sur"
    parts = [name[s:e] for s, e in _name_ends(name)]
    assert "Davao del Sur" in parts and "Santa Maria" in parts


def test_initials_of_a_place_the_article_names(analyse_places):
    article = analyse_places(
        "Millions of South Africans depend on the mines. That SA holds vast reserves of platinum is "
        "known. NO SALE, the sign said.",
    )
    place, _ = at(article, "SA")
    assert place.kind == "country" and place.country == "ZAF"
    assert all(m.text != "NO" for p in article.places for m in p.mentions)
    # at a sentence's end too
    article = analyse_places("Platinum from South Africa fell. Few mines remain in the north of SA. Prices rose.")
    assert at(article, "SA")[0].country == "ZAF"


def test_initials_need_the_place_named_in_full(analyse_places):
    article = analyse_places("Farmers said SA holds vast reserves of platinum.")
    assert all(m.text != "SA" or p.country == "AUS" for p in article.places for m in p.mentions)


def test_a_metropolis_tagged_an_organisation(analyse_places):
    article = analyse_places(
        "While Sydney's spring carnival has been cancelled, Melbourne's is expected to go ahead this weekend.",
    )
    place, _ = at(article, "Melbourne")
    assert place.country == "AUS" and place.lat < -37


def test_a_town_named_before_a_place_noun_or_after_a_locative(analyse_places):
    article = analyse_places(
        "Heze city alone has registered 1,700 cases. Rescuers flew to Temryuk overnight."
    )
    assert at(article, "Heze")[0].country == "CHN"
    assert at(article, "Temryuk")[0].country == "RUS"
    article = analyse_places("Protesters took aim at Scott Pruitt's policy decisions on Thursday.")
    assert all(m.text != "Scott" for p in article.places for m in p.mentions)


def test_a_place_that_spacy_tags_a_person_now_and_then(place_stage, actors):
    article = analyse_all(
        place_stage,
        actors,
        "Some 1,700 asylum seekers wait in Samos, the island's mayor said. With Samos's economy in "
        "ruins, few shops serve them. Aid workers in Samos agree.",
    )
    assert any(a.kind == "person" and a.mentions[0].text == "Samos" for a in article.actors)
    place, _ = at(article, "Samos", 1)
    assert place.country == "GRC"


def test_the_arabic_article_of_a_hyphened_name_is_no_state_code(analyse_places):
    article = analyse_places("Aid reached the Al-Qusairat camp on Monday.")
    assert all(p.name != "Alabama" for p in article.places)


def test_a_country_inside_an_organisations_name(place_stage, actors):
    article = analyse_all(
        place_stage, actors, "Tim Strauss, vice president of Air Canada Cargo, said the flights were full."
    )
    place, mention = at(article, "Canada")
    assert place.kind == "country" and mention.metonym
    article = analyse_all(place_stage, actors, "Shares of the Michael Jordan Foundation rose.")
    assert all(m.text != "Jordan" for p in article.places for m in p.mentions)


def test_a_street_with_no_place_named_lies_in_the_articles_town(place_stage, actors):
    article = analyse_all(
        place_stage,
        actors,
        "Police closed Dubonet Drive after a crash on Friday, officials in Mississauga said. Drivers "
        "were told to use Eglinton Avenue West instead.",
    )
    town, _ = at(article, "Mississauga")
    for name in ("Dubonet Drive", "Eglinton Avenue West"):
        street, _ = at(article, name)
        assert street.kind == "site" and (street.lat, street.lon) == (town.lat, town.lon)
        assert "a street of Mississauga" in street.reason


def test_a_site_then_a_comma_and_in(analyse_places):
    article = analyse_places("A stall operator on Camac Street, in Calcutta, said business was slow.")
    site, _ = at(article, "Camac Street")
    assert site.country == "IND" and "a site in" in site.reason


def test_a_region_amid_a_longer_organisations_name(place_stage, actors):
    article = analyse_all(
        place_stage,
        actors,
        "The Marine Energy Wales Annual Conference aims to showcase the progress made in tidal power.",
    )
    place, mention = at(article, "Wales")
    assert place.country == "GBR" and mention.metonym


def test_informal_regions_of_local_and_world_news(analyse_places):
    article = analyse_places(
        "Storms hit the Gulf Coast, while the Bay Area stayed dry. Commuters on Long Island faced "
        "delays. Fighting resumed in Nagorno-Karabakh and in Chechnya.",
    )
    gulf, _ = at(article, "Gulf Coast")
    assert gulf.country == "USA" and 28 < gulf.lat < 31  # not the Persian Gulf
    island, _ = at(article, "Long Island")
    assert island.country == "USA" and 40.5 < island.lat < 41.2  # not the Bahamas' Long Island
    assert at(article, "Bay Area")[0].country == "USA"
    assert at(article, "Nagorno-Karabakh")[0].country == "AZE"
    chechnya, _ = at(article, "Chechnya")
    assert chechnya.kind == "region" and chechnya.country == "RUS"


def test_a_region_with_its_region_word_is_no_person(place_stage, actors):
    article = analyse_all(
        place_stage, actors, "Lagos State announced a curfew. Amur Oblast said the fires were contained."
    )
    assert {a.kind for a in article.actors if a.mentions[0].text in ("Lagos State", "Amur Oblast")} == {
        "organization",
        "person",
    }
    lagos, mention = at(article, "Lagos State")
    assert lagos.kind == "region" and lagos.country == "NGA" and mention.metonym
    amur, mention = at(article, "Amur Oblast")
    assert amur.kind == "region" and amur.country == "RUS" and not mention.metonym


def test_a_street_lies_in_the_bigger_of_two_towns_named_as_often(place_stage, actors):
    article = analyse_all(
        place_stage, actors, "Officers from Peel joined police in Mississauga to close Dubonet Drive on Friday."
    )
    street, _ = at(article, "Dubonet Drive")
    assert "a street of Mississauga" in street.reason


def test_a_street_or_river_lies_in_the_town_most_places_lie_near_of_two_named_as_often(place_stage, actors):
    # Westport and Dublin are named twice each; the story's other places lie near Westport
    article = analyse_all(
        place_stage,
        actors,
        "Councillors in Westport want to close Bridge Street to cars in summer. Buses from Castlebar and "
        "Newport would stop at the quay, and visitors from Dublin could park outside Westport. Traders said "
        "the plan would suit Dublin day-trippers.",
    )
    street, _ = at(article, "Bridge Street")
    assert haversine_km(street.lat, street.lon, 53.80, -9.52) < 20, street.reason


def test_other_names_of_big_cities(analyse_places):
    article = analyse_places("Flights from NYC were cancelled. He moved to NOLA after a decade in Ohio.")
    nyc, _ = at(article, "NYC")
    assert nyc.country == "USA" and 40.5 < nyc.lat < 41
    assert at(article, "NOLA")[0].name == "New Orleans"
    article = analyse_places("HIV cases rose. The Shreveport, LA, office closed.")
    assert at(article, "LA")[0].name == "Louisiana"


def test_a_whole_name_spacy_took_for_an_organisation(place_stage, actors):
    article = analyse_all(place_stage, actors, "The Baton Rouge, LA, office closed on Friday.")
    town, _ = at(article, "Baton Rouge")
    assert town.country == "USA" and 30 < town.lat < 31
    assert at(article, "LA")[0].name == "Louisiana"


def test_a_town_named_by_its_possessive_future_but_not_a_person(place_stage, actors):
    article = analyse_all(
        place_stage, actors, "Some residents now fear for Dubbo’s future and for Hoorn’s economy as the mills shut."
    )
    assert at(article, "Dubbo")[0].country == "AUS"
    assert at(article, "Hoorn")[0].country == "NLD"
    article = analyse_all(
        place_stage, actors, "Senator Elizabeth Warren spoke on Monday. Warren's future was debated."
    )
    assert not any(m.text == "Warren" for p in article.places for m in p.mentions)


def test_an_abbreviated_saint_or_mount_is_the_written_out_name(analyse_places):
    """GeoNames writes "Saint-Marc" and "Sainte Genevieve" where news writes "St." and "Ste."."""
    gaz = load_gazetteer()
    assert any(e.country == "HTI" for e, _ in gaz.lookup("St. Marc"))
    assert "Ste. Genevieve" in gaz and "St Marc" in gaz
    assert "St. Nowhereville" not in gaz
    article = analyse_places("Floods cut the road between Gonaives and St. Marc in Haiti on Monday.")
    place, _ = at(article, "St. Marc")
    assert place.country == "HTI"


def test_a_hyphened_county_is_not_its_first_city(analyse_places):
    article = analyse_places("The Miami-Dade County mayor said the storm closed schools on Monday.")
    place, _ = at(article, "Miami-Dade County")
    assert place.kind == "region" and place.country == "USA"
    assert not [m for p in article.places for m in p.mentions if m.text == "Miami"]


def test_every_composed_region_is_made_of_places_the_gazetteer_has():
    """Each member of composed_regions.tsv is found (a typo would silently move a region)."""
    from dyad.extract.places.entries import read_tsv
    from dyad.extract.places.sources import member_rows

    rows = load_gazetteer().rows
    for name, _aliases, _kind, _iso3, members in read_tsv("composed_regions.tsv"):
        for member in members.split("|"):
            assert member_rows(rows, member.lstrip("-")), f"{name}: {member} is not in the gazetteer"


def test_a_composed_region_stands_at_its_members_mean_point():
    from dyad.extract.places.sources import member_rows

    rows = [
        ("Alpha County", "region", "USA", 40.0, -100.0, 0, None, False, "Kansas"),
        ("Beta County", "region", "USA", 42.0, -102.0, 0, None, False, "Kansas"),
        ("Gamma", "city", "USA", 10.0, 10.0, 900, 1, False, "Kansas"),
    ]
    assert [r[0] for r in member_rows(rows, "*@USA/Kansas")] == ["Alpha County", "Beta County"]  # no town
    assert [r[0] for r in member_rows(rows, "*@USA/Kansas|-Beta County@USA/Kansas")] == ["Alpha County"]
    assert [r[0] for r in member_rows(rows, "Gamma@USA/Kansas")] == ["Gamma"]
    gaz = load_gazetteer()
    island = next(
        e for e, alt in gaz.lookup("Long Island") if e.country == "USA" and e.name == "Long Island" and e.kind != "city"
    )  # not the post offices of Kansas, Maine and Virginia
    nassau, suffolk = (
        next(e for e, _ in gaz.lookup(n) if e.within == "New York")
        for n in ("Nassau County", "Suffolk County")
    )
    assert abs(island.lat - (nassau.lat + suffolk.lat) / 2) < 1e-3
    assert abs(island.lon - (nassau.lon + suffolk.lon) / 2) < 1e-3


def test_names_before_a_plural_region_word_are_those_regions(analyse_places):
    """Local news lists counties and parishes with one plural word: each name is its region,
    not a namesake town ("Cook" is no town in Australia)."""
    article = analyse_places("Voters in Cook and DuPage counties approved the levy.")
    cook, _ = at(article, "Cook")
    assert cook.name == "Cook County" and cook.country == "USA"
    assert at(article, "DuPage")[0].name == "DuPage County"
    article = analyse_places("Officials in Orleans, Jefferson and Plaquemines parishes ordered evacuations.")
    assert {at(article, n)[0].name for n in ("Orleans", "Jefferson", "Plaquemines")} == {
        "Orleans Parish",
        "Jefferson Parish",
        "Plaquemines Parish",
    }
    assert all(at(article, n)[0].country == "USA" for n in ("Orleans", "Jefferson"))



@pytest.mark.parametrize(
    ("text", "name", "point"),
    [
        # a division named after its main town, written as news spells the town ("Khurda" is
        # GeoNames' Khordha; "Sar-i-Pul" its Sar-e Pul), listed with regions of its country
        ("Rain is expected over Gajapati, Khurda and Puri districts of Odisha on Friday.", "Khurda", (20.18, 85.62)),
        ("Results came in from Kapisa, Parwan and Sar-i-Pul provinces on Sunday.", "Sar-i-Pul", (36.22, 65.93)),
    ],
)
def test_a_town_listed_before_a_plural_region_word_is_its_division(place_stage, actors, text, name, point):
    place, _ = at(analyse_all(place_stage, actors, text), name)
    assert haversine_km(place.lat, place.lon, *point) < 60

def test_a_county_the_article_names_settles_its_towns_state(analyse_places):
    """Albany, Georgia, not New York's capital, where the article names Dougherty County; and
    the small Leesburg by it, not Virginia's bigger one."""
    article = analyse_places(
        "The Albany City Council met on Monday. Residents from Leesburg and Dougherty County asked for buses.",
    )
    albany, _ = at(article, "Albany")
    leesburg, _ = at(article, "Leesburg")
    assert albany.country == "USA" and 31 < albany.lat < 32.2
    assert 31 < leesburg.lat < 32.2 and "near" in leesburg.reason


def test_a_locative_governs_the_names_listed_after_its_place(analyse_places):
    """ "near Joplin and Carthage": Carthage, untagged, is a place as Joplin is."""
    article = analyse_places("A Springfield woman was hurt in a crash on Route 66 near Joplin and Carthage.")
    carthage, _ = at(article, "Carthage")
    assert carthage.country == "USA" and 36.5 < carthage.lat < 37.5


def test_a_listed_name_that_acts_as_a_person_is_no_place(place_stage, actors):
    article = analyse_all(
        place_stage, actors, "Officials met in Joplin and Smith, who chairs the board, spoke first."
    )
    assert not [m for p in article.places for m in p.mentions if m.text == "Smith"]
    assert at(article, "Joplin")[0].country == "USA"


def test_former_provinces_that_news_still_names(analyse_places):
    """Kenya's provinces (until 2013) and the Congo's (until 2015), at their successors' mean point."""
    article = analyse_places(
        "Cholera cases rose in Nyanza Province and in the Rift Valley, Kenyan officials said. "
        "In the Congo, doctors were sent to Orientale and to Kasai Occidental.",
    )
    nyanza, _ = at(article, "Nyanza Province")
    assert nyanza.country == "KEN" and nyanza.kind == "region" and -1.5 < nyanza.lat < 0.5
    assert at(article, "Rift Valley")[0].country == "KEN"
    orientale, _ = at(article, "Orientale")
    assert orientale.country == "COD" and orientale.lat > 0
    assert at(article, "Kasai Occidental")[0].country == "COD"


def test_a_region_by_its_english_name_where_the_package_gives_the_local_one(analyse_places):
    """countrystatecity names Indonesia's provinces in Indonesian ("Jawa Barat"); news says West Java."""
    article = analyse_places(
        "Two more bird flu deaths were confirmed in West Java and in Brittany this week."
    )
    java, _ = at(article, "West Java")
    assert java.country == "IDN" and java.kind == "region" and -8 < java.lat < -6
    brittany, _ = at(article, "Brittany")
    assert brittany.country == "FRA" and brittany.kind == "region"


def test_the_state_of_x_is_the_region(analyse_places):
    article = analyse_places("The first case was found in the state of Washington, far from the capital.")
    place, _ = at(article, "Washington")
    assert place.kind == "region" and place.lat > 45


def test_a_list_of_regions_is_no_town_in_its_state(analyse_places):
    """ "in Washington, Pennsylvania and California" lists states; "Decatur, Ala., and Atlanta"
    still puts Decatur in Alabama."""
    article = analyse_places("Officials are investigating cases in Washington, Pennsylvania and California.")
    assert at(article, "Washington")[0].kind == "region"
    article = analyse_places("Crews were sent to Decatur, Ala., and Atlanta on Sunday.")
    decatur, _ = at(article, "Decatur")
    assert decatur.kind == "city" and 34 < decatur.lat < 35 and "qualified by Alabama" in decatur.reason


def test_englands_regions(analyse_places):
    article = analyse_places("Hospitals in the West Midlands and in South West England reported more cases.")
    midlands, _ = at(article, "West Midlands")
    assert midlands.country == "GBR" and 52 < midlands.lat < 53.5  # not Zimbabwe's Midlands
    south_west, _ = at(article, "South West England")
    assert south_west.country == "GBR" and south_west.lat < 52


def test_a_part_of_a_town_after_its_possessive_stands_at_the_town(analyse_places):
    """ "Chicago's South Side" is no town called South Side in New York."""
    article = analyse_places("Police in Chicago's South Side reported three shootings overnight.")
    side, _ = at(article, "South Side")
    chicago, _ = at(article, "Chicago")
    assert (side.lat, side.lon) == (chicago.lat, chicago.lon) and "a part of Chicago" in side.reason


def test_an_abbreviated_county(place_stage, actors):
    """ "Hamilton Co." is Hamilton County, as AP style writes it; a company the knowledge base
    knows is not."""
    article = analyse_all(
        place_stage, actors, "Springfield trustees met on Monday with Hamilton Co. commissioners in Ohio."
    )
    place, _ = at(article, "Hamilton Co.")
    assert place.name == "Hamilton County" and place.country == "USA"


def test_a_town_called_x(place_stage, actors):
    article = analyse_all(
        place_stage, actors, "The toads died in central Denmark, in a town called Lasby, near a lake."
    )
    place, _ = at(article, "Lasby")
    assert place.country == "DNK" and place.kind == "city"


def test_a_state_abbreviation_in_a_based_compound(analyse_places):
    article = analyse_places("The Knoxville, Tenn.-based company hired 40 workers last spring.")
    place, mention = at(article, "Tenn.")
    assert place.name == "Tennessee" and mention.end - mention.start == len("Tenn.")


def test_an_island_named_with_a_region_word(analyse_places):
    """ "Sumatra province": no province is so called; the island is meant, not nothing."""
    article = analyse_places("Three children from northern Sumatra province are in hospital in Medan.")
    place, _ = at(article, "Sumatra province")
    assert place.country == "IDN" and -6 < place.lat < 6


def test_a_county_named_with_its_word_whatever_the_tags(place_stage, actors):
    # spaCy tags "Anne" a person and "Arundel County" a place; the actors stage makes "Anne" and
    # "Anne Arundel" one person
    article = analyse_all(
        place_stage,
        actors,
        "BALTIMORE — Anne Arundel County police are searching for a missing teenager. "
        "It was the third case in north Anne Arundel this month.",
    )
    assert at(article, "Anne Arundel County")[0].kind == "region"
    assert at(article, "Anne Arundel", 1)[0].name == "Anne Arundel County"


def test_a_named_county_by_its_name_alone(place_stage, actors):
    article = analyse_all(
        place_stage,
        actors,
        "Deputies in Anne Arundel County made two arrests. Later, Anne Arundel police said the men had fled.",
    )
    place, _ = at(article, "Anne Arundel", 1)
    assert place.name == "Anne Arundel County"


def test_an_irish_county_before_its_name(place_stage, actors):
    article = analyse_all(
        place_stage,
        actors,
        "Flooding closed roads in Ballina, Co Mayo, on Tuesday, and a bridge in Co. Kerry was shut.",
    )
    assert (at(article, "Co Mayo")[0].name, at(article, "Co Mayo")[0].kind) == ("Mayo", "region")
    assert at(article, "Co. Kerry")[0].country == "IRL"


def test_the_town_in_a_persons_description(place_stage, actors):
    article = analyse_all(place_stage, actors, "Two Lithonia teens were charged with burglary on Friday.")
    assert at(article, "Lithonia")[0].country == "USA"
    article = analyse_all(place_stage, actors, "A 33-year-old Thompson man was charged on Monday.")
    assert at(article, "Thompson")[0].kind == "city"  # a family name too
    article = analyse_all(place_stage, actors, "The Clinton children arrived with their father on Friday.")
    assert not article.places  # after "the": a family, no town's people


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # a trade people ply on their own account in their town
        ("A Statesboro dentist was charged in Savannah on Tuesday.", "Statesboro"),
        ("A Kent landlord was fined $5,000 by a judge in Ravenna, Ohio.", "Kent"),
    ],
)
def test_the_town_before_a_trade_of_ones_own(place_stage, actors, text, town):
    assert at(analyse_all(place_stage, actors, text), town)[0].country == "USA"


def test_a_listed_town_spacy_calls_a_person(place_stage, actors):
    article = analyse_all(
        place_stage, actors, "Trains between Solihull and Stratford-upon-Avon were replaced by buses."
    )
    assert at(article, "Stratford-upon-Avon")[0].country == "GBR"
    article = analyse_all(place_stage, actors, "Mayor Fargo said the council would meet again in Akron next week.")
    assert [m.text for p in article.places for m in p.mentions] == ["Akron"]


def test_a_capitalised_direction_is_part_of_a_street_name(place_stage, actors):
    article = analyse_all(place_stage, actors, "The man was found on West Street in Drogheda shortly after 2am.")
    assert "Street" not in [p.name for p in article.places]


def test_a_town_spacy_tags_an_organisation_or_person_near_the_storys_places(place_stage, actors):
    article = analyse_all(
        place_stage, actors, "Phoenix and Tempe will keep their water, while Mesa is buying rights from farmers."
    )
    assert at(article, "Mesa")[0].country == "USA"
    article = analyse_all(place_stage, actors, "Floods hit Bradford and Leeds, and Keighley was cut off for a day.")
    assert at(article, "Keighley")[0].country == "GBR"
    # a town by the spelling news gives it, another spelling of its GeoNames name (Qabāţīyah, Janīn;
    # Calbayog City), near places named so too
    article = analyse_all(place_stage, actors, "Troops raided homes in Nablus and in nearby Qabatiya on Friday, witnesses said.")
    assert at(article, "Qabatiya")[0].country == "PSE"
    article = analyse_all(place_stage, actors, "Schools in Catbalogan and Calbayog stayed shut as the storm crossed Samar.")
    assert at(article, "Calbayog")[0].country == "PHL"
    # one who speaks is a person, though a town near by bears the name
    article = analyse_all(
        place_stage, actors, "“We were lucky,” Chandler said after the game in Tempe and Phoenix."
    )
    assert "Chandler" not in [m.text for p in article.places for m in p.mentions]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # the coreference stage linked a pronoun of another speaker to the town's "person"
        ("Keizer has not decided, he said, though Salem approved the measure Tuesday.", "Keizer"),
        ('"Hartselle is next," he said of the plan, which Decatur approved on Monday.', "Hartselle"),
        ("Opelika has its own plan, he said, but officials in Auburn, Ala., are waiting.", "Opelika"),
    ],
)
def test_a_town_tagged_a_person_that_a_pronoun_was_linked_to(place_stage, actors, text, town):
    assert at(analyse_all(place_stage, actors, text), town)[0].country == "USA"


def test_a_person_who_speaks_by_name_is_no_town_whatever_pronouns_follow(place_stage, actors):
    # guard: the name itself speaks
    article = analyse_all(place_stage, actors, "Keizer said he would run again, and voters in Salem cheered.")
    assert "Keizer" not in [m.text for p in article.places for m in p.mentions]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        # a proper noun spaCy tagged nothing, a town's own name near the story's places
        ("Waynesboro approved the budget, while Staunton, Va., delayed its vote.", "Waynesboro"),
        ("Fayetteville and Springdale, Ark., will share a new bus line.", "Fayetteville"),
    ],
)
def test_an_untagged_town_near_the_storys_places(place_stage, actors, text, town):
    assert at(analyse_all(place_stage, actors, text), town)[0].country == "USA"


def test_an_untagged_town_name_far_from_the_storys_places_is_not_taken(place_stage, actors):
    # guard: nothing the story names lies near Waynesboro
    article = analyse_all(place_stage, actors, "Waynesboro approved the budget, while Fresno, Calif., delayed its vote.")
    assert "Waynesboro" not in [m.text for p in article.places for m in p.mentions]


@pytest.mark.parametrize(
    ("text", "town", "point"),
    [
        # towns listed before a plural of their offices, the first after "the"
        ("The Logan and Circleville police departments searched for the driver.", "Logan", (39.54, -82.41)),
        ("The Stow and Hudson school districts will share a bus garage near Akron, Ohio.", "Stow", (41.16, -81.44)),
    ],
)
def test_towns_listed_before_their_offices(place_stage, actors, text, town, point):
    place, _ = at(analyse_all(place_stage, actors, text), town)
    assert haversine_km(place.lat, place.lon, *point) < 50


def test_parties_listed_before_their_offices_are_no_towns(place_stage, actors):
    article = analyse_all(place_stage, actors, "The Democratic and Republican county boards met on Monday.")
    assert not article.places


@pytest.mark.parametrize(
    ("text", "town", "point"),
    [
        # a town named like a given name, tagged a person, listed with a place of the story
        ("Officials in Calhoun, Ga., said Dalton and Ringgold will share the cost.", "Dalton", (34.77, -84.97)),
        # a big city spaCy tagged nothing, listed with a place
        ("Storms will reach Melbourne and Adelaide on Friday, forecasters said.", "Adelaide", (-34.93, 138.60)),
    ],
)
def test_a_town_named_like_a_given_name_listed_with_a_place(place_stage, actors, text, town, point):
    place, _ = at(analyse_all(place_stage, actors, text), town)
    assert haversine_km(place.lat, place.lon, *point) < 50


def test_a_child_named_like_a_town_who_speaks_is_no_place(place_stage, actors):
    article = analyse_all(place_stage, actors, "Dalton and Tyler, two boys from Calhoun, Ga., said they loved the fair.")
    names = [m.text for p in article.places for m in p.mentions]
    assert "Dalton" not in names  # spaCy tags "Tyler" a place here, as it does on main


def test_a_township_by_its_town(place_stage, actors):
    article = analyse_all(
        place_stage, actors, "Police in Mount Laurel Twp. said the driver fled toward Cherry Hill."
    )
    assert at(article, "Mount Laurel")[0].country == "USA"
    article = analyse_all(place_stage, actors, "Supervisors in Lower Paxton Township met on Monday.")
    assert not article.places  # no "Paxton" elsewhere


def test_english_words_that_name_towns_or_regions_elsewhere(place_stage, actors):
    article = analyse_all(
        place_stage, actors, "Metro Detroit schools closed Friday as Wayne County braced for ice."
    )
    assert [p.name for p in article.places] == ["Detroit", "Wayne County"]
    article = analyse_all(place_stage, actors, "Rivers rose near Napier and Hastings on Tuesday.")
    assert "Rivers" not in [p.name for p in article.places]


def test_informal_regions_of_us_local_news(place_stage, actors):
    article = analyse_all(
        place_stage,
        actors,
        "Flooding hit South Jersey and the Southern Tier, while the Texas Panhandle stayed dry.",
    )
    places = {m.text: p for p in article.places for m in p.mentions}
    assert places["South Jersey"].country == "USA"  # not the island of Jersey
    assert 41.5 < places["Southern Tier"].lat < 43  # New York's, made of its counties
    assert 34 < places["Texas Panhandle"].lat < 37


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Carlisle MP Julie Minns called for help for businesses in the town.", "Carlisle", "GBR"),
        ("Ballarat MP Catherine King visited the site on Monday.", "Ballarat", "AUS"),
        ("Keighley councillor Sam Lee said the roads were dangerous.", "Keighley", "GBR"),
        # police ranks and forces of India, Canada, Australia and the UK after the town they serve
        ("Bareilly SP Rohit Singh said the men had been sent to jail.", "Bareilly", "IND"),
        ("Police said Kairana SHO Rajesh Yadav had been suspended.", "Kairana", "IND"),
        ("Camrose RCMP Cpl. Dan Ortiz said the driver was not hurt.", "Camrose", "CAN"),
        ("The crash was investigated by Orillia OPP, police said.", "Orillia", "CAN"),
        ("Toowoomba Chief Superintendent Mark Kelly said two officers were hurt.", "Toowoomba", "AUS"),
        ("Shepparton Detective Sergeant Tom Wills said two men were charged.", "Shepparton", "AUS"),
        ("Kendal Constable Ann Ward found the car abandoned.", "Kendal", "GBR"),
    ],
)
def test_a_town_before_its_members_title(place_stage, actors, text, name, country):
    place, _ = at(analyse_all(place_stage, actors, text), name)
    assert place.kind == "city" and place.country == country


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a province before a national force: the province, its abbreviation alone though it is
        ("Sask. RCMP said two men from Regina were charged.", "Sask.", "Saskatchewan"),
        ("Alta. RCMP said the highway was closed for six hours.", "Alta.", "Alberta"),
        # a town the gazetteer knows only in another country: a village of the story's town, or none
        ("Quinton RCMP said a man from Saskatoon was held in Saskatoon after a chase in Saskatoon.", "Quinton", (52.13, -106.67)),
        ("Harrison RCMP said the hiker was found alive. Officers from Leduc and Edmonton helped.", "Harrison", None),
    ],
)
def test_a_place_before_a_national_force_lies_in_its_country(place_stage, actors, text, name, expected):
    """RCMP, OPP, SHO, SSP are one country's: the place before them lies there, never in the
    United States (Harrison, N.Y.; Quinton, Okla.)."""
    article = analyse_all(place_stage, actors, text)
    found = [(p, m) for p in article.places for m in p.mentions if m.text == name]
    if expected is None:
        assert not found
    elif isinstance(expected, str):
        assert found and found[0][0].name == expected
    else:
        assert found and found[0][0].country == "CAN"
        assert abs(found[0][0].lat - expected[0]) < 0.1 and abs(found[0][0].lon - expected[1]) < 0.1


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a South Asian police post before the district or division it commands, no person between
        ("After the attack, SSP Lahore ordered an inquiry within a day.", "Lahore", "PAK"),
        ("SP Model Town was told to file a report on the raid by Friday.", "Model Town", "PAK"),
        ("The DIG (Operations) of police Multan visited the wounded on Sunday.", "Multan", "PAK"),
        # no place where the word after the post is a given name, or no town of those countries
        ("SP Anil Kumar said the accused had fled.", "Anil", None),
        ("After the raid, SP Cantonment said three men had been held.", "Cantonment", None),
    ],
)
def test_the_district_a_police_post_commands(place_stage, actors, text, name, country):
    article = analyse_all(place_stage, actors, text)
    found = [(p, m) for p in article.places for m in p.mentions if m.text.startswith(name)]
    if country is None:
        assert not found
    else:
        assert found and found[0][0].country == country


def test_a_word_before_a_national_force_is_no_village(place_stage, actors):
    article = analyse_all(place_stage, actors, "Local RCMP said a man from Saskatoon was held in Saskatoon near Saskatoon.")
    assert "Local" not in [m.text for p in article.places for m in p.mentions]


@pytest.mark.parametrize(
    ("text", "name", "placed"),
    [
        # a person's surname alone after the full name is that person, whatever words stand before it
        (
            "Officers said Maria Ann Tyler, 30, of Rome, Ga., was hurt. The report states Tyler was not wearing "
            "a seat belt.",
            "Tyler",
            False,
        ),
        (
            "Deputies said Kevin Lee Marion, 41, of Dayton crossed the center line. The report states Marion was "
            "speeding.",
            "Marion",
            False,
        ),
        (
            "Jason R. Paris, 28, of Lima was charged with arson. Paris remains held at the Allen County Jail.",
            "Paris",
            False,
        ),
        # a town of the name stays one after a locative word or before its state
        (
            "Deputies arrested Kyle Brandon Tyler of Rome. He was taken to a hospital in Tyler, Texas.",
            "Tyler",
            True,
        ),
    ],
)
def test_a_persons_surname_after_the_full_name_is_the_person(place_stage, actors, text, name, placed):
    article = analyse_all(place_stage, actors, text)
    assert any(m.text == name for p in article.places for m in p.mentions) == placed


def test_a_party_before_a_members_title_is_no_place(place_stage, actors):
    article = analyse_all(place_stage, actors, "Labour MP Jess Phillips and Independent councillor Sam Lee disagreed.")
    assert not article.places


def test_a_states_initials_where_the_article_names_it_in_full(place_stage, actors):
    text = "Farmers in western UP blocked a highway. Police in Meerut, Uttar Pradesh, cleared it."
    place, _ = at(analyse_all(place_stage, actors, text), "UP")
    assert place.name == "Uttar Pradesh"
    for text in ("Deer hunters in Michigan's UP had a good season.", "SHAKE UP AT CITY HALL AS MAYOR QUITS"):
        assert "UP" not in [m.text for p in analyse_all(place_stage, actors, text).places for m in p.mentions]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Fires burned across regional NSW. Police said two homes were lost.", "New South Wales"),
        ("Farmers blocked a highway in western UP. Police in Meerut, Uttar Pradesh, cleared it.", "Uttar Pradesh"),
    ],
)
def test_capitals_ending_a_sentence_before_a_capitalised_word(place_stage, actors, text, name):
    """The full stop after "NSW" ends the sentence: no run "NSW. Police" hides the region."""
    place, _ = at(analyse_all(place_stage, actors, text), text.split(".")[0].split()[-1])
    assert place.name == name


def test_a_speakers_name_before_a_colon_is_no_dateline(place_stage, actors):
    article = analyse_all(place_stage, actors, "Lee: We will rebuild the bridge.\n\nKim: When?\n\nLee: Next year.")
    assert not article.places


@pytest.mark.parametrize(
    ("text", "name", "point"),
    [
        # a lawmaker's home town after the party's letter
        ("Sen. Mike Wilson, R-Bowling Green, sponsored the bill in Frankfort.", "Bowling Green", (36.99, -86.44)),
        ("State Rep. Angie Hatton, D-Whitesburg, voted against it.", "Whitesburg", (37.12, -82.83)),
        # a county court named without "County": the county, not a far town of the name
        ("A Bowling Green man was charged in Warren Circuit Court on Monday.", "Warren", (36.94, -86.41)),
        ("The Daviess Fiscal Court approved the budget for Owensboro.", "Daviess", (37.74, -87.12)),
        # "through" is a locative word: a town spaCy tags a person after it
        ("The driver fled south through Baxter and onto Highway 10 toward Little Falls.", "Baxter", (46.34, -94.29)),
        # a survivor's town, the tagger taking given name and town for one person or organisation
        ("She is survived by a daughter, Karen of Findlay, and a son, Mike of Lima.", "Findlay", (41.04, -83.65)),
        ("Preceded in death by a brother, Edward of Sheboygan.", "Sheboygan", (43.75, -87.71)),
        ("A son, Carl of Kokomo, and a daughter, Amy of Peru, survive.", "Kokomo", (40.49, -86.13)),
    ],
)
def test_local_news_forms_of_us_towns_and_counties(place_stage, actors, text, name, point):
    place, _ = at(analyse_all(place_stage, actors, text), name)
    assert haversine_km(place.lat, place.lon, *point) < 50


def test_a_town_before_its_officers_title(place_stage, actors):
    article = analyse_all(place_stage, actors, "Fritch Mayor Tom Ivy said the town had lost 40 homes.")
    assert at(article, "Fritch")[0].country == "USA"
    article = analyse_all(place_stage, actors, '"Roads are gone," said Jagna Vice-Mayor Anna Cruz in the Philippines.')
    assert at(article, "Jagna")[0].country == "PHL"
    article = analyse_all(place_stage, actors, "The man was arrested by South Simcoe Police on Sunday.")
    assert "Simcoe" not in [m.text for p in article.places for m in p.mentions]


@pytest.mark.parametrize(
    ("text", "name", "point"),
    [
        # a river stands at its mouth, as GeoNames puts streams; a lake or range at its middle
        ("Crews pulled a truck from the Cuyahoga River on Sunday, police said.", "Cuyahoga River", (41.50, -81.71)),
        ("Barges were stuck on the Missouri River after weeks without rain.", "Missouri River", (38.81, -90.12)),
        ("Salmon returns on the Columbia River were the lowest in a decade.", "Columbia River", (46.25, -124.05)),
        ("Water levels at Lake Mead fell to a record low this summer.", "Lake Mead", (36.15, -114.45)),
        ("Saltwater moved up the Mississippi River toward the city's intakes.", "Mississippi River", (29.15, -89.25)),
        ("Two men were rescued from the River Wye near Hereford on Sunday.", "River Wye", (51.61, -2.66)),
    ],
)
def test_rivers_and_lakes_of_local_news(analyse_places, text, name, point):
    place, _ = at(analyse_places(text), name)
    assert place.kind == "water"
    assert haversine_km(place.lat, place.lon, *point) < 50


@pytest.mark.parametrize(
    ("text", "name", "point"),
    [
        # a river named without its word, after "the": the river, not a town or county of its name
        ("Sandbags went up in Binghamton as the Susquehanna rose two feet overnight.", "Susquehanna", (39.54, -76.08)),
        ("Paddlers launched near Terre Haute and drifted down the Wabash to Vincennes.", "Wabash", (37.80, -88.03)),
        ("Farmers near Hawkinsville said the Ocmulgee had covered their fields.", "Ocmulgee", (31.96, -82.55)),
        ("Anglers on the Shannon near Athlone reported a record salmon.", "Shannon", (52.60, -9.50)),
        ("Cabins along the St. Croix were evacuated, Stillwater officials said.", "St. Croix", (44.75, -92.80)),
    ],
)
def test_a_river_named_without_its_word(place_stage, actors, text, name, point):
    place, _ = at(analyse_all(place_stage, actors, text), name)
    assert place.kind == "water"
    assert haversine_km(place.lat, place.lon, *point) < 50


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # guards: a noun after the name, a longer name, a word listed as no river's
        ("Members of the Ohio delegation met in Columbus on Friday.", "Ohio"),
        ("Wineries in the Hudson Valley reported a good harvest.", "Hudson"),
        ("Tourists queued for the ferry to the Rock in San Francisco.", "Rock"),
    ],
)
def test_a_bare_name_after_the_is_no_river_where_more_follows(place_stage, actors, text, name):
    article = analyse_all(place_stage, actors, text)
    assert all(p.kind != "water" for p in article.places for m in p.mentions if m.text.startswith(name))


@pytest.mark.parametrize(
    ("text", "township", "town"),
    [
        # a township called like a far town or city is one of the article's own county
        (
            "WOOSTER — Trustees in Plain Township asked Wooster council for help with the road. "
            "Wooster officials agreed.",
            "Plain",
            "Wooster",
        ),
        (
            "Residents of Washington Township packed the meeting in Lafayette on Monday. "
            "Lafayette's mayor attended.",
            "Washington",
            "Lafayette",
        ),
        # the township named more often than the town, and its word abbreviated as a dateline writes it
        (
            "XENIA, Ohio — The Perry Township trustees met on Monday. A Perry Twp. officer said the Perry Twp. "
            "levy failed, and Perry Township Fire Department asked voters again.",
            "Perry Twp.",
            "XENIA",
        ),
        ("(WALKERTON, ON) - Police in DURHAM TWP said a barn burned on Sunday near Walkerton.", "DURHAM", "Walkerton"),
        ("(KINCARDINE, ON) - Police in HURON TWP said a barn burned on Sunday near Kincardine.", "HURON", "Kincardine"),
        # a township no gazetteer knows: at the article's town
        (
            "LAFAYETTE, Ind. — Farmers in Tippecanoe Township objected at a hearing in Lafayette on Monday.",
            "Tippecanoe Township",
            "Lafayette",
        ),
    ],
)
def test_a_township_lies_by_the_articles_town(place_stage, actors, text, township, town):
    article = analyse_all(place_stage, actors, text)
    place, _ = at(article, township)
    home, _ = at(article, town)
    assert haversine_km(place.lat, place.lon, home.lat, home.lon) < 100


@pytest.mark.parametrize(
    ("text", "name", "county"),
    [
        ("Anne Arundel police said the man was arrested in Glen Burnie on Tuesday.", "Anne Arundel", "Anne Arundel County"),
        ("Gwinnett deputies arrested two teens after a chase on Tuesday.", "Gwinnett", "Gwinnett County"),
        ("Broward schools will close on Friday ahead of the storm.", "Broward", "Broward County"),
    ],
)
def test_a_county_named_without_county_before_its_offices(place_stage, actors, text, name, county):
    place, _ = at(analyse_all(place_stage, actors, text), name)
    assert place.name == county and place.country == "USA"


@pytest.mark.parametrize(
    "text",
    [
        # guards: a town of the name, a county name several states share, a person so called
        "Baltimore police arrested a man on Tuesday.",
        "Harris police said nothing about the case.",
        "Sheriff Tom Pinellas said his deputies found nothing. Pinellas deputies left.",
    ],
)
def test_a_bare_name_is_no_county_where_a_town_or_person_bears_it(place_stage, actors, text):
    article = analyse_all(place_stage, actors, text)
    assert all("County" not in p.name for p in article.places)


@pytest.mark.parametrize(
    ("text", "name", "region", "country"),
    [
        ("Victoria Premier Jacinta Allan visited Shepparton on Monday.", "Victoria", "Victoria", "AUS"),
        ("B.C. Premier David Eby spoke to reporters on Tuesday.", "B.C.", "British Columbia", "CAN"),
        ("Oregon Gov. Tina Kotek signed the bill on Friday.", "Oregon", "Oregon", "USA"),
        # a region known by another spelling (GeoNames' oblasts are "Khersonska", "Odeska")
        ("Kherson Governor Oleksandr Prokudin said two people were wounded.", "Kherson", "Khersonska", "UKR"),
        ("Odesa Governor Oleh Kiper said the port was hit overnight.", "Odesa", "Odeska", "UKR"),
    ],
)
def test_a_state_before_its_leaders_title(place_stage, actors, text, name, region, country):
    place, _ = at(analyse_all(place_stage, actors, text), name)
    assert place.kind == "region" and place.name == region and place.country == country


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        # a constituency named by its county or town and a compass word, tagged a person or a location
        ("In Kitui South, the returning officer had received every result by noon.", "Kitui", "Kitui"),
        ("Polling in Kitui West closed at five, officials said.", "Kitui", "Kitui"),
        ("In Kisumu East, the returning officer had every result by noon.", "Kisumu", "Kisumu"),
    ],
)
def test_a_division_named_by_its_place_and_a_compass_word(place_stage, actors, text, name, place):
    found, _ = at(analyse_all(place_stage, actors, text), name)
    assert found.name == place and found.country == "KEN"


@pytest.mark.parametrize(
    "text",
    [
        # guards: a person whose first name is a small town's (Kanye, Botswana) or a given name
        "Kanye West sang two songs on Friday.",
        "Adam West and Jackson North spoke on Monday.",
    ],
)
def test_a_person_named_with_a_compass_word_is_no_place(place_stage, actors, text):
    assert analyse_all(place_stage, actors, text).places == []


def test_a_town_before_lawmakers_is_the_town(place_stage, actors):
    place, _ = at(analyse_all(place_stage, actors, "Frankfort lawmakers approved the Kentucky budget late Thursday."), "Frankfort")
    assert place.kind == "city" and place.country == "USA" and abs(place.lat - 38.20) < 0.3 and abs(place.lon + 84.87) < 0.3


@pytest.mark.parametrize(
    ("text", "name", "town"),
    [
        # a water the gazetteer does not know, in a story that names its town
        ("Boat launches on Lake Mendota were closed in Madison after high winds.", "Lake Mendota", "Madison"),
        ("Police in Cardiff searched the River Taff for a missing man on Saturday.", "River Taff", "Cardiff"),
        # a water the gazetteer knows only as a town far away (Lake Mary, Fla.; Wolf Creek, Utah)
        ("Crews cleared roads near Lake Mary south of Flagstaff on Thursday.", "Lake Mary", "Flagstaff"),
        ("A boy drowned in Wolf Creek near Dayton on Saturday, deputies said.", "Wolf Creek", "Dayton"),
    ],
)
def test_a_local_water_stands_at_the_articles_town(place_stage, actors, text, name, town):
    article = analyse_all(place_stage, actors, text)
    water, _ = at(article, name)
    place, _ = at(article, town)
    assert water.kind == "water" and (water.lat, water.lon) == (place.lat, place.lon)


@pytest.mark.parametrize(
    ("text", "name", "town"),
    [
        # a water or island whose first words alone name a far town or a foreign region
        ("Game wardens from Zapata searched Falcon Lake for a missing boater on Sunday.", "Falcon", "Zapata"),
        ("Ferries from Jaffna to Delft Island were cancelled on Monday as winds rose.", "Delft", "Jaffna"),
    ],
)
def test_a_feature_named_after_a_far_place_is_the_articles_own(place_stage, actors, text, name, town):
    article = analyse_all(place_stage, actors, text)
    feature, _ = at(article, name)
    place, _ = at(article, town)
    assert (feature.lat, feature.lon) == (place.lat, place.lon)


def test_a_feature_named_after_a_place_the_article_names_stays_there(place_stage, actors):
    # guard: the article names the namesake's country ("Delft", the Netherlands)
    article = analyse_all(
        place_stage, actors, "Students from Delft Island near Rotterdam, the Netherlands, rowed to Leiden."
    )
    place, _ = at(article, "Delft")
    assert place.country == "NLD"


def test_a_water_with_no_town_named_is_not_placed(place_stage, actors):
    # guard: alone, the name of a small lake says too little of where it is
    article = analyse_all(place_stage, actors, "Boat launches on Lake Mendota were closed after high winds.")
    assert all(p.kind != "water" for p in article.places)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Kelowna RCMP said a boat hit a dock late Friday.", "Kelowna"),
        ("Nanaimo RCMP arrested a man on Tuesday.", "Nanaimo"),
    ],
)
def test_a_town_the_tagger_joined_to_its_police(place_stage, actors, text, town):
    # the tagger makes "Kelowna RCMP" a person; the town before its service is still a place
    place, _ = at(analyse_all(place_stage, actors, text), town)
    assert place.kind == "city" and place.country == "CAN"


# (class, with the actors stage first, text, [(word, field of its place, value), ...])
FOUND = [
    ('a dateline after a credit or before a date', False, 'Photo by Ana Cruz. MANILA, Philippines – Floods cut the roads north.', [('MANILA', 'country', 'PHL')]),
    ('a dateline after a credit or before a date', False, 'QUETTA, April 5 (APP): The provincial cabinet met on Thursday.', [('QUETTA', 'country', 'PAK')]),
    ('demonym of two georgias is settled by the article', False, 'Georgian farmers near Atlanta and Savannah lost their peach crop to frost.', [('Georgian', 'country', 'USA')]),
    ('demonym of two georgias is settled by the article', False, 'Georgian troops left Tbilisi for the border with Russia.', [('Georgian', 'country', 'GEO')]),
    ('bare washington is the capital unless listed with states', False, 'After stops in Washington and Boston, the crown prince flew to Texas.', [('Washington', 'kind', 'city')]),
    ('bare washington is the capital unless listed with states', False, 'Cases were confirmed in Oregon, Washington and California on Monday.', [('Washington', 'kind', 'region')]),
    ('where a person lives', False, 'Jane Doe, 45, of Slidell, was arrested. Miss Abdhou, of Hayes, was not known to police.', [('Slidell', 'country', 'USA'), ('Hayes', 'kind', 'city')]),
    ('two countries without a comma', False, 'Jobless rates rose in countries such as Cyprus, Greece Italy or Spain.', [('Italy', 'country', 'ITA'), ('Greece', 'country', 'GRC')]),
    ('the white houses rooms are the white house', False, 'Aides met in the Oval Office, and the West Wing was quiet after the firing.', [('Oval Office', 'name', 'White House'), ('West Wing', 'name', 'White House')]),
    ('the gulf is the persian gulf', False, 'Riyadh imposed an embargo on a fellow US ally in the Gulf, Qatar.', [('Gulf', 'name', 'Persian Gulf')]),
    ('a town named by its police or council', True, 'The boy was taken to hospital (Picture: Hammond PD). Officers said more.', [('Hammond', 'country', 'USA')]),
    ('a town named by its police or council', True, 'Shortly after midnight Gainesville police closed the bridge for good.', [('Gainesville', 'country', 'USA')]),
    ('a town named by its mayor or schools', True, 'Parents in Ohio were told that Hamilton schools would reopen on Monday.', [('Hamilton', 'country', 'USA')]),
    ('the place of an x based compound', True, 'The Leitrim-based charity said it needed more volunteers before the winter.', [('Leitrim', 'country', 'IRL')]),
    ('the town a person is named with', True, 'The bill was written by Assemblywoman Jane Ortiz of Yonkers and passed 40-12.', [('Yonkers', 'country', 'USA')]),
    ('residents of a town and a nearby town', True, 'Residents of Schoharie said the creek rose within an hour.', [('Schoharie', 'country', 'USA')]),
    ('residents of a town and a nearby town', True, 'The fire spread from the hills into nearby Coatbridge before dawn.', [('Coatbridge', 'country', 'GBR')]),
    ('the constituency of a member', True, 'The MP for Bingley, Robbie Moore, said the water company had failed residents.', [('Bingley', 'country', 'GBR')]),
    ('regions listed before their word by another spelling', True, 'Drones struck power lines in the Sumy and Mykolaiv regions overnight, officials said.', [('Sumy', 'kind', 'region'), ('Mykolaiv', 'kind', 'region')]),
    ('two towns spacy took for one organisation', True, 'The A4233 was closed between Ferndale and Maerdy on Sunday.', [('Ferndale', 'country', 'GBR'), ('Maerdy', 'country', 'GBR')]),
    ('the peoples words of states and cities', True, 'Queenslanders were told to stay home, while Hoosiers and Glaswegians celebrated.', [('Queenslanders', 'name', 'Queensland'), ('Hoosiers', 'name', 'Indiana'), ('Glaswegians', 'country', 'GBR')]),
    ('the peoples words of states and cities', True, 'Six Victorians died of the flu, and Lagosians queued for fuel.', [('Victorians', 'name', 'Victoria'), ('Lagosians', 'name', 'Lagos')]),
    ('the peoples words of regions of world news', True, 'Tigrayan fighters left the town, and Darfuri refugees crossed the border.', [('Tigrayan', 'name', 'Tigray'), ('Darfuri', 'name', 'Darfur')]),
    ('the peoples words of regions of world news', True, 'Sahrawi activists and Acehnese fishermen spoke at the meeting in Geneva.', [('Sahrawi', 'name', 'Western Sahara'), ('Acehnese', 'name', 'Aceh')]),
    ('a towns government and greater city name the place', True, 'The Town of Hempstead and the Village of Freeport approved the plan.', [('Hempstead', 'country', 'USA')]),
    ('a towns government and greater city name the place', True, 'Prices in Greater Boston rose 5 percent.', [('Boston', 'country', 'USA')]),
    ('the adjective of a part of a continent is that part', False, 'Voters of Central European and Southeast Asian descent were courted in Ohio.', [('Central European', 'name', 'Central Europe'), ('Southeast Asian', 'name', 'Southeast Asia')]),
    ('the adjective of a part of a continent is that part', False, 'The East European members asked for more troops; West African leaders met in Accra.', [('East European', 'name', 'Eastern Europe'), ('West African', 'name', 'West Africa')]),
    ('a great city of a country the article names keeps its name', False, 'The Irish carrier will add flights from Dublin to Boston, Chicago, Oakland and San Francisco next spring.', [('Dublin', 'country', 'IRL')]),
    ('a great city of a country the article names keeps its name', False, 'German engineers flew from Frankfurt to Chicago via New York and Boston on Monday.', [('Frankfurt', 'country', 'DEU')]),
    ('a states name before its lawmaker is the state', False, 'Senator Patty Murray, a Washington Democrat, led the budget talks on Capitol Hill.', [('Washington', 'kind', 'region')]),
    ('a states name before its lawmaker is the state', False, 'Washington senator Maria Cantwell said the tanker decision in Washington was a blow to the state.', [('Washington', 'kind', 'region')]),
    ('famous peaks', False, 'A voter who fails to vote or to climb Mt. Everest gets the notice, the judges wrote.', [('Mt. Everest', 'name', 'Mount Everest')]),
    ('famous peaks', False, 'Tourists watched the eruption of Mount Etna from Catania on Sunday.', [('Mount Etna', 'name', 'Mount Etna')]),
    ('world famous landmarks', True, 'The musical moved to Broadway after a run in Chicago, and its star sang outside Anfield.', [('Broadway', 'kind', 'site'), ('Anfield', 'country', 'GBR')]),
    ('world famous landmarks', True, 'Visitors to Windsor Castle and the Eiffel Tower fell by a third this spring.', [('Windsor Castle', 'kind', 'site'), ('Eiffel Tower', 'country', 'FRA')]),
    ('a state nickname is the state', True, 'Retirees keep moving to the Sunshine state, and the Lone Star State gained two House seats.', [('Sunshine state', 'name', 'Florida'), ('Lone Star State', 'name', 'Texas')]),
    ('a state nickname is the state', True, "Peach growers across the Peach State lost a third of the crop, and the Hoosier State's farmers fared no better.", [('Peach State', 'name', 'Georgia'), ('Peach State', 'kind', 'region'), ('Hoosier State', 'name', 'Indiana')]),
    ("a country's epithet is the country the article names", True, "Tehran rejected the plan on Monday. The Islamic Republic's envoy said Iranian oil would still flow.", [('Islamic Republic', 'name', 'Iran')]),
    ("a country's epithet is the country the article names", True, "Pakistani officials met in Lahore, where the Islamic Republic hosted its neighbours.", [('Islamic Republic', 'name', 'Pakistan')]),
    ('a state nickname is the state', True, 'Commuters in the Garden State pay the highest tolls, a study of the Keystone State found.', [('Garden State', 'name', 'New Jersey'), ('Keystone State', 'name', 'Pennsylvania')]),
    ('informal regions of us local news', True, 'Rocket launches from the Space Coast drew crowds, while the Florida Panhandle braced for the storm.', [('Space Coast', 'kind', 'region'), ('Florida Panhandle', 'country', 'USA')]),
    ('informal regions of us local news', True, 'Unions in the Mahoning Valley backed the strike, and rents rose in the East Bay.', [('Mahoning Valley', 'kind', 'region'), ('East Bay', 'country', 'USA')]),
    ('informal regions of us local news', True, 'Gamblers flocked to Sin City, and heat scorched the Coachella Valley.', [('Sin City', 'name', 'Las Vegas'), ('Coachella Valley', 'kind', 'region')]),
    ('a town before in or of and the division it lies in', True, 'The charge of Lalitpur in Bundelkhand region was given to a new officer.', [('Lalitpur', 'country', 'IND')]),
    ('a town before in or of and the division it lies in', True, 'An officer was given charge of Pilibhit in Rohilkhand region.', [('Pilibhit', 'country', 'IND'), ('Rohilkhand', 'kind', 'region')]),
    ('a chain of places after a locative, the smaller first', True, 'Officers were called to a disturbance at Odo Ayo, Ibeshe, Ikorodu on Sunday.', [('Odo Ayo', 'country', 'NGA'), ('Ibeshe', 'country', 'NGA')]),
    ('a chain of places after a locative, the smaller first', True, 'Sheep were stolen from a farm at Knockanure, Moyvane, Co. Kerry last week.', [('Knockanure', 'country', 'IRL')]),
    ('a chain of places after a locative, the smaller first', True, 'The cattle were found on a farm at Rylane, Abbeyfeale, Co. Kerry on Monday.', [('Rylane', 'country', 'IRL'), ('Abbeyfeale', 'country', 'IRL')]),
    ('the place headings of a roundup', True, 'ATHLONE\n\nA new bridge opened on Friday after two years of work.\n\nTULLAMORE\n\nThe council approved the plan for a bigger car park.', [('ATHLONE', 'country', 'IRL'), ('TULLAMORE', 'country', 'IRL')]),
    ('the place headings of a roundup', True, 'ATHLONE\n\nA new bridge opened on Friday.\n\nCO. KILKENNY\n\nThe mart reopened on Monday with record prices.', [('KILKENNY', 'kind', 'region')]),
    ('a place ending a headline line', True, 'Hedges cut down in Claregalway\n\nSometime last week more than 300 young trees were cut.', [('Claregalway', 'country', 'IRL')]),
    ('a place ending a headline line', True, 'Cattle stolen from farm near Tuam\n\nSometime on Tuesday night the animals were taken.', [('Tuam', 'country', 'IRL')]),
    ('informal regions of local news abroad', True, 'Commuters from the Hutt Valley faced delays, and rain soaked the Kapiti Coast.', [('Hutt Valley', 'country', 'NZL'), ('Kapiti Coast', 'kind', 'region')]),
    ('informal regions of local news abroad', True, 'House prices in the Lower Mainland fell, a realtor in the Okanagan said.', [('Lower Mainland', 'country', 'CAN'), ('Okanagan', 'kind', 'region')]),
    ('informal regions of local news abroad', True, 'Dairy farmers in West Cork met growers from the Black Country.', [('West Cork', 'country', 'IRL'), ('Black Country', 'country', 'GBR')]),
    ('informal regions of local news abroad', True, 'The drought in Bundelkhand drove families to the East Rand.', [('Bundelkhand', 'country', 'IND'), ('East Rand', 'country', 'ZAF')]),
    ('a nickname that begins a site name stays the site', True, 'Tourists lined up at the Empire State Building in the rain.', [('Empire State Building', 'kind', 'site')]),
    ('a state abbreviation spacy tags a place', False, 'Three Tenn. towns lost power after the storm, the utility said.', [('Tenn.', 'name', 'Tennessee')]),
    ('a state abbreviation spacy tags a place', False, 'Two Okla. counties declared an emergency after the tornado.', [('Okla.', 'name', 'Oklahoma')]),
    ('a state abbreviation after a town ends its sentence', False, 'Floods reached a farm outside Ada, Okla. Horses, goats and cows were moved to higher ground.', [('Okla.', 'name', 'Oklahoma')]),
    ('a state abbreviation after a town ends its sentence', False, 'The fair opened in Salem, Ore. Rangers Club members sold pies.', [('Salem', 'country', 'USA'), ('Ore.', 'name', 'Oregon')]),
    ('the two main islands of new zealand', True, 'Floods cut roads across the North Island on Monday, and the South Island escaped.', [('North Island', 'country', 'NZL'), ('South Island', 'country', 'NZL')]),
    ('a town with an apposition headed by a place noun', True, 'He was put in charge of Aligarh, a communally sensitive district of western Uttar Pradesh.', [('Aligarh', 'country', 'IND')]),
    ('a town with an apposition headed by a place noun', True, 'Bannu, a garrison city in the northwest, reported two more cases.', [('Bannu', 'country', 'PAK')]),
    ('a town with an apposition headed by a place noun', True, 'The minister praised the work of Jhansi, a district of Bundelkhand, in the drought.', [('Jhansi', 'country', 'IND')]),
    ('towns joined by a slash are a list', True, 'Officers patrolled the Opelousas / Eunice area overnight.', [('Opelousas', 'country', 'USA'), ('Eunice', 'country', 'USA')]),
    ('towns joined by a slash are a list', True, 'A boil-water notice covers the Tullow / Hacketstown area until Friday.', [('Tullow', 'country', 'IRL'), ('Hacketstown', 'country', 'IRL')]),
    ('a dateline of towns joined by slashes', False, 'Strike shuts markets\n\nLAHORE/KARACHI: Traders in both cities shut their shops on Friday against the new tax.', [('LAHORE', 'name', 'Lahore'), ('KARACHI', 'name', 'Karachi')]),
    ('a dateline of towns joined by slashes', True, 'Rain toll rises\n\nMULTAN/BAHAWALPUR: Heavy rain lashed the two cities on Sunday, killing three people.', [('MULTAN', 'name', 'Multan'), ('BAHAWALPUR', 'name', 'Bahawalpur')]),
    ('a town before a rank opening word and a given name', True, 'Prosecutors say state police told him Marion Chief Dave Ellis came to the scene after the shooting.', [('Marion', 'country', 'USA')]),
    ('a town before its irish police and a rank', True, 'The court heard that Navan Garda Sergeant Paul Kelly arrested the man in the town.', [('Navan', 'country', 'IRL')]),
    ('a town before its officer', True, 'Someone inside told police the driver ran off, a Warrensburg officer said.', [('Warrensburg', 'country', 'USA')]),
    ('a district under its english compass word', True, 'Officials said four villages in East Champaran district were cut off by the floodwater.', [('East Champaran', 'kind', 'district'), ('East Champaran', 'country', 'IND')]),
    ('a district under its english compass word', True, 'Teachers from West Champaran marched to the district office on Monday.', [('West Champaran', 'kind', 'district'), ('West Champaran', 'country', 'IND')]),
    ('an australian local government area named a shire', True, 'The Murweh Shire mayor said roads near Charleville were closed after the storm.', [('Murweh Shire', 'kind', 'district'), ('Charleville', 'country', 'AUS')]),
]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("AKRON, Ohio — Parents crowded into City Hall on Monday to oppose the school closures in Akron.", "Akron"),
        ("Tenants from Yonkers rallied outside Town Hall, and the Yonkers council promised a hearing.", "Yonkers"),
    ],
)
def test_a_towns_own_building_named_bare_is_at_the_articles_town(place_stage, actors, text, town):
    article = analyse_all(place_stage, actors, text)
    hall = at(article, "City Hall" if "City Hall" in text else "Town Hall")[0]
    place = at(article, town)[0]
    assert (hall.kind, hall.lat, hall.lon) == ("site", place.lat, place.lon)


def test_a_town_hall_meeting_is_no_building(place_stage, actors):
    article = analyse_all(place_stage, actors, "Voters in Yonkers asked questions at a Town Hall meeting on Monday.")
    assert not [m.text for p in article.places for m in p.mentions if "Hall" in m.text]


@pytest.mark.parametrize(
    "text",
    [
        "The view from the Empire State building was clear that morning.",
        "Crews closed the Garden State Parkway overnight after the crash.",
    ],
)
def test_a_state_nickname_beginning_a_longer_name_is_no_state(place_stage, actors, text):
    article = analyse_all(place_stage, actors, text)
    assert not [p.name for p in article.places if p.kind == "region"], [(p.name, p.kind) for p in article.places]


@pytest.mark.parametrize(("with_actors", "text", "checks"), [pytest.param(f, t, c, id=i) for i, f, t, c in FOUND])
def test_a_place_is_found_and_read_by_its_class(analyse_places, place_stage, actors, with_actors, text, checks):
    article = analyse_all(place_stage, actors, text) if with_actors else analyse_places(text)
    got = [(word, attr, getattr(at(article, word)[0], attr)) for word, attr, _ in checks]
    assert got == checks, [(p.name, p.country, [m.text for m in p.mentions]) for p in article.places]


@pytest.mark.parametrize(
    ("text", "point"),
    [
        # a small town of a country the story names only by its name (or by towns far from it),
        # while its places lie in another, is no namesake of the city the story means (Geneva,
        # Ill., 22,000 people)
        (
            "The UN refugee agency in Geneva appealed for funds for camps in Chad and Sudan, and the "
            "United States pledged $50 million.",
            (46.2, 6.15),
        ),
        (
            "Officials in Dhaka and Chittagong said aid from the US had slowed, while rights groups in "
            "Geneva called for an inquiry.",
            (46.2, 6.15),
        ),
        # nor by a far city of it ("Washington", D.C., 1,000 km from Geneva, Ill.)
        (
            "Fighting spread to Kordofan and Darfur. A new round of talks is planned in Geneva, an official "
            "said in Washington.",
            (46.2, 6.15),
        ),
        # guard: where the story's places lie in that country, its town is meant
        ("Volunteers in Geneva and St. Charles, west of Chicago, cleaned the riverbank on Saturday.", (41.89, -88.31)),
    ],
)
def test_a_country_named_only_by_its_name_gives_no_small_town_its_city(place_stage, actors, text, point):
    place, _ = at(analyse_all(place_stage, actors, text), "Geneva")
    assert haversine_km(place.lat, place.lon, *point) < 30, (place.name, place.country, place.reason)


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        # a region of several countries is the one of the country its sentence names
        (
            "Floods hit Lahore and Faisalabad on Monday. Across the border in India, the state of Punjab has "
            "also seen heavy rain.",
            "Punjab",
            "IND",
        ),
        ("Karachi and Quetta were hit by strikes on Monday. The Indian state of Punjab was calm.", "Punjab", "IND"),
        # and a story's first Punjab stays Pakistan's, though a later sentence names India's
        (
            "Rain fell across Punjab, and Lahore flooded. Across the border in India, the state of Punjab "
            "was spared.",
            "Punjab",
            "PAK",
        ),
        # a town of several countries' names is, a little, in the one country its sentence names
        # (Nepal's Ilam, not Iran's province beside the story's Iraq, Turkey or Azerbaijan)
        (
            "Storms hit Iraq and Turkey this week. In Nepal, landslides buried homes in Ilam, police said.",
            "Ilam",
            "NPL",
        ),
        (
            "An earthquake shook Armenia and Azerbaijan on Sunday. In Nepal, heavy rain flooded villages in Ilam.",
            "Ilam",
            "NPL",
        ),
        # a country listed with countries is the country, in a story of the state named like it
        (
            "Zamfara and Katsina states saw more kidnappings, while Niger, Chad and Cameroon sent troops to "
            "the border.",
            "Niger",
            "NER",
        ),
    ],
)
def test_a_name_of_several_countries_places_is_the_one_its_sentence_says(place_stage, actors, text, word, country):
    place, _ = at(analyse_all(place_stage, actors, text), word)
    assert place.country == country, place.reason


@pytest.mark.parametrize(
    ("text", "word", "point"),
    [
        ("Ford will close its plants in Atlanta and St. Louis, and the one in Wixom, Michigan, next year.", "St. Louis", (38.63, -90.20)),
        ("The company moved its offices from Columbus, Ohio, to Louisville last spring, the mayor said.", "Louisville", (38.25, -85.76)),
        # a local story: the small town near the others stays
        ("CANTON, Ohio — Firefighters from Louisville, Alliance and North Canton fought the blaze on Tuesday.", "Louisville", (40.84, -81.26)),
    ],
)
def test_a_small_namesake_of_a_far_bigger_city_needs_a_place_near_it(analyse_places, text, word, point):
    """A town 30 times smaller than a city of its country with its name is not chosen for its
    state being named elsewhere, or for a town some way off (St. Louis, Mich., 130 km from
    Wixom): a place within 80 km, a qualifier or a local story says it."""
    place = at(analyse_places(text), word)[0]
    assert haversine_km(place.lat, place.lon, *point) < 50, (place.name, place.lat, place.lon)


def test_one_line_in_capitals_alone_is_no_heading_place(analyse_places):
    # one such line may be a word or a title; a roundup heads two sections or more
    article = analyse_places("READING\n\nThe book club met on Tuesday to choose its next title.\n\nENDS.")
    assert article.places == []


def test_a_speaker_after_a_place_and_a_comma_is_no_place(place_stage, actors):
    # "in Queensland, Burnett said": the name after the comma speaks; no town called Burnett
    article = analyse_all(place_stage, actors, "Asked about the floods in Queensland, Burnett said the dams were full.")
    assert [p.name for p in article.places] == ["Queensland"]


def test_the_last_word_of_a_name_before_of_and_a_state_is_no_town(place_stage, actors):
    # "Rep. Hamilton of Ohio": Hamilton, Ohio is near, but the word ends a person's name
    article = analyse_all(place_stage, actors, "Rep. Hamilton of Ohio spoke to Congressman John Lewis of Georgia.")
    assert sorted(p.name for p in article.places) == ["Georgia", "Ohio"]


@pytest.mark.parametrize(
    ("text", "short", "name"),
    [
        # a region's short form before a noun in a headline, which spaCy tags a person or an
        # organisation, in an article that names the region in full
        ("Flood warning for Qld towns as rivers rise\n\nHeavy rain fell across Queensland on Monday.", "Qld", "Queensland"),
        (
            "KZN taxi boss shot dead outside his home\n\nA taxi owner was killed in Pietermaritzburg, "
            "KwaZulu-Natal, on Sunday night, police said.",
            "KZN",
            "KwaZulu-Natal",
        ),
    ],
)
def test_a_regions_short_form_before_a_noun_is_the_region(place_stage, actors, text, short, name):
    place, _ = at(analyse_all(place_stage, actors, text), short)
    assert place.name == name


def test_a_regions_short_form_needs_its_full_name_in_the_article(place_stage, actors):
    article = analyse_all(place_stage, actors, "KZN taxi boss shot dead outside his home\n\nPolice said on Sunday he had no enemies.")
    assert not [m for p in article.places for m in p.mentions if m.text == "KZN"]
    # nor a road's number after it, where the state is named in full
    article = analyse_all(place_stage, actors, "The truck overturned on Ga. 20 near the Georgia line on Friday.")
    assert not [m for p in article.places for m in p.mentions if m.text == "Ga."]


@pytest.mark.parametrize(
    ("text", "name", "region"),
    [
        # other spellings of provinces that English-language news uses (region_aliases.tsv)
        ("Officials in Kabul said fighting had reached Panjsher on Monday.", "Panjsher", "Panjshir"),
        ("Voters queued in Daikundi and Nimroz, the Afghan election body said.", "Nimroz", "Nimruz"),
        ("Wildfires burned across Araucania in southern Chile on Saturday.", "Araucania", "La Araucanía"),
    ],
)
def test_a_province_in_another_spelling_news_uses(place_stage, actors, text, name, region):
    place, _ = at(analyse_all(place_stage, actors, text), name)
    assert place.name == region


@pytest.mark.parametrize(
    "text, word",
    [
        # spaCy tags the headline's town a person, to which the coreference stage links "he"
        ("Logging truck strikes Nanaimo couple's van\n\nThe couple lived in Nanaimo, B.C., and he had retired last year, a neighbour said.", "Nanaimo"),
        # ... or one it never tags a place, but the dateline names
        ("SHO accused of assaulting minor Dalit victim arrested\n\nLalitpur: The Station House Officer (SHO) accused of assault in the Lalitpur assault of minor Dalit girl has been arrested in Jhansi.", "Lalitpur"),
    ],
)
def test_a_town_taken_for_a_person_is_the_place_the_article_names_elsewhere(place_stage, actors, text, word):
    article = analyse_all(place_stage, actors, text)
    mentions = [m.start for p in article.places for m in p.mentions if m.text == word]
    assert len(mentions) == 2, mentions


def test_a_person_named_like_the_dateline_town_stays_a_person(place_stage, actors):
    text = "Jackson: Mayor Tom Jackson said the budget would pass. Jackson said the council agreed."
    article = analyse_all(place_stage, actors, text)
    assert [m.start for p in article.places for m in p.mentions if m.text == "Jackson"] == [0]


@pytest.mark.parametrize(
    ("text", "word", "point"),
    [
        # an upper-case dateline the cleaner joined to the headline or byline line before it
        (
            "Three hurt in crash on county road, deputies say KOKOMO — Three people were hurt on Sunday.",
            "KOKOMO",
            (40.49, -86.13),
        ),
        ("STAFF REPORT MUNCIE -- The city council voted on Tuesday to raise water rates.", "MUNCIE", (40.19, -85.39)),
        # a slash joins words that are no towns: no dateline of several towns, the last words still the town
        ("STAFF/WIRE REPORT MUNCIE -- The city council voted on Tuesday to raise water rates.", "MUNCIE", (40.19, -85.39)),
        (
            "Board delays vote on school budget By Ann Lee, Staff Writer TERRE HAUTE (WTHI) — The board met.",
            "TERRE HAUTE",
            (39.47, -87.41),
        ),
    ],
)
def test_an_upper_case_dateline_after_the_headline_on_its_line(place_stage, actors, text, word, point):
    place, _ = at(analyse_all(place_stage, actors, text), word)
    assert "dateline" in place.reason
    assert haversine_km(place.lat, place.lon, *point) < 30


@pytest.mark.parametrize(
    ("text", "township", "bare", "town"),
    [
        # a township's bare name after its full one, where no town bears it: where the township is
        (
            "ALTOONA, Pa. — The Upper Saucon Township supervisors met on Monday. "
            "The fair in Upper Saucon opens on Friday, officials in Altoona said.",
            "Upper Saucon Township",
            "Upper Saucon",
            "Altoona",
        ),
        # a three-letter township name
        (
            "HAMMONTON, N.J. — The Elk Township committee voted on Monday to hire two officers. "
            "Residents of Elk asked for more patrols, officials in Hammonton said.",
            "Elk Township",
            "Elk",
            "Hammonton",
        ),
    ],
)
def test_a_townships_bare_name_is_the_township(place_stage, actors, text, township, bare, town):
    article = analyse_all(place_stage, actors, text)
    full, _ = at(article, township)
    place, _ = at(article, bare, nth=1)
    home, _ = at(article, town)
    assert (place.lat, place.lon) == (full.lat, full.lon)
    assert haversine_km(place.lat, place.lon, home.lat, home.lon) < 100


def test_an_agency_after_a_town_and_its_comma_is_no_dateline(place_stage, actors):
    article = analyse_all(place_stage, actors, "Damascus, SANA- The ministry said on Monday that talks would resume.")
    assert all(p.country != "YEM" for p in article.places)


@pytest.mark.parametrize(
    ("text", "word", "point"),
    [
        # a small town GeoNames' list lacks, qualified by its state: in that state, not at a namesake
        # abroad; at its post office's point (Washburn County), not the state's
        ("SARONA, Wis. (AP) — A barn fire destroyed hay on Sunday, deputies said.", "SARONA", (45.72, -91.77)),
        ("Deputies found the truck in Sarona, Wisconsin, on Monday.", "Sarona", (45.72, -91.77)),
    ],
)
def test_a_town_the_gazetteer_lacks_stays_in_the_state_that_qualifies_it(place_stage, actors, text, word, point):
    place, _ = at(analyse_all(place_stage, actors, text), word)
    assert haversine_km(place.lat, place.lon, *point) < 50


@pytest.mark.parametrize(
    ("text", "word", "point"),
    [
        # a namesake in another state, though the story's county is of this one: the county's namesake
        (
            "The DeKalb County Sheriff's Office said a man from Smithville was charged with theft on Friday.",
            "Smithville",
            (35.96, -85.81),
        ),
        # no town of the name in the county's state (too small for the gazetteer): at the county's point
        (
            "Deputies of the Texas County Sheriff's Office said a woman from Raymondville was charged with theft "
            "on Tuesday. The Texas County jail holds her.",
            "Raymondville",
            (37.34, -91.83),
        ),
    ],
)
def test_a_bare_town_far_from_the_storys_county_is_of_the_countys_state(place_stage, actors, text, word, point):
    place, _ = at(analyse_all(place_stage, actors, text), word)
    assert haversine_km(place.lat, place.lon, *point) < 50


@pytest.mark.parametrize(
    ("text", "word", "point"),
    [
        # a big city named bare stays where it is
        (
            "The Gloucester County Commission met on Monday. A consultant from Boulder told the commission "
            "that the plan would cost more.",
            "Boulder",
            (40.01, -105.27),
        ),
        # a town the county's namesake in the town's own state holds: not moved to the other state
        (
            "A Clay County jury on Thursday convicted a Smithville man of burglary. The Clay County Prosecutor "
            "said the man had stolen tools.",
            "Smithville",
            (39.39, -94.58),
        ),
    ],
)
def test_a_far_town_the_storys_county_does_not_settle_stays(place_stage, actors, text, word, point):
    place, _ = at(analyse_all(place_stage, actors, text), word)
    assert haversine_km(place.lat, place.lon, *point) < 50


@pytest.mark.parametrize(
    "text",
    [
        # the article names none of the countries the epithet may mean
        "The Islamic Republic was founded in 1979, a professor told students in Boston.",
        # the official name in full is no epithet
        "Iranian diplomats said the Islamic Republic of Iran would send a team.",
    ],
)
def test_a_country_epithet_the_article_does_not_settle_is_no_place(place_stage, actors, text):
    article = analyse_all(place_stage, actors, text)
    assert not [m.text for p in article.places for m in p.mentions if m.text == "Islamic Republic"]


@pytest.mark.parametrize(
    "text",
    [
        # the force's name before a rank is no place of its own (Garda, Italy)
        "At a meeting of the policing committee, Kilkenny Garda Superintendent Ann Doyle said patrols would rise.",
        # a rank's opening word after a company's or body's name, before a given name: no town
        "Apple Chief Tim Cook said sales rose, and Fed Chief Jerome Powell spoke later.",
    ],
)
def test_a_force_or_rank_word_is_no_place(place_stage, actors, text):
    article = analyse_all(place_stage, actors, text)
    assert not [m.text for p in article.places for m in p.mentions if m.text in ("Garda", "Apple", "Fed")]


@pytest.mark.parametrize(
    ("text", "word", "nth", "point"),
    [
        # a township the gazetteer lacks, its county in brackets: at the county's point
        (
            "MILLBROOK TOWNSHIP (HARLAN COUNTY) – A barn burned down on Tuesday night, state police in Kentucky said.",
            "MILLBROOK TOWNSHIP",
            0,
            (36.85, -83.22),
        ),
        # a district the gazetteer knows only under a far namesake's name, its state in brackets, as
        # Indian agencies file: in that state, and so is the name later in the story
        (
            "Bhojpur (Bihar), Jan 9 (PTI) Two constables were suspended on Monday.\n\n"
            "The officers of a police station in Bhojpur district were questioned, an official said.",
            "Bhojpur",
            0,
            (25.64, 85.91),
        ),
        (
            "Bhojpur (Bihar), Jan 9 (PTI) Two constables were suspended on Monday.\n\n"
            "The officers of a police station in Bhojpur district were questioned, an official said.",
            "Bhojpur",
            1,
            (25.64, 85.91),
        ),
        (
            "Kotwa Bazar (Bihar), May 4 (PTI) A bridge collapsed into the river on Sunday.",
            "Kotwa Bazar",
            0,
            (25.64, 85.91),
        ),
    ],
)
def test_a_datelines_town_with_its_unit_in_brackets_lies_in_that_unit(place_stage, actors, text, word, nth, point):
    place, _ = at(analyse_all(place_stage, actors, text), word, nth)
    assert haversine_km(place.lat, place.lon, *point) < 50


def test_a_known_town_or_a_person_before_a_bracketed_state_keeps_its_sense(place_stage, actors):
    article = analyse_all(place_stage, actors, "Kisumu (Kenya), May 2 – Floods hit the lakeside town on Friday.")
    assert at(article, "Kisumu")[0].kind == "city" and at(article, "Kisumu")[0].name == "Kisumu"
    article = analyse_all(place_stage, actors, "Jim Doe (Ohio): the vote was a mistake, he said on Monday.")
    assert not any(m.text.startswith("Jim") for p in article.places for m in p.mentions)


@pytest.mark.parametrize(
    ("text", "word", "point"),
    [
        # a town's possessive before a hospital's, a square's or a road's name spaCy took whole
        ("A new ward has opened at Lisburn’s Lagan Valley Hospital.", "Lisburn", (54.52, -6.04)),
        ("He ran a hardware shop on Dungannon’s Market Square for decades.", "Dungannon", (54.50, -6.77)),
        ("She was born at Omagh’s Tyrone County Hospital in 1950.", "Omagh", (54.60, -7.30)),
        ("The family ran a garage on Kettering’s Rockingham Road for years.", "Kettering", (52.40, -0.73)),
        # a town named like a given name, big enough to own its hospital
        ("Patients were moved from Paisley’s Royal Alexandra Hospital on Monday.", "Paisley", (55.83, -4.43)),
    ],
)
def test_a_towns_possessive_before_a_street_or_site_is_the_town(place_stage, actors, text, word, point):
    place, _ = at(analyse_all(place_stage, actors, text), word)
    assert haversine_km(place.lat, place.lon, *point) < 50


def test_a_persons_or_a_firms_possessive_before_a_site_is_no_town(place_stage, actors):
    article = analyse_all(
        place_stage, actors, "Nurse Laura Paisley’s Riverside Hospital ward won an award on Monday."
    )
    assert not any(m.text == "Paisley" for p in article.places for m in p.mentions)
    article = analyse_all(place_stage, actors, "Moody's Investors Service cut the rating on Monday.")
    assert not article.places


@pytest.mark.parametrize(
    "text",
    [
        # a short name two countries share means the one the article names otherwise
        "Cholera has killed 40 people in the Democratic Republic of the Congo, officials said. "
        "The disease struck in Kasai province, in the south of Congo.",
        "DR Congo said on Monday that measles had spread. Doctors in Congo asked for vaccines.",
        "Miners in the Democratic Republic of Congo dig most of the cobalt. Buyers now look to Congo for more.",
    ],
)
def test_a_shared_short_country_name_is_the_one_the_article_names(place_stage, actors, text):
    place, _ = at(analyse_all(place_stage, actors, text), "Congo", text.count("Congo") - 1)
    assert place.country == "COD"


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # guards: the other country named, or both, or neither; a country's own full name
        ("Ebola has killed ten people in the Republic of Congo. Congo's government asked for help.", "Congo", "COG"),
        ("Refugees crossed from the Democratic Republic of Congo to the Republic of Congo. Congo's police counted them.", "Congo", "COG"),
        ("Floods hit Congo and Gabon this week, the UN said.", "Congo", "COG"),
        ("South Sudan split from Sudan in 2011, and the border is still disputed.", "Sudan", "SDN"),
    ],
)
def test_a_shared_short_country_name_keeps_its_choice_otherwise(place_stage, actors, text, name, country):
    place, _ = at(analyse_all(place_stage, actors, text), name, text.count(name) - 1)
    assert place.country == country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # a town's name cut short at its first word: the word split off, or left out of a "person"
        ('Traders in Chad are hopeful. "In Goz Beida, the market reopened on Monday," one of them said.', "Goz Beida", "TCD"),
        ("Storms hit homes in California, including a house in Mission Viejo and another in Lake Forest.", "Mission Viejo", "USA"),
    ],
)
def test_a_towns_name_cut_short_at_its_first_word(place_stage, actors, text, name, country):
    place, _ = at(analyse_all(place_stage, actors, text), name)
    assert place.country == country and place.kind == "city"


def test_no_longer_name_from_a_word_before_that_makes_none(place_stage, actors):
    # guards: the word before makes no town; a person's full name
    article = analyse_all(place_stage, actors, "Thousands fled to Chad this year. Later, Beida was calm. Dr. Anna Viejo said so.")
    texts = {m.text for p in article.places for m in p.mentions}
    assert not {"Later, Beida", "Anna Viejo", "Dr. Anna Viejo"} & texts
