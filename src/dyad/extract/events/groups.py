"""Unnamed groups as event actors: "police arrested ...", "Iraqi troops attacked ...", "displaced people".

CAMEO codes such arguments by country and sector (police -> COP, rebels -> REB, troops -> MIL).
When an event argument is a noun phrase that names no known actor but is headed by a group word of
``dyad/data/events/groups.yaml`` (or by a demonym used as a noun: "Palestinians"), the event stage
makes an ad-hoc actor of kind "group" for it. Its country comes from a demonym or a country named in
the phrase ("Syrian fighters", "protesters in Kosovo"), or from a place the place stage resolved
there ("Beijing police"); else it has none. A people without a state ("Kurdish fighters", "Tamil
rebels": ``dyad/data/lexicon/peoples.tsv``) gives its group no country but its CAMEO ethnic code. Only groups that end up in an event are added to the
article's actors; the same group in two sentences is one actor.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from dyad.annotate.dateline import dateline_country, dateline_spans
from dyad.annotate.lexicon import pair_adjectives, peoples
from dyad.annotate.mentions import exercise_names
from dyad.article import Actor, Mention
from dyad.extract.events.provisional import provisional_code

MODIFIER_DEPS = ("amod", "compound", "nmod", "nummod", "quantmod", "npadvmod")
PLACE_PREPS = ("in", "from", "of")
STATE = "state"


@dataclass(frozen=True, slots=True)
class GroupWords:
    sectors: dict[str, str]  # head word -> CAMEO sector code
    collectives: frozenset[str] = frozenset()  # nouns that stand for several actors ("the leaders")
    ranks: frozenset[str] = frozenset()  # "officer": police or military by the article, else an official
    munitions: frozenset[str] = frozenset()  # "artillery shells": what a group fires does not stand for it

    @classmethod
    @cache
    def default(cls) -> GroupWords:
        """dyad's own groups.yaml, then PETRARCH2's agent nouns (petrarch_agents.yaml, converted by
        scripts/convert_petrarch_event_agents.py) for the words dyad's list lacks."""
        data = _load("groups.yaml")
        collectives = frozenset(str(w).lower() for w in data.pop("COLLECTIVE", []))
        ranks = frozenset(str(w).lower() for w in data.pop("RANKS", []))
        munitions = frozenset(str(w).lower() for w in data.pop("MUNITIONS", []))
        sectors = {
            str(w).lower(): sector for sector, words in _load("petrarch_agents.yaml").items() for w in words
        }
        sectors.update({str(w).lower(): sector for sector, words in data.items() for w in words})
        return cls(sectors, collectives, ranks, munitions)

    def collective(self, token) -> bool:
        """A plural collective noun ("the leaders", "both sides", "the three countries")."""
        return token.tag_ in ("NNS", "NNPS") and token.lemma_.lower() in self.collectives

    def sector(self, token) -> str | None:
        """The sector of a group head ("troops", "riot police", "asylum seekers"), or None."""
        for word in _phrase_keys(token):
            if word in self.sectors:
                return self.sectors[word] if word not in self.ranks else self._rank(token)
        return None

    def _rank(self, token) -> str:
        """A bare "officer": an official when a word of another field names it ("a food safety
        officer", "the press officer"), police where its sentence or the one before names the police
        ("Police detained the men. The officer fired"), else military ("a North Korean officer
        defected", also in an article that names the police elsewhere)."""
        fields = [c for c in token.children if c.dep_ in ("compound", "amod") and c.pos_ in ("NOUN", "PROPN") and not c.ent_type_]
        if fields:
            return "GOV"
        if any(t.lemma_.lower() in POLICE_WORDS for t in _near(token, POLICE_SENTENCES)):
            return "COP"
        return "MIL"


POLICE_SENTENCES = 1  # sentences before an officer's own in which the police make it a police officer


def _near(token, before: int):
    """The tokens of the token's sentence and of the ``before`` sentences ahead of it."""
    sent = token.sent
    for _ in range(before):
        if sent.start == 0:
            break
        sent = token.doc[sent.start - 1].sent
    return token.doc[sent.start : token.sent.end]


POLICE_WORDS = frozenset({"police", "policeman", "policemen", "cop", "cops", "sheriff", "constable", "patrol", "trooper"})


DEFINITE = frozenset({"the", "these", "those"})


def _group_words(token) -> set[str]:
    """The head word of a group phrase and its compounds ("carrier" in "the carrier Shandong")."""
    return {token.lemma_.lower()} | {c.lemma_.lower() for c in token.children if c.dep_ == "compound"}


def _load(name: str) -> dict:
    text = (resources.files("dyad.data") / "events" / name).read_text(encoding="utf-8")
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) or {}


def _phrase_keys(token) -> list[str]:
    keys = [token.lemma_.lower(), token.lower_]
    if token.tag_ in ("NNP", "NNPS") and token.i == token.sent.start:  # "Rebels in Mali ...": a plural
        keys += _singulars(token.lower_)  # the tagger calls a proper name for its capital, lemma and all
    hyphen = token.i >= 2 and token.doc[token.i - 1].text == "-"  # "director-general": "director general"
    near = (token.i - 1, token.i - 2) if hyphen else (token.i - 1,)
    before = [c for c in token.children if c.dep_ in ("compound", "amod", "nmod") and c.i in near]
    if before:  # two-word heads first: "riot police", "aid worker", "armed police", "main opposition"
        keys = [f"{before[0].lower_} {k}" for k in keys] + keys
    return keys


PLURAL_ENDINGS = (("men", "man"), ("ies", "y"), ("es", ""), ("s", ""))  # gunmen, militias... are plain


def _singulars(word: str) -> list[str]:
    """The singulars a plural noun may have ("rebels" -> "rebel", "gunmen" -> "gunman", "militias" ->
    "militia"; "forces" -> "forc", "force"), for a group word looked up by its singular."""
    return [word[: -len(end)] + sing for end, sing in PLURAL_ENDINGS if word.endswith(end) and len(word) > len(end) + 2]


CLAUSE_PLACE_PREPS = frozenset({"in", "at", "outside"})
TOWN_KINDS = frozenset({"city", "district"})  # a crowd's town ("in central Seoul"), not a site or a region
GOVERNMENT = "GOV"  # a government's group: placed by a capital that opens its clause
PEOPLE_SECTORS = frozenset({"CVL", "EDU", "OPP", "LAB", "HLH", "REL"})  # people a clause's place can place


class Groups:
    """Ad-hoc group actors of one article, made on demand while its events are read."""

    def __init__(self, article, words: GroupWords | None = None, knowledge=None):
        self.article = article
        self.words = words or GroupWords.default()
        self.knowledge = knowledge
        self.made: dict[str, Actor] = {}
        self.by_token: dict[int, str] = {}
        self.datelines = dateline_spans(article.text)
        self.home = dateline_country(article, self.datelines, knowledge or _knowledge())  # "SEOUL (Reuters) - Police arrested ..."
        self.focal = self.home is None and (focal := focal_state(article)) is not None
        if self.focal:
            self.home = focal  # a story about one state, its dateline cut off
        self.homed: set[str] = set()  # groups whose country is only the dateline's
        self.state_at: dict[int, str] = {}  # tokens of names and demonyms of unknown states
        self._exercise_tokens: frozenset[int] | None = None
        self._place_spans: list[tuple[int, int]] | None = None  # mentions by name of places in a country

    def actor(self, token) -> str | None:
        """The group actor a noun-phrase head names, made the first time it is asked for."""
        if token.i in self.by_token:
            return self.by_token[token.i]
        if token.pos_ not in ("NOUN", "PROPN") or self.article.in_credit(token.idx):
            return None
        sector = self.words.sector(token) or self._compound_sector(token)
        if sector is not None:
            country = self._country(token)
            if country is None and (people := self._people(token)) is not None:
                return self._register(token, sector, None, people=people)  # "Kurdish fighters"
            country = country or self._the_country(token) or self._clause_place(token, sector) or self._told_before(token) or self._speakers(token, sector)
            if country is None and self.home is not None and (not self.focal or _homeable(token)):  # a wire story's own country
                return self._register(token, sector, self.home, homed=True)
            return self._register(token, sector, country)
        country = self._demonym_noun(token)
        return self._register(token, "CVL", country) if country else None

    @staticmethod
    def _people(token) -> str | None:
        """The word of a people without a state that modifies a group word ("Kurdish fighters", "Tamil
        rebels", "Baloch separatists"), or None."""
        words = peoples()
        return next((c.lower_ for c in token.children if c.dep_ in MODIFIER_DEPS and c.i < token.i and c.lower_ in words), None)

    def _told_before(self, token) -> str | None:
        """ "The soldiers retreated" after "North Korean soldiers crossed the border": a definite group
        word takes the country its last earlier mention named, not the dateline's."""
        if not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in token.children):
            return None
        words = _group_words(token)
        for earlier in reversed(token.doc[: token.i]):
            if earlier.pos_ in ("NOUN", "PROPN") and _group_words(earlier) & words:
                country = self._country(earlier)
                if country:
                    return country
        return None

    def _the_country(self, token) -> str | None:
        """ "Chilean television said the country's military took ...", "said it had only struck
        the country's army": a group owned by "the country" (or "the nation") is of the state named last
        before it, in its sentence or the one before."""
        owner = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in COUNTRY_WORDS
                      and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)), None)
        if owner is None:
            return None
        sent = token.sent
        earlier = token.doc[sent.start - 1].sent if sent.start > 0 else sent
        for word in reversed(token.doc[earlier.start : owner.i]):
            if word.text[:1].isupper() and (state := self._state(word.text)):
                return state  # "Pakistan", "Pakistani", "Islamabad"
        return None

    def _speakers(self, token, sector: str) -> str | None:
        """ '"The government voices deep regret ...," the ministry spokesperson said': a government
        named only by its word inside a speaker's own direct quote is the speaker's state's."""
        if sector != GOVERNMENT or not any(
            (c.dep_ == "det" and c.lower_ == "the") or (c.dep_ == "poss" and c.lower_ == "our") for c in token.children
        ):
            return None
        for quote in getattr(self.article, "quotes", ()):
            if quote.direct and quote.speaker and quote.start <= token.idx < quote.end:
                speaker = self.article.actor(quote.speaker)
                if speaker is not None:
                    return speaker.country or (speaker.id if speaker.kind == "state" else None)
        return None

    def _compound_sector(self, token) -> str | None:
        """ "an army camp", "police headquarters": a place or thing of a group stands for it; what it
        fires does not ("artillery shells", "tank rounds")."""
        if token.lemma_.lower() in self.words.munitions:
            return None
        compounds = [c for c in token.children if c.dep_ == "compound" and c.i < token.i]
        return next((s for c in compounds if (s := self.words.sector(c))), None)

    def place_state(self, token) -> str | None:
        """The state whose territory a target phrase names ("attacks on the rebel-held Eastern Ghouta",
        "will visit California"): a place the place stage resolved stands for its country."""
        if self.article.in_credit(token.idx):
            return None
        for tok in token.subtree:
            if tok.i in self.exercise_tokens:
                continue  # "denounced Iron Falcon": an exercise's name, no place
            for place in self.article.places:
                mentions = [m for m in place.mentions if not (m.demonym or m.metonym)]
                if place.country and any(m.start <= tok.idx < m.end for m in mentions):
                    return self._state_actor(place.country, mentions, tok)
        return None

    @property
    def exercise_tokens(self) -> frozenset[int]:
        """Tokens of the names of military exercises ("Iron Falcon"), which name no place."""
        if self._exercise_tokens is None:
            doc = self.article.doc
            self._exercise_tokens = exercise_names(doc)[1] if doc is not None else frozenset()
        return self._exercise_tokens

    def place_states(self, token) -> list[str]:
        """The states of the first place a target phrase names and of each place coordinated with it
        ("the contributions made by Japan, Australia and Canada", "the efforts of relevant parties,
        including North Korea and South Korea"): each one, in order; one place: its state alone. A
        setting word ("on the sidelines of a forum in Lisbon", "on the margins of a summit in Oslo":
        participants.yaml ``setting``) says where the act was done, and names no target."""
        first = next((t for t in token.subtree if self._names_place(t) and not _in_setting(t, token)), None)
        if first is None:
            return []
        name = first
        while name.dep_ in ("compound", "flat") and name.head.i > name.i:  # "North" of "North Korea"
            name = name.head
        found: list[str] = []
        for tok in (name, *name.conjuncts):
            state = self.place_state(tok)
            if state is not None and state not in found:
                found.append(state)
        return found

    def _names_place(self, token) -> bool:
        spans = self._place_spans
        if spans is None:  # the article's places are settled before its events and quotes are read
            spans = self._place_spans = [
                (m.start, m.end)
                for place in self.article.places
                if place.country
                for m in place.mentions
                if not (m.demonym or m.metonym)
            ]
        idx = token.idx
        return any(start <= idx < end for start, end in spans)

    def host_state(self, token) -> str | None:
        """The state a place where someone arrives belongs to ("arrived at the spaceport in the Amur
        region"), when the article names that state as an actor: the place stays a place, it
        becomes no mention of the state."""
        if self.article.in_credit(token.idx):
            return None
        for tok in token.subtree:
            for place in self.article.places:
                if place.country and any(m.start <= tok.idx < m.end for m in place.mentions):
                    state = self.article.actor(place.country)
                    return state.id if state is not None and state.kind == STATE else None
        return None

    def _state_actor(self, code: str, mentions, token) -> str | None:
        mention = next(m for m in mentions if m.start <= token.idx < m.end)
        existing = self.article.actor(code)
        actor = existing or self.made.get(code)
        if actor is None:
            entry = (self.knowledge or _knowledge()).state(code)
            if entry is None:
                return None
            actor = Actor(code, entry.name, STATE, code, None, code, wikidata=entry.wikidata)
            self.made[code] = actor
        if not any(m.start == mention.start for m in actor.mentions):
            actor.mentions.append(Mention(mention.start, mention.end, mention.text, metonym=True))
        return actor.id

    def state_named_by(self, code: str, span) -> str | None:
        """The actor of a state (its code) with ``span`` as a mention of it ("across the border": the
        state beyond), made when the article has none."""
        return self._state_actor(code, [Mention(span.start_char, span.end_char, span.text)], span.root)

    def pair_states(self, modifier) -> list[str]:
        """The two states an adjective of their relation names ("inter-Korean" before "talks":
        lexicon/pair_adjectives.csv), each a state actor with the adjective as its mention; else none."""
        doc, noun = modifier.doc, modifier.head
        spans = [doc[modifier.left_edge.i : modifier.right_edge.i + 1], doc[modifier.i : min(modifier.i + 3, noun.i)]]
        found = [(w, m) for w in spans if len(w) and (m := pair_adjectives().get(w.text.replace(" ", "").lower()))]
        if not found or self.article.in_credit(found[0][0].start_char):
            return []  # (the parser hangs "inter", "-" and "Korean" each on the noun)
        words, members = found[0]
        mention = [Mention(words.start_char, words.end_char, words.text)]
        return [a for code in members if (a := self._state_actor(code, mention, modifier)) is not None]

    def unknown_state(self, span) -> str | None:
        """A named state the knowledge base and the gazetteer do not know ("Kastavia", tagged GPE by
        the parser, neither an actor nor a place of the earlier stages): an actor of its own, with
        its name and no code, made the first time it is asked for. Small or invented states and
        breakaway regions act in the news like any other."""
        words = [t for t in span if t.dep_ != "det" and t.lower_ not in ("'s", "\u2019s")]
        if not words or self.article.in_credit(span.start_char) or _several(span.root):
            return None
        if len(words) == 1 and words[0].lower_ in peoples():
            return None  # "Tamil rebels": a people's word, no state's
        name = self.article.text[words[0].idx : words[-1].idx + len(words[-1])]
        if not name[:1].isupper() or (self.knowledge or _knowledge()).lookup(name):
            return None
        actor_id = "named-state-" + "-".join(w.lower_ for w in words if w.is_alpha)
        actor = self.made.get(actor_id)
        if actor is None:
            actor = self.made[actor_id] = Actor(actor_id, name, STATE, actor_id, None, self.provisional_code(name))
        if not any(m.start == words[0].idx for m in actor.mentions):
            actor.mentions.append(Mention(words[0].idx, words[-1].idx + len(words[-1]), name))
        return actor_id

    def provisional_code(self, name: str) -> str | None:
        """The provisional code of a state no stage knows (provisional.py), never a known state's."""
        kb = self.knowledge or _knowledge()
        return provisional_code(name, lambda code: kb.state(code) is not None)

    def _country_code(self, country: str | None) -> str:
        """The code a group's country gives its own code: a known state's id is its code; an
        unknown state's is its provisional code."""
        state = (self.made.get(country) or self.article.actor(country)) if country else None
        if state is not None and state.kind == STATE and state.id != state.code:
            return state.code or ""
        return country or ""

    def knowledge_lookup(self, text: str) -> list:
        return (self.knowledge or _knowledge()).lookup(text)

    def home_unplaced(self, actors, actor_ids) -> None:
        """Unnamed groups the actors stage made with no country ("anti-government demonstrators
        who ... they"), that events name: in a story from or about one state (a dateline's town,
        else the state the story is about), that state's, as the groups made here."""
        doc = self.article.doc
        if self.home is None or doc is None:
            return
        wanted = set(actor_ids)
        for actor in actors:
            if not (actor.kind == "group" and actor.country is None and actor.id in wanted
                    and actor.id.startswith("group-x-") and actor.sector and actor.code == actor.sector):
                continue
            spans = [doc.char_span(m.start, m.end, alignment_mode="expand") for m in actor.mentions]
            if spans and all(span is not None and (not self.focal or _homeable(span.root)) for span in spans):
                actor.country, actor.code = self.home, self._country_code(self.home) + actor.sector

    def used(self, actor_ids) -> list[Actor]:
        """The actors made here that events name, with the unknown states their groups belong to."""
        wanted = set(actor_ids)
        wanted |= {a.country for a in self.made.values() if a.id in wanted and a.country in self.made}
        return [a for a in self.made.values() if a.id in wanted]

    def _register(
        self, token, sector: str, country: str | None, homed: bool = False, people: str | None = None
    ) -> str:
        """The group actor of a head word; a people's group ("Kurdish fighters") has no country, and
        its code is the people's CAMEO ethnic code with the sector ("KURREB"), or the sector alone."""
        ethnic = peoples().get(people or "", "")
        owner = country or ((ethnic or people) if people else None)
        actor_id = f"group-{(owner or 'x').lower()}-{sector.lower()}-{token.lemma_.lower()}"
        if homed:
            self.homed.add(actor_id)
        mention = _mention(self.article, token)
        actor = self.made.get(actor_id) or self.article.actor(actor_id)  # the actors stage's group
        if actor is None:
            code = ethnic if people else self._country_code(country)
            actor = Actor(actor_id, mention.text, "group", country, sector, code + sector)
            self.made[actor_id] = actor
        if not any(m.start == mention.start for m in actor.mentions):
            actor.mentions.append(mention)
        self.by_token[token.i] = actor_id
        return actor_id

    def _country(self, token) -> str | None:
        mods = [c for c in token.children if c.dep_ in MODIFIER_DEPS + ("poss",) and c.i < token.i]
        places = [
            g
            for c in [*token.children, *self.verbs_from(token)]
            if c.dep_ == "prep" and c.lower_ in PLACE_PREPS
            for g in c.children
            if g.dep_ == "pobj"
        ]
        for tok in [*mods, *places]:
            country = self._named_country(tok)
            if country:
                return country
        return None

    def verbs_from(self, token) -> list:
        """ "arrested 20 protesters from Khand", "detained three journalists from Ukraine": a "from"
        phrase right after a people's group object that the parser hung on the verb is the group's."""
        if token.dep_ != "dobj" or self.words.sector(token) not in PEOPLE_SECTORS | {"MED"}:
            return []
        after = token.right_edge.i + 1
        return [c for c in token.head.children if c.dep_ == "prep" and c.lower_ == "from" and c.i == after]

    def _clause_place(self, token, sector: str) -> str | None:
        """The country of the place where the group's clause happens, for a group its own words
        place nowhere: "In Seoul, police detained 16 students", "Hundreds of people held a protest in
        central Seoul" (a story filed from Tokyo). The subject's, and a detained or dispersed
        people's; a place the place stage resolved, never a demonym ("outside the Japanese Embassy")."""
        if sector == GOVERNMENT:
            return self._capital_opening(token)  # "In Seoul, a foreign ministry spokesman urged ..."
        if sector not in PEOPLE_SECTORS and sector != "COP":
            return None  # armed men fight away from home; a ministry is no crowd
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.dep_ == "nsubj":
            token = token.head.head  # "Hundreds of people held a protest"
        if token.dep_ != "nsubj" and not (token.dep_ == "dobj" and sector in PEOPLE_SECTORS):
            return None  # not "a man was stabbed outside a nightclub in Leeds": a victim, no actor
        said = {c.dep_: c.lower_ for c in token.children}
        if "nummod" in said and said.get("det") in ("the", "these", "those"):
            return None  # "The two men first met in Vladivostok": people told before, not of the place
        verb = token.head
        heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        pobjs = [
            g
            for h in heads
            for p in h.children
            if p.dep_ == "prep" and p.lower_ in CLAUSE_PLACE_PREPS
            for g in p.children
            if g.dep_ == "pobj"
        ]
        for pobj in pobjs:
            for place in self.article.places:
                if place.country and place.kind in TOWN_KINDS and any(
                    m.start <= t.idx < m.end for m in place.mentions if not (m.demonym or m.metonym) for t in pobj.subtree
                ):
                    return place.country
        return None

    def _capital_opening(self, token) -> str | None:
        """ "In Seoul, a foreign ministry spokesman urged Russia ...", "In Tokyo, the top government
        spokesman said ...": a government group its own words place nowhere, the subject of a clause
        opened by "In" and a state's capital (its metonym in the knowledge base), is that state's; a
        wire story names so the capital whose government answers (in a story filed elsewhere)."""
        if token.dep_ != "nsubj":
            return None
        kb = self.knowledge or _knowledge()
        for prep in token.head.children:
            if prep.dep_ != "prep" or prep.lower_ != "in" or prep.i > token.i:
                continue
            for place in (g for g in prep.children if g.dep_ == "pobj"):
                states = {e.id for e, via in kb.lookup(place.text) if e.kind == STATE and via == "metonym"}
                if len(states) == 1:
                    return states.pop()
        return None

    def _named_country(self, token) -> str | None:
        """A country named in a phrase: a state's name or demonym, or a place of a known country."""
        words = [t for t in token.subtree if t.pos_ in ("PROPN", "ADJ", "NOUN")]
        names = [t for t in words if t.pos_ == "PROPN" or t.text[:1].isupper()]
        if names:
            whole = self.article.text[names[0].idx : names[-1].idx + len(names[-1])]
            for candidate in (whole, *(t.text for t in names)):
                if state := self._state(candidate):
                    return state
        if state := next((self.state_at[t.i] for t in names if t.i in self.state_at), None):
            return state  # "Kastavian police"; "police in Rohan", a lone village of the gazetteer found a state
        placed = [t for t in names if t.lower_ not in peoples()]  # "Kurdish": a people's, not Kurdistan's
        for place in self.article.places:
            if place.country and any(m.start <= t.idx < m.end for m in place.mentions for t in placed):
                return place.country
        return None

    def _demonym_noun(self, token) -> str | None:
        """ "Palestinians", "Kurds": a people named by its demonym is a civilian group of that country."""
        if not token.text[:1].isupper():
            return None
        kb = self.knowledge or _knowledge()
        states = {
            entry.id for entry, via in kb.lookup(token.text) if entry.kind == STATE and via == "demonym"
        }
        return states.pop() if len(states) == 1 else None

    def _state(self, text: str) -> str | None:
        if not text:
            return None
        kb = self.knowledge or _knowledge()
        states = [entry for entry, _ in kb.lookup(text) if entry.kind == STATE]
        if len(states) > 1:  # "Congolese army soldiers": of the two Congos, the one the article names as an actor
            states = [entry for entry in states if self.article.actor(entry.id) is not None]
        return states[0].id if len(states) == 1 else None


COUNTRY_WORDS = frozenset({"country", "nation"})  # "the country's military": the state named just before


def _homeable(token) -> bool:
    """A group phrase the story's own state may own: not one naming a people or place of its own
    ("a Swiss-based spokesman", which the tagger's demonym decides or leaves open), nor a
    description of a person ("Lund, a liberal economist", "appointed a liberal economist":
    one person, told of as such, not one of the story's institutions or crowds)."""
    if token.dep_ in ("appos", "attr"):
        return False
    if token.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
        return False
    return not any(t.ent_type_ in ("NORP", "GPE", "LOC") for t in token.subtree if t.i < token.i)


FOCAL_MENTIONS = 3  # a story's own state: named at least this often,
FOCAL_SHARE = 0.6  # in at least this share of the mentions of states,
FOCAL_LEAD = 2  # and this many times as often as the next state


def focal_state(article) -> str | None:
    """The one state a story is about, by the mentions of states (names, demonyms, capitals):
    "Police fired tear gas at marchers" in a report that names Ruritania eight times and no
    other state are Ruritania's, as under a dateline of its capital; None where no state
    leads clearly (a story of several states) or a state is named too seldom."""
    counts = sorted(((len(a.mentions), a.id) for a in article.actors if a.kind == STATE), reverse=True)
    if not counts:
        return None
    total = sum(n for n, _ in counts)
    top, state = counts[0]
    second = counts[1][0] if len(counts) > 1 else 0
    if top >= FOCAL_MENTIONS and top >= FOCAL_SHARE * total and top >= FOCAL_LEAD * second:
        return state
    return None


@cache
def _knowledge():
    from dyad.annotate.knowledge import KnowledgeBase

    return KnowledgeBase.default()


def _several(token) -> bool:
    """ "the two Koreas", "the Americas": a name in the plural names several states or a region."""
    return token.tag_ in ("NNPS", "NNS") or any(c.dep_ == "nummod" for c in token.children)


def _mention(article, token) -> Mention:
    """The group's words: the head with its adjectives, compounds and numbers ("at least 75 displaced
    people"), without determiners."""
    left = [c for c in token.children if c.dep_ in MODIFIER_DEPS and c.i < token.i]
    start_tok = min((t for c in left for t in c.subtree), key=lambda t: t.i, default=token)
    start, end = start_tok.idx, token.idx + len(token)
    return Mention(start, end, article.text[start:end])


def _in_setting(token, top) -> bool:
    """Whether ``token`` lies inside a setting phrase below ``top`` (or ``top`` is one): a setting word
    that a preposition governs ("on the margins of", "at the end of"), not one acted on ("delayed the end")."""
    while True:
        if token.lemma_.lower() in _setting_words() and token.dep_ == "pobj":
            return True
        if token.i == top.i or token.head.i == token.i:
            return False
        token = token.head


@cache
def _setting_words() -> frozenset[str]:
    text = (resources.files("dyad.data") / "events" / "participants.yaml").read_text(encoding="utf-8")
    return frozenset(str(w).lower() for w in yaml.safe_load(text)["setting"])
