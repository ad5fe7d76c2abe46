"""Where an article names a place: candidate spans with exact character offsets.

Candidates come from spaCy's GPE/LOC/FAC entities (an entity written "X, Y" gives two), from
ORG entities and plain text that match a named feature of the gazetteer ("the Vostochny
cosmodrome", "the Korean Peninsula"), from a name followed by a region word ("the Amur
region"), from upper-case datelines ("WASHINGTON (AP) —"), and from the words for a place's
people ("Israeli", "Ohioans": a ``demonym`` mention of Israel, of Ohio). Text in photo credits
and person and organisation mentions give nothing; a place name that stands for a state actor
("Washington said") is a place mention marked ``metonym``, apart from the actor it also is.
"""

from __future__ import annotations

import math
import re
import threading
from dataclasses import dataclass
from functools import cache, lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from dyad.annotate.lexicon import given_names, honorifics, person_nouns, speech_verbs
from dyad.article import Article, Mention
from dyad.extract.places.entries import DATA, Entry, norm, post_town, read_tsv, read_words, water_name
from dyad.extract.places.gazetteer import Gazetteer
from dyad.extract.times.lexicon import load_lexicon
from dyad.util.first_chars import with_first_chars
from dyad.util.spans import SpanIndex
from dyad.util.word_regex import alternation

PLACE_LABELS = {"GPE", "LOC", "FAC"}
NOT_NAME_LABELS = {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL", "LAW"}
_LEAD = re.compile(r"^(?:the|The|THE)\s+")
_TRAIL = re.compile(r"(?:'s|’s|'|’|[,;:]|(?<![A-Z]\.[A-Z])\.)+$")
_LOCATIVE = re.compile(
    r"\b(?:in|near|outside|at|from|across|throughout|through|around|into|towards?|of the city of|of the town of)\s+"
    r"(?:(?:the\s+)?(?:far\s+)?(?:north|south|east|west|central)(?:ern|[ -](?:east|west)(?:ern)?)?\s+)?"
    r"((?:[A-Z][\w'’.-]*)(?:[^\S\n]+[A-Z][\w'’.-]*){0,3})"  # on one line: no headline runs on into the next
)
_WORDS = r"[A-Z][\w'’.-]*(?:(?<![a-z]{2}\.)\s+[A-Z][\w'’.-]*){0,2}"  # one to three words, in one sentence
STRONG_KINDS = ("country", "region", "water", "site", "other")
BIG_CITY = 100_000
METONYM_NOT_LOCATIVE = frozenset({"to", "between", "visited", "reached", "toured"})


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    text: str
    region_hint: bool = False  # followed by a region word: "the Amur region"
    from_entity: bool = True
    metonym: bool = False  # stands for a state actor too ("Moscow said")
    demonym: str | None = None  # the place a people's word names: "Georgia" for "Georgians"
    dateline: bool = False  # the upper-case town an article is filed from
    site: bool = False  # a named site the gazetteer does not know ("Kendale Lakes Elementary School")
    site_in: tuple[int, int] | None = None  # the place named with it, whose point it takes
    street: bool = False  # a street's name, in the article's town when no place is named with it
    short_for: str | None = None  # the name an acronym stands for ("SA": "South Africa")
    township: bool = False  # "Plain" of "Plain Township": a township of the article's own county
    village: bool = False  # a place spaCy saw that no gazetteer knows: in a local story, at its town
    country: str | None = None  # the country a national force after it says: CAN for "Camrose RCMP"


def find_candidates(article: Article, gaz: Gazetteer) -> list[Candidate]:
    blocked, freeable = _blocked_spans(article, gaz)
    # places inside an actor's mention ("the U.S. Centers for ...", "flights to London") first
    kept = _keep(
        [],
        _plural_region_candidates(article.text, gaz)  # "Cook and DuPage counties": first, whatever the tags
        + _force_town_candidates(article, gaz)  # "Harrison RCMP": in that force's country
        + _plural_office_candidates(article.text, gaz)
        + _county_abbreviations(article, gaz)
        + _state_after_town_candidates(article.text)
        + _division_candidates(article.text, gaz)
        + _compound_candidates(article.text, gaz)
        + _described_candidates(article.text, gaz)
        + _home_town_candidates(article, gaz)
        + _party_town_candidates(article.text, gaz)
        + _county_court_candidates(article.text, gaz)
        + _town_court_candidates(article.text, gaz)
        + _road_end_candidates(article.text, gaz)
        + _welsh_school_candidates(article, gaz)
        + _bare_county_candidates(article, gaz)
        + _bare_river_candidates(article)
        + _joined_pair_candidates(article, gaz)
        + _conjoined_division_candidates(article.text)  # "Dumfries and Galloway": whole, whatever the tags
        + _lead_capital_candidates(article, gaz)  # "FIFE Council's ...": whatever the tags
        + _elided_compass_candidates(article.text, gaz)  # "North" of "North and South Korea"
        + _state_nickname_candidates(article.text)
        + _country_epithet_candidates(article.text, gaz)
        + _short_region_candidates(article, gaz)
        + _titled_town_candidates(article.text, gaz)
        + _post_jurisdiction_candidates(article.text, gaz)
        + _titled_region_candidates(article.text, gaz)
        + _compass_division_candidates(article, gaz)
        + _freed(article, freeable, gaz)
        + _inner_candidates(article, gaz)
        + _hyphen_parts(article, gaz)
        + _modifier_candidates(article, gaz),
        [],
        article,
    )
    # then named features (the longest, surest names), then entities and names around them
    found = (
        _feature_matches(article.text)
        + _joined_country_matches(article.text, gaz)
        + _entity_candidates(article, gaz)
        + _locative_candidates(article, gaz)
        + _name_candidates(article, gaz)
    )
    kept = _keep(kept, found, blocked, article)
    # an upper-case dateline is a town even where spaCy took it for an organisation
    datelines = _dateline_candidates(article, gaz)
    kept = _keep(_as_datelines(kept, datelines), datelines, [], article)
    kept += _list_neighbours(article, gaz, kept, blocked, freeable)
    kept = _keep(kept, _demonym_candidates(article), [], article)
    kept = _keep(kept, _site_candidates(article, kept), [], article)
    kept = _keep(kept, _unknown_villages(article, kept, gaz), [], article)
    kept = _keep(kept, _address_villages(article, kept, gaz), [], article)
    kept = _community_villages(article, kept, gaz)
    kept = _keep(kept, _chained_villages(article, kept, gaz), [], article)
    kept = _keep(kept, _towns_in_regions(article, kept, gaz), [], article)
    kept = _keep(kept, _villages_near(article, kept, gaz), [], article)
    kept = _keep(kept, _welsh_school_villages(article, kept, gaz), [], article)
    kept = _keep(kept, _repeated(article, kept, gaz), [], article)
    kept = _keep(kept, _division_short_forms(article, kept), [], article)
    kept = _keep(kept, _town_named_actors(article, kept, gaz), [], article)
    kept = _keep(kept, _towns_of_site_names(article, kept, gaz), [], article)
    kept = _keep(kept, _unknown_list_members(article, kept, gaz), [], article)
    kept = _keep(kept, _body_villages(article, kept, gaz), [], article)
    kept = _keep(kept, _ferry_villages(article, kept, gaz), [], article)
    kept = _keep(kept, _acronyms(article, kept, gaz), [], article)
    kept = _keep(kept, _heading_candidates(article.text, gaz), blocked, article)
    kept = _keep(kept, _shouted_candidates(article.text, gaz), blocked, article)  # where no finder found one
    kept = _keep(kept, _possessive_site_towns(article, gaz), [], article)
    dated = _bracketed_dateline_villages(article, kept, gaz)
    kept = _named_again(_keep(kept, dated, [], article), dated)
    kept = _with_particles(article.text, _with_word_before(article, kept, gaz), gaz)
    kept = _offices_of_towns(article.text, kept, gaz)
    _halves_of_joined_countries(kept, gaz)
    kept = [c for c in kept if _initials_spelt_out(c, article.text)]
    return sorted(_region_hints(article.text, kept), key=lambda c: c.start)


_PARTICLE_TAIL = re.compile(
    r"[ ]+(?:(?:de|do|da|dos|das|del|di|du|de la|de los|de las|la|le|les|aux|sur|en|am|upon|under|on)[ ]+)?"
    r"[A-Z][\w'’-]*(?:[ ]+[A-Z][\w'’-]*)?"
)


def _with_particles(text: str, kept: list[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """A name cut short is the longer name the gazetteer knows: before a lower-case particle
    ("Rio Grande" of "Rio Grande do Sul", "Santiago" of "Santiago de Compostela"; "Portage" of
    "Portage la Prairie", "Stratford" of "Stratford upon Avon", "Boulogne" of "Boulogne sur
    Mer", which the gazetteer writes with hyphens) or a word the
    tagger split off ("Novi" of "Novi Sad"); the names it then covers are dropped."""
    grown = []
    for cand in kept:
        match = _PARTICLE_TAIL.match(text, cand.end) if not (cand.demonym or cand.site) else None
        if match is None:
            continue
        for end in sorted({match.end(), cand.end + len(match.group(0).rsplit(None, 1)[0])}, reverse=True):
            name = text[cand.start : end]
            if end > cand.end and _own_name(name, gaz) and name.split()[-1][:1].isupper():
                if _city_of_office(name, gaz) and _next_word(text, end) in read_words("local_org_words.txt"):
                    break  # "Dalton" of "the Dalton City Council" stays the town
                grown.append((cand, end))
                break
    if not grown:
        return kept
    for cand, end in grown:
        cand.end, cand.text, cand.short_for = end, text[cand.start : end], None
    spans = [(c.start, c.end) for c, _ in grown]
    return [c for c in kept if any(c is g for g, _ in grown) or not _overlaps_span((c.start, c.end), spans)]


_WORD_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][\w'’-]+) $")


def _with_word_before(article: Article, kept: list[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """A name cut short at its first word is the longer name, where that is only ever a town's,
    a town of a country the article names: the word the tagger split off ("Goz" of "in Goz
    Beida", found as "Beida") or left out of a person it made of the rest ("Mission" of "in
    Mission Viejo", "Viejo" a person to spaCy)."""
    text, countries, grown = article.text, None, []
    taken = [(c.start, c.end) for c in kept]
    pieces = [(c.start, c.end, c) for c in kept if not (c.demonym or c.site)]
    pieces += [
        (m.start, m.end, None)
        for actor in article.actors
        if actor.kind == "person" and actor.wikidata is None
        for m in _named(actor)
        if " " not in m.text and not _overlaps_span((m.start, m.end), taken)
    ]
    for start, end, cand in pieces:
        match = _WORD_BEFORE.search(text, max(0, start - 40), start)
        if match is None or not _only_towns(text[match.start(1) : end], gaz):
            continue
        if countries is None:
            countries = _story_countries(kept, gaz)
        name = text[match.start(1) : end]
        if all(e.country in countries for e, _ in gaz.lookup(name)):
            grown.append((cand or Candidate(start, end, name, from_entity=False), match.start(1)))
    if not grown:
        return kept
    for cand, start in grown:
        cand.start, cand.text, cand.short_for = start, text[start : cand.end], None
    spans = [(c.start, c.end) for c, _ in grown]
    return [c for c in kept if not _overlaps_span((c.start, c.end), spans)] + [c for c, _ in grown]


def _only_towns(name: str, gaz: Gazetteer) -> bool:
    """Whether the name is a town's own name and nothing else's ("Goz Beida", not "Lake Beida")."""
    found = gaz.lookup(name)
    return bool(found) and all(e.kind == "city" and not alt for e, alt in found)


def _region_hints(text: str, kept: list[Candidate]) -> list[Candidate]:
    """A name before a region word is a region's, whichever finder found it ("in the Donetsk
    region", "Idlib province", "Rakhine state"): not the city of that name."""
    words = read_words("region_words.txt")
    for cand in kept:
        if not cand.region_hint and not cand.demonym and _next_word(text, cand.end) in words:
            cand.region_hint = True
    return kept


_MINOR_WORDS = frozenset({"of", "the", "and", "de", "del", "da", "do", "la", "le"})
_UPPER_WORD = re.compile(r"(?<![\w.&'’-])[A-Z]{2,5}(?![\w&'’-]|\.\w)")  # "in post-apartheid SA.", not "U.S."


def _acronyms(article: Article, kept: list[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """The initials of a place the article names in full ("SA" after "South Africa" or "South
    Africans", "DRC" after "the Democratic Republic of the Congo", "NZ"): mentions of that place.
    Not a common word ("NO", "IT") nor a word of an upper-case line."""
    full: dict[str, str] = {}
    for c in kept:
        name = _full_name(c, gaz)
        words = [w for w in name.split() if norm(w) not in _MINOR_WORDS]
        if len(words) > 1 and all(w[:1].isupper() for w in words):
            full.setdefault("".join(w[0] for w in words), name)
    text = article.text
    out = []
    for match in _UPPER_WORD.finditer(text) if full else ():
        word = match.group(0)
        name = full.get(word)
        if name is None or word.lower() in STOP_WORDS or _upper_line(text, match.start(), match.end()):
            continue
        out.append(Candidate(match.start(), match.end(), word, from_entity=False, short_for=name))
    return out


def _full_name(cand: Candidate, gaz: Gazetteer) -> str:
    """The name a candidate gives its place in full: a demonym's place, else its own words."""
    if cand.demonym and cand.demonym.startswith("iso3:"):
        country = gaz.country(cand.demonym[5:])
        return country.name if country else ""
    if cand.demonym or cand.site or cand.short_for or cand.text.isupper():
        return cand.demonym or ""
    return cand.text


def _upper_line(text: str, start: int, end: int) -> bool:
    """Whether the word stands among other upper-case words (a headline, a shouted line)."""
    before = re.search(r"([A-Za-z]+)\W*$", text[max(0, start - 30) : start])
    after = re.match(r"\W*([A-Za-z]+)", text[end : end + 30])
    return any(m is not None and m.group(1).isupper() and len(m.group(1)) > 1 for m in (before, after))


_DESCRIPTION_HEAD = re.compile(r"\s([a-z]+)$")


def _modifier_candidates(article: Article, gaz: Gazetteer) -> list[Candidate]:
    """A place that qualifies a person's description ("the 39-year-old Las Vegas woman", "a
    Decatur man"), as local news names people: the description is the person's mention, and
    the place in it, before its head noun, a place mention. The place is one spaCy tags a place
    or a country or region called exactly so."""
    places = [(e.start_char, e.end_char) for e in _ents(article) if e.label_ in PLACE_LABELS]
    out = []
    for actor in article.actors:
        for m in actor.mentions if actor.kind == "person" else ():
            head = _DESCRIPTION_HEAD.search(m.text)
            if not (m.text[:1].islower() and head):
                continue
            for run in _RUN.finditer(m.text, 0, head.start()):
                s, e = m.start + run.start(), m.start + run.start() + len(_trim(run.group(0)))
                text = article.text[s:e]
                if not (_own_name(text, gaz) and plausible(article.text, s, e, gaz)):
                    continue
                if _overlaps_span((s, e), places) or _strong(text, gaz):
                    out.append(Candidate(s, e, text, from_entity=False))
    return out


def _repeated(article: Article, kept: list[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """Later mentions of a name the article already uses for a place, where spaCy saw no place
    (one sense per article): "a Durban court" after "DURBAN, South Africa", "at Barclays Center"
    after "Brooklyn's Barclays Center". Not where a person is named, a sentence opens (but the
    headline's first word), or an organisation is named (unless the name is a site's, which
    organisations' mentions often are)."""
    text = article.text
    out = []
    sources = {}
    for c in kept:
        if c.demonym is None and not c.metonym and len(c.text) > 3 and c.text[:1].isupper():
            name = c.text.title() if c.text.isupper() else c.text
            sources.setdefault(name, c)
    if not sources:
        return out
    tagged = {e.text for e in _ents(article) if e.label_ in ("GPE", "LOC")}
    tagged |= {t.title() for t in tagged if t.isupper()}  # "JACKSON, Tenn." names "Jackson aldermen"
    tagged |= {c.text.title() if c.text.isupper() else c.text for c in kept if c.dateline}  # "Lalitpur: ..."
    people = [
        (m.start, m.end)
        for a in article.actors
        if a.kind == "person"
        for m in a.mentions
        if not _only_called(a, tagged) or _acts(article, m)
    ]
    dated = {(c.start, c.end) for c in kept if c.dateline}  # an "organisation" of the dateline is its town
    groups = [
        (m.start, m.end)
        for a in article.actors
        if a.kind != "person" and not any((m.start, m.end) in dated for m in a.mentions)
        for m in a.mentions
    ]
    names = "|".join(re.escape(n) for n in sorted(sources, key=len, reverse=True))
    for match in re.finditer(rf"(?<![\w'’-])(?:{names})(?![\w-])(?!['’](?!s\b))", text):  # "Durban's" too
        name, (s, e) = match.group(0), match.span()
        source = sources[name]
        opening = _sentence_start(text, s)
        placed = opening and _placed_opening(text, e)
        if (opening and "\n" in text[:s] and not placed) or _overlaps_span((s, e), people):
            continue  # a headline may open with the name ("Hyderabad beats Bengaluru to ...")
        if not (source.site or placed) and (_overlaps_span((s, e), groups) or not plausible(text, s, e, gaz)):
            continue
        out.append(
            Candidate(
                s,
                e,
                name,
                from_entity=False,
                site=source.site,
                site_in=source.site_in,
                street=source.street,
                village=source.village,
            )
        )
    return out


# a possessive before a word in lower case ("Millport's new pier") or a word of a town's own
# services ("Ardmore police", "Carlow gardaí")
_PLACED_OPENING = re.compile(r"['’]s\s+[a-z]|\s+(\w+)")


def _placed_opening(text: str, end: int) -> bool:
    """Whether a sentence that opens with a name the article uses for a place goes on as a place's
    does ("Millport's new pier opened", "Carlow Gardaí said"): its possessive before a word in
    lower case, or a word of a town's own services after it."""
    match = _PLACED_OPENING.match(text, end)
    if match is None:
        return False
    word = match.group(1)
    return word is None or norm(word) in read_words("town_own_words.txt")


NEAR_KM = 60.0  # a town this near another place of the article is of the same local story


def _town_named_actors(article: Article, kept: list[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """A "person" or "organisation" the article only ever calls by one name, a town's own name
    that lies near another place the story names ("Mesa is buying water rights" beside Phoenix
    and Scottsdale, "where Wairoa was cut off" beside Hawke's Bay): spaCy's small model tags
    many small towns so. Not a name with a given name, a title, a role or a knowledge-base
    entry; the town must lie within ``NEAR_KM`` of a town or district the article names."""
    text = article.text
    groups = [_named(actor) for actor in article.actors if _town_like_actor(article, actor, gaz)]
    groups += _town_like_entities(article, gaz) + _untagged_towns(article, gaz) + _town_list_entities(article, gaz)
    groups += _actors_named_after_towns(article)
    out = _near_towns(groups, kept, text, gaz)
    out += _neighbour_lists(article, kept + out, gaz)
    # then given names listed with those places ("Dalton and Cedartown")
    return out + _near_towns(_listed_given_name_towns(article, kept + out, gaz), kept, text, gaz)


# a club or parish named after a saint and its town: "St Brigid’s Kilross"
_POSSESSIVE_TOWN = re.compile(r"([A-Z][\w.]*(?: [A-Z][\w.]*)?)['’]s ([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)")


def _actors_named_after_towns(article: Article) -> list[list]:
    """An actor spaCy made of a club or a force named after its town ("St Brigid’s Kilross", a
    hurling club; "Ardee Garda District") whose other mentions are the town's name alone ("the
    Kilross club", "Ardee will lose its station"): those mentions and the town's words in the
    club's name, one group (kept by ``_near_towns`` where the town lies near the story's other
    places). Not a name after a given name ("Mary’s Kilross"), nor an actor never named by the
    town alone."""
    out = []
    for actor in article.actors:
        town = _town_of_actor_name(actor.name)
        if town is None or not any(m.text == town and not m.metonym for m in actor.mentions):
            continue
        group = [Mention(m.start, m.end, m.text) for m in actor.mentions if m.text == town and not m.metonym]
        group += [
            Mention(m.end - len(town), m.end, town)
            for m in actor.mentions
            if m.text != town and m.text.endswith("s " + town) and _POSSESSIVE_TOWN.fullmatch(m.text)
        ]
        out.append(sorted(group, key=lambda m: m.start))
    return out


def _town_of_actor_name(name: str) -> str | None:
    """The town a club ("St Brigid’s Kilross") or a force ("Ardee Garda District") is named
    after, by its name's form, or None."""
    words = name.split()
    if len(words) < 2 or words[0] in given_names():
        return None
    match = _POSSESSIVE_TOWN.fullmatch(name)
    if match:
        return match.group(2)
    match = _TOWN_TITLE.match(name)
    if match and match.end() == len(name):
        return name[: _without_title_prefix(name, 0, match.end(1))]
    return None


def _near_towns(groups: list[list], kept: list[Candidate], text: str, gaz: Gazetteer) -> list[Candidate]:
    """The groups' mentions whose name is a town's own within ``NEAR_KM`` of a town or district
    the article names."""
    out = []
    anchors = _anchor_points(kept, gaz) if groups else []
    for mentions in groups:
        name = mentions[0].text
        towns = _town_entries(name, gaz)
        if any(_near(t, a) for t in towns for n, a in anchors if n != name) or _only_town_of(name, towns, anchors, gaz):
            out += [
                Candidate(m.start, m.end, m.text, from_entity=False)
                for m in mentions
                if plausible(text, m.start, m.end, gaz)
            ]
    return out


REMOTE_KM = 800.0  # a name only one town bears, this near a town of its country the story names


def _only_town_of(name: str, towns: list, anchors: list[tuple[str, object]], gaz: Gazetteer) -> bool:
    """Whether the name, of two words or more, is the own name of one town only and nothing else,
    of the country of the story's places, within ``REMOTE_KM`` of one of them ("Flin Flon",
    650 km from Winnipeg; "Port Harcourt", an organisation to spaCy, 100 km from Owerri):
    the towns of thinly peopled country lie far apart, and no one else is so called."""
    if " " not in name or len(towns) != 1 or len(gaz.lookup(name)) != 1:
        return False  # one word may be another thing's ("Congress", "Pemex": towns of Arizona, Mexico)
    town = towns[0]
    return any(a.country == town.country and _near(a, town, REMOTE_KM) for n, a in anchors if n != name)


def _towns_of_site_names(article: Article, kept: list[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """The town a school, hospital, airport or library is named after ("Dalton High School",
    "Wooster Community Hospital", "Shannon Airport": spaCy tags them ORG or FAC), where the
    article names that town or a place near it, or, for a site that mostly takes its town's name
    (``town_site_words.txt``: a hospital, not a university), the gazetteer has no other place of
    the name and the town lies in a country the article names ("the Millbrook District Hospital"
    in a story from the Philippines): a mention of the town. Not a name no town bears ("Triway
    High School"), nor a far namesake ("Lincoln Middle School" in a story from Wooster, named
    after a person), nor a lone namesake in a name given after a person or an office ("Cornell
    University", "the Supreme Court")."""
    sites, own_town_sites = read_words("site_words.txt"), read_words("town_site_words.txt")
    named = {c.text for c in kept if c.demonym is None and not c.site}
    anchors = countries = None
    out = []
    for ent in _ents(article):
        # a person's name never ends in "Hospital" or "Racecourse": spaCy's PERSON there is a site
        if ent.label_ not in ("ORG", "FAC", "PERSON") or len(ent) < 2 or norm(ent[-1].text) not in sites:
            continue
        first = 1 if ent[0].lower_ == "the" else 0
        starts = [first]
        if len(ent) > first + 2 and ent[first].text in _SITE_HONORIFICS:  # "Royal Shrewsbury Hospital"
            starts.append(first + 1)  # after the whole name: "Royal Tunbridge Wells Hospital"
        for start in starts:
            town = _site_town(ent, start, gaz)
            if town is None or (len(starts) > 1 and town.text in _SITE_HONORIFICS):
                continue  # "Royal" alone is no town here (Royal, Iowa)
            if anchors is None:
                anchors, countries = _anchor_points(kept, gaz), _story_countries(kept, gaz)
            entries = [e for e, alt in gaz.lookup(town.text) if e.kind == "city" and not alt]
            if (
                town.text in named
                or any(_near(e, a) for e in entries for n, a in anchors if n != town.text)
                or (norm(ent[-1].text) in own_town_sites and _sole_town_in(town.text, countries, gaz))
            ):
                out.append(Candidate(town.start_char, town.end_char, town.text, from_entity=False))
            break
    return out


def _site_town(ent, start: int, gaz: Gazetteer):
    """The longest words of a site's name from ``start`` on, short of its last word, that are a
    town's own name ("Wooster" of "Wooster Community Hospital"), or None."""
    for k in range(len(ent) - 1, start, -1):
        if _own_town(ent[start:k].text, gaz):
            return ent[start:k]
    return None


def _story_countries(kept: list[Candidate], gaz: Gazetteer) -> frozenset[str]:
    """The countries the article names, by their names or their regions' ("California")."""
    out = set()
    for c in kept:
        if c.demonym or c.metonym:
            continue
        own = [e for e, alt in gaz.lookup(c.short_for or c.text) if not alt]
        out |= {e.country for e in own if e.kind in ("country", "region") and e.country}
    return frozenset(out)


def _sole_town_in(name: str, countries: frozenset[str], gaz: Gazetteer) -> bool:
    """Whether the gazetteer has one place of the name, a town, in a country the article names
    ("the Millbrook District Hospital" in a story from one country): a site named after no town
    anywhere else is named after that one, wherever it lies in the country (a small country's
    towns, or a big one's, need not lie near the story's other places)."""
    # a US post office of the name counts only in a story from the US ("Caulfield", Mo.)
    found = [(e, alt) for e, alt in gaz.lookup(name) if not post_town(e) or e.country in countries]
    return len(found) == 1 and not found[0][1] and found[0][0].kind == "city" and found[0][0].country in countries


def _town_like_entities(article: Article, gaz: Gazetteer) -> list[list]:
    """One-word organisations and people spaCy tagged that no actor took up ("Mesa is buying"),
    or longer ones that only one place is called ("Flin Flon"), a town's own name, neither
    speaking nor after "the"."""
    taken = [(m.start, m.end) for a in article.actors for m in a.mentions]
    out = []
    for ent in _ents(article):
        if ent.label_ not in ("ORG", "PERSON") or not ent.text[:1].isupper():
            continue
        if len(ent) != 1 and len(gaz.lookup(ent.text)) != 1:  # "Flin Flon": the name of one town only
            continue
        mention = Mention(ent.start_char, ent.end_char, ent.text)
        if (
            not _overlaps_span((mention.start, mention.end), taken)
            and not _speaks(article, mention)
            and not _LEAD_BEFORE.search(article.text, max(0, mention.start - 4), mention.start)
            and ent.text.split()[0] not in given_names()
            and _own_town(ent.text, gaz)
        ):
            out.append([mention])
    return out


_ENTITY_LIST_GAP = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or|to)\s+")
_ENTITY_LIST_TAIL = re.compile(r"(?:,|\s+and|\s+or)$")


def _town_list_entities(article: Article, gaz: Gazetteer) -> list[list]:
    """An organisation or person spaCy made of a list of towns ("trains serve Lansdale,
    Quakertown and Doylestown": ORG "Lansdale, Quakertown and"; "from Yardley to New Hope": ORG
    "Yardley to New Hope"): each part a town's own name, a group of its own (``_near_towns``
    keeps those near the story's places). Every part must be a town's name: "Johnson and
    Johnson", "Marks and Spencer" are no list of places."""
    out = []
    for parts in _entity_lists(article):
        if all(_own_town(p.text, gaz) for p in parts):
            out += [[p] for p in parts]
    return out


def _entity_lists(article: Article) -> list[list[Mention]]:
    """The parts of each organisation or person spaCy made of a list of names, each capitalised
    and none twice ("Johnson and Johnson" is no list)."""
    out = []
    for ent in _ents(article):
        if ent.label_ not in ("ORG", "PERSON") or not _ENTITY_LIST_GAP.search(ent.text):
            continue
        text = _ENTITY_LIST_TAIL.sub("", ent.text)
        parts, at = [], ent.start_char
        for gap in list(_ENTITY_LIST_GAP.finditer(text)) + [None]:
            end = ent.start_char + (gap.start() if gap else len(text))
            parts.append(Mention(at, end, article.text[at:end]))
            at = ent.start_char + gap.end() if gap else at
        if len(parts) > 1 and len({p.text for p in parts}) == len(parts) and all(p.text[:1].isupper() for p in parts):
            out.append(parts)
    return out


def _neighbour_lists(article: Article, kept: list[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """The parts of such a list that are towns lying within ``NEAR_KM`` of each other, of a
    country another of the article's places lies in, whether or not a place it names is near
    them ("Ayr and Home Hill", 90 km from Townsville; "Builth Wells and Llandrindod", the
    short name of Llandrindod Wells): neighbouring towns named together are no organisation.
    A part may be a town's other name where the one it is listed with is a town's own."""
    lists = _entity_lists(article)
    if not lists:
        return []
    taken = SpanIndex([(c.start, c.end) for c in kept])
    countries = {e.country for _, e in _anchor_points(kept, gaz)}
    out = []
    for parts in lists:
        if all(taken.overlaps(p.start, p.end) for p in parts) or not any(_own_town(p.text, gaz) for p in parts):
            continue
        found = [_town_entries(p.text, gaz) for p in parts]
        if any(_neighbours([[e for e in es if e.country == c] for es in found]) for c in countries):
            # the list is proof enough for a short name too ("Ayr")
            out += [
                Candidate(p.start, p.end, p.text, from_entity=False)
                for p in parts
                if not taken.overlaps(p.start, p.end) and plausible(article.text, p.start, p.end, gaz, True)
            ]
    return out


def _neighbours(found: list[list]) -> bool:
    """Whether each name's towns include one within ``NEAR_KM`` of another name's."""
    return all(
        any(_near(e, o) for e in es for k, others in enumerate(found) if k != i for o in others)
        for i, es in enumerate(found)
    )


def _listed_given_name_towns(article: Article, kept: list[Candidate], gaz: Gazetteer) -> list[list]:
    """A "person" the article only ever calls by a given name that a town bears as its own,
    listed with one of the story's places ("Dalton and Cedartown got similar grants"): spaCy's
    small model tags such towns a person, and no one is named by a bare given name in a list of
    places. Not one who speaks or has a title, a role or a knowledge-base entry."""
    spans = [(k.start, k.end) for k in kept if not k.demonym]
    out = []
    for actor in article.actors:
        named = _named(actor)
        names = {m.text for m in named}
        if actor.kind != "person" or actor.wikidata or actor.roles or len(names) != 1:
            continue
        name = names.pop()
        if (
            name in given_names()
            and _own_town(name, gaz)
            and not _titled(article.text, actor)
            and not any(_speaks(article, m) for m in named)
            and any(_listed(article.text, (m.start, m.end), k) for m in named for k in spans)
        ):
            out.append(named)
    return out


def _untagged_towns(article: Article, gaz: Gazetteer) -> list[list]:
    """Names spaCy saw as proper nouns but tagged nothing, a town's own name ("Thomasville
    raised its water rates", "Waynesboro approved the budget"): each a group of its own. Not a
    given name, nor a word of another entity or of an actor's mention."""
    if article.doc is None:
        return []
    taken = SpanIndex(
        [(e.start_char, e.end_char) for e in _ents(article)]
        + [(m.start, m.end) for a in article.actors for m in a.mentions]
    )
    out = []
    for start, end in _capitalised_runs(article.text):
        if not _own_town(article.text[start:end], gaz) or taken.overlaps(start, end):
            continue
        span = article.doc.char_span(start, end)
        if span is not None and all(t.pos_ == "PROPN" for t in span) and span[0].text not in given_names():
            out.append([Mention(start, end, span.text)])
    return out


def _town_like_actor(article: Article, actor, gaz: Gazetteer) -> bool:
    """One who never speaks by name ("McGraw said"; a pronoun the coreference stage linked to a
    town, "Keizer has not decided, he said", does not count); for an organisation, one word the
    article never puts "the" before ("the Center told parents" is none)."""
    text = article.text
    named = _named(actor)
    if any(_speaks(article, m) for m in named):
        return False
    if actor.kind == "organization":
        names = {m.text for m in named}
        return (
            len(names) == 1
            and not (actor.wikidata or actor.roles)
            and (" " not in next(iter(names)) or len(gaz.lookup(next(iter(names)))) == 1)  # "Flin Flon"
            and not any(_LEAD_BEFORE.search(text, max(0, m.start - 4), m.start) for m in named)
            and bool(_town_entries(next(iter(names)), gaz))
        )
    return _town_like_person(text, actor, gaz)


def _named(actor) -> list:
    """The actor's mentions by name: not the pronouns and nominals linked to it ("he", "them")."""
    return [m for m in actor.mentions if m.text[:1].isupper()]


_LEAD_BEFORE = re.compile(r"\b[Tt]he\s+$")


def _speaks(article: Article, mention) -> bool:
    """Whether the mention is the subject of a verb of speech ("McGraw said")."""
    span = article.doc.char_span(mention.start, mention.end) if article.doc is not None else None
    return span is None or (span.root.dep_ == "nsubj" and span.root.head.lemma_ in speech_verbs())


def _anchor_points(kept: list[Candidate], gaz: Gazetteer) -> list[tuple[str, object]]:
    return [
        (c.text, e)
        for c in kept
        if not (c.demonym or c.site or c.metonym)
        for e in _town_entries(c.short_for or c.text, gaz, ("city", "district"))
    ]


def _near(a, b, km: float = NEAR_KM) -> bool:
    """Whether two entries lie within ``km`` (a flat-earth reckoning, near enough at this scale)."""
    dy = (a.lat - b.lat) * 111.2
    dx = (a.lon - b.lon) * 111.2 * math.cos(math.radians((a.lat + b.lat) / 2))
    return dx * dx + dy * dy <= km * km


def _only_called(actor, places: set[str]) -> bool:
    """A "person" the article only ever calls by a name that spaCy tags a place elsewhere in it,
    with no title or given name ("With Samos's economy in ruins" after "asylum seekers in
    Samos"): spaCy's small model tags such a place a person now and then; it is that place.
    Pronouns the coreference stage linked to it do not count ("the Nanaimo couple ... he")."""
    return actor.wikidata is None and all(m.text in places for m in _named(actor))


def _acts(article: Article, mention) -> bool:
    """Whether the mention is a verb's subject, as people are ("Later Jackson said")."""
    span = article.doc.char_span(mention.start, mention.end) if article.doc is not None else None
    return span is None or span.root.dep_ in ("nsubj", "nsubjpass")


def _sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].rstrip(" \t\"“'‘(")
    return not before or before[-1] in ".!?\n:"


_LAST = threading.local()  # each thread's last doc and its entities


def _ents(article: Article) -> tuple:
    """The article's entities, made once for the several finders that read them (spaCy makes
    new spans at every ``doc.ents``)."""
    doc = article.doc
    if doc is None:
        return ()
    if getattr(_LAST, "doc", None) is not doc:
        _LAST.doc, _LAST.ents = doc, tuple(doc.ents)
    return _LAST.ents


def _keep(kept: list[Candidate], found: list[Candidate], blocked, article: Article) -> list[Candidate]:
    """``kept`` and the longest of ``found`` that overlap neither it nor ``blocked``."""
    kept = list(kept)
    blocks = SpanIndex(blocked)
    for cand in sorted(found, key=lambda c: c.start - c.end):
        if article.in_credit(cand.start) or blocks.overlaps(cand.start, cand.end):
            continue
        if not _overlaps(cand, [(k.start, k.end) for k in kept]):
            kept.append(cand)
    return kept


def _entity_candidates(article: Article, gaz: Gazetteer) -> list[Candidate]:
    """Entities spaCy calls places, and entities of other labels (its small model tags many
    towns PERSON, ORG or NORP) that name a country or region, or stand where a place stands."""
    out = []
    region_words = read_words("region_words.txt")
    skip = read_words("not_places.txt")
    surnames = _surnames(article)
    for ent in _ents(article):
        if ent.label_ in NOT_NAME_LABELS:
            continue
        for start, end in _parts(article.text, ent.start_char, ent.end_char):
            end = _with_saints_s(article.text, start, end, gaz)
            text = article.text[start:end]
            if text.startswith("Greater ") and not known(text, gaz):  # "Greater Boston"
                start, text = start + 8, text[8:]
            if not text[:1].isupper() or norm(text) in skip or not known(text, gaz):
                continue
            if (
                text in surnames
                and not _strong(text, gaz)
                and not (ent.label_ in PLACE_LABELS and place_context(article.text, start, end, gaz))
            ):
                continue  # "Jason R. Paris ... Paris remains held": the man, not a town of his name
            if not plausible(article.text, start, end, gaz, ent.label_ in PLACE_LABELS):
                continue
            hint = _next_word(article.text, end) in region_words or _region_before(article.text, start)
            if (
                ent.label_ in PLACE_LABELS
                or hint
                or _strong(text, gaz)
                or _org_metropolis(ent.label_, text, gaz)
            ):
                out.append(Candidate(start, end, text, hint))
            elif place_context(article.text, start, end, gaz):
                out.append(Candidate(start, end, text))
    return out


_REGION_OF = re.compile(r"\b(?:state|province|region|oblast|prefecture|governorate)\s+of\s+$", re.IGNORECASE)


def _region_before(text: str, start: int) -> bool:
    """ "the state of Washington", "the province of Sindh": the name is a region's."""
    return bool(_REGION_OF.search(text, max(0, start - 20), start))


METROPOLIS = 1_000_000


def _org_metropolis(label: str, text: str, gaz: Gazetteer) -> bool:
    """A city of a million people or more that spaCy tagged an organisation ("Melbourne's is
    expected to go ahead"); where it is an organisation's mention, the actors stage has
    blocked it already."""
    return label == "ORG" and any(
        e.kind == "city" and e.population >= METROPOLIS and not alt for e, alt in gaz.lookup(text)
    )


def _locative_candidates(article: Article, gaz: Gazetteer) -> list[Candidate]:
    """Capitalised names after "in", "near", "outside"... that the gazetteer knows by their own
    name (spaCy's small model often tags them PERSON or ORG, or not at all)."""
    out = []
    for match in _LOCATIVE.finditer(article.text):
        start, end = match.span(1)
        for s, e in _parts(article.text, start, end):
            text = article.text[s:e]
            if (_own_name(text, gaz) or _qualified_alternate(article.text, s, e, gaz)) and plausible(
                article.text, s, e, gaz
            ):
                out.append(
                    Candidate(s, e, text, _next_word(article.text, e) in read_words("region_words.txt"))
                )
    return out


def _qualified_alternate(text: str, start: int, end: int, gaz: Gazetteer) -> bool:
    """A town known by this name only as an alternate one, with the region or country it lies
    in after a comma: "in Matias Romero, Oaxaca" (Matías Romero Avendaño)."""
    if norm(text[start:end]) in read_words("not_places.txt") or text[start:end] not in gaz:
        return False
    after = _AFTER.match(text[end : end + 40])
    if after is None:
        return False
    name = _trim(after.group(1))
    return any(
        e.kind in ("region", "country") and not alt
        for e, alt in gaz.lookup(name) + gaz.lookup(_without_region_word(name))
    )


def _without_region_word(name: str) -> str:
    words = name.split()
    return (
        " ".join(words[:-1]) if len(words) > 1 and norm(words[-1]) in read_words("region_words.txt") else name
    )


def known(text: str, gaz: Gazetteer) -> bool:
    """Whether the gazetteer knows the name, alone or before a region word ("Amur Oblast")."""
    if text in gaz:
        return True
    words = text.split()
    return (
        len(words) > 1 and norm(words[-1]) in read_words("region_words.txt") and " ".join(words[:-1]) in gaz
    )


def _strong(text: str, gaz: Gazetteer) -> bool:
    """A country, region or named feature called exactly so (not a town's alternate name)."""
    return any(e.kind in STRONG_KINDS and not alt for e, alt in gaz.lookup(text))


def _parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The entity's span less a leading "the" and trailing possessive, split at commas."""
    out = []
    pos = start
    for piece in re.split(r"(,\s*)", text[start:end]):
        if piece and not piece.startswith(","):
            lead = _LEAD.match(piece)
            s = pos + (lead.end() if lead else 0)
            trail = _TRAIL.search(piece)
            e = pos + (trail.start() if trail else len(piece))
            e = _with_abbreviation_dot(text, s, e)
            if e > s:
                out.append((s, e))
        pos += len(piece)
    return out


def _with_abbreviation_dot(text: str, start: int, end: int) -> int:
    """The end of a name, past its dot when the name is an abbreviation ("Mont.", "D.C.")."""
    if text[end : end + 1] == "." and norm(text[start : end + 1]) in _abbreviations():
        return end + 1
    return end


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    return frozenset(norm(row[0]) for row in read_tsv("abbreviations.tsv"))


def _next_word(text: str, end: int) -> str:
    match = re.match(r"\s*(\$|(?<=\s)[A-Za-z]+)", text[end : end + 30])
    return norm(match.group(1)) if match else ""


def _feature_matches(text: str) -> list[Candidate]:
    out = []
    for match in _feature_pattern().finditer(text):
        name = match.group(0)
        if name[:1].isupper() or name.islower() and name in _lowercase_aliases():
            out.append(Candidate(match.start(), match.end(), name, from_entity=False))
    return out


def _joined_country_matches(text: str, gaz: Gazetteer) -> list[Candidate]:
    """Countries whose name joins two with "and" ("Trinidad and Tobago", "Antigua and Barbuda"):
    spaCy's small model often tags the halves apart, and a half is a town elsewhere."""
    if " and " not in text:
        return []
    return [
        Candidate(m.start(), m.end(), m.group(0), from_entity=False)
        for m in _joined_country_pattern(gaz).finditer(text)
    ]


def _halves_of_joined_countries(kept: list[Candidate], gaz: Gazetteer) -> None:
    """A country whose name joins two with "and", named in full, may be named later by its
    first half ("the ministry in Trinidad" after "Trinidad and Tobago", "Antigua", "Bosnia"):
    that half is the country, not a town elsewhere (Trinidad, Cuba)."""
    halves = {
        c.text.split(" and ")[0]: c.text
        for c in kept
        if " and " in c.text and any(e.kind == "country" for e, alt in gaz.lookup(c.text) if not alt)
    }
    for cand in kept if halves else ():
        if cand.text in halves and not cand.short_for and not cand.demonym:
            cand.short_for = halves[cand.text]


@lru_cache(maxsize=2)
def _joined_country_pattern(gaz: Gazetteer) -> re.Pattern:
    names = {e.name for e in gaz.countries() if " and " in e.name}
    return re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + r")\b")


def _state_nickname_candidates(text: str) -> list[Candidate]:
    """A US state's nickname after "the" ("in the Sunshine State", "the Lone Star state's
    economy", ``state_nicknames.tsv``) is the state; not where it begins a longer name ("the
    Empire State Building", "the Golden State Warriors", "the Empire State building")."""
    out = []
    for match in _state_nickname_pattern().finditer(text):
        after = re.match(r"\s+([A-Za-z]+)", text[match.end() : match.end() + 40])
        word = after.group(1) if after else ""
        if word[:1].isupper() and word.lower() not in STOP_WORDS or norm(word) in read_words("site_words.txt"):
            continue
        nickname = re.sub(r"state$", "State", match.group(1))
        state = _state_nicknames()[nickname]
        out.append(Candidate(*match.span(1), match.group(1), region_hint=True, from_entity=False, short_for=state))
    return out


def _country_epithet_candidates(text: str, gaz: Gazetteer) -> list[Candidate]:
    """A country's epithet after "the" ("the Islamic Republic", ``country_epithets.tsv``) is the
    country of those it may mean that the article names most, by name or nationality adjective;
    nothing where it names none of them, or before "of" (the official name in full)."""
    out = []
    for match in _country_epithet_pattern().finditer(text):
        if re.match(r"\s+of\b", text[match.end() : match.end() + 5]):
            continue
        countries = {e.country: e for e in gaz.countries()}
        named = []
        for rank, iso3 in enumerate(_country_epithets()[match.group(1)]):
            country = countries.get(iso3)
            if country is None:
                continue
            words = [country.name, *(adj for adj, code in read_tsv("demonyms.tsv") if code == iso3)]
            count = sum(len(re.findall(rf"\b{re.escape(w)}\b", text)) for w in words)
            if count:
                named.append((count, -rank, country.name))
        if named:
            out.append(Candidate(*match.span(1), match.group(1), from_entity=False, short_for=max(named)[2]))
    return out


@lru_cache(maxsize=1)
def _country_epithets() -> dict[str, tuple[str, ...]]:
    return {epithet: tuple(codes.split("|")) for epithet, codes in read_tsv("country_epithets.tsv")}


@lru_cache(maxsize=1)
def _country_epithet_pattern() -> re.Pattern:
    names = sorted(_country_epithets(), key=len, reverse=True)
    return re.compile(r"(?<![\w'’.-])(?:the|The|THE)\s+(" + "|".join(map(re.escape, names)) + r")(?![\w-])")


_NUMBER_AFTER = re.compile(r"\s*\d")
_SHORT_FORM = re.compile(r"(?<![\w.&'’-])(?:[A-Z][A-Za-z]{1,3}\.?|[A-Z]\.[A-Z]\.)(?![\w&-])")


def _short_region_candidates(article: Article, gaz: Gazetteer) -> list[Candidate]:
    """A region's short form ("Qld", "KZN", "B.C.": its postal code, initials or abbreviation)
    in an article that names the region in full too is that region wherever it stands, whatever
    spaCy tagged it: headlines use them before a noun ("before Qld hard border", "after KZN
    man's killing"), which spaCy takes for an organisation or a person. Not a person's mention nor
    a road's or postcode's (before a number: "on Ga. 2"), and only a form the gazetteer gives a
    country's region as its own name (not "EU")."""
    text = article.text
    people = None
    out = []
    for match in _SHORT_FORM.finditer(text):
        name = match.group(0)
        if name.lower() in STOP_WORDS:
            continue
        full = {
            e.name for e, alt in gaz.lookup(name) if e.kind == "region" and e.country and not alt and e.name != name
        }
        if len(full) != 1 or next(iter(full)) not in text:
            continue
        s, e = match.span()
        if _NUMBER_AFTER.match(text, e) or not plausible(text, s, e, gaz, tagged_place=True):
            continue  # a road's or postcode's ("on Ga. 2", "Qld 4000")
        if people is None:
            people = [(m.start, m.end) for a in article.actors if a.kind == "person" for m in a.mentions]
        if not _overlaps_span((s, e), people):
            out.append(Candidate(s, e, name, from_entity=False, short_for=next(iter(full))))
    return out


@lru_cache(maxsize=1)
def _state_nicknames() -> dict[str, str]:
    return {nickname: state for nickname, state in read_tsv("state_nicknames.tsv")}


@lru_cache(maxsize=1)
def _state_nickname_pattern() -> re.Pattern:
    names = sorted(_state_nicknames(), key=len, reverse=True)
    forms = [re.escape(n[: -len("State")]) + "[Ss]tate" if n.endswith(" State") else re.escape(n) for n in names]
    return re.compile(r"(?<![\w'’.-])(?:the|The|THE)\s+(" + "|".join(forms) + r")(?![\w-])")


@lru_cache(maxsize=1)
def _feature_pattern() -> re.Pattern:
    names = {n for row in read_tsv("features.tsv") for n in [row[0], *row[1].split("|")] if n}
    multi = sorted((n for n in names if " " in n and not n.lower().startswith("the ")), key=len, reverse=True)
    return re.compile(rf"\b(?:{alternation(multi, space=None)})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _lowercase_aliases() -> frozenset[str]:
    return frozenset(n for row in read_tsv("features.tsv") for n in row[1].split("|") if n.islower())


def _blocked_spans(article: Article, gaz: Gazetteer) -> tuple[list[tuple[int, int]], list]:
    """Mentions of people and organisations, and place names used as a state actor, are no
    places. Those that may be one after all come back apart: a metonym, and a name the
    knowledge base does not know that is a place's own name ("Malakal", tagged ORG)."""
    spans, freeable = [], []
    for actor in article.actors:
        for m in actor.mentions:
            if not (m.metonym or actor.kind in ("person", "organization")) or _slash_joined_places(m.text, gaz):
                continue
            spans.append((m.start + _owner_place_length(m.text, actor.kind, gaz), m.end))
            if (
                m.metonym
                or (
                    actor.wikidata is None
                    and not actor.roles
                    and not (actor.kind == "person" and _short_of_full_name(m, actor, article.text))
                    and (
                        _own_name(m.text, gaz)
                        or _qualified_alternate(article.text, m.start, m.end, gaz)
                        or (m.text in gaz and _apposed_place(article.text, m.end))
                    )
                )
                or _region_form(m.text, gaz)
                or (actor.kind == "organization" and _union_name(m.text, gaz))
            ):
                freeable.append((m, actor.kind))
    return spans, freeable


_PLAINLY_PLACED = re.compile(r"\b(?:in|near|from|outside|of)\s+$")


def _short_of_full_name(mention, actor, text: str) -> bool:
    """Whether the mention is the last word of a longer name of the same person that opens with
    a given name ("Tyler" of "Maria Ann Tyler", not "Malakal" of a "Village Malakal" the tagger
    took for a person), and no locative word before it nor place after a comma makes it a place
    ("in Tyler, Texas"): the person again, whatever other words stand before it ("the report
    states Tyler")."""
    if _PLAINLY_PLACED.search(text, max(0, mention.start - 12), mention.start):
        return False
    if _QUALIFIER.match(text, mention.end):
        return False
    return any(
        o.text != mention.text and o.text.split()[-1] == mention.text and o.text.split()[0] in given_names()
        for o in actor.mentions
    )


_QUALIFIER = re.compile(r",\s+[A-Z]")


def _slash_joined_places(text: str, gaz: Gazetteer) -> bool:
    """Whether a mention is towns joined by a slash, as local news names neighbours ("the
    Opelousas / Eunice area", "the Tullow/Hacketstown area"): no organisation, though
    the tagger took it for one; its towns are found as a list's are."""
    lead = _LEAD.match(text)
    parts = re.split(r"[ ]?/[ ]?", text[lead.end() if lead else 0 :])
    return len(parts) > 1 and all(_own_name(part, gaz) for part in parts)


_POSSESSIVE = re.compile(r"^(.+?)['\u2019]s\s")


def _owner_place_length(text: str, kind: str, gaz: Gazetteer) -> int:
    """How much of an organisation's mention is the place that owns it, still a place:
    "China" of "China's health ministry" (0 when the mention does not start so); and of a
    mention the tagger made of a town and its service, the town ("Kelowna" of "Kelowna RCMP")."""
    head, _, last = text.rpartition(" ")
    if head and norm(last) in read_words("town_own_words.txt") and _own_name(head, gaz):
        return len(head) + 1
    match = _POSSESSIVE.match(text) if kind == "organization" else None
    if match is None or match.group(1) not in gaz:
        return 0
    return match.end()


def _freed(article: Article, freeable: list, gaz: Gazetteer) -> list[Candidate]:
    """The freeable mentions that stand where a place stands ("in Malakal", "the village of
    Kampungu", "flights from London")."""
    text = article.text
    out = []
    for m, kind in freeable:
        union = kind == "organization" and _union_name(m.text, gaz)
        if (
            m.metonym
            or union
            or place_context(text, m.start, m.end, gaz)
            or _region_named(m, kind, gaz)
            or _tagged_world_name(article, m, kind, gaz)
        ) and plausible(text, m.start, m.end, gaz):
            out.append(Candidate(m.start, m.end, m.text, metonym=m.metonym or union))
        elif not m.metonym and _region_form(m.text, gaz):  # an organisation's: it stands for it
            out.append(Candidate(m.start, m.end, m.text, region_hint=True, metonym=kind == "organization"))
    return out


def _lines(name: str) -> list[str]:
    """The lines of a data file as written (case kept), without comments."""
    return [w.strip() for w in (DATA / name).read_text(encoding="utf-8").splitlines() if w.strip() and not w.startswith("#")]


# words that open the name of a site named after its town ("Royal Shrewsbury Hospital")
_SITE_HONORIFICS = frozenset(_lines("site_honorific_words.txt"))

_TOWN_TITLE = re.compile(
    rf"(?<![\w'’.-])({_WORDS})\s+(?:"
    + "|".join(re.escape(w) for w in sorted(_lines("town_titles.txt"), key=len, reverse=True))
    + r")(?![\w'’-])"
)
_TITLE_PREFIXES = frozenset(_lines("town_title_prefixes.txt") + _lines("town_titles.txt"))
# a word that opens a rank, alone before a given name: "Marion Chief Dave Ellis"
_TOWN_RANK_NAME = re.compile(
    rf"(?<![\w'’.-])({_WORDS})\s+(?:"
    + "|".join(re.escape(w) for w in _lines("town_title_prefixes.txt"))
    + r")\s+([A-Z][a-z]+)(?![\w'’-])"
)


# "the" right before a town or before a town and "and": "the Bantry MD", "the Bandon and Kinsale MD"
_ARTICLE_BEFORE = re.compile(r"\b[Tt]he\s+(?:[A-Z][\w'’-]*\s+and\s+)?$")


def _without_title_prefix(text: str, start: int, end: int) -> int:
    """The end of the words before a title without the words that open a rank or are titles
    themselves ("Gold Coast Chief" of "Gold Coast Chief Superintendent", "Camrose RCMP" of
    "Camrose RCMP Cpl.": "Gold Coast", "Camrose")."""
    while " " in text[start:end] and text[start:end].split()[-1] in _TITLE_PREFIXES:
        end = start + len(text[start:end].rsplit(None, 1)[0])
    return end


def _titled_town_candidates(text: str, gaz: Gazetteer) -> list[Candidate]:
    """A town before the title of its officer, member or service, where spaCy took both for a
    person ("Fritch Mayor Tom Ivy", "Stow Police Chief Jeff Film", "Carlisle MP Julie Minns",
    "Penrith councillor Sam Lee"): a town the gazetteer knows by
    all the words before the title, or by their last ones ("Former Fritch Mayor"), after no
    given name ("Tom Jackson Mayor") nor compass word ("South Simcoe Police" is no Simcoe)."""
    out = []
    ranks = [m for m in _TOWN_RANK_NAME.finditer(text) if m.group(2) in given_names()]
    for match in list(_TOWN_TITLE.finditer(text)) + ranks:
        start = match.start(1)
        end = _without_title_prefix(text, start, match.end(1))
        if _force_country(text, end, match.end()):
            continue  # _force_town_candidates's
        span = _longest_known_tail(text, start, end, gaz, "city")
        before = text[match.start(1) : span[0]].split() if span else []
        if span and text[match.end() - 2 : match.end()] == "MD" and not _ARTICLE_BEFORE.search(text, 0, span[0]):
            continue  # "the Kenmare MD", a municipal district; "Ann Walsh MD", a doctor
        if (
            span
            and plausible(text, *span, gaz)
            and not (before and (before[-1] in given_names() or norm(before[-1]) in _DIRECTIONS))
        ):
            out.append(Candidate(*span, text[span[0] : span[1]], from_entity=False))
    return out


_JURISDICTION_POSTS = {
    post: frozenset(countries.split(",")) for post, countries in read_tsv("jurisdiction_posts.tsv")
}
_POST_JURISDICTION = re.compile(
    r"(?<![\w'’.-])("
    + "|".join(re.escape(w) for w in sorted(_JURISDICTION_POSTS, key=len, reverse=True))
    + r")(?:\s+\([A-Z]+\))?\s+([A-Z][\w'’-]+(?:[^\S\n]+[A-Z][\w'’-]+){0,2})"
)


def _post_jurisdiction_candidates(text: str, gaz: Gazetteer) -> list[Candidate]:
    """The district, city or division a police post commands, written right after it with no
    person's name ("SSP Lahore", "SP Model Town", "the IG of police Bareilly"): the
    longest run of its first words the gazetteer knows as a town or district of a country whose
    forces name posts so, there; not after a given name ("SP Anil Kumar")."""
    if not any(post in text for post in _JURISDICTION_POSTS):
        return []
    out = []
    for match in _POST_JURISDICTION.finditer(text):
        start, end = match.span(2)
        if text[start:end].split()[0] in given_names():
            continue
        countries = _JURISDICTION_POSTS[match.group(1)]
        for stop in reversed([start + m.end() for m in re.finditer(r"\S+", text[start:end])]):
            name = text[start:stop]
            towns = [
                e
                for e, alt in gaz.lookup(name)
                if not alt and e.kind in ("city", "district") and e.country in countries
            ]
            if towns and norm(name) not in read_words("not_places.txt") and plausible(text, start, stop, gaz):
                country = max(towns, key=lambda e: e.population).country
                out.append(Candidate(start, stop, name, from_entity=False, country=country))
                break
    return out


_FORCE_COUNTRIES = {force: iso3 for force, iso3 in read_tsv("force_countries.tsv")}


def _force_country(text: str, start: int, end: int) -> str | None:
    """The country of the national force or rank among the words of ``text[start:end]``."""
    return next((_FORCE_COUNTRIES[w] for w in text[start:end].split() if w in _FORCE_COUNTRIES), None)


def _force_town_candidates(article: Article, gaz: Gazetteer) -> list[Candidate]:
    """A town or province before a national force or rank of one country ("Harrison RCMP",
    "Sask. RCMP", "Bilsanda SHO"): in that country (``_force_country_place``), whatever other
    finder reads the name."""
    text = article.text
    if not any(force in text for force in _FORCE_COUNTRIES):
        return []
    out = []
    for match in _TOWN_TITLE.finditer(text):
        start = match.start(1)
        end = _without_title_prefix(text, start, match.end(1))
        country = _force_country(text, end, match.end())
        found = _force_country_place(article, start, end, country, gaz) if country else None
        if found is None and country:
            span = _longest_known_tail(text, start, end, gaz, "city")
            before = text[start : span[0]].split() if span else []
            if (
                span
                and any(e.country == country for e, _ in gaz.lookup(text[span[0] : span[1]]))
                and plausible(text, *span, gaz)
                and not (before and (before[-1] in given_names() or norm(before[-1]) in _DIRECTIONS))
            ):
                found = Candidate(*span, text[span[0] : span[1]], from_entity=False, country=country)
        if found:
            out.append(found)
    return out


def _force_country_place(article: Article, start: int, end: int, country: str, gaz: Gazetteer) -> Candidate | None:
    """The place before a national force or rank of one country ("Sask. RCMP", "Evansburg RCMP
    Cpl.", "Bilsanda SHO"): a province of that country by its name or abbreviation; else, one
    name no town of that country is called (the gazetteer lacks it, or knows it elsewhere only:
    Evansburg, Alberta is no Evansburg, Pa.), a village at the story's town (resolve.py,
    ``_placed_sites``), never a town of another country. None where a town of that country is
    so called (the usual rule finds it) or the words are no such name."""
    text = article.text
    name = text[start:end]
    found = gaz.lookup(name)
    if any(e.kind == "region" and e.country == country for e, _ in found):
        return Candidate(start, end, name, region_hint=True, from_entity=False, country=country)
    if any(e.country == country for e, _ in found) or " " in name or name.endswith("."):
        return None
    if name.lower() in STOP_WORDS or norm(name) in _DIRECTIONS or not plausible(text, start, end, gaz):
        return None
    if not any(ent.start_char <= start and end < ent.end_char for ent in _ents(article)):
        return None  # a name spaCy joined with the force ("Quinton RCMP")
    span = article.doc.char_span(start, end)
    if span is None or any(t.pos_ != "PROPN" for t in span):
        return None  # a word of the language, no name ("Local RCMP", "Provincial RCMP")
    return Candidate(start, end, name, from_entity=False, site=True, village=True, country=country)


_REGION_TITLE = re.compile(r"(?<![\w'’.-])((?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*)\s+(?:Premier|Gov\.|Governor)\s+[A-Z]")


def _titled_region_candidates(text: str, gaz: Gazetteer) -> list[Candidate]:
    """A state or province before its leader's title, where spaCy took both for a person
    ("Victoria Premier Jacinta Allan", "B.C. Premier David Eby", "Oregon Gov. Tina Kotek"): a
    first-level region the gazetteer knows by the words before the title, or by their last ones,
    its own name or another spelling of a region's ("Zaporizhzhia Governor Yuriy Malashko": the
    oblast's name is Zaporizka)."""
    if "Premier" not in text and "Gov" not in text:
        return []
    out = []
    for match in _REGION_TITLE.finditer(text):
        span = _longest_known_tail(text, *match.span(1), gaz, "region") or _region_spelling_tail(text, *match.span(1), gaz)
        if span:
            out.append(Candidate(*span, text[span[0] : span[1]], region_hint=True, from_entity=False))
    return out


_COMPASS_DIVISION = re.compile(rf"^(?:the\s+)?({_WORDS})\s+(?:North|South|East|West|Central)$")


def _compass_division_candidates(article: Article, gaz: Gazetteer) -> list[Candidate]:
    """A constituency or district named by its town or region and a compass word ("Kitui South",
    "Chennai South", "Kisumu Central"), which spaCy often takes for a person or an organisation
    and no gazetteer knows whole: the place of its first words, where they are a region or a big
    city by its own name and open with no given name ("Adam West", "Jackson North"; no small
    town: "Kanye West")."""
    out = []
    for ent in _ents(article):
        match = _COMPASS_DIVISION.match(ent.text) if ent.label_ not in NOT_NAME_LABELS else None
        if match is None or gaz.lookup(ent.text):
            continue
        start, end = ent.start_char + match.start(1), ent.start_char + match.end(1)
        name = article.text[start:end]
        if (
            name.split()[0] in given_names()
            or not _own_name(name, gaz)
            or not (_strong(name, gaz) or _big_city(name, gaz))
            or not plausible(article.text, start, end, gaz)
        ):
            continue
        out.append(Candidate(start, end, name, from_entity=False))
    return out


def _region_spelling_tail(text: str, start: int, end: int, gaz: Gazetteer) -> tuple[int, int] | None:
    """The longest run of the last words of ``text[start:end]`` that is a first-level region's
    other spelling ("Zaporizhzhia", "Kherson": GeoNames' oblasts are "Zaporizka", "Khersonska")."""
    for word in re.finditer(r"\S+", text[start:end]):
        s = start + word.start()
        name = text[s:end]
        if name[:1].isupper() and norm(name) not in read_words("not_places.txt") and any(
            e.kind == "region" and e.country for e, _ in gaz.lookup(name)
        ):
            return s, end
    return None


_PAIR = re.compile(rf"^({_WORDS}) and ({_WORDS})$")


def _joined_pair_candidates(article: Article, gaz: Gazetteer) -> list[Candidate]:
    """Two towns spaCy took for one organisation or person ("between Ferndale and Maerdy",
    "in Gray and Seward"), where a place stands: each name the gazetteer knows by its own."""
    text = article.text
    out = []
    for actor in article.actors:
        for m in actor.mentions if not actor.wikidata and " and " in actor.name else ():
            pair = _PAIR.match(m.text)
            if pair is None or not place_context(text, m.start, m.end, gaz):
                continue
            spans = [(m.start + pair.start(k), m.start + pair.end(k)) for k in (1, 2)]
            if all(_own_name(text[s:e], gaz) and plausible(text, s, e, gaz) for s, e in spans):
                out += [Candidate(s, e, text[s:e], from_entity=False) for s, e in spans]
    return out


@cache
def _conjoined_division_pattern() -> re.Pattern:
    """The names of the second-level divisions that join two names with "and" ("Dumfries and
    Galloway", "Perth and Kinross", "Causeway Coast and Glens"; districts.tsv), every word but
    "and" capitalised, as written."""
    names = {
        row[0]
        for row in read_tsv("districts.tsv")
        if " and " in row[0] and all(w[:1].isupper() for w in row[0].split() if w != "and")
    }
    return re.compile(r"(?<![\w'’-])(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?![\w'’-])")


def _conjoined_division_candidates(text: str) -> list[Candidate]:
    """A division whose name joins two names with "and" ("Dumfries and Galloway", "Argyll and
    Bute"), which spaCy splits into a town and a person or an organisation ("Galloway
    Council"): the whole name is the division, also before "Council" or "Police"."""
    if " and " not in text:
        return []
    return [
        Candidate(m.start(), m.end(), m.group(0), from_entity=False)
        for m in _conjoined_division_pattern().finditer(text)
    ]


_COMPASS = r"(?:North|South|East|West)(?:ern)?"
_ELIDED_COMPASS = re.compile(
    rf"(?<![\w'’-])({_COMPASS})[^\S\n]+(?:and|or|&)[^\S\n]+({_COMPASS})[^\S\n]+([A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’-]*)?)"
)


_WORD_BEFORE = re.compile(r"([\w'’-]+)[^\S\n]+$")


def _elided_compass_candidates(text: str, gaz: Gazetteer) -> list[Candidate]:
    """The first of two compass words that share one name ("North and South Korea", "West and
    South Yorkshire", "East or West Sussex"): a mention of the country or region that word and
    the name make, where both it and the second's are a country's or region's own name (the
    second is found as written); not where the first makes no such name ("East and South China
    Seas") or ends a name ("Middle East and North Africa")."""
    if " and " not in text and " or " not in text and "&" not in text:
        return []
    out = []
    for match in _ELIDED_COMPASS.finditer(text):
        before = _WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
        if before and before.group(1)[0].isupper() and before.group(1).lower() not in STOP_WORDS:
            continue  # "Middle East and North Africa": the word ends a name
        head, other, tail = match.groups()
        for name in dict.fromkeys((tail, tail.split()[0])):  # "North and South Korea", "... Yorkshire Police"
            full = f"{head} {name}"
            if _own_region_or_country(full, gaz) and _own_region_or_country(f"{other} {name}", gaz):
                out.append(Candidate(*match.span(1), head, from_entity=False, short_for=full))
                break
    return out


def _own_region_or_country(name: str, gaz: Gazetteer) -> bool:
    return any(not alt and e.name == name and e.kind in ("country", "region") for e, alt in gaz.lookup(name))


def _region_form(text: str, gaz: Gazetteer) -> bool:
    """A region's name with its region word ("Sokoto State", "Amur Oblast"): no person's or
    organisation's name, whatever spaCy tagged it."""
    base = _without_region_word(text)
    return base != text and any(e.kind in ("region", "district") and not alt for e, alt in gaz.lookup(base))


def _union_name(text: str, gaz: Gazetteer) -> bool:
    """An organisation called like the region of several countries it unites ("EU", "the
    European Union"): a place mention standing for that union, as metonyms do."""
    return any(e.kind == "region" and e.country is None for e, _ in gaz.lookup(text))


def _region_named(mention, kind: str, gaz: Gazetteer) -> bool:
    """An organisation the knowledge base does not know, called exactly like a country or a
    region ("NSW", "KwaZulu-Natal" tagged ORG), is that place."""
    return kind == "organization" and not mention.metonym and _strong(mention.text, gaz)


def _tagged_world_name(article: Article, mention, kind: str, gaz: Gazetteer) -> bool:
    """A "person" the knowledge base does not know that spaCy tags a place and that is called
    exactly like a country, region or continent ("Mahathir, Asia's longest-serving leader")."""
    return (
        kind == "person"
        and _strong(mention.text, gaz)
        and any(
            e.label_ in ("GPE", "LOC") and e.start_char == mention.start and e.end_char == mention.end
            for e in _ents(article)
        )
    )


@lru_cache(maxsize=1 << 14)  # of the text and the gazetteer alone: articles repeat their names
def _post_towns_only(text: str, gaz: Gazetteer) -> bool:
    """Whether every place of that own name is a post-office town GeoNames' list lacks ("Hall",
    Mont.; "Hall" is only another name of Austria's Hall in Tirol)."""
    own = [e for e, alt in gaz.lookup(text) if not alt]
    return bool(own) and all(post_town(e) for e in own)


@lru_cache(maxsize=1 << 14)  # of the text and the gazetteer alone: asked again for every pass over a name
def _own_name(text: str, gaz: Gazetteer) -> bool:
    """Whether a place is called so by its own name, or a first-level region by another spelling
    ("Daqahliya" for Dakahlia, "Baluchistan"): those are written for dyad, not GeoNames' many
    alternates of towns."""
    return norm(text) not in read_words("not_places.txt") and any(
        not alt
        or (e.kind == "region" and e.country and text[:1].isupper())
        or (e.kind == "city" and e.population >= BIG_CITY and _english_spelling(text))
        for e, alt in gaz.lookup(text)
    )


def _english_spelling(text: str) -> bool:
    """Whether another name of a big city may be its English spelling ("Khan Younis" for Khān
    Yūnis, "Kharkov"): words of five letters or more, each capitalised, no given name."""
    words = text.split()
    return (
        len(text) >= 5
        and all(w[:1].isupper() and w[1:2].islower() for w in words)
        and words[0] not in given_names()
    )


_NAME_BEFORE_PARENTHESIS = re.compile(r"[A-Z][\w'’.-]*\s*\($")


def plausible(text: str, start: int, end: int, gaz: Gazetteer, tagged_place: bool = False) -> bool:
    """Whether a capitalised word found outside spaCy's place entities can be a place name:
    no common word ("In", "Most"), no name of three letters but big towns' ("Gao", "Nis"), no
    all-capital word that is a place's name in small letters
    ("EST", "HIV"), no state code without "City, " or "County (" before it, nothing before "virus" or "$"."""
    name = text[start:end]
    if name.lower() in STOP_WORDS and not name.isupper():
        return False
    if name.endswith(".") and name != "D.C." and norm(name) in _abbreviations():
        # "Decatur, Ala." and "Walker County (Ga.)"; alone only where spaCy tags it a place ("two
        # Calif. wildfires"), and never one that also abbreviates a title or word ("Del. Smith")
        return (
            text[max(0, start - 2) : start] == ", "
            or (text[end : end + 1] == ")" and _NAME_BEFORE_PARENTHESIS.search(text, max(0, start - 40), start) is not None)
            or (tagged_place and norm(name) not in read_words("abbreviation_words.txt"))
        )
    if text[end : end + 1] == "$" or text[max(0, start - 1) : start] == "$":
        return False
    if _SAINT.match(name) and (_SAINTS_SITE.match(text, end) or _saints_site_word(name, text, end)):
        return False  # "St. Peter's Basilica", "St. Mary's Hospital", "St George's Chapel"
    if _next_word(text, end) in read_words("not_place_heads.txt") and not _country(name, gaz):
        return False
    if len(name) <= 3 and not name.isupper() and not tagged_place:
        if norm(name) not in read_words("short_town_names.txt"):  # "bases in Gao", "Belgrade, Nis"
            return False
    if name.isupper() and all(e.name.upper() == name or e.kind == "city" for e, _ in gaz.lookup(name)):
        return (
            any(e.name == name for e, _ in gaz.lookup(name))
            or norm(name) in _city_aliases()
            or (tagged_place and _shouted_name(name, gaz) and _shouted_town_placed(text, start, end, [], gaz))
        )
    if len(name) == 2 and name.isupper() and not any(_is_world_unit(e) for e, _ in gaz.lookup(name)):
        return text[max(0, start - 2) : start] == ", " or name in _region_initials()
    return norm(name) not in _demonyms()


SHOUTED_TOWN = 100_000  # a town this big keeps its name in capitals outside a dateline ("near TIJUANA")


def _shouted_name(name: str, gaz: Gazetteer) -> bool:
    """Whether a name written in capitals in a headline or shouted line ("CHECK YOUR TICKETS NEW
    JERSEY!!", "LIVING IN FLORIDA") is a place's: the whole own name of a country, a
    first-level region or a big town, of five letters or more (no initials: "NICE", "EST")."""
    if len(name.replace(" ", "")) < 5:
        return False
    return any(
        not alt
        and e.name.upper() == name
        and (e.kind in ("country", "region") or (e.kind == "city" and e.population >= SHOUTED_TOWN))
        for e, alt in gaz.lookup(name)
    )


_CAPITALS = re.compile(r"(?<![\w'’.&-])[A-Z]{2,}(?![\w'’-])")
_NO_SMALL_LETTER = re.compile(r"[^a-z\n]*")
_SPACED_CAPITALS = re.compile(r"[A-Z]+(?: [A-Z]+)+")  # "SAN DIEGO", not "TIJUANA & SAN"


def _shouted_candidates(text: str, gaz: Gazetteer) -> list[Candidate]:
    """Places in a passage written in capitals, of three words or more (a headline, a heading,
    a shouted line: "MAN WANTED IN TIJUANA SHOOTING ARRESTED IN SAN DIEGO", "TIJUANA & SAN
    DIEGO, MARCH 29 --"): the longest runs of one to three words that are a place's whole own
    name (``_shouted_name``), no common word ("WILL"), and a one-word town only where it stands
    as a place (``_shouted_town_placed``). Found last, where no other finder took the words
    (datelines are theirs)."""
    groups: list[list[re.Match]] = []
    for word in _CAPITALS.finditer(text):
        last = groups[-1][-1] if groups else None
        if last is not None and _NO_SMALL_LETTER.fullmatch(text, last.end(), word.start()):
            groups[-1].append(word)
        else:
            groups.append([word])
    out = []
    for words in groups:
        if len(words) < 3:
            continue
        found: list[Candidate] = []
        i = 0
        while i < len(words):
            for width in range(min(3, len(words) - i), 0, -1):
                start, end = words[i].start(), words[i + width - 1].end()
                name = text[start:end]
                if (
                    (width == 1 or _SPACED_CAPITALS.fullmatch(name))
                    and name.lower() not in STOP_WORDS
                    and norm(name) not in read_words("not_places.txt")
                    and _shouted_name(name, gaz)
                ):
                    found.append(Candidate(start, end, name, from_entity=False))
                    i += width - 1
                    break
            i += 1
        spans = [(c.start, c.end) for c in found]
        out += [c for c in found if _shouted_town_placed(text, c.start, c.end, spans, gaz)]
    return out


_LEAD_CAPITALS = re.compile(
    r"^[^\S\n]*([A-Z][A-Z'’-]+(?:[^\S\n]+[A-Z][A-Z'’-]+){0,2})[^\S\n]+([A-Za-z][\w'’-]*)", re.MULTILINE
)
_LEAD_TITLES = frozenset(_lines("lead_title_words.txt"))
_POSSESSIVE_END = re.compile(r"['’]s$")


def _lead_capital_candidates(article: Article, gaz: Gazetteer) -> list[Candidate]:
    """The first words of a paragraph written in capitals, as British and Irish local papers open
    a story ("FIFE Council's leader said ...", "IRELAND will stand ...", "CORK County Council has
    ..."), where they are the whole own name of a country or region: a mention of it where spaCy
    reads them as a proper noun and the next word is a verb ("IRELAND will", not "TURKEY prices")
    or a word of a body's name (lead_title_words.txt: "Council", "County"); not before another
    name ("JORDAN Henderson scored"), nor a line all in capitals (a heading: those are
    ``_heading_candidates``'), nor a word under four letters."""
    doc = article.doc
    if doc is None:
        return []
    text = article.text
    out = []
    for match in _LEAD_CAPITALS.finditer(text):
        start, end = match.span(1)
        name, after = match.group(1), match.group(2)
        if not any(c.islower() for c in after) or len(name.replace(" ", "")) < 4:
            continue
        if name.lower() in STOP_WORDS or norm(name) in read_words("not_places.txt"):
            continue
        if not any(
            not alt and e.name.upper() == name and e.kind in ("country", "region") for e, alt in gaz.lookup(name)
        ):
            continue
        first, nxt = doc.char_span(start, end, alignment_mode="expand"), doc.char_span(*match.span(2), alignment_mode="expand")
        if first is None or nxt is None or first[-1].pos_ != "PROPN":
            continue
        titled = _POSSESSIVE_END.sub("", after) in _LEAD_TITLES
        if titled or (after[0].islower() and nxt[0].pos_ in ("AUX", "VERB")):
            out.append(Candidate(start, end, name, from_entity=False))
    return out


_HEADING = re.compile(
    r"^[^\S\n]*(?:(?:CO\.|COUNTY)[^\S\n]+)?([A-Z][A-Z'’.-]+(?:[^\S\n]+[A-Z][A-Z'’.-]+){0,2})[^\S\n]*$", re.MULTILINE
)
HEADING_KINDS = ("country", "region", "district", "city")


def _heading_candidates(text: str, gaz: Gazetteer) -> list[Candidate]:
    """Lines that are a place's name alone in capitals, as a roundup heads its sections
    ("ANTRIM", "CO. CARLOW", "NEW SOUTH WALES"): places where the article has two such lines or
    more (one alone may be a word, a title: "READING"); no common word ("ENDS", "WATCH") nor a
    name of three letters or fewer."""
    found = []
    for match in _HEADING.finditer(text):
        start, end = match.span(1)
        name = text[start:end].rstrip(".")
        end = start + len(name)
        if len(name.replace(" ", "")) < 4 or name.lower() in STOP_WORDS or norm(name) in read_words("not_places.txt"):
            continue
        if any(not alt and e.kind in HEADING_KINDS for e, alt in gaz.lookup(name)):
            found.append(Candidate(start, end, name, from_entity=False))
    return found if len(found) >= 2 else []


def _town_only(name: str, gaz: Gazetteer) -> bool:
    """Whether no country or region bears the name as its own (a one-word town in capitals may
    be a surname: "GARLAND", "JACKSON")."""
    return not any(e.kind in ("country", "region") for e, alt in gaz.lookup(name) if not alt)


_SHOUTED_BEFORE = re.compile(r"\b(?:IN|AT|FROM|NEAR|TO|OUTSIDE|ACROSS)\s+$")
_SHOUTED_JOIN = re.compile(r"\s*(?:&|AND|,)\s*")


def _shouted_town_placed(text: str, start: int, end: int, others: list[tuple[int, int]], gaz: Gazetteer) -> bool:
    """A one-word town in capitals may be a person ("GARLAND STEPS ASIDE", "AUSTIN REYES
    WINS"): it counts after "IN", "AT", "FROM" or the like ("FROM HOUSTON"), or, no given
    name, joined by "&", "AND" or a comma to another place of its passage ("TIJUANA & SAN
    DIEGO"); a country, a region and a town of two words or more always."""
    name = text[start:end]
    if " " in name or not _town_only(name, gaz):
        return True
    if _SHOUTED_BEFORE.search(text, max(0, start - 12), start):
        return True
    return name.title() not in given_names() and any(
        _SHOUTED_JOIN.fullmatch(text, end, s) or _SHOUTED_JOIN.fullmatch(text, e, start)
        for s, e in others
        if (s, e) != (start, end)
    )


_SAINT = re.compile(r"(?:St\.?|Saint|Ste\.?|Sainte)\s")
_SAINTS_SITE = re.compile(r"['’]s\s+[A-Z]")
_NEXT_WORD = re.compile(r"\s+([A-Z][a-z]+)")


def _with_saints_s(text: str, start: int, end: int, gaz: Gazetteer) -> int:
    """The end of a saint's town name past its "'s", which is part of it ("St. John's,
    Newfoundland", "St. George's, Grenada"), not "St. John" of New Brunswick with a possessive."""
    if (
        text[end : end + 2] in ("'s", "’s")
        and _SAINT.match(text, start)
        and text[start : end + 2] in gaz
        and not _saints_site_word(text[start : end + 2], text, end + 2)
    ):
        return end + 2
    return end


def _saints_site_word(name: str, text: str, end: int) -> bool:
    """Whether a saint's name that ends in its "'s" (a town's own name: "St George's", Bermuda)
    stands before a site's word: "St George's Chapel" is a church."""
    after = _NEXT_WORD.match(text, end)
    return name.endswith(("'s", "’s")) and after is not None and norm(after.group(1)) in read_words("site_words.txt")


@lru_cache(maxsize=1)
def _city_aliases() -> frozenset[str]:
    """Other names of big cities written in capitals ("NYC", "NOLA"): not the all-capital
    alternate names GeoNames lists for small towns."""
    return frozenset(norm(row[0]) for row in read_tsv("city_aliases.tsv"))


@cache
def _region_initials() -> dict[str, str]:
    """Initials news writes alone for a state ("UP" for Uttar Pradesh), unlike most state codes."""
    return {row[0]: row[1] for row in read_tsv("region_initials.tsv")}


def _initials_spelt_out(cand: Candidate, text: str) -> bool:
    """A state's initials ("UP") stand for it only in an article that names the state in full too
    ("Uttar Pradesh"): not Michigan's "UP" nor "SHAKE UP" in a headline."""
    region = _region_initials().get(cand.text)
    return region is None or region in text


def _is_world_unit(entry) -> bool:
    """A country ("UK") or a region of several countries ("EU"), as two capitals may name them;
    not a state or province code ("NY", "BC"), which needs "City, " before it."""
    return entry.kind == "country" or (entry.kind == "region" and entry.country is None)


def _country(text: str, gaz: Gazetteer) -> bool:
    return any(e.kind == "country" for e, _ in gaz.lookup(text))


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    return frozenset(norm(row[0]) for row in read_tsv("demonyms.tsv"))


_BEFORE = re.compile(r"(?:\b([A-Za-z]+)\s+of\s+(?:the\s+)?|\b([A-Za-z]+),?\s+(?:the\s+)?)$")
_SUCH_AS = re.compile(r"\b([A-Za-z]+),?\s+(?:such\s+as|including|like)\s+$")
_SUCH_AS_WORDS = re.compile(r"\b(?:such\s+as|including|like)\s+(?=[A-Z])")
_CALLED = re.compile(r"\b([A-Za-z]+)\s+(?:called|named|known\s+as)\s+$")
_RESIDENT = re.compile(r",\s+(?:\d{1,3},\s+)?of\s+$")
_AFTER = re.compile(r"^,\s+(?:in\s+|near\s+)?((?:[A-Z][\w'’.-]*)(?:\s+[A-Z][\w'’.-]*){0,2})")


def place_context(text: str, start: int, end: int, gaz: Gazetteer, metonym: bool = False) -> bool:
    """Whether the words around ``text[start:end]`` make it a place: a locative word before it
    ("in", "near", "the capital"), a place noun and "of" ("the town of") or "called" ("a town
    called"), where a person lives
    ("Jane Doe, 45, of Hayes"), a plural place noun and "such as" ("towns such as Geelong"), or
    ", Y" after it where Y is a known place ("Greenlane, Auckland")."""
    if not metonym and _RESIDENT.search(text, max(0, start - 20), start):
        return True  # "Jane Doe, 45, of Hayes, was"
    called = _CALLED.search(text[max(0, start - 40) : start])
    if called and norm(called.group(1)) in read_words("place_nouns.txt"):
        return True  # "a town called Låsby", "a village named Dudescu"
    such = _SUCH_AS.search(text[max(0, start - 40) : start])
    if such and norm(such.group(1)) in read_words("place_nouns.txt"):
        return True  # "regional towns such as Geelong", "cities including Lviv"
    before = _BEFORE.search(text[max(0, start - 40) : start])
    if before:
        if before.group(1):
            if norm(before.group(1)) in read_words("place_nouns.txt"):
                return True
        else:
            word = norm(before.group(2))
            if before.group(2)[:1].isupper() and word in _DIRECTIONS:
                return False  # "West Street" is no street in the west
            locative = read_words("locative_words.txt") - (METONYM_NOT_LOCATIVE if metonym else set())
            if word in locative or word in read_words("place_nouns.txt"):
                return True
    if not metonym and _next_word(text, end) in read_words("place_nouns.txt"):
        return True  # "Esperance residents", "Heze city", "the Dadaab camps"
    if not metonym and _owned_word(text, end) in read_words("town_own_words.txt"):
        return True  # "Slidell PD", "Glenrock's future"
    if not metonym and _apposed_place(text, end):
        return True  # "Miranshah, the main town in North Waziristan"
    after = _AFTER.match(text[end : end + 40])
    return not metonym and after is not None and _own_name(_trim(after.group(1)), gaz)


_APPOSED = re.compile(r",\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}?([a-z]+)\s+(?:of|in|near)\s+(?:the\s+)?[A-Za-z]")


def _apposed_place(text: str, end: int) -> bool:
    """Whether an apposition headed by a place noun follows the name ("Aligarh, a communally
    sensitive district of western UP"; "Miranshah, the main town in North Waziristan")."""
    match = _APPOSED.match(text, end, end + 80)
    return match is not None and match.group(1) in read_words("apposed_place_nouns.txt")


_DIRECTIONS = frozenset({"north", "south", "east", "west", "northern", "southern", "eastern", "western"})
_OWNED = re.compile(r"(?:['\u2019]s)?\s+([A-Za-z]+)")


def _owned_word(text: str, end: int) -> str:
    """The word after a name or after its possessive: "police" of "Hayes police", "future" of
    "Glenrock's future"."""
    match = _OWNED.match(text, end, end + 30)
    return norm(match.group(1)) if match else ""


_COMPOUND = re.compile(r"-(?:based|born|bred|area|owned|headquartered)$")


def _trim(name: str) -> str:
    """The name less its possessive, trailing punctuation and compound ending ("Tenn.-based")."""
    compound = _COMPOUND.search(name)
    if compound:
        name = name[: compound.start()]
        if name.endswith(".") and norm(name) in _abbreviations():
            return name  # "Calif." of "Calif.-based" keeps its dot
    match = _TRAIL.search(name)
    return name[: match.start()] if match else name


def _overlaps(cand: Candidate, spans: list[tuple[int, int]]) -> bool:
    return any(cand.start < e and s < cand.end for s, e in spans)


def _name_candidates(article: Article, gaz: Gazetteer) -> list[Candidate]:
    """Countries and first-level regions named in plain text that spaCy did not tag
    ("Nigeria reported", "regional NSW", "Vestfold, Buskerud")."""
    out = []
    for start, end in _capitalised_runs(article.text):
        taken: list[tuple[int, int]] = []
        for s, e in _sub_spans(article.text, start, end):  # longest first; "Greece Italy" gives two
            text = article.text[s:e]
            if _overlaps_span((s, e), taken) or ((s, e) != (start, end) and _landform_word(text)):
                continue  # "Plateau" of "the Cumberland Plateau" is no Nigerian state
            if (s, e) != (start, end) and _post_towns_only(text, gaz):
                continue  # "Hall" of "City Hall": a post office's town, often a word, only as a whole name
            if (
                _own_name(text, gaz)
                and plausible(article.text, s, e, gaz)
                and (
                    _strong(text, gaz)
                    or _only_place_words(article.text, (start, end), (s, e))
                    and place_context(article.text, s, e, gaz)
                )
                and not _common_word_opening(article, s, e)
            ):
                out.append(Candidate(s, e, text, from_entity=False))
                taken.append((s, e))
                if (s, e) == (start, end):
                    break
    return out


def _surnames(article: Article) -> frozenset[str]:
    """The last words of the names of the people the article names in full ("Jason R. Paris"
    ... "Paris remains held"): the person again where one stands alone."""
    return frozenset(e.text.split()[-1] for e in _ents(article) if e.label_ == "PERSON" and " " in e.text)


def _landform_word(text: str) -> bool:
    """One word for a kind of land or water feature ("Plateau", "Port", "Lake")."""
    return " " not in text and norm(text) in _landform_words()


@lru_cache(maxsize=1)
def _landform_words() -> frozenset[str]:
    return (
        read_words("landform_words.txt")
        | read_words("water_words.txt")
        | read_words("feature_words.txt")
        | read_words("name_part_words.txt")
    )


def _common_word_opening(article: Article, start: int, end: int) -> bool:
    """A word that opens its sentence and that the tagger reads as a common plural noun or a
    verb's bare form, no name ("Rivers rose near Napier": no Nigerian state; "Yell if you need
    help": an order, no island). Unknown names it reads as singular nouns ("Cork") stay, and so
    does a "verb" a noun follows ("Heze city alone has ...": a name before its kind)."""
    if not _sentence_start(article.text, start) or article.doc is None:
        return False
    span = article.doc.char_span(start, end)
    if span is None or len(span) != 1:
        return False
    word = span[0]
    if word.tag_ == "VB":
        return word.i + 1 >= len(article.doc) or not article.doc[word.i + 1].tag_.startswith("NN")
    return word.tag_ == "NNS"


def _only_place_words(text: str, run: tuple[int, int], span: tuple[int, int]) -> bool:
    """Whether the run's words outside the span say what kind of place it is ("Tijuana River",
    "Lake Manassas") or there are none: not "Scott" of "Scott Pruitt"."""
    before, after = text[run[0] : span[0]].split(), text[span[1] : run[1]].split()
    if len(before) > 1 and before[-1] == "of" and norm(before[-2]) in read_words("place_nouns.txt"):
        before = before[:-1]  # "Residents of Schoharie", "City of Merced"
        before = before[1:] if before[0] in ("The", "the") else before  # "The Town of Hempstead"
    return all(norm(w) in _place_part_words() for w in before + after)


@lru_cache(maxsize=1)
def _place_part_words() -> frozenset[str]:
    return (
        read_words("name_part_words.txt")
        | read_words("place_nouns.txt")
        | read_words("region_words.txt")
        | read_words("town_own_words.txt")
    )


_HYPHENED = re.compile(r"(?<![\w'’-])[A-Z][\w.]*(?:-[A-Z][\w.]*)+(?![\w'’-])")


def _hyphen_parts(article: Article, gaz: Gazetteer) -> list[Candidate]:
    """The places a hyphened name joins ("the Russia-Ukraine war", "the Amsterdam-London leg"):
    countries, regions, named features and cities of 100,000 people or more, where the whole
    is no place's name ("Winston-Salem") and no person's ("Jackson-Lee")."""
    text = article.text
    if "-" not in text:
        return []
    ents = _ents(article)
    people = [(e.start_char, e.end_char) for e in ents if e.label_ == "PERSON"]
    people += [(m.start, m.end) for a in article.actors if a.kind == "person" for m in a.mentions]
    out = []
    for match in _HYPHENED.finditer(text):
        if match.group(0) in gaz or _overlaps_span(match.span(), people) or _in_longer_name(text, match, gaz):
            continue
        pos = match.start()
        for part in match.group(0).split("-"):
            s, e = pos, pos + len(part)
            pos = e + 1
            short = len(part) <= 3 and not part.isupper()  # "Al" of "Al-Fashir" is no Alabama
            if (
                not short
                and _own_name(part, gaz)
                and (_strong(part, gaz) or _big_city(part, gaz))
                and plausible(text, s, e, gaz, True)
            ):
                out.append(Candidate(s, e, part, from_entity=False))
    out += _hyphened_neighbour_towns(text, gaz, people, out)
    return out


# two names of one to three capitalised words joined by a hyphen ("Allen-Admire")
_HYPHENED_TOWNS = re.compile(
    r"(?<![\w'’-])([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})-([A-Z][a-z]+(?: (?!(?:District|Municipal)\b)[A-Z][a-z]+){0,2})"
    r"(?![\w'’-])"
)
NEIGHBOUR_TOWNS_KM = 60


def _hyphened_neighbour_towns(
    text: str, gaz: Gazetteer, people: list[tuple[int, int]], found: list[Candidate]
) -> list[Candidate]:
    """Small towns a hyphen joins as local news names neighbours' shared area or service ("the
    Allen-Admire fire district", "the Dennis-Pleasantfork area"): each part that is a
    town's own name, where the other part is a town's own name with a town of it within
    ``NEIGHBOUR_TOWNS_KM`` of one of this part's towns, or the pair is followed by "area" and
    the other part is no place the gazetteer knows (a village below its lists). Neighbours
    before the words of an Irish municipal district ("the Kildare-Newbridge MD") are read
    whatever those capitalised words make of the name. People's
    double names ("Jackson-Lee", "Lincoln-Douglas": given names both) and names the gazetteer
    knows whole ("Winston-Salem") stay out."""
    out = []
    for match in _HYPHENED_TOWNS.finditer(text):
        if match.group(0) in gaz or _overlaps_span(match.span(), people):
            continue
        names = match.group(1), match.group(2)
        if all(name.split()[0] in given_names() for name in names):  # "the Lincoln-Douglas debates"
            continue
        towns = [_town_entries(name, gaz) if _own_town(name, gaz) else [] for name in names]
        district = _DISTRICT_AFTER.match(text, match.end()) is not None
        area = text[match.end() : match.end() + 5] == " area"
        for i in (0, 1):
            s, e = match.span(i + 1)
            other = towns[1 - i]
            near = any(_near(a, b, NEIGHBOUR_TOWNS_KM) for a in towns[i] for b in other)
            lone = area and not other and not gaz.lookup(names[1 - i])
            if (
                towns[i]
                and (near or lone)
                and not _overlaps_span((s, e), [(c.start, c.end) for c in found])
                and norm(names[i]) not in read_words("not_places.txt")
                and (plausible(text, s, e, gaz, True) or (near and district))
            ):
                out.append(Candidate(s, e, names[i], from_entity=False))
    return out


# the words of an Irish council's municipal district after the towns it is named after ("the
# Kildare-Newbridge MD", "the Gorey-Kilmuckridge District")
_DISTRICT_AFTER = re.compile(r" (?:Municipal [Dd]istrict|MD|District)(?![\w'’-])")


def _in_longer_name(text: str, match: re.Match, gaz: Gazetteer) -> bool:
    """Whether the hyphened name begins a longer name the gazetteer knows: "Miami-Dade County"
    is no Miami."""
    run = _RUN.match(text, match.start())
    return run is not None and run.end() > match.end() and _trim(run.group(0)) in gaz


_SINGULAR = {
    "counties": "County",
    "parishes": "Parish",
    "boroughs": "Borough",
    "townships": "Township",
    "districts": "District",
    "provinces": "Province",
    "states": "State",
    "regions": "Region",
    "oblasts": "Oblast",
    "prefectures": "Prefecture",
}
_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
_PLURAL_REGIONS = re.compile(
    rf"(?<![\w'’-])((?:{_NAME},\s+)*{_NAME},?\s+(?:and|or|&)\s+{_NAME})\s+({'|'.join(_SINGULAR)})\b"
)


_COUNTY_ABBREVIATION = re.compile(rf"(?<![\w'’&.-])(?<!& )(?<!and )({_NAME})\s+Co\.")


def _state_after_town_candidates(text: str) -> list[Candidate]:
    """A state's dotted abbreviation after "Town, " ("Salem, Ore."): the state, whatever spaCy
    made of it, as where it ends a sentence it may join the next sentence's first word into one
    organisation ("near Ada, Okla. Horses, goats ...") or go untagged before a name ("Salem, Ore.
    Rangers Club")."""
    return [
        Candidate(m.start(1), m.end(1), m.group(1), from_entity=False) for m in _state_after_town().finditer(text)
    ]


@cache
def _state_after_town() -> re.Pattern[str]:
    names = sorted((row[0] for row in read_tsv("abbreviations.tsv") if row[0] != "D.C."), key=len, reverse=True)
    return re.compile(r"\b[A-Z][\w'’-]*, (" + "|".join(map(re.escape, names)) + r")(?![\w.-])")


def _county_abbreviations(article: Article, gaz: Gazetteer) -> list[Candidate]:
    """ "Hamilton Co." as local news abbreviates a county: that county, where the gazetteer knows
    one so called; not a company the knowledge base knows ("Ford Motor Co.")."""
    text = article.text
    if " Co." not in text:
        return []
    known_orgs = [(m.start, m.end) for a in article.actors if a.wikidata for m in a.mentions]
    out = []
    for match in _COUNTY_ABBREVIATION.finditer(text):
        if _overlaps_span(match.span(), known_orgs):
            continue
        for word in re.finditer(r"\S+", match.group(1)):  # "A Madison": "A Madison", then "Madison"
            start = match.start(1) + word.start()
            full = f"{text[start : match.end(1)]} County"
            if any(not alt for _, alt in gaz.lookup(full)):
                out.append(
                    Candidate(
                        start, match.end(), text[start : match.end()], from_entity=False, short_for=full
                    )
                )
                break
    return out


def _plural_region_candidates(text: str, gaz: Gazetteer) -> list[Candidate]:
    """The names before a plural region word, as local news lists counties ("Cook and DuPage
    counties", "Kano and Kaduna states"): each is the region its name and the word make ("Cook
    County", not Cook in Australia), or a region of that name, whatever spaCy tagged it."""
    out = []
    if not any(word in text for word in _SINGULAR):
        return out
    for match in _PLURAL_REGIONS.finditer(text):
        word = _SINGULAR[match.group(2)]
        start = match.start(1)
        towns, countries = [], set()
        for name in re.finditer(_NAME, match.group(1)):
            s, e = start + name.start(), start + name.end()
            if name.group(0) in ("and", "or"):
                continue
            full = f"{name.group(0)} {word}"
            entries = gaz.lookup(name.group(0))
            if own := [x for x, alt in gaz.lookup(full) if not alt]:
                out.append(Candidate(s, e, name.group(0), from_entity=False, short_for=full))
                countries.update(x.country for x in own)
            elif regions := [x for x, _ in entries if x.kind in ("region", "district")]:
                out.append(Candidate(s, e, name.group(0), region_hint=True, from_entity=False))
                countries.update(x.country for x in regions)
            else:
                towns.append((s, e, name.group(0), {x.country for x, _ in entries if x.kind == "city"}))
        # a division named after its main town under another spelling, which only that town bears
        # ("Ganjam, Khurda and Puri districts": Khordha; "Kapisa and Sar-i-Pul provinces"): at the
        # town, where it lies in a country of the regions listed with it
        out += [Candidate(s, e, name, from_entity=False) for s, e, name, iso3 in towns if iso3 & countries]
    return out


def _plural_office_candidates(text: str, gaz: Gazetteer) -> list[Candidate]:
    """The towns listed before a plural of their offices ("the Lancaster and Circleville fire
    departments", "the Stow and Hudson school districts"): each name a town bears as its own is
    that town, whatever spaCy tagged it (it often takes the first, after "the", for an
    organisation's)."""
    out = []
    if not any(word in text for word in read_words("town_office_plurals.txt")):
        return out
    for match in _plural_offices().finditer(text):
        start = match.start(1)
        for name in re.finditer(_NAME, match.group(1)):
            s, e = start + name.start(), start + name.end()
            s += len(_SENTENCE_THE.match(text, s, e).group(0))  # "The Lancaster and ..."
            if _own_town(text[s:e], gaz) and plausible(text, s, e, gaz):
                out.append(Candidate(s, e, text[s:e], from_entity=False))
    return out


_SENTENCE_THE = re.compile(r"(?:The\s+)?")


@lru_cache(maxsize=1)
def _plural_offices() -> re.Pattern:
    plurals = alternation(read_words("town_office_plurals.txt"))
    return re.compile(
        rf"(?<![\w'’-])((?:{_NAME},\s+)*{_NAME},?\s+(?:and|&)\s+{_NAME})\s+(?:[a-z]+\s+)?(?:{plurals})\b"
    )


_DIVISION_WORDS = r"County|Parish|Borough|Township|Twp\.|Twp|TWP|TOWNSHIP"
TOWNSHIP_WORDS = ("Township", "Twp.", "Twp", "TWP", "TOWNSHIP")
_BRACKET_AFTER = re.compile(r"[ ]*\(")
_DIVISION_WORD = re.compile(rf"(?<=\s)(?:{_DIVISION_WORDS})(?![\w'’-])")
_WORDS_BEFORE = re.compile(r"(?<![\w'’.-])(?:[A-Z][\w'’.-]*\s+){1,4}$")
_DIVISION_BEFORE = re.compile(r"(?<![\w'’.-])(?:County|Co\.?)\s+([A-Z][\w'’-]+)(?![\w'’-])")


def _division_candidates(text: str, gaz: Gazetteer) -> list[Candidate]:
    """A county, parish, borough or township named with its word ("Anne Arundel County police",
    "Livingston Parish President"), or Irish style before it ("Co Louth", "County Mayo"): that
    division, whatever spaCy tagged the words (no person or organisation is so called). A
    township or borough the gazetteer does not know is its town ("Mount Laurel Twp.")."""
    out = []
    for word in _DIVISION_WORD.finditer(text):
        if word.group(0) == "TOWNSHIP" and _BRACKET_AFTER.match(text, word.end()):
            continue  # "MILLBROOK TOWNSHIP (HARLAN COUNTY) –": the bracketed dateline's, whole
        before = _WORDS_BEFORE.search(text, max(0, word.start() - 80), word.start())
        span = _longest_known_tail(text, before.start(), word.end(), gaz) if before else None
        township = before is not None and word.group(0) in TOWNSHIP_WORDS
        if span is None and before and word.group(0) in (*TOWNSHIP_WORDS, "Borough"):
            span = _town_of_township(text, before.start(), word.start(), gaz)
            if span is None and township:
                span = _unknown_township(text, before.start(), word.end())
        if span:
            unknown = township and not _own_town(text[span[0] : span[1]], gaz)
            out.append(
                Candidate(
                    *span, text[span[0] : span[1]], from_entity=False, township=township, site=unknown, street=unknown
                )
            )
    for match in _DIVISION_BEFORE.finditer(text) if "Co" in text else ():
        if any(e.kind in ("region", "district") for e, _ in gaz.lookup(match.group(1))):
            s, e = match.span()
            out.append(
                Candidate(s, e, text[s:e], region_hint=True, from_entity=False, short_for=match.group(1))
            )
    return out


_DIVISION_TAIL = re.compile(rf"\s+(?:{_DIVISION_WORDS})$")


def _division_short_forms(article: Article, kept: list[Candidate]) -> list[Candidate]:
    """Later mentions of a county, parish, borough or township the article names in full, by its
    name alone ("north Anne Arundel", "Anne Arundel police" after "Anne Arundel County", "Louth"
    after "Co Louth"): that division, whatever spaCy tagged the words; not where the name is a
    person's the article names in full ("Sheriff Jackson" of "Tom Jackson")."""
    full: dict[str, str] = {}
    for c in kept:
        tail = _DIVISION_TAIL.search(c.text)
        bare = c.text[: tail.start()] if tail else c.short_for if c.text.startswith("Co") else None
        township = tail is not None and c.text.endswith(TOWNSHIP_WORDS)
        if bare and (len(bare) > 3 or township and len(bare) == 3):  # "Elk" of "Elk Township"
            full.setdefault(bare, c.short_for or c.text)
    if not full:
        return []
    named = [(c.start, c.end) for c in kept]
    people = [
        (m.start, m.end)
        for a in article.actors
        if a.kind == "person"
        and (
            a.wikidata
            or any(m.text not in full and not _overlaps_span((m.start, m.end), named) for m in a.mentions)
        )
        for m in a.mentions
    ]
    names = "|".join(re.escape(n) for n in sorted(full, key=len, reverse=True))
    out = []
    for match in re.finditer(rf"(?<![\w'’-])(?:{names})(?![\w-])(?!\s+(?:{_DIVISION_WORDS}))", article.text):
        if not _overlaps_span(match.span(), people):
            name = match.group(0)
            out.append(Candidate(*match.span(), name, True, from_entity=False, short_for=full[name]))
    return out


def _town_of_township(text: str, start: int, end: int, gaz: Gazetteer) -> tuple[int, int] | None:
    """All the words before "Township" ("Mount Laurel" of "Mount Laurel Twp."), where the
    gazetteer knows a town by that name from GeoNames: not a part of them ("Paxton" of "Lower
    Paxton")."""
    lead = _LEAD.match(text, start)
    start, end = lead.end() if lead else start, len(text[:end].rstrip())
    # not a post office's village alone: townships bear the names of far villages ("Tippecanoe")
    known = any(e.kind == "city" and not alt and not post_town(e) for e, alt in gaz.lookup(text[start:end]))
    return (start, end) if known else None


def _unknown_township(text: str, start: int, end: int) -> tuple[int, int] | None:
    """"Tippecanoe Township" whole (its last one or two names before "Township"), where no town
    bears them: it lies in the article's town, as a street does (no gazetteer has US townships)."""
    words = list(re.finditer(r"\S+", text[start:end]))[:-1][-2:]
    if len(words) == 2 and words[0].group(0).lower() in STOP_WORDS:
        words = words[1:]
    if words and words[0].group(0).lower() in STOP_WORDS:  # "THE TOWNSHIP" of a notice's heading
        return None
    return (start + words[0].start(), end) if words else None


def _longest_known_tail(
    text: str, start: int, end: int, gaz: Gazetteer, kind: str | None = None
) -> tuple[int, int] | None:
    """The longest run of the last words of ``text[start:end]`` the gazetteer knows by its own
    name ("Anne Arundel County" of "The Anne Arundel County"), of ``kind`` when given."""
    for word in re.finditer(r"\S+", text[start:end]):
        s = start + word.start()
        name = text[s:end]
        if norm(name) not in read_words("not_places.txt") and any(
            not alt and kind in (None, e.kind) for e, alt in gaz.lookup(name)
        ):
            return s, end
    return None


_COMPOUND_NAME = re.compile(
    r"(?<![\w'’.-])([A-Z][\w'’.]*(?:[ -][A-Z][\w'’.]*){0,2})-(?:based|area|born|headquartered)\b"
)


def _compound_candidates(text: str, gaz: Gazetteer) -> list[Candidate]:
    """The place of "Kent-based", "Baton Rouge-area", "Lagos-born": no person is "X-based",
    whatever spaCy tagged it; the name is a town, region or country the gazetteer knows by it."""
    if "-based" not in text and "-area" not in text and "-born" not in text and "-headq" not in text:
        return []
    out = []
    for match in _COMPOUND_NAME.finditer(text):
        span = _longest_known_tail(text, *match.span(1), gaz)
        if span and plausible(text, *span, gaz):
            out.append(Candidate(*span, text[span[0] : span[1]], from_entity=False))
    return out


_DESCRIBED = re.compile(
    r"\b(?:[Aa]n?|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive)\s+(?:\d{1,3}-year-old\s+)?"
    rf"({_WORDS})\s+([a-z]+)\b"
)


def _described_candidates(text: str, gaz: Gazetteer) -> list[Candidate]:
    """The town in a person's description as local news gives it: "a 47-year-old Lithonia
    woman", "a Cuyahoga Falls man", "two Stow teens" (spaCy's small model tags many such towns
    an organisation or a person): a name the gazetteer knows by its own name, before a noun for
    people (resident_nouns.txt). Not after "the" ("the Clinton children" are a family)."""
    nouns = read_words("resident_nouns.txt")
    out = []
    for match in _DESCRIBED.finditer(text):
        if match.group(2) not in nouns:
            continue
        span = _longest_known_tail(text, *match.span(1), gaz)
        if span and span[0] == match.start(1) and plausible(text, *span, gaz):
            out.append(Candidate(*span, text[span[0] : span[1]], from_entity=False))
    return out


_OF_PLACE = re.compile(rf"\s+of\s+({_WORDS})")
_MEMBER_FOR = re.compile(
    rf"\b(?:MPs?|MLAs?|MSPs?|MPPs?|MNAs?|MHAs?|TDs?|[Mm]ember\s+for)\s+(?:for\s+)?({_WORDS})"
)


def _home_town_candidates(article: Article, gaz: Gazetteer) -> list[Candidate]:
    """The town or state a person is named with: "Sen. Anna Caballero of Merced", "Mark Daniels
    of Louisville", "the MP for Keighley", "the member for Werribee": a name the gazetteer knows
    by its own name, whole ("of Boston College" is no Boston). A party's state ("Sen. Tom Harkin (D-IA)") is left out: news gold sets do not
    count it."""
    text = article.text
    found = [_OF_PLACE.match(text, m.end) for a in article.actors if a.kind == "person" for m in a.mentions]
    found += _given_name_of_place(article)
    if "for " in text:
        found += [m for m in _MEMBER_FOR.finditer(text) if " for" in m.group(0)]
    out = []
    for match in found:
        if match is not None:
            s = match.start(1)
            e = s + len(_trim(match.group(1)))
            name = text[s:e]
            if e > s and _own_name(name, gaz) and name.lower() not in STOP_WORDS:
                out.append(Candidate(s, e, name, from_entity=False))
    return out


def _given_name_of_place(article: Article) -> list[re.Match]:
    """The town in a name spaCy took whole for a person or an organisation, a given name and
    "of" before it, as obituaries list survivors ("a sister, Joan of Sandusky", "brothers Ray of
    Sanger and Joe of Selma"): after a word of kin in its sentence, not "Mary of Bethany"."""
    out = []
    kin = read_words("kin_words.txt")
    for ent in _ents(article):
        if (
            ent.label_ in ("PERSON", "ORG")
            and len(ent) > 2
            and ent[0].text in given_names()
            and any(t.lower_ in kin for t in article.doc[ent.sent.start : ent.start])
        ):
            match = _OF_PLACE.match(article.text, ent[0].idx + len(ent[0]), ent.end_char)
            if match is not None and match.end() == ent.end_char:
                out.append(match)
    return out


_PARTY_TOWN = re.compile(r"(?:,\s+|\()[RDI]-((?:[A-Z][\w'’.-]*)(?:\s+[A-Z][\w'’.-]*){0,2})(?=,|\))")


def _party_town_candidates(text: str, gaz: Gazetteer) -> list[Candidate]:
    """A lawmaker's home town after the party's letter, as US local news writes it ("Sen. Mike
    Wilson, R-Bowling Green,", "(D-Whitesburg)"): the town, whatever spaCy tagged the words. A
    party's state ("D-Calif.", "R-IA") is left out, as in ``_home_town_candidates``."""
    if "-" not in text:
        return []
    return [
        Candidate(*m.span(1), m.group(1), from_entity=False)
        for m in _PARTY_TOWN.finditer(text)
        if _own_town(m.group(1), gaz)
        and not m.group(1).isupper()
        and not m.group(1).endswith(".")
        and not any(e.kind in ("region", "country") for e, _ in gaz.lookup(m.group(1)))
    ]


_COUNTY_COURT = re.compile(
    r"(?<![\w'’.-])(?:The\s+)?((?:[A-Z][a-z]+\s+){1,2})(?:Circuit|District|Superior|Fiscal|Probate|Chancery|Family|Common Pleas)\s+Court\b"
)


def _county_court_candidates(text: str, gaz: Gazetteer) -> list[Candidate]:
    """The county of a US county court named without "County" ("Warren Circuit Court", "Daviess
    Fiscal Court", "Summit Common Pleas Court"): that county, where the gazetteer knows a US
    county of the name, not a town of it far away ("Warren", Mich.)."""
    if " Court" not in text:
        return []
    out = []
    for match in _COUNTY_COURT.finditer(text):
        name = match.group(1).strip()
        if name.split()[0] in ("The", "A", "U.S.", "US") or norm(name) in read_words("not_places.txt"):
            continue
        full = f"{name} County"
        if any(e.kind == "region" and e.country == "USA" and not alt for e, alt in gaz.lookup(full)):
            s = match.start(1)
            out.append(Candidate(s, s + len(name), name, region_hint=True, from_entity=False, short_for=full))
    return out


_TOWN_COURT = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\s+([A-Z][a-z]+['’]?s?['’]?)\s+Court\b")


def _town_court_candidates(text: str, gaz: Gazetteer) -> list[Candidate]:
    """The town a British or Irish court is named after ("Lisburn Magistrates Court", "Ennis
    Circuit Court": ``town_court_words.txt`` between the name and "Court"), where the name is a
    town's own: a mention of that town, the story's context choosing among namesakes. spaCy tags
    the whole an organisation, so no other finder sees the town in it."""
    if " Court" not in text:
        return []
    kinds = read_words("town_court_words.txt")
    out = []
    for match in _TOWN_COURT.finditer(text):
        name = match.group(1)
        if norm(match.group(2)) not in kinds:
            continue
        start = match.start(1)
        if " " in name and not _own_town(name, gaz):  # "At Newry Crown Court": the town is the last word
            cut = name.index(" ") + 1
            start, name = start + cut, name[cut:]
        if norm(name) not in read_words("not_places.txt") and _own_town(name, gaz):
            out.append(Candidate(start, start + len(name), name, from_entity=False))
    return out


_ROAD_ENDS = re.compile(
    r"\b(?:[ABMN]\d{1,4}|R\d{3})\s+(?:from\s+)?([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)"
    r"\s+to\s+([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\s+[Rr]oads?\b"
)


def _road_end_candidates(text: str, gaz: Gazetteer) -> list[Candidate]:
    """The towns a British or Irish road is named by, after its number ("the A12 Kelso to Melrose
    road", "the N61 Boyle to Roscommon Road"): each a town's own name is a mention of that town.
    spaCy tags the number and the first town an organisation ("the A12 Kelso"), and the second
    town with "Road" reads as a street's name. An end no gazetteer has, where the other is a town,
    is a village by that town ("the N59 Clifden to Glenbrack road")."""
    if " to " not in text:
        return []
    out = []
    for match in _ROAD_ENDS.finditer(text):
        towns = [
            k for k in (1, 2) if _own_town(match.group(k), gaz) and norm(match.group(k)) not in read_words("not_places.txt")
        ]
        out += [Candidate(match.start(k), match.end(k), match.group(k), from_entity=False) for k in towns]
        if len(towns) == 1:  # the other end, a village no gazetteer has, lies by the town ("A96 Kintore to Kilnavar")
            k = 3 - towns[0]
            name = match.group(k)
            if not gaz.lookup(name) and not any(w in given_names() or _street(w) for w in name.split()):
                town = match.span(towns[0])
                out.append(Candidate(*match.span(k), name, from_entity=False, site=True, site_in=town, village=True))
    return out


_SCHOOL_WORDS = read_tsv("welsh_school_words.tsv")
_SCHOOL_OPENS = tuple(w for w, role in _SCHOOL_WORDS if role == "opens")
_SCHOOL_NAME = re.compile(
    r"(?<![\w'’.-])(?:" + "|".join(_SCHOOL_OPENS) + r")\s+"
    r"(?:(?:" + "|".join(w for w, role in _SCHOOL_WORDS if role == "kind") + r")\s+)?"
    r"([A-Z][\w-]+(?:[^\S\n]+[A-Z][\w-]+)?)(?![\w-])"
)


def _welsh_school_candidates(article: Article, gaz: Gazetteer) -> list[Candidate]:
    """The village or town a Welsh school is named after ("Ysgol Llanbedrog", "Ysgol Gynradd
    Pwllheli": ``welsh_school_words.tsv``), and that name alone where the tagger took the school
    for a person or a body whose other mentions are it ("a sad day for Llanbedrog"): mentions of
    the place, whatever spaCy tagged. A name the gazetteer lacks ("Ysgol Gymuned Bodffordd") is a
    village at the story's town; a saint's or a person's ("Ysgol Dewi Sant", "Ysgol Syr Hugh
    Owen") is none."""
    text = article.text
    if not any(w in text for w in _SCHOOL_OPENS):
        return []
    nots = {w for w, role in _SCHOOL_WORDS if role == "not"}
    out, names = [], set()
    for match in _SCHOOL_NAME.finditer(text):
        name = match.group(1)
        if any(w in nots for w in name.split()) or norm(name) in read_words("not_places.txt"):
            continue
        if _own_town(name, gaz):
            out.append(Candidate(match.start(1), match.end(1), name, from_entity=False))
            names.add(name)
    # the school's name alone, where the tagger made one actor of it ("Nefyn" of "Ysgol Nefyn")
    for actor in article.actors:
        school = _SCHOOL_NAME.match(actor.name)
        if school is None or school.group(1) not in names:
            continue
        out += [
            Candidate(m.start, m.end, m.text, from_entity=False)
            for m in actor.mentions
            if m.text == school.group(1) and not m.metonym
        ]
    return out


def _welsh_school_villages(article: Article, kept: list[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """The village a Welsh school is named after where the gazetteer lacks it ("Ysgol Gymuned
    Bodffordd, near Llangefni", "Ysgol Rhiwlas"): a village by the place named right after it, else
    at the story's town (resolve.py, ``_placed_sites``); one or two words, no given name."""
    text = article.text
    if not any(w in text for w in _SCHOOL_OPENS):
        return []
    nots = {w for w, role in _SCHOOL_WORDS if role == "not"}
    taken = SpanIndex([(c.start, c.end) for c in kept])
    places = {c.start: c for c in kept if not c.demonym and not c.site}
    out = []
    for match in _SCHOOL_NAME.finditer(text):
        start, end = match.span(1)
        name = match.group(1)
        if (
            taken.overlaps(start, end)
            or any(w in nots or w in given_names() for w in name.split())
            or norm(name) in read_words("not_places.txt")
            or gaz.lookup(name)
        ):
            continue
        after = _VILLAGE_AFTER.match(text, end) or _SITE_AFTER.match(text, end)
        place = places.get(after.end()) if after else None
        site_in = (place.start, place.end) if place is not None and not _country(place.text, gaz) else None
        out.append(Candidate(start, end, name, from_entity=False, site=True, site_in=site_in, village=True))
    return out


_BARE_COUNTY = re.compile(
    r"(?<![\w'’.-])((?:[A-Z][a-z]+[ -]){0,2}[A-Z][a-z]+)(?:['’]s)?\s+(?:County\s+)?([a-z]+)\b(?!-)"
)


def _bare_county_candidates(article: Article, gaz: Gazetteer) -> list[Candidate]:
    """A US county named without "County" before a word for its offices ("Anne Arundel police",
    "Gwinnett deputies"): that county, where the name is one county's alone (no town, region or
    country bears it, no other state has a county so called) and no person of the article."""
    text = article.text
    words = read_words("county_own_words.txt")
    if not any(w in text for w in words):
        return []
    found = [
        (match.span(1), match.group(1), full)
        for match in _BARE_COUNTY.finditer(text)
        if match.group(2) in words
        and not text[match.end(1) :].startswith((" County", " Parish"))
        and (full := _one_county(match.group(1), gaz))
    ]
    names = {name for _, name, _ in found}
    # a person the article names otherwise too ("Sheriff Tom Pinellas"), not one the tagger made
    # of the county's name alone
    people = [
        (m.start, m.end)
        for a in article.actors
        if a.kind == "person" and any(_without_last(m.text, words) not in names for m in a.mentions)
        for m in a.mentions
    ]
    return [
        Candidate(*span, name, region_hint=True, from_entity=False, short_for=full)
        for span, name, full in found
        if not _overlaps_span(span, people)
    ]


_QUALIFIED_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})


def _bare_river_candidates(article: Article) -> list[Candidate]:
    """A river the gazetteer knows as "X River" or "River X", named "the X" ("along the
    Susquehanna", "the St. Croix crested", "the Shannon"): that river, not the town or county
    called X, where the word after it is no noun it qualifies ("the Ohio delegation", "the
    Chicago area", "the Santa Ana winds") and no capitalised word of a longer name ("the Hudson
    Valley")."""
    pattern, full = _bare_rivers()
    text, doc = article.text, article.doc
    out = []
    for match in pattern.finditer(text):
        s, e = match.span(1)
        after = text[e : e + 2]
        if after[:1].isalpha() or (after[:1] == " " and after[1:2].isupper()):
            continue
        if doc is not None:
            span = doc.char_span(s, e, alignment_mode="expand")
            nxt = doc[span.end] if span is not None and span.end < len(doc) else None
            if nxt is not None and nxt.pos_ in _QUALIFIED_POS and not nxt.is_punct:
                continue
        out.append(Candidate(s, e, match.group(1), from_entity=False, short_for=full[match.group(1)]))
    return out


@lru_cache(maxsize=1)
def _bare_rivers() -> tuple[re.Pattern, dict[str, str]]:
    """The bare names of the rivers of ``features.tsv`` ("Susquehanna" of "Susquehanna River",
    "Severn" of "River Severn"), less those that are also a people's word ("the American") or a
    feature's own name, or listed in ``not_bare_rivers.txt`` ("the Rock", "the Han")."""
    named = {n for row in read_tsv("features.tsv") for n in [row[0], *row[1].split("|")] if n}
    skip = read_words("not_bare_rivers.txt")
    full: dict[str, str] = {}
    for row in read_tsv("features.tsv"):
        if row[2] != "water":
            continue
        for name in [row[0], *row[1].split("|")]:
            bare = re.sub(r"^River\s+|\s+River$", "", name)
            if bare != name and bare not in named and norm(bare) not in _demonyms() and norm(bare) not in skip:
                full.setdefault(bare, row[0])
    names = "|".join(map(re.escape, sorted(full, key=len, reverse=True)))
    return re.compile(rf"(?<![\w'’.-])[Tt]he\s+({names})(?![\w’-])(?!'[A-Za-rt-z])"), full


def _without_last(text: str, words: frozenset[str]) -> str:
    """"Anne Arundel" of a mention "Anne Arundel police" the tagger made."""
    head, _, last = text.rpartition(" ")
    return head if head and last in words else text


def _one_county(name: str, gaz: Gazetteer) -> str | None:
    """"Anne Arundel County" for "Anne Arundel": the full name of the one US county (or parish)
    so called, where nothing else in the gazetteer bears the bare name."""
    if name in gaz or norm(name) in read_words("not_places.txt"):
        return None
    for word in ("County", "Parish"):
        found = [e for e, alt in gaz.lookup(f"{name} {word}") if not alt and e.kind == "region" and e.country == "USA"]
        if len(found) == 1:
            return f"{name} {word}"
    return None


_RUN = re.compile(r"(?<![\w'’.-])[A-Z][\w'’.-]*(?:(?<![a-z]{2}\.)(?<![A-Z]{2}\.)\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*)*")


@lru_cache(maxsize=4)
def _capitalised_runs(text: str) -> tuple[tuple[int, int], ...]:
    """Kept for the last texts: three finders of an article ask for them."""
    return tuple((m.start(), m.start() + len(_trim(m.group(0)))) for m in _RUN.finditer(text))


def _sub_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Every run of whole words inside ``text[start:end]``, longest first."""
    words = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", text[start:end])]
    spans = [
        (words[i][0], words[j][1])
        for width in range(len(words), 0, -1)
        for i in range(len(words) - width + 1)
        for j in [i + width - 1]
    ]
    return [(s, e) for s, e in spans if text[s].isupper()]


def _inner_candidates(article: Article, gaz: Gazetteer) -> list[Candidate]:
    """A place named inside an organisation's name: "the U.S. Centers for Disease Control",
    "Seoul City Hall", "the Ministry of Health of the People's Republic of China"; in a
    newspaper's, a university's or a company's name ("The New York Times", "Colorado State
    University", "Slidell PD") too, marked metonym: the name stands for the organisation."""
    out = []
    unplaced, local = read_words("unplaced_org_words.txt"), read_words("local_org_words.txt")
    local |= read_words("town_service_words.txt")  # "Lorraine officials" (``_town_service_spans``)
    eponym = read_words("eponym_site_words.txt")
    for start, end in _organisation_spans(article, gaz):
        name = article.text[start:end]
        words = {norm(w) for w in name.split()}
        taken: list[tuple[int, int]] = []
        # "Lincoln Middle School": its town only where the story is (``_towns_of_site_names``)
        named_for = norm(name.rsplit(None, 1)[-1]) in eponym
        for s, e in _name_ends(name):
            e = s + len(_trim(name[s:e]))  # "Japan's Ministry of Agriculture"
            text = name[s:e]
            if _overlaps_span((s, e), taken) or not (
                e > s and _own_name(text, gaz) and plausible(article.text, start + s, start + e, gaz)
            ):
                continue
            if words & local and _city_of_office(text, gaz):  # "Dalton" of "Dalton City Council"
                e, text = e - len(" City"), text[: -len(" City")]
            if _strong(text, gaz) or (
                not named_for and (_big_city(text, gaz) or (words & local and _own_town(text, gaz)))
            ):
                out.append(
                    Candidate(start + s, start + e, text, from_entity=False, metonym=bool(words & unplaced))
                )
                taken.append((s, e))
        site = norm(name.rsplit(None, 1)[-1]) in read_words("site_words.txt")  # "Kendale Lakes ... School"
        for s, e in () if site else _inner_words(name):  # "Air Canada Cargo", "Marine Energy Wales ..."
            text = name[s:e]
            if _overlaps_span((s, e), taken):
                continue
            if (
                _own_name(text, gaz)
                and _strong(text, gaz)
                and plausible(article.text, start + s, start + e, gaz)
            ):
                out.append(Candidate(start + s, start + e, text, from_entity=False, metonym=True))
                taken.append((s, e))
    return out


CITY_OF_OFFICE_RATIO = 10


def _offices_of_towns(text: str, kept: list[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """ "X City" before a word of a town's office ("the Columbia City Council", "Kent City
    Schools", "the Springfield City School District": spaCy takes them whole or not at all) is
    the town X, where X is its "city" (``_city_of_office``) or where the article names X bare
    (its dateline too) and no town called "X City" is bigger than X: "the Columbia City Council"
    beside "Columbia, Mo." is not Columbia City, Wash."""
    office = read_words("city_office_words.txt")
    named = {norm(c.text) for c in kept if not c.demonym}
    for c in kept:
        if not c.text.endswith(" City") or c.demonym or _next_word(text, c.end) not in office:
            continue
        bare = c.text[: -len(" City")]
        if _city_of_office(c.text, gaz) or (norm(bare) in named and _city_of_office(c.text, gaz, 1)):
            c.end, c.text, c.short_for = c.end - len(" City"), bare, None
    return kept


def _city_of_office(name: str, gaz: Gazetteer, ratio: float = CITY_OF_OFFICE_RATIO) -> bool:
    """Whether "X City" in an office's name ("the Dalton City Council", "Paducah City Schools")
    is the town X's "city": X is a town ten times the size of any town called "X City" (Dalton,
    Ga., not Dalton City, Ill.; but Kansas City, Union City, Carson City keep their name)."""
    if not name.endswith(" City"):
        return False
    bare = [e.population for e, alt in gaz.lookup(name[: -len(" City")]) if e.kind == "city" and not alt]
    whole = [e.population for e, alt in gaz.lookup(name) if e.kind == "city" and not alt]
    return bool(bare) and max(bare) >= ratio * max(whole, default=0)


def _inner_words(name: str) -> list[tuple[int, int]]:
    """Runs of one to three capitalised words inside an organisation's name, longest first,
    none after a given name ("the Michael Jordan Foundation")."""
    words = [(m.start(), m.end()) for m in re.finditer(r"[\w'’.&-]+", name)]
    out = []
    for width in (3, 2, 1):
        for i in range(1, len(words) - width):
            s, e = words[i][0], words[i + width - 1][1]
            if name[s].isupper() and name[words[i - 1][0] : words[i - 1][1]] not in given_names():
                out.append((s, e))
    return out


def _own_town(text: str, gaz: Gazetteer) -> bool:
    return any(e.kind == "city" and not alt for e, alt in gaz.lookup(text))


def _town_entries(name: str, gaz: Gazetteer, kinds: tuple[str, ...] = ("city",)) -> list:
    """The towns a name is the own name of; where no place bears it as its own, those it is
    another spelling of ("Calbayog" of Calbayog City, "Qabatiya" and "Jenin" of GeoNames'
    Qabāţīyah and Janīn): the English spellings of news from much of Asia and Africa."""
    found = gaz.lookup(name)
    own = [e for e, alt in found if not alt]
    return [e for e in own or [e for e, _ in found] if e.kind in kinds]


def _organisation_spans(article: Article, gaz: Gazetteer) -> list[tuple[int, int]]:
    spans = [
        (m.start, m.end)
        for actor in article.actors
        if actor.kind == "organization"
        for m in actor.mentions
        if " " in m.text
    ]
    people = [(m.start, m.end) for a in article.actors if a.kind == "person" for m in a.mentions]
    ents = _ents(article)
    spans += [
        (e.start_char, e.end_char)
        for e in ents
        if e.label_ == "ORG" and " " in e.text and not _overlaps_span((e.start_char, e.end_char), people)
    ]
    for actor in article.actors:  # "Gordon Campbell, the premier of British Columbia"
        for m in actor.mentions if actor.kind == "person" else ():
            of = list(re.finditer(r"\bof\s+(?:the\s+)?", m.text))
            if of:
                spans.append((m.start + of[-1].end(), m.end))
    return spans + _town_service_spans(article.text, ents, gaz)


_WORD_AFTER = re.compile(r"[ ]+([A-Za-z]+)\b")


def _town_service_spans(text: str, ents, gaz: Gazetteer) -> list[tuple[int, int]]:
    """A town's bare name and a word of its services that spaCy took for a person ("Ottawa
    Fire was paged") or whose name it took for an organisation before the word ("Lorraine
    officials asked ..."): an organisation's name, whose town ``_inner_candidates`` finds, where
    a town of the name lies within ``NEAR_KM`` of a town or county the article's place entities
    name (a band's "Arcade Fire" in a story of Mobile is no Arcade, N.Y.). No name the
    article gives a person in full ("Mayor Ann Lorraine ... Lorraine officials")."""
    words = read_words("town_service_words.txt")
    surnames = {e.text.split()[-1] for e in ents if e.label_ == "PERSON" and " " in e.text}
    anchors = None
    out = []
    for e in ents:
        if e.label_ not in ("PERSON", "ORG") or e.text.split()[0] in ("The", "the"):
            continue
        first, last = e.text.split()[0], e.text.rsplit(None, 1)[-1]
        after = _WORD_AFTER.match(text, e.end_char)
        if e.label_ == "PERSON" and " " in e.text and norm(last) in words:  # "Ottawa Fire"
            name, span = e.text.rsplit(None, 1)[0], (e.start_char, e.end_char)
            if first in given_names():
                continue
        elif after and norm(after.group(1)) in words and e.text not in surnames and last not in surnames:
            name, span = e.text, (e.start_char, after.end(1))  # "Lorraine officials"
        else:
            continue
        if anchors is None:
            anchors = [
                a
                for p in ents
                if p.label_ in PLACE_LABELS
                for a, _ in gaz.lookup(p.text)
                if a.kind in ("city", "district") or (a.kind == "region" and a.within)
            ]
        if any(_near(t, a) for t in _town_entries(name, gaz) for a in anchors if a.name != name):
            out.append(span)
    return out


def _name_ends(name: str) -> list[tuple[int, int]]:
    """The whole name when it is two words or more after "the" ("The Baton Rouge" spaCy took
    for an organisation), the longest leading words of an organisation's name before its last
    word, the words after its last "of (the)", and its last word."""
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", name)]
    lead = _LEAD.match(name)
    first = 1 if lead else 0
    out = [(words[first][0], words[k][1]) for k in range(len(words) - 1, first - 1, -1)]
    out = out[1:] if len(words) - first < 2 else out
    of = list(re.finditer(r"\bof\s+(?:the\s+)?", name))
    if of:
        comma = name.find(",", of[-1].end())
        out.append((of[-1].end(), comma if comma >= 0 else len(name)))
    out += [(c.end(), len(name)) for c in re.finditer(r",\s+", name)]  # "..., Davao del Sur"
    if norm(name[words[-1][0] : words[-1][1]]) not in _generic_org_words():  # not "Centre" of "Rogers Centre"
        out.append(words[-1])
    return [(s, e) for s, e in out if e > s and name[s].isupper()]


@lru_cache(maxsize=1)
def _generic_org_words() -> frozenset[str]:
    return (
        read_words("site_words.txt")
        | read_words("unplaced_org_words.txt")
        | read_words("local_org_words.txt")
    )


def _big_city(text: str, gaz: Gazetteer) -> bool:
    return any(e.kind == "city" and e.population >= BIG_CITY and not alt for e, alt in gaz.lookup(text))


_LIST_GOES_ON = re.compile(r"[A-Z][\w'’.-]*,\s*$")
# a list's separators: commas, "and", "or", and a slash as local news joins neighbouring towns
# ("the Opelousas / Eunice area", "the Tullow/Hacketstown area")
_LIST_SEP = re.compile(r"^(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|[ ]?/[ ]?)(?:the\s+)?$")


def _list_neighbours(
    article: Article, gaz: Gazetteer, kept: list[Candidate], blocked: list[tuple[int, int]], freeable: list
) -> list[Candidate]:
    """Names listed with a place ("Suba, Migori, Homa Bay and Rongo") that the gazetteer
    knows by their own name are places too: where spaCy saw a name, or after a place whose
    locative governs the list ("near Joplin and Carthage")."""
    free = {(m.start, m.end) for m, _ in freeable if not m.metonym}
    blocks = SpanIndex(blocked)
    runs = [r for r in _capitalised_runs(article.text) if r in free or not blocks.overlaps(*r)]
    taken = [(k.start, k.end) for k in kept]
    towns = [
        (m.start, m.end)
        for a in article.actors
        if _town_like_person(article.text, a, gaz)
        for m in a.mentions
    ]
    people = SpanIndex(
        [
            (x.start_char, x.end_char)
            for x in _ents(article)
            if x.label_ == "PERSON" and not _overlaps_span((x.start_char, x.end_char), towns)
        ]
        + [
            (m.start, m.end)
            for a in article.actors
            if a.kind == "person"
            for m in a.mentions
            if (m.start, m.end) not in towns
        ]
    )
    added: list[Candidate] = []
    grew = True
    while grew:
        grew = False
        anchors = [(k.start, k.end, norm(k.text)) for k in kept + added]
        for s, e in runs:
            cand = Candidate(s, e, article.text[s:e], from_entity=False)
            if _overlaps(cand, taken) or article.in_credit(s) or not _own_name(cand.text, gaz):
                continue
            if not plausible(article.text, s, e, gaz) or _person_there(article, s, e, towns):
                continue
            named = _named_there(article, s, e, gaz) or _big_city(cand.text, gaz)  # "Melbourne and Adelaide"
            if any(
                _listed(article.text, (s, e), a[:2])
                and a[2] != norm(cand.text)
                and (
                    named
                    or (
                        a[0] < s
                        and not people.overlaps(s, e)
                        and place_context(article.text, a[0], a[1], gaz)
                    )
                )
                for a in anchors
            ):
                added.append(cand)
                taken.append((s, e))
                grew = True
    return added


_WHO = re.compile(r",\s+who\b")


def _person_there(article: Article, start: int, end: int, towns=()) -> bool:
    """Whether a person's mention there acts as people do: "who" follows it, or it is a verb's
    subject ("in Joplin and Smith, who chairs the board, spoke"); a "person" that is only ever
    a town's name (``towns``) must have "who" after it."""
    mentions = [
        m for a in article.actors if a.kind == "person" for m in a.mentions if m.start < end and start < m.end
    ]
    return bool(mentions) and (
        bool(_WHO.match(article.text, end))
        or any(_acts(article, m) for m in mentions if (m.start, m.end) not in towns)
    )


def _town_like_person(text: str, actor, gaz: Gazetteer) -> bool:
    """A "person" the article only ever calls by one name that a town bears as its own, with no
    given name, title, role or knowledge-base entry ("while Duluth and Rochester reported none",
    "with Tweed Heads and the Gold Coast"): spaCy's small model tags many towns so."""
    names = {m.text for m in _named(actor)}
    if actor.kind != "person" or actor.wikidata or actor.roles or len(names) != 1:
        return False
    name = names.pop()
    return name.split()[0] not in given_names() and _own_town(name, gaz) and not _titled(text, actor)


_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.?\s+$")


def _titled(text: str, actor) -> bool:
    """Whether a title stands before one of the actor's mentions ("Mayor Fritch", "Mr. Kent")."""
    for m in _named(actor):
        before = _WORD_BEFORE.search(text, max(0, m.start - 20), m.start)
        if before and (
            before.group(1) in honorifics() or before.group(1).lower() in _TITLE_WORDS | person_nouns().keys()
        ):
            return True
    return False


_TITLE_WORDS = frozenset(
    {"sen", "rep", "gov", "lt", "capt", "sgt", "det", "cpl", "col", "gen", "insp", "supt"}
)


def _overlaps_span(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    start, end = span
    for s, e in spans:  # (a plain loop: called for every candidate against every span)
        if start < e and s < end:
            return True
    return False


def _listed(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    first, second = sorted((a, b))
    return first[1] < second[0] and bool(_LIST_SEP.match(text[first[1] : second[0]]))


def _named_there(article: Article, start: int, end: int, gaz: Gazetteer) -> bool:
    """Whether spaCy saw a name there (of any label), a region word follows it ("Nandurbar and
    Dhule districts") or a place it lies in ("Buffalo, New York")."""
    ents = _ents(article)
    return (
        any(e.start_char <= start and end <= e.end_char for e in ents if e.label_ not in NOT_NAME_LABELS)
        or _next_word(article.text, end) in read_words("region_words.txt")
        or place_context(article.text, start, end, gaz)
    )


_UPPER_NAME = r"(?:Mc|Mac|De|Di|Du|La|Le)?[A-Z][A-Z'’.-]+"  # "McALLEN", "DeKALB", "LaGRANGE" as AP writes them
_DATELINE = re.compile(
    rf"(?:^|\n|(?<=[.!?]\s))[ \t]*({_UPPER_NAME}(?:[ ]{_UPPER_NAME}){{0,3}}(?:/{_UPPER_NAME}(?:[ ]{_UPPER_NAME}){{0,3}})*)"
    r"(?=,[ ]|[ ]*\([A-Za-z .]+\)|[ ]*[—–]|[ ]*--?(?:[ ]|[ \t]*\n)|:[ ])"
    r"|\A[ \t]*([A-Z][A-Z'’.-]+(?:[ ][A-Z][A-Z'’.-]+){0,3})(?=[ ]+[A-Z][a-z])"  # "LONDON The Latest..."
    r"|(?:^|\n)[ \t]*\(([A-Z][A-Za-z'’.-]+(?:[ ][A-Z][A-Za-z'’.-]+){0,3})\)(?=[ ]*(?:[—–]|--?[ ]))"  # "(Red Oak) --"
    # after a byline on the same line: "By JILL SMITH, Associated Press WASHINGTON (AP) —"
    rf"|(?<=[a-z][ ])({_UPPER_NAME}(?:[ ]{_UPPER_NAME}){{0,3}})(?=[ ]*\([A-Za-z .]+\)[ ]*(?:[—–]|--?[ ]))"
    # a title-case town and a colon opening a line, as Indian papers file: "Lalitpur: The police..."
    r"|(?:\A|\n)[ \t]*([A-Z][a-z'’-]+(?:[ ][A-Z][a-z'’-]+){0,2})(?=:[ ]+[A-Z0-9\"“])"
)
_OPENING_LINES = 3  # a title-case dateline opens one of the first lines (headline, body)
# an upper-case dateline the cleaner joined to the headline or byline before it, as one line
# ("... court documents say DECATUR — A man ...", "STAFF/WIRE REPORT WARREN -- A complaint"):
# the upper-case words before the dash, of which the last ones name the town; not an agency after
# a town and its comma ("Moscow, SANA- ...")
_JOINED_DATELINE = re.compile(
    rf"(?<=[^\n,][ ])({_UPPER_NAME}(?:[ ]{_UPPER_NAME}){{0,3}})(?=[ ]*(?:\([A-Za-z .]+\)[ ]*)?(?:[—–]|[ ]--?[ ]))"
)
_JOINED_DATELINE_REACH = 400  # characters: a dateline opens the story, after its headline and byline


def _as_datelines(kept: list[Candidate], datelines: list[Candidate]) -> list[Candidate]:
    """A name found already that is the dateline is marked so (its town is the story's own)."""
    spans = {(c.start, c.end) for c in datelines if c.dateline}  # a division heading one is no town filed from
    for cand in kept:
        if (cand.start, cand.end) in spans:
            cand.dateline = True
    return kept


def _dateline_candidates(article: Article, gaz: Gazetteer) -> list[Candidate]:
    """The upper-case town a paragraph or sentence opens with before a comma, an agency or a
    dash: "WASHINGTON (AP) —", "MANILA, Philippines –", "URBANA -- ", "BEIRUT: ...", "QUETTA, April 5"; the
    text opens with before its first words ("LONDON The Latest on..."); a line opens with in
    parentheses before a dash, as local radio files ("(Red Oak) --", "(NEW YORK) —"); or that
    follows a byline, before its agency and a dash ("..., Associated Press WASHINGTON (AP) —")."""
    out, divisions = [], []
    for match in _DATELINE.finditer(article.text):
        group = next(g for g in (1, 2, 3, 4, 5) if match.group(g))
        start, end = match.span(group)
        if group == 5 and not _colon_dateline(article.text, start, end):
            continue
        if group == 1 and (_division_with_its_country(article.text, start, end, gaz) or _bare_division(article.text, start, end, gaz)):
            divisions.append(Candidate(start, end, article.text[start:end], from_entity=False))
            continue
        parts = _dateline_parts(article.text, start, end)
        if all(len(name) > 2 and any(_dateline_unit(e, name) for e, _ in gaz.lookup(name)) for _, _, name in parts):
            out += [Candidate(s, e, name, from_entity=False, dateline=True) for s, e, name in parts]
    return (out or _joined_datelines(article.text, gaz)) + divisions


_BIG_TOWN = 50_000  # a town of a state's name this big may be filed from ("WASHINGTON (AP) —")


def _bare_division(text: str, start: int, end: int, gaz: Gazetteer) -> bool:
    """Whether an upper-case dateline alone is a state or province, no town: "TEXAS —", "OHIO —"
    head a story about the state (Texas, Mexico, a village of 993, is not where it was filed from);
    a big town of the name keeps it a town ("WASHINGTON", "NEW YORK", "QUEBEC"), and so does the
    state or country after it ("DELAWARE, Ohio (AP) —", "NEVADA, Mo. —")."""
    name = text[start:end]
    if "/" in name or text.startswith(",", end):
        return False
    entries = [e for e, _ in gaz.lookup(name)]
    states = [e for e in entries if e.kind == "region" and e.within is None]
    return bool(states) and not any(_dateline_unit(e, name) and e.population >= _BIG_TOWN for e in entries)


# the country after a dateline's comma, before its agency or dash: "BALI, Indonesia —"
_DATELINE_COUNTRY = re.compile(
    r",[ ]([A-Z][\w.'’]*(?:[ ][A-Z][\w.'’]*){0,3})[ ]*(?:\([A-Za-z .]+\)[ ]*)?(?:[—–]|--?\s)"
)


def _division_with_its_country(text: str, start: int, end: int, gaz: Gazetteer) -> bool:
    """Whether an upper-case dateline names a province or state, the country after it its own,
    and no town of that country bears the name: "BALI, Indonesia —" is the province, not Bali in
    Cameroon; "PUNJAB, Pakistan –" Pakistan's Punjab (a division is no town filed from, so it is
    a place of the story, not its dateline)."""
    after = _DATELINE_COUNTRY.match(text, end)
    if not after:
        return False
    countries = {e.country for e, _ in gaz.lookup(after.group(1)) if e.kind == "country"}
    entries = [e for e, _ in gaz.lookup(text[start:end]) if e.country in countries]
    return any(e.kind == "region" for e in entries) and not any(e.kind == "city" for e in entries)


def _dateline_parts(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The towns of a dateline: one, or several joined by slashes as a report filed from each
    ("MULTAN/BAHAWALPUR:"), each a town, or none is ("STAFF/WIRE REPORT MUNCIE --")."""
    out, pos = [], start
    for piece in text[start:end].split("/"):
        name = _trim(piece)
        out.append((pos, pos + len(name), name))
        pos += len(piece) + 1
    return out


def _joined_datelines(text: str, gaz: Gazetteer) -> list[Candidate]:
    """The first upper-case dateline within the story's opening that follows a headline or a
    byline on its line, before an agency or a dash: the town is its last words the gazetteer
    knows as a town ("WARREN" of "STAFF/WIRE REPORT WARREN --")."""
    for match in _JOINED_DATELINE.finditer(text, 0, _JOINED_DATELINE_REACH):
        words = match.group(1).split(" ")
        for n in range(len(words), 0, -1):
            name = _trim(" ".join(words[-n:]))
            start = match.end(1) - len(" ".join(words[-n:]))
            if len(name) > 2 and any(_dateline_unit(e, name) for e, _ in gaz.lookup(name)):
                return [Candidate(start, start + len(name), name, from_entity=False, dateline=True)]
    return []


_COLON_LINE = re.compile(r"(?:\A|\n)[ \t]*[A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*){0,2}:[ ]")


def _colon_dateline(text: str, start: int, end: int) -> bool:
    """Whether a title-case name before a colon at a line's start is a dateline: it opens one of
    the first lines and no other line opens with a name and a colon (an interview's lines name
    their speakers: "Lee: ...", "Kim: ...")."""
    lines = [line for line in text[:start].split("\n") if line.strip()]
    return len(lines) < _OPENING_LINES and len(_COLON_LINE.findall(text)) == 1


def _dateline_unit(entry: Entry, name: str) -> bool:
    """A town or district, or a county named whole as local stations file from one ("HORRY
    COUNTY, SC (WMBF) -"): no state or country is a dateline's town."""
    return entry.kind in ("city", "district") or (
        entry.kind == "region" and entry.within is not None and name.split()[-1].upper() in ("COUNTY", "PARISH")
    )


_SITE_AFTER = re.compile(
    r"(?:\s+(?:in|at)\s+(?:the\s+)?|,\s+(?:in\s+)?)(?:(?:north|south|east|west|central|downtown)(?:ern|[ -]?(?:east|west)(?:ern)?)?\s+)?"
)
_SITE_BEFORE = re.compile(r"['’]s\s+$")


def _site_candidates(article: Article, kept: list[Candidate]) -> list[Candidate]:
    """Named sites the gazetteer does not know, placed by a place named with them: "Kendale Lakes
    Elementary School in Miami-Dade", "Kamenné Square in Bratislava", "the Palais des Nations,
    Geneva", "Brooklyn's Barclays Center" (alone, a site's name says too little of where it is:
    placing such names at the article's town was right for half of them). A site is a name
    spaCy tags as a facility or one that ends in a site's word (site_words.txt), and no person's
    name ("Robert Hall"). A street, a water, and a town's own building named bare ("at City Hall",
    town_buildings.txt) stand at the article's town."""
    text = article.text
    places = {c.start: c for c in kept if not c.demonym and not c.site}
    named = {c.text for c in places.values()}
    ends = {c.end: c for c in places.values()}
    out = []
    for start, end in _site_names(article):
        after = _SITE_AFTER.match(text, end)
        place = places.get(after.end()) if after else None
        if place is None:
            before = _SITE_BEFORE.search(text, max(0, start - 4), start)
            place = ends.get(before.start()) if before else None
        name = text[start:end]
        if place is not None and not (place.start <= start < place.end):
            out.append(
                Candidate(start, end, name, from_entity=False, site=True, site_in=(place.start, place.end))
            )
        elif place is None and (
            _street(name) or _town_building(text, start, end) or (water_name(name) and not _named_after(name, named))
        ):
            out.append(Candidate(start, end, name, from_entity=False, site=True, street=True))
    return out


def _town_building(text: str, start: int, end: int) -> bool:
    """A town's own building named bare ("at City Hall"), not a meeting so called ("another Town
    Hall meeting")."""
    return norm(text[start:end]) in read_words("town_buildings.txt") and _next_word(text, end) not in read_words(
        "town_hall_event_words.txt"
    )


# a street of an address, then the suburb or village no gazetteer knows: "of Mill Road,
# Rathcurra", "(34), Ferndale Road, Carrowbeg, Co Galway"
ADDRESS_STREETS = r"(?:Road|Street|Avenue|Drive|Lane|Terrace|Crescent|Park|Close|Boulevard)"
_ADDRESS_VILLAGE = re.compile(
    rf"(?<![\w'’.-])(?:[A-Z][\w'’-]*\s+){{1,3}}{ADDRESS_STREETS},"
    r"\s+([A-Z][a-z]{3,}(?:\s+[A-Z][a-z]+)?)(?=,|\s+[a-z]|\.)"
)
_COUNTY_WORD = re.compile(r"(?:Co\.?|County)\s+")


def _calendar_word(word: str) -> bool:
    """A month's or a weekday's name, as the time stage's lexicon has them."""
    lexicon = load_lexicon()
    return word.lower() in lexicon.months or word.lower() in lexicon.weekdays


def _address_villages(article: Article, kept: list[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """The suburb or village of a street address that no gazetteer knows, as court and police
    reports write where people live ("of Mill Road, Rathcurra", "Ferndale Road, Carrowbeg,
    Co Galway"): a village (``_unknown_villages``) at the place named after it, else at the
    local story's town. No person's surname ("off Harper Road, Donnelly said"), given name,
    day or month."""
    text = article.text
    if "," not in text:
        return []
    places = {c.start: c for c in kept if not c.demonym and not c.site}
    surnames = _surnames(article)
    out = []
    for match in _ADDRESS_VILLAGE.finditer(text):
        name = match.group(1)
        first = name.split()[0]
        if (
            gaz.lookup(name)
            or name in surnames
            or first in surnames
            or first in given_names()
            or first.lower() in STOP_WORDS
            or _calendar_word(first)
            or norm(name) in read_words("not_places.txt")
        ):
            continue
        comma = match.end(1) + len(text[match.end(1) :]) - len(text[match.end(1) :].lstrip(", "))
        county = _COUNTY_WORD.match(text, comma)
        place = places.get(comma) or (places.get(county.end()) if county else None)
        out.append(
            Candidate(
                *match.span(1),
                name,
                from_entity=False,
                site=True,
                site_in=(place.start, place.end) if place and not _country(place.text, gaz) else None,
                village=True,
            )
        )
    return out


# an unincorporated community of local US news, named with its word: "in the Dover community"
_COMMUNITY = re.compile(r"(?<![\w'’.-])the\s+([A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})?)\s+community(?![\w'’-])")


def _community_villages(article: Article, kept: list[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """An unincorporated community that local US news names with its word ("damage in the Dover
    community"), which GeoNames' 500+ towns often lack or know only far away (a Dover in
    another state or abroad): a village (``_unknown_villages``) at the county or town the
    article names nearest before it, in place of any far namesake found for the words. Not
    where a town of the name lies within ``NEAR_KM`` of that county or town (the gazetteer's
    own), nor a people's or nation's word ("the Somali community"), a language, a people
    spaCy tags as such, nor a surname of a person the article names in full."""
    text = article.text
    if " community" not in text:
        return kept
    matches = list(_COMMUNITY.finditer(text))
    if not matches:
        return kept
    surnames = _surnames(article)
    peoples = [(e.start_char, e.end_char) for e in _ents(article) if e.label_ == "NORP"]
    anchors = [
        (c, entries)
        for c in kept
        if not (c.demonym or c.site or c.metonym)
        for entries in [_local_entries(c.short_for or c.text, gaz)]
        if entries
    ]
    out = list(kept)
    for match in matches:
        name = match.group(1)
        first = name.split()[0]
        if (
            name in surnames
            or first.lower() in STOP_WORDS
            or _demonym_place(name, demonym_places())
            or _demonym_place(first, demonym_places())
            or norm(name) in read_words("language_names.txt")
            or norm(name) in read_words("not_places.txt")
            or _overlaps_span(match.span(1), peoples)
        ):
            continue
        before = [(c, entries) for c, entries in anchors if c.end <= match.start(1)]
        if not before:
            continue
        anchor, entries = max(before, key=lambda pair: pair[0].end)
        if any(_near(town, e) for town in _town_entries(name, gaz) for e in entries):
            continue  # the gazetteer's own town of the name, near the story's place
        out = [c for c in out if not _overlaps_span((c.start, c.end), [match.span(1)])]
        out.append(
            Candidate(
                *match.span(1),
                name,
                from_entity=False,
                site=True,
                site_in=(anchor.start, anchor.end),
                village=True,
            )
        )
    return out


def _local_entries(name: str, gaz: Gazetteer) -> list:
    """The towns and counties (a region within a state) a name may be: a local story's places."""
    return [e for e, _ in gaz.lookup(name) if e.kind == "city" or (e.kind == "region" and e.within)]


def _unknown_villages(article: Article, kept: list[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """A name spaCy tags as a place that no gazetteer entry bears, one or two capitalised words
    ("near Sharpe in Marshall County", "from a home in Pillager": villages of fewer than 500
    people): a place where another is named with it ("in", ","), else a village of a local
    story's town, placed there (``resolve``); alone in a story of far places, not placed. One
    an actor took up must stand where a place stands ("near Sharpe")."""
    text = article.text
    places = {c.start: c for c in kept if not c.demonym and not c.site}
    actors = [(m.start, m.end) for a in article.actors for m in a.mentions]
    # the surnames of the people the article names in full ("Ann Kessler" ... "according to Kessler")
    surnames = {e.text.split()[-1] for e in _ents(article) if e.label_ == "PERSON" and " " in e.text}
    out = []
    for ent in _ents(article):
        name = ent.text
        if (
            name in surnames
            or not (ent.label_ == "GPE" or (ent.label_ == "LOC" and _located(text, ent.start_char, ent.end_char, gaz)))
            or (
                _overlaps_span((ent.start_char, ent.end_char), actors)
                and not place_context(text, ent.start_char, ent.end_char, gaz)
            )
            or len(ent) > 2
            or len(name) < 4
            or not _proper_name(name)
            or name.isupper()
            or gaz.lookup(name)
            or _demonym_place(name, demonym_places())
            or norm(name) in read_words("not_places.txt")
        ):
            continue
        after = _SITE_AFTER.match(text, ent.end_char)
        place = places.get(after.end()) if after else None
        if place is not None and _country(place.text, gaz):
            continue  # "Ebola, Congo": a country says too little of where a village is
        out.append(
            Candidate(
                ent.start_char,
                ent.end_char,
                name,
                from_entity=False,
                site=True,
                site_in=(place.start, place.end) if place else None,
                village=True,
            )
        )
    return out


# a dateline that names the town's county, state or country in brackets before a comma, a dash
# or a colon, on one of the story's first lines: "MILLBROOK TOWNSHIP (HARLAN COUNTY) –",
# "Rampur (Bihar), March 3 (PTI)"
_BRACKET_DATELINE = re.compile(
    r"(?:\A|\n)[ \t]*([A-Z][\w'’.-]*(?:[ ][A-Z][\w'’.-]*){0,3})[ ]\(([A-Z][\w'’.-]*(?:[ ][A-Z][\w'’.-]*){0,3})\)"
    r"(?=[ ]*(?:,|[—–]|--?[ ]|:))"
)
# a town of the unit in brackets lies this near the unit's point (a county is a "district" here)
BRACKET_REGION_KM = {"country": math.inf, "region": 300.0, "district": 60.0}


def _bracketed_dateline_villages(article: Article, kept: list[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """The town of a dateline whose county, state or country follows it in brackets
    ("MILLBROOK TOWNSHIP (HARLAN COUNTY) –", "Rampur (Bihar), March 3 (PTI)"), where the
    gazetteer knows no town of that name there: a village of the unit in brackets, at its point
    (a namesake elsewhere is not where the story was filed from). The bracket must be a place
    found already or a state's or country's own name; a person's full name before it ("Jim Doe
    (Ohio): ...") is no dateline (a one-word name is: spaCy takes many towns for people)."""
    text = article.text
    places = {(c.start, c.end): c for c in kept if not c.demonym and not c.site}
    out = []
    for match in _BRACKET_DATELINE.finditer(text, 0, _JOINED_DATELINE_REACH):  # the story's opening
        start, end = match.span(1)
        if len([line for line in text[:start].split("\n") if line.strip()]) >= _OPENING_LINES:
            break
        name = _trim(match.group(1))
        end = start + len(name)
        unit = places.get(match.span(2))
        if unit is None and _strong(match.group(2), gaz):  # "(Bihar)" untagged: a state's own name
            unit = Candidate(*match.span(2), match.group(2), from_entity=False)
        words = name.split()
        if unit is None or len(name) < 4 or norm(name) in read_words("not_places.txt"):
            continue
        if len(words) > 1 and words[0].capitalize() in given_names():
            continue  # "Jim Doe (Ohio):", a person and his state
        units = [e for e, alt in gaz.lookup(unit.text) if not alt and e.kind in BRACKET_REGION_KM]
        towns = [e for e, _ in gaz.lookup(name) if e.kind in ("city", "district")]
        if units and not any(
            t.country == u.country and _near(t, u, BRACKET_REGION_KM["district" if u.within else u.kind])
            for t in towns
            for u in units
        ):
            village = Candidate(start, end, name, from_entity=False, site=True, village=True)
            village.site_in = (unit.start, unit.end)
            out.append(village)
            if match.span(2) not in places:
                out.append(unit)
    return out


# a name, its possessive and a street's or site's name after it: "Millport's Harbour Road",
# "Ashby's Riverside Hospital"
_POSSESSIVE_SITE = re.compile(
    r"\b([A-Z][\w-]+(?:[ ][A-Z][\w-]+)?)['’]s[ ]([A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*){1,3})"
)


POSSESSIVE_TOWN = 5_000  # a town this big, by its own name, owns the street or site after its possessive
POSSESSIVE_NAMED_TOWN = 50_000  # ... this big where the name is a given name too


def _possessive_site_towns(article: Article, gaz: Gazetteer) -> list[Candidate]:
    """A town whose possessive stands before a street's or site's name ("Millport's Harbour
    Road", "Ashby's Riverside Hospital"): the town the street or site is in, whatever spaCy
    tagged the whole (an organisation, a facility). Not a name the article uses for a person
    ("Jane Ashby's Riverside Hospital"), nor a firm's possessive name: the gazetteer must know
    the name by its own as a region or a town of 5,000 people or more ("Macy's Herald Square
    Store" is no village's), 50,000 where it is a given name too ("Paisley's", not "Martin's")."""
    text = article.text
    people = {w for e in _ents(article) if e.label_ == "PERSON" for w in e.text.split()}
    words = read_words("site_words.txt")
    out = []
    for match in _POSSESSIVE_SITE.finditer(text):
        start, end = match.span(1)
        name, site = match.group(1), match.group(2).split()
        if name in people or not plausible(text, start, end, gaz):
            continue  # "St Mary's Catholic Church" is no town's
        least = POSSESSIVE_NAMED_TOWN if name in given_names() else POSSESSIVE_TOWN  # "Paisley", not "Martin"
        if not any(not alt and (e.kind != "city" or e.population >= least) for e, alt in gaz.lookup(name)):
            continue  # a shop's owner named like a hamlet ("Macy's Herald Square Store")
        if _street(" ".join(site)) or norm(site[-1]) in words:
            out.append(Candidate(start, end, name, from_entity=False))
    return out


def _named_again(kept: list[Candidate], villages: list[Candidate]) -> list[Candidate]:
    """The same name later in the story is the dateline's village too ("Rampur (Bihar), ..."
    then "in Rampur district"), not a namesake the gazetteer knows elsewhere."""
    by_name = {v.text: v for v in villages if v.village}
    for cand in kept:
        village = by_name.get(cand.text)
        if village is not None and cand is not village and not cand.site and not cand.demonym:
            cand.site, cand.site_in, cand.village = True, village.site_in, True
    return kept


_CHAIN = re.compile(r"\b(?:in|at|near|from|outside)\s+((?:[A-Z][\w'’-]+(?:[^\S\n]+[A-Z][\w'’-]+)?,[^\S\n]+){1,2})(?=[A-Z])")
_CHAIN_LAST = re.compile(r"[A-Z][\w'’-]+(?:[^\S\n]+[A-Z][\w'’-]+)?")
_CHAIN_NAME = re.compile(r"([A-Z][\w'’-]+(?:[^\S\n]+[A-Z][\w'’-]+)?),[^\S\n]+")


def _chained_villages(article: Article, kept: list[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """Names before ", Place" after "in", "at", "near" or "from", the smaller first ("at Oke Ota,
    Ibeshe, Ikorodu", "a house in Rylane, Abbeyfeale, Co. Kerry", "lands at Ardgaineen,
    Claregalway"), whatever spaCy tagged them: one the gazetteer knows is that place; one it
    lacks is a village at the next known place's point, not at a country's ("in Ebola, Congo").
    The chain stops at a common or given name, a street or a site ("at Main Street, Dublin")."""
    text = article.text
    places = {c.start: c for c in kept if not c.demonym and not c.site}
    sites = {(c.start, c.end): c for c in kept if c.village}
    persons = {(ent.start_char, ent.end_char) for ent in _ents(article) if ent.label_ == "PERSON"}
    taken = [(c.start, c.end) for c in kept]
    out = []
    for match in _CHAIN.finditer(text):
        place = places.get(match.end())
        if place is None:
            last = _CHAIN_LAST.match(text, match.end())
            name = _trim(last.group(0)) if last else ""
            span = (match.end(), match.end() + len(name))
            if not (name and _own_name(name, gaz) and plausible(text, *span, gaz)) or span in persons:
                continue
            place = Candidate(*span, name, from_entity=False)
            if _speaks(article, place):
                continue  # "in Texas, Philmont said": a speaker
            out.append(place)
        if _country(place.text, gaz):
            continue
        names = list(_CHAIN_NAME.finditer(text, match.start(1), match.end(1)))
        anchor = (place.start, place.end)
        for name in reversed(names):
            s, e = name.span(1)
            word = name.group(1)
            last = norm(word.split()[-1])
            if (
                word.lower() in STOP_WORDS
                or norm(word) in read_words("not_places.txt")
                or (" " not in word and word in given_names())
                or last in read_words("street_words.txt")
                or last in read_words("site_words.txt")
                or _country(word, gaz)
            ):
                break
            site = sites.get((s, e))
            if site is not None:  # a village spaCy saw ("Rylane"): by the next known place
                site.site_in = site.site_in or anchor
                continue
            if _overlaps_span((s, e), taken):
                anchor = (s, e)
                continue
            if gaz.lookup(word):
                out.append(Candidate(s, e, word, from_entity=False))
                anchor = (s, e)
            else:
                out.append(Candidate(s, e, word, from_entity=False, site=True, site_in=anchor, village=True))
    return out


_TOWN_IN = re.compile(r"(?<![\w'’.,-])([A-Z][\w'’-]+(?:[^\S\n]+[A-Z][\w'’-]+)?)\s+(?:in|of)\s+(?:the\s+)?$")
_WORD_BEFORE = re.compile(r"(\S+)[^\S\n]+$")
TOWN_IN_REGION_KM = 200.0  # a town this near the region or district named after it lies in it


def _towns_in_regions(article: Article, kept: list[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """A town the gazetteer knows, followed by "in" or "of" and a first- or second-level division
    it lies in ("the responsibility of Lalitpur in Bundelkhand region", "Nepanagar of Burhanpur
    district"), whatever spaCy tagged it: a place. Not the last word of a longer name ("John
    Lewis of Georgia"), nor a town far from the division."""
    text = article.text
    taken = [(c.start, c.end) for c in kept]
    out = []
    for place in kept:
        match = None if place.demonym or place.site else _TOWN_IN.search(text, max(0, place.start - 60), place.start)
        if match is None:
            continue
        start, end = match.span(1)
        name = match.group(1)
        if _overlaps_span((start, end), taken) or name.lower() in STOP_WORDS:
            continue
        before = _WORD_BEFORE.search(text, max(0, start - 30), start)
        if before is not None and before.group(1)[:1].isupper():
            continue  # the last word of a longer name: "John Lewis of Georgia", "Rep. Hamilton of Ohio"
        if norm(name) in read_words("not_places.txt") or (" " not in name and name in given_names()):
            continue
        worded = _next_word(text, place.end) in read_words("region_words.txt")  # "Burhanpur district"
        kinds = ("region", "district", "city") if worded else ("region", "district")
        divisions = [e for e, alt in gaz.lookup(_without_region_word(place.text)) if e.kind in kinds]
        towns = [e for e, alt in gaz.lookup(name) if e.kind == "city"]
        if any(t.country == d.country and _near(t, d, TOWN_IN_REGION_KM) for t in towns for d in divisions):
            out.append(Candidate(start, end, name, from_entity=False))
    return out


def _located(text: str, start: int, end: int, gaz: Gazetteer) -> bool:
    """Whether a name spaCy tagged a location (no country or town) stands where a place stands
    ("crews in Humboldt Park"), not before a word that makes it another thing's ("the West Nile
    virus")."""
    return place_context(text, start, end, gaz) and _next_word(text, end) not in read_words("not_place_heads.txt")


_NEAR_NAME = re.compile(
    r"\b(?:(near\s+to|(?:north|south|east|west)(?:-?(?:east|west))?\s+of)|near|outside|(village|town|hamlet|settlement)\s+of)"
    r"\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?![\w'’-]|\s+[A-Z])"
)
_PLACE_OF_WORDS = ("village of", "town of", "hamlet of", "settlement of")
_VILLAGE_AFTER = re.compile(r",\s+(?:near|outside)\s+")  # "the village of Turmus Ayya, near Ramallah"


def _villages_near(article: Article, kept: list[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """A name no gazetteer entry bears after "near" or "outside", one or two capitalised words
    whatever spaCy tagged them ("Landslides were reported near Thamarassery", "a crash near
    Bendemeer"): a village, placed as those spaCy tags a place are (``_unknown_villages``); after
    "near to" or a compass word and "of" ("the A489 east of Llangadfan"), even where the tagger
    made it a body or a person named once only. So
    is one after "the village of" or "the town of", even a person to spaCy or another place's
    other spelling ("the village of Kairu in the Maru area"), and at the place after ", near"
    ("the village of Turmus Ayya, near Ramallah").
    Not a person's name, a street, a name with a country's or region's word ("near Kent
    State"), nor an actor's own name ("near Walmart"; "the New England Highway near Bendemeer",
    one organisation to spaCy, is no such name)."""
    text = article.text
    if "near " not in text and "outside " not in text and " of " not in text:
        return []
    matches = [
        m for m in _NEAR_NAME.finditer(text) if not m.group(2) or text[max(0, m.start() - 4) : m.start()] in ("the ", "The ")
    ]
    if not matches:
        return []
    taken = SpanIndex([(c.start, c.end) for c in kept])
    actors = {m.start for a in article.actors for m in a.mentions}  # "near Walmart": the name is an actor's
    # "east of Llangadfan", "near to Crathie": a name the tagger took for a body or a person named
    # once, with no role nor knowledge-base entry, as it takes villages it does not know
    once = {
        a.mentions[0].start
        for a in article.actors
        if len(a.mentions) == 1 and a.kind in ("person", "organization") and not (a.wikidata or a.roles or a.code)
    }
    places = {c.start: c for c in kept if not c.demonym and not c.site}
    out = []
    for match in matches:
        start, end = match.span(3)
        name = match.group(3)
        if (
            taken.overlaps(start, end)
            or (start in actors and not match.group(2) and not (match.group(1) and start in once))
            or len(name) < 4
            or name.isupper()
            or name.split()[0] in given_names()
            or _street(name)
            or any(not alt or not match.group(2) for _, alt in gaz.lookup(name))  # "village of": another's spelling
            or any(_strong(w, gaz) or norm(w) in read_words("not_places.txt") for w in name.split())
            or _demonym_place(name, demonym_places())
        ):
            continue
        after = _VILLAGE_AFTER.match(text, end) or _SITE_AFTER.match(text, end)
        place = places.get(after.end()) if after else None
        if place is not None and _country(place.text, gaz):
            continue
        site_in = (place.start, place.end) if place else None
        out.append(Candidate(start, end, name, from_entity=False, site=True, site_in=site_in, village=True))
    return out



# the village a local body or hall is named after: "Nantyglo and Blaina Town Council",
# "Penmor community council", "Drumbeg Hall", "Kinlochewe Church"
_BODY_NAME = r"[A-Z][a-z]{3,}(?:[ -](?!(?:Village|Community|Memorial|Town|Parish)\b)[A-Z][a-z]+)?"
_BODY_VILLAGE = re.compile(
    rf"(?<![\w'’.&-])({_BODY_NAME})(?:\s+and\s+({_BODY_NAME}))?\s+"
    r"(?:(?:Town|[Cc]ommunity|Parish|Village)\s+[Cc]ouncil|(?:Village\s+|Community\s+|Memorial\s+)?Hall|Church)"
    r"(?![\w'’-])"
)
_BODY_BEFORE = re.compile(r"(?:\b(?:St|Saint|Holy|the|The)\.?|[A-Z][\w'’-]*)\s+$")


def _unknown_village_name(name: str, gaz: Gazetteer, surnames: frozenset[str]) -> bool:
    """A name a hall, council, church or ferry is named after that may be a village no gazetteer
    has: no known place, no given name or surname of the article's, no stop word, no street."""
    words = name.replace("-", " ").split()
    return not (
        gaz.lookup(name)
        or words[0] in given_names()
        or name in surnames
        or words[0].lower() in STOP_WORDS
        or _street(name)
        or norm(name) in read_words("not_places.txt")
    )


def _body_villages(article: Article, kept: list[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """Names no gazetteer entry bears that a town, community or parish council, a village hall
    or a church is named after ("Abertillery and Penmor community council", "Drumbeg Hall"):
    villages of the story's area, at its town (none where the story names no town). Not after
    "St", "the" or another capitalised word ("St Mary's Church", "the Usher Hall", "John Knox
    Church"), nor a given name, a person's surname, a street or a word of not_places.txt."""
    text = article.text
    if "ouncil" not in text and "Hall" not in text and "Church" not in text:
        return []
    taken = SpanIndex([(c.start, c.end) for c in kept])
    surnames = _surnames(article)
    out = []
    for match in _BODY_VILLAGE.finditer(text):
        if _BODY_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue
        for k in (1, 2):
            name = match.group(k)
            if name is None:
                continue
            start, end = match.span(k)
            if taken.overlaps(start, end) or not _unknown_village_name(name, gaz, surnames):
                continue
            out.append(Candidate(start, end, name, from_entity=False, site=True, village=True))
    return out

def _unknown_list_members(article: Article, kept: list[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """Names no gazetteer has, listed with a town it knows after a word that makes the list
    places ("residents of Rocky Face, Varnell and Cohutta", "from Bird-in-Hand and Intercourse",
    "between Chinchilla and Warra"): villages, at the point of the town listed with them. A
    village spaCy tagged a place stands for such a town ("in Bhosari, Akurdi and Wakad": the
    village is placed as the one listed with it is), and a list after a plural place noun and
    "such as" needs none ("villages such as Burnsall and Threshfield": villages of the story's
    town). Not a person's name, nor one that opens with a given name."""
    text = article.text
    towns = [
        c
        for c in kept
        if not (c.demonym or c.site or c.metonym) and _own_town(c.text, gaz) and not _strong(c.text, gaz)
    ]
    villages = [c for c in kept if c.village and not c.street]
    such = [
        m.end()
        for m in _SUCH_AS_WORDS.finditer(text)
        if (word := _SUCH_AS.search(text, max(0, m.start() - 40), m.end()))
        and norm(word.group(1)) in read_words("place_nouns.txt")
    ]
    if not (towns or villages or such):
        return []
    tagged_people = [
        (x.start_char, x.end_char) for x in _ents(article) if x.label_ == "PERSON" and x[0].text in given_names()
    ]
    not_names = [(x.start_char, x.end_char) for x in _ents(article) if x.label_ in NOT_NAME_LABELS]
    known = [  # people the knowledge base or a title makes people; organisations but a bare word
        (m.start, m.end)  # the tagger alone made one and that never speaks ("Oughterard, Rosscahill")
        for a in article.actors
        if (
            a.kind == "organization"
            and (a.code or a.wikidata or a.roles or " " in a.name or any(_speaks(article, m) for m in a.mentions))
        )
        or (a.kind == "person" and (a.wikidata or a.roles))
        for m in a.mentions
    ]
    taken, others = SpanIndex([(c.start, c.end) for c in kept]), SpanIndex(known + tagged_people + not_names)
    runs = [
        r
        for r in _capitalised_runs(text)
        if not taken.overlaps(*r)
        and not others.overlaps(*r)
        and not _sentence_start(text, r[0])
        and norm(text[r[0] : r[1]].rsplit(None, 1)[-1]) not in _generic_org_words()
        and not _person_there(article, *r)
    ]
    out: list[Candidate] = []
    heads = {(r[0], r[1]): None for r in runs if r[0] in such}  # "villages such as Burnsall and ..."
    anchors = [((t.start, t.end), (t.start, t.end), t.text) for t in towns]
    anchors += [((v.start, v.end), v.site_in, v.text) for v in villages]
    anchors += [(h, None, None) for h in heads]
    placed = {(c.start, c.end) for c in towns + villages}  # a list grows through them too
    lists: dict[tuple[int, int], list[tuple[int, int]]] = {}  # each name's whole list, in text order
    previous = None
    for link in sorted(set(runs) | placed):  # ("Ballina, Crossmolina and Enniscrone")
        lists[link] = lists[previous] if previous and _listed(text, previous, link) else []
        lists[link].append(link)
        previous = link
    for span, site_in, own in anchors:
        members = lists.get(span, [span])  # the whole list: "Rocky Face, Varnell and Cohutta"
        if len(members) < 2 or not re.search(r"\s(?:and|or)\s+$", text[members[-2][1] : members[-1][0]]):
            continue  # a list ends in "and" or "or"
        head = members[0]
        if not place_context(text, *head, gaz) or _LIST_GOES_ON.search(text, max(0, head[0] - 40), head[0]):
            continue  # a list of places; not the tail of a longer list ("Dutch Farms, Kemps, Bayview")
        if own is None and members[0] != span:
            continue  # a "such as" list is read from its first name
        known = sum(m in placed or _own_town(text[m[0] : m[1]], gaz) for m in members)
        if own is not None and 2 * known < len(members):
            continue  # mostly unknown names: brands or people listed by a town ("Lund, Kemps, NuLay")
        for s, e in members:
            name = text[s:e]
            if (
                (s, e) in placed
                or name == own
                or len(name) < 4
                or name.isupper()
                or _demonym_place(name, demonym_places())
                or norm(name) in read_words("not_places.txt")
            ):
                continue
            if _own_town(name, gaz):  # a known town spaCy tagged otherwise ("Cohutta", PRODUCT)
                out.append(Candidate(s, e, name, from_entity=False))
            elif not gaz.lookup(name):
                out.append(Candidate(s, e, name, from_entity=False, site=True, site_in=site_in, village=True))
    return out


# a name before "ferry" and its terminal or slip ("the Corran ferry", "Ulsta ferry terminal"), and
# the place it lies in, on or at, if one follows ("... in Yell")
_FERRY_VILLAGE = re.compile(
    rf"(?<![\w'’.&-])({_BODY_NAME})\s+[Ff]erry(?:\s+(?:[Tt]erminal|[Ss]lip(?:way)?|[Pp]ier))?(?![\w'’-])"
    r"(?:\s+(in|on|at)\s+)?"
)


def _ferry_villages(article: Article, kept: list[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """Names no gazetteer entry bears that a ferry, its terminal or its slip is named after ("the
    Corran ferry", "Ulsta ferry terminal"): a village of the story's coast, at the place named
    right after ("... in Yell"), else at its town (none where the story names no town). Not a
    given name, a person's surname, an operator's name written with inner capitals ("CalMac"), a
    street, nor a word of not_places.txt."""
    text = article.text
    if "erry" not in text:
        return []
    taken = SpanIndex([(c.start, c.end) for c in kept])
    places = {c.start: c for c in kept if not c.demonym}
    surnames = _surnames(article)
    out = []
    for match in _FERRY_VILLAGE.finditer(text):
        start, end = match.span(1)
        name = match.group(1)
        if taken.overlaps(start, end) or not _unknown_village_name(name, gaz, surnames):
            continue
        after = places.get(match.end()) if match.group(2) else None
        site_in = (after.start, after.end) if after is not None else None
        out.append(Candidate(start, end, name, from_entity=False, site=True, site_in=site_in, village=True))
    return out


def _named_after(name: str, named: set[str]) -> bool:
    """Whether a water's name is the name of a place the article names and a water word ("Lake
    Manassas" where Manassas is named): that place says where it is."""
    words = name.split()
    inner = words[1:] if norm(words[0]) in read_words("water_words.txt") else words[:-1]
    return " ".join(inner) in named


_DIRECTION = re.compile(r"\s+(?:North|South|East|West|[NSEW]\.?)$")


_NO_SURNAME = frozenset({"lane", "street", "st."})  # street words that are surnames too


def _street(name: str, but: frozenset[str] = frozenset()) -> bool:
    """A street's name: its last word (less a direction) is a street's word ("Canal Street",
    "Eglinton Avenue West"), other than those in ``but``."""
    words = _DIRECTION.sub("", name).split()
    last = norm(words[-1]) if len(words) > 1 else ""
    return last in read_words("street_words.txt") and last not in but


def _site_names(article: Article) -> list[tuple[int, int]]:
    """Facilities spaCy tagged, and capitalised runs ending in a site's word."""
    words = read_words("site_words.txt")
    ents = _ents(article)
    spans = [(e.start_char, e.end_char) for e in ents if e.label_ == "FAC" and _proper_name(e.text)]
    people = [(e.start_char, e.end_char) for e in ents if e.label_ == "PERSON"]
    people += [(m.start, m.end) for a in article.actors if a.kind == "person" for m in a.mentions]
    for start, end in _capitalised_runs(article.text):
        name = article.text[start:end]
        owner = list(re.finditer(r"['’]s\s+", name))  # "Brooklyn's Barclays Center"
        if owner and " " in name[owner[-1].end() :]:  # not "the Supreme People's Court": one name
            start, name = start + owner[-1].end(), name[owner[-1].end() :]
        if " " in name and (norm(name.rsplit(None, 1)[-1]) in words or _street(name) or water_name(name)):
            spans.append((start, end))
    out = []
    for start, end in spans:
        lead = _LEAD.match(article.text[start:end])
        # "Robert Hall in Geneva", "Mrs Park"; but no person's name ends in "Drive"
        if not _overlaps_span((start, end), people) or _street(article.text[start:end], _NO_SURNAME):
            out.append((start + (lead.end() if lead else 0), end))
    return out


def _proper_name(text: str) -> bool:
    """Capitalised words only, joined by "of", "the" and the like; no figure ("Easter Vigil Mass
    on Holy Saturday, March 31" is no site)."""
    return not any(c.isdigit() for c in text) and all(
        w[:1].isupper() or w in ("of", "the", "de", "des", "du", "la", "le", "and", "&") for w in text.split()
    )


def _demonym_candidates(article: Article) -> list[Candidate]:
    """The words for a place's people or things ("Israeli", "Georgian", "Ohioans", "South
    African"): mentions of that place, whatever else the word is part of (an actor, a name)."""
    out = []
    text = article.text
    words = demonym_places()
    taken = -1
    for match in _CAPITAL_WORD.finditer(text):
        start = match.start()
        if start < taken:
            continue
        pair = (
            _CAPITAL_WORD.match(text, match.end() + 1) if text[match.end() : match.end() + 1] == " " else None
        )
        for end in ([pair.end()] if pair else []) + [match.end()]:
            place = _demonym_place(text[start:end], words)
            if place and end == match.end() and _language_use(article, start, end):
                break
            if place:
                out.append(Candidate(start, end, text[start:end], from_entity=False, demonym=place))
                taken = end
                break
    return out


_LANGUAGE_CUE = re.compile(
    r"\b(?:(in|into)|speaks?|spoke|spoken|speaking|learn(?:s|ed|ing|t)?|stud(?:y|ies|ied|ying)|teach(?:es|ing)?"
    r"|taught|fluent(?:\s+in)?|translated(?:\s+(?:in|into))?)\s+$",
    re.IGNORECASE,
)
_NAME_HEAD_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})
_NO_HEAD_POS = frozenset({"ADP", "SCONJ", "DET", "PART", "PUNCT"})  # no "and": "in Romanian and Ukrainian fowl"


def _language_use(article: Article, start: int, end: int) -> bool:
    """Whether a people's word names their language ("speaks in Spanish", "We in English",
    "studying Portuguese.", "English is an official language"): a word that names a language
    (language_names.txt), before no noun it describes, that spaCy tags a language or that
    follows "in", "speak", "learn", "study" or the like. "English beef", "the English city" and
    "the French" stay places."""
    if norm(article.text[start:end]) not in read_words("language_names.txt") or article.doc is None:
        return False
    span = article.doc.char_span(start, end, alignment_mode="expand")
    if span is None or (span.end < len(article.doc) and article.doc[span.end].pos_ in _NAME_HEAD_POS):
        return False
    if span.start > 0 and article.doc[span.start - 1].lower_ == "the":
        return False
    if span[0].ent_type_ == "LANGUAGE":
        return True
    cue = _LANGUAGE_CUE.search(article.text, max(0, start - 20), start)
    if cue is None:
        return False
    # after a bare "in", only where no word it may describe follows ("in Azerbaijani jails")
    return not cue.group(1) or span.end == len(article.doc) or article.doc[span.end].pos_ in _NO_HEAD_POS


_CAPITAL_WORD = re.compile(r"(?<![\w'’.])[A-Z][A-Za-z]+(?!\w)")  # "Russian-backed", "anti-Russian" too


def _demonym_place(word: str, words: dict[str, str]) -> str | None:
    """The place a people's word names, its plural in -s too ("Britons", "Danes", "Filipinos")."""
    place = words.get(word)
    if place is None and word.endswith("s"):
        place = words.get(word[:-1])
    return place


@lru_cache(maxsize=1)
def demonym_places() -> dict[str, str]:
    """A people's word -> the place it names: ``iso3:XXX`` for a country (demonyms.tsv), else
    the place's name (adjectivals.tsv, which wins)."""
    words = {word: f"iso3:{iso3}" for word, iso3 in read_tsv("demonyms.tsv")}
    words.update({word: place for word, place in read_tsv("adjectivals.tsv")})
    return words


# The patterns scanned over every text behind a look-ahead on the characters their matches begin
# with (dyad.util.first_chars): the same matches, found 1.3-3x faster (the regex engine rejects
# most positions at once). A new whole-text scanner can be added to the list.
_SCANNERS = (
    "_DATELINE", "_TOWN_TITLE", "_TOWN_RANK_NAME", "_COMPOUND_NAME", "_HYPHENED", "_HYPHENED_TOWNS",
    "_COUNTY_COURT", "_DESCRIBED", "_ADDRESS_VILLAGE", "_POSSESSIVE_SITE", "_DIVISION_BEFORE",
    "_CAPITAL_WORD", "_SHORT_FORM", "_LOCATIVE", "_POST_JURISDICTION", "_ENTITY_LIST_GAP", "_RUN",
    "_NEAR_NAME", "_COMMUNITY", "_REGION_TITLE", "_FERRY_VILLAGE",
)
for _name in _SCANNERS:
    globals()[_name] = with_first_chars(globals()[_name])
del _name
