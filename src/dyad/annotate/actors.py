"""The actors stage: every mention resolved to a canonical actor, coreference included.

Named entities and knowledge-base names give states, organisations and people; titles and
appositions give people their roles and countries; surnames, pronouns and descriptions are
resolved in reading order (see coref.py). Text inside photo credits never yields an actor.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from anyascii import anyascii
from spacy.attrs import IDX, LOWER, POS
from spacy.symbols import NOUN

from dyad.annotate import coref, groups, its, nominals, plural_people, pronoun_features, quoted, ranker
from dyad.annotate.columns import column, entities
from dyad.annotate.elided_states import COMPASS, with_elided_states
from dyad.annotate.headline_names import cut_words, trim_headline_names
from dyad.annotate.home_state import (
    home_state,
    lead_subject_state,
    ministry_words,
    placed_state,
    unowned_institutions,
)
from dyad.annotate.institutions import institution_candidates, replace_with_institutions
from dyad.annotate.knowledge import FAMILY_NAME_FIRST, KnowledgeBase, normalize
from dyad.annotate.lexicon import (
    collective_states,
    given_names,
    honorifics,
    island_states,
    korean_family_names,
    name_suffixes,
    office_titles,
    org_heads,
    peoples,
    person_acts,
    person_nouns,
    place_nouns,
    pronouns,
    region_bodies,
    regnal_titles,
    role_words,
    shared_demonyms,
    site_heads,
    speech_verbs,
    state_anaphors,
)
from dyad.annotate.mentions import (
    TITLE_ABBREVIATIONS,
    Cand,
    description_candidates,
    entity_candidates,
    exercise_names,
    exercise_person,
    honoured_name,
    kb_candidates,
    name_candidates,
    nickname_words,
    pronoun_candidates,
)
from dyad.annotate.places import is_place_name, load_place_names
from dyad.annotate.roles import RoleText, roles_of, title_before
from dyad.article import Actor, Article, Mention
from dyad.errors import DyadError

_URL = re.compile(r"^(?:https?://|www\.)|^[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|int|kp|kr|jp|cn|ru|io|co)(?:/\S*)?$", re.I)
_ACTOR_PREPS = {"with", "between", "against", "toward", "towards", "by", "to"}
_PLACE_PREPS = frozenset({"in", "to", "from", "at", "near", "into", "outside", "across", "toward", "towards"})
_WORD = re.compile(r"[^\W_]+(?:[-.'][^\W_]+)*\.?")  # a word of a name: "G-7", "U.N.", "Group"
_STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})  # a "we" of these speaks for the state
HOME_SECTORS = _STATE_SECTORS | {"OPP"}  # a new official titled without a state: the article's home state's
_HEAD_NOUNS = frozenset({"chief", "head", "director", "chairman", "chairwoman", "commander", "boss"})  # of an organisation
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})  # a verb that makes a phrase before it a clause
_ACTOR_DEPS = {"nsubj", "nsubjpass", "agent", "poss", "appos", "dobj", "dative"}


_SPACES = re.compile(r"\s+")


_NAMED_ISLAND = re.compile(r"\b[A-Z][\w'-]* [Ii]sland\b")  # "Kinmen Island", "Jeju island": an island of its own name


@dataclass(eq=False)
class Ref:
    """An actor while the article is read."""

    id: str
    name: str
    kind: str
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    wikidata: str | None = None
    gender: str | None = None
    roles: list[str] = field(default_factory=list)
    role_texts: list[RoleText] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)
    kb: object = None
    last_seen: int = -1
    last_spoke: int = -1
    last_subject: int = -1
    main_subject_sent: int = -1  # start of the sentence whose main clause it was last subject of
    main_subject_pos: int = -1
    last_token: object = None  # spaCy Token: the root of its last mention
    pron_gender: str | None = None  # from the pronouns resolved to it (softer than ``gender``)
    unsure: str | None = None  # ORG | PLACE | NAME: a name of a person's shape not tagged as one
    sent_first: bool = False  # its last mention was the first person named in its sentence

    @property
    def name_parts(self) -> set[str]:
        return {p.lower() for p in _SPACES.split(self.name) if p}

    def add(self, start: int, end: int, text: str, metonym: bool = False) -> None:
        if not any(m.start == start and m.end == end for m in self.mentions):
            self.mentions.append(Mention(start, end, text, metonym))
        self.last_seen = max(self.last_seen, start)

    def to_actor(self) -> Actor:
        aliases = sorted(a for a in self.aliases if a and a != self.name)
        mentions = sorted(self.mentions, key=lambda m: m.start)
        return Actor(self.id, self.name, self.kind, self.country, self.sector, self.code,
                     list(dict.fromkeys(self.roles)), aliases, mentions, self.wikidata)


class ActorStage:
    name = "actors"
    requires = ("doc", "segments")
    assigns = ("actors",)

    def __init__(self, kb: KnowledgeBase | None = None):
        self.kb = kb
        _load_tables(kb)

    def __call__(self, article: Article) -> Article:
        kb = self.kb or KnowledgeBase.default()
        article.actors = Reader(article, kb).read()
        return article


class Reader:
    """Reads one article's candidate mentions in order and builds its actors."""

    def __init__(self, article: Article, kb: KnowledgeBase):
        self.article = article
        self.kb = kb
        self.day = article.published
        self.refs: dict[str, Ref] = {}
        self._starts: list[int] | None = None
        self._page: pronoun_features.Page | None = None
        self.first_person: Ref | None = None
        self.latent: dict[str, Ref] = {}  # unsure names: people only once a pronoun refers to them
        self.ahead: dict[int, list[Cand]] = {}  # pronouns waiting for the subject they look ahead to
        self._found: list[Cand] = []  # all candidates, in order
        self._names: list[Cand] = []  # the names among the candidates, in order
        self._name_starts: list[int] = []  # their first tokens' indices (in order too)
        self._home: object = False  # the article's home state entry (home_state.py), once asked
        self._state_counts: tuple[Counter, Counter] | None = None  # namings of each state (state_counts)
        self._lead_state: object = False  # the state the lead's subject names (home_state.py), once asked
        self._tagged_surnames: set[str] | None = None  # last words of the names tagged as people

    def read(self) -> list[Actor]:
        found = self.candidates()
        self._found = found
        self._names = [c for c in found if c.label in _NAME_LABELS]
        self._name_starts = [c.span.start for c in self._names]
        for cand in found:
            self.resolve(cand)
        self.resolve_collective_states()
        self.resolve_groups()
        self.resolve_its()
        self.resolve_org_heads()
        owners = groups.Owners(self.article.doc, [(m.start, m.end, r) for r in self.refs.values()
                                                          for m in r.mentions])
        self.resolve_nominals(owners)
        self.resolve_plural_people(owners)
        self.merge_acronyms()
        self.merge_surnames()
        return [r.to_actor() for r in self.refs.values() if r.mentions]

    def candidates(self) -> list[Cand]:
        tagged = self.join_split_names(entity_candidates(self.article, self.kb))
        ents = trim_headline_names(self.article, self.kb, tagged)
        nicknames = nickname_words(self.article.doc)  # "Rocket Man" of 'called Kim "Rocket Man"'
        taken = {t.i for c in ents for t in c.span} | cut_words(self.article, tagged, ents) | nicknames
        more = kb_candidates(self.article, self.kb, taken)
        names = ents + more
        names = with_elided_states(self.article.doc, self.kb, names)  # "the North" for North Korea
        institutions = institution_candidates(self.article, self.kb, names)
        names = replace_with_institutions(names, institutions)
        taken = {t.i for c in names for t in c.span} | nicknames
        found = names + pronoun_candidates(self.article)
        found += description_candidates(self.article, self.kb, taken)
        taken |= {t.i for c in found for t in c.span}
        found += unowned_institutions(self.article, self.kb, taken, lambda: self.home(names), names)
        taken |= {t.i for c in found for t in c.span}
        found += self.untagged_office_holders(taken)
        taken |= {t.i for c in found for t in c.span}
        found += trim_headline_names(self.article, self.kb, name_candidates(self.article, taken))
        exercises = exercise_names(self.article.doc)  # "Freedom Shield", tagged as a person: no one
        found = [c for c in found if not exercise_person(c, exercises)]
        return sorted(found, key=lambda c: (c.start, -c.end))

    def untagged_office_holders(self, taken: set[int]) -> list[Cand]:
        """"Trump met Kim in Hanoi", "Rice said": a sentence's first word, read as a noun and
        tagged as nothing, that is the subject and the family name of the one office holder of
        the day it can be (office_holder): that person."""
        out = []
        for sent in self.article.doc.sents:
            tok = sent[0]
            if (tok.i in taken or tok.ent_type_ or tok.pos_ not in ("NOUN", "PROPN") or not tok.text[:1].isupper()
                    or not tok.text[1:].islower() or tok.dep_ not in ("nsubj", "nsubjpass")):
                continue
            if self.kb.office_holders_named(tok.text, self.day) and self.office_holder(sent[:1], tok.text):
                span = sent[:1]
                span.label_ = "PERSON"
                out.append(Cand(span, "PERSON"))
        return out

    def home(self, names: list[Cand] | None = None):
        """The article's home state (home_state.py), worked out once, when first needed."""
        if self._home is False:
            people = [c.span for c in (names if names is not None else self._names) if c.label == "PERSON"]
            self._home = home_state(self.article.doc, self.kb, self.day, people)
        return self._home

    def lead_state(self) -> str | None:
        """The state the lead's subject names (home_state.lead_subject_state), worked out once."""
        if self._lead_state is False:
            self._lead_state = lead_subject_state(self.article.doc, self.kb)
        return self._lead_state

    def local_home(self, span):
        """The state of the capital the span is placed in ("the Foreign Ministry in Tokyo", "In
        Taipei, the defence ministry said"; home_state.placed_state), else the article's home state."""
        return (placed_state(span, self.kb) if span is not None else None) or self.home()

    def join_split_names(self, ents: list[Cand]) -> list[Cand]:
        """"Valeska Paris": a given name the tagger split from a surname that is a capital city
        ("Valeska" + "Paris") is one person's name: a person-shaped word no table knows, then,
        after one space, a one-word name the knowledge base knows only as a capital."""
        out: list[Cand] = []
        for cand in ents:
            last = out[-1] if out else None
            if last is not None and self.split_name(last, cand):
                span = cand.span.doc[last.span.start : cand.span.end]
                span.label_ = "PERSON"
                out[-1] = Cand(span, "PERSON")
                continue
            out.append(cand)
        return out

    def split_name(self, first: Cand, second: Cand) -> bool:
        a, b = first.span, second.span
        if len(a) != 1 or len(b) != 1 or a.end != b.start or a[0].whitespace_ != " ":
            return False
        if first.label not in ("PERSON", "GPE", "LOC", "ORG") or second.label not in ("GPE", "LOC", "ORG"):
            return False
        if a[0].pos_ != "PROPN" or b[0].pos_ != "PROPN" or not _person_shaped(a, self.kb):
            return False
        if _person_shaped(b, self.kb) and not is_place_name(b.text, cities=True) and self.described_after(b):
            return True  # "Hideki Okuzono, a professor at ...": tagged a place and a firm
        if second.label == "ORG":
            return False
        if is_place_name(a.text, cities=True):
            return False
        found = self.kb.lookup(b.text)
        return bool(found) and all(via == "metonym" for _e, via in found)

    def described_name(self, cand: Cand) -> bool:
        """Two or three name-shaped words no table knows, not a place's name, followed by a
        person's title in apposition: a person's name, whatever the tagger said."""
        words = cand.text.split()
        return (2 <= len(words) <= 3 and _person_shaped(cand.span, self.kb)
                and not is_place_name(cand.text, cities=True) and self.described_after(cand.span))

    def described_after(self, span) -> bool:
        """A comma and a person's title or noun within a few words after ``span`` (an apposition:
        ", a professor at", ", the group's leader"), before any other punctuation."""
        doc = span.doc
        if span.end >= len(doc) or doc[span.end].text != ",":
            return False
        for tok in doc[span.end + 1 : span.end + 6]:
            if tok.is_punct:
                return False
            word = tok.lemma_.lower()
            if tok.pos_ == "NOUN" and (word in person_nouns() or self.kb.sector_for_title(word)):
                return True
        return False

    def surname_over_capital(self, cand: Cand) -> bool:
        """"Paris claims ...", once Valeska Paris is named: a capital's name that is a person's
        surname in this article is that person where it acts (not after "in", "to", "from")."""
        name = _name(cand.text)
        if " " in name or name.lower() not in self.surnames():
            return False
        found = self.kb.lookup(name)
        if not found or any(via != "metonym" for _e, via in found):
            return False
        i = cand.span.start
        return not (i > 0 and cand.span.doc[i - 1].lower_ in _PLACE_PREPS)

    def office_holder_mistagged(self, cand: Cand) -> bool:
        """A one-word name tagged as a place or organisation that no table knows but that is
        the family name of an office holder of the day ("Lavrov", "Pompeo" opening a sentence):
        that person where it acts (not after "in", "to", "from")."""
        name = _name(cand.text)
        if " " in name or not name[:1].isupper() or self.kb.lookup(name):
            return False
        i = cand.span.start
        if i > 0 and cand.span.doc[i - 1].lower_ in _PLACE_PREPS:
            return False
        if not self.kb.office_holders_named(name, self.day):
            return False  # most names: one dictionary look, before the title and place checks
        return self.office_holder(cand.span, name) is not None and not is_place_name(name, cities=True)

    # -- dispatch -------------------------------------------------------------------------
    def resolve(self, cand: Cand) -> None:
        handler = {
            "PERSON": self.person,
            "PRON": self.pronoun,
            "DESC": self.description,
            "ANAPHOR": self.state_anaphor,
            "ORG": self.organization,
            "FAC": self.organization,
            "NAME": self.unsure_name,
        }.get(cand.label, self.place_name)
        if cand.label in ("GPE", "LOC", "KB") and self.surname_over_capital(cand):
            handler = self.surname_person
        elif cand.label not in ("PERSON", "PRON", "DESC", "ANAPHOR") and self.names_person(cand):
            handler = self.person  # "Mohamed" tagged as a place, once the article named Ahmed Mohamed
        elif cand.label in ("GPE", "LOC", "ORG") and self.office_holder_mistagged(cand):
            handler = self.person  # "Lavrov said Moscow would answer": the minister, not a state
        elif cand.label == "NORP" and " " not in cand.text and self.titled_office_holder(cand.span, cand.text):
            handler = self.person  # "Acting President Han" tagged as the Han people
        elif cand.label in ("GPE", "LOC", "ORG") and self.described_name(cand):
            handler = self.person  # "Hong Min, a senior researcher at ...", tagged as a place
        elif cand.label in ("PERSON", "ORG", "FAC") and self.is_place(cand):
            return  # "Panmunjom", "Camp David", "the Amur": places are never people or organisations
        elif cand.label == "PERSON" and _name(cand.text).lower() in peoples():
            return  # "Tamil rebels", "Uighur militants": a people's word, its group is the events stage's
        ref = handler(cand)
        if ref is None or self.article.in_credit(cand.start):
            return
        self.claim_ahead(ref, cand)
        token = cand.span.root
        ref.sent_first = self.first_in_sentence(ref, token)
        ref.last_token = token
        if ref.kind == "person" and ref.unsure is None and self.first_person is None:
            self.first_person = ref
        if coref.is_subject(token):
            ref.last_subject = cand.start
        if coref.is_main_subject(token):
            ref.main_subject_sent, ref.main_subject_pos = token.sent.start_char, cand.start
        if coref.speaks(token):
            ref.last_spoke = cand.start

    def first_in_sentence(self, ref: Ref, token) -> bool:
        start = token.sent.start
        return not any(r is not ref and r.last_token is not None and start <= r.last_token.i < token.i
                       for r in self.refs.values() if r.kind == "person")

    def context(self, span) -> coref.Context:
        sent_start = span.sent.start_char
        starts = self.sentence_starts()
        i = bisect_left(starts, sent_start)  # the last sentence outside credits before this one
        return coref.Context(span.root, span.start_char, sent_start, starts[i - 1] if i else -1)

    def page(self) -> pronoun_features.Page:
        if self._page is None:
            title_end = next((s.end for s in self.article.segments if s.kind == "title"), 0)
            self._page = pronoun_features.Page(self.article.doc, title_end)
        return self._page

    def resolve_groups(self) -> None:
        """Plural pronouns, group phrases and a quote's "I" (groups.py), once all are read."""
        doc, page = self.article.doc, self.page()
        people = groups.Owners(doc, [(m.start, m.end, r) for r in self.refs.values()
                                     if r.kind == "person" for m in r.mentions])
        phrases = groups.group_phrases(doc, page, people, self.nation_states, self.state_refs)
        found = [*groups.first_person(doc, page, people), *groups.plural_pronouns(doc, page, people, phrases), *phrases]
        for span, refs in found:
            if not self.article.in_credit(span.start_char):
                for ref in refs:
                    ref.add(span.start_char, span.end_char, span.text)

    def nation_states(self, words: str) -> tuple[str, ...]:
        """The states an adjective of nationality names: several for one they share ("Korean"),
        else the state whose demonym it is ("American"), else none."""
        shared = shared_demonyms().get(words)
        if shared:
            return shared
        return tuple(e.id for e, via in self.kb.lookup(words) if e.kind == "state" and via == "demonym")

    def state_refs(self, codes) -> list[Ref]:
        """The actors of these states (their codes), for a phrase that names each of them."""
        return [self.from_kb(e) for e in (self.kb.state(c) for c in codes) if e is not None]

    def resolve_collective_states(self) -> None:
        """ "The two Koreas agreed to reopen the hotline": a name in the plural for several states
        (lexicon/collective_states.csv) is a mention of each member state."""
        for match in _collective_states_pattern().finditer(self.article.text):
            if self.article.in_credit(match.start()):
                continue
            for code in collective_states()[_collective_key(match.group(0))]:
                entry = self.kb.state(code)
                if entry is not None:
                    self.from_kb(entry).add(match.start(), match.end(), match.group(0))

    def resolve_its(self) -> None:
        """"its" after a state or an organisation that is the subject of its clause, and "it" in
        what such a body says (its.py)."""
        doc = self.article.doc
        lowers = column(doc, LOWER)  # the words' string ids: no Token made for the others
        if not any(doc[i].lower_ in ("it", "its") for i, lower in enumerate(lowers) if lower in its._IT_IDS):
            return
        bodies = groups.Owners(doc, [(m.start, m.end, r) for r in self.refs.values()
                                     if r.kind in ("state", "organization") and r.unsure is None for m in r.mentions])
        for span, ref in its.its_owners(doc, self.page(), bodies.of):
            if not self.article.in_credit(span.start_char):
                ref.add(span.start_char, span.end_char, span.text)

    def resolve_org_heads(self) -> None:
        """"the NIS chief", "the JCS chairman", "the Pentagon chief": the person who heads the
        organisation named before the title on the article's day (org_heads.csv): the one person of
        the text holding that office, else the knowledge base's one holder of the day; nobody where
        neither is known (the words stay the organisation's)."""
        doc, heads = self.article.doc, org_heads()
        tags = column(doc, POS)  # no Token made for the words that are no noun
        for token in [doc[i] for i, pos in enumerate(tags) if pos == NOUN]:
            if token.lemma_.lower() not in _HEAD_NOUNS or token.pos_ != "NOUN" or self.article.in_credit(token.idx):
                continue
            lefts = list(token.lefts)
            if not lefts or lefts[0].lower_ != "the" and lefts[0].dep_ != "poss" or any(c.dep_ == "appos" for c in token.children):
                continue  # "the NIS chief", "the Pentagon's chief"; not "NIS chief Cho Tae-yong" (the name says who)
            if self.owner_of(token) is not None or token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN":
                continue
            if any(t.lower_ in _PAST_WORDS for t in doc[token.left_edge.i : token.i]) or any(
                    c.dep_ == "prep" and c.lower_ == "of" for c in token.rights):
                continue  # "the former NIS chief", "the CIA head of station": not who heads it that day
            org = next((r for c in lefts if c.dep_ in ("compound", "poss") and (r := self.owner_of(c)) is not None), None)
            if org is None or org.kind != "organization" or org.id not in heads:
                continue
            holder = self.holder_of_office(heads[org.id])
            if holder is not None:
                span = doc[token.left_edge.i : token.i + 1]
                holder.add(span.start_char, span.end_char, span.text)

    def holder_of_office(self, title: str) -> Ref | None:
        """Who holds the office ``title`` (as roles.csv writes it) on the article's day: the one
        person of the text the knowledge base gives it, else its one holder of the day."""
        named = [r for r in self.refs.values() if r.kind == "person" and r.kb is not None
                 and any(role.title == title and role.holds_on(self.day) for role in r.kb.roles)]
        if named:
            return named[0] if len(named) == 1 else None
        holders = [e for e in self.kb.holders(title, None, self.day)
                   if any(role.title == title and role.holds_on(self.day) for role in e.roles)]
        return self.from_kb(holders[0]) if len(holders) == 1 else None

    def resolve_nominals(self, owned: groups.Owners) -> None:
        """"the student", "the boy", "the 45-year-old": a person named just before (nominals.py)."""
        doc = self.article.doc
        found = nominals.descriptions(doc, lambda t: owned.of(t) is not None or self.article.in_credit(t.idx))
        if not found:
            return
        page = self.page()
        people = [r for r in self.refs.values() if r.kind == "person"]
        starts = column(doc, IDX)  # the tokens' offsets, read once per doc

        def sentence_of(offset: int) -> int:
            return page.sentence[max(0, bisect_left(starts, offset + 1) - 1)]

        for token in found:
            ref = nominals.referent(token, people, sentence_of, lambda r, w: self.described(r, w))
            if ref is not None:
                span = doc[token.left_edge.i : token.i + 1]
                state = self.described_state(span)
                if state is not None and ref.country != state.country:
                    continue  # "the Iranian president" is no Kim, however recently Kim was named
                ref.add(span.start_char, span.end_char, span.text)
                for t in span:
                    owned.owner.setdefault(t.i, ref)

    def described(self, ref: Ref, word: str) -> bool:
        """Did the text call this person by this noun: in a title ("Texas student Ahmed Mohamed"),
        an apposition ("Mohamed, a student") or a role ("the spokesman")?"""
        if any(r.title == word for r in ref.role_texts) or any(_title_head(r) == word for r in ref.roles):
            return True  # the head of a title: "the general" is no "General Secretary"
        doc = self.article.doc
        for m in ref.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            before = doc[max(0, span.start - 3) : span.start]
            while len(before) and any(t.pos_ == "ADP" for t in before):  # not "spokesman for President X"
                before = before[1:]
            near = [*before, *(c for c in span.root.children if c.dep_ == "appos")]
            if any(t.lower_ == word or t.lemma_.lower() == word for t in near):
                return True
        return False

    def resolve_plural_people(self, owners: groups.Owners) -> None:
        """Unnamed groups of people, their plural pronouns and a quote's "we" (plural_people.py)."""
        doc, page = self.article.doc, self.page()
        found, heads = plural_people.find_groups(doc, owners, self.article.in_credit)
        pronouns_of: dict[int, list] = {}
        for span, group in plural_people.plural_pronouns(doc, page, owners, heads):
            pronouns_of.setdefault(id(group), []).append(span)
        told: dict[str, int] = {}  # lemma -> its phrases and pronouns, all its groups together
        for group in found.values():
            told[group.lemma] = told.get(group.lemma, 0) + len(group.spans) + len(pronouns_of.get(id(group), []))
        for group in found.values():
            spans = group.spans + pronouns_of.get(id(group), [])
            if told[group.lemma] < 2 and not plural_people.speaks(group):
                continue  # a group the text never comes back to, nor quotes, stays a phrase; the groups
                # of one word that different states' phrases split ("U.S. soldiers ... Nigerian soldiers") stay
            ref = self.body_of(group, owners) or self.group_ref(group)
            for span in sorted(spans, key=lambda s: s.start):
                ref.add(span.start_char, span.end_char, span.text)
                for token in span:
                    owners.owner.setdefault(token.i, ref)
        for span, speaker in plural_people.first_singular(doc, page, owners):
            speaker.add(span.start_char, span.end_char, span.text)
        for span, speaker in plural_people.first_plural(doc, page, owners):
            side = self.side_of(speaker)
            side.add(span.start_char, span.end_char, span.text)

    def body_of(self, group, owners: groups.Owners) -> Ref | None:
        """The international body a group of state officials is named by: "the G7 foreign
        ministers", "ministers from the Group of Seven", "Southeast Asian ministers" (ASEAN, by
        region_bodies.csv) are that body acting, not ministers of no state. The first of the
        group's phrases that names anyone decides; people of no state office ("EU citizens") and
        ministers of a state or of several ("ministers of Japan and the EU") are none."""
        if group.sector not in _STATE_SECTORS:
            return None
        for span in group.spans:
            words = [t for t in span[:-1] if not t.is_punct]
            for t in reversed(span[:-1]):  # "(City News)--Trade ministers": the words after a dateline
                if t.is_punct or not _WORD.fullmatch(t.text):
                    words = [w for w in words if w.i > t.i]
                    break
            words += [t for c in span.root.children if c.dep_ == "prep" and c.lower_ in ("of", "from")
                      for t in c.subtree if t.i > c.i and t.pos_ != "DET"]
            body, inside = self.body_in(words)
            named = list(dict.fromkeys(r for t in words if (r := owners.of(t)) is not None and t.i not in inside
                                       and (body is None or r.kind in ("state", "person"))))
            if body is not None and not named:
                return self.from_kb(body)
            if named:
                return named[0] if len(named) == 1 and named[0].sector == "IGO" else None
            text = " ".join(t.lower_ for t in words).replace(" - ", "-")
            for adjective, key in region_bodies().items() if group.sector in ("GOV", "MIL") else ():
                if re.search(rf"(^| ){re.escape(adjective)}( |$)", text) and (entry := self.kb.entry(key)) is not None:
                    return self.from_kb(entry)  # "Southeast Asian ministers", not "... lawmakers"
        return None

    def body_in(self, tokens):
        """The longest run of tokens naming an international body ("Group of Seven" in "the Group of
        Seven industrial nations"): its knowledge-base entry and the indices of its tokens, else (None, set())."""
        for width in range(min(len(tokens), 5), 0, -1):
            for i in range(len(tokens) - width + 1):
                chunk = " ".join(t.text for t in tokens[i : i + width]).replace(" - ", "-")
                found = [e for e, _via in self.kb.lookup(chunk) if e.kind == "organization" and e.sector == "IGO"]
                if found:
                    return found[0], {t.i for t in tokens[i : i + width]}
        return None, set()

    def group_ref(self, group) -> Ref:
        """The actor of an unnamed group of people, with the country its words name if any: the
        first of its phrases to name one ("girls ... Afghan girls": Afghanistan's)."""
        head = group.spans[0]
        based = next((b for span in group.spans if len(span) > 1 and (b := self.state_in(list(span)[:-1]))), None)
        country = based[1].country if based else None
        key = f"group-{(country or 'x').lower()}-{group.sector.lower()}-{group.lemma}"
        ref = self.refs.get(key) or self.new_ref(key, head.text, "group")
        ref.country, ref.sector, ref.code = country, group.sector, f"{country or ''}{group.sector}"
        return ref

    def side_of(self, speaker: Ref) -> Ref:
        """Whom a speaker's "we" stands for: an organisation, state or group itself; a person's
        organisation named in the person's role; a state's official's state; else the person's
        group."""
        if speaker.kind != "person":
            return speaker
        for role in speaker.role_texts:
            owner = self.owner(role.of_tokens)
            if owner is not None and owner.kind == "organization":
                return owner
        sector = speaker.sector or next((s for r in speaker.role_texts if (s := self.kb.sector_for_title(r.title))),
                                        None)  # a known person's title in the text ("Home Secretary X")
        if speaker.country and sector in _STATE_SECTORS:
            entry = self.kb.state(speaker.country)
            if entry is not None:
                return self.from_kb(entry)
        key = f"{speaker.id}-side"
        ref = self.refs.get(key)
        if ref is None:
            ref = self.new_ref(key, f"{speaker.name} and others", "group")
            ref.country, ref.sector, ref.code = speaker.country, speaker.sector, speaker.code
        return ref

    def sentence_starts(self) -> list[int]:
        """Starts of the sentences outside credits, in order (once per article, not per mention)."""
        if self._starts is None:
            starts = [s.start for s in self.article.sentences if not self.article.in_credit(s.start)]
            self._starts = starts if starts == sorted(starts) else sorted(set(starts))
        return self._starts

    # -- people ---------------------------------------------------------------------------
    def person(self, cand: Cand) -> Ref | None:
        span, gender = _strip_honorific(cand.span)
        if span is None:
            return None
        span = _strip_title(span, self.kb)  # "Spokeswoman Hua Chunying": the tagger took the title in
        span = _without_suffix(span, self.kb, self.day)  # "Robert Smith Jr.": known as Robert Smith
        name = _name(span.text)
        holder = self.birth_name_holder(span)
        if holder is not None:
            holder.aliases.add(name)  # "Ahn was born Priscilla Hartranft": one person
            holder.gender = holder.gender or gender or _given_name_gender(name)
            holder.add(cand.start, cand.end, cand.text)
            return holder
        found = self.kb.lookup(name)
        hits = [e for e, _via in found if e.kind == "person"]
        if found and not hits:  # "Kyiv" tagged as a person: a state's capital, or an organisation
            return self.place_name(cand)
        if hits:
            ref = self.from_kb(hits[0])
            if not any(_same_name(name, n) for n in (hits[0].name, *hits[0].aliases)):
                ref.aliases.add(name)  # "Yun Seok-yeol" for Yoon Suk Yeol: "Yun" is him too
            self.absorb_surname(ref, name)
        elif len(name.split()) >= 2 and name.split()[0].lower() in self.surnames() and not _given_after(name):
            return self.person(Cand(span[:1], "PERSON"))  # "the Warhol Polaroids": named after Warhol
        elif len(name.split()) >= 2:
            ref = self.refs.get(_slug(name)) or self.full_name_ending(name) or self.new_ref(_slug(name), name, "person")
            self.absorb_surname(ref, name)
        else:
            ref = self.surname(span, name)
            if ref is None and (entry := self.office_holder(span, name)) is not None:
                ref = self.from_kb(entry)
            if ref is None:
                ref = self.refs.get(_slug(name)) or self.new_ref(_slug(name), name, "person")
        ref.gender = ref.gender or gender or _given_name_gender(name)
        for role in roles_of(span, self.kb):
            self.add_role(ref, role)
        ref.add(cand.start, cand.end, cand.text)  # "Mr. Moon": the honorific is part of the words
        return ref

    def birth_name_holder(self, span) -> Ref | None:
        """The person read before whose birth name (or other name) this is: "Ahn was born
        Priscilla Hartranft", "Hall was born as Shirley Grossman", "Jones, born Mary Smith",
        "Roberto, known as Sanya Lopez"."""
        token = _birth_name_bearer(span)
        if token is None:
            return None
        start = token.idx
        found = [r for r in self.refs.values() if (r.kind == "person" or r.unsure)
                 and any(m.start <= start < m.end for m in r.mentions)]
        if len(found) != 1:
            return None
        self.promote(found[0])
        return found[0]

    def full_name_ending(self, name: str) -> Ref | None:
        """"Hirsi Ali" after "Ayaan Hirsi Ali", "De Peyster" after "Abraham de Peyster": a name of
        two or more words that ends the full name of exactly one person named before."""
        tail = name.lower().split()
        found = [r for r in self.refs.values() if r.kind == "person" and len(r.name.split()) > len(tail)
                 and r.name.lower().split()[-len(tail):] == tail]
        return found[0] if len(found) == 1 else None

    def surname_person(self, cand: Cand) -> Ref | None:
        """A surname that is also a capital's name, resolved as a surname (surname_over_capital)."""
        ref = self.surname(cand.span, _name(cand.text))
        if ref is not None:
            ref.add(cand.start, cand.end, cand.text)
        return ref

    def is_place(self, cand: Cand) -> bool:
        """A name the gazetteer knows as a site, a body of water, a region or a large city, that
        the knowledge base does not know as an actor (a URL counts as a place: a web address is
        never an organisation)."""
        name = _name(cand.text)
        if _URL.search(name):
            return True
        if self.kb.lookup(name):
            return False
        if cand.label == "PERSON" and " " not in name and name.lower() in self.surnames(family_first=True):
            return False
        if cand.label == "PERSON" and _given_name_here(cand.span, name):
            return False  # "Mary married ...", "letters from Farah": a given name, not the region
        if cand.label == "PERSON" and " " not in name and self.titled_office_holder(cand.span, name):
            return False  # "National Security Adviser Bolton", "Defense Secretary Austin": not the towns
        if cand.label == "FAC" or _site_named(name):
            return True  # "the Line of Control", "the Union Buildings": a site the knowledge base does not know as an actor
        return is_place_name(name, cities=cand.label != "PERSON" or self.city_after_preposition(cand, name))

    def city_after_preposition(self, cand: Cand, name: str) -> bool:
        """"will travel to Vladivostok", "arrived in Kazan": a one-word name tagged as a person, each
        time the article names it right after "to", "in", "at"..., is a large city's where no person
        of the article or office holder of the day bears it ("spoke to Austin" in 2022 is the
        defense secretary) and it is no given name ("married to Florence"). A name the article also
        uses otherwise ("apprehended Richardson") is the person's."""
        doc, i = cand.span.doc, cand.span.start
        if " " in name or i == 0 or doc[i - 1].lower_ not in _PLACE_PREPS or name in given_names():
            return False
        if any(t.i == 0 or doc[t.i - 1].lower_ not in _PLACE_PREPS for t in doc if t.text == name):
            return False
        return name.lower() not in self.surnames(family_first=True) and not self.kb.office_holders_named(name, self.day)

    def titled_office_holder(self, span, name: str) -> bool:
        """A family name after a title that a knowledge-base person of that name held on the day."""
        return (title_before(span, self.kb) is not None and bool(self.kb.office_holders_named(name, self.day))
                and self.office_holder(span, name) is not None)

    def names_person(self, cand: Cand) -> bool:
        """Is this name, tagged as something else, a name the article has given a person?"""
        name = _name(cand.text)
        if any(e.kind != "person" for e, _via in self.kb.lookup(name)):
            return False
        people = [r for r in self.refs.values() if r.kind == "person"]
        if " " not in name:
            # the first word too of a name of no known state: "Iizuka" of Iizuka Koichiro (family name first);
            # and one that speaks, the last word of a full name tagged as a person later ("Cerar said")
            speaks = coref.is_speech_subject(cand.span.root)
            first = {r.name.split()[0].lower() for r in people if r.country is None and r.kb is None and " " in r.name
                     } | self.tagged_surnames() if speaks else set()
            return cand.span.root.pos_ == "PROPN" and name.lower() in self.surnames(family_first=True) | first
        return any(name == r.name or name in r.aliases for r in people)

    def tagged_surnames(self) -> set[str]:
        """The last words of the full names the tagger calls people anywhere in the article: "Cerar"
        tagged as an organisation in the headline and the lead ("Cerar and Erjavec say ...", the lead's
        "the outgoing PM Miro Cerar" read apart) before "Miro Cerar" comes whole, tagged as a person."""
        if self._tagged_surnames is None:
            self._tagged_surnames = {c.span[-1].lower_ for c in self._names if c.label == "PERSON" and len(c.span) >= 2
                                     and c.span[-1].is_title and c.span[-1].is_alpha}
        return self._tagged_surnames

    def surnames(self, family_first: bool = False) -> set[str]:
        """The last words of the full names people have in the article so far; with
        ``family_first`` also the first word of Chinese and Korean names ("Kim" of Kim Jong-un)."""
        found = set()
        for r in self.refs.values():
            words = r.name.split()
            if r.kind == "person" and len(words) >= 2:
                found.add(words[-1].lower())
                if family_first and (r.country in FAMILY_NAME_FIRST or _korean_shaped(words)):
                    found.add(words[0].lower())
        return found

    def absorb_surname(self, ref: Ref, name: str) -> None:
        """"Braverman said ..." before "Home Secretary Suella Braverman": one person, once the full
        name comes, if exactly one person so far was called by that surname alone."""
        last = name.split()[-1].lower()
        alone = [r for r in self.refs.values() if r is not ref and r.kind == "person" and r.kb is None
                 and r.name.lower() == last]
        if len(alone) != 1:
            return
        old = alone[0]
        del self.refs[old.id]
        ref.aliases.add(old.name)
        ref.mentions.extend(old.mentions)
        ref.role_texts.extend(old.role_texts)
        ref.roles.extend(old.roles)
        ref.gender = ref.gender or old.gender
        for attr in ("last_seen", "last_spoke", "last_subject"):
            setattr(ref, attr, max(getattr(ref, attr), getattr(old, attr)))
        if old.main_subject_pos > ref.main_subject_pos:
            ref.main_subject_sent, ref.main_subject_pos = old.main_subject_sent, old.main_subject_pos

    def office_holder(self, span, name: str):
        """"President Trump" in 2019, "Xi" with no full name before: the knowledge-base person of
        a named office with that family name, in office at the publication date (or in the years
        just before). A title before or beside the name must be one the person held then; without
        one, the name must point to exactly one such person, and a family name many people bear
        ("Park", "Lee", "Khan") to a leader (president, prime minister, king...) in office that day."""
        found = self.kb.office_holders_named(name, self.day)
        roles = roles_of(span, self.kb)
        titles = [(t, r.past) for r in roles for t in (r.title, r.phrase)]
        if titles:  # "Secretary Pompeo": the title shortened to its office's words before "of"
            found = [e for e in found if any(self.kb.holds_title(e, t, day, past) for t, past in titles
                                             for day in self.news_days())
                     or any(not r.past and self.kb.holds_short_title(e, r.phrase, day) for r in roles
                            for day in self.news_days())]
        elif self.kb.common_family_name(name):  # a bare "Park" or "Lee" names a leader in office, or no one known
            found = self.most_leading([e for e in found if self.kb.leads_on(e, self.day)])
        elif len({e.id for e in found if any(r.title and r.holds_on(self.day) for r in e.roles)}) == 1:
            found = found[:1]  # one in office that day, others out of office since
        if len(found) > 1 and not titles:  # "Trump" of a president and his adviser: news calls the leader by the name alone
            leaders = [e for e in found if self.kb.led_lately(e, self.day)]
            found = leaders if len(leaders) == 1 else found
        return found[0] if len(found) == 1 else None

    def news_days(self) -> tuple:
        """The days a title before a name may be held on: the publication day, else a week before
        it (news tells of the days before: "Acting President Han said on Thursday", published the
        day after he was removed)."""
        return (self.day,) if not self.day else (self.day, _week_before(self.day))

    def most_leading(self, leaders: list) -> list:
        """"Kim" in 2018, of Kim Jong-un (supreme leader, party and commission chairman) and Kim
        Yong-nam (head of the assembly's presidium): the one holding the most leading offices that
        day, where one holds more than the others."""
        counts = [self.kb.leading_offices(e, self.day) for e in leaders]
        top = [e for e, n in zip(leaders, counts, strict=True) if n == max(counts, default=0)]
        return top if len(top) == 1 else leaders

    def surname(self, span, name: str) -> Ref | None:
        word = name.lower()
        people = [r for r in self.refs.values() if r.kind == "person" and word in _name_keys(r)]
        ctx = self.context(span)
        if len(people) < 2:
            return coref.choose(people, ctx, pronoun=False)
        return (self.titled_among(people, span) or coref.in_focus(people, ctx) or self.leader_among(people, span)
                or _named_in_full_last(people, span) or _named_for_itself(people, span) or _main_bearer(people)
                or coref.choose(people, ctx, pronoun=False))

    def titled_among(self, people: list[Ref], span) -> Ref | None:
        """"Ambassador Kim" after Sung Kim and Kim Jong Un, "Governor Koike", "Minister Park": of
        several people the family name may be, the one who holds or held the office the title
        before the name names (in the knowledge base, or as the article gave it: a former
        ambassador stays "Ambassador Kim"), where exactly one does."""
        title = title_before(span, self.kb)
        if title is None:
            return None
        def held(ref: Ref) -> bool:
            if any(r.title == title.title for r in ref.role_texts):
                return True
            return ref.kb is not None and ref.kb.kind == "person" and any(
                self.kb.holds_title(ref.kb, words, day, past) for words in (title.title, title.phrase)
                for day in self.news_days() for past in (False, True))
        found = [r for r in people if held(r)]
        return found[0] if len(found) == 1 else None

    def leader_among(self, people: list[Ref], span) -> Ref | None:
        """"KCNA said Kim had a candid talk", after Kim Jong-un and a spokesman Kim Eui-kyeom: of
        several people a bare family name may be, with none in focus and the name neither a
        speaker nor the subject of its sentence's main clause ("Kim gave an affirmative response"
        is the interviewee), the only one in a leading office that day (news names a leader by
        the family name alone, others by full name or role)."""
        if coref.is_speech_subject(span.root) or coref.is_main_subject(span.root):
            return None
        leaders = [r for r in people if r.kb is not None and r.kb.kind == "person" and self.kb.leads_on(r.kb, self.day)]
        return leaders[0] if len(leaders) == 1 and len(people) > 1 else None

    def pronoun(self, cand: Cand) -> Ref | None:
        token = cand.span[0]
        gender = pronouns()[token.lower_]["gender"] or None
        speech = quoted.speech(token, self.page()) if self.page().quoted[token.i] else None
        if speech is not None and speech.topic is not None:
            return self.quote_topic(cand, gender, speech.topic)
        if self.look_ahead(cand):
            return None
        people = [r for r in self.refs.values() if r.kind == "person" and coref.compatible(r, gender)]
        if speech is not None:
            speakers = self.speakers(speech.speaker, token)
            people = [r for r in people if r not in speakers]
        elif (named := self.named_in_its_quote(token)):
            people = [r for r in people if r not in named] or people
        partner = self.conjoined_person(token)
        ref = partner if partner in people else self.rank_pronoun(cand, gender, people)
        if ref is not None:
            self.promote(ref)
            ref.pron_gender = ref.pron_gender or gender
            ref.add(cand.start, cand.end, cand.text)
        return ref

    def conjoined_person(self, token) -> Ref | None:
        """"John Berg or his half brother", "the envoy Ana Soto and her aide": a possessive pronoun right
        after "and" / "or" that follows a person's name, on a noun joined to a phrase before, is that
        person's; not where the phrase opens a clause of its own ("X and his work concentrated on")."""
        doc, noun = token.doc, token.head
        while noun.dep_ == "compound" and noun.head.i != noun.i:  # "his half brother Olaf Lund"
            noun = noun.head
        if token.dep_ != "poss" or noun.dep_ != "conj" or token.i < 2 or doc[token.i - 1].lower_ not in ("and", "or"):
            return None
        after = noun.right_edge.i + 1
        if after < len(doc) and doc[after].tag_ in FINITE_TAGS:
            return None
        ref = self.owner_of(doc[token.i - 2])
        return ref if ref is not None and ref.kind == "person" else None

    def named_in_its_quote(self, token) -> list[Ref]:
        """'"I want to hug Megumi ...," she told Kishida': the people a direct quote names by
        name, when the pronoun is the subject of the speech verb next to it. No one names himself
        in his own words, so the pronoun is none of them (not Megumi, named before as the
        speaker's daughter)."""
        if token.dep_ != "nsubj" or token.head.lemma_.lower() not in speech_verbs():
            return []
        doc, page = token.doc, self.page()
        close = next((j for j in range(token.i - 1, max(token.i - 4, -1), -1) if doc[j].text in quoted.QUOTE_MARKS), None)
        if close is None or any(not doc[j].is_punct for j in range(close + 1, token.i)):
            return []
        opening = next((j for j in range(close - 1, max(close - 200, -1), -1) if doc[j].text in quoted.QUOTE_MARKS), None)
        if opening is None or not all(page.quoted[j] for j in range(opening + 1, close)):
            return []
        lo, hi = doc[opening].idx, doc[close].idx
        return [r for r in self.refs.values() if r.kind == "person" and any(
            lo < m.start and m.end <= hi and m.text[:1].isupper() and m.text.lower() not in pronouns() for m in r.mentions)]

    def quote_topic(self, cand: Cand, gender: str | None, topic) -> Ref | None:
        """'"He was unprepared," Bolton said of Trump': a he or she inside the quote is the person
        the speech verb is said of (quoted.py); named later, the pronoun waits for that name."""
        if topic.i > cand.span[0].i:
            self.ahead.setdefault(topic.i, []).append(cand)
            return None
        ref = self.owner_of(topic)
        if ref is None or not (ref.kind == "person" or ref.unsure) or not coref.compatible(ref, gender):
            return None
        return ref

    def speakers(self, subject, pron) -> list[Ref]:
        """The people the subject of a quote's speech verb is or will be read as: its owner when
        read before the pronoun; when named after it, the people of that name; when a pronoun
        after it ('"...," he said'), the running speaker it will be read as (coref.py)."""
        if subject is None:
            return []
        if subject.i < pron.i:
            found = self.owner_of(subject)
            return [found] if found is not None else []
        if subject.pos_ == "PRON":
            spoke = [r for r in self.refs.values() if r.kind == "person" and r.last_spoke >= 0]
            return [max(spoke, key=lambda r: r.last_spoke)] if spoke else []
        words = _speaker_name(subject)
        return [r for r in self.refs.values() if r.kind == "person" and words and _named(r, words)]

    def owner_of(self, token) -> Ref | None:
        """The actor a mention read so far covers ``token`` with."""
        at = token.idx
        return next((r for r in self.refs.values() if any(m.start <= at < m.end for m in r.mentions)), None)

    def look_ahead(self, cand: Cand) -> bool:
        """Keep a pronoun of a fronted phrase for the subject after it (coref.fronted_subject)."""
        subject = coref.fronted_subject(cand.span[0])
        if subject is None:
            return False
        self.ahead.setdefault(subject.i, []).append(cand)
        return True

    def claim_ahead(self, ref: Ref, cand: Cand) -> None:
        for i in range(cand.span.start, cand.span.end):
            for pron in self.ahead.pop(i, ()):
                gender = pronouns()[pron.span[0].lower_]["gender"] or None
                if (ref.kind == "person" or ref.unsure) and coref.compatible(ref, gender):
                    self.promote(ref)
                    ref.mentions.append(Mention(pron.start, pron.end, pron.text))

    def unsure_people(self, gender: str | None) -> list[Ref]:
        """Names of a person's shape that spaCy did not tag as people (see unsure_name)."""
        orgs = [r for r in self.refs.values() if r.unsure and r.kind == "organization"]
        return [r for r in [*orgs, *self.latent.values()] if coref.compatible(r, gender)]

    def promote(self, ref: Ref) -> None:
        """A pronoun refers to an unsure name: it is a person."""
        if ref.unsure is None:
            return
        ref.unsure, ref.kind, ref.sector, ref.code = None, "person", None, None
        if self.latent.get(ref.id) is ref:
            del self.latent[ref.id]
            if ref.id in self.refs:
                ref.id = f"{ref.id}-person"
            self.refs[ref.id] = ref

    def unsure_name(self, cand: Cand, label: str = "NAME") -> Ref | None:
        """A name of a person's shape that is no actor yet: kept aside, a person once a he or she
        refers to it ("Oliveira defeated Otis Griffin ... his"), else never shown. A place is never
        one."""
        if honoured_name(cand.span, self.kb):
            return self.person(Cand(cand.span, "PERSON"))  # "Miss Doublefinger": a person's name
        if not _person_shaped(cand.span, self.kb):
            return None
        name = _name(cand.text)
        if _acts_as_person(cand.span):
            return self.acting_person(cand, self.latent.get(_slug(name)))  # "Frei was born", "Bethan's husband"
        if " " not in name and coref.is_speech_subject(cand.span.root) and self.names_a_part_of_someone(name):
            return self.person(Cand(cand.span, "PERSON"))  # "Iizuka said" after "Iizuka Koichiro, who ..."
        if label == "NAME" and _acts_as_given_name(cand.span, name):
            return self.person(Cand(cand.span, "PERSON"))  # "Noreen returns", "Ann goes": no tag said place
        if self.is_place(cand):
            return None
        if _acts_as_given_name(cand.span, name):
            return self.person(Cand(cand.span, "PERSON"))  # "irking his moll Vivian"
        ref = self.latent.get(_slug(name)) or self.promoted(name)
        if ref is None:
            ref = Ref(_slug(name), name, "person", unsure=label, gender=_given_name_gender(name))
            self.latent[ref.id] = ref
        ref.add(cand.start, cand.end, cand.text)
        return ref

    def names_a_part_of_someone(self, name: str) -> bool:
        """One word that is the first or last word of the name of a person read before, a name
        the tagger did not tag ("Iizuka Koichiro, who heads ...", a person for its "who")."""
        return any(r.kind == "person" and r.unsure is None and len(words := r.name.split()) >= 2
                   and name in (words[0], words[-1]) for r in self.refs.values())

    def promoted(self, name: str) -> Ref | None:
        """The person an unsure name of these words became once a pronoun referred to it: the
        same words again ("Klara ... her ... Klara") are that person, not a new unsure name."""
        ref = self.refs.get(f"{_slug(name)}-person") or self.refs.get(_slug(name))
        return ref if ref is not None and ref.kind == "person" and ref.name == name else None

    def acting_person(self, cand: Cand, unsure: Ref | None) -> Ref | None:
        """A name that does what only people do (_acts_as_person) is a person: the unsure name
        read before under that name becomes one, else the name is read as a person's."""
        if unsure is None:
            return self.person(Cand(cand.span, "PERSON"))
        self.promote(unsure)
        unsure.add(cand.start, cand.end, cand.text)
        return unsure

    def rank_pronoun(self, cand: Cand, gender: str | None, people: list[Ref]) -> Ref | None:
        """The referent of a pronoun among compatible people: the subject of a speech verb is the
        running speaker; otherwise the trained ranker decides when one is shipped (ranker.py),
        else the rules of coref.py."""
        ctx = self.context(cand.span)
        w = self.ranker_weights()
        if w is None:
            return coref.choose(people, ctx, pronoun=True)
        reporter = coref.reporting_subject(people, ctx)
        speaker = coref.running_speaker(people, ctx)
        if speaker is not None and reporter is None:
            # "He further stated": news keeps the speaker it quotes, unless nothing gives the
            # speaker the pronoun's sex and the last sentence's subject is known to have it
            return self.known_focus(people, gender, ctx, speaker) or speaker
        if speaker or reporter:
            return reporter or speaker  # "Yoon declined to say whether he would agree": Yoon
        scored = self.candidate_features(cand, gender, people + self.unsure_people(gender), ctx)
        return ranker.best(scored, w) if scored else None

    def ranker_weights(self) -> tuple[float, ...] | None:
        """The ranker's weights (the shipped ones; scripts/train_coref.py reads with its own)."""
        return ranker.weights()

    def known_focus(self, people: list[Ref], gender: str | None, ctx, speaker: Ref) -> Ref | None:
        """"Kato said ... Kim Yo Jong criticized Moon ... she said": the main subject of the
        sentence before, whose sex (from the knowledge base or the given name) is the pronoun's,
        over a running speaker of unknown sex."""
        if gender is None or speaker.gender is not None or speaker.pron_gender == gender:
            return None
        found = [r for r in people if r is not speaker and r.gender == gender
                 and r.main_subject_sent == ctx.prev_sent_start >= 0 and r.last_seen < ctx.pos]
        return found[0] if len(found) == 1 else None

    def candidate_features(self, cand: Cand, gender, people: list[Ref], ctx) -> list[tuple[Ref, list[float]]]:
        """(candidate, features) for each person mentioned before the pronoun, nearest first."""
        page = self.page()
        pron = cand.span[0]
        later = self.named_in_clause(pron)
        before = sorted((r for r in people if r.last_token is not None and 0 <= r.last_seen < ctx.pos
                         and not pronoun_features.bound(page.facts(pron), page.facts(r.last_token))
                         and not (later and _named(r, later))),
                        key=lambda r: -r.last_seen)
        return [(r, pronoun_features.features(pron, gender, r, i, page, ctx, self.first_person))
                for i, r in enumerate(before)]

    def named_in_clause(self, pron) -> set[str]:
        """The names (lower case) a subject pronoun's clause goes on to name ("she is proud
        of Lisa"): the pronoun is none of them (a name never takes its referent from a pronoun
        above it in its own clause)."""
        if pronoun_features.role(pron) != "subj":
            return set()
        verb = coref.clause_role(pron).head
        starts = self._name_starts  # names starting after the pronoun, before its verb's sentence ends
        names = self._names[bisect_right(starts, pron.i) : bisect_left(starts, verb.sent.end)]
        if not names:
            return set()
        return {_name(c.text).lower() for c in names if _in_clause_of(c.span.root, verb)}

    def description(self, cand: Cand) -> Ref | None:
        """"the president of the institute" -> the person the text gave that role."""
        head = cand.span.root.lemma_.lower()
        of_words = {t.lower_ for t in cand.span if t.i > cand.span.root.i and t.pos_ == "PROPN"}
        people = [r for r in self.refs.values() if r.kind == "person" and _has_role(r, head, of_words)]
        if (state := self.described_state(cand.span)) is not None:
            ref = self.state_office_holder(state, cand.span)
            if ref is not None:
                ref.add(cand.start, cand.end, cand.text)
                return ref
            people = [r for r in people if r.country == state.country]  # "the Russian president" is no Kim
        elif (phrase := self.title_phrase_before(cand, people)) is not None:
            return phrase  # "the Iranian president ... the president said": the one just introduced
        elif not people and (ref := self.home_office_holder(cand.span)) is not None:
            ref.add(cand.start, cand.end, cand.text)
            return ref
        ref = coref.choose(people, self.context(cand.span), pronoun=False)
        if ref is not None:
            ref.add(cand.start, cand.end, cand.text)
        return ref

    def home_office_holder(self, span) -> Ref | None:
        """"the top government spokesman said" in Tokyo's news, with no one given that title: the
        one holder of the day of the office the words name in the home state (the Chief Cabinet
        Secretary, by titles.csv); not "the leader", whom news of one state often gives another, nor
        a bare title of many holders ("the spokesman")."""
        head = span.root.lemma_.lower()
        bare = not any(t.i < span.root.i and t.pos_ in ("NOUN", "PROPN", "ADJ") for t in span)
        if head == "leader" or bare and head not in office_titles() or (home := self.local_home(span)) is None:
            return None  # "the spokesman" alone: one of many, whom the knowledge base may list one of
        return self.state_office_holder(home, span)

    def title_phrase_before(self, cand: Cand, people: list) -> Ref | None:
        """A bare title ("the president") after a title phrase naming a state ("the Iranian
        president", "Japan's foreign minister") that came later than every person given that
        title: the holder of that phrase, or the phrase itself as an actor of its state."""
        doc, root = cand.span.doc, cand.span.root
        head = root.lemma_.lower()
        if head not in office_titles():
            return None  # "the official said": one of many, not the office just named
        first = root.sent.start
        for _ in range(2):  # this sentence and the two before (a quote may be a sentence of its own)
            first = doc[max(0, first - 1)].sent.start
        for token in reversed(doc[first : cand.span.start]):
            if token.lemma_.lower() != head or token.pos_ != "NOUN":
                continue
            span = doc[token.left_edge.i : token.i + 1]
            state = self.described_state(span)
            if state is None:
                return None  # the last phrase with this title names no state
            named = next((self.owner_of(c) for c in token.children if c.dep_ == "appos"), None)
            if named is not None and named.kind == "person":
                holder = named  # "the Kenyan president, William Ruto"
            elif any(m.start >= span.end_char for r in people for m in r.mentions if m.start < cand.start):
                return None  # a person given this title after the phrase
            else:
                holder = (self.state_office_holder(state, span) or self.owner_of(token)
                          or self.title_ref(state.country, head, span))
            holder.add(cand.start, cand.end, cand.text)
            return holder
        return None

    def title_ref(self, country: str, head: str, span) -> Ref:
        """The actor of an office named by title and state only ("the Iranian president")."""
        sector = self.kb.sector_for_title(head) or "GOV"
        key = f"group-{country.lower()}-{sector.lower()}-{head}"
        ref = self.refs.get(key)
        if ref is None:
            ref = self.new_ref(key, span.text, "group")
            ref.country, ref.sector, ref.code = country, sector, f"{country}{sector}"
            ref.add(span.start_char, span.end_char, span.text)
        return ref

    def described_state(self, span):
        """The state a title phrase names ("the Russian leader", "the leader of the DPRK", "the
        South Korean foreign minister"), when the office is of the day (no "former", "late"); not
        a state inside a body's name ("the president of the Korea Institute for ...")."""
        if any(t.lower_ in _PAST_WORDS for t in span):
            return None
        for ent in entities(span.doc):
            if span.start <= ent.start and ent.end <= span.end and not ent.start <= span.root.i < ent.end:
                found = self.state_in(list(ent))
                if found is not None and found[0] == _LEADING_THE.sub("", ent.text):
                    return found[1]  # a name that is all a state's ("DPRK"), not "Korea" of an institute's
        found = self.state_in([t for t in span if t.i != span.root.i and not t.ent_type_])
        return found[1] if found is not None else None

    def state_office_holder(self, state, span) -> Ref | None:
        """Who holds the office a phrase names in ``state`` on the day: for "leader", the one
        leading person of that state the article names, else the knowledge base's leader of the
        day; for other titles ("the Japanese prime minister"), the one holder of the day."""
        root = span.root
        if root.lemma_.lower() == "leader":
            named = [r for r in self.refs.values() if r.kind == "person" and r.kb is not None
                     and r.kb.country == state.country and self.kb.leads_on(r.kb, self.day)]
            if len(named) > 1:
                named = [r for r in named if any(role.country == state.country and self.kb.holds_title(r.kb, "president", self.day)
                                                 for role in r.kb.roles)] or named
            if len(named) == 1:
                return named[0]
            entry = self.kb.leader(state.country, self.day) if not named else None
            return self.from_kb(entry) if entry is not None else None
        words = [t.text for t in span if t.i <= root.i and t.pos_ in ("NOUN", "PROPN", "ADJ") and not self.kb.lookup(t.text)]
        holders = self.kb.holders(" ".join(words), state.country, self.day) if words else []
        return self.from_kb(holders[0]) if len(holders) == 1 else None

    def add_role(self, ref: Ref, role: RoleText) -> None:
        ref.role_texts.append(role)
        owner = self.owner(role.of_tokens)
        based = None if owner is not None else self.state_in(role.where_tokens, metonyms=True)
        title = role.title.title() if role.title.islower() else role.title
        phrase = f"{title} of {owner.name}" if owner is not None else role.phrase
        if ref.kb is not None:
            return  # the knowledge base knows this person's roles, with their dates
        ref.roles.append(f"former {phrase}" if role.past and not phrase.lower().startswith("former") else phrase)
        if owner is not None:
            ref.country = ref.country or owner.country
            ref.sector = ref.sector or (owner.sector if owner.kind == "organization" else None)
        elif based is not None:
            ref.country = ref.country or based[1].country
        else:  # "Moon's spokesman, Kim Eui-kyeom": the country of the person served
            ref.country = ref.country or self.served(role.of_tokens, ref)
        ref.sector = (ref.sector or self.kb.sector_for_title(role.title)
                      or self.kb.sector_for_org(" ".join(t.text for t in role.of_tokens)))  # "director of ... bureau"
        if (owner is None and based is None and not ref.country and ref.sector in HOME_SECTORS and _unowned(role)
                and not _diplomat(role)):  # "summoned Ambassador X": another state's, as often as not
            ref.country = getattr(self.home(), "id", None)  # "presidential spokesman Park" in Seoul's news
            if not ref.country and not role.past:  # "Deputy Foreign Minister X" after "The Norwegian cabinet has ..."
                ref.country = self.lead_state()
        if ref.country and ref.sector:
            ref.code = ref.code or f"{ref.country}{ref.sector}"

    def owner(self, tokens) -> Ref | None:
        """The state or organisation a role belongs to, from the words around its title;
        the longest name wins ("Korea Institute for ..." over "Korea")."""
        text = " ".join(t.text for t in tokens if not t.is_punct or t.text == "-").replace(" - ", "-")
        text = re.sub(r"\s*'s$|\s*’s$", "", text.replace(" 's", "'s").replace(" ’s", "’s"))
        known = [(n, r) for r in self.refs.values() if r.kind in ("organization", "state")
                 for n in _names_in(text, r)]
        best = max(known, key=lambda x: len(x[0]), default=(None, None))
        found = self.state_in(tokens)
        if found is not None and (body := self.body_around(tokens, found[0])) is not None:
            found = body  # "spokesman for the Taiwan Affairs Office" (named later): Beijing's office, not Taiwan
        if found is not None and (best[0] is None or len(found[0]) > len(best[0])):
            return self.from_kb(found[1])
        if best[1] is None and tokens:
            return self.named_before(tokens) or self.seat_of(tokens)
        return best[1]

    def served(self, tokens, ref: Ref) -> str | None:
        """The country of the person a possessive before a title names ("Moon's spokesman")."""
        if len(tokens) < 2 or tokens[-1].tag_ != "POS":
            return None
        text = " ".join(t.text for t in tokens[:-1]).lower()
        people = [
            r for r in self.refs.values()
            if r.kind == "person" and r is not ref and any(m.text.lower() == text for m in r.mentions)
        ]
        return people[0].country if len(people) == 1 else None

    def seat_of(self, tokens) -> Ref | None:
        """'Kremlin spokesman X', 'a Beijing envoy': a seat of government before a title is its state."""
        found = self.state_in(tokens, metonyms=True)
        return self.from_kb(found[1]) if found is not None else None

    def named_before(self, tokens) -> Ref | None:
        """'South Korea's unification ministry said ... ministry spokesman X': the organisation
        named earlier whose words there end with the words before the title."""
        words = " ".join(t.lower_ for t in tokens)
        if len(words) < 4:
            return None
        at = tokens[0].idx
        found = [
            (m.start, r)
            for r in self.refs.values()
            if r.kind == "organization"
            for m in r.mentions
            if m.start < at and m.text.lower().endswith(words)
        ]
        return max(found, key=lambda x: x[0])[1] if found else None

    def body_around(self, tokens, state: str):
        """The longest run of tokens (up to five) naming a government body of the knowledge base
        that holds the state's name found in them ("Taiwan Affairs Office"), with its entry; else None."""
        words = [t.text for t in tokens if not t.is_punct or t.text == "-"]
        for width in range(min(len(words), 5), 1, -1):
            for i in range(len(words) - width + 1):
                chunk = " ".join(words[i : i + width]).replace(" - ", "-")
                if state not in chunk or len(chunk) <= len(state):
                    continue
                bodies = [e for e, _v in self.kb.lookup(chunk) if e.kind == "organization" and e.country]
                if bodies:
                    return chunk, bodies[0]
        return None

    def state_in(self, tokens, metonyms: bool = False):
        """The longest run of tokens naming a state: ("North Korea", entry); with ``metonyms``
        a capital counts too ("a university in Seoul")."""
        for width in range(min(len(tokens), 4), 0, -1):
            for i in range(len(tokens) - width + 1):
                chunk = " ".join(t.text for t in tokens[i : i + width]).replace(" - ", "-")
                states = [e for e, v in self.kb.lookup(chunk)
                          if e.kind == "state" and (metonyms or v != "metonym")]
                if states:
                    return chunk, states[0]
        return None

    # -- organisations and states ---------------------------------------------------------
    def organization(self, cand: Cand) -> Ref | None:
        if cand.name is not None:
            return self.named_for(cand)
        hits = self.kb.lookup(cand.text)
        owner = self.owner_before(cand)
        if not hits and owner is None:
            hits, owner = self.owned_inside(cand)  # "South Korea's Joint Chiefs": Korea's "Joint Chiefs"
        if owner is not None and not any(e.country == owner[1].country for e, _via in hits):
            hits = self.kb.lookup(f"{owner[0]} {cand.text}") or self.kb.lookup(f"{owner[1].name}'s {cand.text}") \
                or hits  # "Japan's" + "defense ministry"; "Tokyo's" + "Defense Ministry": Japan's
            if hits and all(e.kind == "organization" and e.sector in _STATE_SECTORS and e.country
                            and e.country != owner[1].country for e, _via in hits):
                # "Taiwan's National Security Council": a state body of the state named, never
                # another state's body of the same name (the knowledge base's US council)
                return self.named_for(Cand(cand.span, "ORG", name=f"{owner[1].name}'s {cand.text}"))
        opener = self.state_opening(cand) if owner is None else None  # "China's commerce ministry"
        if not hits and owner is None and opener is None and (home := self.local_home(cand.span)) is not None \
                and not self.other_state_first(cand, home):
            hits = self.home_institution(cand.text, home)  # "the Foreign Ministry said" in Tokyo's news
            if not hits and ministry_words(cand.text):  # "the Health Ministry": a ministry of that state
                return self.named_for(Cand(cand.span, "ORG", name=f"{home.name}'s {cand.text}"))
        if not hits and (outlet := self.state_outlet(cand, owner or opener)) is not None:
            outlet.add(cand.start, cand.end, cand.text)  # "North Korea's state news agency said": KCNA
            return outlet
        if hits:
            entry, via = self.in_context(hits, owner, cand.span)
            ref = self.from_kb(entry)
            ref.add(cand.start, cand.end, cand.text, metonym=via == "metonym")
            return ref
        if cand.text.isupper() and len(cand.text) <= 1:
            return None
        name = _name(cand.text)
        known = self.refs.get(_slug(name))
        if (known is None or known.unsure) and _acts_as_person(cand.span) and _person_shaped(cand.span, self.kb):
            return self.acting_person(cand, known)  # "Wheatley married ...", "Osborn's wife"
        if _slug(name) not in self.refs and (_given_name_gender(name) or _acts_as_given_name(cand.span, name)) \
                and _person_shaped(cand.span, self.kb):
            return self.person(Cand(cand.span, "PERSON"))  # "Nadia Farouk", whatever the tagger said
        name = self.possessive_form(name)
        if (earlier := self.body_named_before(cand, name)) is not None:
            earlier.add(cand.start, cand.end, cand.text)  # "the navy said", after "South Korea's navy"
            return earlier
        ref = self.refs.get(_slug(name)) or self.new_ref(_slug(name), name, "organization")
        if (owner or opener) is not None and ref.country is None and len(ref.mentions) == 0:
            ref.country = (owner or opener)[1].country
        self.describe_org(ref)
        if ref.sector is None and not ref.mentions and _person_shaped(cand.span, self.kb):
            ref.unsure = "ORG"  # "Cromwell has successfully ...": spaCy's organisation, a person's name
            ref.gender = _given_name_gender(name)
        ref.add(cand.start, cand.end, cand.text)
        return ref

    def body_named_before(self, cand: Cand, name: str) -> Ref | None:
        """"the navy", "the ministry": one lower-case word after "the" that ends the name of the
        one organisation the article named before with it, is that organisation."""
        if " " in name or not name.islower() or cand.span.start == 0 or cand.span.doc[cand.span.start - 1].lower_ != "the":
            return None
        found = [r for r in self.refs.values() if r.kind == "organization" and r.mentions
                 and r.mentions[0].start < cand.start and r.name.lower().split()[-1] == name]
        return found[0] if len(found) == 1 else None

    def state_outlet(self, cand: Cand, owner) -> Ref | None:
        """"North Korea's state news agency", "the North's official news agency", "China's state
        broadcaster", "South Korean public broadcaster": a state's news agency or broadcaster
        described, not named, is the body the knowledge base lists for that state and kind
        (state_outlets.csv); None for any other phrase, or where the state lists none (the
        description then stays the state's own media body)."""
        span = cand.span
        pos = next((t for t in span if t.tag_ == "POS"), None)
        if owner is not None:
            words = span.doc[pos.i + 1 : span.end].text if pos is not None else span.text
            found = self.kb.state_outlet(owner[1].country, words)
            return self.from_kb(found) if found is not None else None
        words = span.text.split()
        for width in (2, 1):
            states = [e for e, via in self.kb.lookup(" ".join(words[:width])) if e.kind == "state" and via == "demonym"]
            if len(states) == 1 and (found := self.kb.state_outlet(states[0].country, " ".join(words[width:]))):
                return self.from_kb(found)
        return None

    def possessive_form(self, name: str) -> str:
        """"North Korean state media" -> "North Korea's state media": an institution the
        knowledge base does not know, named by a demonym and a body's phrase of sectors.csv
        ("state media", "presidential office"), is named with the state's possessive, so both
        spellings make one actor."""
        words = name.split()
        for width in (2, 1):
            rest = words[width:]
            if not self.kb.org_phrase([w.lower() for w in rest]):
                continue
            states = [e for e, via in self.kb.lookup(" ".join(words[:width])) if e.kind == "state" and via == "demonym"]
            if len(states) == 1:
                return f"{states[0].name}'s {' '.join(rest)}"
        return name

    def named_for(self, cand: Cand) -> Ref:
        """An organisation the mention stands for by a name it does not spell out ("Indian" in
        "Indian and Pakistani troops" stands for the Indian troops)."""
        hits = self.kb.lookup(cand.name)
        name = _name(cand.name)
        ref = self.from_kb(hits[0][0]) if hits else self.refs.get(_slug(name)) or self.new_ref(_slug(name), name, "organization")
        if not hits:
            self.describe_org(ref)
        ref.add(cand.start, cand.end, cand.text)
        return ref

    def owner_before(self, cand: Cand):
        """The state named just before an organisation's name, as its owner: "Japan's" or
        "Japanese" before "defense ministry" -> ("Japan's", Japan)."""
        doc, i = cand.span.doc, cand.span.start
        if i >= 2 and doc[i - 1].tag_ == "POS":
            found = self.state_or_capital_in(list(doc[max(0, i - 4) : i - 1]), cand.text)
            return (found[0] + doc[i - 1].text, found[1]) if found else None
        if i >= 1 and doc[i - 1].pos_ in ("ADJ", "PROPN"):
            start = i - 1
            while start > 0 and doc[start - 1].pos_ in ("ADJ", "PROPN") and i - start < 3:
                start -= 1
            found = self.state_in(list(doc[start:i]))
            if found and found[0].split()[-1] == doc[i - 1].text:
                return found
        return None

    def other_state_first(self, cand: Cand, home) -> bool:
        """Whether the phrase opens with the name or people's name of a state other than the
        article's home ("the Peruvian Foreign Ministry" in a story filed from Santiago): that
        state's body, not the home's."""
        found = self.state_in(list(cand.span[:1]))
        return found is not None and found[1].id != home.id

    def state_opening(self, cand: Cand):
        """The state whose possessive opens an institution's phrase ("China's commerce ministry"),
        as ("China's", entry), or None."""
        span = cand.span
        pos = next((t for t in span if t.tag_ == "POS"), None)
        if pos is None or pos.i == span.start:
            return None
        return self.state_or_capital_in(list(span.doc[span.start : pos.i]), span.doc[pos.i + 1 : span.end].text)

    def state_or_capital_in(self, tokens, body: str):
        """The state whose name or capital ends these words before a possessive: "South Korea's",
        "Seoul's Ministry of Unification", "Beijing's foreign ministry" (a capital's possessive
        before a body of sectors.csv names the state's body); not a capital inside a name ("the
        Washington Post's"), nor before a place or anything else ("Paris's Place Vendome")."""
        found = self.state_in(tokens)
        if found is None and tokens and (found := self.state_in(tokens, metonyms=True)) is not None \
                and (found[0].split()[-1] != tokens[-1].text or not self.kb.sector_for_org(body)):
            return None
        return found

    def owned_inside(self, cand: Cand):
        """An institution phrase that opens with its state's possessive ("South Korea's Joint
        Chiefs"): the hits of the rest that belong to that state, and the state."""
        span = cand.span
        pos = next((t for t in span if t.tag_ == "POS"), None)
        if pos is None or pos.i == span.start or pos.i + 1 >= span.end:
            return [], None
        found = self.state_or_capital_in(list(span.doc[span.start : pos.i]), span.doc[pos.i + 1 : span.end].text) \
            or self.elided_state(span.doc[span.start : pos.i])
        if found is None:
            return [], None
        rest = span.doc[pos.i + 1 : span.end].text
        state = found[1]
        hits = [h for h in self.kb.lookup(rest) or self.kb.lookup(f"{state.name}'s {rest}")
                or self.kb.lookup(f"{rest} of {state.name}") if h[0].country == state.country]
        return hits, (found[0] + pos.text, found[1]) if hits else None  # "Ministry of National Defense of South Korea"

    def home_institution(self, words: str, home) -> list:
        """The knowledge base's institution of the home state by these words ("Foreign Ministry"
        -> "Japan's Foreign Ministry"), if any."""
        if not self.kb.org_sector_of_head(words.lower().split()):
            return []
        return [h for h in self.kb.lookup(f"{home.name}'s {words}") if h[0].country == home.id]

    def elided_state(self, words):
        """("North", North Korea) for "North" in "the North's Foreign Ministry" tagged as one name,
        when the article has named exactly one state whose name opens with that compass word."""
        if len(words) != 1 or words[0].text not in COMPASS:
            return None
        states = [r.kb for r in self.refs.values() if r.kind == "state" and r.kb is not None
                  and r.name.split()[0] == words[0].text and " " in r.name]
        return (words[0].text, states[0]) if len(states) == 1 else None

    def in_context(self, hits, owner, span=None):
        """Of several organisations sharing a name (the Joint Chiefs of Staff of the US and of
        South Korea), that of the state named before it, else of the state the article has named
        most so far; the first (the name before an alias) when none is named. A state's seat
        of government is its government body (``seat_of_government``)."""
        if (seat := seat_of_government(hits)) is not None:
            return seat
        if len({e.country for e, _via in hits}) < 2:
            return hits[0]
        if owner is not None:
            for entry, via in hits:
                if entry.country == owner[1].country:
                    return entry, via
        named_org = [h for h in hits if h[0].id in self.refs and self.refs[h[0].id].mentions]
        if len(named_org) == 1:
            return named_org[0]  # 'South Korea's Joint Chiefs of Staff ... a JCS official': that JCS
        if span is not None and (beside := self.states_beside(span, {e.country for e, _via in hits})):
            return next(h for h in hits if h[0].country == beside)  # "the opposition Democratic Party ... urged Yoon"
        home = self.local_home(span) if any(e.kind == "organization" for e, _via in hits) else None
        at_home = [h for h in hits if home is not None and h[0].kind == "organization" and h[0].country == home.id]
        if len(at_home) == 1:
            return at_home[0]  # "the Joint Chiefs of Staff said" in Seoul's news: South Korea's
        named = {r.id: len(r.mentions) for r in self.refs.values() if r.kind == "state"}
        weights = [named.get(e.country or "", 0) for e, _via in hits]
        if max(weights) == 0:  # no state of theirs named by its name: whose bodies and people are
            weights = [self.named_of(e.country) for e, _via in hits]  # "South Korea's military said"
        return hits[weights.index(max(weights))] if max(weights) > 0 else hits[0]

    def named_of(self, country: str | None) -> int:
        """How often the article has so far named the bodies, groups and people of ``country``
        ("South Korea's military", "the South Korean military", a minister of hers)."""
        if country is None:
            return 0
        return sum(len(r.mentions) for r in self.refs.values() if r.kind != "state" and r.country == country)

    def states_beside(self, span, countries: set) -> str | None:
        """The one of ``countries`` that the other names of the span's sentence belong to, when
        exactly one does: the people named so far ("urged Yoon"), states, capitals and places the
        knowledge base knows ("in Seoul"). Several states' parties share a name ("the Democratic
        Party" of South Korea and of the United States); the sentence says whose."""
        found = set()
        for text in _sentence_names(span.sent, span):
            words = text.lower().split()
            named = [r.country for r in self.refs.values() if r.country and r.mentions and words and set(words) <= r.name_parts]
            known = {e.country or (e.id if e.kind == "state" else None) for e, _via in self.kb.lookup(text)}
            found |= {c for c in (*named, *known) if c in countries}
        return found.pop() if len(found) == 1 else None

    def describe_org(self, ref: Ref) -> None:
        words = ref.name.split()
        for width in (3, 2, 1):
            for i in range(len(words) - width + 1):
                chunk = " ".join(words[i : i + width])
                states = [(e, via) for e, via in self.kb.lookup(chunk) if e.kind == "state"]
                if len(states) > 1:  # "Congolese army" in a story of DR Congo: the Congo the article names
                    states = [self.in_context(states, None)]
                for entry, _via in states:
                    ref.country = ref.country or entry.country
                    ref.aliases.add(" ".join(words[:i] + entry.name.split() + words[i + width :]))
        ref.sector = ref.sector or self.kb.sector_for_org(ref.name)
        if ref.country and ref.sector:
            ref.code = f"{ref.country}{ref.sector}"

    def place_name(self, cand: Cand) -> Ref | None:
        found = self.kb.lookup(cand.name or cand.text)
        hits = [(e, via) for e, via in found if e.kind in ("state", "organization")]
        if not hits and not found and cand.label != "GPE" and len(cand.span) == 1 and cand.text in given_names():
            return self.unsure_name(cand)  # "Nina", "Madge" tagged as a people or a product: a given name
        if not hits:
            return None if found or cand.label != "GPE" else self.unsure_name(cand, "PLACE")
        entry, via = self.in_context(hits, None)
        if via == "metonym" and not (_acts(cand.span.root) or _acts(cand.span[-1])):
            return None  # "his office in Seoul": a place, not an actor (a name's last word is its head)
        if via == "metonym" and entry.kind == "state" and (seat := self.igo_seat(cand, entry)) is not None:
            entry = seat  # "Brussels said": the EU, in any news but the host's own
        ref = self.from_kb(entry)
        ref.add(cand.start, cand.end, cand.text, metonym=via == "metonym")
        return ref

    def igo_seat(self, cand: Cand, state):
        """The international body a capital acting stands for (igo_seats.csv: "Brussels blacklisted
        four officials" is the EU), unless the story is the host state's own: its home, or a text
        that names the host by its name or its people's ("Belgian", "Belgium")."""
        seat = self.kb.igo_seat(cand.name or cand.text, state.id)
        if seat is None or self.state_counts(demonyms=True)[state.id] or getattr(self.home(), "id", None) == state.id:
            return None
        return seat

    def state_anaphor(self, cand: Cand) -> Ref | None:
        if cand.span.root.lower_ == "island":
            return self.island_state(cand)
        if cand.span.root.lemma_.lower() not in state_anaphors():
            return None
        states = [r for r in self.refs.values() if r.kind == "state" and r.last_seen < cand.start]
        if not states:
            return None
        counts = self.state_counts()
        ref = max(states, key=lambda r: (counts[r.id], len(r.mentions), r.last_seen))
        ref.add(cand.start, cand.end, cand.text)
        return ref

    def island_state(self, cand: Cand) -> Ref | None:
        """ "the island", "the self-ruled island": the one island state (``island_states.txt``) named
        before it, where no island of a name of its own ("Kinmen Island") was named before it
        either; None otherwise."""
        states = [r for r in self.refs.values() if r.kind == "state" and r.last_seen < cand.start and r.id in island_states()]
        if len(states) != 1 or _NAMED_ISLAND.search(self.article.text, 0, cand.start):
            return None
        ref = states[0]
        ref.add(cand.start, cand.end, cand.text)
        return ref

    def state_counts(self, demonyms: bool = False) -> Counter:
        """How often the text names each state by its name (not its capital's, often only a place:
        "the ministry in Seoul"; with ``demonyms``, also by its people's: "Belgian"), over the whole
        text, counted once, when first asked: "the regime" is the state the whole story names
        most, not the one a sentence before it named last ("French troops" and "the French
        envoy" are no naming of France)."""
        if self._state_counts is None:
            self._state_counts = (Counter(), Counter())
            for c in self._found:
                if c.label not in _NAME_LABELS and c.label != "NORP":
                    continue
                found = self.kb.lookup(c.name or c.text)
                ids = {e.id for e, via in found if e.kind == "state" and via not in ("metonym", "demonym")}
                if len(ids) == 1:
                    self._state_counts[0][next(iter(ids))] += 1
                ids |= {e.id for e, via in found if e.kind == "state" and via == "demonym"}
                if len(ids) == 1:
                    self._state_counts[1][next(iter(ids))] += 1
        return self._state_counts[demonyms]

    # -- bookkeeping ----------------------------------------------------------------------
    def new_ref(self, key: str, name: str, kind: str) -> Ref:
        ref = Ref(key, name, kind)
        self.refs[key] = ref
        return ref

    def from_kb(self, entry) -> Ref:
        ref = self.refs.get(entry.id)
        if ref is not None:
            return ref
        ref = self.new_ref(entry.id, entry.name, entry.kind)
        ref.kb, ref.country, ref.wikidata, ref.gender = entry, entry.country, entry.wikidata, entry.gender
        ref.aliases.update(entry.aliases)
        ref.sector, ref.code = entry.sector, entry.code
        if entry.kind == "person":
            self.kb_roles(ref, entry)
        return ref

    def kb_roles(self, ref: Ref, entry) -> None:
        current = [r for r in entry.roles if r.holds_on(self.day)]
        past = sorted((r for r in entry.roles if r not in current and (r.start or "") <= (self.day or "9999")),
                      key=lambda r: r.start or "")
        ref.roles.extend(r.title for r in current if r.title)
        held_now = {r.title for r in current}
        earlier = list(dict.fromkeys(r.title for r in reversed(past) if r.title and r.title not in held_now))
        ref.roles.extend(f"former {title}" for title in earlier[:2])
        current.sort(key=lambda r: r.title is None)  # a named office before a bare dated code
        chosen = current[0] if current else (past[-1] if past else None)
        if chosen is not None:
            ref.country = ref.country or chosen.country
            ref.sector, ref.code = chosen.sector, chosen.code

    def merge_acronyms(self) -> None:
        """"KINU" and "Korea Institute for National Unification" are one organisation."""
        orgs = [r for r in self.refs.values() if r.kind == "organization" and r.kb is None]
        for short in orgs:
            if not short.name.isupper():
                continue
            for full in orgs:
                if full is not short and _initials(full.name) == short.name:
                    full.aliases.add(short.name)
                    full.mentions.extend(short.mentions)
                    short.mentions = []
                    self.redirect(short.id, full)

    def merge_surnames(self) -> None:
        """"Kishida vows ..." in the headline, "Prime Minister Fumio Kishida" in the text: a
        one-word name of a person no table knows (or a person-shaped name tagged as an
        organisation), used only before the full name, that is the first or last word of the name
        of exactly one person the article names in full, is that person."""
        people = [r for r in self.refs.values() if r.kind == "person" and r.mentions]
        shorts = people + [r for r in self.refs.values() if r.unsure == "ORG" and r.mentions]
        first = {p.id: min((m.start for m in p.mentions if " " in m.text), default=len(self.article.text))
                 for p in people}  # where the full name first comes, whatever a merge here adds before it
        for short in shorts:  # an unsure organisation: a person's name tagged as one
            if short.kb is not None or " " in short.name or "-" in short.name:
                continue
            word = short.name.lower()
            owners = [p for p in people if p is not short and p.mentions and " " in p.name
                      and word in (p.name.split()[0].lower(), p.name.split()[-1].lower())]
            if len(owners) == 1 and max(m.start for m in short.mentions) > first[owners[0].id]:
                continue  # after the full name, the surname rules of the reading decided already
            if len(owners) == 1:
                owners[0].aliases.add(short.name)
                owners[0].mentions.extend(short.mentions)
                owners[0].mentions.sort(key=lambda m: m.start)
                short.mentions = []

    def redirect(self, old_id: str, new: Ref) -> None:
        for ref in self.refs.values():
            if ref.kind == "person" and ref.country is None and new.country:
                if any(new.name in r or old_id.upper() in r for r in ref.roles):
                    ref.country = new.country
        for ref in self.refs.values():
            ref.roles = [r.replace(f"of {old_id.upper()}", f"of {new.name}") for r in ref.roles]


_KOREAN_GIVEN = re.compile(r"^[A-Z][a-z]+-[a-z]+$")


def _korean_shaped(words: list[str]) -> bool:
    """"Cheong Seong-chang": a family name and a given name of two syllables joined by a hyphen
    (the second in lower case, unlike "Smith-Jones"), whatever country the text gives the person."""
    if len(words) == 3:  # "Ri Thae Song", "Kim Yo Jong": the northern spelling, no hyphen
        return words[0] in korean_family_names() and all(w.istitle() for w in words)
    return len(words) == 2 and bool(_KOREAN_GIVEN.match(words[1]))


def _diplomat(role: RoleText) -> bool:
    """"Ambassador", "envoy": a title of one posted abroad (role_words.csv's words for a diplomat)."""
    return role.title in ("diplomat", *role_words().get("diplomat", ()))


_PLACE_LABELS = frozenset({"GPE", "NORP", "LOC", "FAC"})


def _unowned(role: RoleText) -> bool:
    """A title with no name before it ("presidential spokesman", "floor leader", "Trade Minister",
    "First Vice Foreign Minister": capitalised words of the title itself, no place's name), not one
    whose owner the tables do not know ("Guam's governor", "Gyeonggi Governor")."""
    return not any(t.tag_ == "POS" or t.pos_ == "PROPN" and t.ent_type_ in _PLACE_LABELS for t in role.of_tokens)


_NAME_LABELS = frozenset({"PERSON", "NAME", "ORG", "GPE", "KB"})


def _sentence_names(sent, span) -> list[str]:
    """The names of a sentence outside ``span``: its entities, and its runs of proper nouns with and
    without their first word ("President Yoon Suk Yeol", which the tagger may cut to "Yoon Suk")."""
    names = [e.text for e in sent.ents if not span.start <= e.start < span.end]
    run: list = []
    for tok in [*sent, None]:
        if tok is not None and tok.pos_ == "PROPN" and not span.start <= tok.i < span.end:
            run.append(tok.text)
            continue
        if run:
            names += [" ".join(run), " ".join(run[1:])] if len(run) > 1 else run
        run = []
    return [n for n in names if n]


def _named_in_full_last(people: list[Ref], span) -> Ref | None:
    """'The statement was issued in the name of Kim Yo Jong ... "...," Kim said', after Kim Jong
    Un was named more often: the subject of a speech verb that is a family name several people
    share is the one of them named in full last, in the sentence before or the one before that."""
    if not coref.is_speech_subject(span.root):
        return None
    sent = span.sent
    doc = span.doc
    lo = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    lo = doc[lo - 1].sent.start_char if lo > 0 else doc[lo].idx
    last = {}
    for r in people:
        others = [(m.start, m.end) for o in people if o is not r for m in o.mentions]
        own = [m for m in r.mentions if m.start < span.start_char and not _describes_another(doc, m, others)]
        seen = [m.start for m in own]
        full = [m.start for m in own if lo <= m.start and " " in m.text.strip()]
        last[r.id] = (max(full) if full else -1, max(seen) if seen else -1)
    best = max(people, key=lambda r: last[r.id][0])
    if last[best.id][0] < 0 or any(r is not best and last[r.id][1] > last[best.id][0] for r in people):
        return None
    return best


def _named_for_itself(people: list[Ref], span) -> Ref | None:
    """'Kim Yo-jong, the sister of leader Kim Jong-un, issued a statement. ... Kim berated Kang':
    of several people a bare family name may be, the only one named before it other than inside
    the apposition describing another of them (the leader there only says whose sister she is)."""
    named = []
    for r in people:
        others = [(m.start, m.end) for o in people if o is not r for m in o.mentions]
        if any(m.start < span.start_char and not _describes_another(span.doc, m, others) for m in r.mentions):
            named.append(r)
    return named[0] if len(named) == 1 else None


def _describes_another(doc, mention, others: list[tuple[int, int]]) -> bool:
    """'Kim Yo Jong, the sister of leader Kim Jong Un, claimed X': a name inside the apposition
    that describes another person of the same family name only describes her; it is no mention
    a later bare "Kim" may go back to."""
    words = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if words is None:
        return False
    for tok in words.root.ancestors:
        if tok.dep_ == "appos":
            return any(s <= tok.head.idx < e for s, e in others)
    return False


def _main_bearer(people: list[Ref]) -> Ref | None:
    """Of several people sharing a surname ("Ahmed Mohamed" and his father "Mohamed El-Hassan
    Mohamed"), news calls the one it is about by the bare surname and the others by full name
    or role: the one mentioned at least twice as often as each other, if any."""
    if len(people) < 2:
        return None
    ranked = sorted(people, key=lambda r: -len(r.mentions))
    return ranked[0] if len(ranked[0].mentions) >= 2 * len(ranked[1].mentions) else None


def _given_after(name: str) -> bool:
    """Is the rest of a name after its first word a given name: a hyphenated romanised one
    ("Wong Kwok-kin", "Leung Yiu-chung") or one of the given-name lists? Then the first word is a
    family name of another person, not someone named before."""
    rest = name.split()[1:]
    return any("-" in w for w in rest) or rest[0] in given_names()


def _person_shaped(span, kb) -> bool:
    """One to four capitalised words, none a title or an organisation's word, no name the
    knowledge base knows, no article before it: "Rivera", "Paul Weston" (not "Hyundai Motor",
    "Seoul", "President", "the Twins", "A Thousand Years")."""
    words = span.text.split()
    if not 1 <= len(words) <= 4 or not all(_NAME_WORD.match(w) for w in words):
        return False
    if _after_article(span):
        return False  # a person's name takes no article: "the Big Band era", "the Smiths"
    if kb.sector_for_title(words[-1].lower()) or words[-1] in honorifics():
        return False  # "President" before a name, "Prime Minister": a title, not a name
    if len(words) > 1 and words[-1].lower() in place_nouns():
        return False  # "North Pyongan Province", "Jeju Island": a place's name
    after = span.doc[span.end] if span.end < len(span.doc) else None
    if after is not None and after.lemma_.lower() in place_nouns():
        return False  # "the Yalu and Tumen rivers", "Musan county": a place's name before its noun
    if len(words) > 1 and any(e.kind == "state" and via == "demonym" for e, via in kb.lookup(words[0])):
        return False  # "RFA's Korean Service", "Korean Air": a state's adjective opens no one's name
    return not kb.lookup(span.text) and kb.sector_for_org(span.text) is None


# A capitalised word of a name, hyphenated and with an apostrophe too: "Gagnon-Tremblay", "O'Neal"
_NAME_WORD = re.compile(r"^(?:[A-Z]['’])?[A-Z][a-z]\w*(?:-[A-Z][a-z]\w*)*$")


def _after_article(span) -> bool:
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    return span[0].lower_ in _ARTICLES or before in _ARTICLES


_ARTICLES = frozenset({"the", "a", "an"})


def _load_tables(kb: KnowledgeBase | None) -> None:
    """Read the knowledge base and the gazetteer when the stage is made, before any document: the
    first run on a machine compiles both into their disk caches (seconds), which must not count
    against a document's time limit (doc_timeout). A bad user file is left for each document to
    report, as before."""
    try:
        if kb is None:
            KnowledgeBase.default()
        load_place_names()
    except DyadError:
        pass


def _acts(token) -> bool:
    """Does this place name act as an actor here ("Washington said", "ties with Moscow")?"""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ in _ACTOR_DEPS:
        return True
    return token.dep_ == "pobj" and token.head.lower_ in _ACTOR_PREPS


def _strip_honorific(span):
    table = honorifics()
    gender = None
    start = span.start
    while start < span.end and span.doc[start].text in table:
        gender = table[span.doc[start].text] or gender
        start += 1
    return (span.doc[start : span.end] if start < span.end else None), gender


def _title_head(role: str) -> str:
    """The head word of a title, lower case: "secretary" of "General Secretary of the Workers'
    Party", "minister" of "former Defense Minister"."""
    words = role.lower().split(" of ")[0].split()
    return words[-1] if words else ""


def _strip_title(span, kb):
    """The name without the office titles the tagger took into it ("spokesperson Yoh Sang-key",
    "Spokeswoman Hua Chunying", "PM Ishiba": an upper-case abbreviation of a title), when the whole
    is no name the knowledge base knows; a sovereign's or prelate's title stays ("King Charles",
    "Pope Francis")."""
    start = span.start
    doc = span.doc
    while (start < span.end - 1 and doc[start].is_alpha and doc[start].text.title() not in regnal_titles()
           and doc[start + 1].is_title
           and kb.sector_for_title(TITLE_ABBREVIATIONS.get(doc[start].text, doc[start].text).lower())
           and not kb.lookup(doc[start : span.end].text)):
        start += 1
    return doc[start : span.end] if start > span.start else span


def _without_suffix(span, kb, day: str | None):
    """The name without a generational suffix ("Jr.", "III", name_suffixes.txt) when the whole is no
    name the knowledge base knows and the name without it is a person of the knowledge base who holds
    an office on the day ("Defense chief Lloyd J. Austin III": Lloyd Austin); a given name the
    tagger left out before a middle initial ("Lloyd" of "Lloyd J. Austin III") is taken back in. Else
    the name as it is: an unknown person keeps the suffix, and a son is never his father of the
    knowledge base, whose offices ended ("Ferdinand E. Marcos Jr."). A regnal number stays ("King
    Henry VIII", "Elizabeth II"): a name of one word, or one after a sovereign's title, keeps it."""
    doc = span.doc
    if len(span) < 3 or span[-1].text not in name_suffixes() or kb.lookup(span.text):
        return span
    if any(t.text in regnal_titles() for t in doc[max(0, span.start - 1) : span.end]):
        return span
    start = span.start
    first = doc[start].text
    if (start > 0 and len(first) == 2 and first[0].isupper() and first[1] == "."
            and doc[start - 1].text in given_names() and doc[start - 1].is_title):
        start -= 1  # "Secretary Lloyd J. Austin III": the tagger began at the initial
    bare = doc[start : span.end - 1]
    if any(e.kind == "person" and any(r.holds_on(day) for r in e.roles) for e, _via in kb.lookup(bare.text)):
        return bare
    return span


def _acts_as_given_name(span, name: str) -> bool:
    """A one-word given name that acts as a person does, as a subject, an object, a possessor or
    an apposition ("Noreen returns", "his moll Vivian"): not a date line's "Tuesday", a "Hope"
    written on shirts, nor the "Carly" of an untagged "Carly Simon"."""
    return name in given_names() and span.root.dep_ in _PERSON_DEPS


def _birth_name_bearer(span):
    """The token of the name a birth name or a "known as" name belongs to: the passive subject of
    "born" ("Ahn was born Priscilla Hartranft", "born as ..."), or the name "born"/"known as"
    hangs from ("Jones, born Mary Smith, ...", "Roberto, known as Sanya Lopez"); else None."""
    token = span.root
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "as":
        token, head = head, head.head
    word = head.lower_
    if head.i == token.i or not (word == "born" and token.dep_ in ("dobj", "oprd", "attr", "prep")
                                 or word == "known" and token.dep_ == "prep"):
        return None
    subject = next((c for c in head.children if c.dep_ in ("nsubjpass", "nsubj")), None)  # "born" is a participle
    if subject is None and head.dep_ in ("acl", "appos") and head.head.pos_ == "PROPN":
        subject = head.head
    return subject


def _acts_as_person(span) -> bool:
    """Does this name do what only people do (lexicon/person_acts.csv): the subject of "married",
    "was born", the object of "married", the possessor of "wife" or "childhood", also as "the wife
    of X"? Organisations and places are not born, married nor widowed."""
    token = span.root
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head  # "Klara and Heidi married"
    head, dep = token.head, token.dep_
    if dep == "pobj" and head.lower_ == "of" and head.head.i != head.i:
        head, dep = head.head, "poss"  # "the wife of Osborn"
    if _who_follows(span) and coref.is_speech_subject(span.root):
        return True  # "Iizuka Koichiro, who heads the families' association, said": "which" for a body
    role = _ACT_ROLES.get(dep)
    return role is not None and head.i != token.i and (role, head.lemma_.lower()) in person_acts()


def _who_follows(span) -> bool:
    """A name a comma and "who" follow, the relative clause hung on the name: a person's."""
    doc, end = span.doc, span.end
    if end + 1 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in ("who", "whom"):
        return False
    clause = doc[end + 1].head
    return clause.dep_ == "relcl" and span.start <= clause.head.i < end


_ACT_ROLES = {"nsubj": "subject", "nsubjpass": "passive", "dobj": "object", "poss": "possessor"}


_PERSON_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "poss", "appos", "agent"})


def _given_name_here(span, name: str) -> bool:
    """A one-word name tagged as a person that is a given name of one sex ("Mary", "Farah"), not
    after a preposition of place ("in Victoria"): a person, though a region has that name."""
    if " " in name or name not in given_names():
        return False
    return not (span.start > 0 and span.doc[span.start - 1].lower_ in _PLACE_PREPS)


def _given_name_gender(name: str) -> str | None:
    """"Gloria Sam" is a woman: the first of two or more words, if it names one sex."""
    words = name.split()
    return given_names().get(words[0]) if len(words) >= 2 else None


def _site_named(name: str) -> bool:
    """ "the Grand Ethiopian Renaissance Dam", "the Line of Control": a name whose last (or, before
    "de"/"of", first) word names a kind of site."""
    words = name.lower().split()
    return len(words) > 1 and (words[-1] in site_heads() or words[1] in ("de", "of") and words[0] in site_heads())


@lru_cache(maxsize=8192)  # a pure function of the text, asked for every mention many times
def _name(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"^(the|The)\s+", "", text)


@lru_cache(maxsize=8192)  # a pure function of the name
def _slug(name: str) -> str:
    """The id of an actor the knowledge base does not know: the name in ASCII letters, for any
    script ("Сергей Лавров" -> "sergey-lavrov"); a name with no letter to write gets a hash."""
    slug = re.sub(r"[^a-z0-9]+", "-", anyascii(name).lower()).strip("-")
    return slug or "name-" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:12]


def _in_clause_of(token, verb) -> bool:
    """Does ``token`` hang from ``verb`` other than through a relative clause ("she is proud of
    Lisa", "she won, and thanked Lisa's family"; not "he met Devocht, who had told Montalvo": news
    writes a pronoun before its name across a relative clause)?"""
    while token.i != verb.i:
        if token.dep_ in _OTHER_CLAUSE or token.head.i == token.i:
            return False
        token = token.head
    return True


_OTHER_CLAUSE = frozenset({"relcl", "acl", "parataxis"})


def _speaker_name(token) -> set[str]:
    """The name (lower case) a quote's speaker is given, whole and by its last word, when the
    subject is a name: "Kim Yong-chol" gives {"kim yong-chol", "yong-chol"}; else nothing."""
    if token.ent_type_ != "PERSON" and token.pos_ != "PROPN":
        return set()
    ent = next((e for e in entities(token.doc) if e.start <= token.i < e.end), None)
    words = (ent.text if ent is not None else token.text).lower()
    return {words, words.split()[-1]}


def _named(ref: Ref, names: set[str]) -> bool:
    """Is one of ``names`` (lower case) this person's name, an alias, or the first or last word
    of a name of two words or more ("Lisa", "Julia Child" or "Child"; not "Oliver Hailey" for
    "Hailey", a relative)?"""
    own = {n.lower() for n in (ref.name, *ref.aliases) if n}
    words = ref.name.lower().split()
    if len(words) >= 2:
        own |= {words[0], words[-1]}
    return bool(own & names)


def _same_name(a: str, b: str) -> bool:
    return normalize(a) == normalize(b)


def _name_keys(ref: Ref) -> set[str]:
    keys = set(ref.name_parts)
    for alias in ref.aliases:
        keys |= {p.lower() for p in alias.split()}
    return keys


def _has_role(ref: Ref, head: str, of_words: set[str]) -> bool:
    heads = {head, *role_words().get(head, ())}  # "the general": "Gen. X", "X, commander of ..."
    for role in ref.role_texts:
        if role.title not in heads:
            continue
        if not of_words or of_words & {t.lower_ for t in role.of_tokens}:
            return True
    return ref.kb is not None and any(_kb_role_has(r, head, of_words) for r in ref.roles)


def _kb_role_has(role: str, head: str, of_words: set[str]) -> bool:
    """Does a role the knowledge base gives at the date ("President of Russia") have this title
    word, and the words of "of ..." if any? Former roles do not count."""
    words = set(re.findall(r"[a-z]+", role.lower()))
    return not role.startswith("former") and _title_head(role) == head and of_words <= words


def _names_in(text: str, ref: Ref) -> list[str]:
    names = {ref.name} | ref.aliases
    low = f" {text.lower()} "
    return [n for n in names if n and f" {n.lower()} " in low]


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


_LEADING_THE = re.compile(r"^[Tt]he\s+")
_PAST_WORDS = frozenset({"former", "late", "then", "ex", "previous", "past", "future", "next", "incoming", "outgoing"})


def seat_of_government(hits):
    """("the Kremlin", "the Blue House", "the White House"): a name that is both a state's
    metonym and a government body of that state (organizations.csv) is the body, still marked
    a metonym (a place where it does not act). A seat of government speaking is the
    government, as PETRARCH codes KREMLIN_ RUSGOV; None for other names."""
    states = {e.id for e, via in hits if e.kind == "state" and via == "metonym"}
    bodies = [e for e, via in hits if e.kind == "organization" and e.country in states and via != "metonym"]
    return (bodies[0], "metonym") if len(bodies) == 1 else None


def _week_before(day: str) -> str:
    """The ISO day seven days before ``day`` (a day as "2024-12-28"; a month or year as it is)."""
    try:
        return (date.fromisoformat(day) - timedelta(days=7)).isoformat()
    except ValueError:
        return day


@lru_cache(maxsize=1)
def _collective_states_pattern() -> re.Pattern:
    phrases = sorted(collective_states(), key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in phrases)
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)


def _collective_key(text: str) -> str:
    words = " ".join(text.split()).lower()
    return next(p for p in collective_states() if p.lower() == words)
