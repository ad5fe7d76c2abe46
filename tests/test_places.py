"""The places stage: spaCy + PlaceStage on small texts, the founding article and GeoVirus."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from dyad.article import Actor, Article, Mention, Segment
from dyad.extract.places.entries import norm
from dyad.extract.places.gazetteer import Gazetteer
from dyad.extract.places.mentions import _feature_matches

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"


def place(article: Article, name: str):
    found = [p for p in article.places if name.lower() in p.name.lower()]
    assert found, f"{name} not among {[p.name for p in article.places]}"
    return found[0]


def test_founding_article_places(analyse_places):
    text = (SHARED / "reference" / "kinu-interview.txt").read_text(encoding="utf-8")
    article = analyse_places(text)
    expected = {
        "Seoul": "KOR",
        "Hanoi": "VNM",
        "Vostochny Cosmodrome": "RUS",
        "Blagoveshchensk": "RUS",
        "Amur": "RUS",
        "Ukraine": "UKR",
    }
    for name, country in expected.items():
        assert place(article, name).country == country, name
    assert place(article, "Vostochny").kind == "site"
    assert place(article, "Amur").kind == "region"
    assert place(article, "Korean Peninsula").kind == "region"
    assert 50 < place(article, "Blagoveshchensk").lat < 51  # the Amur one, not Bashkortostan's


def test_offsets_are_exact(analyse_places):
    text = "Floods hit the Korean Peninsula and the U.S. state of Texas, officials in Seoul said."
    article = analyse_places(text)
    mentions = [m for p in article.places for m in p.mentions]
    assert mentions
    for m in mentions:
        assert text[m.start : m.end] == m.text
    assert not any(m.text.lower().startswith("the ") for m in mentions)
    assert place(article, "United States").mentions[0].text == "U.S."


def test_georgia_the_us_state(analyse_places):
    article = analyse_places("Voters lined up in Atlanta and Savannah as Georgia counted ballots.")
    assert place(article, "Georgia").country == "USA"


def test_georgia_the_country(analyse_places):
    article = analyse_places("Protesters rallied in Tbilisi as Georgia and Russia traded accusations.")
    georgia = place(article, "Georgia")
    assert (georgia.country, georgia.kind) == ("GEO", "country")


def test_shared_city_name(analyse_places):
    texas = analyse_places("A tornado struck Paris, Texas, late on Monday, the sheriff said.")
    assert place(texas, "Paris").country == "USA"
    france = analyse_places("The ministers met in Paris on Monday before flying to Berlin.")
    assert place(france, "Paris").country == "FRA"


def test_one_place_per_location_with_all_mentions(analyse_places):
    article = analyse_places("Hanoi hosted the summit. Hanoi was calm, and Hanoi's hotels were full.")
    assert len([p for p in article.places if p.name == "Hanoi"]) == 1
    assert len(place(article, "Hanoi").mentions) == 3


def test_credits_are_skipped(analyse_places):
    body = "The bomber flew south of the Korean Peninsula."
    credit = " (File Photo - Tokyo Bureau, Osaka)"
    text = body + credit
    segments = [Segment("caption", 0, len(body)), Segment("credit", len(body), len(text))]
    article = analyse_places(text, segments)
    names = [p.name for p in article.places]
    assert "Korean Peninsula" in names
    assert all(m.start < len(body) for p in article.places for m in p.mentions)


def test_metonyms_are_marked_place_mentions_and_people_are_not_places(analyse_places):
    text = "Washington said it would respond, while Georgia Smith visited Denver."
    start = text.index("Washington")
    person = text.index("Georgia Smith")
    actors = [
        Actor(
            "usa", "United States", "state", mentions=[Mention(start, start + 10, "Washington", metonym=True)]
        ),
        Actor("gs", "Georgia Smith", "person", mentions=[Mention(person, person + 13, "Georgia Smith")]),
    ]
    article = analyse_places(text, actors=actors)
    names = {p.name for p in article.places}
    assert "Denver" in names
    assert "Georgia" not in names
    washington = place(article, "Washington")
    assert [(m.start, m.metonym) for m in washington.mentions] == [(start, True)]
    assert not any(m.metonym for m in place(article, "Denver").mentions)


def _org(text: str, name: str, wikidata=None) -> Actor:
    start = text.index(name)
    return Actor(
        name.lower(),
        name,
        "organization",
        mentions=[Mention(start, start + len(name), name)],
        wikidata=wikidata,
    )


def test_place_inside_an_organisation_name(analyse_places):
    text = "The U.S. Centers for Disease Control and Prevention sent a team, The New York Times said."
    actors = [_org(text, "U.S. Centers for Disease Control and Prevention"), _org(text, "New York Times")]
    article = analyse_places(text, actors=actors)
    us = place(article, "United States").mentions[0]
    assert us.text == "U.S." and not us.metonym
    # the newspaper's town is a mention of it, marked metonym: it stands for the newspaper
    (new_york,) = [m for p in article.places for m in p.mentions if m.text == "New York"]
    assert new_york.metonym


def test_unknown_organisation_named_like_a_town_in_place_context(analyse_places):
    text = "Cholera reached the town of Malakal, and Malakal said it needed help."
    first, second = text.index("Malakal"), text.rindex("Malakal")
    mentions = [Mention(first, first + 7, "Malakal"), Mention(second, second + 7, "Malakal")]
    unknown = Actor("m", "Malakal", "organization", mentions=mentions)
    malakal = place(analyse_places(text, actors=[unknown]), "Malakal")
    assert malakal.country == "SSD"
    assert [m.start for m in malakal.mentions] == [first]  # "Malakal said": the organisation
    known = Actor("m", "Malakal", "organization", mentions=mentions, wikidata="Q1")
    assert not analyse_places(text, actors=[known]).places  # the knowledge base knows it


def test_metonym_after_a_locative_word_is_a_place(analyse_places):
    text = "Direct flights to London resumed, and we flew from London to Nairobi."
    start = text.index("from London") + 5
    actors = [
        Actor("gbr", "United Kingdom", "state", mentions=[Mention(start, start + 6, "London", metonym=True)])
    ]
    article = analyse_places(text, actors=actors)
    assert any(m.start == start for m in place(article, "London").mentions)


def test_names_of_diseases_and_common_words_are_not_places(analyse_places):
    article = analyse_places("In Dallas, West Nile virus cases rose. Most were mild, officials said.")
    names = {p.name for p in article.places}
    assert "Dallas" in names
    assert not names & {"Nile", "Most"}


def test_listed_names_and_counties(analyse_places):
    text = "Cases were reported in Kisumu, Migori, Homa Bay and Rongo. Austin, in Scott County, Indiana, was hit."
    article = analyse_places(text)
    for name in ("Kisumu", "Migori", "Homa Bay", "Rongo"):
        assert place(article, name).country == "KEN", name
    scott = place(article, "Scott County")
    assert (scott.kind, scott.country) == ("region", "USA")
    assert 38 < scott.lat < 39.5 and -86.5 < scott.lon < -85  # Indiana's, of a dozen


def test_geovirus_quality_gate():
    from dyad.evaluate.places import evaluate

    result = evaluate(SHARED / "geo" / "GeoVirus.xml")
    figures = result["all"]
    assert figures["articles"] == 229
    assert result["tune"]["articles"] + result["check"]["articles"] == 229
    # measured 0.915 (tune 0.912, check 0.917), 0.939 over the mentions found, precision 0.807; the
    # rest: countries whose GeoNames and Wikipedia points lie over 322 km apart (Canada), continents,
    # and demonyms, metonyms and places in organisations' names GeoVirus does not mark: README, Status
    assert figures["accuracy_161km"] >= 0.89
    assert min(result["tune"]["accuracy_161km"], result["check"]["accuracy_161km"]) >= 0.88
    assert figures["accuracy_161km_resolved"] >= 0.91
    assert figures["precision"] >= 0.80


def _slow_norm(text: str) -> str:
    """The gazetteer key spelled out: what ``norm`` computes, with its ASCII shortcut or not."""
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("-", " ").replace("\u2013", " ")
    return " ".join(text.lower().split())


@given(st.text(st.sampled_from("aZ -'.\t\u2019\u2018\u2013éÅß\u00a0ﬁ"), max_size=12))
def test_norm_is_one_key_for_ascii_and_other_names(text):
    assert norm(text) == _slow_norm(text)
    assert norm("Côte d\u2019Ivoire") == norm("cote d'ivoire") == "cote d'ivoire"


def test_gazetteer_lookups_are_fresh_lists():
    gaz = Gazetteer([("Hanoi", "city", "VNM", 21.0, 105.8, 8_000_000, 1, True, None)], {"hanoi": (0,)})
    first = gaz.lookup("HANOI")
    first.append("something else")
    assert [(e.name, alt) for e, alt in gaz.lookup("Hanoi")] == [("Hanoi", False)]
    assert gaz.lookup("Hue") == []


def test_named_features_are_found_whatever_their_case():
    text = "Ships crossed the Gulf of Aden and the STRAIT OF HORMUZ, then the gulf of aden."
    found = [(c.text, c.from_entity) for c in _feature_matches(text)]
    assert ("Gulf of Aden", False) in found and ("STRAIT OF HORMUZ", False) in found
    assert "gulf of aden" not in [name for name, _ in found]  # lower case: only listed aliases


def test_cache_keeps_other_fingerprints_pickles_until_a_week_unused(tmp_path):
    """Several checkouts share the cache dir: a build removes only pickles unused for a week."""
    import os

    from dyad.extract.places.gazetteer import STALE_AFTER_S, remove_stale

    now = 1_000_000_000.0
    mine, recent, old, old_tmp = (
        tmp_path / n
        for n in ("gazetteer-a.pickle", "gazetteer-b.pickle", "gazetteer-c.pickle", "gazetteer-c.123.tmp")
    )
    for path, age in (
        (mine, 2 * STALE_AFTER_S),
        (recent, STALE_AFTER_S - 60),
        (old, STALE_AFTER_S + 60),
        (old_tmp, STALE_AFTER_S + 60),
    ):
        path.write_bytes(b"x")
        os.utime(path, (now - age, now - age))
    removed = remove_stale(tmp_path, keep=mine, now=now)
    assert sorted(p.name for p in removed) == ["gazetteer-c.123.tmp", "gazetteer-c.pickle"]
    assert mine.exists() and recent.exists() and not old.exists()
