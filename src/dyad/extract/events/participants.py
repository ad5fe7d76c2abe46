"""Who does what to whom: the source and target actors of an event trigger, read off the parse.

Tokens are mapped to actors by the character offsets of the actors' mentions (coreference is
already resolved, so pronouns and surnames are mentions too). The rules, in order of trust:
subject -> source, object or prepositional object -> target; passive voice swaps them ("X was
attacked by Y"); a verb without a subject takes it from the verb it depends on ("agreed to meet",
"met and signed"); a nominal event takes its possessor or compound as source ("X's invasion of Y",
"the US overture") and otherwise the subject of the clause that governs it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from dyad.annotate.dateline import dateline_spans, in_dateline
from dyad.annotate.lexicon import evidence_verbs, reporting_verbs
from dyad.extract.events.clauses import cannon_word, shared_object
from dyad.extract.events.conventions import Conventions
from dyad.extract.events.coordination import clause_conjunct, true_head
from dyad.extract.events.groups import Groups
from dyad.extract.events.participant_words import GROUP_PREPS, OBJECT_DEPS, SUBJECT_DEPS, words
from dyad.extract.events.patterns import PREDICATE_VERBS, described
from dyad.extract.events.unknown_states import (
    SHORT_TEXT_SENTENCES,
    UnknownStates,
    lone_localities,
    state_name_shape,
)
from dyad.extract.events.where_phrases import where_tokens

NOUN_MOD_DEPS = ("compound", "amod", "nmod", "appos", "flat")
ARMED_GROUP_WORDS = frozenset({"group"})  # "the group", "the militant group": the armed group named before
ARMED_SECTORS = frozenset({"REB", "INS", "UAF", "SEP"})  # rebels, insurgents, unaligned armed forces, separatists
RELATIVE_TAGS = ("WDT", "WP", "WP$")
INHERIT_DEPS = ("xcomp", "conj", "advcl", "pcomp", "acomp")
LOCATIVE_PREPS = frozenset({"at", "in"})
PROPERTY_CODE = "171"  # seize or damage property: the thing the cue names lies in its owner's state
AGENT_PREPS = frozenset({"by", "from"})
SINGULAR_PRONOUNS = frozenset({"it", "he", "she"})
OWNER_PREPS = frozenset({"by", "from", "of"})
OWN_POSSESSIVES = frozenset({"its", "our", "their"})  # a speaker's own, when no one else is read into them
EACH_PREPS = ("of", "from")  # "officials of/from Japan and Vietnam": each state's people (a group word's "from")
PARTNER_PREPS = frozenset({"with", "between", "among"})
AGREED_PREPS = frozenset({"to", "on"})  # "agreed to a cease-fire", "agreed on a deal": what binds the parties
JOINT_PREPS = frozenset({"between", "among"})
TOPIC_PREPS = frozenset({"on", "about", "over", "regarding"})  # what a shared thing is about, no partner  # "the pact between X and Y": its parties  # "cooperation with X": the partners of a mutual object
POSSESSIVE_MARKS = ("'", "'s", "\u2019", "\u2019s")
OTHER_CLAUSE_DEPS = ("relcl", "ccomp", "advcl", "parataxis")
MEMBER_SENTENCES = 3  # sentences back a collective's members may be named
OFFICE_SENTENCES = 5  # sentences back "the ministers" may find the office holders it stands for
MEMBER_KINDS = ("state", "person", "organization")
LIST_KINDS = ("state", "person")  # "A B, C D and E F": an apposition of one of these with an "and" lists them
HOME_KINDS = ("state", "person")  # actors that speak for their own state
WARNING_ROOTS = frozenset({"13"})  # threats and warnings
VERBAL_ROOTS = frozenset({"01", "02", "03", "04", "05", "10", "11", "12", "13"})  # acts of words: a speaker's
WARNING_VERBS = frozenset({"warn", "threaten", "vow"})  # what these say is to come is a threat
ANSWER_VERBS = frozenset({"respond", "react", "mobilize", "mobilise"})  # a response to come, sternly or by all means: a threat
ANSWERED_PREPS = frozenset({"to", "against"})  # what it answers ("to any provocation by the North")
FEELING_ROOTS = frozenset({"01"})  # "concerned", "pessimistic": a feeling about someone, named or not
FEELING_PREPS = frozenset({"with", "about", "over", "at", "by"})  # what a feeling is about
DEMAND_ROOTS = frozenset({"10"})  # demands: one that names no one is aimed at whom its coordinated act named
OFFICE_SECTOR = "GOV"  # "US President", "the North Korean leader": an office, its holder or its state


class ActorIndex(UnknownStates):
    """Maps tokens of one spaCy Doc to actor ids through mention offsets; mentions in credits and
    datelines ("SEOUL, Jan 14 (Reuters) -") are left out."""

    def __init__(self, article, groups: Groups | None = None):
        self.by_token: dict[int, str] = {}
        self.shared: dict[int, list[str]] = {}  # "the two men", "they": one mention of several actors
        self._group_members: dict[str, list[str]] = {}
        self._expanding: set[int] = set()
        self.groups = groups
        self.article = article
        doc = article.doc
        self.where = where_tokens(article)
        self.short = len(list(doc.sents)) <= SHORT_TEXT_SENTENCES
        self.lone = lone_localities(article) if self.short else set()
        owners: dict[tuple[int, int], list[str]] = {}
        datelines = groups.datelines if groups is not None else dateline_spans(article.text)
        for actor in article.actors:
            unknown = actor.kind in ("organization", "person") and not (actor.wikidata or actor.country or actor.sector)
            for m in actor.mentions:
                if article.in_credit(m.start) or in_dateline(datelines, m.start):
                    continue
                span = doc.char_span(m.start, m.end, alignment_mode="expand")
                if unknown and span is not None and len(span) and _no_actor_name(span):
                    continue
                for tok in span or ():
                    self.by_token.setdefault(tok.i, actor.id)
                if span is not None and actor.id not in owners.setdefault((span.start, span.end), []):
                    owners[(span.start, span.end)].append(actor.id)
        for (start, end), ids in owners.items():
            if len(ids) > 1:  # the actors stage gave a group phrase or a plural pronoun to each member
                self.shared.update({i: ids for i in range(start, end)})
        if groups is not None:
            self._described_orgs(doc)
            self._unknown_states(doc)
            self.where -= {i for i in self.where if i in self.groups.state_at and self.lone_token(doc[i])}


    def is_state(self, actor_id: str) -> bool:
        actor = self.article.actor(actor_id) or self.groups.made.get(actor_id)
        return actor is not None and actor.kind == "state"


    def roll_up(self, actor_ids: list[str]) -> list[str]:
        """Inferred arguments (taken from the clause, not stated for the trigger) are claimed at the
        safer, less specific level: a person stands for the state they belong to, when the article
        has that state as an actor ("ignored the US overture" -> North Korea, not its leader)."""
        out: list[str] = []
        for actor_id in actor_ids:
            actor = self.article.actor(actor_id)
            state = self.article.actor(actor.country) if actor and actor.kind == "person" else None
            rolled = state.id if state is not None and state.kind == "state" else actor_id
            if rolled not in out:
                out.append(rolled)
        return out

    def at(self, token) -> str | None:
        return self.by_token.get(token.i)

    def person(self, token) -> str | None:
        """The person actor ``token`` names, or None."""
        actor = self.article.actor(self.at(token))
        return actor.id if actor is not None and actor.kind == "person" else None

    def country(self, actor_id: str) -> str | None:
        """The state an actor belongs to (a state: itself)."""
        actor = self.article.actor(actor_id) or (self.groups.made.get(actor_id) if self.groups else None)
        return actor.country if actor is not None else None

    def homes(self, actor_ids) -> set[str]:
        """The states that states and people speak for (a rebel group's country is no home of it)."""
        found = (self.article.actor(a) for a in actor_ids)
        return {a.country for a in found if a is not None and a.kind in HOME_KINDS and a.country}

    def of_phrase(self, token, possessor: bool = True) -> str | None:
        """The actor a noun phrase names: its head, else its modifiers, else (optionally) its possessor."""
        if token.tag_ in RELATIVE_TAGS and token.head.dep_ == "relcl":
            token = token.head.head
        found = self.at(token)
        if found and getattr(self.article.actor(found), "kind", None) != "group":
            return found
        armed = self._armed_group_before(token)  # "accusing the group of war crimes" after "talks with Hamas"
        if armed or found:
            return armed or found
        if token.lemma_.lower() in words()["setting"]:  # "on the sidelines of the APEC summit"
            return None
        group = self._national_group(token)  # "Kenyan doctors", "lawyers in Pakistan": a sector of a state
        if group:
            return group
        for child in token.children:
            if child.dep_ in NOUN_MOD_DEPS and (self.at(child) or self._modifier_actor(child)):
                return self.at(child) or self._modifier_actor(child)
        if possessor and self.possessor(token) and not _counterpart(token):
            return self._owned_group(token) or self.possessor(token)
        member_of = self._prep_actor(token, GROUP_PREPS)  # "thousands of Iraqi Kurds", "jets from Japan"
        if member_of:
            return member_of
        named = self._named_before(token)  # "the council" after "the U.N. Security Council"
        if named:
            return named
        group = self.groups.actor(token) if self.groups is not None else None
        return group  # "police", "Kurdish fighters", "displaced people"

    def _armed_group_before(self, token) -> str | None:
        """ "The group accused Israel" after "Hezbollah fired rockets", "accusing the group of war crimes"
        after "talks with the ELN", a headline's bare "accuses group of war crimes": "group" with no
        owner or modifier of its own but "the", or an adjective ("the militant group"), is the armed group
        (rebels, insurgents, militias) named last before it, in its sentence or the one before."""
        if token.lemma_.lower() not in ARMED_GROUP_WORDS or token.tag_ != "NN":
            return None
        dets = [c.lower_ for c in token.children if c.dep_ == "det"]
        if dets not in ([], ["the"]) or any(c.dep_ in ("poss", "compound", "nummod") for c in token.children):
            return None
        members = [o for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
        if any(o.pos_ in ("NUM", "PROPN") or self.at(o) or self.groups is not None and self.groups.words.sector(o)
               for o in members):
            return None  # "the group of lawyers", "the group of seven": whom it gathers ("accuses group of war crimes": the charge)
        doc = token.doc
        start = doc[token.sent.start - 1].sent.start if token.sent.start > 0 else token.sent.start
        first = doc[start].idx
        actors = [*self.article.actors, *(self.groups.made.values() if self.groups is not None else ())]
        found = [(m.start, a.id) for a in actors if a.kind in ("organization", "group") and a.sector in ARMED_SECTORS
                 for m in a.mentions if first <= m.start < token.idx]
        return max(found)[1] if found else None

    def _named_before(self, token) -> str | None:
        """ "The council condemned ..." after "the U.N. Security Council", "the alliance" after "NATO"
        (known also as the North Atlantic Alliance): a definite singular noun that is the last word of
        the name, or of a name it is known by, of the one organisation named before it stands for it."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return None
        word = token.lower_
        if token.text == word and word in words()["body_nouns"] and (body := self._body_before(token)):
            return body  # (the parser may tag it NNP)
        if token.tag_ != "NN":
            return None
        if any(c.dep_ in NOUN_MOD_DEPS + ("poss",) for c in token.children):
            return None
        found = {
            a.id
            for a in self.article.actors
            if a.kind == "organization" and any(n.lower().split()[-1:] == [word] for n in (a.name, *a.aliases))
            and any(m.start < token.idx for m in a.mentions)
        }
        return found.pop() if len(found) == 1 else None

    def _body_before(self, token) -> str | None:
        """ "the bloc", "the West African bloc": the one intergovernmental organisation named before it,
        when no word of the phrase names an actor of its own."""
        if any(self.at(t) for t in token.subtree if t.i != token.i) or any(c.dep_ == "poss" for c in token.children):
            return None
        found = {
            a.id
            for a in self.article.actors
            if a.kind == "organization" and (a.code or "").startswith("IGO") and any(m.start < token.idx for m in a.mentions)
        }
        return found.pop() if len(found) == 1 else None

    def _national_group(self, token) -> str | None:
        """A group word with its country ("Kenyan doctors", "lawyers in Pakistan") is that country's
        group in the word's sector, not the country itself. A possessor ("Hun Sen's government"), an
        "of" phrase ("a group of Moroccan diplomats"), a named person or organisation in the phrase
        ("US President Donald Trump", "U.S. Army soldiers") and an office ("the North Korean leader",
        sector GOV) are read as before."""
        if (
            self.groups is None
            or self.groups.words.sector(token) in (None, OFFICE_SECTOR)
            or any((c.dep_ == "poss" and not _counterpart(token)) or (c.dep_ == "prep" and c.lower_ == "of") for c in token.children)
            or any(not self._state_or_none(c) for c in token.subtree if c.i != token.i)
            or any(g.conjuncts for c in token.children if c.dep_ == "prep" for g in c.children)
        ):
            return None  # "bombers from the US, Korea and Japan": the states, not one state's group
        group = self.groups.actor(token)
        made = self.groups.made.get(group) if group else None
        return group if made is not None and made.country and group not in self.groups.homed else None

    def _state_or_none(self, token) -> bool:
        actor = self.article.actor(self.at(token)) if self.at(token) else None
        return actor is None or actor.kind == "state"

    def _owned_group(self, token) -> str | None:
        """ "China's military", "Israel's police": the state's group, with its sector (MIL, COP)."""
        owner_id = self.possessor(token)
        owner = self.article.actor(owner_id) or (self.groups.made.get(owner_id) if self.groups else None)
        if (
            self.groups is None
            or owner is None
            or owner.kind != "state"
            or not self.groups.words.sector(token)
        ):
            return None
        return self.groups.actor(token)

    def _prep_actor(self, token, preps) -> str | None:
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in preps:
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and self.of_phrase(pobj, possessor=False):
                        return self.of_phrase(pobj, possessor=False)
        return None

    def _modifier_actor(self, token) -> str | None:
        return next((self.at(c) for c in token.children if c.dep_ in NOUN_MOD_DEPS and self.at(c)), None)

    def possessor(self, token) -> str | None:
        for child in token.children:
            if child.dep_ == "poss":
                owner = self.of_phrase(child, possessor=True)
                return self._other_owner(token, child, owner) if child.tag_ == "PRP$" else owner
        for child in token.children:  # "the US' overture": the parser lost the possessive, its mark remains
            if child.lower_ in POSSESSIVE_MARKS and child.i > 0 and child.i < token.i:
                return self.at(token.doc[child.i - 1])
        return None

    def _other_owner(self, noun, pronoun, owner: str | None) -> str | None:
        """A possessive pronoun on what a verb condemns or punishes names no act of its subject ("the
        council condemned its latest test", "imposed sanctions on North Korea over its test"): the
        verb's own target, else the last state named before the pronoun, is the owner."""
        verb = _disowning_verb(noun)
        if verb is None:
            return owner
        subject = next((self.at(s) for s in subjects(verb)[0] if self.at(s)), None)
        if owner is not None and owner != subject:
            return owner  # an unread subject ("The council") leaves an unread "its" to the search
        if (found := self.punished(noun)) is not None:
            return found
        for i in range(pronoun.i - 1, -1, -1):
            found = self.by_token.get(i)
            actor = self.article.actor(found) if found and found != subject else None
            if actor is not None and actor.kind == "state":
                return found
        return owner

    def punished(self, noun) -> str | None:
        """Who a verb that condemns or punishes an event no one is named to own acts against ("imposed
        sanctions on North Korea for repeated missile tests", "in response to last month's launch"):
        the owner of that event, as "its" would name it; None where no such verb governs it."""
        verb = _disowning_verb(noun)
        if verb is None:
            return None
        subject = next((self.at(s) for s in subjects(verb)[0] if self.at(s)), None)
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        preps = [c for h in (verb, *objects) for c in h.children if c.dep_ == "prep" and c.lower_ in ("on", "against")]
        named = [o for p in preps for o in p.children if o.dep_ == "pobj"] + objects
        named = [o for o in named if noun not in o.subtree]  # "condemned its launch": the launch owns no one
        found = next((a for a in self.all_of(named) if a != subject), None)
        if found is None and self.groups is not None:  # "sanctions on Moscow": the capital's state
            found = next((a for o in named for a in self.groups.place_states(o) if a != subject), None)
        return found

    def modifiers(self, token) -> list[str]:
        """Actors inside the noun's compounds and adjectives, in order ("the US-North Korea summit")."""
        out: list[str] = []
        for child in token.children:
            if child.dep_ in NOUN_MOD_DEPS and child.i < token.i:
                for tok in child.subtree:
                    actor = self.at(tok)
                    if actor and actor not in out:
                        out.append(actor)
        return out

    def opposed_modifiers(self, token) -> list[str]:
        """Actors after "anti-" among the noun's modifiers ("anti-Brazil rallies", "anti-American
        rallies"): whom the act is against, never who does it."""
        doc = token.doc
        out: list[str] = []
        for child in token.children:
            if child.dep_ not in NOUN_MOD_DEPS or child.i > token.i:
                continue
            for tok in child.subtree:
                actor = self.at(tok)
                if actor and actor not in out and tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "anti":
                    out.append(actor)
        return out

    def pair_modifiers(self, noun) -> list[str]:
        """The two states an adjective of their relation before an event noun names ("the
        inter-Korean talks", "cross-strait dialogue": lexicon/pair_adjectives.csv), or none."""
        if self.groups is None:
            return []
        mods = [c for c in noun.children if c.dep_ in NOUN_MOD_DEPS and c.i < noun.i]
        return next((found for c in mods if (found := self.groups.pair_states(c))), [])

    def heads_only(self, tokens) -> list[str]:
        """Actors of noun-phrase heads among ``tokens``, leaving out actors that only modify another
        actor's mention ("US" in "then-US President Donald Trump")."""
        out: list[str] = []
        for tok in tokens:
            actor = self.at(tok)
            if not actor or actor in out or tok.i in self.where:
                continue
            if self._modifies_other(tok, actor):
                continue
            out += [a for a in self.shared.get(tok.i, [actor]) if a not in out]
        return out

    def _modifies_other(self, token, actor: str, steps: int = 4) -> bool:
        """Whether a mention only modifies another actor's, directly or through a title ("US" in "US
        President Donald Trump", "North Korean" in "North Korean leader Kim Jong-un")."""
        current = token
        for _ in range(steps):  # through the actor's own words ("North" "Korean") and titles
            if current.dep_ not in NOUN_MOD_DEPS + ("poss",) or current.head.i == current.i:
                return False
            current = current.head
            owner = self.at(current) or next(  # "US President, Donald Trump" parsed as an apposition
                (self.at(c) for c in current.children if c.dep_ == "appos" and self.at(c)), None
            )
            if owner and owner != actor:
                return True
        return False

    def all_of(self, tokens) -> list[str]:
        """Actor ids of tokens and their conjuncts, in order, without repeats. A place where something
        happens is no actor ("held a summit at Camp David"); a collective names its members ("the
        leaders of Japan and Korea", "both sides", "the three countries")."""
        out: list[str] = []
        for tok in tokens:
            for t in (tok, *self.listed(tok)):
                if t.i in self.where or (t is not tok and _reports(t)):
                    continue
                found = (
                    self.shared.get(t.i) or self.members(t) or self.coordinated_modifiers(t) or self.hyphen_pair(t) or self.of_each(t)
                    or self.repeated(t) or self.titled_list(t) or self.run_together(t) or self.office_holders(t)
                )
                if t.i in self.shared and (each := self.of_each(t)):  # "the ministers of Japan, the US and
                    found = _unique([*each, *(a for a in found if a != self.at(t))])  # Korea": each state, no group
                for actor in self._through_pronoun(t, found or [self.of_phrase(t)]):
                    if actor and actor not in out:
                        out.append(actor)
        return out

    def _through_pronoun(self, token, found: list) -> list:
        """ "The foreign ministers of Japan, the US and South Korea agreed that their countries will hold
        a summit": a pronoun ("they", "their") read as a group of no state stands for the actors the
        group's own phrase lists."""
        if not (token.pos_ == "PRON" or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children)):
            return found
        return [m for a in found for m in (self.group_members(a) or [a])]

    def group_members(self, actor_id: str | None) -> list[str]:
        """The actors a group of no state stands for: those its first noun mention lists ("the foreign
        ministers of Japan, the US and South Korea", "Japanese and Chinese officials"), else none."""
        if actor_id is None:
            return []
        if actor_id not in self._group_members:
            actor = self.article.actor(actor_id)
            members: list[str] = []
            if actor is not None and actor.kind == "group" and not actor.country:
                doc = self.article.doc
                noun = next((doc[i] for i in sorted(self.by_token) if self.by_token[i] == actor_id
                             and doc[i].pos_ == "NOUN" and doc[i].tag_ in ("NNS", "NNPS")), None)
                if noun is not None:
                    members = self.of_each(noun) or self.coordinated_modifiers(noun)
            self._group_members[actor_id] = members if len(members) > 1 else []
        return self._group_members[actor_id]

    def listed(self, token) -> list:
        """The tokens coordinated with ``token``: its conjuncts, and a list the parser made an
        apposition of ("President Joe Biden, South Korean President Yoon Suk Yeol and Japanese Prime
        Minister Fumio Kishida": Yoon an apposition of Biden, Kishida Yoon's conjunct), when the
        apposition is another actor of the same kind with an "and" of its own."""
        out = [c for c in token.conjuncts if not (c.i > token.i and clause_conjunct(c))]
        for child in token.children:
            if child.dep_ == "appos" and child.i > token.i and self._another_of_a_kind(token, child) and any(
                c.dep_ == "cc" for c in child.children
            ):
                out += [child, *child.conjuncts]
        return out

    def titled_list(self, token) -> list[str]:
        """"US President Donald Trump and North Korean leader Kim Jong Un", parsed as the title
        "President" with the name an apposition and the second person that name's conjunct: the
        title, no actor of its own, stands for every person listed (not for the state of its
        modifier, "US"), in order."""
        if self.at(token) is not None:
            return []
        for child in token.children:
            if child.dep_ != "appos" or child.i < token.i or self.at(child) is None:
                continue
            if not child.conjuncts or not any(c.dep_ == "cc" for c in child.children):
                continue
            out: list[str] = []
            for t in (child, *child.conjuncts):
                actor = self.at(t)
                if actor and actor not in out:
                    out.append(actor)
            return out if len(out) > 1 else []
        return []

    def office_holders(self, token) -> list[str]:
        """ "Kovac met his Ruritanian counterpart Lind on Monday ... The ministers discussed trade": a
        definite plural people noun subject with no state in its own words, that the actors stage read as
        a group (or as nothing), stands for the people named in the OFFICE_SENTENCES before it who hold
        the office it names ("Foreign Minister of X"), when they serve two states or more: those of
        the office last named, as many as its number says when it says one; where none is known
        (or they serve one state), the meeting's parties of the sentence before (``_met_before``). Not
        "the Arnorian ministers" (its own state), nor "their ministers"."""
        if token.tag_ != "NNS" or token.dep_ not in ("nsubj", "nsubjpass") or self.groups is None:
            return []
        if not _anaphoric(token) or _bare_number(token) or self.possessor(token):
            return []
        if any(c.dep_ in ("amod", "compound", "nmod", "prep") and self._names_actor(c) for c in token.children):
            return []
        own = self.article.actor(self.at(token)) if self.at(token) else None
        if own is not None and own.kind != "group":
            return []
        word, doc = token.lemma_.lower(), token.doc
        start = token.sent.start
        for _ in range(OFFICE_SENTENCES):
            if start <= 0:
                break
            start = doc[start - 1].sent.start
        lo, hi = doc[start].idx, token.idx
        last: dict[str, tuple[int, str]] = {}  # person -> (last mention before the noun, office)
        for actor in self.article.actors:
            if actor.kind != "person" or not actor.country:
                continue
            office = next((r.split(" of ")[0] for r in actor.roles
                           if not r.lower().startswith("former") and word in r.lower().split(" of ")[0].split()), None)
            seen = [m.start for m in actor.mentions if lo <= m.start < hi]
            if office and seen:
                last[actor.id] = (max(seen), office)
        if not last:
            return self._met_before(token)
        latest = max(last, key=lambda a: last[a][0])
        holders = sorted((a for a in last if last[a][1] == last[latest][1]),
                         key=lambda a: min(m.start for m in self.article.actor(a).mentions))
        count = _number(token)
        if count is not None and count != len(holders):
            return []
        return holders if len({self.country(a) for a in holders}) >= 2 else self._met_before(token)

    def run_together(self, token) -> list[str]:
        """ "with U.S. Secretary of State Rex Tillerson and South Korean Foreign Minister Kang
        Kyung-wha", parsed as one phrase: the first person's name a modifier inside the second's, with
        the "and" on it. Each person, in order (was: the last one alone)."""
        own = self.at(token)
        if not self._person(own):
            return []
        for tok in token.subtree:
            if tok.i >= token.i:
                break
            other = self.at(tok)
            if other != own and self._person(other) and any(c.dep_ == "cc" and c.lower_ == "and" for c in tok.children):
                return [other, own]
        return []

    def _person(self, actor_id: str | None) -> bool:
        actor = self.article.actor(actor_id) if actor_id else None
        return actor is not None and actor.kind == "person"

    def _another_of_a_kind(self, token, other) -> bool:
        first, second = self.article.actor(self.at(token)), self.article.actor(self.at(other))
        return (
            first is not None and second is not None and first.id != second.id
            and first.kind == second.kind and first.kind in LIST_KINDS
        )

    def _listed_by_head(self, token) -> bool:
        return token.dep_ == "appos" and token in self.listed(token.head)

    def coordinated_modifiers(self, token) -> list[str]:
        """"Indian and Pakistani troops": a head whose coordinated modifiers name actors of their own
        stands for each of them, in order."""
        out: list[str] = []
        for child in token.children:
            if child.dep_ in ("amod", "compound", "nmod") and child.i < token.i and child.conjuncts:
                for t in sorted((child, *child.conjuncts), key=lambda x: x.i):
                    actor = self.at(t)
                    if actor and actor not in out:
                        out.append(actor)
        return out if len(out) > 1 else []

    def hyphen_pair(self, token) -> list[str]:
        """ "the Brazil-U.S. alliance", "the South Korea-U.S. talks": a noun no actor names, before which a
        hyphen joins two actors' names, stands for both, in order (the parser hangs the first name on the
        second, as if it modified it)."""
        if self.at(token):
            return []
        doc = token.doc
        for child in token.children:
            second = self.at(child)
            if child.dep_ not in NOUN_MOD_DEPS or child.i > token.i or not second:
                continue
            for tok in child.subtree:
                first = self.at(tok)
                if (first and first != second and tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-"
                        and self.at(doc[tok.i + 2]) == second):
                    return [first, second]
        return []

    def of_each(self, token) -> list[str]:
        """ "Representatives of Japan, South Korea and Australia", "Officials from Arnor and Eriador":
        people of several actors stand for each of them."""
        if self._named_actor(token):
            return []
        people = self.groups is not None and self.groups.words.sector(token) is not None
        preps = EACH_PREPS if people else ("of",)  # not "crossed the border from Russia, Belarus and Crimea"
        phrases = [c for c in token.children if c.dep_ == "prep" and c.lower_ in preps]
        named = [a for c in phrases for a in self._pobj_all(c)]
        if people and len(named) == 1:  # "the ministers of Japan, the US and South Korea", parsed with the
            named += [  # later states conjuncts of "ministers": states listed after the phrase are its own
                a for c in token.conjuncts if c.i > phrases[0].i and (a := self.at(c)) and self.is_state(a) and a not in named
            ]
        return named if len(named) > 1 else []

    def repeated(self, token) -> list[str]:
        """ "Officials from Japan, the US and South Korea met in Seoul. The officials condemned ...",
        "Japanese and Chinese envoys held talks ... the envoys agreed": a definite plural noun that
        repeats the head of a phrase standing for several actors, in its sentence or up to
        MEMBER_SENTENCES before it, stands for the same actors (the latest such phrase)."""
        if token.tag_ not in ("NNS", "NNPS") or self.groups is None or not _anaphoric(token):
            return []
        if self.groups.words.sector(token) is None or self.possessor(token):
            return []  # people ("the officials", "the envoys"), not "the two economies"; not "their envoys"
        if any(c.dep_ in ("amod", "compound", "nmod", "prep") and self._names_actor(c) for c in token.children):
            return []  # "the South Korean officials": its own state
        doc, start = token.doc, token.sent.start
        for _ in range(MEMBER_SENTENCES):
            if start <= 0:
                break
            start = doc[start - 1].sent.start
        for tok in reversed(doc[start : token.i]):
            if tok.lemma_.lower() != token.lemma_.lower() or tok.tag_ != token.tag_:
                continue
            several = self.shared.get(tok.i) or self.coordinated_modifiers(tok) or self.of_each(tok)
            if len(several) > 1:
                return list(several)
        return []

    def _names_actor(self, token) -> bool:
        """Whether a modifier names an actor other than the one its head is part of ("foreign" in
        "the foreign ministers" names none)."""
        return any(self.at(t) not in (None, self.at(token.head)) for t in token.subtree)

    def _named_actor(self, token) -> bool:
        """Whether the token is an actor of its own, not a group of no state that the actors stage made
        of a collective a pronoun refers back to ("The nuclear envoys of South Korea, Japan and the
        United States held talks ... They agreed ...": the envoys stand for their states)."""
        found = self.at(token)
        if not found:
            return False
        actor = self.article.actor(found)
        return not (actor is not None and actor.kind == "group" and not actor.country)

    def members(self, token) -> list[str]:
        """The actors a collective noun stands for: those of its "of" phrase, else the states and
        people named elsewhere in its sentence, else in the sentence before (as many as its number
        says, when it says one). A list in apposition names them ("the three countries, A, B and C")."""
        if token.tag_ in ("NNS", "NNPS") and (listed := self._appositive_list(token)):
            return listed
        if (self.at(token) if token.pos_ == "PRON" else self._named_actor(token)) or self.groups is None:
            return []  # "they" keeps whom the actors stage read it as
        if token.lower_ in PLURAL_SUBJECTS and token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ in MAIN_DEPS:
            return self._coordination_before(token, None)  # "Takaichi and Lee ... They condemned the launch"
        bare = _bare_number(token)  # "the two agreed to work together": a numeral standing for those named
        if not bare and not self.groups.words.collective(token):
            return []
        named = [
            a for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for a in self._pobj_all(c)
        ]
        if len(named) > 1:
            return named
        if self.at(token):  # a group the actors stage made: only its own "of" phrase names its members,
            count = _number(token)  # or, counted ("both allies"), the states the story is about
            if not count:
                return self.states_joined_before(token)
            return self._coordination_before(token, count) or self._most_named(token, count)
        if self.possessor(token) or any(
            c.dep_ in ("amod", "compound") and self.at(c) for c in token.children
        ):
            return []
        if not _anaphoric(token):  # "several more countries", "Western governments": others
            return []
        count = bare or _number(token)
        joined = self._coordination_before(token, count)
        if joined:
            return joined
        sentence = token.sent
        found = self._named_in(sentence, exclude=set(t.i for t in _own_clause(token).subtree))
        if len(found) < 2 and sentence.start > 0:
            found = self._named_in(token.doc[sentence.start - 1].sent, exclude=set())
        if len(found) >= 2:
            return found[:count]
        return self._most_named(token, count) if count else []

    def _appositive_list(self, token) -> list[str]:
        """The actors of a list in apposition to a plural noun ("the three countries (A, B, and C)"), when
        it names two or more, else none."""
        found = [self.at(t) for c in token.children if c.dep_ == "appos" for t in (c, *c.conjuncts)]
        found = _unique(a for a in found if a)
        return found if len(found) > 1 else []

    def states_joined_before(self, token) -> list[str]:
        """"Peru and Ecuador met in Quito for border talks, where the allies agreed ...": an uncounted plural word of
        states (``state_collectives``: "the allies", "the Andean powers") with "the", that the actors
        stage made a group of, stands for the states last joined by "and" before it (in its sentence or
        the MEMBER_SENTENCES before), when all of them are states, or people of as many states (their
        states); none otherwise ("its allies", "the allies" after two people of one state)."""
        if token.lemma_.lower() not in words()["state_collectives"]:
            return []
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return []
        doc, start = token.doc, token.sent.start
        for _ in range(MEMBER_SENTENCES):
            if start <= 0:
                break
            start = doc[start - 1].sent.start
        for tok in reversed(doc[start : token.left_edge.i]):
            if not tok.conjuncts or tok.i in self.where:
                continue
            joined = _unique(self.at(t) for t in sorted((tok, *tok.conjuncts), key=lambda t: t.i))
            states = _unique(self._state_or_home(a) for a in joined)
            if len(joined) >= 2 and len(states) == len(joined):
                return states
        return []

    def _state_or_home(self, actor_id: str | None) -> str | None:
        """A state itself, a person their state ("Wang and Kishida ... the Asian powers"), else None."""
        actor = self.article.actor(actor_id) if actor_id else None
        if actor is None:
            return None
        return actor.id if actor.kind == "state" else actor.country if actor.kind == "person" else None

    def _met_before(self, token) -> list[str]:
        """``office_holders``' second way, for people the knowledge base gives no office: "The ministers
        discussed trade" after "Soto met her Peruvian counterpart Vera": a definite plural
        group of no state, uncounted, the subject of its clause, stands for the people of two or more
        states its sentence before names (a meeting's parties), as "the two ministers" would. None
        otherwise ("The ministers approved the budget" after one minister; a group whose own phrase
        lists its states keeps them)."""
        group = self.at(token) or self.groups.actor(token)
        made = self.article.actor(group) or self.groups.made.get(group) if group else None
        if (
            made is None or made.kind != "group" or made.country or token.dep_ != "nsubj" or token.tag_ != "NNS"
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
            or any(c.dep_ in ("poss", "prep", "nummod") for c in token.children)
        ):
            return []
        if token.sent.start == 0 or self.group_members(group):
            return []  # "Envoys from Norway and Iceland met ... The envoys": the group's own states, as before
        before = self._named_in(token.doc[token.sent.start - 1].sent, exclude=set())
        people = [a for a in before if (x := self.article.actor(a)) is not None and x.kind == "person"]
        homes = {self.country(a) for a in people} - {None}
        if len(people) < 2 or len(homes) != len(people):
            return []
        word = token.lemma_.lower()  # "the ministers" for ministers ("the negotiators" after two presidents: others)
        if word not in MET_ANY_ROLE and not all(word in _role_words_of(self.article.actor(a)) for a in people):
            return []
        return people

    def _most_named(self, token, count: int) -> list[str]:
        """The ``count`` states the story has named most before a counted collective ("urged both allies"
        in a story of Japan and South Korea's dispute), leaving out those its own sentence names outside
        the collective's clause (the speaker's: "the United States was concerned and urged both allies");
        in the order first named. None when the story names fewer, or a tie makes the choice unclear."""
        sentence = token.sent
        own = {t.i for t in _own_clause(token).subtree}
        beside = {self.at(t) for t in sentence if t.i not in own and self.at(t)}
        counts: dict[str, list[int]] = {}
        for actor in self.article.actors:
            if actor.kind != "state" or actor.id in beside:
                continue
            before = [m.start for m in actor.mentions if m.start < sentence.start_char]
            if before:
                counts[actor.id] = [len(before), -min(before)]
        ranked = sorted(counts, key=lambda a: counts[a], reverse=True)
        if len(ranked) < count or (len(ranked) > count and counts[ranked[count - 1]][0] == counts[ranked[count]][0]):
            return []
        return sorted(ranked[:count], key=lambda a: -counts[a][1])

    def _coordination_before(self, token, count: int | None, sentences: int = MEMBER_SENTENCES) -> list[str]:
        """The actors last joined by "and" before a collective ("Moon and Kim ... the two leaders"), in
        its sentence or up to ``sentences`` before it (a paragraph break too); or those of a collective
        subject there that names them ("The leaders also discussed North Korea ... They condemned the
        launch": the leaders' members, though their names lie further back); as many as its number
        says, when it says one."""
        doc, start = token.doc, token.sent.start
        for _ in range(sentences):
            if start <= 0:
                break
            start = doc[start - 1].sent.start
        sides = token.lemma_.lower() in words()["side_collectives"]
        for tok in reversed(doc[start : token.left_edge.i]):
            if tok.dep_ in ("nsubj", "nsubjpass") and (
                tok.i in self.shared or self.groups is not None and self.groups.words.collective(tok)
            ):  # a subject standing for several: "the two ministers" (read by the actors stage), "the leaders"
                named = self.shared.get(tok.i) or self.members(tok)
                if len(named) >= 2 and count in (None, len(named)):
                    return named
            if tok.dep_ == "conj" or tok.i in self.where or self._listed_by_head(tok) or not self.listed(tok):
                continue
            if sides and _mediating(tok):  # "the mediation of A and B ... the two parties": not A and B
                continue
            joined = _unique(
                self.at(t) or (self._named_compound(t) if sides else None) for t in (tok, *self.listed(tok)) if t.i not in self.where
            )
            kinds = [(x.kind if (x := self.article.actor(a)) else None) for a in joined]
            if len(joined) >= 2 and all(k in MEMBER_KINDS for k in kinds) and count in (None, len(joined)):
                return joined
        return []

    def _named_compound(self, token) -> str | None:
        """The actor a name before a common noun stands for ("the RSF paramilitary group"), else None."""
        return next((self.at(c) for c in token.children if c.dep_ in ("compound", "nmod") and self.at(c)), None)

    def _pobj_all(self, prep) -> list[str]:
        out: list[str] = []
        for pobj in prep.children:
            if pobj.dep_ == "pobj":
                for t in (pobj, *pobj.conjuncts):
                    # "the leaders of North and South Korea": coordinated modifiers name each state;
                    # "the top diplomats of the two nations": the collective's members
                    found = self.shared.get(t.i) or self.coordinated_modifiers(t) or self._collective_members(t)
                    for actor in found or [self.of_phrase(t, possessor=False) or self._home_at(t)]:
                        if actor and actor not in out:
                            out.append(actor)
        return out

    def _collective_members(self, token) -> list[str]:
        if self.groups is None or _number(token) is None or token.i in self._expanding or not self.groups.words.collective(token):
            return []
        self._expanding.add(token.i)  # "the leaders of the three countries": "the leaders" may be
        try:  # what the countries' members are looked for in
            found = self.members(token)
        finally:
            self._expanding.discard(token.i)
        count = _number(token)  # as many as it counts: not "the four border states" for a governor named
        return found if count is not None and len(found) == count else []  # before, nor "the member states"

    def _home_at(self, token) -> str | None:
        """The unknown state a name in a group's phrase was found to be ("Officials from Arnor"), else None."""
        return self.groups.state_at.get(token.i) if self.groups is not None else None

    def _named_in(self, span, exclude: set[int]) -> list[str]:
        """States and people heading noun phrases in ``span``, in order."""
        tokens = [t for t in span if t.i not in exclude and t.i not in self.where]
        kinds = ("state", "person", "organization")
        return [a for a in self.heads_only(tokens) if (x := self.article.actor(a)) and x.kind in kinds]


MET_ANY_ROLE = frozenset({"leader"})  # "the leaders": presidents, prime ministers, kings alike


def _role_words_of(actor) -> set[str]:
    """The lowercased words of a person's roles ("Minister of Foreign Affairs" -> minister, of, ...)."""
    return {w for role in (actor.roles if actor is not None else ()) for w in role.lower().replace("-", " ").split()}


@dataclass(slots=True)
class Arguments:
    sources: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    inferred: bool = False  # taken from the governing clause or the participants, not the trigger's own words


def subjects(verb, depth: int = 0) -> tuple[list, bool]:
    """The subject tokens of a verb and whether they are passive subjects (targets)."""
    own = [c for c in verb.children if c.dep_ in SUBJECT_DEPS and not cannon_word(c)]  # "and water cannoned"
    if own:
        return own + _split_subjects(own), own[0].dep_.endswith("pass")
    if depth > 4 or verb.head.i == verb.i:
        return [], False
    if verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return [verb.head], verb.tag_ == "VBN"
    if prompted := _prompted(verb):
        return prompted, False
    if verb.dep_ in INHERIT_DEPS or (verb.dep_ == "ccomp" and verb.tag_ == "VBG"):
        head = true_head(verb)  # "said Japan should stop ... and rejected": the reporting verb's
        head = head if head.pos_ in ("VERB", "AUX") else head.head
        subs, passive = subjects(head, depth + 1)
        if verb.dep_ == "xcomp" or _after_to_governor(verb):
            passive = False  # "is committed to holding talks": the subject of "is committed" holds them
        if verb.dep_ == "advcl":  # "Asked by reporters, Putin said", "Backed by Russia, the rebels"
            passive = any(c.dep_ == "auxpass" for c in verb.children) or (
                verb.tag_ == "VBN" and not any(c.dep_ == "aux" for c in verb.children)
            )
        return subs, passive
    return [], False


def _prompted(verb) -> list:
    """The object of a verb of conventions' prompters that governs this one after "to": in "...,
    prompting Moscow to demand an explanation", Moscow demands; [] otherwise."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.lemma_.lower() not in Conventions.default().prompters:
        return []
    return [c for c in head.children if c.dep_ == "dobj"]


def _names_actor(noun, index: ActorIndex) -> bool:
    """Whether a noun or an adjective or compound of it names an actor ("Philippine vessels"); its
    phrases do not ("meetings in the Pentagon")."""
    return bool(index.at(noun)) or any(
        c.dep_ in ("amod", "compound") and any(index.at(t) for t in c.subtree) for c in noun.children
    )


def _after_to_governor(verb) -> bool:
    """A gerund after "to" that a word of intention governs ("is committed to holding talks")."""
    if verb.dep_ != "pcomp" or verb.head.lower_ != "to":
        return False
    word = verb.head.head
    return bool({word.lemma_.lower(), word.lower_} & Conventions.default().to_governors.keys())


def _report_above_conjunct(verb):
    """The reporting verb above the clause the parser hung a subjectless conjunct on: in "the ministry
    said the measure was a response ... and accused Tokyo", "accused" is a conjunct of "was", whose
    subject (a thing) is no actor; the accusation is the ministry's."""
    head = verb.head
    if verb.dep_ != "conj" or any(c.dep_ in SUBJECT_DEPS for c in verb.children) or head.dep_ != "ccomp":
        return None
    return head.head if head.head.lemma_.lower() in reporting_verbs() else None


def _split_subjects(own) -> list:
    """The first half of a coordinated subject that a dateline before it made the parser hang on
    the second as a modifier ("SEOUL (Reuters) - President Trump and leader Kim Jong Un met": Trump,
    an "nmod" of "Un" with "and leader" as its conjunct)."""
    return [
        c
        for s in own
        for c in s.children
        if c.dep_ == "nmod" and c.i < s.i and any(g.dep_ == "cc" and g.lower_ == "and" for g in c.children)
    ]


def is_passive(verb) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _where_held(gatherings) -> list:
    """Where the gatherings someone attends are held: the place phrase on each ("the parade in
    Pyongyang"), else, for a definite one told before ("attended the military parade" after "Kim
    oversaw a military parade in Pyongyang"), the place phrase of its last earlier mention or of the
    verb that told it."""
    out = []
    for noun in gatherings:
        here = prep_objects(noun, LOCATIVE_PREPS)
        if not here and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children):
            for earlier in reversed(noun.doc[: noun.i]):
                if earlier.lemma_.lower() != noun.lemma_.lower() or earlier.pos_ != noun.pos_:
                    continue
                clause = earlier.head if earlier.dep_ in OBJECT_DEPS else earlier  # "oversaw a parade on
                here = [g for t in clause.subtree for g in prep_objects(t, LOCATIVE_PREPS)]  # Thursday night in X"
                if here:
                    break
        out += here
    return out


def prep_objects(token, preps: frozenset, skip=()) -> list:
    """Objects of the prepositions hanging on ``token`` whose word is in ``preps`` ("call on X": a
    preposition of the cue may still hold the target; an object of the cue does not)."""
    out = []
    for child in token.children:
        if child.dep_ in ("prep", "agent", "dative") and child.lower_ in preps:
            out += [g for g in child.children if g.dep_ in ("pobj", "pcomp") and g not in skip]
        elif child.dep_ == "advcl" and "with" in preps:
            out += [g for g in _with_clause_subjects(token, child) if g not in skip]
    return out


def _with_clause_subjects(token, clause) -> list:
    """ "cooperate closely with Seoul and Washington to respond to ...": the parse makes "with" the
    mark of an infinitive clause whose subject is who is cooperated with; that subject, when the
    clause follows the verb with no comma between (not "..., with China watching")."""
    marks = [m for m in clause.children if m.dep_ == "mark" and m.lower_ == "with"]
    if not marks or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return []
    between = token.doc[token.i + 1 : marks[0].i]
    if marks[0].i < token.i or any(t.is_punct for t in between):
        return []
    return [g for g in clause.children if g.dep_ == "nsubj" and marks[0].i < g.i < clause.i]


def verb_arguments(match, index: ActorIndex) -> Arguments:
    verb, pattern, cue = match.trigger, match.pattern, set(match.cue)
    if (guest := visitor(verb)) is not None:
        return _visit(verb, guest, index)
    subs, passive = subjects(verb)
    if verb.lemma_.lower() in words()["sighting_verbs"] and match.cue_object is not None:
        return _sighted(verb, match.cue_object, [] if passive else subs, index)
    subs = [visitor(s) or s for s in subs]  # "Visiting Secretary Pompeo met Kim": Pompeo
    args = Arguments()
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS and c not in cue]
    if not objects:  # "rammed and water cannoned two boats": the actor the next verb has as object (clauses.shared_object)
        objects = [o for o in shared_object(verb) if o not in cue and _names_actor(o, index)]
    objects += [  # "met visiting Wang Yi", "hosted a banquet for visiting Xi"
        g for h in (verb, *objects) for c in h.children if c not in cue for g in _visitors_below(c)
    ]
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children]
    # a bare participle with its doer named is passive whatever it hangs on ("..., later canceled by X")
    named_doer = bool(agents) and verb.tag_ == "VBN" and not any(c.dep_ == "aux" or c.dep_ in SUBJECT_DEPS for c in verb.children)
    feeling = verb.lemma_.lower() in words()["feeling_verbs"]
    felt = verb.lower_ in words()["feeling_participles"] and (not agents or feeling)
    if felt and agents and verb.dep_ == "acl":
        return args  # "hackers angered by the cartoons defaced ...": why they acted, no event of its own
    passive = (passive or is_passive(verb) or named_doer) and not felt
    if felt and agents:  # "Washington was angered by Seoul's decision": Washington feels it, at Seoul
        objects += agents
    elif feeling and not passive and objects:  # "Seoul's decision angered Washington": the same
        subs, objects = objects, subs
    if passive and match.cue_object is not None and match.cue_object in described(verb):
        subs = [match.cue_object]  # "restore talks between X and Y, set for May but canceled by X": the talks, no subject
    if passive:
        args.targets = index.all_of([s for s in subs if s not in cue])
        args.sources = (
            index.all_of(agents)
            or _instrument_agent(verb, match.cue_object, index)
            or _expelled_from(verb, pattern.code, args.targets, index)
        )
    else:
        args.sources = index.all_of(subs) or _agent_of_subject(subs, index)
        args.targets = index.all_of(objects)
    if not args.sources and verb.dep_ == "advcl" and any(s.lower_ in SINGULAR_PRONOUNS for s in subs):
        args.sources = index.all_of(subjects(verb.head)[0])  # "North Korea would pay if it supplied arms"
        args.inferred = bool(args.sources)
    if not args.sources and any(s.pos_ == "PRON" for s in subs):  # "Syria says it will withdraw"
        args.sources, args.inferred = index.roll_up(reporter(verb, index)), True
    if not args.sources and pattern.code[:2] in VERBAL_ROOTS and (report := _report_above_conjunct(verb)):
        args.sources, args.inferred = index.all_of(subjects(report)[0]), True  # "said the launch was ... and accused X"
    # "issued a statement calling on X to"; a past participle's governor did not do it ("the hostages held in Gaza")
    if not args.sources and verb.dep_ == "acl" and verb.tag_ != "VBN":
        governing = governing_actors(verb.head, index)
        args.sources, args.inferred = (index.roll_up(governing), True) if governing else ([], False)
    cue_verbs = [t for t in match.cue if t.dep_ == "xcomp"]  # "threatened to impose sanctions on X"
    for xverb in cue_verbs:
        args.targets += [
            a
            for a in index.all_of(c for c in xverb.children if c.dep_ in OBJECT_DEPS)
            if a not in args.targets
        ]
    holders = [verb, *cue_verbs] + ([match.cue_object] if match.cue_object is not None else [])
    # "Seoul and Kyiv agreed to share intelligence on the North": what the several share is about, no partner
    shared = match.cue_object is not None and len(args.sources) > 1 and pattern.code[:2] in words()["joint_roots"]
    preps = pattern.target_preps - LOCATIVE_PREPS if args.targets else pattern.target_preps
    for holder in holders:  # "hosted Kim at Russia's space center": whom, then only where
        if holder is match.cue_object and (owned := _owned_cue(holder, index, args)):
            args.targets = [t for t in args.targets if t not in args.sources] + owned  # "summoned China's
            continue  # ambassador to Seoul", "the Chinese envoy to Tokyo": China, not his post
        if holder is match.cue_object and pattern.roles and index.person(holder) not in (None, *args.sources):
            args.targets = [index.at(holder)]  # "summoned Xing to the ministry": Xing, known as an ambassador
            continue
        kept = preps - TOPIC_PREPS if holder is match.cue_object and shared else preps
        if holder is match.cue_object and pattern.code[:2] in words()["joint_roots"]:
            # "shared intelligence on North Korea's launch with Tokyo": the parser hangs the partner
            # on the topic; with a partner there, the topic names no target
            partners = [w for t in prep_objects(holder, TOPIC_PREPS, skip=cue) for w in prep_objects(t, frozenset({"with"}))]
            if partners:
                kept = (kept - TOPIC_PREPS) | {"with"}
                for actor in index.all_of(partners):
                    if actor not in args.targets and actor not in args.sources:
                        args.targets.append(actor)
        for actor in index.all_of(prep_objects(holder, kept, skip=cue)):
            if actor not in args.targets:
                args.targets.append(actor)
    args.targets = _recipients([*holders, *(t for o in objects for t in o.subtree)], cue, args, index)
    if not args.targets and transfer(pattern.code):  # "distributed tents and food to refugees": the receiver
        given = index.all_of(t for h in holders for t in prep_objects(h, GIVEN_TO, skip=cue))
        args.targets = [a for a in given if a not in args.sources]
    cue_preps = [c for c in verb.children if c in cue and c.dep_ == "prep"]  # "agree with X", "side with X"
    named = [  # an actor, no thing; "his Japanese and South Korean counterparts": each of their states
        g for p in cue_preps for g in p.children
        if g.dep_ == "pobj" and g != match.cue_object  # "called in Ambassador X": read as the cue's object above
        and (index.at(g) or _counterpart(g) and index.coordinated_modifiers(g))
    ]
    for actor in index.all_of(named):
        if actor not in args.targets and actor not in args.sources:
            args.targets.append(actor)
    if not args.targets:  # "condemned the pact between Seoul and Tokyo": the parties of the thing, each
        done = [match.cue_object] if passive and agents and match.cue_object is not None else []  # "the summit between X and Y, canceled by X"
        held = [verb, *subs] if passive and not agents and pattern.reciprocal else []  # "talks (were) held
        # last week between X and Y", "the Smith-Jones meeting was held": the meeting's parties
        joined = index.all_of(t for o in [*objects, *done, *held] for t in prep_objects(o, JOINT_PREPS))
        joined += [a for s in held[1:] for a in index.hyphen_pair(s) if a not in joined]
        homes = {index.country(a) for a in args.sources} - {None} if done else set()  # "the Abe-Putin summit, canceled by Russia": Abe
        args.targets = [a for a in joined if a not in args.sources and index.country(a) not in homes]
    if not args.targets and index.groups is not None:  # "shelled eastern Ghouta", "visit California"
        places = [*objects, *prep_objects(verb, pattern.target_preps - LOCATIVE_PREPS, skip=cue)]
        args.targets = _unique(a for t in places for a in index.groups.place_states(t))
        args.targets = [a for a in args.targets if a not in args.sources]
    if not args.targets and args.sources and not passive and index.groups is not None and pattern.code[:2] in FORCE_ROOTS:
        args.targets = _where_struck(verb, index, args.sources)  # "shelled villages in Kastavia"
    if not args.targets and args.sources and not passive and index.groups is not None and pattern.code[:2] in words()["border_roots"]:
        args.targets = _across_border(verb, index, args.sources)  # "sent balloons across the border"
    if not args.targets and index.groups is not None and pattern.code in words()["destination_codes"]:
        here = prep_objects(verb, LOCATIVE_PREPS, skip=cue)  # "arrived at the spaceport in the Amur region"
        if verb.lemma_.lower() in words()["attendance_verbs"]:  # "attended the parade in Pyongyang", "the
            here += _where_held([*objects, *(subs if passive else [])])  # ceremony in Pyongyang was attended by"
        homes = {index.country(a) for a in args.sources}
        args.targets = [a for a in _unique(index.groups.host_state(t) for t in here) if a not in homes]
    if not args.targets:  # "demanded that Mugabe resign", "urged Iran to free": the clause's subject
        clauses = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c not in cue]
        homes = index.homes(args.sources)  # "Trump warned that the United States would"
        args.targets = [
            a
            for a in index.all_of(
                s for c in clauses for s in c.children if s.dep_ in SUBJECT_DEPS and not _own_people(s, args.sources, index)
            )
            if a not in args.sources and a not in homes
        ]
    if not args.targets and pattern.code[:2] in WARNING_ROOTS:  # "warned that an attack by X would ..."
        args.targets = (
            _warned(verb, cue, args.sources, index)
            or _conjunct_objects(verb, args.sources, index)
            or _answered(verb, args.sources, index)
            or _warned_in_sentence(verb, args.sources, index)
        )
    elif not args.targets and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in WARNING_VERBS:
        args.targets = _warned_object(verb, args.sources, index) or _conjunct_objects(verb, args.sources, index)
    elif not args.targets and pattern.code[:2] in DEMAND_ROOTS:  # "called in the envoy and demanded the removal"
        args.targets = _conjunct_objects(verb, args.sources, index)
    elif not args.targets and pattern.code[:2] in FEELING_ROOTS:  # "was deeply concerned and urged China to"
        args.targets = _conjuncts_aim(verb, args.sources, index)
    if not args.targets and match.cue_object is not None:  # "rejected the government's request"
        own = doers_own_states(match.cue_object, args.sources, index)
        args.targets = [a for a in _owners(match.cue_object, index) if a not in args.sources and a not in own]
    if not args.targets and match.cue_object is not None and pattern.code.startswith(PROPERTY_CODE) and index.groups:
        args.targets = [  # "blew up the power lines leading into Kabul": owned by no one named, the property
            a for a in index.groups.place_states(match.cue_object) if a not in args.sources]  # lies in its place's state
    if not args.targets:  # "expressed concern over Kastavia's nuclear program": the thing's owner
        owning = [h for h in holders if not (shared and h is match.cue_object)]
        args.targets = _things_owners(owning, pattern.target_preps - LOCATIVE_PREPS, cue, args.sources, index)
    if not args.targets and pattern.code == DENIAL and verb.dep_ in ("relcl", "acl"):
        args.targets = _accuser(verb, args.sources, index)  # "Britain blames Russia, which Russia denies"
    if passive and match.cue_object is not None and match.cue_object.dep_ == "nsubjpass" and not agents:
        _passive_cue(match.cue_object, index, args)  # "Russia's ambassador was summoned"
    if not args.sources and match.cue_object is not None:
        owner = index.possessor(match.cue_object)  # "bolster its ties with Russia"
        if owner:
            args.sources, args.inferred = [owner], True
    if not passive and len(args.sources) > 1:  # "officials from A, B and C agreed to strengthen their
        group = {index.at(s) for s in subs} - {None} - set(args.sources)  # cooperation": the officials
        args.targets = [t for t in args.targets if t not in group]  # stand for A, B and C, no target of theirs
        if set(args.targets) <= set(args.sources):  # "the ministers affirmed their policy": their own thing
            args.targets = []
    return args


def visitor(token):
    """ "met visiting Chinese Foreign Minister Wang Yi", "a reception for visiting Defence Minister
    Shoigu", "Visiting Secretary Pompeo met Kim": the parser makes "visiting" a verb whose object is
    the name right after it; that name is who visits, the participle only says so."""
    if token.lower_ != "visiting" or token.tag_ != "VBG" or token.dep_ in ("ROOT", "conj", "ccomp", "relcl"):
        return None
    return next((c for c in token.children if c.dep_ == "dobj" and c.left_edge.i == token.i + 1), None)


def _sighted(verb, craft, watchers: list, index: ActorIndex) -> Arguments:
    """ "Taiwan detected 12 Chinese aircraft", "four Chinese warships near Taiwan were spotted": the
    craft's state shows force at the one who sights them, else at the state they were sighted around (a
    preposition of the verb or of the craft), else at the one who reports the sighting ("the ministry said
    ... were detected"). Craft of the sighting state are no show of force at it."""
    args = Arguments(sources=[a for a in index.all_of([craft]) if index.country(a)])  # "five navy ships": whose, unsaid
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children]
    where = prep_objects(verb, words()["sighting_preps"]) + prep_objects(craft, words()["sighting_preps"])
    found = index.all_of(watchers or agents) or index.all_of(where) or index.roll_up(reporter(verb, index, pronouns=True))
    watching = {index.country(t) for t in found}
    args.sources = [a for a in args.sources if index.country(a) not in watching]  # one's own craft show no force at one
    args.targets = [t for t in found if t not in args.sources] if args.sources else []
    return args


def _visitors_below(child) -> list:
    """The visitor of a "visiting" participle hanging on a verb ("met visiting Wang Yi") or on its
    preposition ("hosted a banquet for visiting Xi"): the verb's own object."""
    if child.dep_ in ("advcl", "xcomp"):
        participles = [child]
    else:
        participles = [g for g in child.children if g.dep_ == "pcomp"] if child.dep_ == "prep" else []
    return [v for p in participles if (v := visitor(p)) is not None]


def _visit(participle, guest, index: ActorIndex) -> Arguments:
    """The visit a "visiting" participle tells: the visitor is the source; the host is the state of a
    place "in" the clause ("in Seoul"), else who receives the visitor (the clause's subject)."""
    args = Arguments(sources=index.all_of([guest]))
    clause = [participle]
    while clause[-1].dep_ not in ("ROOT", "ccomp", "relcl", "conj") and clause[-1].head is not clause[-1]:
        clause.append(clause[-1].head)
    holders = [*clause, guest, *(o for h in clause for o in h.children if o.dep_ in OBJECT_DEPS)]
    places = [t for h in holders for t in prep_objects(h, LOCATIVE_PREPS)]
    homes = index.homes(args.sources)
    if index.groups is not None:
        args.targets = [a for t in places for a in index.groups.place_states(t) if a not in homes]
    if not args.targets:
        hosts = [s for h in clause if h.pos_ in ("VERB", "AUX") for s in subjects(h)[0] if s is not guest]
        args.targets = [a for a in index.all_of(hosts) if a not in args.sources and a not in homes]
    args.targets = _unique(args.targets)[:1]
    return args


DENIAL = "016"


def _accuser(verb, sources: list[str], index: ActorIndex, steps: int = 8) -> list[str]:
    """Who made the accusation a relative clause denies ("Britain blames Russia in the case, which
    Russia denies"; "Britain says the Russian government was involved, a charge that Russia denies"):
    the first subject up the sentence that is not the denier's side."""
    side = {index.country(a) for a in sources} | set(sources)  # "Russian forces" are Russia's side
    current = verb.head
    for _ in range(steps):
        if current.pos_ in ("VERB", "AUX"):
            found = [
                a for a in index.roll_up(index.all_of(subjects(current)[0])) if a not in side and index.country(a) not in side
            ]
            if found:
                return found[:1]
        if current.head.i == current.i:
            break
        current = current.head
    return []


def _expelled_from(verb, code: str, targets: list[str], index: ActorIndex) -> list[str]:
    """ "Russian diplomats are being expelled from the United States", "inspectors were expelled from
    North Korea": with no agent, whom people are expelled from is who expels them."""
    if not any(code.startswith(c) for c in words()["expelled_from_codes"]):
        return []
    return [a for a in index.all_of(prep_objects(verb, FROM)) if a not in targets]


FROM = frozenset({"from"})
POST_PREPS = frozenset({"in", "to"})
GIVEN_TO = frozenset({"to"})
RECIPIENT_PREPS = frozenset({"to", "from", "into"})  # "sent troops to", "withdrew peacekeepers from", "moved tanks into"
SENT_SECTORS = frozenset({"MIL"})  # troops, warships, jets, helicopters: what is sent, sold or offered


def _recipients(holders, cue, args, index: ActorIndex) -> list[str]:
    """ "sent troops to Lebanon", "offered to Morocco two patrol boats and a helicopter", "sent trucks and
    a team of paratroopers to Chad": forces or arms given to an actor named by "to" (on the verb or in
    its object) are the thing given; the receiver is the target."""
    sent = [t for t in args.targets if _sent(t, index)]
    if not sent:
        return args.targets
    receivers = [
        a for a in index.all_of(t for h in holders for t in prep_objects(h, RECIPIENT_PREPS, skip=cue))
        if a not in args.sources and not _sent(a, index)
    ]
    if not receivers:
        return args.targets
    return _unique([*(t for t in args.targets if t not in sent), *receivers])


def transfer(code: str) -> bool:
    """Whether an event gives something to someone (aid, material cooperation, a return): whom it is
    given to, named by "to", is its target, not the thing given."""
    return code[:2] in words()["transfer_roots"] or code in words()["transfer_codes"]


def _sent(actor_id: str | None, index: ActorIndex) -> bool:
    actor = index.article.actor(actor_id) or (index.groups.made.get(actor_id) if index.groups else None)
    return actor is not None and actor.sector in SENT_SECTORS


def _passive_cue(noun, index: ActorIndex, args) -> None:
    """ "Russia's ambassador in Seoul was summoned to the foreign ministry": the state owning the
    passive subject a cue names is the target; who acted is the state of its post, else the
    dateline's (the host summons the envoys posted with it)."""
    owners = [a for a in _unique([index.possessor(noun), *index.modifiers(noun)]) if a and index.is_state(a)]
    if not owners or index.groups is None:
        return
    posts = [
        index.groups.place_state(t) or index.groups.host_state(t) or index.at(t) for t in prep_objects(noun, POST_PREPS)
    ]
    hosts = [a for a in (*posts, index.groups.home) if a and a not in owners and index.is_state(a)]
    if hosts:
        args.targets, args.sources, args.inferred = owners, hosts[:1], True


def _across_border(verb, index: ActorIndex, sources: list[str]) -> list[str]:
    """The state on the other side of a border a threat or force is aimed at ("flew balloons over the
    border", "moved troops toward the border"): the states the border phrase names, else the one state
    the article names that borders the source's by land; none when it names several such."""
    if verb.dep_ in ("acl", "relcl"):  # "the troops sent to the border": a description, no act
        return []
    inner = {t.i for c in verb.children if c.dep_ in OTHER_CLAUSE_DEPS for t in c.subtree}
    heads = [t for t in verb.subtree if t.i not in inner]
    found = [o for t in heads for o in prep_objects(t, words()["border_preps"]) if _border_phrase(o)]
    if not found:
        return []
    homes = {index.country(a) for a in sources} - {None}
    named = [a for o in found for t in o.subtree if (a := index.at(t)) and index.is_state(a) and a not in homes]
    named += [a for o in found for c in o.children if c.dep_ in ("amod", "compound")
              for a in index.groups.pair_states(c) if a not in homes]
    if named:
        return _unique(named)
    if len(homes) != 1:
        return []
    near = _land_borders().get(next(iter(homes)), frozenset())
    states = {a.id for a in index.article.actors if a.kind == "state" and a.id in near}
    states |= {a.country for a in (*index.article.actors, *index.groups.made.values()) if a.country in near}
    if len(states) != 1:
        return []
    border = found[0].doc[found[0].left_edge.i : found[0].i + 1]  # the state's mention: the border it lies beyond
    state = index.groups.state_named_by(states.pop(), border)
    return [state] if state is not None else []


def _border_phrase(noun) -> bool:
    """ "the border", "the demilitarized zone", "the Northern Limit Line": a border noun phrase."""
    phrase = " ".join(t.lower_ for t in noun.doc[noun.left_edge.i : noun.i + 1])
    return any(phrase == w or phrase.endswith(" " + w) for w in words()["border_words"])


@cache
def _land_borders() -> dict[str, frozenset[str]]:
    from dyad.extract.places.sources import borders

    return borders()


def _where_struck(verb, index: ActorIndex, sources: list[str]) -> list[str]:
    """The state where force struck things, not actors ("Veldorian troops shelled villages in
    Kastavia", "Israeli aircraft struck targets in Gaza", "bombed positions in Yemen"): a state or a
    place of one in an "in"/"near" phrase of the verb or of its object. A name no stage knows there
    is a state only when shaped like one ("in Kastavia", not "in Treslin")."""
    if verb.dep_ in ("acl", "relcl"):  # a participle describing a noun ("the men held in Libya")
        return []
    things = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    if not things or any(t.pos_ not in ("NOUN", "PROPN") for t in things):  # "held captive in Libya"
        return []
    wheres = prep_objects(verb, STRUCK_PREPS) + [g for t in things for g in prep_objects(t, STRUCK_PREPS)]
    within = {t.i for w in wheres for t in w.subtree}
    if any(index.at(t) for c in things for t in c.subtree if t.i not in within):
        return []  # "destroyed several TTP hideouts": an actor's things are the actor's
    found = []
    invented = index.short and any(index.provisional_home(a) for a in sources)  # "Troops from Umbar"
    for where in wheres:
        named = [a for t in where.subtree if (a := index.at(t))]
        if invented and named and index.lone_token(where):
            named = []  # "a village in Rohan": a lone village of the gazetteer, a state here
        if any(not index.is_state(a) for a in named):
            return []  # "near an Afghan army base": the actor's, as before
        actor = named[0] if named else None
        if actor is None and where.pos_ == "PROPN" and (state_name_shape(where.text) or invented) and index.unknown(where, lone=invented):
            actor = index.groups.unknown_state(where.doc[where.i : where.i + 1])
        state = actor if actor is not None and index.is_state(actor) else index.groups.place_state(where)
        if state is not None and state not in sources:
            found.append(state)
    return _unique(found)


def _things_owners(holders, preps, cue, sources: list[str], index: ActorIndex) -> list[str]:
    """The owners of the things a prepositional target names, where the thing is no actor ("concern
    over Kastavia's nuclear program", "defended Veldoria's right to self-defense", "criticized Iran
    for its missile tests" is not this: "its" is the source's own)."""
    things = [t for h in holders for t in prep_objects(h, preps, skip=cue)]
    found = [a for t in things if not index.at(t) for a in (index.possessor(t), *index.modifiers(t)) if a]
    return [a for a in _unique(found) if a not in sources]


def _conjunct_objects(verb, sources: list[str], index: ActorIndex) -> list[str]:
    """ "accused the South of sending drones and warned that it would retaliate", "summoned the Chinese
    envoy and demanded the removal of the buoy": a warning or demand that names no one, coordinated
    with an act on someone, is aimed at them (the warning's, or what it says)."""
    if verb.dep_ == "ccomp" and verb.head.dep_ == "conj":  # "... and warned that it would retaliate"
        verb = verb.head
    if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
        return []
    objects = [c for c in verb.head.children if c.dep_ in OBJECT_DEPS]
    return [a for a in index.all_of(objects) if a not in sources]


def _warned_object(verb, sources: list[str], index: ActorIndex) -> list[str]:
    """ "Japan warned China that it would retaliate": what a warning says is to come is aimed at whom
    it warns ("... and warned that it would retaliate": at the coordinated act's object,
    _conjunct_objects)."""
    objects = [c for c in verb.head.children if c.dep_ in OBJECT_DEPS]
    return [a for a in index.all_of(objects) if a not in sources]


def _warned(verb, cue, sources: list[str], index: ActorIndex) -> list[str]:
    """Whom a warning with no object is aimed at: the first other state's actor its content clause
    names ("South Korea warned that it would respond strongly if the North took further steps",
    "Biden warned that an attack by North Korea would end its regime"), none of the warner's own."""
    homes = index.homes(sources) | set(sources)
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c not in cue):
        for token in clause.subtree:
            actor = index.at(token)
            if actor and actor not in homes and index.country(actor) not in homes:
                return [actor]
    return []


def _answered(verb, sources: list[str], index: ActorIndex) -> list[str]:
    """Whom a threatened response is aimed at: the owner or maker of what it answers ("will respond
    sternly to any provocation by the North", "will respond in kind to Seoul's drills"), also through a
    preposition coordinated with the verb's adverb ("respond firmly and in kind to ...")."""
    if verb.lemma_.lower() not in ANSWER_VERBS:
        return []
    preps = [c for c in verb.children if c.dep_ in ("prep", "conj") and c.lower_ in ANSWERED_PREPS]
    things = [g for p in preps for g in p.children if g.dep_ == "pobj"]
    found = [a for t in things for a in (index.all_of([t]) or _owners(t, index))]
    return [a for a in _unique(found) if a not in sources]


def _warned_in_sentence(verb, sources: list[str], index: ActorIndex) -> list[str]:
    """Whom a warning aims at when neither its words, what it says nor an act coordinated with it
    name anyone: the first other state's actor its sentence names ('"Japan demands that Seoul act
    at once," the minister said, warning that Japan would take the case to court'; "Seoul's court is
    to rule on seizing the assets, but Tokyo warned of repercussions"), none of the warner's own
    or of those who warn with it."""
    if not sources or verb.lemma_.lower() not in WARNING_VERBS | ANSWER_VERBS:
        return []
    if verb.lemma_.lower() in ANSWER_VERBS:  # "Pyongyang warned that its forces will respond": Pyongyang's own
        sources = [*sources, *reporter(verb, index, pronouns=True)]
    homes = index.homes(sources) | set(sources) | {index.country(a) for a in sources}
    for token in verb.sent:
        actor = index.at(token)
        if actor is None or token.i in index.where or actor in homes:
            continue
        country = index.country(actor)
        if country is not None and country not in homes:
            return [actor]
    return []


def _instrument_agent(verb, instrument, index: ActorIndex) -> list[str]:
    """ "a boat was hit with a water cannon by the coast guard": the parse hangs the "by" phrase on the
    cue's instrument (the object of the passive verb's "with"), not on the verb; its object is the doer."""
    if instrument is None or instrument.dep_ != "pobj" or instrument.head.lower_ != "with" or instrument.head.head != verb:
        return []
    return index.all_of(g for c in instrument.children if c.dep_ == "prep" and c.lower_ == "by" for g in c.children if g.dep_ == "pobj")


def _agent_of_subject(subjects_, index: ActorIndex) -> list[str]:
    """A subject that is a thing, not an actor: its maker acts ("the missiles fired by the Israeli
    military struck", "a car bombing by the Islamic State killed", "Syrian air strikes hit")."""
    out: list[str] = []
    for subject in subjects_:
        out += index.all_of(prep_objects(subject, AGENT_PREPS))
        for acl in (c for c in subject.children if c.dep_ == "acl"):
            out += index.all_of(g for c in acl.children if c.dep_ == "agent" for g in c.children)
        out += index.modifiers(subject)
    return _unique(out)


def doers_own_states(noun, sources: list[str], index: ActorIndex) -> set[str]:
    """The states of the sources when the cue's object is their stance ("expressed Moscow's support for X",
    "reaffirmed Mongolia's support of ...", "voiced Japan's concern over X"; participants.yaml stance_nouns):
    their own state owns what they express, it is no target of it; none for the thing acted on
    ("defended Germany's decision", "condemned the Chilean cabinet's decision": the owner is the target)."""
    if noun is None or noun.lemma_.lower() not in words()["stance_nouns"]:
        return set()
    return index.homes(sources)


def _owned_cue(noun, index: ActorIndex, args) -> list[str]:
    """The states that own a cue's object before it, its possessor or modifier ("China's ambassador",
    "the Chinese envoy"), when the verb has no target yet: the object is theirs, and a "to" phrase
    on it only says where it serves or goes."""
    if [t for t in args.targets if t not in args.sources]:
        return []
    owner = index.possessor(noun)
    found = ([owner] if owner else []) + index.modifiers(noun)
    own = doers_own_states(noun, args.sources, index)  # "Lavrov expressed Moscow's support for X"
    return [a for a in _unique(found) if a not in args.sources and index.is_state(a) and a not in own]


def _conjuncts_aim(verb, sources: list[str], index: ActorIndex) -> list[str]:
    """ "said Washington was deeply concerned and urged China to ...", "was concerned and dissatisfied
    with Seoul's response": a feeling that names no one is aimed at whom the acts coordinated with it
    name (their object, or the owner of what their with/about/over phrase names)."""
    out: list[str] = []
    if verb.pos_ not in ("ADJ",) and verb.lower_ not in words()["feeling_participles"]:
        return out  # "conveyed its concerns": a feeling told by an act of its own
    for conj in (c for c in verb.children if c.dep_ == "conj"):
        held = [c for c in conj.children if c.dep_ in OBJECT_DEPS]
        held += [g for p in conj.children if p.dep_ == "prep" and p.lower_ in FEELING_PREPS for g in p.children if g.dep_ == "pobj"]
        for thing in held:
            out += [a for a in index.all_of([thing]) or _owners(thing, index) if a not in sources and a not in out]
    return out


def _owners(noun, index: ActorIndex) -> list[str]:
    """Whose request, offer or call a cue noun is: its possessor, modifiers, or "by/from/of" object."""
    owner = index.possessor(noun)
    found = ([owner] if owner else []) + index.modifiers(noun)
    return _unique(found + index.all_of(prep_objects(noun, OWNER_PREPS)))


def reporter(verb, index: ActorIndex, steps: int = 3, pronouns: bool = False) -> list[str]:
    """The subject of the reporting clause above an unresolved pronoun's verb ("X said it would");
    ``pronouns``: a pronoun the actors stage resolved counts too ("She said Seoul had been reckless").
    What a reported thing shows is no report ("said Putin's visit showed how desperate Moscow had
    become": the speaker, not Putin)."""
    current = verb.head if verb.dep_ == "acomp" else verb
    for _ in range(steps):
        if current.dep_ not in ("ccomp", "xcomp", "conj") or current.head.i == current.i:
            return []
        current = current.head
        if current.lemma_.lower() in evidence_verbs() and current.dep_ == "ccomp":
            continue
        subs = [c for c in current.children if c.dep_ in ("nsubj",)]
        found = index.all_of(s for s in subs if pronouns or s.pos_ != "PRON" or s.tag_ in RELATIVE_TAGS)  # "X, which said"
        if found:
            return found[:1]
    return []


def _disowning_verb(noun):
    """The verb that condemns or punishes ``noun`` ("condemned its test"; "imposed sanctions over its
    test", "criticised X for its test", "sanctions in response to its test"), or None."""
    disowning, preps = words()["disowning"], words()["disowning_preps"]
    head = noun.head
    reason = noun.dep_ == "pobj" and head.lower_ in preps
    if noun.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() in words()["disowning_reasons"]:
        noun, head, reason = head.head, head.head.head, head.head.dep_ == "pobj"  # "in response to the launch"
    if reason:
        head = head.head
        if head.pos_ == "NOUN" and head.lemma_.lower() in disowning and head.dep_ == "dobj":
            return head.head  # "imposed sanctions on X over its test"
        if head.pos_ == "VERB" and any(c.dep_ == "dobj" and c.lemma_.lower() in disowning for c in head.children):
            return head  # the same, "over" on the verb
    elif noun.dep_ != "dobj":
        return None
    return head if head.pos_ == "VERB" and head.lemma_.lower() in disowning else None


def noun_arguments(match, index: ActorIndex, defaults: dict) -> Arguments:
    noun, pattern = match.trigger, match.pattern
    args = Arguments()
    owner = index.possessor(noun)
    mods = index.modifiers(noun)
    if not owner and (pair := index.pair_modifiers(noun)):  # "Korean" of "inter-Korean" is no one state
        mods = pair + [m for m in mods if m not in pair and index.country(m) not in pair]
    if against := index.opposed_modifiers(noun):  # "anti-Brazil rallies in Peru": against Brazil, by Peru
        mods = [m for m in mods if m not in against]
        args.targets = against
        if not owner and not mods:
            mods = [a for a in _protest_places(noun, index) if a not in against][:1]
    if pattern.modifier_role == "target" and not owner:  # "the Ukraine war": Ukraine is where, or whom
        args.targets = mods
        mods = []
    joint = index.all_of(prep_objects(noun, defaults.get("joint_preps", frozenset())))
    if not joint and not owner and not mods:
        joint = index.all_of(_clause_joint_objects(noun, defaults.get("joint_preps", frozenset())))
    lead, rest = ([owner], mods) if owner else (mods[:1], mods[1:])
    if (_plural_possessive(noun) and not (pattern.reciprocal or pattern.participants) and _disowning_verb(noun) is None
            and (not lead or len(lead + rest) == 1)):  # (a joint activity is read as the clause's own)
        governing = governing_actors(noun, index)  # "X, Y and Z announced their withdrawal": each of them
        if governing and (not lead or len(governing) > 1 and lead[0] in governing):
            lead, rest = governing, [m for m in rest if m not in governing]
    # a preposition the pattern names for its target is no source's ("withdrawal from the pact")
    by = index.all_of(prep_objects(noun, defaults.get("noun_source_preps", frozenset()) - pattern.target_preps))
    args.sources = _unique(lead + by)
    named = rest + joint + index.all_of(_treaty_bodies(prep_objects(noun, pattern.target_preps), index))
    args.targets = [a for a in _unique(args.targets + named) if a not in args.sources]
    if not args.targets and index.groups is not None:  # "the assault on the old city of Mosul"
        places = prep_objects(noun, pattern.target_preps - LOCATIVE_PREPS)
        args.targets = [
            a for a in _unique(a for t in places for a in index.groups.place_states(t)) if a not in args.sources
        ]
    if joint and not args.sources:
        args.sources, args.targets = joint[:1], joint[1:]
    if not args.sources and pattern.reported and (predicated := predicated_subject(noun)) is not None:
        args.sources = [  # "said the US action was a violation of ...": whose act the wrong is
            a for a in (index.possessor(predicated), *index.modifiers(predicated),
                        *index.all_of(prep_objects(predicated, AGENT_PREPS | {"of"})))
            if a is not None]
    if not args.sources and (punished := index.punished(noun)) is not None:  # "sanctions on X over the tests"
        args.sources, args.inferred = [punished], True
    if not args.sources and not pattern.needs_source:
        governing = governing_actor(noun, index)
        if governing:
            args.sources, args.inferred = index.roll_up([governing]), True
    elif args.sources and not args.targets and not in_setting(noun) and _disowning_verb(noun) is None:
        governing = governing_actor(noun, index)  # not who condemns or punishes it ("over its test")
        if governing and governing not in args.sources:  # "ignored the US overture": the overture's target
            args.targets, args.inferred = index.roll_up([governing]), True
    if not args.targets and index.groups is not None and pattern.code in words()["destination_codes"]:
        args.targets = _visited_place(noun, args.sources, index)
    if any(pattern.code.startswith(c) for c in words()["expelled_from_codes"]):
        owned = {t: _expelled_owner(noun, t, args.sources, index) for t in args.targets}
        args.targets = _unique(owned.values())  # the people expelled are not, inferred, who expels them
        args.sources = [a for a in args.sources if a not in owned]
    return args


def _plural_possessive(noun) -> bool:
    """Does "their" own ``noun``?"""
    return any(c.dep_ == "poss" and c.lower_ == "their" for c in noun.children)


TREATY_BODY_PREPS = frozenset({"of"})


def _treaty_bodies(tokens, index: ActorIndex) -> list:
    """ "the Constitutive Act of the African Union", "the treaty establishing the bloc": a
    treaty that founds an intergovernmental organisation stands for it (leaving the one is leaving the
    other); other tokens stay as they are."""
    out = []
    for token in tokens:
        if token.lemma_.lower() not in TREATY_WORDS or _igo(index, token):
            out.append(token)
            continue
        found = [g for g in prep_objects(token, TREATY_BODY_PREPS)]
        holders = (token, token.head.head) if token.dep_ == "pobj" else (token,)  # the parser may hang it higher
        found += [o for h in holders for c in h.children if c.dep_ == "acl" for o in c.children if o.dep_ == "dobj"]
        bodies = [g for g in found if _igo(index, g)]
        if bodies:
            out.append(bodies[0])
        elif all(index.country(a) is None for a in index.all_of([token])):
            out.append(token)  # the city of "the Paris Agreement" names no party to it
    return out


TREATY_WORDS = frozenset({"statute", "treaty", "agreement", "accord", "convention", "protocol", "charter", "pact"})


def _igo(index: ActorIndex, token) -> bool:
    actor = index.article.actor(index.at(token))
    return actor is not None and actor.kind == "organization" and (actor.code or "").startswith("IGO")


def _clause_joint_objects(noun, preps: frozenset) -> list:
    """ "Fighting broke out between X and Y", "clashes erupted between X and Y": the "between" phrase
    hangs on the verb whose subject the event is (a verb with no object of its own); its objects are
    the parties, as in "fighting between X and Y"."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ != "VERB" or any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return []
    return prep_objects(verb, preps)


EXPELLED_OWNERS = frozenset({"its", "their"})
OWNING_KINDS = frozenset({"state", "organization"})  # what "its"/"their" diplomats may belong to


def _expelled_owner(noun, target: str, sources: list[str], index: ActorIndex) -> str:
    """ "promised a response to the expulsion of its diplomats by Norway", "In Denmark's view, the
    expulsion of their diplomats ...": people of no state whose "its"/"their" the
    reading left unowned are those of the nearest state or state body named before that pronoun in
    the sentence that is not of the state expelling them; the expulsion's target is that state (the
    body, where the article has no actor of its state)."""
    if index.country(target) or _a_state(target, index):
        return target
    people = [t for t in prep_objects(noun, frozenset({"of"})) if index.of_phrase(t) == target]
    pronoun = next(
        (c for t in people for c in t.children if c.dep_ == "poss" and c.lower_ in EXPELLED_OWNERS), None
    )
    if pronoun is None:
        return target
    expelling = set(sources) | {index.country(a) for a in sources}
    for i in range(pronoun.i - 1, pronoun.sent.start - 1, -1):
        found = index.by_token.get(i)
        actor = index.article.actor(found) if found else None
        if actor is None or actor.kind not in OWNING_KINDS or not actor.country or actor.country in expelling:
            continue
        return actor.country if _a_state(actor.country, index) else found  # "the ministry ... its diplomats"
    return target


def _a_state(actor_id: str | None, index: ActorIndex) -> bool:
    actor = index.article.actor(actor_id) if actor_id else None
    return actor is not None and actor.kind == "state"


PROTEST_PLACE_PREPS = frozenset({"in", "across", "throughout", "around"})


def _protest_places(noun, index: ActorIndex) -> list[str]:
    """The states of the places an act against someone happens in, named after the noun or after
    the verb it is the object of ("set off anti-Brazil rallies across Peru", "led to anti-US
    rallies in Seoul"): the people of those places do it."""
    if index.groups is None:
        return []
    places = prep_objects(noun, PROTEST_PLACE_PREPS)
    if not places and noun.dep_ in ("dobj", "pobj"):
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head
        places = [t for t in prep_objects(verb, PROTEST_PLACE_PREPS) if t.i > noun.i]
    return _unique(a for t in places for a in index.groups.place_states(t))


def predicated_subject(noun):
    """The subject a noun is said to be ("the drills are a breach", "the drills constitute a breach"),
    or None."""
    verb = noun.head
    if not (noun.dep_ == "attr" or noun.dep_ == "dobj" and verb.lemma_.lower() in PREDICATE_VERBS):
        return None
    return next((c for c in verb.children if c.dep_ in ("nsubj", "csubj")), None)


def _visited_place(noun, sources: list[str], index: ActorIndex, steps: int = 4) -> list[str]:
    """ "Wang Yi, who is in Seoul on a three-day visit", "Pompeo, in Tokyo on a two-day visit": a visit
    naming no destination is to the state of the place its clause says the visitor is "in" (not the
    visitor's own state)."""
    homes = index.homes(sources) | set(sources)
    current = noun
    for _ in range(steps):
        head = current.head
        if head.i == current.i:
            break
        places = [t for t in prep_objects(head, LOCATIVE_PREPS) if t not in noun.subtree]
        # a state the article names already: the place stays a place ("in the Amur region"), as for "arrived"
        hosts = [a for t in places if (a := index.groups.host_state(t)) is not None and a not in homes]
        hosts = hosts or [a for t in places for a in index.groups.place_states(t) if a not in homes]
        if hosts:
            return hosts[:1]
        if head.pos_ in ("VERB", "AUX"):
            break
        current = head
    return []


SETTING_WORDS = frozenset({"at", "in", "during", "after", "before", "since", "until", "following", "ahead", "on"})


def in_setting(noun) -> bool:
    """Whether a nominal event only says when or where its clause happens ("spoke at the opening of
    the NATO summit", "told reporters ahead of the summit", "after the meeting"): the clause's
    subject is then no party to it, as it is to an object ("ignored the US overture")."""
    return setting_word(noun) is not None


def setting_word(noun, steps: int = 8) -> str | None:
    """The word by which a nominal event sets its clause's time or place ("after", "at", "during"),
    or None."""
    current = noun
    for _ in range(steps):
        head = current.head
        if head.i == current.i or head.pos_ in ("VERB", "AUX"):
            return None
        if head.dep_ in ("prep", "advmod") and head.lower_ in SETTING_WORDS or head.lower_ in SETTING_WORDS:
            return head.lower_
        current = head
    return None


def governing_actor(token, index: ActorIndex, steps: int = 8) -> str | None:
    """The actor of the clause that governs a nominal event: a possessor on the way up, or the subject."""
    return next(iter(governing_actors(token, index, steps)), None)


def governing_actors(token, index: ActorIndex, steps: int = 8) -> list[str]:
    """The actors of the clause that governs a nominal event or a participle on it: a possessor on the
    way up, or the subject's; each of them when the token is the verb's own object ("Japan, the US and
    South Korea issued a statement condemning the launch": all three condemn it), else the first."""
    current = token
    for _ in range(steps):
        head = current.head
        if head.i == current.i or current.dep_ in ("ccomp", "relcl", "parataxis"):
            return []
        if head.pos_ in ("NOUN", "PROPN") and current.dep_ != "compound":
            owner = index.possessor(head)
            if owner:
                return [owner]
        if head.pos_ in ("VERB", "AUX"):
            subs, passive = subjects(head)
            if subs:
                found = index.all_of(subs)
                if not found and any(s.pos_ == "PRON" for s in subs):  # "the two leaders said they would pursue talks"
                    found = reporter(head, index)
                return list(found) if current is token and token.dep_ in OBJECT_DEPS else list(found)[:1]
        current = head
    return []


def clause_actors(trigger, index: ActorIndex) -> list[str]:
    """Actors heading noun phrases in the clause that governs the trigger: the participants of a joint
    activity ("fighter jets from South Korea and Japan during a trilateral exercise"). Clauses inside
    it that do not hold the trigger are other events' ("a meeting that the United States fears"). A
    preposition the parser tags a verb ("following talks last year") is no clause of its own."""
    verb = trigger
    while (verb.pos_ not in ("VERB", "AUX") or verb.dep_ == "prep") and verb.head.i != verb.i:
        verb = verb.head
    while verb.dep_ == "xcomp" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children) and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "Kim and Moon vowed to restart trips following talks": the vowing clause's
    ancestors = {t.i for t in trigger.ancestors} | {trigger.i}
    inner = {
        t.i
        for c in verb.subtree
        if c.dep_ in OTHER_CLAUSE_DEPS and c.i != verb.i and c.i not in ancestors
        for t in c.subtree
    }
    return index.heads_only(t for t in verb.subtree if t.i not in inner)


def collective_subject(verb, index: ActorIndex) -> bool:
    """Whether a verb's subject is one phrase for several actors ("the two sides", "they"), or its
    actors are joined by "and" and act on what binds them ("Seoul and Tokyo moved to mend ties",
    "Russian and Chinese warships began joint naval exercises")."""
    subs = subjects(verb)[0]
    if any(index.shared.get(s.i) or index.members(s) or index.repeated(s) for s in subs):
        return True
    if any(s.pos_ == "PRON" and index.group_members(index.at(s)) for s in subs):
        return True  # "The foreign ministers of A, B and C ... affirmed that they will": each state
    return _mutual(verb) and any(
        index.listed(s) or index.coordinated_modifiers(s) or index.of_each(s) or index.titled_list(s)
        or index.run_together(s) for s in subs
    )  # "officials from Japan, the US and South Korea agreed to expand cooperation": each state's


def talked_over(verb) -> bool:
    """ "The two sides discussed North Korea's nuclear program", "Xi and Kishida discussed China's ban on
    seafood": what a discussion's object names is its topic; with no partner named ("with"), those who
    discuss it talk with each other (participants.yaml topic_verbs)."""
    if verb.lemma_.lower() not in words()["topic_verbs"] or is_passive(verb):
        return False
    held = [verb, *(c for c in verb.children if c.dep_ in OBJECT_DEPS)]
    return not any(c.dep_ == "prep" and c.lower_ in PARTNER_PREPS for h in held for c in h.children)


def mutual_act(verb) -> bool:
    """Whether a verb acts on what binds its subjects ("strengthen their cooperation", "mend ties"), so
    that what else its phrases name ("cooperation in dealing with North Korea", "against North Korea's
    threats") is what the cooperation is about, no partner in it."""
    held = [verb, *(c for c in verb.children if c.dep_ in OBJECT_DEPS)]
    if any(c.dep_ == "prep" and c.lower_ in PARTNER_PREPS for h in held for c in h.children):
        return False  # "expand trade with China": a partner named
    return _mutual(verb)


def _mutual(verb) -> bool:
    """An act done with each other by what it is: on ties ("mend ties"), joint in its object ("held
    joint naval exercises", "a bilateral summit"), or sharing ("agreed to share intelligence")."""
    if verb.lemma_.lower() in words()["mutual_verbs"]:
        return True
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    objects += prep_objects(verb, AGREED_PREPS)  # "agreed to a truce"
    objects += [g for o in objects for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children if g.dep_ == "pobj"]  # "began a new round of joint exercises"
    objects += [c for o in objects for c in o.conjuncts]  # "strengthen security and other cooperation"
    for obj in objects:
        if _word(obj) in words()["mutual_objects"] and not _partners_named(obj):
            return True
        if any(c.dep_ in ("amod", "compound") and c.lower_ in words()["joint_words"] for c in obj.children):
            return True
        if _shared_exercise(obj):
            return True
    return False


def _word(noun) -> str:
    """A noun's lemma with the words a hyphen joins to it ("cease - fire": "cease-fire")."""
    start = noun.i
    while start >= 2 and noun.doc[start - 1].text == "-" and noun.doc[start - 2].head.i == noun.i:
        start -= 2
    return "-".join([*(noun.doc[i].lower_ for i in range(start, noun.i, 2)), noun.lemma_.lower()])


def _partners_named(obj) -> bool:
    """ "expand cooperation with ASEAN", "trade between the two blocs": the object names its partners."""
    return any(c.dep_ == "prep" and c.lower_ in PARTNER_PREPS for c in obj.children)


def _shared_exercise(obj) -> bool:
    """ "launched their first exercise", "began their annual Freedom Shield exercise": an exercise the
    subjects' shared possessive owns (on the noun, or on a name before it); so a meeting ("broke off
    their summit", "suspended their talks")."""
    if obj.lemma_.lower() not in words()["exercise_words"] | words()["shared_meetings"]:
        return False
    owners = [obj, *(c for c in obj.children if c.dep_ in ("compound", "nmod"))]
    return any(g.dep_ == "poss" and g.lower_ in words()["shared_possessives"] for o in owners for g in o.children)


def own_joint_exercise(trigger, index: ActorIndex) -> bool:
    """Whether a joint exercise is one actor's alone ("China's military held joint drills around
    Taiwan", "began joint exercises near the island"): no partner named, no several subjects."""
    verb = trigger.head if trigger.dep_ in OBJECT_DEPS else trigger
    exercises = [t for t in (verb, *verb.children) if t.lemma_.lower() in words()["exercise_words"]]
    partner = any(c.dep_ == "prep" and c.lower_ in words()["partner_preps"] for t in (verb, *exercises) for c in t.children)
    subs = subjects(verb)[0]
    several = collective_subject(verb, index) or any(
        index.listed(s) or index.coordinated_modifiers(s) or any(c.dep_ == "nummod" for c in s.children) for s in subs
    )  # "the two navies held joint drills"
    return bool(exercises) and bool(subs) and not partner and not several


def joint_exercise(trigger, index: ActorIndex | None = None) -> bool:
    """Whether actors joined by "and" hold an exercise of theirs (the trigger its verb or the
    exercise itself): a joint one, with each other."""
    verb = trigger.head if trigger.dep_ in OBJECT_DEPS else trigger
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    return any(_shared_exercise(o) for o in objects) and any(
        (s.conjuncts if index is None else index.listed(s)) or (index is not None and index.coordinated_modifiers(s))
        for s in subjects(verb)[0]
    )  # "Seoul and Washington", "South Korean and U.S. forces"


def clause_subjects(trigger, index: ActorIndex) -> list[str]:
    """Actors heading noun phrases in the subjects of the clause that governs the trigger ("bombers
    from the United States, South Korea and Japan flew during a trilateral exercise")."""
    verb = trigger
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return index.heads_only(sorted((t for s in subjects(verb)[0] for t in s.subtree), key=lambda t: t.i))


FORCE_ROOTS = frozenset({"18", "19", "20"})  # assaults, fights, mass violence
STRUCK_PREPS = frozenset({"in", "near"})
MAIN_DEPS = ("ROOT", "conj")  # a main clause's verb: a "they" in reported speech is the reporter's (reporter)
PLURAL_SUBJECTS = frozenset({"they"})  # a "they" the actors stage left unread stands for the last actors joined by "and"


def _counterpart(token) -> bool:
    """ "his Kastavian counterpart": the office's holder in another state, never its possessor's."""
    return token.lemma_.lower() in words()["counterparts"]


def _no_actor_name(span) -> bool:
    """A name of no known actor that is only the end of a longer name ("State" in "Secretary of
    State") or names a document ("the North Atlantic Treaty")."""
    root = span.root
    if root.lemma_.lower() in words()["documents"] or root.lower_ in words()["documents"]:
        return True
    if _names_thing(span):
        return True
    head = root.head
    return (
        root.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.pos_ == "PROPN"
        and head.head.is_title
        and head.head.i < span.start
    )


def _names_thing(span) -> bool:
    """ "the Freedom Edge exercise", "the exercise, Freedom Edge", "the carrier Theodore Roosevelt": a
    name beside a word of exercises, operations or vessels names that thing."""
    things, root = words()["named_things"], span.root
    after = span.doc[span.end] if span.end < len(span.doc) else None
    beside = [root.head] if root.dep_ in ("appos", "compound", "nmod") else []  # "their Freedom Shield combined exercise"
    beside += [c for c in root.children if c.dep_ in ("compound", "nmod") and c.i < span.start]
    beside += [after] if after is not None else []
    return any(t.lemma_.lower() in things for t in beside)


LIST_POS = ("DET", "PUNCT", "CCONJ", "PROPN", "ADJ")  # the words of a list of names


def _mediating(token) -> bool:
    """Whether a name is of a dispute's mediators: in the phrase of a mediation word ("the mediation of
    A and B", "A and B, serving as intermediaries", "A and B mediated"), up to its clause's verb."""
    mediation = words()["mediation_words"]
    if any(t.lemma_.lower() in mediation for t in token.subtree):
        return True
    before = token.left_edge.i - 1  # "the mediation of Brazil, Chile and ...", however parsed
    while before >= token.sent.start and (token.doc[before].pos_ in LIST_POS or token.doc[before].lower_ == "of"):
        before -= 1
    if before >= token.sent.start and token.doc[before].lemma_.lower() in mediation:
        return True
    after = max(t.right_edge.i for t in (token, *token.conjuncts)) + 1  # "A and B, serving as intermediaries"
    while after < token.sent.end and token.doc[after].pos_ == "PUNCT":
        after += 1
    verb = token.doc[after] if after < token.sent.end else None
    if verb is None or verb.pos_ != "VERB":
        return False
    if verb.lemma_.lower() in mediation:  # "A and B mediated the talks"
        return True
    return verb.dep_ in ("acl", "advcl", "relcl") and any(t.lemma_.lower() in mediation for t in verb.subtree)


def _anaphoric(collective) -> bool:
    """Whether a collective points back to actors already named: "the two leaders", "both sides",
    "their allies"; not "several more countries", "the other states", "Western governments"."""
    said = {c.lower_ for c in collective.children}
    return bool(said & words()["definite"]) and not said & words()["indefinite"]


def _own_clause(token):
    """The clause a noun phrase belongs to: the verb it is an argument of, else the noun itself."""
    return token.head if token.dep_ in SUBJECT_DEPS + OBJECT_DEPS and token.head.pos_ in ("VERB", "AUX") else token


def _number(token) -> int | None:
    """How many a collective counts ("the three countries", "both sides"), or None."""
    for child in token.children:
        if child.lower_ == "both":
            return 2
        if child.dep_ == "nummod" and child.like_num:
            try:
                return int(child.text) if child.text.isdigit() else NUMBER_WORDS.get(child.lower_)
            except ValueError:
                return None
    return None


def _bare_number(token) -> int | None:
    """How many "the two" or "the three" counts when the numeral heads a subject of its own (no
    noun after it), or None."""
    if token.dep_ not in ("nsubj", "nsubjpass") or not token.like_num or token.pos_ != "NUM":
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return None
    return NUMBER_WORDS.get(token.lower_)


NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def _unique(items) -> list:
    out = []
    for item in items:
        if item and item not in out:
            out.append(item)
    return out


CLAUSE_BOUNDARY_DEPS = (
    *SUBJECT_DEPS,
    "agent",
    "ccomp",
    "advcl",
    "conj",
    "cc",
    "relcl",
    "parataxis",
    "punct",
    "mark",
    "npadvmod",
)


def phrase_targets(match, index: ActorIndex, exclude: list[str], judged=None) -> list[str]:
    """The first actor named inside the trigger's own object and prepositional phrases, when no rule
    found a target: the affected party is often a modifier of the thing acted on ("lift the ban on
    Cypriot ships", "sent supplies and personnel to Nepal", "the deployment of troops to Liberia").
    Subjects, agents and other clauses are not searched. ``judged``: an event told before that the
    trigger's object names ("condemned the exercise as a rehearsal for an invasion of the North",
    "called the launch a violent act that ... and said Japan would"): what the comment calls it is
    no party to it, and is not searched."""
    heads = [match.trigger, *(t for t in match.cue if t.dep_ == "xcomp")]
    named = [] if judged is None else what_it_is_called(match.trigger)
    tokens = sorted(
        {
            tok
            for head in heads
            for child in head.children
            if child.dep_ not in CLAUSE_BOUNDARY_DEPS and child not in named
            for tok in child.subtree
        },
        key=lambda t: t.i,
    )
    hidden = {t.i for tok in tokens if tok.dep_ == "pobj" and tok.lemma_.lower() in words()["setting"] for t in tok.subtree}
    hidden |= {t.i for tok in tokens if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "under")
               and tok.lemma_.lower() in words()["partnership"] for t in tok.subtree}  # "in coordination with X"
    hidden |= {t.i for tok in tokens if tok.dep_ == "conj" and clause_conjunct(tok) for t in tok.subtree}  # "condemned
    # the act and Moon said": the subject of a clause of its own
    hidden |= {t.i for tok in tokens if _relayed_by(tok) or _attribution(tok) for t in tok.subtree}  # "a statement
    # carried by KCNA", "fired rounds into the sea, according to the JCS": the outlet or teller is no party
    found = [a for a in index.heads_only(t for t in tokens if t.i not in hidden) if a not in exclude]
    if found and _sent(found[0], index):  # "sent vehicles and a team of paratroopers to Lebanon": the receiver
        given = [t for h in (*heads, *tokens) for t in prep_objects(h, RECIPIENT_PREPS)]
        found = _unique([*(a for a in index.all_of(given) if a in found and not _sent(a, index)), *found])
    if not found:
        return []  # "spoke at the opening of the NATO summit": a setting noun hides its "of" actor
    joined = [  # "to Moscow and Beijing"; not a comma's "Pyongyang, North Korean state media reported"
        c for t in tokens if index.at(t) == found[0] and any(k.dep_ == "cc" for k in t.children) for c in t.conjuncts
    ]
    return _unique([found[0], *(a for a in index.heads_only(joined) if a not in exclude)])


def _own_people(noun, sources: list, index: ActorIndex) -> bool:
    """ "North Korea warned that its forces will respond", "Seoul said its troops would": people the
    speaker's possessive owns are the speaker's own, no one the warning or appeal is aimed at."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    if not owners or index.groups is None or index.groups.words.sector(noun) is None:
        return False
    owner = index.at(owners[0])
    return owner in sources or owner in index.homes(sources) or (owner is None and owners[0].lower_ in OWN_POSSESSIVES)


def _relayed_by(token) -> bool:
    """The "by" phrase of a participle that relays words ("a statement carried by KCNA"): the outlet."""
    verb = token.head
    return token.dep_ == "agent" and verb.dep_ == "acl" and verb.lemma_.lower() in words()["relay_verbs"]


def _attribution(token) -> bool:
    """The "according to" phrase that names who tells of the act ("visited the plant, according to
    KCNA", "fired 100 rounds, according to the JCS"): the teller, never a party to it."""
    return token.dep_ == "prep" and token.lower_ == "according" and any(c.lower_ == "to" for c in token.children)


JUDGEMENT_PREPS = frozenset({"as"})  # "condemned the drill as a rehearsal for ...": what it is called


def what_it_is_called(trigger) -> list:
    """The phrases of a comment that say what its object is: an object predicate ("called the launch a
    violent act") or an "as" phrase ("denounced the sanctions as a hostile act")."""
    return [c for c in trigger.children if c.dep_ == "oprd" or c.dep_ == "prep" and c.lower_ in JUDGEMENT_PREPS]


AMOUNT_ENTS = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})  # "raised aid to $5 billion"
TIME_ENTS = frozenset({"DATE", "TIME"})  # "resigned on Sunday", "called on Friday for ...": when it was, no one acted on
PHRASE_END_DEPS = ("relcl", "acl", "punct", "cc", "conj", "appos", "advcl")


def object_phrase(match, affected_preps: frozenset = frozenset()) -> tuple[int, int] | None:
    """Token bounds ``[start, end)`` of what the event is done to when that is no actor: the trigger's
    direct object ("rejected the council's decision"), else the object of a cue verb, else the object
    of one of the pattern's target prepositions, else, for a cue that names its own object, what the
    object applies to ("imposed a curfew in parts of Kashmir", "suspended aid for Sarajevo"). The
    phrase ends before a relative clause, an apposition or a coordination."""
    heads = [match.trigger, *(t for t in match.cue if t.dep_ == "xcomp")]
    cue = set(match.cue)
    objects = [c for h in heads for c in h.children if c.dep_ in OBJECT_DEPS and c not in cue]
    holders = [*heads] + ([match.cue_object] if match.cue_object is not None else [])
    objects += [o for h in holders for o in prep_objects(h, match.pattern.target_preps, skip=cue)]
    if match.cue_object is not None:
        objects += [o for h in holders for o in prep_objects(h, affected_preps, skip=cue)]
    if transfer(match.pattern.code):  # "donated medical supplies to various African countries": the receivers
        objects = [o for h in heads for o in prep_objects(h, GIVEN_TO, skip=cue) if o.ent_type_ not in AMOUNT_ENTS] + objects
    nouns = [o for o in objects if o.pos_ in ("NOUN", "PROPN") and o.ent_type_ not in TIME_ENTS]  # "on Friday": when
    return _phrase_bounds(nouns[0]) if nouns else None


def _phrase_bounds(noun) -> tuple[int, int]:
    cuts = [t.left_edge.i for t in noun.subtree if t.i > noun.i and t.dep_ in PHRASE_END_DEPS]
    end = min(cuts, default=noun.right_edge.i + 1)
    return noun.left_edge.i, max(end, noun.i + 1)


def _reports(token) -> bool:
    """"visit Pyongyang, North Korean state media reported": a conjunct the parse hung a reporting
    verb on ("media" -> "reported") is the source of the report, no participant coordinated with
    the object."""
    return any(c.dep_ in ("acl", "relcl") and c.lemma_ in reporting_verbs() for c in token.children)

