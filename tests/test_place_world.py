"""Places in world news, on sentences written for the test: one name for two places in one
article (a dateline's town, "X, Country", "X in Province", a sentence that opens "In Country,"),
a region named with its word abroad ("the Donetsk region"), and a people's word after a comma,
which qualifies no place."""

from __future__ import annotations

import pytest

from dyad.article import Article


def countries(article: Article, word: str) -> list[str | None]:
    """The country of the place each mention of ``word`` was given, in text order."""
    found = sorted((m.start, p.country) for p in article.places for m in p.mentions if m.text == word)
    return [country for _, country in found]


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # the dateline's town is the story's; a later "X, State" is a namesake
        (
            "SAN JOSE, Costa Rica (AP) — Ministers met in San Jose on Monday to sign a coffee deal. "
            "Chip makers from San Jose, California, also sent envoys to the talks.",
            "San Jose",
            ["CRI", "USA"],
        ),
        # a sentence that opens "In Country," sets the scene for the names in it
        (
            "TRIPOLI, Libya (Reuters) - Armed groups clashed in Tripoli on Saturday, the health ministry "
            "said. In Lebanon, the northern city of Tripoli saw protests over power cuts the same day.",
            "Tripoli",
            ["LBY", "LBN"],
        ),
        # "X in Province": the province says which X
        (
            "NEW DELHI (Reuters) - Google will open an office in Hyderabad, India's fourth-largest city, "
            "next year. Power cuts hit factories in Hyderabad in Sindh province on Monday, Pakistani "
            "officials said.",
            "Hyderabad",
            ["IND", "PAK"],
        ),
        (
            "MELBOURNE (Reuters) - Cases rose again in Victoria on Sunday. In Canada, the city of "
            "Victoria in British Columbia reported no new cases.",
            "Victoria",
            ["AUS", "CAN"],
        ),
    ],
)
def test_one_name_for_two_places_in_one_article(analyse_places, text, word, expected):
    assert countries(analyse_places(text), word)[-len(expected) :] == expected


def test_a_first_mention_with_its_state_settles_the_bare_ones(analyse_places):
    """ "Parkland, Florida" first, then "the Parkland students", in a story that also names
    Washington state."""
    article = analyse_places(
        "Students from Parkland, Florida, marched on Saturday. Lawmakers in Washington state met "
        "the Parkland students on Monday, and Parkland parents spoke in Olympia, Washington.",
    )
    assert set(countries(article, "Parkland")) == {"USA"}
    florida = [p for p in article.places for m in p.mentions if m.text == "Parkland"]
    assert all(p.lat < 30 for p in florida)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("In the Donetsk region, Russian troops advanced toward the town of Pokrovsk on Monday.", "Donetsk"),
        # a guard: this one was right before
        ("Officials in the Kharkiv region, Ukrainian police said, found two more bodies on Tuesday.", "Kharkiv"),
    ],
)
def test_a_region_named_with_its_word_abroad_and_no_people_word_as_its_qualifier(analyse_places, text, word):
    article = analyse_places(text)
    place = next(p for p in article.places for m in p.mentions if m.text == word)
    assert (place.country, place.kind) == ("UKR", "region")


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ("Grain piled up at the port of Rosario after truckers went on strike.", "Rosario", "ARG"),
        ("Chinese engineers working at the port of Gwadar were attacked again.", "Gwadar", "PAK"),
        ("Regional towns such as Geelong and Ballarat returned to stricter rules.", "Geelong", "AUS"),
        ("Rebels besieged El Obeid for a second week, aid groups said.", "El Obeid", "SDN"),
    ],
)
def test_a_known_town_after_a_port_a_plural_place_noun_or_a_siege(analyse_places, text, word, country):
    article = analyse_places(text)
    assert word in {m.text for p in article.places for m in p.mentions if p.country == country}


@pytest.mark.parametrize(
    "text",
    [
        "Lee Kuan Yew, Asia's most famous statesman, died in 2015, officials in Singapore said.",
        "Exports rose sharply last year. Asia accounted for most of the growth, the report said.",
    ],
)
def test_a_continent_the_actors_stage_took_for_a_person_is_a_place(text):
    from dyad.evaluate.places import analyse as analyse_all  # cleaning, spaCy, actors and places

    article = analyse_all([text])[0]
    assert "Asia" in {m.text for p in article.places for m in p.mentions if p.name == "Asia"}


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        pytest.param("Fighting spread to Kordofan after the fall of the city, the United Nations said.", "Kordofan", "SDN", id="region of world news"),
        pytest.param("Gunmen killed nine bus passengers in Baluchistan on Friday.", "Baluchistan", "PAK", id="region of world news"),
        pytest.param("Troops were sent to Puntland after clashes with the militants.", "Puntland", "SOM", id="region of world news"),
        pytest.param("Rival forces in Cyrenaica said they would not accept the vote.", "Cyrenaica", "LBY", id="region of world news"),
        pytest.param("Floods in the state of Rio Grande do Sul killed dozens, officials said.", "Rio Grande do Sul", "BRA", id="name with a lower-case particle"),
        pytest.param("Pilgrims walked the last miles to Santiago de Compostela on Friday.", "Santiago de Compostela", "ESP", id="name with a lower-case particle"),
        # a guard: spaCy already tagged this one whole
        pytest.param("Smugglers crossed into Paraguay near Ciudad del Este at night.", "Ciudad del Este", "PRY", id="name with a lower-case particle"),
        pytest.param("Police in Northamptonshire closed the road after the crash.", "Northamptonshire", "GBR", id="county of Britain or region of war"),
        pytest.param("Flood warnings were issued across Greater Manchester and Merseyside on Sunday.", "Merseyside", "GBR", id="county of Britain or region of war"),
        pytest.param("A school in Herts was closed after the storm, the county council said.", "Herts", "GBR", id="county of Britain or region of war"),
        pytest.param("Government troops pressed their offensive in eastern Ghouta on Monday.", "Ghouta", "SYR", id="county of Britain or region of war"),
        # a first-level region's other spelling after a locative word
        pytest.param("Two more cases were reported in a village in Daqahliya on Tuesday.", "Daqahliya", "EGY", id="region spelling or former county"),
        pytest.param("The woman, from Menoufia, died in hospital.", "Menoufia", "EGY", id="region spelling or former county"),
        # counties abolished in 2020 that news still names
        pytest.param("Farmers in Hedmark and Oppland were told to keep their hens indoors.", "Oppland", "NOR", id="region spelling or former county"),
        pytest.param("French troops left their base in Gao on Monday, the army said.", "Gao", "MLI", id="big town of three letters"),
        pytest.param("Students marched in Belgrade, Nis and Novi Pazar on Saturday.", "Nis", "SRB", id="big town of three letters"),
        # regions, islands and cliffs of local news in Ireland, Britain and Australia
        pytest.param("Grain growers on the Darling Downs lost their sorghum to the flood.", "Darling Downs", "AUS", id="region of local news abroad"),
        pytest.param("Two walkers were rescued on Dartmoor after dark on Sunday.", "Dartmoor", "GBR", id="region of local news abroad"),
        pytest.param("Ferries to the Aran Islands were cancelled because of the storm.", "Aran Islands", "IRL", id="region of local news abroad"),
        # regions, rivers, deserts and island groups of world news the packages lack
        pytest.param("Militants hid in the Sambisa Forest after the raid, the army said.", "Sambisa Forest", "NGA", id="feature of world news"),
        pytest.param("Oil spills have fouled creeks across the Niger Delta for decades.", "Niger Delta", "NGA", id="feature of world news"),
        pytest.param("Sandstorms swept across the Taklamakan Desert on Thursday.", "Taklamakan Desert", "CHN", id="feature of world news"),
        pytest.param("The new road climbs onto the Tibetan Plateau near the border.", "Tibetan Plateau", "CHN", id="feature of world news"),
        pytest.param("Ferries between Luzon and the Visayas were suspended as the storm neared.", "Visayas", "PHL", id="feature of world news"),
        pytest.param("Villages along the Sutlej were evacuated after the dam opened its gates.", "Sutlej", None, id="feature of world news"),
        pytest.param("Ten thousand homes in Cape Breton lost power overnight.", "Cape Breton", "CAN", id="feature of world news"),
        pytest.param("Typhoon signals were raised over Samar and Leyte on Monday.", "Samar", "PHL", id="feature of world news"),
        pytest.param("Sheep farmers in the Karoo have lost half their flocks to the drought.", "Karoo", "ZAF", id="feature of world news"),
        pytest.param("Turkish jets bombed PKK positions around Qandil, near the Iranian border, overnight.", "Qandil", "IRQ", id="feature of world news"),
        pytest.param("Holidaymakers on the Wild Coast were told to stay off the beaches.", "Wild Coast", "ZAF", id="feature of world news"),
        pytest.param("Fishermen in the Celebes Sea were told to return to port.", "Celebes Sea", None, id="feature of world news"),
        pytest.param("Aid flights to the Nuba Mountains resumed on Monday.", "Nuba Mountains", "SDN", id="feature of world news"),
        # informal regions of national and world news the packages lack
        pytest.param("Wells have run dry in villages across Bundelkhand this summer.", "Bundelkhand", "IND", id="informal region"),
        pytest.param("Fishermen along the Makran coast were told to stay in port.", "Makran coast", "PAK", id="informal region"),
        pytest.param("Power was cut to thousands of homes in the Hutt Valley overnight.", "Hutt Valley", "NZL", id="informal region"),
        pytest.param("Transit fares in the Lower Mainland will rise in July.", "Lower Mainland", "CAN", id="informal region"),
        pytest.param("Bedouin villages in the Negev have no running water.", "Negev", "ISR", id="informal region"),
        pytest.param("Salt water has crept into paddies across the Mekong Delta.", "Mekong Delta", "VNM", id="informal region"),
        # islands and island groups of world news the packages lack
        pytest.param("Patrol boats shadowed the fishing fleet off the Spratly Islands all week.", "Spratly Islands", None, id="island of world news"),
        pytest.param("A frigate was sent towards Scarborough Shoal after the collision.", "Scarborough Shoal", None, id="island of world news"),
        pytest.param("Heavy rain flooded towns across Kyushu on Saturday, the agency said.", "Kyushu", "JPN", id="island of world news"),
        pytest.param("Aftershocks rattled Lombok again on Wednesday night.", "Lombok", "IDN", id="island of world news"),
        pytest.param("Hotels on Majorca were full for the summer, the tourist board said.", "Majorca", "ESP", id="island of world news"),
        # the people of a state or province
        pytest.param("Western Australian farmers said the drought was the worst in decades.", "Western Australian", "AUS", id="people of a state"),
        pytest.param("Territorians will vote in August, the electoral commission said.", "Territorians", "AUS", id="people of a state"),
        # "Korea" alone is South Korea (GeoNames' alternate name; a village of Ivory Coast is Koréa)
        pytest.param("He served in the Army in Germany and Korea before settling in Tennessee.", "Korea", "KOR", id="country by its short name"),
        # a country's name since a change the package predates (the UN's "Türkiye", 2022), with and without the dots
        pytest.param("Türkiye's parliament approved the accession on Tuesday.", "Türkiye", "TUR", id="country by its new name"),
        pytest.param("Officials in Turkiye said the border crossing would reopen.", "Turkiye", "TUR", id="country by its new name"),
        # "the two Koreas" is the peninsula, no village the gazetteer lacks
        pytest.param("Talks between the two Koreas resumed at Panmunjom on Monday.", "Koreas", None, id="country by its short name"),
    ],
)
def test_a_place_of_world_news_is_found_with_its_country(analyse_places, text, word, country):
    """Regions of wars and their other spellings, names with a lower-case particle, Britain's
    counties, former counties, big towns of three letters: the gazetteer knows them; dyad finds them."""
    article = analyse_places(text)
    assert any(m.text == word and p.country == country for p in article.places for m in p.mentions)


def test_the_republic_of_a_name_is_the_country_beside_a_namesake_state(analyse_places):
    article = analyse_places(
        "ATLANTA, Georgia (AP) — Georgia's secretary of state certified the results on Friday after a recount in "
        "Atlanta and Savannah. In Tbilisi, the capital of the former Soviet republic of Georgia, "
        "observers followed the count.",
    )
    assert countries(article, "Georgia") == ["USA", "USA", "GEO"]


def test_a_town_the_tagger_split_in_two_is_one_place():
    from dyad.evaluate.places import analyse as analyse_all  # cleaning, spaCy, actors and places

    text = (
        "Students rally after Novi Sad tragedy\n\nBELGRADE, March 15 (Reuters) - Thousands of students "
        "rallied in Novi Sad on Saturday, police said."
    )
    article = analyse_all([text])[0]
    body = [(m.text, p.country) for p in article.places for m in p.mentions if m.start > text.index("rallied")]
    assert body == [("Novi Sad", "SRB")]


def test_a_headline_may_open_with_a_place_the_body_names(analyse_places):
    text = (
        "Gdansk shipyard to build wind turbine towers\n\nWARSAW (Reuters) - A Polish firm will build "
        "towers for offshore wind farms at the old shipyard in Gdansk, the company said on Monday."
    )
    article = analyse_places(text)
    assert [m.start for p in article.places for m in p.mentions if m.text == "Gdansk"] == [0, text.rindex("Gdansk")]


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ("Israeli jets struck targets in Gaza on Tuesday.", "Gaza", "PSE"),
        ("Hamas fighters in Gaza fired rockets at Israel on Saturday.", "Gaza", "PSE"),
        ("Egypt reopened the crossing into Gaza, Egyptian officials said.", "Gaza", "PSE"),
        # a guard: a country the article names wins over its neighbour
        ("The Canadian government said Victoria would host the talks.", "Victoria", "CAN"),
    ],
)
def test_a_name_shared_far_apart_is_the_place_beside_a_country_the_article_names(analyse_places, text, word, country):
    # "Gaza" is also a province of Mozambique; the story names Israel or Egypt, which border the
    # Palestinian territories (GeoNames' neighbours)
    assert countries(analyse_places(text), word) == [country]
