"""Which place a name means: gazetteer candidates scored by a prior and by the article's context.

The prior prefers countries, then named regions, then cities by population (capitals a little
more), and names over alternate names. The context adds to a candidate when:

- its country is named elsewhere in the article (other places, demonyms such as "Israeli"; a
  small town, little, where the country is named only by its name in a story of another);
- another place of the article lies near it (Atlanta near the US state of Georgia);
- another first-level region of the same country is named (Georgia and Arizona);
- a region of several countries' names ("Punjab") is in the country its sentence names; so,
  a little, is a town of several countries' names where its sentence names one of them and no
  other ("In Nepal, the eastern district of Ilam", not Iran's Ilam province); a
  country's name listed with countries ("Niger, Chad and Cameroon") is the country;
- the text says "X, Y" and X lies in Y ("Paris, Texas", "the Amur region, Russia");
- a US county's or town's state is named elsewhere in the article.
- a capital or a city of 500,000 is in a country the article names as a country, other than its
  main one, where a town abroad bears its name too ("Dublin" beside "Irish" in a story full of US
  cities: not Dublin, Calif.; "Frankfurt" beside "German": not Frankfort, N.Y.).

A town 30 times smaller than a city of its country with its name (St. Louis, Mich.; Louisville,
Ohio) gets its state's and its neighbours' bonus only where a place of the article lies within
``LOCAL_KM`` of it, a qualifier names it, or the story is local.

A region's name before one of its lawmakers is the region ("a Washington Democrat", "Washington
senator Patty Murray"), as "Washington state" is.

Scores are computed from the prior first, then again with the context the last round's choices
give, until no choice changes (at most ``PASSES`` rounds).
Each choice keeps its score and the reasons that made it (``Resolved.reason``), for the user to
audit: "population 1.2M; in the article's country USA; near Dallas".

A demonym names its place directly ("Israeli": Israel; "Georgian": the country or the US state,
as the article says); a dateline's upper-case name is a town.
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from dyad.extract.places.entries import Entry, norm, post_town, read_words, water_name
from dyad.extract.places.gazetteer import Gazetteer
from dyad.extract.places.mentions import ADDRESS_STREETS, TOWNSHIP_WORDS, Candidate, place_context
from dyad.extract.places.sources import borders

PRIOR = {"country": 9.0, "region": 6.5, "water": 8.0, "site": 8.0, "other": 7.0}
WORLD_REGION = 8.5  # a region of no one country: a continent, "the Middle East"
REGION_NAMESAKE = 3.0  # a small town called like a region of its own country ("California, Pa.")
NAMESAKE_TOWN = 100_000
NAMESAKE_ABROAD_TOWN = 250_000  # a town called like a region of a populous country elsewhere
POPULOUS_COUNTRY = 10_000_000
BIG_CITY = 300_000  # a city this big elsewhere keeps its name from a small country's region
NAMESAKE_RATIO = 50  # a town 50x smaller than a same-named city is its namesake
FAR_NAMESAKE_RATIO = 30  # a town 30x smaller than a city of its name: its state or a town near it
FAR_NAMESAKE = "a city of its country 30 times its size has the name"  # ... speak for it only within LOCAL_KM
CITY_NAMESAKE = 1.5  # a region of a populous country abroad, or a city 50x bigger, has the name
ALTERNATE_OUTWEIGHS = 10  # an alternate name counts beside a place's own name when 10x as big
ALTERNATE_PENALTY = 2.0
ALTERNATE_CITY = 100_000  # a city this big known by another's name abroad stays an option ("Sudbury")
CAPITAL_BONUS = 0.7
WORLD_CITY = 500_000  # a city this big, or a capital, keeps its name where the article names its country
WORLD_CITY_NAMED = 2.0  # ... as a country, not its main one ("Dublin" by "Irish" in a US story)
WORLD_CITY_WHY = "a great city of the name is there"
WORLD_CITY_RATIO = 10  # ... and its namesakes abroad a tenth of its size or less
SAME_COUNTRY = 2.0
TOP_COUNTRY = 0.5
COUNTRY_ONLY = 0.5  # a small town of a country another's story names only by name or far towns ("Geneva", Ill.)
NEARBY = 1.5
NEARBY_KM = 250.0
NEARBY_DEGREES = NEARBY_KM / 111.0  # of latitude: farther apart than this, no need to measure
NEARER = 0.3  # of two places near the article's others, the nearer ("Suffolk County" by Southold)
LOCAL_KM = 80.0  # a local story's places lie this close together
LOCAL_EACH = 0.8  # for each of the article's places this close ("Cairo" by Paducah and Cape Girardeau)
LOCAL_LEAST, LOCAL_MOST = 2, 3  # places counted: none where only one is this close, three at most
SIBLING_REGION = 1.0
BORDERING = 1.0  # a place in a neighbour of a country the article names ("Gaza" in a story on Israel)
CONTAINED = 4.0
WITHIN_NAMED = 2.5  # a county whose state the article names
WITHIN_TOP = 0.5  # ... and names most ("Pike County" in a story that says "Kentucky" four times)
IN_COUNTY = 2.5  # a town in a county the article names, and the county ("a Paris woman ... in Bourbon County")
COUNTY_KM = 40.0  # a town this near a county's point lies in it or at its edge
REGION_REACH_KM = 600.0
CAPITAL_NAMESAKE = 1.5  # a region called like its country's capital ("Washington": the city)
LISTED_REGION = 1.5  # a region listed with another of its country ("Virginia, Washington and Ohio")
LISTED_TOWN = 2.5  # a town listed beside a town near it ("Balamban, Barili and Tuburan": Cebu's Tuburan)
LISTED_COUNTRY = 3.0  # a country listed with others ("Niger, Chad and Cameroon" in a story of Niger state)
SENTENCE_COUNTRY = 2.0  # a region whose country its sentence names ("In India, the state of Punjab")
SENTENCE_TOWN = 2.0  # a place in the one country its sentence names ("In Nepal, ... Ilam")
MIN_SCORE = 2.0
# a post-office town GeoNames' list lacks ("Hall", Mont.; "Capitol", Mont.): being in the story's
# country is not enough; the story's places must lie by it, or name its state or county
POST_TOWN_DOUBT = 1.5
COUNTRY_AS_TOWN = 4.0  # a country's name before "man" or "police" ("a Lebanon man"): a town's
PASSES = 4  # rounds of scoring by the others' choices, fewer where the choices settle
SHORT_FORM = 1.0  # "Suffolk" meaning "Suffolk County", which the article names: a little less sure
SITE_SCORE = 6.0  # a site's score: no surer than the place that gives its point
KIND_NAMED = "of the kind the words before it say"
COUNTRY_SAID = "its country named in its sentence"
TOWN_COUNTRY_SAID = "in the one country its sentence names"
LISTED_COUNTRIES = "listed with other countries"
_COMMA = re.compile(r"^(?:\s+[A-Za-z]+)?,\s*$|^\s*\($")  # "Decatur, Ala.", "Walker County (Ga.)"


@dataclass(slots=True)
class Resolved:
    candidate: Candidate
    entry: Entry
    score: float
    reason: str = ""


def resolve(candidates: list[Candidate], text: str, gaz: Gazetteer) -> list[Resolved]:
    sites = [c for c in candidates if c.site]
    named = _resolve_names([c for c in candidates if not c.site], text, gaz)
    named = _local_villages(_local_namesakes(named, text, gaz), text)
    named = _local_townships(_local_waters(_county_towns(named, text, gaz), text))
    placed = named + _placed_sites(sites, named, text, gaz)
    return sorted(placed + _bare_townships(candidates, placed), key=lambda r: r.candidate.start)


def _bare_townships(candidates: list[Candidate], placed: list[Resolved]) -> list[Resolved]:
    """A township's bare name the gazetteer places nowhere ("Upper Yoder" after "Upper Yoder
    Township", "Elk" after "Elk Township") stands where the township named in full was placed."""
    done = {(r.candidate.start, r.candidate.end) for r in placed}
    full: dict[str, Resolved] = {}
    for r in placed:
        if r.candidate.text.endswith(TOWNSHIP_WORDS):
            full.setdefault(r.candidate.text, r)
    out = []
    for c in candidates:
        whole = full.get(c.short_for or "")
        if whole is not None and (c.start, c.end) not in done:
            out.append(Resolved(c, whole.entry, whole.score, f"short for {c.short_for}, which the article names"))
    return out


LOCAL_WATER_KM = 100.0
LOCAL_WATER_TOWN = 50_000  # a bigger town names its river ("Tijuana River"): the river is there


_WATER_AFTER = re.compile(r"\s+[A-Z][a-z]+")


def _local_waters(named: list[Resolved], text: str) -> list[Resolved]:
    """A water's name the gazetteer knows only as a town far from the article's town ("Lake
    Mary", "Wolf Creek", "the Ross River dam": small towns in Florida, Utah, the Northern
    Territory, in stories from Flagstaff, Dayton, Townsville) is the article's own water: at its
    town's point. So is a water or island whose first words alone are a far town's or a foreign
    region's name, in no state or country the article names ("Falcon Lake" in a story from
    McAllen: not Falcón, Venezuela; "Delft Island" in one from Rameswaram: not Delft)."""
    town = _main_town(named)
    if town is None:
        return named
    out = []
    for r in named:
        e, name = r.entry, r.candidate.text
        after = _WATER_AFTER.match(text, r.candidate.end)
        part = bool(after) and not _feature_name(name) and _feature_name(name + after.group(0))
        if part:
            name += after.group(0)  # "Ross" of "Ross River"
        if (
            _feature_name(name)
            and distance_km(e, town.entry) > LOCAL_WATER_KM
            and (
                (e.kind == "city" and e.population < LOCAL_WATER_TOWN and water_name(name))
                or (part and e.kind in ("city", "region") and not _named_home(e, town.entry, named))
            )
        ):
            t = town.entry
            water = water_name(name)
            entry = Entry(name, "water" if water else "site", t.country, t.lat, t.lon, within=t.name)
            why = f"{'a water' if water else 'a feature'} of {t.name}, the article's town"
            r = Resolved(r.candidate, entry, min(town.score, SITE_SCORE), why)
        out.append(r)
    return out


def _feature_name(name: str) -> bool:
    """A water's name, or a land or sea feature's ("Delft Island", "Church Bay")."""
    words = name.split()
    return water_name(name) or (
        len(words) > 1 and words[0][:1].isupper() and norm(words[-1]) in read_words("feature_words.txt")
    )


VILLAGE_POPULATION = 25_000  # a far town this small, named bare in a local story, is no namesake
VILLAGE_FAR_KM = 300.0
VILLAGE_ABROAD = 50_000  # ... or a town abroad this small, whose country the article does not name ("Chichester")
VILLAGE_ABROAD_KM = 100.0  # ... even this near, across a border ("Caledonia", Ont., is no town of New York)
LOCAL_STORY_PLACES = 2  # other places of the story within LOCAL_KM of its town make it local
_QUALIFIED_AFTER = re.compile(r"^,\s*[A-Z]")


def _local_villages(named: list[Resolved], text: str) -> list[Resolved]:
    """A small town far away, named bare (no state or country after it) in a local story ("a
    Howard man", "near Bladensburg" in a story from Mount Vernon, Ohio; "Kathleen" in one from
    Perry, Ga.), is a village of the story's own area the gazetteer lacks (it has places of 500
    people or more; local news names smaller ones, and names far towns with their state, as
    AP style has it): at the point of the story's town. So is any far town listed next to a
    town of the story's area ("including Grand Forks and Oslo" in a story from Fargo: not Oslo,
    Norway), at that town's point. A story is local where two other places it names lie within
    ``LOCAL_KM`` of its town. In a story about one city that is not local so (``_story_town``),
    only a small town of a country no other place of the story lies in is such a village
    ("Headingley" in a story from Leeds: no Headingley, Manitoba)."""
    town = _local_town(named)
    story = town is None
    town = _story_town(named) if story else town
    if town is None:
        return named
    t = town.entry
    out = []
    compact = _compact_story(named, t, text)
    for r in named:
        e, c = r.entry, r.candidate
        if compact and _lone_far_town(r, t, named, text):
            out.append(_village_at(r, town, None, t))
            continue
        if story and (
            e.country == t.country
            or c.metonym
            or any(o.entry.country == e.country and o.candidate.text != c.text for o in named)
        ):
            out.append(r)
            continue
        if (
            e.kind != "city"
            or c.dateline
            or c.demonym
            or _QUALIFIED_AFTER.match(text, c.end)
            or distance_km(e, t) <= _village_far_km(e, t)
            or _named_home(e, t, named, text)
            or r.reason.startswith(NEAR_NAMESAKE)
        ):
            out.append(r)
            continue
        near = None if story else _listed_with_local(r, t, named, text)  # a capital listed so is no metonym either
        small = e.population < (VILLAGE_POPULATION if e.country == t.country else VILLAGE_ABROAD)
        if near is not None or (not c.metonym and (small or _foreign_spelling(c, e, t))):
            r = _village_at(r, town, near, t)
        out.append(r)
    return out


def _village_at(r: Resolved, town: Resolved, near: Resolved | None, t: Entry) -> Resolved:
    """The name as a village the gazetteer lacks, at the point of the town it is listed with, else
    of the story's town."""
    c, e = r.candidate, r.entry
    at = near.entry if near is not None else t
    c.metonym = False  # a village stands for no state
    entry = Entry(c.text, "city", at.country, at.lat, at.lon, within=at.within)
    how = "listed with it" if near is not None else "the article's town"
    why = f"a village near {at.name}, {how}, that the gazetteer lacks ({e.name} lies {distance_km(e, t):.0f} km away)"
    return Resolved(c, entry, min(town.score, SITE_SCORE), why)


LONE_FAR_KM = 160.0  # a small town of the story's country this far from its town, near none of its places
LONE_TOWN_POPULATION = 15_000  # ... this small (a suburb, a village), its size known to the gazetteer


def _compact_story(named: list[Resolved], town: Entry, text: str) -> bool:
    """Whether every town the article vouches for (a big one, one filed from, one with its
    state or country after it) lies within ``VILLAGE_FAR_KM`` of its town: a story of one area."""
    return all(
        distance_km(r.entry, town) <= VILLAGE_FAR_KM
        for r in named
        if r.entry.kind == "city"
        and r.entry.country == town.country
        and (
            r.entry.population >= VILLAGE_POPULATION
            or r.candidate.dateline
            or _QUALIFIED_AFTER.match(text, r.candidate.end)
        )
    )


def _lone_far_town(r: Resolved, town: Entry, named: list[Resolved], text: str) -> bool:
    """A small town of the story's own country (not the US, where the state is the home), named
    bare, over ``LONE_FAR_KM`` from the town of a story of one area, that no other place of the
    article lies near: a village or suburb of the story's area the gazetteer lacks, not a namesake
    across the country ("Castletown" in a story from Letterkenny: not Wexford's; "Westwood" in
    one from Regina: not an Edmonton suburb)."""
    e, c = r.entry, r.candidate
    return (
        e.kind == "city"
        and e.country == town.country
        and e.country != "USA"
        and 0 < e.population < LONE_TOWN_POPULATION
        and not (c.dateline or c.demonym or c.metonym or _QUALIFIED_AFTER.match(text, c.end))
        and distance_km(e, town) > LONE_FAR_KM
        and not any(
            o.entry.name != e.name and o.entry.kind != "country" and distance_km(o.entry, e) <= LOCAL_KM
            for o in named
        )
    )


COUNTY_TOWN_POPULATION = 50_000  # a far town this small, named bare in a story of one state's counties, is that state's


def _county_towns(named: list[Resolved], text: str, gaz: Gazetteer) -> list[Resolved]:
    """A small town of another US state far from the county the story names ("Smithville" in a
    story of DeKalb County, Tenn.; "the cities of Licking and Summersville" in one of Texas
    County, Mo.), named bare, where the counties the story names all lie in one state and the
    story names no place of the far town's state: the namesake of the county's state nearest the
    county, or, where the gazetteer lacks one (it has towns of 500 people or more), a town of
    that state at the county's point. The story's counties settle its state where no town does."""
    county = _home_county(named)
    if county is None:
        return named
    k, state = county.entry, county.entry.within
    out = []
    for r in named:
        e, c = r.entry, r.candidate
        if (
            e.kind != "city"
            or e.country != "USA"
            or e.within == state
            or e.population >= COUNTY_TOWN_POPULATION
            or c.dateline
            or c.demonym
            or c.metonym
            or _of_township(c)
            or _QUALIFIED_AFTER.match(text, c.end)
            or distance_km(e, k) <= VILLAGE_FAR_KM
            or r.reason.startswith(NEAR_NAMESAKE)
            or _named_home(e, k, named, text)
        ):
            out.append(r)
            continue
        near = [o for o, alternate in gaz.lookup(c.text) if not alternate and o.kind == "city" and o.within == state]
        home = min(near, key=lambda o: distance_km(o, k), default=None)
        if _in_namesake_county(e, county, gaz, distance_km(home, k) if home is not None else math.inf):
            out.append(r)
            continue
        far = f"{e.name}, {e.within} lies {distance_km(e, k):.0f} km away"
        if home is not None:
            r = Resolved(c, home, r.score, f"{NEAR_NAMESAKE} {k.name}, the story's county ({far})")
        else:
            entry = Entry(c.text, "city", k.country, k.lat, k.lon, within=state)
            why = f"a town of {state} the gazetteer lacks, at the point of {k.name}, the story's county ({far})"
            r = Resolved(c, entry, min(county.score, SITE_SCORE), why)
        out.append(r)
    return out


def _in_namesake_county(town: Entry, county: Resolved, gaz: Gazetteer, home_km: float) -> bool:
    """Whether the far town lies in a county of its own state named like the story's county,
    nearer than the namesake of the county's state lies to it ("Smithville" and "Clay County":
    Smithville, Mo., lies in Clay County, Mo.): the two may be of the town's state."""
    return any(
        o.kind == "region" and o.within == town.within and distance_km(o, town) <= min(COUNTY_KM, home_km)
        for o, alternate in gaz.lookup(county.candidate.text)
        if not alternate
    )


def _home_county(named: list[Resolved]) -> Resolved | None:
    """The US county a story names most, where every county it names lies in one state and it
    names no other state; None otherwise."""
    counties = [
        r
        for r in named
        if r.entry.kind == "region" and r.entry.country == "USA" and r.entry.within and not r.candidate.demonym
    ]
    states = {r.entry.within for r in counties}
    if len(states) != 1:
        return None
    state = states.pop()
    if any(
        r.entry.kind == "region" and r.entry.country == "USA" and r.entry.within is None and r.entry.name != state
        for r in named
    ):
        return None
    counts = Counter(r.entry.name for r in counties)
    return max(counties, key=lambda r: counts[r.entry.name])


NAMESAKE_NEAR_KM = 500.0  # a namesake this near a local story's town is the story's own
NAMESAKE_NEAR_TOWN = 10_000  # ... over a far big city, where it is this big ("Sydney", N.S.)
NEAR_NAMESAKE = "the namesake near"  # how such a choice starts its reason: no village after it


def _local_namesakes(named: list[Resolved], text: str, gaz: Gazetteer) -> list[Resolved]:
    """A town abroad named bare in a local story, whose country the article does not otherwise
    name, is the namesake of the story's own country near its town where the gazetteer has one
    ("Sydney", "Liverpool" in a story from Halifax: Nova Scotia's, not Australia's; "Appleby" in
    one from Keswick: Appleby-in-Westmorland, not Lincolnshire's). Not a capital abroad, nor a
    big city for a namesake smaller than ``NAMESAKE_NEAR_TOWN``. Repeated while one such choice
    takes a vouching country away from another ("North Sydney" after "Sydney")."""
    if len({r.entry.country for r in named if r.entry.kind == "city"}) < 2:
        return named  # towns of one country: none abroad
    town = _local_town(named)
    if town is None:
        return named
    t = town.entry
    for _ in range(3):
        changed, out = False, []
        for r in named:
            near = _near_namesake(r, t, named, text, gaz)
            if near is not None:
                why = f"{NEAR_NAMESAKE} {t.name}, the story's town ({r.entry.name}, {r.entry.country} lies {distance_km(r.entry, t):.0f} km away)"
                r, changed = Resolved(r.candidate, near, r.score, why), True
            out.append(r)
        named = out
        if not changed:
            break
    return named


def _near_namesake(r: Resolved, t: Entry, named: list[Resolved], text: str, gaz: Gazetteer) -> Entry | None:
    e, c = r.entry, r.candidate
    if (
        e.kind != "city"
        or e.country == t.country
        or e.capital
        or c.metonym
        or not _far_bare_town(r, t, text, big=True)
        or distance_km(e, t) <= NAMESAKE_NEAR_KM
        or _named_home(e, t, named, text)
    ):
        return None
    big = e.population >= BIG_CITY
    near = [
        o
        for o, alternate in gaz.lookup(c.text)
        if not alternate
        and o.kind == "city"
        and o.country == t.country
        and (not big or o.population >= NAMESAKE_NEAR_TOWN)
        and distance_km(o, t) <= NAMESAKE_NEAR_KM
    ]
    return min(near, key=lambda o: distance_km(o, t), default=None)


def _foreign_spelling(c: Candidate, e: Entry, town: Entry) -> bool:
    """Whether the name is only another spelling of a town abroad ("Kurla" of Korla, China, in a
    story from Mumbai; "Barna" of Bern in one from Galway): a place of the story's own area."""
    return e.country != town.country and norm(c.text) != norm(e.name)


_LIST_GAP = re.compile(r"^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$")


def _listed_with_local(r: Resolved, town: Entry, named: list[Resolved], text: str) -> Resolved | None:
    """The town of the story's area (within ``_village_far_km`` of its town) the name is listed
    next to ("including Grand Forks and Oslo" in a story from Fargo), if any."""
    c = r.candidate
    for o in named:
        if o is r or o.entry.kind != "city" or distance_km(o.entry, town) > _village_far_km(o.entry, town):
            continue
        first, second = sorted(((c.start, c.end), (o.candidate.start, o.candidate.end)))
        if first[1] < second[0] and _LIST_GAP.match(text[first[1] : second[0]]):
            return o
    return None


def _local_town(named: list[Resolved]) -> Resolved | None:
    """The town of a local story: the one most of its other places lie within ``LOCAL_KM`` of,
    ``LOCAL_STORY_PLACES`` or more (of equals, the one it names most): Keswick, not
    Manchester, in a story from the Lake District; Maitland, not Hunter, Ohio, in one that
    names "the Hunter" twice. None where the dateline names several towns ("MULTAN/BAHAWALPUR:"):
    a report filed from each has no one town."""
    if len({r.entry.name for r in named if r.candidate.dateline}) > 1:
        return None
    towns = [
        r
        for r in named
        if r.entry.kind == "city" and not (r.candidate.metonym or r.candidate.demonym or _of_township(r.candidate))
    ]
    counts = Counter(r.entry.name for r in towns)
    best, best_key = None, (0, 0)
    for r in towns:
        around = len(
            {
                o.entry.name
                for o in named
                if o.entry.name != r.entry.name
                and o.entry.kind in ("city", "district", "region")
                and distance_km(o.entry, r.entry) <= LOCAL_KM
            }
        )
        if (around, counts[r.entry.name]) > best_key:
            best, best_key = r, (around, counts[r.entry.name])
    return best if best_key[0] >= LOCAL_STORY_PLACES else None


def _named_home(entry: Entry, town: Entry, named: list[Resolved], text: str = "") -> bool:
    """Whether the far town's home is the story's too: it lies in the story town's state (a US
    town) or country (elsewhere), or the article names another place there ("Warwick" in a
    story that names Queensland; "Babatngon" in one from Manila that names Leyte). Far towns
    named bare do not vouch for each other: "Grasmere" and "Grange" in a story from Keswick are
    villages of Cumbria, not two towns of Australia that name Australia for each other."""
    if entry.country == town.country and (entry.within == town.within or entry.country != "USA"):
        return True
    return any(
        r.entry is not entry
        and r.entry.country == entry.country
        and (entry.country != "USA" or entry.within in (r.entry.within, r.entry.name))
        and not _far_bare_town(r, town, text)
        for r in named
        if r.entry.kind != "country" or r.entry.country != "USA"
    )


def _far_bare_town(r: Resolved, town: Entry, text: str, big: bool = False) -> bool:
    """A town far from the story's own, not big (or any, with ``big``), named with no state or
    country after it and not filed from: no proof that the article speaks of its country."""
    e, c = r.entry, r.candidate
    return (
        bool(text)
        and e.kind == "city"
        and (big or e.population < BIG_CITY)
        and not (c.dateline or c.demonym or _QUALIFIED_AFTER.match(text, c.end))
        and distance_km(e, town) > _village_far_km(e, town)
    )


def _village_far_km(entry: Entry, town: Entry) -> float:
    """How far from a local story's town a town named bare must lie to be no proof of itself:
    less across a border, where two small towns of New York ("Caledonia", "Cayuga") do not
    outweigh the Ontario story they are named in."""
    return VILLAGE_FAR_KM if entry.country == town.country else VILLAGE_ABROAD_KM


def _local_townships(named: list[Resolved]) -> list[Resolved]:
    """A township named like a place far from the article's town ("Plain Township", "Washington
    Township" in a story from Wooster or Lafayette: not Plain, Wis., nor the capital) is one of
    the article's county: at its town's point."""
    town = _main_town(named)
    if town is None or not any(_of_township(r.candidate) for r in named):
        return named
    out = []
    for r in named:
        if _of_township(r.candidate) and r is not town and distance_km(r.entry, town.entry) > LOCAL_WATER_KM:
            t = town.entry
            entry = Entry(r.candidate.text, "district", t.country, t.lat, t.lon, within=t.name)
            r = Resolved(r.candidate, entry, min(town.score, SITE_SCORE), f"a township near {t.name}, the article's town")
        out.append(r)
    return out


def _of_township(candidate: Candidate) -> bool:
    """A township's name, with its word or alone after it ("Perry" after "Perry Twp.")."""
    return candidate.township or (candidate.short_for or "").endswith(TOWNSHIP_WORDS)


def _placed_sites(
    sites: list[Candidate], named: list[Resolved], text: str = "", gaz: Gazetteer | None = None
) -> list[Resolved]:
    """A named site stands at the point of the place named with it ("... School in Miami-Dade");
    a street with none, at the point of the town the article names most; a village, at a local
    story's town, or at the town of a story about one city where it stands where a place stands
    ("arrested at Mzizima")."""
    by_span = {(r.candidate.start, r.candidate.end): r for r in named}
    town = _main_town(named)
    local = _local_town(named) if any(s.village for s in sites) else None
    story = _story_town(named) if local is None and gaz is not None and any(s.village for s in sites) else None
    out = []
    for site in sites:
        place = by_span.get(site.site_in) if site.site_in else town if site.street else local if site.village else None
        if (
            place is None
            and story is not None
            and site.village
            and (place_context(text, site.start, site.end, gaz) or _ADDRESS_BEFORE.search(text, max(0, site.start - 20), site.start))
        ):
            place = story
        region = None
        if place is None and site.village and _PLACE_OF_BEFORE.search(text, max(0, site.start - 30), site.start):
            place = region = _region_of_village(site, named, text)
        if place is not None:
            e = place.entry
            water = site.street and water_name(site.text)
            kind = "water" if water else "district" if site.township else "city" if site.village else "site"
            entry = Entry(site.text, kind, e.country, e.lat, e.lon, within=e.name)
            why = (
                f"a village by {e.name} that the gazetteer lacks"
                if site.village and site.site_in
                else f"a village of {e.name}, the region named nearest it, that the gazetteer lacks"
                if region is not None
                else f"a site in {e.name}, at its point"
                if site.site_in
                else f"a water of {e.name}, the article's town"
                if water
                else f"a township near {e.name}, the article's town"
                if site.township
                else f"a village near {e.name}, the article's town, that the gazetteer lacks"
                if site.village
                else f"a building of {e.name}, the article's town"
                if norm(site.text) in read_words("town_buildings.txt")
                else f"a street of {e.name}, the article's town"
            )
            out.append(Resolved(site, entry, min(place.score, SITE_SCORE), why))
    return out


_PLACE_OF_BEFORE = re.compile(r"\b(?:village|town|hamlet|settlement)\s+of\s+$")
# a street of an address before the name ("of Mill Road, Rathcurra": its suburb)
_ADDRESS_BEFORE = re.compile(rf"\b{ADDRESS_STREETS},\s+$")
_SENTENCE_END = re.compile(r"[.!?][\"'’”]?\s")


def _region_of_village(site: Candidate, named: list[Resolved], text: str) -> Resolved | None:
    """The region a village the gazetteer lacks lies in, where the text calls it one ("the
    village of Kolodiazne", "the village of Kampungu") and names regions but no local town: the
    region named nearest it in its sentence, else the last one named before it ("... the
    Kharkiv region. A man died in the village of X"). Kept for first-level regions and
    districts, whose points lie near enough their villages."""
    regions = [r for r in named if r.entry.kind in ("region", "district") and r.entry.country and not r.candidate.demonym]
    same = [
        r
        for r in regions
        if not _SENTENCE_END.search(text, min(r.candidate.end, site.end), max(r.candidate.start, site.start))
    ]
    if same:
        return min(same, key=lambda r: min(abs(r.candidate.start - site.end), abs(site.start - r.candidate.end)))
    before = [r for r in regions if r.candidate.end <= site.start]
    return max(before, key=lambda r: r.candidate.end) if before else None


STORY_TOWN_MENTIONS = 2  # a story names its own town this often at least


def _story_town(named: list[Resolved]) -> Resolved | None:
    """The town of a story about one city, where its villages and suburbs are named too ("at
    Mzizima", "in Khayelitsha" in a story of Mombasa or Cape Town) though no two other places
    lie near enough to make it local: the town it names most, ``STORY_TOWN_MENTIONS`` times or
    more, in the country most of its places lie in; no story that names another country (talks
    in Geneva between two others), nor a town far from every region of its country the story
    names (a "Lincoln" car in a story from Georgia)."""
    town = _main_town(named)
    if town is None or any(r.entry.kind == "country" and r.entry.country != town.entry.country for r in named):
        return None
    regions = [r.entry for r in named if r.entry.kind in ("region", "district") and r.entry.country == town.entry.country]
    if regions and all(distance_km(e, town.entry) > REGION_REACH_KM for e in regions):
        return None
    countries = Counter(r.entry.country for r in named if r.entry.country)
    mentions = sum(r.entry.name == town.entry.name for r in named if r.entry.kind == "city")
    home = countries.most_common(1)[0][0] if countries else None
    return town if mentions >= STORY_TOWN_MENTIONS and town.entry.country == home else None


def _main_town(named: list[Resolved]) -> Resolved | None:
    """The town the article names most as a place; of equals, the one most of its other places
    lie near (Killarney, not Dublin, in a story from Kerry that names each twice), then the
    biggest."""
    towns = [
        r
        for r in named
        if r.entry.kind == "city" and not (r.candidate.metonym or r.candidate.demonym or _of_township(r.candidate))
    ]
    counts = Counter(r.entry.name for r in towns)
    most = max(counts.values(), default=0)
    tied = [r for r in towns if counts[r.entry.name] == most]
    if len({r.entry.name for r in tied}) == 1:
        return tied[0]
    around = lambda r: sum(  # noqa: E731
        o.entry.name != r.entry.name and distance_km(o.entry, r.entry) <= LOCAL_KM for o in named
    )
    return max(tied, key=lambda r: (around(r), r.entry.population), default=None)


def _resolve_names(candidates: list[Candidate], text: str, gaz: Gazetteer) -> list[Resolved]:
    options = [
        _options(c, gaz, _next_word(text, c.end), _kind_word_before(text, c.start), _the_before(text, c.start))
        for c in candidates
    ]
    pairs = _comma_pairs(candidates, text, options)
    listed = _list_neighbours(candidates, text, options)
    mates, town_mates = _sentence_mates(candidates, text, options)
    rounds = lambda start: _rounds(candidates, options, pairs, (listed, mates, town_mates), start)  # noqa: E731
    choice = rounds([max(opts, key=_by_score, default=None) for opts in options])
    together = _together_start(options, choice)
    if together is not None:
        other = rounds(together)
        if _total(other) > _total(choice):
            choice = other
    _short_forms(
        candidates,
        choice,
        lambda i: (
            _Context(
                candidates, choice, i, listed.get(i, ()), mates.get(i, ()), town_mates.get(i, ()), _local_story(choice)
            ),
            pairs.get(i),
        ),
    )
    _shared_country_names(candidates, choice)
    _city_parts(candidates, text, choice)
    _town_parts(candidates, choice)
    _unknown_qualified_towns(candidates, text, options, choice, pairs)
    return [
        Resolved(c, best[0], round(best[1], 2), "; ".join(best[2]))
        for c, best in zip(candidates, choice, strict=True)
        if best is not None and best[1] >= MIN_SCORE
    ]


def _rounds(candidates, options, pairs, beside, choice: list) -> list:
    """Score every option by the others' choices, round after round, from ``choice``; ``beside``
    holds the names each is listed with and those of its sentence."""
    listed, mates, town_mates = beside
    keys = [norm(c.text) for c in candidates]  # each candidate's key, once for every context of every pass
    for _ in range(PASSES):
        scored, margins = [], []
        local = _local_story(choice)
        shared: dict = {}  # the rest of the article by candidate key, for this pass's choice
        for i, opts in enumerate(options):
            context = _Context(
                candidates, choice, i, listed.get(i, ()), mates.get(i, ()), town_mates.get(i, ()), local, keys, shared
            )
            ranked = sorted((_scored(o, context, pairs.get(i)) for o in opts), key=_by_score, reverse=True)
            scored.append(ranked[0] if ranked else None)
            margins.append(ranked[0][1] - ranked[1][1] if len(ranked) > 1 else ranked[0][1] if ranked else 0.0)
        _one_sense(candidates, options, scored, margins)
        settled = [c and c[0] for c in scored] == [c and c[0] for c in choice]
        choice = scored
        if settled:
            break
    return choice


def _local_story(choice: list) -> bool:
    """Whether the choices make a local story: a town with ``LOCAL_STORY_PLACES`` other towns,
    counties or regions chosen within ``LOCAL_KM`` of it (as ``_local_town`` has it)."""
    places = [c[0] for c in choice if c is not None and c[0].kind in ("city", "district", "region")]
    return any(
        e.kind == "city"
        and len({o.name for o in places if o.name != e.name and distance_km(o, e) <= LOCAL_KM}) >= LOCAL_STORY_PLACES
        for e in places
    )


TOGETHER_OPTIONS = 12  # of each name's options, the likeliest this many are tried for a local start


def _together_start(options: list, choice: list) -> list | None:
    """Another start for the rounds: each name's option that the most other names can lie beside
    (within ``LOCAL_KM``), where that differs from the choice made from the likeliest start
    ("Berlin, Gorham and Lancaster" with Coos County: the New Hampshire towns, not Berlin, Germany,
    Gorham, Maine and Lancaster, Mass.). None where it is the same or no name has such options."""
    local = [
        [o for o in sorted(opts, key=_by_score, reverse=True)[:TOGETHER_OPTIONS] if o[0].kind in _LOCAL_KINDS]
        for opts in options
    ]
    named = sum(1 for opts in local if opts)
    if named < 2:
        return None
    least = min(LOCAL_LEAST, named - 1)  # a town and its county alone: each beside the other
    cells: dict[tuple[int, int], list[tuple[int, Entry]]] = {}
    for k, opts in enumerate(local):
        for o in opts:
            cells.setdefault((math.floor(o[0].lat), math.floor(o[0].lon)), []).append((k, o[0]))
    start = []
    for i in range(len(options)):
        counted = [(_beside(o[0], i, cells), o[1], n) for n, o in enumerate(local[i])]
        best = max(counted, default=None)
        start.append(local[i][best[2]] if best and best[0] >= least else choice[i])
    if [c and c[0] for c in start] == [c and c[0] for c in choice]:
        return None
    return start


_LOCAL_KINDS = ("city", "district", "region", "site")


def _beside(entry: Entry, own: int, cells: dict) -> int:
    """How many other names have an option within ``LOCAL_KM`` of ``entry`` (options kept by
    one-degree cells: two cells of longitude reach 80 km up to 60 degrees of latitude)."""
    lat, lon = math.floor(entry.lat), math.floor(entry.lon)
    names = {
        k
        for a in (-1, 0, 1)
        for b in (-2, -1, 0, 1, 2)
        for k, e in cells.get((lat + a, lon + b), ())
        if k != own and distance_km(e, entry) < LOCAL_KM
    }
    return len(names)


def _total(choice: list) -> float:
    return sum(c[1] for c in choice if c is not None)


def _one_sense(candidates: list[Candidate], options: list, choice: list, margins: list[float]) -> None:
    """A name means one place throughout an article: its mentions take the choice of the one
    whose evidence is clearest, a mention whose wording says what kind of place it is first, then
    the one whose choice leads the next option by most ("the province of Ontario" settles the bare
    "Ontario" of a story that also names Buffalo, New York; "a Lebanon man" the later "in
    Lebanon"), where that place is among their own options. A mention qualified by the place
    named with it keeps its own choice ("In Lebanon, the port of Tripoli" in a story filed from
    Libya's); the others take the dateline's choice where the article's dateline is the name
    ("SAN JOSE, Costa Rica", then "in San Jose", then "San Jose, California"), or the first
    mention's where that is qualified ("Parkland, Florida", then "the Parkland students")."""
    groups: dict[str, list[int]] = {}
    for i, cand in enumerate(candidates):
        if choice[i] is not None and not cand.demonym:
            groups.setdefault(norm(cand.text), []).append(i)
    for members in groups.values():
        qualified = [i for i in members if _qualified(choice[i])]
        bare = [i for i in members if i not in qualified] or members
        filed = [i for i in members if candidates[i].dateline]  # the story's own town, as its dateline says
        if filed or members[0] in qualified:  # or as first named: "Parkland, Florida", then "Parkland"
            best = choice[filed[0] if filed else members[0]]
        else:
            best = choice[max(bare, key=lambda i: (candidates[i].region_hint, margins[i]))]
        for i in members:
            if i in qualified:  # "San Jose, Costa Rica" and later "San Jose, California": two places
                continue
            if choice[i][0] != best[0] and any(o[0] == best[0] for o in options[i]):
                choice[i] = (best[0], best[1], [*best[2], "as the same name elsewhere in the article"])


def _qualified(choice: tuple) -> bool:
    """Whether a choice rests on the place named with it ("San Jose, Costa Rica"), on the kind
    of place the words before it say ("the former Soviet republic of Georgia"), on the country
    its sentence names ("In India, the state of Punjab" in a story of Pakistan's Punjab) or on
    the countries it is listed with ("Niger, Chad and Cameroon" in a story of Niger state)."""
    return any(
        why.startswith("qualified by ") or why in (KIND_NAMED, COUNTRY_SAID, LISTED_COUNTRIES) for why in choice[2]
    )


def _short_forms(candidates: list[Candidate], choice: list, context_of) -> None:
    """A bare name may mean a division the article also names in full ("the Suffolk Times" after
    "Suffolk County"): that division, as the full name was resolved, is weighed against the bare
    name's own choice, a little less likely than the same entry under its own name. A country, a
    capital or a city of 100,000+ keeps the bare name ("Washington" beside "Washington County")."""
    full: dict[str, tuple[Entry, str]] = {}
    for cand, best in zip(candidates, choice, strict=True):
        stripped = _strip_region_word(cand.text)
        if stripped and best is not None and best[0].kind in ("district", "region") and best[0].country:
            full.setdefault(norm(stripped), (best[0], cand.text))
    for i, cand in enumerate(candidates if full else ()):
        hit = None if cand.demonym else full.get(norm(cand.text))
        if hit is None or (choice[i] is not None and _keeps_its_name(choice[i][0], hit[0])):
            continue
        why = [hit[0].kind, f"short for {hit[1]}, which the article names"]
        option = _scored((hit[0], _prior(hit[0], False) - SHORT_FORM, why), *context_of(i))
        if choice[i] is None or option[1] > choice[i][1]:
            choice[i] = option


def _shared_country_names(candidates: list[Candidate], choice: list) -> None:
    """A short name two countries' names end in ("Congo" of the Republic of the Congo and of the
    Democratic Republic of the Congo; "Korea") means the one of them the article names otherwise
    ("DR Congo", "the Democratic Republic of Congo"), where it names only that one: the bare
    name's own choice (the gazetteer's, one of the two) gives way to it."""
    named: dict[str, tuple[Entry, set[str]]] = {}  # country -> its entry and the names it is called by
    for cand, best in zip(candidates, choice, strict=True):
        if best is not None and best[0].kind == "country" and best[0].country and not cand.demonym:
            named.setdefault(best[0].country, (best[0], set()))[1].add(norm(cand.text))
    for i, cand in enumerate(candidates if len(named) > 1 else ()):
        best, bare = choice[i], norm(cand.text)
        if best is None or best[0].kind != "country" or cand.demonym or not _short_of(bare, best[0]):
            continue
        if named[best[0].country][1] - {bare}:
            continue  # the article names the bare name's own country otherwise too
        others = [e for iso, (e, _) in named.items() if iso != best[0].country and _short_of(bare, e)]
        if len(others) == 1:
            choice[i] = (others[0], best[1], [others[0].kind, f"short for {others[0].name}, which the article names"])


def _short_of(bare: str, country: Entry) -> bool:
    """Whether a name is the last words of a country's longer name ("congo" of "Republic of the
    Congo")."""
    return norm(country.name).endswith(" " + bare)


_OWNER_GAP = re.compile(r"^['\u2019]s\s+$")
CITY_PART_KM = 100.0  # a part of a city lies nearer than this to its point


def _city_parts(candidates: list[Candidate], text: str, choice: list) -> None:
    """A name after a town's possessive ("Chicago's South Side", "London's West End") is a part
    of that town: where its own choice lies far away (a namesake elsewhere), it stands at the
    town's point."""
    for i in range(1, len(candidates)):
        owner, own = choice[i - 1], choice[i]
        if owner is None or own is None or owner[0].kind != "city" or candidates[i].demonym:
            continue
        if not _OWNER_GAP.match(text[candidates[i - 1].end : candidates[i].start]):
            continue
        if distance_km(owner[0], own[0]) > CITY_PART_KM:
            e = owner[0]
            part = Entry(candidates[i].text, "site", e.country, e.lat, e.lon, within=e.name)
            choice[i] = (part, min(owner[1], SITE_SCORE), [f"a part of {e.name}, at its point"])


def _town_parts(candidates: list[Candidate], choice: list) -> None:
    """A name most towns give a part of themselves ("the West End", "the East Side") is a part of
    the town the article names most, where its own choice lies far from it."""
    parts = [i for i, c in enumerate(candidates) if norm(c.text) in _town_part_names() and not c.demonym]
    if not parts:
        return
    towns = [
        (k, c)
        for k, c in enumerate(choice)
        if c is not None and c[0].kind == "city" and k not in parts
        and not (candidates[k].metonym or candidates[k].demonym)
    ]
    counts = Counter(c[0].name for _, c in towns)
    town = max(towns, key=lambda t: (counts[t[1][0].name], t[1][0].population), default=None)
    for i in parts if town else ():
        e = town[1][0]
        if choice[i] is None or distance_km(e, choice[i][0]) > CITY_PART_KM:
            part = Entry(candidates[i].text, "site", e.country, e.lat, e.lon, within=e.name)
            choice[i] = (part, min(town[1][1], SITE_SCORE), [f"a part of {e.name}, the article's town"])


_LISTED_BEFORE = re.compile(r"[\w.],\s+$")  # "Miami, West Palm Beach, New York"
_LISTED_AFTER = re.compile(r",?\s+(?:and|or)\s|,\s+[A-Z][\w'’-]*,")


def _unknown_qualified_towns(
    candidates: list[Candidate], text: str, options: list, choice: list, pairs: dict[int, int]
) -> None:
    """A town qualified by its US state ("WESTBORO, WI", "Roopville, Ga.") where the gazetteer
    has no town of the name there (small towns are missing) stands at that state's point, not at
    a namesake in another state (Westborough, Massachusetts). Not in a list of towns ("Miami,
    West Palm Beach, New York, and Detroit")."""
    for i in range(len(candidates) - 1):
        town, state = choice[i], choice[i + 1]
        if town is None or state is None or pairs.get(i) != i + 1 or candidates[i].demonym:
            continue
        s = state[0]
        if s.kind != "region" or s.within is not None or s.country != "USA" or town[0].kind != "city":
            continue
        if _LISTED_BEFORE.search(text, 0, candidates[i].start) or _LISTED_AFTER.match(text, candidates[i + 1].end):
            continue
        if any(e.within == s.name and e.country == s.country for e, *_ in options[i]):
            continue
        unknown = Entry(candidates[i].text, "city", s.country, s.lat, s.lon, within=s.name)
        choice[i] = (unknown, min(state[1], SITE_SCORE), [f"a town of {s.name} the gazetteer lacks, at its point"])


@lru_cache(maxsize=1)
def _town_part_names() -> frozenset[str]:
    return read_words("town_part_names.txt")


def _keeps_its_name(own: Entry, division: Entry) -> bool:
    big_city = own.kind == "city" and (own.capital or own.population >= NAMESAKE_TOWN)
    return own is division or own.kind == "country" or big_city


def _scored(option: tuple, context: _Context, partner: int | None) -> tuple[Entry, float, list[str]]:
    entry, prior, why = option[0], option[1], option[2]
    bonus, reasons = context.score(entry, partner, far_namesake=FAR_NAMESAKE in why)
    if WORLD_CITY_WHY in why and context.names_country(entry.country):
        bonus += WORLD_CITY_NAMED
        reasons = [*reasons, f"{entry.country} named as a country"]
    return entry, prior + bonus, [*why, *reasons]


def _by_score(option: tuple) -> float:
    return option[1]


def _options(
    cand: Candidate, gaz: Gazetteer, next_word: str = "", kind_word: str = "", after_the: bool = False
) -> list[tuple[Entry, float, list[str]]]:
    """Every gazetteer entry the name may mean, with its prior and why (``next_word``: the word
    after the name, lower case; ``kind_word``: the kind of place the words before it say, "city"
    for "the city of X", "country" for "the republic of X"; ``after_the``: "the" before it, as
    English names waters but not towns: "in the Atlantic" is no Atlantic, N.C.)."""
    if cand.demonym:
        return [
            (e, _prior(e, False), ["demonym", *_prior_reason(e, False)]) for e in _named_by(cand.demonym, gaz)
        ]
    found = _spelled_as_own(gaz.lookup(cand.short_for or cand.text), cand.short_for or cand.text)
    if cand.country:  # "Harrison RCMP": Harrison, B.C., not Harrison, N.Y.
        found = [(e, alt) for e, alt in found if e.country == cand.country] or found
    stripped = _strip_region_word(cand.text)
    if stripped:
        bare = gaz.lookup(stripped)
        regions = [(e, alt) for e, alt in bare if e.kind in ("region", "district")]
        # "Sumatra province": an island or area named with a region word, where no region is so called
        found += regions or ([] if found else [(e, alt) for e, alt in bare if e.kind == "other"])
    if cand.region_hint or stripped:
        regions = [(e, alt) for e, alt in found if e.kind in ("region", "district")]
        # a town called so in full stays an option ("North Canton", Ohio: not the "North" region)
        towns = [(e, alt) for e, alt in found if stripped and e.kind == "city" and not alt and norm(e.name) == norm(cand.text)]
        found = [*regions, *towns] if regions else found
    if cand.dateline or (kind_word == "city" and not cand.region_hint):
        towns = [(e, alt) for e, alt in found if e.kind == "city"]
        found = towns or found
    elif kind_word == "country":
        found = [(e, alt) for e, alt in found if e.kind == "country"] or found
    office = next_word in _state_office_words() and any(e.kind == "region" for e, _ in found)
    if office:  # "a Washington Democrat", "Washington senator Patty Murray": the state, as "Washington state"
        found = [(e, alt) for e, alt in found if e.kind == "region"]
    if after_the and any(e.kind == "water" for e, _ in found):
        # "in the Red Sea" is the sea, not Egypt's Red Sea governorate, unless a region word says so
        found = [(e, alt) for e, alt in found if e.kind != "city" and (e.kind != "region" or cand.region_hint or stripped)]
    kind_named = [KIND_NAMED] if kind_word and not cand.dateline else []
    kind_named += [f"a region's name before '{next_word}'"] if office else []
    found = _drop_city_regions(_drop_small_alternates(found))
    first = ["dateline"] if cand.dateline else []
    world = _world_city_countries(found)
    out = []
    for e, alt in found:
        prior, why = _prior(e, alt), [*first, *_prior_reason(e, alt), *kind_named]
        if e.country in world and (e.kind != "city" or e.population >= WORLD_CITY or e.capital):
            why.append(WORLD_CITY_WHY)
        if _far_namesake(e, found):
            why.append(FAR_NAMESAKE)
        namesake = (
            _namesake_of(e, found, gaz)
            or _capital_namesake(e, found)
            or _country_as_town(e, found, next_word)
            or _small_region_namesake(e, found, gaz)
        )
        if namesake:
            prior -= namesake[0]
            why.append(namesake[1])
        out.append((e, prior, why))
    return out


def _far_namesake(entry: Entry, found: list[tuple[Entry, bool]]) -> bool:
    """A town under 100,000 whose name a city of its own country 30 times its size bears
    (Louisville, Ohio, beside Louisville, Ky.; St. Louis, Mich.; Portland, Texas): its state
    named elsewhere in the article, or a town of the article some way off, does not speak for it;
    a place of the article within ``LOCAL_KM`` or a qualifier ("Louisville, Ohio") does, and so
    does a local story, whose far towns named bare are its villages. A big city abroad (Berlin
    beside Berlin, Ohio) is left to the article's countries."""
    if entry.kind != "city" or entry.population >= NAMESAKE_TOWN:
        return False
    return any(
        not alt
        and e.kind == "city"
        and e.country == entry.country
        and e.population >= FAR_NAMESAKE_RATIO * max(entry.population, 1)
        for e, alt in found
    )


def _world_city_countries(found: list[tuple[Entry, bool]]) -> set[str]:
    """The countries of a capital or a city of 500,000 that bears the name where a town of another
    country bears it too ("Dublin", Ireland, beside Dublin, Calif.; "Frankfurt" beside Frankfort,
    N.Y.): where the article names that country as a country, other than its main one, its places
    of the name (the city, and a region or the country called so, alike) win over the town abroad
    that the article's main country and places favour. Not where a city abroad is a tenth of its
    size or more (Hyderabad, Pakistan, beside Hyderabad, India): the article's countries decide."""
    out = set()
    for e, _ in found:
        if e.kind != "city" or not e.country or not (e.population >= WORLD_CITY or e.capital):
            continue
        abroad = [o for o, _ in found if o.kind == "city" and o.country != e.country]
        if abroad and all(o.population * WORLD_CITY_RATIO <= e.population for o in abroad):
            out.add(e.country)
    return out


def _spelled_as_own(found: list[tuple[Entry, bool]], name: str) -> list[tuple[Entry, bool]]:
    """A place's own name written with other spaces or stops ("LeRoy" for Le Roy, Ill., "DeKalb",
    "La Salle") counts as its own name, not as an alternate one."""
    key = _compact(name)
    return [(e, alt and _compact(e.name) != key) for e, alt in found]


def _compact(name: str) -> str:
    return norm(name).replace(" ", "").replace(".", "").replace("'", "")


def _namesake_of(entry: Entry, found: list[tuple[Entry, bool]], gaz: Gazetteer) -> tuple[float, str] | None:
    """How much less likely a town is what a bare name means, and why: a country bears the name
    (China, Texas); a first-level region of its country does ("California, Pa."); a first-level region of a populous country
    elsewhere does (Ontario, Calif. beside Canada's province; not Warwick beside a Bermudan
    parish); or a city 50x its size does (Boston, N.Y. beside Boston, Mass.). A qualifier
    ("X, Y") or the article's other places can still win it."""
    if entry.kind != "city" or entry.population >= NAMESAKE_ABROAD_TOWN:
        return None
    own = [e for e, alt in found if not alt and e is not entry]
    small = entry.population < NAMESAKE_TOWN
    if any(e.kind == "country" for e in own):
        return REGION_NAMESAKE, "a country has the name"
    if small and any(e.kind == "region" and e.country == entry.country for e in own):
        return REGION_NAMESAKE, "a region of its country has the name"
    if any(e.kind == "region" and e.country and _populous(e.country, gaz) for e in own):
        return CITY_NAMESAKE, "a region of a large country has the name"
    if small and any(
        e.kind == "city" and e.population >= NAMESAKE_RATIO * max(entry.population, 1) for e in own
    ):
        return CITY_NAMESAKE, "a far bigger city has the name"
    return None


def _small_region_namesake(entry: Entry, found: list[tuple[Entry, bool]], gaz: Gazetteer) -> tuple[float, str] | None:
    """A region of a small country called like a big city elsewhere ("Portland", a parish of
    Jamaica, beside Portland, Oregon) is less likely what the bare name means."""
    if (
        entry.kind == "region"
        and entry.country
        and not _populous(entry.country, gaz)
        and any(
            e.kind == "city" and not alt and e.country != entry.country and e.population >= BIG_CITY
            for e, alt in found
        )
    ):
        return CITY_NAMESAKE, "a big city elsewhere has the name"
    return None


def _capital_namesake(entry: Entry, found: list[tuple[Entry, bool]]) -> tuple[float, str] | None:
    """A first-level region called like its own country's capital is less likely what the bare
    name means ("Washington", "Buenos Aires"); "Washington state" or a list of states still say it."""
    if entry.kind == "region" and any(
        e.kind == "city" and e.capital and e.country == entry.country and not alt for e, alt in found
    ):
        return CAPITAL_NAMESAKE, "its country's capital has the name"
    return None


def _country_as_town(entry: Entry, found: list[tuple[Entry, bool]], next_word: str) -> tuple[float, str] | None:
    """A country's name right before a word for a town's people or services ("a Lebanon man",
    "Mexico police") is less likely the country, where a town of that name is known: English
    says "a Lebanese man" of the country's."""
    if (
        entry.kind == "country"
        and next_word in _town_modifier_words()
        and any(e.kind == "city" and not alt for e, alt in found)
    ):
        return COUNTRY_AS_TOWN, f"a country's name before '{next_word}' is a town's"
    return None


@lru_cache(maxsize=1)
def _town_modifier_words() -> frozenset[str]:
    return read_words("town_modifier_words.txt")


@lru_cache(maxsize=1)
def _state_office_words() -> frozenset[str]:
    """Words after a region's name that make it the region ("a Washington Democrat", "Washington
    senator Patty Murray"): its lawmakers, not the capital's or a town's."""
    return read_words("state_office_words.txt")


_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")


def _next_word(text: str, end: int) -> str:
    match = _NEXT_WORD.match(text, end, end + 30)
    return match.group(1).lower() if match else ""


_KIND_WORD_BEFORE = re.compile(r"\b(city|town|village|port|country|republic|nation|kingdom)\s+of\s+$")
_KIND_WORDS = {"country": "country", "republic": "country", "nation": "country", "kingdom": "country"}


_THE_BEFORE = re.compile(r"(?<![\w'’-])[Tt]he\s+$")


def _the_before(text: str, start: int) -> bool:
    return bool(_THE_BEFORE.search(text, max(0, start - 5), start))


def _kind_word_before(text: str, start: int) -> str:
    """"the city of X", "the northern port of X": X is a town, not the region or country of that
    name ("In Canada, the city of Victoria": not the Australian state); "the former Soviet
    republic of X": a country ("Georgia" in a story of the US state)."""
    match = _KIND_WORD_BEFORE.search(text, max(0, start - 20), start)
    return "" if match is None else _KIND_WORDS.get(match.group(1), "city")


def _populous(iso3: str, gaz: Gazetteer) -> bool:
    country = gaz.country(iso3)
    return country is not None and country.population >= POPULOUS_COUNTRY


def _drop_small_alternates(found: list[tuple[Entry, bool]]) -> list[tuple[Entry, bool]]:
    """Where places bear the name as their own, a town known by it only as an alternate name
    ("Washington" for Watervliet) counts only when it is far bigger than them, or is a city
    bigger than them in a country none of them is in ("Sudbury" for Greater Sudbury, Ontario,
    beside the English towns: the article's country decides)."""
    own = [e for e, alt in found if not alt]
    if not own:
        return found
    biggest = max(e.population for e in own)
    countries = {e.country for e in own}
    return [
        (e, alt)
        for e, alt in found
        if not alt
        or e.kind != "city"
        or e.population > ALTERNATE_OUTWEIGHS * max(biggest, 10_000)
        or (e.population >= ALTERNATE_CITY and e.population > biggest and e.country not in countries)
    ]


def _named_by(place: str, gaz: Gazetteer) -> list[Entry]:
    """The places a demonym may name: a country by its code, else what is called so, towns
    only where nothing larger is ("Londoner")."""
    if place.startswith("iso3:"):
        country = gaz.country(place[5:])
        return [country] if country else []
    found = [e for e, alt in gaz.lookup(place) if not alt]
    larger = [e for e in found if e.kind != "city"]
    return larger or sorted(found, key=lambda e: -e.population)[:1]


def _prior_reason(entry: Entry, alternate: bool) -> list[str]:
    why = [f"population {entry.population:,}" if entry.kind == "city" else entry.kind]
    if entry.capital:
        why.append("capital")
    if alternate:
        why.append("alternate name")
    return why


def _strip_region_word(text: str) -> str | None:
    words = text.split()
    if len(words) > 1 and norm(words[-1]) in _region_words():
        return " ".join(words[:-1])
    return None


@lru_cache(maxsize=1)
def _region_words() -> frozenset[str]:
    return read_words("region_words.txt")


def _drop_city_regions(found: list[tuple[Entry, bool]]) -> list[tuple[Entry, bool]]:
    """A region named after the city it surrounds (Seoul, Beijing) is the city."""
    cities = [e for e, _ in found if e.kind == "city" and e.population >= 100_000]
    return [
        (e, alt)
        for e, alt in found
        if not (
            e.kind == "region"
            and any(
                c.country == e.country and distance_km(c, e) < 60 and norm(c.name) == norm(e.name)
                for c in cities
            )
        )
    ] or found


def _prior(entry: Entry, alternate: bool) -> float:
    if entry.kind == "city":
        score = min(math.log10(entry.population + 1), 7.2) + (CAPITAL_BONUS if entry.capital else 0.0)
        score -= POST_TOWN_DOUBT if post_town(entry) else 0.0
    elif entry.kind == "region" and entry.country is None:
        score = WORLD_REGION
    else:
        score = PRIOR.get(entry.kind, 6.0)
    return score - (ALTERNATE_PENALTY if alternate else 0.0)


def _rest_of_article(choice, keys: list[str], own: str) -> tuple:
    """The places chosen for the candidates whose key is not ``own``, their countries, the
    commonest, the countries beside them and the commonest region (``_Context``)."""
    entries = [c[0] for k, c in enumerate(choice) if c is not None and keys[k] != own]
    countries = Counter(e.country for e in entries if e.country)
    top = countries.most_common(1)[0][0] if countries else None
    regions = Counter(e.name for e in entries if e.kind == "region" and not e.within)
    top_region = regions.most_common(1)[0][0] if regions else None
    return entries, countries, top, _bordering(countries), top_region


class _Context:
    """What the rest of the article says, as seen from candidate ``i``."""

    def __init__(
        self,
        candidates,
        choice,
        i: int,
        neighbours: tuple[int, ...] = (),
        mates: tuple[int, ...] = (),
        town_mates: tuple[int, ...] = (),
        local: bool = False,
        keys: list[str] | None = None,  # norm() of each candidate's text, where the caller has them
        shared: dict | None = None,  # the parts below by key, for the contexts of one ``choice`` (``_rounds``)
    ):
        self.local = local  # a local story: its far namesakes are its villages (``_local_villages``)
        keys = keys if keys is not None else [norm(c.text) for c in candidates]  # norm is cached
        own = keys[i]
        # the rest of the article depends on the choice and the candidate's key only (a candidate
        # with another key is another candidate), so candidates of one name share it; none of it
        # is changed after it is made
        parts = shared.get(own) if shared is not None else None
        if parts is None:
            parts = _rest_of_article(choice, keys, own)
            if shared is not None:
                shared[own] = parts
        self.entries, self.countries, self.top, self.bordering, self.top_region = parts
        self.choice = choice
        self.neighbours = [choice[k][0] for k in neighbours if choice[k] is not None]
        self.said = (  # the countries its sentence names as such ("India", "Indian")
            {choice[k][0].country for k in mates if choice[k] is not None and choice[k][0].kind == "country"}
            if mates
            else ()
        )
        said = {
            choice[k][0].country
            for k in town_mates
            if choice[k] is not None and choice[k][0].kind == "country"
        }
        self.said_one = next(iter(said)) if len(said) == 1 else None  # the one country its sentence names
        self._near_pool: list[Entry] | None = None  # the entries ``_near`` looks among, made at its first call

    def score(self, entry: Entry, partner: int | None, far_namesake: bool = False) -> tuple[float, list[str]]:
        """The context's bonus for ``entry`` and why; a ``far_namesake`` (see ``_far_namesake``)
        gets its state's and its neighbours' bonus only where the article names a place within
        ``LOCAL_KM`` of it or qualifies it."""
        bonus, why = 0.0, []
        near = self._near(entry) if entry.kind in ("city", "district", "region", "site") else []
        vouched = not far_namesake or self.local or (near and near[0][1] < LOCAL_KM) or (
            partner is not None and self._contained(entry, partner)
        )
        if entry.country and self.countries.get(entry.country):
            only = (
                entry.kind == "city"
                and entry.population < NAMESAKE_TOWN
                and entry.country != self.top
                and not any(
                    e.country == entry.country
                    and e.kind != "country"
                    and (e.kind != "city" or distance_km(e, entry) <= NEARBY_KM)
                    for e in self.entries
                )
            )
            bonus += COUNTRY_ONLY if only else SAME_COUNTRY + (TOP_COUNTRY if entry.country == self.top else 0.0)
            why.append(
                f"in {'the article' if entry.country == self.top else 'a'} country it names ({entry.country}"
                + (", only by its name)" if only else ")")
            )
        elif entry.kind != "country" and entry.country in self.bordering:
            bonus += BORDERING
            why.append(f"beside a country it names ({self.bordering[entry.country]})")
        if near and vouched:
            bonus += NEARBY + NEARER * (1.0 - near[0][1] / NEARBY_KM)
            local = sorted({name for name, km in near if km < LOCAL_KM})[:LOCAL_MOST]
            local = local if len(local) >= LOCAL_LEAST else []
            bonus += LOCAL_EACH * len(local)
            why.append(f"near {near[0][0]}" + (f"; among its places within {LOCAL_KM:.0f} km ({', '.join(local)})" if local else ""))
        if entry.kind == "region" and any(
            e.kind == "region" and e.country == entry.country and e.name != entry.name for e in self.entries
        ):
            bonus += SIBLING_REGION
            why.append("beside other regions of its country")
        if entry.kind == "region" and any(
            e.kind == "region" and e.country == entry.country and e is not entry for e in self.neighbours
        ):
            bonus += LISTED_REGION
            why.append("listed with other regions of its country")
        if entry.kind == "city" and any(
            e.kind == "city" and e.name != entry.name and distance_km(e, entry) < LOCAL_KM for e in self.neighbours
        ):
            bonus += LISTED_TOWN
            why.append("listed beside a town near it")
        if entry.kind == "country" and any(e.kind == "country" and e is not entry for e in self.neighbours):
            bonus += LISTED_COUNTRY
            why.append(LISTED_COUNTRIES)
        if entry.kind in ("region", "district") and entry.country in self.said:
            bonus += SENTENCE_COUNTRY
            why.append(COUNTRY_SAID)
        if entry.kind != "country" and entry.country is not None and entry.country == self.said_one:
            if COUNTRY_SAID not in why:  # each of its places there alike: "Luzon" the island, not the town
                bonus += SENTENCE_TOWN
                why.append(TOWN_COUNTRY_SAID)
        if partner is not None and self._contained(entry, partner):
            bonus += CONTAINED
            why.append(f"qualified by {self.choice[partner][0].name}")
        county = self._county_mate(entry)
        if county:
            bonus += IN_COUNTY
            why.append(f"in {county}, which the article names" if entry.kind == "city" else f"holds {county}, which the article names")
        if vouched and entry.within and any(e.kind == "region" and e.name == entry.within for e in self.entries):
            bonus += WITHIN_NAMED + (WITHIN_TOP if entry.within == self.top_region else 0.0)
            why.append(f"in {entry.within}, which the article names")
        return bonus, why

    def names_country(self, iso3: str | None) -> bool:
        """Whether the article names this country as a country ("Ireland", "Irish"), other than
        its main one."""
        return iso3 != self.top and any(e.kind == "country" and e.country == iso3 for e in self.entries)

    def _near(self, entry: Entry) -> list[tuple[str, float]]:
        """The article's other towns, sites and counties (second-level divisions, as small as a
        town's reach: "Albany" by "Dougherty County") within reach, and how far, nearest first."""
        pool = self._near_pool
        if pool is None:  # the same for every option scored in this context
            pool = self._near_pool = [
                e for e in self.entries if e.kind in ("city", "site") or (e.within and e.kind in ("region", "district"))
            ]
        near = [
            (e.name, distance_km(e, entry))
            for e in pool
            if e.name != entry.name and abs(e.lat - entry.lat) < NEARBY_DEGREES
        ]
        return sorted((n for n in near if n[1] < NEARBY_KM), key=lambda n: n[1])

    def _county_mate(self, entry: Entry) -> str | None:
        """The county (a second-level division) the article names that the town lies in, or the
        town it names that lies in the county: within ``COUNTY_KM`` of the county's point."""
        if entry.kind == "city":
            mates = [e for e in self.entries if e.kind == "region" and e.within]
        elif entry.kind == "region" and entry.within:
            mates = [e for e in self.entries if e.kind == "city"]
        else:
            return None
        return next(
            (e.name for e in mates if abs(e.lat - entry.lat) < 1.0 and distance_km(e, entry) <= COUNTY_KM), None
        )

    def _contained(self, entry: Entry, partner: int) -> bool:
        other = self.choice[partner]
        return other is not None and (contains(other[0], entry) or contains(entry, other[0]))


def _bordering(countries: Counter) -> dict[str, str]:
    """The neighbours of the article's countries that it does not name, each with the named country
    it borders."""
    out: dict[str, str] = {}
    table = _borders()
    for named in countries:
        for other in table.get(named, ()):
            if other not in countries:
                out.setdefault(other, named)
    return out


@lru_cache(maxsize=1)
def _borders() -> dict[str, frozenset[str]]:
    return borders()


def contains(outer: Entry, inner: Entry) -> bool:
    """Whether ``inner`` plausibly lies in ``outer`` (a country, or a region reaching that far)."""
    if outer is inner or outer.country is None or outer.country != inner.country:
        return False
    if outer.kind == "country":
        return inner.kind != "country"
    if inner.within:
        return inner.within == outer.name
    return (
        outer.kind == "region"
        and inner.kind in ("city", "district", "site")
        and distance_km(outer, inner) < REGION_REACH_KM
    )


_LIST_GAP = re.compile(r"^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$")
# a list's gaps and a hyphen: neighbouring towns a hyphen joins ("Allen-Admire", mentions.py)
_LISTED_GAP = re.compile(r"^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|-)$")


_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+(?=[\"“‘']?[A-Z])|\n")


def _sentence_mates(candidates: list[Candidate], text: str, options) -> tuple[dict, dict]:
    """The other names of the sentence of each name that is a region of several countries and
    no country's name ("Punjab", of India and of Pakistan; not "Washington", nor "Luxembourg");
    and of each name of a town and of a place of another country ("Ilam", Nepal's town and Iran's
    province), where no option is a country, a capital or a big city, the likeliest is no city of
    100,000+ ("Geneva" beside "the United States" stays Swiss), and the name is the only
    one of its words in the article (one named again elsewhere takes its sense from all)."""
    no_country = [not any(e.kind == "country" for e, *_ in opts) for opts in options]
    shared = [
        i
        for i, opts in enumerate(options)
        if no_country[i] and len({e.country for e, *_ in opts if e.kind in ("region", "district")}) > 1
    ]
    counts = Counter(norm(c.text) for c in candidates)
    towns = [
        i
        for i, opts in enumerate(options)
        if no_country[i]
        and not candidates[i].demonym
        and counts[norm(candidates[i].text)] == 1
        and any(e.kind == "city" for e, *_ in opts)
        and len({e.country for e, *_ in opts if e.kind in ("city", "region", "district") and e.country}) > 1
        and not any(e.capital or e.population >= BIG_CITY for e, *_ in opts)
        and not _known_city(max(opts, key=_by_score)[0])
    ]
    if not shared and not towns:
        return {}, {}
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    sentence = [bisect.bisect_right(ends, c.start) for c in candidates]
    mates = lambda i: tuple(k for k, n in enumerate(sentence) if n == sentence[i] and k != i)  # noqa: E731
    return {i: mates(i) for i in shared}, {i: mates(i) for i in towns}


def _known_city(entry: Entry) -> bool:
    """A city of 100,000+ that is its name's likeliest sense ("Geneva": not Geneva, Illinois,
    though the sentence names the United States)."""
    return entry.kind == "city" and entry.population >= NAMESAKE_TOWN


def _list_neighbours(candidates: list[Candidate], text: str, options) -> dict[int, tuple[int, ...]]:
    """The names each name is listed beside ("Oregon, Washington and Ohio"), those that are no
    big city's name ("Washington, New York and Boston" lists cities)."""
    out: dict[int, tuple[int, ...]] = {}
    for i in range(len(candidates) - 1):
        if _LISTED_GAP.match(text[candidates[i].end : candidates[i + 1].start]):
            for a, b in ((i, i + 1), (i + 1, i)):
                if not any(e.kind == "city" and e.population >= NAMESAKE_TOWN for e, *_ in options[b]):
                    out[a] = (*out.get(a, ()), b)
    return out


def _comma_pairs(candidates: list[Candidate], text: str, options) -> dict[int, int]:
    """``X, Y`` (and ``X region, Y``): each of the two points at the other. A list of countries
    ("Japan, China") is not such a pair, nor a people's word after the comma ("in the Donetsk
    region, Russian troops"). ``X in Y`` where Y can be a region or country ("Hyderabad in
    Sindh province") and a sentence that opens "In Y," ("In Lebanon, the port of Tripoli") point
    X at Y only."""
    pairs = {}
    for i in range(len(candidates) - 1):
        if candidates[i].demonym or candidates[i + 1].demonym:
            continue
        between = text[candidates[i].end : candidates[i + 1].start]
        if _COMMA.match(between) and not any(e.kind == "country" for e, *_ in options[i]):
            if not _region_list(candidates, text, options, i):
                pairs[i], pairs[i + 1] = i + 1, i
        elif _IN.match(between) and any(e.kind in ("region", "country") for e, *_ in options[i + 1]):
            pairs.setdefault(i, i + 1)
    for i, k in _scene_pairs(candidates, text, options):
        pairs.setdefault(i, k)
    return pairs


_IN = re.compile(r"^\s+in\s+(?:the\s+)?$")
_SCENE = re.compile(r"(?:^|[.!?]\s+|\n\s*)In\s+$")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")


def _scene_pairs(candidates: list[Candidate], text: str, options) -> list[tuple[int, int]]:
    """A sentence that opens "In Y," where Y is a country or region sets the scene for the
    names after it in that sentence ("In Pakistan, the city of Hyderabad", "In Canada, the city
    of Victoria"): each points at Y."""
    out = []
    for k, cand in enumerate(candidates):
        if cand.demonym or text[cand.end : cand.end + 1] != "," or not _SCENE.search(text, max(0, cand.start - 8), cand.start):
            continue
        if not any(e.kind in ("region", "country") for e, *_ in options[k]):
            continue
        end = _SENTENCE_END.search(text, cand.end)
        stop = end.start() if end else len(text)
        out.extend((i, k) for i in range(k + 1, len(candidates)) if candidates[i].start < stop)
    return out


def _region_list(candidates: list[Candidate], text: str, options, i: int) -> bool:
    """Whether ``X, Y`` begins a list of three or more names each of which can be a first-level
    region of one country ("in Washington, Pennsylvania and California"): not X in Y."""
    if i + 2 >= len(candidates) or not _LIST_GAP.match(text[candidates[i + 1].end : candidates[i + 2].start]):
        return False
    countries = [{e.country for e, *_ in options[k] if e.kind == "region" and e.country} for k in (i, i + 1, i + 2)]
    return bool(countries[0] & countries[1] & countries[2])


def distance_km(a: Entry, b: Entry) -> float:
    """The great-circle distance; kept by the four coordinates (asked 58 000 times per 100 articles,
    mostly for the same pairs again: each scoring pass measures the article's places anew)."""
    key = (a.lat, a.lon, b.lat, b.lon)
    found = _DISTANCES.get(key)
    if found is None:
        if len(_DISTANCES) >= _DISTANCES_KEPT:
            _DISTANCES.clear()
        found = _DISTANCES[key] = _haversine_km(*key)
    return found


_DISTANCES: dict[tuple[float, float, float, float], float] = {}
_DISTANCES_KEPT = 65536


def _haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    radians = math.radians  # (no map over a tuple)
    la1, lo1, la2, lo2 = radians(lat1), radians(lon1), radians(lat2), radians(lon2)
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))
