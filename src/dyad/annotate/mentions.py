"""Candidate actor mentions in a parsed article: named entities, KB names spaCy missed,
pronouns, and definite descriptions ("the president of ...", "the regime")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.attrs import IDX, IS_PUNCT, LENGTH, LOWER, ORTH, POS
from spacy.strings import hash_string
from spacy.symbols import PRON, PROPN

from dyad.annotate.columns import column, entities, noun_chunks
from dyad.annotate.columns import text as doc_text
from dyad.annotate.dateline import DATELINE
from dyad.annotate.lexicon import (
    exercise_words,
    given_names,
    korean_family_names,
    non_actor_heads,
    place_nouns,
    pronouns,
    regnal_titles,
    speech_verbs,
    state_anaphors,
)

ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
_THING_LABELS = frozenset({"PRODUCT", "WORK_OF_ART"})
_REGNAL_NUMERAL = re.compile(r"^(?=[IVX])X{0,2}(IX|IV|V?I{0,3})$")
_DATE_LIKE = re.compile(
    r"^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s*\d{1,2}(st|nd|rd|th)?$", re.I
)


@dataclass(slots=True)
class Cand:
    span: object  # spaCy Span, trimmed to the name
    label: str  # PERSON ORG GPE NORP LOC FAC | KB | PRON | DESC | ANAPHOR
    name: str | None = None  # the name it stands for, where the span says less ("Indian" in "Indian and Pakistani troops")
    _text: str | None = field(default=None, init=False, repr=False, compare=False)  # the span's text, once read

    @property
    def start(self) -> int:
        return self.span.start_char

    @property
    def end(self) -> int:
        return self.span.end_char

    @property
    def text(self) -> str:
        text = self._text
        if text is None:  # spaCy joins the span's tokens at every read; the span never changes
            text = self._text = self.span.text
        return text


def trim(span):
    """Drop a leading determiner and a trailing possessive: "The US Air Force's" -> "US Air Force";
    and a dash the tagger took in after a dateline ("-- Kim Yo Jong")."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].text in ("--", "—", "–")):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].text in ("'s", "’s", "'", "’")):
        end -= 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    return doc[start:end] if end > start else None


_QUOTE_MARKS = frozenset('"“”')


def _before_nickname(span, label: str) -> tuple:
    """A name and the nickname in quote marks after it, tagged as one person or one body
    ('called Kim "Rocket Man"'), is the person of that name: the quoted words are what someone
    called them. A nickname between the given and family names ('Marcia "Cia" Smith') is part of
    the name and stays; a body's name in quote marks stays a body unless the words before the
    marks are a person's name the tagger found in the article."""
    cut = _nickname_start(span, label)
    if cut is None or (head := trim(span.doc[span.start : cut])) is None:
        return span, label
    head.label_ = "PERSON"
    return head, "PERSON"


def _nickname_start(span, label: str) -> int | None:
    """The index of the quote mark opening the nickname after the name in ``span``, or None."""
    marks = [t.i for t in span if t.text in _QUOTE_MARKS]
    if label not in ("PERSON", "ORG") or not marks or marks[0] == span.start:
        return None
    if len(marks) >= 2 and any(t.is_alpha for t in span.doc[marks[1] + 1 : span.end]):
        return None  # 'Marcia "Cia" Smith'
    if label == "ORG":
        head = span.doc[span.start : marks[0]].text
        people = [e for e in entities(span.doc) if e.label_ == "PERSON"]
        if not any(head in (e.text, e[0].text, e[-1].text) for e in people):
            return None
    return marks[0]


def nickname_words(doc) -> set[int]:
    """The tokens of the nicknames cut off the people tagged with them (_before_nickname): what
    someone called a person, no name of anyone ("Rocket Man")."""
    out = set()
    for ent in entities(doc):
        if (cut := _nickname_start(ent, ent.label_)) is not None:
            end = ent.end
            while end < len(doc) and end - ent.end < 8 and doc[end - 1].text not in ('"', "”"):
                end += 1  # the rest of the nickname, to its closing mark
            out |= set(range(cut, end))
    return out


def _is_honorific(token) -> bool:
    """"Sheikh", "Mr.": a word of honorifics.csv."""
    from dyad.annotate.lexicon import honorifics

    return token.text in honorifics()


def _with_honorific(span):
    """Take "Mr." along when spaCy tags only "Moon" in "Mr. Moon"."""
    from dyad.annotate.lexicon import honorifics

    start = span.start
    while start > 0 and span.doc[start - 1].text in honorifics():
        start -= 1
    return span.doc[start : span.end] if start != span.start else span


def _known_tail(span, kb):
    """"Choe Son Hui" tagged as "Choe Son": a capitalised word the tagger left out right after a
    person's name, where the longer name is a person the knowledge base knows."""
    doc, end = span.doc, span.end
    if end >= len(doc) or not doc[end - 1].whitespace_ or doc[end].ent_type_ or not doc[end].is_title:
        return span
    if doc[end].pos_ != "PROPN" or kb.lookup(span.text):
        return span
    longer = doc[span.start : end + 1]
    if not any(e.kind == "person" for e, _via in kb.lookup(longer.text)):
        return span
    longer.label_ = span.label_
    return longer


def _known_head(span, kb):
    """"Cheong Wa Dae" tagged as "Wa Dae": a capitalised proper noun the tagger left out right
    before a name it does not know, where the longer name is one the knowledge base knows
    (labelled as what it names)."""
    doc, start = span.doc, span.start
    if start == 0 or not doc[start - 1].whitespace_ or doc[start - 1].ent_type_ or not doc[start - 1].is_title:
        return span
    if doc[start - 1].pos_ != "PROPN" or doc[start - 1].is_stop or kb.lookup(span.text):
        return span
    longer = doc[start - 1 : span.end]
    kinds = {e.kind for e, _via in kb.lookup(longer.text)}
    label = next((lab for kind, lab in _KIND_LABELS if kind in kinds), None)
    if label is None:
        return span
    longer.label_ = label
    return longer


_KIND_LABELS = (("organization", "ORG"), ("person", "PERSON"), ("state", "GPE"))


def _body_after_its_state(span, kb):
    """"North Korean Central News Agency", "Japanese Kyodo News": an organisation span the
    knowledge base does not know, whose first word or two are a state's demonym (alone or with
    the next word: "North" + "Korean") and whose other words, two or more, are the
    name of organisations the knowledge base knows, all of that state: the known organisation.
    A name several states' bodies share ("Joint Chiefs of Staff") keeps the whole span."""
    doc = span.doc
    if any(e.kind == "organization" for e, _via in kb.lookup(span.text)):
        return span
    for cut in (span.start + 1, span.start + 2):
        if span.end - cut < 2:
            break
        rest = doc[cut : span.end]
        orgs = [e for e, _via in kb.lookup(rest.text) if e.kind == "organization"]
        if not orgs:
            continue
        states = {e.id for text in (doc[span.start : cut].text, doc[span.start : cut + 1].text)
                  for e, via in kb.lookup(text) if e.kind == "state" and via == "demonym"}
        if states and all(e.country in states for e in orgs):
            rest.label_ = "ORG"
            return rest
        return span
    return span


def _titled_person(span, kb, day):
    """"National Assembly Speaker Woo Won-shik", "Security Council Secretary Sergei Shoigu",
    "(Secretary of) State Pompeo" tagged as one organisation: the name of a person the knowledge
    base knows (a family name alone: of an office holder of the day or the years before), after a
    title word, that ends the span (the title before it stays for the roles to read)."""
    doc = span.doc
    for start in range(span.start + 1, span.end):
        if not doc[start].is_title or not _title_ends_at(doc, start, kb):
            continue
        name = doc[start : span.end]
        if len(name) == 1 and day and kb.office_holders_named(name.text, day) or len(name) > 1 and any(
                e.kind == "person" for e, _via in kb.lookup(name.text)):
            name.label_ = "PERSON"
            return name
    return None


def _body_before_title(span, kb):
    """"State Department Press Secretary Matthew Miller", "Department of Defense spokesperson Brig.
    Gen. Pat Ryder": an organisation span the knowledge base does not know, with a person's title
    word inside it or right after it, is the longest start of it that the knowledge base knows as
    an organisation ("State Department", "Department of Defense"); the title stays for the roles
    to read. A title after the span cuts one word at most ("BBC Russian Service correspondent X"
    stays the service). Else None."""
    doc = span.doc
    if any(e.kind == "organization" for e, _via in kb.lookup(span.text)):
        return None
    titled = [i for i in range(span.start + 1, min(span.end + 1, len(doc))) if kb.sector_for_title(doc[i].lower_)]
    if not titled:
        return None
    lowest = span.start if titled[0] < span.end else span.end - 2  # a title after the span: one word its first ("Press")
    for end in range(min(titled[0], span.end - 1), max(lowest, span.start), -1):
        body = doc[span.start : end]
        if any(e.kind == "organization" for e, _via in kb.lookup(body.text)):
            body.label_ = "ORG"
            return body
    return None


def _title_ends_at(doc, end: int, kb) -> bool:
    """A title word ("Speaker") or title phrase ("Secretary of State") ends right before ``end``."""
    if kb.sector_for_title(doc[end - 1].lower_):
        return True
    return any(kb.is_title_phrase(doc[start:end].text) for start in range(max(0, end - 4), end - 1))


_PAIRED_PLACES = frozenset({"GPE", "NORP", "LOC", "ORG"})  # "DPRK" is tagged an organisation


def _second_place(label: str, token) -> bool:
    """Does ``token``, after a hyphen that ends a name of ``label``, open a second name, one of
    the two a state ("Japan-South", "DPRK-U.S.", "U.S.-DPRK")?"""
    return (token.ent_iob_ == "B" and label in _PAIRED_PLACES and token.ent_type_ in _PAIRED_PLACES
            and "GPE" in (label, token.ent_type_))


_DASHES = frozenset({"-", "--", "—", "–"})


_DASH_CHARS = ("-", "—", "–")


def _dateline_towns(text: str) -> list[tuple[int, int]]:
    """(start, end) of the town of each dateline (annotate.dateline's pattern) opening a line: only
    lines that open with a capital and have a dash near their start are tried."""
    out, pos = [], 0
    for line in text.split("\n"):
        if line[:1].isupper() and any(d in line[:90] for d in _DASH_CHARS):
            found = DATELINE.match(text, pos - 1 if pos else 0)
            if found is not None:
                out.append((found.start("town"), found.end("town")))
        pos += len(line) + 1
    return out


def _after_dateline(span):
    """The words after a dateline's dash that the tagger took into one name with it ("BEIJING -
    Foreign Ministry", "SANTIAGO - Chile", "CAMP LEE, Okinawa - Japan", "LAKE CITY, Fla. -
    Officials"): the dateline only says where the story was filed (annotate.dateline), so the name
    is what follows the dash, and none where that is one plural noun ("Officials", "Guards": the
    readers of unnamed groups take them); a name with no dash in it stays whole."""
    dash = next((t for t in span if t.text in _DASHES), None)
    if dash is None or dash.i == span.start:
        return span
    text = doc_text(span.doc)
    line = text.rfind("\n", 0, span.start_char) + 1
    found = DATELINE.match(text, line - 1 if line else 0)
    if found is None or not (found.start("town") <= span.start_char and dash.idx < found.end() <= span.end_char):
        return span
    rest = span.doc[dash.i + 1 : span.end]
    if len(rest) == 1 and rest[0].tag_ in ("NNS", "NNPS"):
        return None  # "SEOUL -- Guards in ...", "N.C. - Deputies said": people named by a plural noun, no name
    return rest


def _join_hyphen(span):
    """spaCy may stop a name at a hyphen: "Moon Jae" in "Moon Jae-in". Take the rest along; not a
    second place the tagger names after it: "Japan-South Korea summit", "US-China talks" name two
    states, each its own."""
    doc, end = span.doc, span.end
    while (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_alpha
        and not _second_place(span.label_, doc[end + 1])
    ):
        end += 2
    if end == span.end:
        return span
    joined = doc[span.start : end]
    joined.label_ = span.label_
    return joined


def is_non_actor(span, kb) -> bool:
    text = span.text
    if _DATE_LIKE.match(text) or not any(c.isalpha() for c in text):
        return True
    if kb.is_not_actor(text):
        return True
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.lemma_.lower() in non_actor_heads() and span.label_ != "GPE":
        return True
    if (
        len(span) == 1
        and span.label_ == "ORG"
        and nxt is not None
        and kb.sector_for_title(nxt.lemma_.lower())
    ):
        return True  # "Defense" in "US Defense Secretary": part of a title
    before = doc[max(span.start - 2, 0) : span.start]
    if (
        span.label_ == "ORG"
        and len(before) == 2
        and before[1].lower_ == "of"
        and kb.is_title_phrase(f"{before[0].text} of {span.text}")
    ):
        return True  # "State" in "the secretary of State", "Defence" in "Minister of Defence"
    if span.label_ != "PERSON" and _state_named_as_region(span, kb):
        return False  # "missiles sent to China's Taiwan region": the state, as Beijing's press names it
    return span.label_ != "PERSON" and names_a_place(span)


STATE_AS_PLACE_NOUNS = frozenset({"region", "island"})  # "Taiwan region", "Taiwan island": the state


def _state_named_as_region(span, kb) -> bool:
    """"China's Taiwan region", "the Taiwan region of China", "drills around Taiwan island": a state's own
    name before "region" or "island" is that state (how Beijing's press names Taiwan), not a region or an
    island the name stands before ("the Gangwon region", "Jeju island")."""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    return (nxt is not None and nxt.lower_ in STATE_AS_PLACE_NOUNS
            and any(entry.kind == "state" and via == "name" for entry, via in kb.lookup(span.text)))


NAMING_WINDOW = 4  # tokens after an exercise noun where the word naming it may be ("the drills, code-named")
APPOSITION_WINDOW = 5  # tokens between a name's comma and the exercise noun it stands for ("Keen Sword, their largest joint exercise")


def exercise_names(doc) -> tuple[frozenset[str], frozenset[int]]:
    """The names of military exercises in the doc: the capitalised words before an exercise noun ("the
    Freedom Shield combined exercise"), in apposition to it ("their first exercise, Freedom Edge,";
    "Keen Sword, their largest joint exercise") or given by a naming word after it ("the drills,
    code-named Joint Sword-2024A"). A person tagged with such a name is no one ("North Korea denounced
    Freedom Shield"), see ``exercise_person``. Returns the names and the indices of their tokens."""
    heads, naming = exercise_words()
    out: set = set()
    ids = _lower_ids(heads)  # the heads' LOWER string ids: no Token made for the other words
    lowers = column(doc, LOWER)
    for tok in (t for t in (doc[i] for i, lower in enumerate(lowers) if lower in ids) if t.lower_ in heads):
        j = tok.i - 1
        while j >= 0 and tok.i - j <= 2 and doc[j].is_lower and doc[j].dep_ in ("amod", "compound"):
            j -= 1  # "combined", "joint"
        out.add(_title_run(doc, j, -1))
        k = j
        while k >= 0 and tok.i - k <= APPOSITION_WINDOW and not doc[k].is_punct and not doc[k].is_title:
            k -= 1  # "their largest joint"
        if k >= 1 and doc[k].text == "," and k < tok.i - 1:
            out.add(_title_run(doc, k - 1, -1))
        after = tok.i + 1
        if after < len(doc) and doc[after].text == ",":
            out.add(_title_run(doc, after + 1, 1))
        for m in range(after, min(after + NAMING_WINDOW, len(doc))):
            if doc[m].lower_ in naming:
                out.add(_title_run(doc, m + 1, 1))
                break
    names = frozenset(" ".join(t.text for t in r) for r in out if r)
    words = [n.split() for n in names]
    tokens = {  # each place the doc names them, "North Korea denounced Iron Falcon" too
        t.i + k for t in doc for w in words if doc[t.i : t.i + len(w)].text.split() == w for k in range(len(w))
    } if words else set()
    return names, frozenset(tokens)


def _title_run(doc, i: int, step: int) -> tuple:
    """The capitalised proper nouns from token ``i`` on, going back (-1) or forward (1), past quotes."""
    while 0 <= i < len(doc) and doc[i].is_quote:
        i += step
    run = []
    while 0 <= i < len(doc) and doc[i].is_title and doc[i].pos_ == "PROPN":
        run.append(doc[i])
        i += step
    return tuple(sorted(run, key=lambda t: t.i))


def exercise_person(cand, exercises: tuple[frozenset[str], frozenset[int]]) -> bool:
    """A candidate read as a person's name that is an exercise's, or its first words ("Joint" of "Joint
    Sword-2024A"), or a word of it where it names the exercise ("Shield" of "the Freedom Shield exercise")."""
    names, tokens = exercises
    text = cand.span.text
    return cand.label in ("PERSON", "NAME") and (
        any(n == text or n.startswith(text + " ") for n in names) or any(t.i in tokens for t in cand.span)
    )


def names_a_place(span) -> bool:
    """ "the Vostochny cosmodrome", "the Korean Peninsula", "the city of Tsiolkovsky"."""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.lower_ in place_nouns():
        return True
    before = doc[max(span.start - 2, 0) : span.start]
    return len(before) == 2 and before[1].lower_ == "of" and before[0].lower_ in place_nouns()


def _with_family_name(span):
    """Take a Korean family name the tagger left out along with the given name after it: "Go" of
    "said Go Myong-hyun", where only "Myong-hyun" was tagged (the family name read as a verb)."""
    doc, start = span.doc, span.start
    hyphenated = span.end - start >= 3 and doc[start + 1].text == "-" and not doc[start].whitespace_
    # North Korean style, no hyphen: "Ri Thae Song" tagged "Thae Song" (not "No", "So", "Do")
    northern = span.end - start == 2 and start > 0 and not doc[start - 1].is_stop and all(t.is_title for t in span)
    first = start - 1
    if first > 0 and not doc[first - 1].whitespace_ and doc[first - 1].is_alpha:
        first -= 1  # "Im" of "Im Jong-seok", which the tokenizer splits as "I" + "m"
    word = doc[first:start].text if first >= 0 else ""
    if start == 0 or not (hyphenated or northern and first == start - 1) or word not in korean_family_names():
        return span
    longer = doc[first : span.end]
    longer.label_ = span.label_
    return longer


def _with_given_name(span):
    """Take the hyphenated Korean given name the tagger left off a family name tagged alone:
    "Yoon Do-han", "Kim So-young" ("Do" and "So" read as words)."""
    doc, end = span.doc, span.end
    if len(span) != 1 or span.text not in korean_family_names() or end + 2 >= len(doc):
        return span
    first, dash, second = doc[end], doc[end + 1], doc[end + 2]
    if not (first.is_title and len(first) <= 4 and dash.text == "-" and not first.whitespace_
            and not dash.whitespace_ and second.is_lower and second.is_alpha and len(second) <= 5):
        return span
    longer = doc[span.start : end + 3]
    longer.label_ = span.label_
    return longer


_AL = frozenset({"al", "el"})


def _with_al_family_name(span):
    """Take the family name with its article the tagger cut off an Arabic name: "Sheikh Mohammed
    bin Abdulrahman" of "... bin Abdulrahman al Thani" / "Al Thani" ("al" read as a word, or
    "Al Thani" tagged a person of its own). Only after a name of two words or more, and only
    "al"/"el" followed by one capitalised word (or "al-" and one)."""
    doc, end = span.doc, span.end
    if len(span) < 2 or end + 1 >= len(doc) or doc[end].lower_ not in _AL or not span[-1].whitespace_:
        return span
    last = end + 1
    if doc[last].text == "-" and not doc[end].whitespace_ and not doc[last].whitespace_ and last + 1 < len(doc):
        last += 1  # "al-Thani"
    elif not doc[end].whitespace_:
        return span
    word = doc[last]
    if not (word.is_alpha and word.is_title and len(word) > 1):
        return span
    if last + 1 < len(doc) and doc[last + 1].is_title and doc[last + 1].is_alpha and doc[last].whitespace_:
        return span  # "... al Aqsa Martyrs Brigades": a body's name goes on
    longer = doc[span.start : last + 1]
    longer.label_ = span.label_
    return longer


_NAME_HEAD_DEPS = frozenset({"nsubj", "nsubjpass", "appos", "pobj", "dobj", "conj"})


def _with_untagged_rest(span, kb):
    """'IGAD Commission Chairperson Moussa Faki Ousmane called for ...': the tagger took a title and
    one name ("Chairperson Moussa") for the person and left the rest of the name, capitalised
    proper nouns of the same compound, untagged: take them, up to the compound's head (at most two
    words on; the head a subject, object or apposition, no capitalised word after it). Not when
    the span holds more than one name word, nor when a word taken is a body's, a title's, a
    site's or a place's noun ("President Lee Administration", "Minister Park Tower")."""
    doc = span.doc
    last = span[-1]
    head = last.head
    if last.dep_ != "compound" or not 0 < head.i - last.i <= 2 or head.dep_ not in _NAME_HEAD_DEPS:
        return span
    rest = doc[span.end : head.i + 1]
    if not all(t.is_alpha and t.is_title and t.tag_ == "NNP" and t.ent_iob_ == "O" for t in rest):
        return span
    if any(t.dep_ != "compound" or t.head.i != head.i for t in rest[:-1]):
        return span
    if head.i + 1 < len(doc) and doc[head.i + 1].is_title and doc[head.i + 1].is_alpha:
        return span
    titles = [t for t in span if kb.sector_for_title(t.lower_) or _is_honorific(t)]
    if not titles or len(span) - len(titles) != 1:
        return span  # a title and one name word: the tagger stopped at the given name
    if any(kb.sector_for_title(t.lower_) or kb.sector_for_org(t.lower_) or t.lower_ in _not_name_words()
           or kb.lookup(t.text) for t in rest):
        return span
    longer = doc[span.start : head.i + 1]
    longer.label_ = span.label_
    return longer


@lru_cache(maxsize=1)
def _not_name_words() -> frozenset[str]:
    """Nouns that end the name of a thing, a place, a body or a group, not a person's name."""
    from dyad.annotate.lexicon import firm_nouns, group_nouns, occasion_nouns, site_heads

    return (firm_nouns() | group_nouns() | occasion_nouns() | site_heads() | place_nouns() | non_actor_heads())


def _whole_korean_name(span):
    """The three words of an unhyphenated Korean name the tagger cut short or read as a people:
    "Kim Ju Ae" tagged "Kim Ju", "Ri Pyong Chol" tagged "Chol", "Han Song Ryol" tagged "Han" (a
    people) with "Song Ryol" left out. A family name (lexicon/korean_family_names.txt) and two
    capitalised romanised syllables, a space apart, round the tagged words, and no capitalised
    word after them ("Kim Il Sung Square" is a place); None where there are no such words."""
    doc, n = span.doc, len(span.doc)
    if len(span) >= 3:
        return None
    if span.label_ == "NORP":
        starts = [span.start] if len(span) == 1 else []
    else:
        starts = range(max(span.end - 3, 0), span.start + 1)
    for i in starts:
        if i + 3 > n:
            continue
        words = doc[i : i + 3]
        if (words[0].text not in korean_family_names()
                or not all(t.is_title and t.whitespace_ == " " for t in words[:2])
                or not all(_KOREAN_SYLLABLE.match(t.text) and t.is_title for t in words[1:])
                or words[0].ent_type_ not in ("", "PERSON", "NORP")
                or any(t.ent_type_ not in ("", "PERSON") for t in words[1:])
                or (i + 3 < n and doc[i + 3].is_title and doc[i + 3].is_alpha)):
            continue
        longer = doc[i : i + 3]
        longer.label_ = "PERSON"
        return longer
    return None


def entity_candidates(article, kb) -> list[Cand]:
    out, wholes = [], set()
    speaking = _speaking_family_names(article.doc)
    towns = _dateline_towns(article.text)
    taken: set[int] = set()  # tokens a name took from the words after it ("... bin Abdulrahman Al Thani")
    for ent in article.doc.ents:
        if article.in_credit(ent.start_char):
            continue
        if ent.start in taken:
            continue  # "Al Thani" tagged a name of its own after "Sheikh Mohammed bin Abdulrahman"
        if ent.label_ != "GPE" and any(start <= ent.start_char and ent.end_char <= end for start, end in towns):
            continue  # "CHAMBERSBURG, Pa. —", "ST. LOUIS (AP) —" tagged a body or a person: where it was filed
        if ent.label_ in _THING_LABELS and len(ent) == 1 and ent.text in given_names():
            span = article.doc[ent.start : ent.end]
            span.label_ = "NAME"  # "Madge", "Jenny" tagged as a product or a work: a name no tag took
            out.append(Cand(span, "NAME"))
            continue
        if ent.label_ not in ACTOR_LABELS and ent.label_ not in _THING_LABELS and ent.label_ != "LAW":
            continue
        span = _after_dateline(_join_hyphen(ent))
        span = trim(span) if span is not None else None
        if span is None:
            continue
        span, label = _before_nickname(span, ent.label_)
        if (whole := _with_chinese_family_name(span, label, speaking)) is not None:
            span, label = whole, "PERSON"  # "An Fengshan" tagged as a body "Fengshan", "An" read as an article
        if label in ("PERSON", "NORP") and (whole := _whole_korean_name(span)) is not None:
            if (whole.start, whole.end) in wholes:
                continue  # "Han" (a people) and "Chol Ryong" (a person) of one "Han Chol Ryong"
            wholes.add((whole.start, whole.end))
            span, label = whole, "PERSON"
        if label == "PERSON":
            span = _with_untagged_rest(_with_given_name(_with_family_name(span)), kb)
            if (longer := _with_al_family_name(span)) is not span:
                span = longer
                taken.update(range(span.start, span.end))
        span = _after_agency(span, kb)
        if label in _THING_LABELS and _speaking_name(span, kb):
            label = "PERSON"  # '"...," Yoon Young-chan, the senior secretary, told reporters' tagged a work of art
        if label == "PERSON" and all(kb.sector_for_title(t.lower_) or _is_honorific(t) for t in span):
            continue  # "(State) Councilor" of "State Councilor and Foreign Minister Wang Yi", "Emir Sheikh": titles, no one
        if label == "ORG":
            span = _body_after_its_state(span, kb)
        if (longer := _known_head(span, kb)) is not span:
            span, label = longer, longer.label_
        if label == "ORG" and (tail := _titled_person(span, kb, article.published)) is not None:
            span, label = tail, "PERSON"  # "National Assembly Speaker Woo Won-shik" tagged as one body
        elif label == "ORG" and (body := _body_before_title(span, kb)) is not None:
            span = body  # "State Department Press (Secretary)", "Department of Defense spokesperson Brig(.)"
        if label == "PERSON":
            span = _known_tail(span, kb)
        if label != "PERSON" and honoured_name(_with_honorific(span), kb):
            label = "PERSON"  # "Miss Adeline Genee" tagged as a building, "Mr Osborn" as a firm
        elif label != "PERSON" and regnal_name(span, kb):
            label = "PERSON"  # "Pope Pius II" tagged as a law, "Edward I of England" as a firm
        elif label not in ACTOR_LABELS:
            continue
        if label == "PERSON":
            span = _with_honorific(span)
        span.label_ = label
        if is_non_actor(span, kb):
            continue
        out.append(Cand(span, label))
    out = _known_bodies_across(out, article.doc, kb)
    named = {c.span[0].text for c in out if c.label == "PERSON" and len(c.span) >= 3}  # "Go Myong-hyun" tagged
    named |= {c.span[0].text for c in out if c.label == "PERSON" and len(c.span) == 2 and c.span[0].tag_ == "DT"}  # "An Fengshan"
    return out + untagged_korean_names(article.doc, {t.i for c in out for t in c.span} | {
        t.i for e in entities(article.doc) for t in e}, named)


# One Hanyu Pinyin syllable, without tone marks: "feng", "shan", "zhi", "jun", "xiang".
_PINYIN_SYLLABLE = (r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
                    r"(?:iang|iong|uang|ueng|iao|ian|ing|uai|uan|ang|eng|ong|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ue|a|o|e|i|u|v)")
_PINYIN_GIVEN_NAME = re.compile(rf"^{_PINYIN_SYLLABLE}{_PINYIN_SYLLABLE}$", re.I)


def _speaking_family_names(doc) -> frozenset[str]:
    """Family names (lexicon/korean_family_names.txt, which holds the romanisations Chinese
    shares, "An") that stand alone before a speech verb somewhere in the text ("An said")."""
    korean = korean_family_names()
    ids = _lower_ids(korean)  # the names' ORTH string ids: no Token made for the other words
    orths = column(doc, ORTH)
    return frozenset(t.text for t in (doc[i] for i in range(len(doc) - 1) if orths[i] in ids) if t.text in korean
                     and doc[t.i + 1].lemma_.lower() in speech_verbs())


def _with_chinese_family_name(span, label: str, speaking: frozenset[str]):
    """"An Fengshan, spokesman for ...": the tagger reads "An" as an article and tags the given
    name alone, as a body or a person. A family name that also speaks alone in the text ("An
    said") before one capitalised word of two pinyin syllables is one person's name; else None."""
    if len(span) != 1 or span.start == 0 or label not in ("ORG", "PERSON", "GPE", "FAC", "LOC"):
        return None
    family, given = span.doc[span.start - 1], span[0]
    if (family.text not in speaking or family.ent_type_ or not family.whitespace_
            or not given.is_title or not _PINYIN_GIVEN_NAME.match(given.text)):
        return None
    whole = span.doc[span.start - 1 : span.end]
    whole.label_ = "PERSON"
    return whole


# One romanised Korean syllable (Revised or McCune-Reischauer, without breves, or as people write
# their own names: "ey" of "Sang-key"): "Myong", "hyun", "Seong", "jin". "Anti" (of "An Anti-war ...") is two, so no given name.
_KOREAN_SYLLABLE = re.compile(
    r"^(?:[gkndtrlmbpsjch]{0,3}|ss|kk|tt|pp|jj)?(?:y|w)?(?:a|ae|e|eo|o|oe|u|eu|ui|i|ou|oo|ey)"
    r"(?:ng|n|m|k|l|p|t)?$", re.I)


def _known_bodies_across(cands: list[Cand], doc, kb) -> list[Cand]:
    """"U.S. Forces Korea" tagged as two places ("U.S.", "Korea") round an untagged word: a place
    the tagger tagged that opens, with the capitalised words after it, the name of an organisation
    the knowledge base knows is that organisation, and the tags inside it go."""
    out, skip = [], -1
    for cand in sorted(cands, key=lambda c: c.span.start):
        if cand.span.start < skip:
            continue
        if cand.label in ("GPE", "NORP", "LOC"):
            start = cand.span.start
            for end in range(min(start + 5, len(doc)), cand.span.end + 1, -1):
                words = doc[start:end]
                if not all(t.text[:1].isupper() for t in words) or not any(t.ent_type_ == "" for t in words):
                    continue
                if any(e.kind == "organization" for e, _via in kb.lookup(words.text)):
                    words.label_ = "ORG"
                    out.append(Cand(words, "ORG"))
                    skip = end
                    break
            else:
                out.append(cand)
            continue
        out.append(cand)
    return out


@lru_cache(maxsize=8)
def _lower_ids(words: frozenset[str]) -> frozenset[int]:
    """The string ids of ``words``, as a doc's LOWER (for lower-case words) or ORTH column holds them."""
    return frozenset(hash_string(w) for w in words)


@lru_cache(maxsize=1)
def _korean_ids() -> frozenset[int]:
    """The ORTH string ids of the Korean family names."""
    return frozenset(map(hash_string, korean_family_names()))


def untagged_korean_names(doc, taken: set[int], named: set[str] = frozenset()) -> list[Cand]:
    """Korean names the tagger left out whole, their family name an English word ("Go
    Myong-hyun, a research fellow at ...", "Go" read as a verb): a family name
    (lexicon/korean_family_names.txt) before a hyphenated given name of one syllable each side.
    Then that family name alone where it speaks ("Go said.", "..., said Go."), of these names or
    of the tagged ones (``named``: the first words of the people's names): the same person."""
    korean = korean_family_names()
    out, families = [], {w for w in named if w in korean}
    n = len(doc)
    orths = column(doc, ORTH)  # the words' string ids: no Token made for the others
    ids = _korean_ids()
    for tok in [doc[i] for i, orth in enumerate(orths) if orth in ids]:
        i = tok.i
        if i + 3 >= n or tok.text not in korean or any(j in taken for j in range(i, i + 4)):
            continue
        first, dash, second = doc[i + 1], doc[i + 2], doc[i + 3]
        if (first.is_title and dash.text == "-" and not first.whitespace_ and not dash.whitespace_
                and second.is_lower and _KOREAN_SYLLABLE.match(first.text) and _KOREAN_SYLLABLE.match(second.text)
                and not (i + 4 < n and doc[i + 4].text == "-" and not second.whitespace_)):
            span = doc[i : i + 4]
            span.label_ = "PERSON"
            out.append(Cand(span, "PERSON"))
            families.add(tok.text)
    if not families:  # most news: no family name below can match
        return out
    taken = taken | {t.i for c in out for t in c.span}
    family_ids = {hash_string(w) for w in families}
    for tok in [doc[i] for i, orth in enumerate(orths) if orth in family_ids]:
        if tok.i in taken or tok.text not in families:
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < n else None
        before = doc[tok.i - 1] if tok.i > 0 else None
        if ((nxt is not None and nxt.lemma_.lower() in speech_verbs())
                or (before is not None and before.lemma_.lower() in speech_verbs()
                    and (nxt is None or nxt.is_punct))
                or (tok.i >= 2 and doc[tok.i - 2].lower_ == "according" and before.lower_ == "to"
                    and (nxt is None or nxt.is_punct))):  # "According to An, ..."
            span = doc[tok.i : tok.i + 1]
            span.label_ = "PERSON"
            out.append(Cand(span, "PERSON"))
    return out


def honoured_name(span, kb) -> bool:
    """"Mrs Dunmore", "Sir Alan Pike": a gendered honorific (Mr, Mrs, Ms, Miss, Sir, Dame) before
    one to three capitalised words that name nothing the knowledge base knows: a person's name."""
    from dyad.annotate.lexicon import honorifics

    words = span.text.split()
    if len(words) < 2 or not honorifics().get(words[0]) or len(words) > 4:
        return False
    rest = words[1:]
    return all(_name_shaped(w) for w in rest) and not kb.lookup(" ".join(rest))


def regnal_name(span, kb) -> bool:
    """"Pope Pius II", "Emperor Alexius", "Edward I of England": a sovereign's or prelate's title
    (lexicon/regnal_titles.txt) before one or two name-shaped words, or a given name, followed by
    a regnal numeral, "of" and a place where it goes on: a person's name, unless the knowledge
    base knows the words or a place noun ends them ("Prince Edward Island")."""
    head, _, where = span.text.partition(" of ")
    words = head.split()
    if len(words) < 2 or len(words) > 4 or (where and not all(_name_shaped(w) for w in where.split())):
        return False
    numeral = _REGNAL_NUMERAL.match(words[-1]) is not None
    if words[0] in regnal_titles():
        rest = words[1:-1] if numeral else words[1:]
        shaped = 1 <= len(rest) <= 2 and all(_name_shaped(w) for w in rest)
    else:
        rest = words[:-1]
        shaped = numeral and len(rest) == 1 and rest[0] in given_names()
    if not shaped or rest[-1].lower() in place_nouns() or (where and not numeral):
        return False
    return not kb.lookup(" ".join(rest)) and not kb.lookup(span.text)


def kb_candidates(article, kb, taken: set[int]) -> list[Cand]:
    """Names spaCy did not tag: states, organisations and people of the knowledge base
    ("Soviet standards", "Moon Jae-in, who took office"), and the names and surnames of people
    the article has already named ("Ri said")."""
    out = []
    doc, text = article.doc, article.text  # the doc's text, character for character
    punct = column(doc, IS_PUNCT)  # the columns, not a Token for every word
    label_of = _KbLabels(doc, kb, _person_name_parts(article, taken, kb), text)
    for i, start in enumerate(column(doc, IDX)):
        if i in taken or not text[start].isupper() or article.in_credit(start):  # a token's first character
            continue
        for end in range(min(i + 5, len(punct)), i, -1):  # five words at most, longest first
            if any(j in taken for j in range(i, end)) or punct[end - 1]:
                continue
            label = label_of(i, end)
            if label:
                span = doc[i:end]
                span.label_ = label
                out.append(Cand(span, label))
                taken.update(range(i, end))
                break
    return out


class _KbLabels:
    """The label the knowledge base gives the words ``tokens[start:end]``, if any. Lookups are
    kept by text: an article repeats its names, and most capitalised words are tried in five
    spans."""

    def __init__(self, doc, kb, parts: set[str], text: str):
        self.doc, self.kb, self.parts = doc, kb, parts
        self.text = text  # the doc's text (doc.text would join the tokens' texts again)
        self.starts, self.lengths = column(doc, IDX), column(doc, LENGTH)  # each token's idx and len(text)
        self.kinds: dict[str, set[str]] = {}

    def __call__(self, start: int, end: int) -> str | None:
        last = end - 1
        text = self.text[self.starts[start] : self.starts[last] + self.lengths[last]]  # the span's text
        label = self._label(text, end - start == 1 and self._name_word(self.doc[start]))
        return None if label is None or names_a_place(self.doc[start:end]) else label

    def _name_word(self, token) -> bool:
        """A proper noun, or a word spaCy tagged otherwise that is no title ("President" of
        "President Trump" is not his name)."""
        if token.pos_ == "PROPN":
            return True
        return token.pos_ not in _NOT_NAMES and not self.kb.sector_for_title(token.lower_)

    def _label(self, text: str, proper_noun: bool) -> str | None:
        if text not in self.kinds:
            self.kinds[text] = {e.kind for e, _via in self.kb.lookup(text)}
        kinds = self.kinds[text]
        if "person" in kinds:
            return "PERSON"
        if kinds & {"state", "organization"}:
            return "KB"
        if proper_noun and text in self.parts:
            return "PERSON"
        return None


def name_candidates(article, taken: set[int]) -> list[Cand]:
    """Runs of capitalised proper nouns no entity or knowledge-base name took ("Rivera sang",
    "Nyssa becomes"): perhaps a person, known only if a pronoun later refers to one (NAME)."""
    out = []
    doc = article.doc
    words, starts = _name_words(doc, article.text)
    n = len(words)
    i = 0
    while i < n:
        end = i
        while end < n and words[end] and end not in taken and end - i < 4:
            end += 1
        if end > i and not article.in_credit(starts[i]) and not names_a_place(doc[i:end]):
            span = doc[i:end]
            span.label_ = "NAME"
            out.append(Cand(span, "NAME"))
        i = max(end, i + 1)
    return out


def _after_agency(span, kb):
    """"Kyodo - Shigeru Ishiba" of a dateline ("TOKYO, Oct. 1 Kyodo - Shigeru Ishiba was ..."):
    a news agency and a dash the tagger took into a name are no part of it."""
    dash = next((t.i for t in span if t.text in ("-", "--", "—", "–") and t.whitespace_), None)
    if dash is None or dash == span.start or dash + 1 >= span.end:
        return span
    head = span.doc[span.start : dash]
    if not any(e.kind == "organization" and e.sector == "MED" for e, _via in kb.lookup(head.text)):
        return span
    rest = span.doc[dash + 1 : span.end]
    rest.label_ = span.label_
    return rest


def _speaking_name(span, kb) -> bool:
    """Two to four capitalised words (hyphenated given names too) that are the subject of a
    speech verb and name nothing the knowledge base knows but a person: a person's name."""
    words = span.text.split()
    if not 2 <= len(words) <= 4 or not all(_name_shaped(w.replace("-", "")) for w in words):
        return False
    root = span.root
    if root.dep_ != "nsubj" or root.head.lemma_.lower() not in speech_verbs():
        return False
    return all(e.kind == "person" for e, _via in kb.lookup(span.text))


def _name_shaped(text: str) -> bool:
    return text[:1].isupper() and text[1:2].islower() and text.isalpha()


def _name_words(doc, text: str) -> tuple[list[bool], list[int]]:
    """``_name_word`` of every token, and the tokens' offsets, from the doc's columns and the
    article's text (the doc's, character for character) rather than token by token: a Token is
    made for the proper nouns only (the offsets are the shared column: not to be changed)."""
    starts = column(doc, IDX)
    flags = [False] * len(starts)
    for i in [i for i, pos in enumerate(column(doc, POS)) if pos == PROPN]:
        token = doc[i]
        if not token.ent_type:
            start = starts[i]
            flags[i] = _name_shaped(text[start : start + len(token)])
    return flags, starts


def _person_name_parts(article, taken: set[int], kb) -> set[str]:
    """First and last words of the people's names the article tags somewhere (a one-word PERSON
    tag alone is too often a product or an event: "Twitter", "Hajj"); a first word that is a title
    the tagger took in ("Emir" of "Emir Sheikh") names no one."""
    parts = set()
    for ent in entities(article.doc):
        words = ent.text.split()
        if ent.label_ == "PERSON" and len(words) >= 2:
            parts.add(words[-1])
            if not kb.sector_for_title(words[0].lower()):
                parts.add(words[0])
    return parts


# Word classes a name never is, whatever spaCy tagged: a capitalised "Will" or "May" at the start
# of a sentence is a verb, not the name of the article's Will Smith or May Allen; "Ellen" of
# "Ellen Ward" tagged an adjective is still her name.
_NOT_NAMES = frozenset({"AUX", "VERB", "PRON", "DET", "ADP", "CCONJ", "SCONJ", "PART", "NUM", "PUNCT"})


def pronoun_candidates(article) -> list[Cand]:
    table = _pronoun_ids()
    doc = article.doc
    return [
        Cand(doc[i : i + 1], "PRON")
        for i, (lower, pos, start) in enumerate(zip(column(doc, LOWER), column(doc, POS), column(doc, IDX), strict=True))
        if lower in table and pos == PRON and not article.in_credit(start)
    ]


@lru_cache(maxsize=1)
def _pronoun_ids() -> frozenset[int]:
    """The pronouns' string ids, as the doc's LOWER column holds them."""
    return frozenset(hash_string(word) for word in pronouns())


def description_candidates(article, kb, taken: set[int]) -> list[Cand]:
    """Definite noun phrases headed by a title ("the president of X") or a state anaphor."""
    out = []
    doc = article.doc
    for chunk in noun_chunks(doc):
        head = chunk.root
        if not _free_but_a_state(chunk, head, taken) or article.in_credit(chunk.start_char):
            continue
        if head.tag_ in ("NNS", "NNPS"):
            continue
        if doc[chunk.start].lower_ != "the":
            if _state_title(chunk, kb):
                out.append(Cand(chunk, "DESC"))  # "Japanese PM ordered", "South Korean President said"
            continue
        if head.lemma_.lower() in state_anaphors() or _island_anaphor(chunk, head):
            out.append(Cand(chunk, "ANAPHOR"))
        elif kb.sector_for_title(head.lemma_.lower()) and (head.pos_ == "NOUN" or _bare_title(chunk)):
            out.append(Cand(_with_of(chunk), "DESC"))
    return out


def _island_anaphor(chunk, head) -> bool:
    """ "the island", "the self-ruled island", "the democratic island": a definite singular "island"
    with no name of its own (not "the island of Kinmen", "the Kinmen island"), nor after "of" ("the
    future of the island"), which may stand for an island state named before it
    (``Reader.island_state``)."""
    if head.lower_ != "island" or any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children):
        return False
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        return False  # "the future of the island": what is said about it, not the island acting
    return all(t.i == head.i or t.lower_ in ("the", "self") or t.pos_ in ("ADJ", "VERB", "PUNCT", "ADV") for t in chunk)


def _state_title(chunk, kb) -> bool:
    """A state's adjective or name and a capitalised title, with no "the" and no name after it
    ("Japanese Prime Minister", "Japan PM", "Russia's Defence Minister"): the office of that state,
    as "the Japanese prime minister" is. "PM" and "FM" count in upper case only ("3 pm" is a time)."""
    words = list(chunk)
    states = 0
    while words and words[0].ent_type_ in _STATE_LABELS and words[0].pos_ in ("ADJ", "PROPN"):
        words, states = words[1:], states + 1
    if words and states and words[0].tag_ == "POS":
        words = words[1:]
    if not states or not 1 <= len(words) <= 3 or any(t.ent_type_ in ACTOR_LABELS or not t.text[:1].isupper() for t in words):
        return False
    doc = chunk.doc
    if chunk.end < len(doc) and doc[chunk.end].pos_ == "PROPN" or any(c.dep_ == "appos" for c in chunk.root.children):
        return False  # "US President Joe Biden", "Chinese Foreign Minister, Wang Yi,": the name says who
    title = " ".join(TITLE_ABBREVIATIONS.get(t.text, t.text) for t in words).lower()
    return kb.sector_for_title(title) == "GOV"


TITLE_ABBREVIATIONS = {"PM": "Prime Minister", "FM": "Foreign Minister"}  # news abbreviations of titles, upper case only


def _free_but_a_state(chunk, head, taken: set[int]) -> bool:
    """No word of the phrase is another candidate's, but for the state's name before its title
    ("the Russian leader", "the South Korean president")."""
    return all(i not in taken or (i < head.i and chunk.doc[i].ent_type_ in _STATE_LABELS)
               for i in range(chunk.start, chunk.end))


_STATE_LABELS = frozenset({"NORP", "GPE"})


def _bare_title(chunk) -> bool:
    """ "The President", "the Home Secretary": a capitalised title alone after "the" (tagged as a
    proper noun) describes its holder as its lower-case form does."""
    words = chunk[1:]
    while words and words[0].ent_type_ in _STATE_LABELS and words[0].pos_ == "ADJ":
        words = words[1:]  # "the Russian Minister": the state's adjective before the title
    return 1 <= len(words) <= 3 and all(t.pos_ == "PROPN" and t.ent_type_ not in ACTOR_LABELS for t in words)


def _with_of(chunk):
    """Extend "the president" with its "of ..." complement: "the president of the institute"."""
    end = chunk.end
    for child in chunk.root.rights:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i == chunk.end:
            end = max(end, child.right_edge.i + 1)  # not an "of" the parse hung on it past a comma
    return chunk.doc[chunk.start : end]
