"""Relevance as its own decision: is an event one between political actors at all?

Deaths from a disease, a storm, a crash or an ordinary crime ("the virus has killed six people", "a
man stabbed his neighbour") match the same verbs as an attack, but CAMEO codes interactions between
political actors. Word lists in ``dyad/data/events/relevance.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml
from spacy.attrs import LOWER
from spacy.strings import hash_string

from dyad.annotate.columns import column
from dyad.annotate.columns import text as doc_text

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
SCORE = re.compile(r"(?<![\d.,-])\d{1,3}-\d{1,3}(?![\d-])")  # "3-1", "13-8"
SPORT_HITS = 2  # sport words (a score counting as one) that make a sentence a sports report
WARNING_ROOT = "13"
TRIP_ROOT = "04"
WARNING_PREPS = ("for", "of", "about", "over")
BUSINESS_HITS = 2  # business words that make a sentence a business report ("$", "billion", "shares")
ACCIDENT_DEPS = ("advcl", "conj")  # "crashed ..., killing six"; "were killed when scaffolding collapsed"


@dataclass(frozen=True, slots=True)
class Relevance:
    causes: frozenset[str]
    cause_preps: frozenset[str]
    private: frozenset[str]
    violent_roots: frozenset[str]
    ills: frozenset[str] = frozenset()
    ill_preps: frozenset[str] = frozenset()
    political_sectors: frozenset[str] = frozenset()
    political_names: frozenset[str] = frozenset()
    political_roots: frozenset[str] = frozenset()
    audience: frozenset[str] = frozenset()
    audience_roots: frozenset[str] = frozenset()
    people_of: frozenset[str] = frozenset()
    ill_roots: frozenset[str] = frozenset()
    accident_verbs: frozenset[str] = frozenset()
    weapons: frozenset[str] = frozenset()
    fires: frozenset[str] = frozenset()
    private_person_roots: frozenset[str] = frozenset()
    ruler_titles: frozenset[str] = frozenset()
    trip_codes: frozenset[str] = frozenset()
    trip_verbs: frozenset[str] = frozenset()
    sport: frozenset[str] = frozenset()
    sport_roots: frozenset[str] = frozenset()
    inquiry_roots: frozenset[str] = frozenset()
    inquiry_sectors: frozenset[str] = frozenset()
    dismissal_verbs: frozenset[str] = frozenset()
    dismissal_objects: frozenset[str] = frozenset()
    economic_sectors: frozenset[str] = frozenset()
    central_banks: frozenset[str] = frozenset()
    business: frozenset[str] = frozenset()
    products: frozenset[str] = frozenset()
    vehicles: frozenset[str] = frozenset()
    ramming_verbs: frozenset[str] = frozenset()
    ranking_verbs: frozenset[str] = frozenset()
    courts: frozenset[str] = frozenset()
    simulating_verbs: frozenset[str] = frozenset()
    sale_nouns: frozenset[str] = frozenset()
    sale_roots: frozenset[str] = frozenset()

    @classmethod
    @cache
    def default(cls) -> Relevance:
        text = (resources.files("dyad.data") / "events" / "relevance.yaml").read_text(encoding="utf-8")
        data = yaml.safe_load(text)
        return cls(
            *(
                frozenset(str(w).lower() for w in data[k])
                for k in (
                    "causes", "cause_preps", "private", "violent_roots", "ills", "ill_preps", "political",
                    "political_names", "political_roots", "audience", "audience_roots", "people_of",
                    "ill_roots", "accident_verbs", "weapons", "fires", "private_person_roots", "ruler_titles", "trip_codes", "trip_verbs", "sport", "sport_roots", "inquiry_roots", "inquiry_sectors", "dismissal_verbs", "dismissal_objects",
                    "economic_sectors", "central_banks", "business", "products", "vehicles", "ramming_verbs",
                    "ranking_verbs", "courts", "simulating_verbs", "sale_nouns", "sale_roots",
                )
            )
        )

    def natural_cause(self, trigger) -> bool:
        """The event's doer is a disease, a storm, a crash...: its subject, its agent, or the cause
        phrase of a passive ("were killed in a crash")."""
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in trigger.children)
        if trigger.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in trigger.children):
            trigger = trigger.head  # "the flooding has spread and has struck four million people"
        for child in trigger.children:
            if child.dep_ in SUBJECT_DEPS and not child.dep_.endswith("pass") and self._cause(_antecedent(child)):
                return True
            if child.dep_ == "nsubj" and self._vehicle(child) and trigger.lemma_.lower() not in self.ramming_verbs:
                return True  # "a truck hit and killed a cyclist"
            if child.dep_ in ("agent", "prep") and (
                child.dep_ == "agent" or (passive and child.lower_ in self.cause_preps)
            ):
                if any(self._cause(g) for g in child.children if g.dep_ == "pobj"):
                    return True
        return False

    def accident(self, trigger, code: str) -> bool:
        """A violent event in the clause of a vehicle's, a building's or a machine's mishap: the
        clause it hangs on, or a clause hanging on it ("a helicopter crashed into the river, killing
        all six on board", "five workers were killed when scaffolding collapsed"), or of a fire or a
        natural cause ("a fire broke out at a plant, killing eight workers"). Not when a weapon did
        it ("a car bomb exploded, killing eight")."""
        if code[:2] not in self.violent_roots:
            return False
        near = [c for c in trigger.children if c.dep_ == "advcl"]
        if trigger.dep_ in ACCIDENT_DEPS:
            near.append(trigger.head)
        return any(
            (v.lemma_.lower() in self.accident_verbs and not self._doer(v, self.weapons))
            or self._doer(v, self.causes | self.fires)
            or self._driven(v)
            for v in near
        )

    def _driven(self, verb) -> bool:
        """A vehicle is the verb's subject ("a police officer was injured when a car struck him"), and
        the verb is no attack with it ("a car rammed into the crowd" stays)."""
        if verb.lemma_.lower() in self.ramming_verbs:
            return False
        return any(c.dep_ in SUBJECT_DEPS and self._vehicle(c) for c in verb.children)

    def _vehicle(self, noun) -> bool:
        """A vehicle by its head word ("a car", "a delivery truck"); "a car bomb" is a bomb."""
        return noun.lemma_.lower() in self.vehicles or noun.lower_ in self.vehicles

    def _doer(self, verb, words: frozenset[str]) -> bool:
        """The verb's subject is one of ``words`` (a weapon; a fire or a natural cause: "a fire broke
        out at a chemical plant, killing eight workers")."""
        for child in verb.children:
            if child.dep_ in SUBJECT_DEPS:
                found = {child.lemma_.lower()} | {c.lower_ for c in child.children if c.dep_ == "compound"}
                return bool(found & words)
        return False

    def dismissal(self, trigger) -> bool:
        """"Fired the top executives", "fired coach Darvin Ham": a job taken away, no violence."""
        if trigger.lemma_.lower() not in self.dismissal_verbs:
            return False
        for obj in (c for c in trigger.children if c.dep_ == "dobj"):
            words = {obj.lower_} | {c.lower_ for c in obj.children if c.dep_ in ("compound", "appos")}
            if words & self.dismissal_objects:  # "fired the executives", "fired manager Graham Potter"
                return True
        return False

    def sport_report(self, sentence) -> bool:
        """Two words of a sports report in the sentence, a score like "3-1" counting as one."""
        words = _lowers_in(sentence, self.sport)
        said = doc_text(sentence.doc)[sentence.start_char : sentence.end_char]  # ``sentence.text``, no Token made
        return len(words) + bool(SCORE.search(said)) >= SPORT_HITS

    def team_event(self, code: str, actors) -> bool:
        """In a sports report, states, clubs and people of no office are teams and players ("India
        beat South Africa by seven runs"): an event of a root a game can take (a trip, praise, a
        deal, beating) needs an actor of a political sector."""
        if code[:2] not in self.sport_roots:
            return False
        return not any(a is not None and (a.sector or "").lower() in self.political_sectors for a in actors)

    def fought_ill(self, match) -> bool:
        """A violent or threatening verb done to a disease, a fire or an ill ("to fight the Ebola
        epidemic", "combat corruption", "battled the blaze", "to eradicate polio"): a campaign
        against an ill, no violence. A word of the cue itself is no object ("opened fire")."""
        trigger = match.trigger
        if match.pattern.code[:2] not in self.ill_roots or trigger.pos_ != "VERB":
            return False
        cue = {t.i for t in match.cue}
        for child in [*trigger.children, *_shared_objects(trigger)]:
            if child.dep_ == "dobj" and child.i not in cue and self._ill(child):
                return True
            if child.dep_ == "prep" and child.lower_ in self.ill_preps:
                if any(self._ill(g) for g in child.children if g.dep_ == "pobj"):
                    return True
        return False

    def hazard_warning(self, match) -> bool:
        """A warning of the weather, a disease or a fire ("issued an amber warning for wind", "warned
        of heavy rain"): a forecast, no threat to anyone."""
        if match.pattern.code[:2] != WARNING_ROOT:
            return False
        for word in {match.trigger, *match.cue}:
            for child in word.children:
                if child.dep_ == "prep" and child.lower_ in WARNING_PREPS:
                    if any(self._ill(g) for g in child.children if g.dep_ == "pobj"):
                        return True
        return False

    def _ill(self, noun) -> bool:
        words = {noun.lemma_.lower(), noun.lower_} | {c.lower_ for c in noun.children if c.dep_ == "compound"}
        return bool(words & (self.ills | self.causes))

    def _cause(self, noun) -> bool:
        words = {noun.lemma_.lower(), noun.lower_}
        words |= {c.lower_ for c in noun.children if c.dep_ == "compound"}  # "car crash", "bird flu"
        for of in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):  # "the type of flu that"
            for kind in (g for g in of.children if g.dep_ == "pobj"):
                words |= {kind.lemma_.lower(), kind.lower_} | {c.lower_ for c in kind.children if c.dep_ == "compound"}
        return bool(words & self.causes)

    def economic(self, actor) -> bool:
        """A company, a bank or a central bank: CAMEO's business sector (PETRARCH2's agents make a
        central bank GOVBUS, a business agent of the state). Whatever its country, it is no political
        actor by itself: what it does alone or among companies and markets ("the Reserve Bank kept its
        rate on hold", "Samsung was ordered to pay Apple") is economic news."""
        if (actor.sector or "").lower() in self.economic_sectors:
            return True
        return bool(_words_pattern(self.central_banks).search(actor.name.lower()))

    def political(self, actor) -> bool:
        """A state, a named person, an actor of a country or with a CAMEO code, one in a political
        sector (government, military, rebels, opposition, international organisations...), or an
        organisation whose name says it is one ("... Liberation Front", "... Party"); never a company,
        a bank or a central bank."""
        if self.economic(actor):
            return False
        sector = (actor.sector or "").lower()
        return (
            actor.kind in ("state", "person")
            or bool(actor.country)
            or (actor.kind != "group" and bool(actor.code))  # a group's code only repeats its sector
            or sector in self.political_sectors
            or (actor.kind == "organization" and bool(set(actor.name.lower().split()) & self.political_names))
        )

    def no_political_actor(self, code: str, actors) -> bool:
        """An event whose actors are all private (a company or a club the knowledge base does not know,
        unnamed people of no country): news, but no event between political actors. Protests and
        strikes are political whoever holds them."""
        if code[:2] in self.political_roots:
            return False
        present = [a for a in actors if a is not None]
        return not any(self.political(a) for a in present)

    def private_people(self, code: str, actors) -> bool:
        """A meeting, a trip, help, praise, a deal or an inquiry whose actors are only people no stage
        knows and who hold no office, with parties of no political kind ("Bassett approached Beedle in
        the alley", "Mazara added two hits to help the Rangers"): news of private people. Their
        statements, appeals, refusals and force stay events (an unknown name may be a politician the
        knowledge base lacks; force against a named person is news of rights)."""
        if code[:2] not in self.private_person_roots:
            return False
        present = [a for a in actors if a is not None]
        return bool(present) and all(self._unknown_person(a) or not self.political(a) for a in present)

    def private_trip(self, trigger, code: str, source) -> bool:
        """A visit or a journey whose traveller is no political actor, or is missing ("passengers
        travelled to the UK", "a trip to Germany"): a state as its destination makes no event."""
        verb = code[:2] == TRIP_ROOT and trigger.lemma_.lower() in self.trip_verbs  # "travelled" 040
        if code not in self.trip_codes and not verb:
            return False
        return source is None or self._unknown_person(source) or not self.political(source)

    def _unknown_person(self, actor) -> bool:
        if actor.kind != "person" or actor.country or actor.code:
            return False
        if (actor.sector or "").lower() in self.political_sectors:  # "Senator Harkel"; not "Dean Mott"
            return False
        return actor.name.split(" ", 1)[0].lower() not in self.ruler_titles  # "King Abdullah"

    def business_report(self, sentence) -> bool:
        """Two words of business news in the sentence ("$", "billion", "shares", "takeover")."""
        return len(_lowers_in(sentence, self.business)) >= BUSINESS_HITS

    def company_event(self, code: str, actors) -> bool:
        """In a business report, an event whose doer is no political actor (a company, a person who
        holds no office: an executive) or missing, and whose target is none either: "Microsoft agreed
        to buy Activision Blizzard for $68.7 billion". Strikes stay; so do a state's and a
        government's acts ("the EU fined Google 2.4 billion euros", "pledged $2 billion in aid to
        Ukraine") and acts on one ("gave the Ivory Coast 5.1 million dollars of aid")."""
        if code[:2] in self.political_roots:
            return False
        source, target = actors
        if target is not None and self.political(target) and not self._unknown_person(target):
            return False  # "gave the Ivory Coast 5.1 million dollars of aid", "stole $17 million from a government agency"
        return source is None or self._unknown_person(source) or not self.political(source)

    def private_case(self, actors, business: bool) -> bool:
        """A court, a judge or a jury in a business report acting on a company, an organisation of no
        political kind or no one named ("a jury ordered Samsung to pay $539 million", "a court ordered
        the developer to be wound up", "dismissed a defamation lawsuit against the fashion house
        Chanel"): a case between private parties, no political event. A court's act on an official, a party, a
        group or a person stays ("sentenced opposition politician Kara-Murza", "lifted a ban on women
        entering the temple"), and so do prosecutors' inquiries into a bank."""
        source, target = actors
        if not business or source is None or (source.sector or "").lower() != "jud":
            return False
        if not set(source.name.lower().split()) & self.courts:
            return False
        return target is None or self.economic(target) or (target.kind == "organization" and not self.political(target))

    def product_act(self, match, actors) -> bool:
        """An act on a product or a craft, with no political actor as its target, by a doer that is no
        state and no military ("the FDA approved a gene therapy", "the space agency launched a
        satellite", "recommended approval of a drug", "SpaceX launched 22 Starlink satellites"):
        regulation, science or business, no interaction. A state's own launch stays ("North Korea launched a
        satellite")."""
        source, target = actors
        if target is not None and self.political(target):
            return False
        if source is not None and (source.kind == "state" or (source.sector or "").lower() == "mil"):
            return False
        return any(t.lemma_.lower() in self.products or t.lower_ in self.products for t in _acted_on(match))

    def sale(self, trigger, code: str) -> bool:
        """Help given as what a contract is for ("won a contract to supply the Royal Air Force with
        tankers", "was awarded a contract to provide the Navy with aircraft"): a sale, no aid."""
        if code[:2] not in self.sale_roots or trigger.dep_ not in ("acl", "xcomp"):
            return False
        head = trigger.head
        if head.pos_ == "ADJ" and head.dep_ == "amod":  # "a contract worth 2 billion euros to supply"
            head = head.head
        elif trigger.dep_ != "acl":
            return False
        return head.lemma_.lower() in self.sale_nouns or head.lower_ in self.sale_nouns

    def ranking(self, trigger) -> bool:
        """"BYD overtook Tesla as the world's biggest seller", "India has overtaken China's to become
        the most populous": a place in a ranking, no force."""
        if trigger.lemma_.lower() not in self.ranking_verbs:
            return False
        return any((c.dep_ == "prep" and c.lower_ == "as") or c.lemma_.lower() == "become" for c in trigger.children)

    def simulated(self, trigger) -> bool:
        """ "began its annual exercises, simulating a Chinese invasion", "rehearsed an attack on enemy
        positions": an act an exercise plays out is no event."""
        return trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in self.simulating_verbs

    def struck_down(self, trigger) -> bool:
        """"Struck down the law", "struck down his pay package": a court annulling an act, no force."""
        if trigger.lemma_.lower() != "strike" or not any(c.dep_ == "prt" and c.lower_ == "down" for c in trigger.children):
            return False
        return not any(c.dep_ == "dobj" and c.ent_type_ in PEOPLE_TYPES for c in trigger.children)

    def ordinary_crime(self, code: str, actors) -> bool:
        """A violent event whose actors are only private people without a country, named parties of
        no political kind ("a gang stole jewellery from a shop"), or missing; or that unnamed private
        people do to a person no stage knows and who holds no office ("a man attacked the car of
        Halley's son James")."""
        if code[:2] not in self.violent_roots:
            return False
        source, target = actors
        if source is not None and self._unnamed_private(source) and target is not None and self._unknown_person(target):
            return True
        present = [a for a in actors if a is not None]
        return all(self._private(a) or (a.kind != "group" and not self.political(a)) for a in present)

    def _unnamed_private(self, actor) -> bool:
        """Private people named by no demonym or name ("a man", "two teenagers"), even when the place
        of the story gives them a country; "Israeli settlers" are named by their people."""
        if actor.kind != "group" or (actor.sector or "").lower() not in self.private:
            return False
        return not actor.country or not any(w[:1].isupper() for w in actor.name.split())

    def _private(self, actor) -> bool:
        return actor.kind == "group" and (actor.sector or "").lower() in self.private and not actor.country

    def routine_inquiry(self, match, code: str, actors) -> bool:
        """Police looking into a case with nobody named ("police are investigating after two bodies
        were found", "searching for two suspects"): routine police work. An inquiry into something
        ("launched an investigation into claims that servicemen abused children") is kept."""
        source, target = actors
        if code[:2] not in self.inquiry_roots or target is not None or source is None:
            return False
        if any(c.lower_ == "into" for w in (match.trigger, *match.cue) for c in w.children):
            return False
        return (source.sector or "").lower() in self.inquiry_sectors

    def audience_only(self, code: str, actor) -> bool:
        """Unnamed reporters or media in a verbal event (statements, appeals, meetings): the audience
        ("told reporters") or the askers ("asked by reporters") of a statement, no participant."""
        if actor is None or actor.kind != "group" or (actor.sector or "").lower() not in self.audience:
            return False
        return code[:2] in self.audience_roots

    def names_people(self, noun) -> bool:
        """An event noun in a bare "of" phrase of a people noun ("prisoners of war"): the compound names
        people, no event."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head.lemma_.lower() not in self.people_of:
            return False
        return not any(c.dep_ in ("det", "poss", "amod", "compound", "nummod") for c in noun.children)


PEOPLE_TYPES = ("PERSON", "NORP", "GPE", "ORG")
OBJECT_DEPS = ("dobj", "pobj", "ccomp", "xcomp", "attr", "oprd")


def _lowers_in(sentence, words: frozenset[str]) -> set[str]:
    """``{t.lower_ for t in sentence} & words``, read from the doc's LOWER column (no Token made
    for each word): the words' string ids pick the few candidates, their strings decide."""
    strings = sentence.doc.vocab.strings
    ids = set(column(sentence.doc, LOWER)[sentence.start : sentence.end]) & _string_ids(words)
    return {strings[i] for i in ids} & words


@cache
def _string_ids(words: frozenset[str]) -> frozenset[int]:
    """The words' string ids, as a doc's LOWER column holds them."""
    return frozenset(hash_string(w) for w in words)


@cache
def _words_pattern(words: frozenset[str]) -> re.Pattern:
    """One pattern for a set of names, each matched as whole words ("federal reserve", "bank of japan")."""
    alternatives = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True)) or "(?!)"
    return re.compile(rf"\b(?:{alternatives})\b")


def _antecedent(noun):
    """The noun a relative pronoun stands for ("the type of Avian Flu that has killed 150 people":
    the flu); other nouns themselves."""
    if noun.tag_ in ("WDT", "WP") and noun.head.dep_ == "relcl":
        return noun.head.head
    return noun


def _acted_on(match) -> list:
    """The words an event acts on: the objects of its trigger and cue, down through "of"/"for" phrases
    and reported clauses ("approved the first gene therapy", "recommended approval of a drug",
    "recommended that everyone get an updated vaccine"), not coordinated verbs or listed nouns ("sent
    a team of experts, equipment and drugs": the team is sent)."""
    out = []
    todo = [match.trigger, *match.cue]
    while todo:
        head = todo.pop()
        for child in head.children:
            if child.dep_ in OBJECT_DEPS or (child.dep_ == "prep" and child.lower_ in ("of", "for")):
                out.append(child)
                todo.append(child)
    return out


def _shared_objects(verb) -> list:
    """The object of the verbs coordinated with one that has none of its own ("slaughtering, burning
    and burying 6,500 hogs": the hogs are slaughtered too)."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return []
    first = verb
    while first.dep_ == "conj" and first.head.pos_ == "VERB":
        first = first.head
    chain = [first, *(t for t in first.subtree if t.dep_ == "conj" and t.pos_ == "VERB")]
    return [c for v in chain if v is not verb for c in v.children if c.dep_ == "dobj"]
