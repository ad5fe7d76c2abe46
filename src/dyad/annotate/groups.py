"""Mentions that stand for more than one person, or for the speaker: resolved after the reading.

* A plural pronoun ("they", "them", "their", "themselves") refers to the people last joined by
  "and" ("Moon Jae-in and Kim Jong-un ... They", also "Moon and North Korean leader Kim", which
  the parse often does not join) or who met ("Lee met Trump ... in their first summit"), in its
  sentence or the one before.
* A group noun phrase ("both leaders", "the two men", "the pair") refers to the two people last
  mentioned, in its sentence or the one before; else to the two the last three sentences name
  most often. A plural pronoun after it refers to them too.
* A first-person pronoun inside quotation marks ("I", "me", "my") refers to the quote's speaker:
  the person subject of a speech verb outside the quotes, in its sentence, else the next or the
  one before.

Each function takes the parse, a ``Page`` (sentence numbers and quote state per token) and
``people``: (start, end, ref) for every person mention so far; it returns (token span, refs)
pairs for the reader to add.
"""

from __future__ import annotations

from spacy.attrs import LOWER, POS, TAG
from spacy.strings import hash_string
from spacy.symbols import VERB

from dyad.annotate import quoted
from dyad.annotate.columns import column
from dyad.annotate.lexicon import group_nouns, meeting_verbs, speech_verbs

PLURAL = {"they", "them", "their", "themselves"}
FIRST_PERSON = {"i", "me", "my", "myself", "mine"}
_FIRST_PERSON_IDS = frozenset(hash_string(w) for w in FIRST_PERSON)  # their LOWER string ids
_PLURAL_IDS = frozenset(hash_string(w) for w in PLURAL)
_AND_ID = hash_string("and")
_NOUN_TAG_IDS = frozenset(map(hash_string, ("NNS", "NN")))  # TAG string ids
_NEAR = 1  # sentences back a group may lie
_PAIR_NEAR = 3  # sentences back the two people of "both leaders" may lie when fewer are nearer
_DEFINITE = {"the", "these", "those"}  # "the two men": the two named; "two men" are others
_HEADS = {"leader"}  # heads of state: "the Korean leaders" is a pair without "two"


class Owners:
    """The actor each token already belongs to, from mentions (start, end, actor); the first
    mention wins."""

    def __init__(self, doc, people: list[tuple[int, int, object]]):
        self.owner: dict[int, object] = {}
        for start, end, ref in people:
            span = doc.char_span(start, end, alignment_mode="expand")
            for token in span or ():
                self.owner.setdefault(token.i, ref)

    def of(self, token):
        return self.owner.get(token.i)


def coordinations(doc, people: Owners) -> list[tuple[int, list]]:
    """(last token, refs) for each "X and Y" of two or more different people."""
    out = []
    for token in [doc[i] for i in sorted(people.owner)]:  # the tokens of people only
        ref = people.of(token)
        if ref is None or token.dep_ == "conj":
            continue
        members = [ref] + [people.of(c) for c in token.conjuncts if c.i > token.i]
        members = list(dict.fromkeys(m for m in members if m is not None))
        if len(members) >= 2:
            out.append((max(c.i for c in token.conjuncts), members))
    out += _titled_pairs(doc, people, {end for end, _m in out})
    return sorted(out + _meetings(doc, people), key=lambda pair: pair[0])


def _meetings(doc, people: Owners) -> list[tuple[int, list]]:
    """(last token, refs) for each "X met Y", "X spoke with Y" of two people: the two a near
    "they" or "their" refers to ("Lee met Trump on Monday in their first summit")."""
    out = []
    tags = column(doc, POS)  # no Token made for the words that are no verb
    for verb in [doc[i] for i, pos in enumerate(tags) if pos == VERB]:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in meeting_verbs():
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        other = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if other is None:
            with_ = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"), None)
            other = next((c for c in with_.children if c.dep_ == "pobj"), None) if with_ is not None else None
        if subject is None or other is None:
            continue
        first, second = people.of(subject), people.of(other)
        if first is not None and second is not None and first is not second:
            out.append((other.i, [first, second]))
    return out


def _titled_pairs(doc, people: Owners, found: set[int]) -> list[tuple[int, list]]:
    """"President Moon Jae-in and North Korean leader Kim Jong-un", which the parse often hangs
    together wrongly (no conj): a person, "and", at most five words of a title, a second person."""
    out = []
    lowers = column(doc, LOWER)  # the words' string ids: no Token made for the others
    for token in [doc[i] for i, lower in enumerate(lowers) if lower == _AND_ID]:
        if token.lower_ != "and" or token.i == 0:
            continue
        first = people.of(doc[token.i - 1])
        if first is None:
            continue
        for j in range(token.i + 1, min(token.i + _TITLE_WORDS + 2, len(doc))):
            second = people.of(doc[j])
            if second is not None:
                end = j
                while end + 1 < len(doc) and people.of(doc[end + 1]) is second:
                    end += 1
                if second is not first and end not in found:
                    out.append((end, [first, second]))
                break
            if doc[j].pos_ not in _TITLE_POS:
                break
    return out


_TITLE_WORDS = 5
_TITLE_POS = frozenset({"PROPN", "NOUN", "ADJ", "ADP", "DET"})  # "Defense Secretary", "Secretary of State"


def plural_pronouns(doc, page, people: Owners, phrases: list[tuple[object, list]] = ()) -> list[tuple[object, list]]:
    """They/them/their after a pair: the people joined by "and", or a group phrase ("the two
    leaders ... they"), in the pronoun's sentence or the one before; the nearest wins."""
    groups = sorted(coordinations(doc, people) + [(span.end - 1, refs) for span, refs in phrases],
                    key=lambda pair: pair[0])
    grouped = {t.i for span, _refs in phrases for t in span}
    out = []
    lowers = column(doc, LOWER)  # the words' string ids: no Token made for the others
    for token in [doc[i] for i, lower in enumerate(lowers) if lower in _PLURAL_IDS]:
        if token.lower_ not in PLURAL or token.pos_ != "PRON" or _things_subject(token, people, grouped):
            continue
        near = [m for end, m in groups if end < token.i and page.sentence[token.i] - page.sentence[end] <= _NEAR]
        if near and not _speaker_among(token, page, people, near[-1]):
            out.append((doc[token.i : token.i + 1], near[-1]))
    return out


def _speaker_among(pron, page, people: Owners, pair: list) -> bool:
    """'"We will help them," Putin told reporters' after "Putin met Kim": a they or them inside a
    direct quote leaves out its speaker, so it is not a pair the speaker belongs to."""
    if not page.quoted[pron.i]:
        return False
    found = quoted.speech(pron, page)
    return found is not None and found.speaker is not None and people.of(found.speaker) in pair


def _things_subject(pron, people: Owners, grouped: set[int]) -> bool:
    """"sanctions be lifted in their entirety": the pronoun's own clause has a plural subject that
    is no person nor a group phrase of people; "their" is more likely that subject."""
    verb = pron
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return (subject is not None and subject.i != pron.i and subject.tag_ == "NNS"
            and people.of(subject) is None and subject.i not in grouped)


def group_phrases(doc, page, people: Owners, states_of=None, state_refs=None) -> list[tuple[object, list]]:
    """ "both leaders", "the two men": the two people last mentioned nearby (not "two men"); "the
    two Korean leaders": of the people of the states its adjective of nationality names
    (``states_of``: the adjective's text -> state codes, empty when it names none). An adjective
    several states share makes "the Korean leaders" a pair too; with none of their people named
    nearby, the phrase stands for each of those states (``state_refs``: codes -> their actors)."""
    out = []
    tags = column(doc, TAG)  # no Token made for the words of other tags
    for token in [doc[i] for i, tag in enumerate(tags) if tag in _NOUN_TAG_IDS]:
        if token.tag_ not in ("NNS", "NN") or token.lemma_.lower() not in group_nouns():
            continue
        words = {c.lower_ for c in token.lefts}
        nation = _nation(token, states_of) if token.tag_ == "NNS" else frozenset()
        # "the Korean leaders": one of each Korea ("the Korean officials" may well be one state's)
        shared = len(nation) > 1 and bool(words & _DEFINITE) and token.lemma_.lower() in _HEADS
        if token.tag_ == "NNS" and not (words & {"both"} or "two" in words and words & _DEFINITE or shared):
            continue  # "two government officials said", with no "the": two others, new to the text
        if token.tag_ == "NN" and not ("the" in words and token.lemma_.lower() in ("pair", "couple", "duo")):
            continue
        recent = _recent_people(doc, page, people, token, nation)
        if len(recent) == 2:
            out.append((doc[token.left_edge.i : token.i + 1], recent))
        elif len(nation) > 1 and token.lemma_.lower() in _HEADS and state_refs is not None:
            out.append((doc[token.left_edge.i : token.i + 1], state_refs(sorted(nation))))
    return out


def _nation(token, states_of) -> frozenset[str]:
    """The states an adjective of nationality before a group noun names ("the two Korean leaders":
    both Koreas, "both American officials": the US), else none."""
    if states_of is None:
        return frozenset()
    for child in token.lefts:
        if child.dep_ in ("amod", "compound") and child.text[:1].isupper():
            words = " ".join(t.text for t in child.subtree)
            found = states_of(words) or states_of(child.text)
            if found:
                return frozenset(found)
    return frozenset()


def _recent_people(doc, page, people: Owners, token, nation: frozenset[str] = frozenset()) -> list:
    """The two people last mentioned in the phrase's sentence or the one before; else, when
    fewer are there, the two people the article named most often so far, one of them in the
    last three sentences (news repeats the pair a story is about: "Putin ... Kim ... Peskov
    said ... The two men": Putin and Kim)."""
    found: list = []
    for i in range(token.left_edge.i - 1, -1, -1):
        if page.sentence[token.i] - page.sentence[i] > _NEAR:
            break
        ref = people.of(doc[i])
        if ref is not None and ref not in found and (not nation or getattr(ref, "country", None) in nation):
            found.append(ref)
            if len(found) == 2:
                return found
    return [] if nation else _salient_pair(doc, page, people, token)


def _salient_pair(doc, page, people: Owners, token) -> list:
    counts: dict = {}
    recent = False
    for i in range(token.left_edge.i - 1, -1, -1):
        ref = people.of(doc[i])
        if ref is not None and ref not in counts:
            counts[ref] = _mentions_before(ref, token.idx)
            recent = recent or page.sentence[token.i] - page.sentence[i] <= _PAIR_NEAR
    ranked = sorted(counts, key=lambda r: -counts[r])
    if not recent or len(ranked) < 2 or counts[ranked[1]] < 2:
        return []
    if len(ranked) > 2 and counts[ranked[2]] == counts[ranked[1]]:
        return []
    return ranked[:2]


def _mentions_before(ref, offset: int) -> int:
    return sum(1 for m in getattr(ref, "mentions", ()) if m.start < offset)


def first_person(doc, page, people: Owners) -> list[tuple[object, list]]:
    out = []
    sentences = None
    lowers = column(doc, LOWER)  # the words' string ids: no Token made for the others
    for token in [doc[i] for i, lower in enumerate(lowers) if lower in _FIRST_PERSON_IDS]:
        if token.lower_ not in FIRST_PERSON or token.pos_ != "PRON" or not page.quoted[token.i]:
            continue
        sentences = sentences or list(doc.sents)
        n = page.sentence[token.i]
        for k in (n, n + 1, n - 1):
            speaker = _speaker(sentences[k], page, people) if 0 <= k < len(sentences) else None
            if speaker is not None:
                out.append((doc[token.i : token.i + 1], [speaker]))
                break
    return out


def _speaker(sentence, page, people: Owners):
    for token in sentence:
        if token.lemma_.lower() in speech_verbs() and not page.quoted[token.i]:
            for child in token.children:
                if child.dep_ == "nsubj" and not page.quoted[child.i] and people.of(child) is not None:
                    return people.of(child)
    return None
