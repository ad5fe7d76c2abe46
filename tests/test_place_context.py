"""Which place a name means, settled by the rest of a local story: the article's places that lie
close together, a country's name used as a town's, one sense of a name per article and the state
the article names most. Sentences written for the test."""

from __future__ import annotations

import pytest

from dyad.annotate.actors import ActorStage
from dyad.annotate.nlp import load_nlp
from dyad.article import Article, Segment
from dyad.extract.places.stage import PlaceStage


@pytest.fixture(scope="module")
def run():
    places, actors = PlaceStage(), ActorStage()

    def analyse(text: str) -> Article:
        article = Article(text=text, segments=[Segment("body", 0, len(text))])
        article.doc = load_nlp()(text)
        return places(actors(article))

    return analyse


def placed(article: Article, word: str, nth: int = 0):
    """The place that the ``nth`` occurrence of ``word`` names."""
    start = -1
    for _ in range(nth + 1):
        start = article.text.index(word, start + 1)
    found = [p for p in article.places for m in p.mentions if m.start == start and m.text == word]
    assert found, f"{word!r} at {start}: {[(m.text, m.start) for p in article.places for m in p.mentions]}"
    return found[0]


def near(place, lat: float, lon: float, degrees: float = 0.5) -> bool:
    return abs(place.lat - lat) < degrees and abs(place.lon - lon) < degrees


@pytest.mark.parametrize(
    ("text", "name", "point"),
    [
        (
            "The Cairo school board voted to close a building. Families have moved to Paducah and "
            "Cape Girardeau, and Alexander County has lost a third of its people.",
            "Cairo",
            (37.0, -89.2),
        ),
        (
            "Two Moscow residents were hurt on a crosswalk. Latah County deputies and Pullman police "
            "are looking for the driver.",
            "Moscow",
            (46.7, -117.0),
        ),
    ],
)
def test_a_town_among_the_articles_other_places_beats_a_far_capital(run, text, name, point):
    """Cairo, Ill. and Moscow, Idaho: two or more of the article's places lie within 80 km."""
    place = placed(run(text), name)
    assert place.country == "USA" and near(place, *point), (place.name, place.reason)
    assert "among its places within 80 km" in place.reason


def test_one_close_place_does_not_make_a_cluster(run):
    """Boston, N.Y. lies near Buffalo, but one neighbour is no local story: Boston, Mass."""
    place = placed(run("Doctors in Boston treated patients flown in from Albany and Buffalo in New York."), "Boston")
    assert near(place, 42.36, -71.06)


@pytest.mark.parametrize(
    ("text", "name", "point"),
    [
        (
            "A Lebanon man was charged after a crash near Mt. Juliet, Wilson County deputies said. "
            "He was released from the jail in Lebanon on bond.",
            "Lebanon",
            (36.2, -86.3),
        ),
        (
            "Mexico police arrested two teens after a string of break-ins, the Audrain County "
            "prosecutor said.",
            "Mexico",
            (39.2, -91.9),
        ),
    ],
)
def test_a_countrys_name_before_man_or_police_is_a_towns(run, text, name, point):
    """English calls a country's people "Lebanese" and its police "Mexican": "a Lebanon man" is
    from Lebanon, Tenn., and the later bare "Lebanon" is the same town."""
    article = run(text)
    for nth in range(article.text.count(name)):
        place = placed(article, name, nth)
        assert place.country == "USA" and near(place, *point), (nth, place.name, place.reason)


def test_a_country_after_other_words_stays_the_country(run):
    place = placed(run("Students in Austin rallied for Palestine on Monday, and troopers arrested 50."), "Palestine")
    assert place.kind == "country"
    place = placed(run("A Lebanese man was flown from Lebanon to Nashville for treatment."), "Lebanon")
    assert place.kind == "country"


def test_a_name_means_one_place_in_an_article_as_its_clearest_mention_says(run):
    """The bare "Ontario" of a story that also names Buffalo, New York (Ontario, N.Y. is a town
    near it) is the province, as "the province of Ontario" says."""
    article = run(
        "Patients from Ontario may be sent to Buffalo, New York, because hospitals in the province "
        "of Ontario are full."
    )
    for nth in (0, 1):
        place = placed(article, "Ontario", nth)
        assert place.kind == "region" and place.country == "CAN", (nth, place.name, place.reason)


def test_a_county_lies_in_the_state_the_article_names_most(run):
    """Pike County, Ky., not Pike County, Ind., which lies nearer the article's other counties
    (a guard: the 80 km cluster alone would take Indiana's)."""
    article = run(
        "Kentucky lawmakers restored school funds. Superintendents in Daviess, McLean and Ohio "
        "counties welcomed the budget, and Pike County schools will hire teachers. Kentucky "
        "districts had feared cuts, and Kentucky teachers rallied in Frankfort."
    )
    place = placed(article, "Pike County")
    assert place.country == "USA" and near(place, 37.5, -82.4), (place.name, place.reason)


def test_a_town_named_with_a_region_word_is_the_town(run):
    """"canton" is a region word (Swiss cantons), but North Canton, Ohio is a town of that name:
    not the "North" region of Cameroon."""
    article = run("Firefighters from North Canton and Massillon helped, Stark County officials said.")
    place = placed(article, "North Canton")
    assert place.kind == "city" and near(place, 40.9, -81.4), (place.name, place.reason)


def test_a_name_spelled_without_its_space_is_the_places_own_name(run):
    """GeoNames writes Le Roy, Ill.; local news "LeRoy". Leroy, Ala. has the name as written."""
    article = run("Deputies also patrol Heyworth, LeRoy and Chenoa, McLean County's sheriff said.")
    place = placed(article, "LeRoy")
    assert near(place, 40.35, -88.76), (place.name, place.reason)


def test_a_part_that_most_towns_have_is_the_articles_towns(run):
    """"the West End" of a story about Portland, Maine is Portland's, not Anguilla's West End."""
    article = run(
        "The school board in Portland, Maine, voted to close an elementary school. Parents from the West End "
        "spoke against the plan, and Portland officials said more closures may come."
    )
    place = placed(article, "West End")
    assert place.country == "USA" and near(place, 43.66, -70.26), (place.name, place.reason)


def test_a_small_countrys_region_does_not_take_a_big_citys_name(run):
    """"Portland" alone is Oregon's city of 650,000, not the Jamaican parish."""
    place = placed(run("Portland officials said the new bridge would open in May."), "Portland")
    assert place.kind == "city" and place.country == "USA", (place.name, place.reason)


def test_every_us_county_lies_among_its_states_towns():
    """A county stands at the mean point of its ZIP codes; ZIP codes the package puts at 0, 0 are
    left out (Fayette County, Ga. had been placed in the Atlantic, Craighead County, Ark. in
    Georgia)."""
    from dyad.extract.places.gazetteer import load_gazetteer

    gaz = load_gazetteer()
    rows = [row for row in gaz.rows if row[2] == "USA" and row[8]]
    towns = {(row[8], round(row[3]), round(row[4])) for row in rows if row[1] == "city"}
    counties = [row for row in rows if row[1] == "region" and row[0].endswith(("County", "Parish"))]
    assert len(counties) > 3000
    astray = [
        row[0]
        for row in counties
        if not any((row[8], round(row[3]) + a, round(row[4]) + b) in towns for a in (-1, 0, 1) for b in (-1, 0, 1))
    ]
    assert astray == []


@pytest.mark.parametrize(
    ("text", "name", "point"),
    [
        ("Drought has hit farms across the Central Valley, and Fresno County has asked for aid.", "Central Valley", (37.3, -120.4)),
        ("Oil output in the Permian Basin rose again, Midland officials said.", "Permian Basin", (31.6, -102.5)),
        ("Hampton Roads commuters face new tolls on the bridge-tunnel, Norfolk officials said.", "Hampton Roads", (36.9, -76.3)),
        ("Storms flooded farms across the Wiregrass, and Dothan schools closed.", "Wiregrass", (31.3, -85.7)),
        ("Potato growers in the Magic Valley expect a smaller harvest, Burley officials said.", "Magic Valley", (42.7, -114.2)),
        ("Lava from Kilauea threatened roads on the Big Island on Tuesday.", "Big Island", (19.6, -155.5)),
    ],
)
def test_a_us_region_with_a_name_of_its_own_stands_among_its_counties(run, text, name, point):
    place = placed(run(text), name)
    assert place.country == "USA" and near(place, *point, degrees=1.0), (place.name, place.lat, place.lon)


def test_a_county_abroad_named_like_us_counties_is_found_by_its_neighbours(run):
    """Ontario's Middlesex County shares its name with counties of three US states: it is in the
    gazetteer too, and London and St. Thomas, Ont. choose it."""
    article = run(
        "The London police service said a man was arrested in St. Thomas. Middlesex County "
        "officials said the road would reopen Monday."
    )
    place = placed(article, "Middlesex County")
    assert place.country == "CAN" and near(place, 43.0, -81.4), (place.name, place.reason)


def test_small_towns_that_lie_together_beat_far_namesakes_chosen_one_by_one(run):
    """Berlin, Gorham and Lancaster, N.H., with Coos County: chosen one by one from their likeliest
    readings they were Berlin, Germany, Gorham, Maine and Lancaster, Mass.; a second start from the
    readings that lie together scores higher and is kept."""
    article = run(
        "The Berlin City Council approved the budget Monday. Gorham and Lancaster selectmen will "
        "vote next week, and Coos County commissioners set the county's rate in March."
    )
    for name in ("Berlin", "Gorham", "Lancaster"):
        place = placed(article, name)
        assert place.country == "USA" and near(place, 44.5, -71.3, degrees=0.5), (name, place.name, place.reason)
