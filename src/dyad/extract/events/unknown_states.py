"""Names no stage knows that the text shows to be states: the invented states of PETRARCH's
one-sentence stories ("Arnor", "Kastavia"), which the tagger labels a place, a people, an
organisation, a person or nothing at random, and a small gazetteer town or given name standing for
one in a short text ("Police in Rohan"). Also organisations the knowledge base does not know that
a group word describes ("the rebel group Black Lynx").

``UnknownStates`` is the part of participants.ActorIndex that finds them; it reads the index's
``by_token``, ``groups``, ``article``, ``where``, ``short`` and ``lone`` and writes the states it
finds into ``by_token`` and ``groups.state_at``.
"""

from __future__ import annotations

from spacy.attrs import LOWER, POS
from spacy.strings import hash_string
from spacy.symbols import PROPN

from dyad.annotate.columns import column, entities
from dyad.annotate.lexicon import given_names
from dyad.extract.events.participant_words import GROUP_PREPS, OBJECT_DEPS, SUBJECT_DEPS, words
from dyad.extract.events.where_phrases import in_where_phrase
from dyad.extract.places.gazetteer import load_gazetteer

ODD_NAME_LABELS = frozenset({"WORK_OF_ART", "PRODUCT", "FAC", "LOC"})  # labels the tagger gives unknown one-word names
GENDERED_PRONOUNS = frozenset({"he", "him", "his", "himself", "she", "her", "hers", "herself"})
SMALL_PLACE = 50_000  # a town this small is no town the reader is expected to know unnamed (a lone locality)
SHORT_TEXT_SENTENCES = 2  # a text this short says little of its places (PETRARCH's one-sentence stories)
UNKNOWN_STATE = "named-state-"  # the ids of states no stage knows (Groups.unknown_state)
ORG_WORDS = frozenset({"group", "office", "board", "inc", "corp", "ltd", "company", "bank", "club", "fc",
                       "university", "college", "school", "hospital", "center", "centre", "institute",
                       "foundation", "association", "society", "armory", "opposition", "forces"})
DEMONYM_ENDINGS = ("ian", "an", "ese", "ish", "i", "n")
STATE_SECTORS = frozenset({"MIL", "COP", "GOV", "LEG", "REB", "OPP", "SPY"})  # groups only a state has
STATE_NAME_ENDINGS = ("ia", "land", "stan")  # a state's name: "Kastavia", "Freeland", "Tarkistan"
STATE_DEMONYM_ENDINGS = ("ian", "an", "ese", "stani")  # a state's demonym with no state of that name in the article
PLACE_ENDINGS = ("a", "ia", "o", "e", "")  # "Bavaria" of "Bavarian", "Victoria" of "Victorian"
COMPOUND_NAME_LABELS = frozenset({"", "GPE", "NORP", "ORG", "PERSON"})  # "Harad troops" (ORG), not "Friday night" (DATE)
THING_OWNER_LABELS = frozenset({"", "GPE", "NORP"})  # "Gondor fishing boats", not "Patriot systems" (PERSON), "Koran burnings"
PRONOUNS = frozenset({"he", "him", "his", "she", "her", "it", "its", "they", "them", "their"})


_IT_IDS = frozenset(hash_string(w) for w in ("it", "its"))  # their LOWER string ids (_its_states)


class UnknownStates:
    """The unknown-state rules of an ActorIndex (see the module's docstring)."""

    def lone_token(self, token) -> bool:
        """A token of a lone locality's mention (lone_localities) found to be a state here."""
        return any(m.start <= token.idx < m.end and m.start in self.lone for p in self.article.places for m in p.mentions)

    def _unknown_states(self, doc) -> None:
        """Names tagged as states that no earlier stage made an actor or a place ("Kastavia urged
        Veldoria to ...") act as states of their own (Groups.unknown_state) where the text shows them
        to be states (_stately); not where they only say where something happened ("met in
        Treslin")."""
        placed = [(m.start, m.end) for p in self.article.places for m in p.mentions if m.start not in self.lone]
        found = [
            ent
            for ent in entities(doc)
            if ent.label_ == "GPE"
            and not any(t.i in self.by_token for t in ent)
            and not any(s < ent.end_char and ent.start_char < e for s, e in placed)
            and not in_where_phrase(ent.root)
        ]
        for ent in found:
            if self._stately(ent, found):
                self._as_state(ent)
        self._untagged_states(doc)
        self._unknown_homes(doc)
        for ent in found:  # "The government of Arnor appealed to Gondor": a state the groups' homes showed
            if not any(t.i in self.by_token or t.i in self.groups.state_at for t in ent) and self._state_shaped(ent) and any(
                a.startswith(UNKNOWN_STATE) for t in ent.sent if (a := self.groups.state_at.get(t.i)) and t.i not in ent
            ):
                self._as_state(ent)
        for ent in entities(doc):  # "Kastavia" tagged as an organisation, where "Kastavian" or "diplomatic ties" says it is a state
            if ent.label_ == "ORG" and len(ent) == 1 and self._unknown_org(ent) and self._state_shaped(ent) and not _descriptors(ent) and (
                any(_demonym_of(ent.text, e.text) for e in entities(doc) if e.label_ == "NORP")
                or _state_words_in(ent.sent)
                or self._faces_state(ent, found)
            ):
                self._as_state(ent)
                for other in self._facing(ent, found):  # "Sarlo warned Kastavia": both are states
                    if not any(t.i in self.by_token for t in other):
                        self._as_state(other)
        self._compound_names(doc)
        self._acting_names(doc)
        self._its_states(doc)

    def _its_states(self, doc) -> None:
        """ "Kastavia said it was ready to ...", "Sarlo put its forces on alert": "it" and "its" that
        no stage resolved, after a state no earlier stage knew as the subject of their sentence's
        main verb, are that state (coreference ran before the state was found)."""
        lowers = column(doc, LOWER)  # the words' string ids: no Token made for the others
        for i in [i for i, lower in enumerate(lowers) if lower in _IT_IDS]:
            token = doc[i]
            if token.lower_ not in ("it", "its") or token.i in self.by_token:
                continue
            root = token.sent.root
            subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i]
            state = next((self.by_token.get(c.i) for c in subjects), None)
            if self._provisional_state(state):
                self.by_token[token.i] = state

    def _acting_names(self, doc) -> None:
        """One-word names no stage knows that act on someone or are acted on, in a clause with no
        word of business, are states where the text shows it ("Zembia eased restrictions on
        journalists", "Lirania asked Ardenza for assistance"): a name shaped like a state's ("-ia",
        "-land", "-stan"; no given name), a name owning a group only states have ("Sarlo's army"),
        or a name facing another such name, or a state no earlier stage knew, in one clause. The PETRARCH genre's invented states are tagged as places,
        organisations or people at random."""
        propns = [doc[i] for i, pos in enumerate(column(doc, POS)) if pos == PROPN]  # no Token for the rest
        candidates = [t for t in propns if self._unknown_one_word(t)]  # (which asks for a proper noun first)
        if not candidates:  # most news: every name known
            return
        shown = [
            t
            for t in candidates
            if state_name_shape(t.text) or ((t.ent_type_ != "PERSON" or self.short) and self._owns_state_group(t))
        ]
        clauses: dict = {}
        chosen = {t.idx for t in candidates}  # what ``token in candidates`` compares, asked once per token
        unread = self._provisional_state(None)  # a token no stage read: the same answer for every one
        for token in doc:  # the candidates, and the states no stage knew, of each clause
            actor_id = self.by_token.get(token.i)
            if token.idx in chosen or (unread if actor_id is None else self._provisional_state(actor_id)):
                clauses.setdefault(self._clause_of(token), []).append(token)
        for token in candidates:
            if token.ent_type_ == "PERSON" and token not in shown and not self.short:  # a surname, in news
                continue
            if token in shown or len({t.text for t in clauses[self._clause_of(token)]}) > 1:  # two names
                self._as_state(doc[token.i : token.i + 1])

    def _compound_names(self, doc) -> None:
        """In a short text, a one-word name no stage knows before a noun ("Mordor forces invaded",
        "The Rohan military shelled", "two Gondor fishing boats were seized by ...") is a state where
        the noun is a group only a state has or another state acts in its sentence: the group is
        that state's (made again by the groups, with its country), the thing its own."""
        if not self.short:
            return
        for token in doc:
            if not self._compound_name(token):
                continue
            head = token.head
            actor = self.article.actor(self.by_token.get(token.i, ""))
            if actor is not None and actor.kind == "group":  # the actors stage's "Mordor forces", of no country
                for i in range(head.left_edge.i, head.i + 1):
                    if self.by_token.get(i) == actor.id:
                        del self.by_token[i]
            self._as_state(_one_word(token))

    def _compound_name(self, token) -> bool:
        """A one-word name no stage knows, modifying a noun of a group only a state has or of a
        sentence where another state acts (_compound_names)."""
        head = token.head
        if (
            token.dep_ != "compound"
            or not (token.pos_ == "PROPN" or token.pos_ == "ADJ" and token.ent_type_)  # "Harad troops": an ADJ tagged ORG
            or not token.is_title
            or not token.is_alpha
            or token.ent_type_ not in COMPOUND_NAME_LABELS
            or head.pos_ != "NOUN"
            or head.i < token.i
            or token.i in self.groups.state_at
            or (token.i > 0 and _title_propn(token.doc[token.i - 1]))
            or _title_propn(token.doc[token.i + 1])
            or token.lower_ in ORG_WORDS
            or self.groups.words.sector(token)
        ):
            return False
        actor = self.article.actor(self.by_token.get(token.i, ""))
        if actor is not None and not (actor.kind == "group" and not actor.country) and not self._blank_actor(actor.id, token):
            return False
        if self._person_name(token) or self._known_name(token.text) or self._placed(token.idx):
            return False
        sentence = token.sent
        if _speaks_of_business(sentence) or _title_cased(sentence):
            return False
        if self.groups.words.sector(head) in STATE_SECTORS or head.lemma_.lower() in words()["state_owned"]:
            return True
        return token.ent_type_ in THING_OWNER_LABELS and any(
            t.i != token.i and (t.i in self.groups.state_at or self.is_state(self.by_token.get(t.i, "")))
            for t in sentence
        )

    def _mistagged_name_word(self, token) -> bool:
        """A one-word name the tagger called a people without a demonym's ending ("sent troops to
        Arnor"), or, in a short text, a work, product, facility or natural place ("Esgaroth accused
        Dale"): the PETRARCH genre's invented states get any label."""
        return _mistagged_people(token) or (self.short and token.ent_type_ in ODD_NAME_LABELS)

    def _clause_of(self, token):
        """The clause a name acts in, or that its official or group acts in ("The government of
        Gondor accused Mordor": accused)."""
        return _acting_clause(token) or self._owner_clause(token)

    def _unknown_one_word(self, token) -> bool:
        """A one-word proper name, unknown to every stage, that is an argument of a verb."""
        if (
            token.pos_ != "PROPN"
            or not token.is_title
            or token.ent_type_ not in ("", "GPE", "ORG", "PERSON") and not self._mistagged_name_word(token)
            or token.i in self.groups.state_at
            or token.tag_ == "NNPS"
            or token.dep_ == "compound"
            or any(c.dep_ == "compound" for c in token.children)
            or (token.i > 0 and _title_propn(token.doc[token.i - 1]))
            or (token.i + 1 < len(token.doc) and _title_propn(token.doc[token.i + 1]))
            or in_where_phrase(token)
            or (_acting_clause(token) is None and not self._owns_state_group(token))
        ):
            return False
        actor_id = self.by_token.get(token.i)
        if actor_id is not None and not self._blank_actor(actor_id, token) and not self.lone_token(token):
            return False  # a lone village the actors stage read as its country ("accused Rohan": UKR) stays open
        if self._person_name(token) or self._known_name(token.text):
            return False
        sentence = token.sent
        if _speaks_of_business(sentence) or _title_cased(sentence):
            return False
        return not self._placed(token.idx) and self._state_shaped(_one_word(token))

    def unknown(self, token, lone: bool = False) -> bool:
        """A one-word name no stage made anything of and no knowledge base or place knows; with
        ``lone``, a lone locality the actors stage read as its country too (lone_localities)."""
        return (
            not self._placed(token.idx)
            and (token.i not in self.by_token or lone and self.lone_token(token))
            and not self._person_name(token)
            and not self._known_name(token.text)
            and not any(c.dep_ == "compound" for c in token.children)
        )

    def provisional_home(self, actor_id: str) -> bool:
        """A state no stage knew, found here, or a group of one ("Troops from Umbar")."""
        return self._provisional_state(actor_id) or self._provisional_state(self.country(actor_id))

    def _provisional_state(self, actor_id: str | None) -> bool:
        """A state no stage knew, found here ("named-state-kastavia", or an organisation turned state)."""
        actor = self.article.actor(actor_id) or self.groups.made.get(actor_id or "")
        return actor is not None and actor.kind == "state" and actor.code is not None and actor.code != actor.id

    def _owns_state_group(self, token) -> bool:
        """ "Sarlo's army", "Ardenza's police", "Tavaria's rebels", "Sarlo's judges", "the foreign
        minister of Morvania", "his Sarlo counterpart": a name owning a group that only a state has (forces, police, government, legislature, courts, rebels or
        opposition against it); "Acme's lawyers" says nothing of a state."""
        head = token.head
        if token.dep_ == "pobj" and head.lower_ == "of":  # "the foreign minister of Morvania"
            head = head.head
        elif token.dep_ not in ("poss", "compound") or head.pos_ != "NOUN":  # "his Sarlo counterpart"
            return False
        sector = self.groups.words.sector(head)
        if sector == "JUD":
            return head.lemma_.lower() in words()["state_courts"]
        return sector in STATE_SECTORS or head.lemma_.lower() in words()["state_owned"]

    def _blank_actor(self, actor_id: str, token) -> bool:
        """An organisation or person the actors stage made of this one word and knows nothing of."""
        actor = self.article.actor(actor_id)
        return (
            actor is not None
            and actor.kind in ("organization", "person")
            and not (actor.wikidata or actor.country or actor.sector or actor.code or actor.roles)
            and all(m.text == token.text or m.text.lower() in PRONOUNS for m in actor.mentions)
        )

    def _untagged_states(self, doc) -> None:
        """A one-word proper name the tagger gave no entity type, that no stage knows, and that acts
        on a state or is acted on by one in the same clause ("Veldoria imposed sanctions on
        Kastavia"), with no word of business in its sentence, is a state too."""
        state_ids = {a.id for a in self.article.actors if a.kind == "state"} | set(self.groups.state_at.values())
        states = {i for i, a in self.by_token.items() if a in state_ids}
        if not states:
            return
        clauses = {c for i in states if (c := _argument_clause(doc[i]) or self._owner_clause(doc[i])) is not None}
        for token in [doc[i] for i, pos in enumerate(column(doc, POS)) if pos == PROPN]:
            if (
                token.pos_ != "PROPN"
                or token.ent_type_
                or not token.is_title
                or token.i in self.by_token
                or not token.is_title
                or token.i == token.sent.start and token.dep_ not in SUBJECT_DEPS
                or any(c.dep_ == "compound" for c in token.children)
                or token.dep_ == "compound"
                or _argument_clause(token) not in clauses
                or _speaks_of_business(token.sent)
                or _title_cased(token.sent)
            ):
                continue
            span = doc[token.i : token.i + 1]
            if self._state_shaped(span) and not self._known_name(token.text):
                actor = self.groups.unknown_state(span)
                if actor is not None:
                    self.by_token[token.i] = actor
                    self.groups.state_at[token.i] = actor

    def _faces_state(self, ent, found) -> bool:
        """An unknown one-word name tagged as an organisation that acts on a state or is acted on by
        one in the same clause ("Sarlo warned Kastavia", "Morvania urged Sarlo to ..."), where the
        other is a known state or an unknown name tagged as one, and nothing in the sentence speaks
        of business ("Brontex sued Zelvia over a patent")."""
        if _speaks_of_business(ent.sent):
            return False
        clause = _argument_clause(ent.root)
        if clause is None:
            return False
        for other in ent.sent.ents:
            if other.label_ != "GPE" or other == ent or _argument_clause(other.root) != clause:
                continue
            known = self.article.actor(self.by_token.get(other.root.i, ""))
            if (known is not None and known.kind == "state") or (other in found and self._state_shaped(other)):
                return True
        return False

    def _facing(self, ent, found) -> list:
        """The unknown state-tagged names of the clause an unknown name was found to face."""
        clause = _argument_clause(ent.root)
        return [
            o for o in found if o.sent == ent.sent and _argument_clause(o.root) == clause and self._state_shaped(o)
        ]

    def _unknown_homes(self, doc) -> None:
        """Unknown states that a group belongs to: the state a demonym of a group or an office names
        ("Kastavian police", "the Veldorian government": the state of that name in the article, else
        a state named by the demonym), and an unknown name in a group's "in"/"of"/"from" phrase
        ("police in Veldoria", "rebels of Sarlo"). They are the groups' countries, never actors of
        their own here."""
        states = [a for a in self.groups.made.values() if a.id.startswith(UNKNOWN_STATE)]
        for ent in entities(doc):
            if self._blank_home(ent):  # "Troops from Umbar": an organisation, to the actors stage
                self._as_state(ent)
                continue
            if any(t.i in self.by_token or t.i in self.groups.state_at for t in ent):
                continue
            if ent.label_ in ("NORP", "GPE") and self._demonym_head(ent) and self._unknown_demonym(ent):
                state = next((a.id for a in states if _demonym_of(a.name, ent.text)), None)
                if state is None and ent.text.lower().endswith(STATE_DEMONYM_ENDINGS):
                    state = self.groups.unknown_state(ent)  # "Kastavian", not "Houthi", "Yazidi", "Chechen"
                if state is not None:  # a mention of the state, as a known state's demonym is
                    self.by_token.update({t.i: state for t in ent})
            elif (ent.label_ == "GPE" or self._mistagged_name(ent) or self._odd_one_word(ent)) and _of_group(ent.root, self) and self._unknown_name(ent):
                state = self.groups.unknown_state(ent)
            else:
                continue
            if state is not None:
                self.groups.state_at.update({t.i: state for t in ent})

    def _blank_home(self, ent) -> bool:
        """In a short text, a one-word name in a group's own "in"/"of"/"from" phrase ("Troops from
        Umbar attacked ...") that the actors stage made an organisation or a person of, knowing
        nothing of it: an unknown state, as a name tagged a state is there."""
        root = ent.root
        return (
            self.short
            and len(ent) == 1
            and ent.label_ in ("ORG", "PERSON", *ODD_NAME_LABELS)
            and root.i in self.by_token
            and root.i not in self.groups.state_at
            and self._blank_actor(self.by_token[root.i], root)
            and _of_group(root, self)
            and self._state_shaped(ent)
            and not self._known_name(ent.text)
            and not self._person_name(root)
        )

    def _odd_one_word(self, ent) -> bool:
        """In a short text, a one-word name tagged a work, product, facility or natural place ("three
        journalists from Esgaroth"): the PETRARCH genre's invented states get any label; "the South", a
        region, is none."""
        before = ent.doc[ent.start - 1] if ent.start > 0 else None
        the = before is not None and before.lower_ == "the"
        return self.short and len(ent) == 1 and ent.label_ in ODD_NAME_LABELS and not the

    def _mistagged_name(self, ent) -> bool:
        """A one-word name the tagger called a people that has no demonym's ending, in the phrase of a
        group only a state has ("the government of Arnor", "the army of Tarvon"): a state's name."""
        return (
            ent.label_ == "NORP" and len(ent) == 1 and ent.root.pos_ == "PROPN"
            and not ent.text.lower().endswith(DEMONYM_ENDINGS) and ent.root.dep_ == "pobj"
            and self.groups.words.sector(ent.root.head.head) in STATE_SECTORS
        )

    def _demonym_head(self, ent) -> bool:
        """A demonym before a group word ("Kastavian police"), or a state's demonym before any other
        noun ("50 Kastavian prisoners", "a Tavarian fishing boat", "the Veldorian decision")."""
        head = _modifier_root(ent.root).head
        if self._group_word(head):
            return True
        return (
            head.pos_ == "NOUN"
            and ent.text.lower().endswith(STATE_DEMONYM_ENDINGS)
            and head.lemma_.lower() not in words()["epithet_heads"]  # "the Andean country": Colombia
        )

    def _group_word(self, token) -> bool:
        return bool(self.groups.words.sector(token)) or token.lemma_.lower() in words()["state_owned"]

    def _unknown_demonym(self, ent) -> bool:
        text = ent.text.lower()
        return (
            len(ent) == 1
            and _modifier_root(ent.root).dep_ in ("amod", "compound")  # "Kastavian and Veldorian leaders"
            and text.endswith(DEMONYM_ENDINGS)
            and text not in words()["not_demonyms"]
            and not self._known_name(ent.text)
            and not _place_demonym(ent.text)
            and not any(m.start <= ent.start_char < m.end for p in self.article.places for m in p.mentions)
        )

    def _unknown_name(self, ent) -> bool:
        return not self._placed(ent.start_char) and self._state_shaped(ent) and not self._known_name(ent.text)

    def _placed(self, start: int) -> bool:
        """Whether a place mention holds this offset, leaving out a lone locality (lone_localities)."""
        return any(m.start <= start < m.end and m.start not in self.lone for p in self.article.places for m in p.mentions)

    def _person_name(self, token) -> bool:
        """A given name, unless, in a short text, neither the tagger nor a "he" or "she" reads it as a
        person's ("Eriador praised Rohan for its help": "Rohan", tagged an organisation)."""
        if token.text not in given_names():
            return False
        if token.ent_type_ == "PERSON" or not self.short:
            return True
        actor = self.article.actor(self.by_token.get(token.i, ""))
        return actor is not None and any(m.text.lower() in GENDERED_PRONOUNS for m in actor.mentions)

    def _known_name(self, text: str) -> bool:
        return bool(self.groups.knowledge_lookup(text))

    def _as_state(self, ent) -> None:
        known = self.article.actor(self.by_token.get(ent.root.i, ""))
        if known is not None and not (known.kind == "state" and self.lone_token(ent.root)):  # not a lone village's country
            # the actors stage's organisation of that name is the state
            known.kind = "state"
            known.code = known.code or self.groups.provisional_code(known.name)
            known.country = known.country or known.id
            self.groups.state_at.update({t.i: known.id for t in ent})  # "Ardenza's police"
            return
        actor = self.groups.unknown_state(ent)
        if actor is not None:
            self.by_token.update({t.i: actor for t in ent})
            self.groups.state_at.update({t.i: actor for t in ent})

    def _described_orgs(self, doc) -> None:
        """An organisation the knowledge base does not know takes the sector of the group word that
        describes it: "the separatist group Black Lynx", "Brontex, a rebel group", "the militia
        Ossan Guard"."""
        for ent in entities(doc):
            if ent.label_ in ("ORG", "FAC", "GPE", "PERSON") and self._unknown_org(ent):
                sector = next((s for t in _descriptors(ent) if (s := self._sector_of(t))), None)
                if sector is not None:
                    self.article.actor(self.by_token[ent.root.i]).sector = sector

    def _sector_of(self, noun) -> str | None:
        """The sector of a describing group noun, that of its modifier first ("rebel group": REB)."""
        sector = self.groups.words.sector(noun)
        if sector is None:
            return None
        mods = [c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i]
        return next((s for m in mods if (s := self.groups.words.sector(m))), sector)

    def _unknown_org(self, ent) -> bool:
        """An organisation the knowledge base does not know, with nothing known of it."""
        ids = {self.by_token.get(t.i) for t in ent}
        if len(ids) != 1 or None in ids:
            return False
        actor = self.article.actor(ids.pop())
        return actor is not None and actor.kind == "organization" and not (
            actor.wikidata or actor.country or actor.sector or actor.code
        )

    def _stately(self, ent, found) -> bool:
        """Whether an unknown name tagged as a state is shown to be one (and names nothing else: no
        organisation word in it, "Monex Group"; no modifier of a thing, "Marburg virus"): a state
        word in its sentence ("diplomatic ties") or owned by it ("the president of Kastavia"), a
        demonym of it in the article ("Kastavian"), or another such name in its sentence ("Kastavia
        urged Veldoria")."""
        if not self._state_shaped(ent):
            return False
        if _state_words_in(ent.sent):
            return True
        if self._owns_state_word(ent.root):
            return True
        if any(_demonym_of(ent.text, e.text) for e in entities(ent.doc) if e.label_ == "NORP"):
            return True
        if any(e.sent == ent.sent and e.text != ent.text and self._state_shaped(e) for e in found):
            return True
        return any(  # "The foreign minister of Dunvale accused Quessa": a name owning a state word
            e.sent == ent.sent and e.text != ent.text and self._owns_state_word(e.root)
            for e in entities(ent.doc)
            if e.label_ in ("GPE", "PERSON", "ORG")
        )

    def _state_shaped(self, ent) -> bool:
        root = ent.root
        if root.dep_ == "compound" and root.head.pos_ != "PROPN":
            return False
        return not any(self.groups.words.sector(t) or t.lower_ in ORG_WORDS or t.is_upper for t in ent)

    def _owner_clause(self, token):
        """The clause a state's official or group acts in ("The president of Gondor visited Arnor":
        visited), for a state that owns a state word; else None."""
        if not self._owns_state_word(token):
            return None
        return _argument_clause(token.head.head if token.dep_ == "pobj" else token.head)

    def _owns_state_word(self, token) -> bool:
        owned = words()["state_owned"]
        head = token.head
        if token.dep_ == "pobj" and head.lower_ in ("of", "from"):
            head = head.head
        elif token.dep_ != "poss":
            return False
        return head.lemma_.lower() in owned or head.lower_ in owned or bool(self.groups.words.sector(head))


def _descriptors(ent) -> list:
    """Common nouns that say what a name is: the noun just before it ("the rebel group Black Lynx"),
    its apposition ("Brontex, a rebel group") or the noun it is an apposition of."""
    out = []
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.pos_ == "NOUN":
        out.append(before)
    out += [c for c in ent.root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if ent.root.dep_ == "appos" and ent.root.head.pos_ == "NOUN":
        out.append(ent.root.head)
    return out


def _speaks_of_business(sentence) -> bool:
    """Whether a sentence speaks of trade between firms ("Brontex sued Zelvia over a patent"): a
    noun of business_words; not a verb of that form ("their shared border", "marketed as")."""
    business = words()["business_words"]
    return any(t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in business for t in sentence)


def _state_words_in(sentence) -> bool:
    """Whether a sentence speaks of states ("diplomatic ties", "sanctions", "the border")."""
    state_words = words()["state_words"]
    return any(t.lower_ in state_words or t.lemma_.lower() in state_words for t in sentence)


def _place_demonym(demonym: str) -> bool:
    """Whether a demonym no knowledge-base entry has names the people of a region the gazetteer
    knows ("Victorian", "Bavarian", "Californian"): a region's, not an unknown state's (a town's
    name is no evidence: "Kastav" is a Croatian town)."""
    gazetteer = load_gazetteer()
    for ending in DEMONYM_ENDINGS:
        stem = demonym[: -len(ending)]
        if demonym.lower().endswith(ending) and len(stem) >= 3:
            for tail in PLACE_ENDINGS:
                if any(entry.kind != "city" for entry, _ in gazetteer.lookup(stem + tail)):
                    return True
    return False


def _title_cased(sentence) -> bool:
    """A headline set in title case ("Syrian Refugees Granted Asylum Are Welcome"): its capitals say
    nothing of names."""
    alpha = [t for t in sentence if t.is_alpha]
    return len(alpha) > 3 and sum(t.is_title for t in alpha) > len(alpha) / 2


def _modifier_root(token):
    """The first of coordinated modifiers ("Veldorian" in "Kastavian and Veldorian leaders" hangs on
    "Kastavian")."""
    while token.dep_ == "conj" and token.head.i != token.i and token.head.pos_ in ("ADJ", "PROPN"):
        token = token.head
    return token


def _acting_clause(token):
    """The verb a name is an argument of, itself or as the owner of one ("concern over Kastavia's
    program")."""
    return _argument_clause(token.head if token.dep_ == "poss" and token.head.i != token.i else token)


def _argument_clause(token):
    """The verb a name is the subject, object or prepositional object of, or None."""
    while token.dep_ in ("compound", "amod", "appos", "conj") and token.head.i != token.i:
        token = token.head
    if token.dep_ == "pobj" and token.head.dep_ in ("prep", "agent", "dative"):  # "was criticized by Veldoria", "sent troops to Arnor"
        token = token.head
        if token.head.dep_ in OBJECT_DEPS:  # "imposed sanctions on X": the object's phrase
            token = token.head
    head = token.head
    if token.dep_ not in SUBJECT_DEPS + OBJECT_DEPS + ("prep", "agent") or head.pos_ not in ("VERB", "AUX"):
        return None
    while head.dep_ in ("xcomp", "conj", "ccomp") and head.head.pos_ in ("VERB", "AUX"):  # "threatened to cut off ... to X", "demanded that X withdraw"
        head = head.head
    return head.i


def _of_group(token, index: UnknownStates) -> bool:
    """A name in a group's own "in", "of" or "from" phrase ("police in Veldoria", "troops from Sarlo")."""
    while token.dep_ in ("compound", "amod", "nmod", "appos", "conj") and token.head.i != token.i:
        token = token.head
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in GROUP_PREPS:
        return False
    return index._group_word(prep.head) or prep in index.groups.verbs_from(_object_before(prep))


def _object_before(prep):
    """The verb's object a phrase of the verb follows ("arrested 20 protesters | from Khand"), else the phrase."""
    return next((c for c in prep.head.children if c.dep_ == "dobj" and c.right_edge.i + 1 == prep.i), prep)


def _demonym_of(name: str, demonym: str) -> bool:
    """ "Kastavian" of "Kastavia", "Dagolathi" of "Dagolath": the demonym less its ending begins the
    one-word name, which goes at most two letters further."""
    name, demonym = name.lower(), demonym.lower()
    if " " in name or name == demonym:
        return False
    for ending in DEMONYM_ENDINGS:
        stem = demonym[: -len(ending)]
        if demonym.endswith(ending) and len(stem) >= 4 and name.startswith(stem) and len(name) - len(stem) <= 2:
            return True
    return False


def state_name_shape(name: str) -> bool:
    """A name shaped like a state's: "Kastavia", "Freeland", "Tarkistan"."""
    return len(name) > 4 and name.lower().endswith(STATE_NAME_ENDINGS)


def _title_propn(token) -> bool:
    return token.pos_ == "PROPN" and token.is_title


def _one_word(token):
    return token.doc[token.i : token.i + 1]


def lone_localities(article) -> set[int]:
    """The starts of mentions of a small town (under SMALL_PLACE) whose country the text names nowhere
    else, by no other place and no actor ("Police in Rohan arrested ...": a Ukrainian village of the
    gazetteer, in a sentence that names no Ukraine). In a short text such a name may well be a state
    no stage knows, where the sentence shows it is one; the gazetteer's reading is kept otherwise. Two
    such towns of one country name it no more than one does ("between Arnor and Rohan", two Ukrainian
    villages of the gazetteer)."""
    small = [p for p in article.places if p.kind == "city" and p.country and _population(p) < SMALL_PLACE]
    out: set[int] = set()
    for place in small:
        others = [p for p in article.places if p not in small and place.country in (p.country, p.id)]
        starts = {m.start for p in small if p.country == place.country for m in p.mentions}
        if others or any(place.country in (a.id, a.country) and not _only_at(a, starts) for a in article.actors):
            continue
        out |= {m.start for m in place.mentions}
    return out


def _only_at(actor, starts: set[int]) -> bool:
    """An actor named only where a place is ("Ukraine", the actors stage's reading of "a village in
    Rohan"): the place's own country, named nowhere else."""
    return all(m.start in starts for m in actor.mentions)


def _population(place) -> int:
    """A gazetteer place's population (0 where the gazetteer has no entry of that id)."""
    entries = load_gazetteer().lookup(place.name)
    return next((e.population for e, _ in entries if e.geonameid == place.geonameid), 0)


def _mistagged_people(token) -> bool:
    """A name the tagger called a people that has no demonym's ending ("sent troops to Arnor")."""
    return token.ent_type_ == "NORP" and not token.lower_.endswith(DEMONYM_ENDINGS)
