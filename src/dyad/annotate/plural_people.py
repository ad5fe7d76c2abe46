"""Unnamed groups of people, and the plural pronouns that refer to them: read after the names.

* A plural noun phrase headed by a noun of people ("the protesters", "Web developers", "local
  residents"; lexicon.person_nouns) is a *group*. Phrases with the same head lemma in one article
  are one group ("IE6 users ... users"), unless they name different states ("German officials ...
  Russian officials": two groups; a phrase naming none joins the last group of its lemma).
* "they", "them", "their", "themselves" refer to the most salient plural noun phrase before them in
  their sentence or the one before: the last subject, else the last one (a plural pronoun already
  given to a group counts as that group's phrase). If that phrase names people, the pronoun is the
  group's; if it names things ("the websites"), the pronoun stays unresolved.
* "we", "us", "our", "ourselves" inside quotation marks refer to the quote's speaker's side: the
  organisation, state or group that speaks, or, for a person, the group of that person and those
  the person speaks for.

A group is shown only when the text comes back to it (two mentions or more). Each function
takes the parse, a ``Page`` (pronoun_features.Page) and ``owner``: the actor-so-far of each token
(``groups.Owners``); it returns what the reader should add.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.attrs import LOWER, TAG
from spacy.strings import hash_string

from dyad.annotate.columns import column
from dyad.annotate.groups import Owners
from dyad.annotate.lexicon import field_nouns, person_nouns, speech_verbs

PLURAL = frozenset({"they", "them", "their", "themselves", "theirs"})
FIRST_PLURAL = frozenset({"we", "us", "our", "ourselves", "ours"})
FIRST_SINGULAR = frozenset({"i", "me", "my", "myself", "mine"})
_PLURAL_IDS, _FIRST_PLURAL_IDS, _FIRST_SINGULAR_IDS = (
    frozenset(map(hash_string, words)) for words in (PLURAL, FIRST_PLURAL, FIRST_SINGULAR)
)  # their LOWER string ids
_NNS_ID = hash_string("NNS")
_PLURAL_TAGS = ("NNS", "NNPS")
_SUBJECTS = ("nsubj", "nsubjpass")
_NEAR = 1  # sentences back an antecedent may lie


@dataclass(slots=True)
class Group:
    """An unnamed group of people of one article: its head lemma and the token spans naming it."""

    lemma: str
    sector: str
    spans: list = field(default_factory=list)  # spaCy Spans, in reading order


def people_noun(token) -> str | None:
    """The sector of a plural noun of people ("residents" -> CVL), else None."""
    if token.tag_ != "NNS" or token.pos_ != "NOUN" or token.dep_ == "compound":
        return None  # a capitalised title the tagger calls plural ("The President" as NNPS) is none
    nouns = person_nouns()
    found = nouns.get(token.lemma_.lower()) or nouns.get(token.lower_)
    if found is None and token.lemma_.lower() == "power" and any(
            c.lower_ in _STATE_POWERS for c in token.lefts if c.dep_ in ("amod", "compound", "nummod")):
        return "GOV"  # "world powers", "major powers", "six powers": states acting together, not "war powers"
    return found


# Modifiers that make "powers" states: "world powers", "Western powers", "the six powers"
_STATE_POWERS = frozenset({"world", "major", "great", "western", "global", "foreign", "nuclear", "regional",
                           "six", "five", "big", "allied", "european", "asian"})


def phrase(token):
    """The words of a group's phrase: its head with the modifiers before it, no determiner."""
    start = token.i
    for child in token.lefts:
        if child.dep_ in ("amod", "compound", "nummod", "nmod", "quantmod", "npadvmod"):
            start = min(start, child.left_edge.i)
    return token.doc[start : token.i + 1]


def find_groups(doc, owners: Owners, in_credit) -> tuple[dict[str, Group], dict[int, Group]]:
    """The groups of people named by plural noun phrases that no actor took, and the group of
    each head token."""
    groups: dict[str, Group] = {}
    heads: dict[int, Group] = {}
    last: dict[str, str] = {}  # lemma -> the key of its last group
    first: dict[str, str] = {}  # lemma -> the states the first of its phrases to name any names
    tags = column(doc, TAG)  # no Token made for the words of other tags
    for token in [doc[i] for i, tag in enumerate(tags) if tag == _NNS_ID]:
        if token.tag_ != "NNS" or owners.of(token) is not None or in_credit(token.idx):
            continue
        sector = people_noun(token)
        if sector is None or _named_by(token, owners):
            continue
        lemma = token.lemma_.lower()
        span = phrase(token)
        key = _group_key(lemma, span, owners, last, first)
        last[lemma] = key
        group = groups.setdefault(key, Group(lemma, sector))
        group.spans.append(span)
        heads[token.i] = group
    return groups, heads


_PEOPLE_ENTS = frozenset({"NORP", "GPE"})


def _group_key(lemma: str, span, owners: Owners, last: dict[str, str], first: dict[str, str]) -> str:
    """The group a phrase names: by its head lemma, and by the states its words name or name the
    institutions of, and the peoples' words that name no state ("Russian officials" are not the
    "German officials" before them, nor "U.S. Army soldiers" the "Nigerian soldiers", nor "European
    officials" the Russian ones); a phrase naming none ("the officials") is the last group of its
    lemma, and the first to name states is the group of the phrases before it that named none
    ("girls ... Afghan girls ... the girls": one group)."""
    states = sorted({r.country or r.id for t in span[:-1] if (r := owners.of(t)) is not None
                     and (r.kind == "state" or r.kind == "organization" and r.country)} |
                    {t.lower_ for t in span[:-1] if owners.of(t) is None and t.ent_type_ in _PEOPLE_ENTS})
    if not states:
        return last.get(lemma, lemma)
    named = "+".join(states)
    if first.setdefault(lemma, named) == named:
        return lemma
    return f"{lemma}|{named}"


def speaks(group: Group) -> bool:
    """Did the group say something ('Analysts said', 'The organisers, a coalition of civic
    groups, said', 'one of the organisers told', 'analysts say', 'economists warn')? A group that
    spoke is an actor even when the text names it once: the quote comes back to it. Researchers'
    and scientists' present ('researchers say'; field_nouns.txt) is no act of speaking but a
    finding of a field, often the named authors' later."""
    return any(_spoke(span.root) for span in group.spans)


def _spoke(token) -> bool:
    """Is ``token``, or the "one of" it is one of, the subject of a verb of saying (in the past, or
    in the present unless it names people of a field)?"""
    field = token.lemma_.lower() in field_nouns()
    if any(c.dep_ == "prep" and c.lower_ in _WHOSE for c in token.children):
        return False  # 'the ministers of the two countries said': those it names speak
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lower_ in _SOME:
        token = token.head.head
    verb = token.head
    if token.dep_ not in _SUBJECTS or verb.lemma_.lower() not in speech_verbs():
        return False
    return verb.tag_ == "VBD" or (verb.tag_ in _PRESENT and not field)


_PRESENT = ("VBP", "VBZ")
_SOME = frozenset({"one", "some", "many", "several", "most", "two", "three"})
_WHOSE = frozenset({"of", "from", "at", "for"})


def _named_by(token, owners: Owners) -> bool:
    """Is the phrase equated with named actors ("the candidates elected were Chan and Ho",
    "activists Chan and Ho")? Then the names stand for its people; it is no group of its own."""
    linked = [c for c in token.children if c.dep_ == "appos"]
    if token.head.lemma_ == "be" and token.dep_ in _SUBJECTS:
        linked += [c for c in token.head.children if c.dep_ == "attr"]
    elif token.head.lemma_ == "be" and token.dep_ == "attr":
        linked += [c for c in token.head.children if c.dep_ in _SUBJECTS]
    return any(owners.of(t) is not None for c in linked for t in c.subtree)


def plural_pronouns(doc, page, owners: Owners, heads: dict[int, Group]) -> list[tuple[object, Group]]:
    """(pronoun span, group) for each they/them/their that refers to a group of people."""
    out = []
    given: dict[int, Group] = {}
    for token in _words_of(doc, _PLURAL_IDS):
        if token.lower_ not in PLURAL or token.pos_ != "PRON" or owners.of(token) is not None:
            continue
        antecedent = _antecedent(doc, page, token, heads, given)
        if antecedent is not None:
            given[token.i] = antecedent
            out.append((doc[token.i : token.i + 1], antecedent))
    return out


def _antecedent(doc, page, pron, heads: dict[int, Group], given: dict[int, Group]) -> Group | None:
    """The group of the most salient plural phrase before ``pron`` (see the module's text)."""
    first = pron.i
    limit = page.sentence[pron.i] - _NEAR
    while first > 0 and page.sentence[first - 1] >= limit:
        first -= 1
    plural = [t for t in doc[first : pron.i] if _plural_phrase(t, given)]
    if not plural:
        return None
    subjects = [t for t in plural if t.dep_ in _SUBJECTS]
    chosen = (subjects or plural)[-1]
    return given.get(chosen.i) or heads.get(_of_people(chosen, heads).i)


def _of_people(token, heads: dict[int, Group], depth: int = 3):
    """The people a quantity stands for: "hundreds of (thousands of) protesters" -> protesters."""
    if token.i in heads or depth == 0:
        return token
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    return _of_people(pobj, heads, depth - 1)
    return token


def _plural_phrase(token, given: dict[int, Group]) -> bool:
    if token.i in given:
        return True
    return token.tag_ in _PLURAL_TAGS and token.pos_ in ("NOUN", "PROPN") and token.dep_ != "compound"


def first_plural(doc, page, owners: Owners) -> list[tuple[object, object]]:
    """(pronoun span, speaker's actor) for each we/us/our inside quotation marks."""
    out = []
    sentences = None
    for token in _words_of(doc, _FIRST_PLURAL_IDS):
        if token.lower_ not in FIRST_PLURAL or token.pos_ != "PRON" or not page.quoted[token.i]:
            continue
        if owners.of(token) is not None:
            continue
        sentences = sentences or list(doc.sents)
        n = page.sentence[token.i]
        speaker = None
        for k in (n, n + 1, n - 1):
            found, speaker = speaker_of(sentences[k], page, owners) if 0 <= k < len(sentences) else (False, None)
            if found:
                break  # the sentence's own speaker, even one that is no actor, ends the search
        else:
            speaker = introduced_by(doc, page, owners, token)
        if speaker is not None:
            out.append((doc[token.i : token.i + 1], speaker))
    return out


def first_singular(doc, page, owners: Owners) -> list[tuple[object, object]]:
    """(pronoun span, speaker) for each I/me/my inside a quotation that a colon introduces, which
    groups.first_person (a speech verb nearby) left without a speaker."""
    out = []
    for token in _words_of(doc, _FIRST_SINGULAR_IDS):
        if token.lower_ not in FIRST_SINGULAR or token.pos_ != "PRON" or not page.quoted[token.i]:
            continue
        if owners.of(token) is None:
            speaker = introduced_by(doc, page, owners, token)
            if speaker is not None and getattr(speaker, "kind", None) == "person":
                out.append((doc[token.i : token.i + 1], speaker))
    return out


def introduced_by(doc, page, owners: Owners, token):
    """The speaker of a quotation opened right after a colon ("Obama tweeted: "We ..."", "Sunak
    said, promising an update: "I ..."): the actor subject of the sentence that ends with the
    colon, however many sentences the quotation runs on."""
    i = token.i
    while i > 0 and page.quoted[i - 1]:
        i -= 1
    j = i - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    if j < 0 or doc[j].text != ":" or page.quoted[j]:
        return None
    root = doc[j].sent.root
    for child in root.children:
        if child.dep_ in _SUBJECTS and owners.of(child) is not None:
            return owners.of(child)
    return None


def speaker_of(sentence, page, owners: Owners) -> tuple[bool, object]:
    """(whether ``sentence`` has a speaker: the subject of a speech verb outside quotation marks,
    the speaker's actor or None). A speaker that is no actor speaks for the body its words name:
    "a spokesperson for the defense ministry" -> the ministry."""
    for token in sentence:
        if token.lemma_.lower() in speech_verbs() and not page.quoted[token.i]:
            for child in token.children:
                if child.dep_ in _SUBJECTS and not page.quoted[child.i]:
                    if owners.of(child) is not None:
                        return True, owners.of(child)
                    return True, _body_of(child, owners)
    return False, None


def _body_of(subject, owners: Owners):
    for prep in subject.children:
        if prep.dep_ == "prep" and prep.lower_ in ("for", "of", "at"):
            for token in prep.subtree:
                ref = owners.of(token)
                if ref is not None and getattr(ref, "kind", None) in ("organization", "state"):
                    return ref
    return None


def _words_of(doc, ids: frozenset) -> list:
    """The doc's tokens whose lower-case form has one of the string ``ids`` (no Token made for
    the other words); callers test the word itself again."""
    return [doc[i] for i, lower in enumerate(column(doc, LOWER)) if lower in ids]
