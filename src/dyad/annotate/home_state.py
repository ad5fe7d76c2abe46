"""The state an article is written from, for institutions it names without their state.

News names its own country's officials by their title alone ("Chief Cabinet Secretary Yoshihide
Suga", "Defense Minister Ahn Gyu-back", "President Moon Jae-in") and a foreign one with the state
("Japanese Prime Minister ...", "U.S. President ..."); wire copy opens with the town it is filed
from ("TOKYO (Kyodo) --"). So "the Foreign Ministry said" or "the Joint Chiefs of Staff said",
with no state named beside it, is the ministry of the state whose officials the article names by
title alone, or of its dateline's town.

Each person of the knowledge base named after a title with no state in its words (and holding
that title on the publication date) is one vote for the country of that role; the dateline's town,
when the knowledge base knows it as a state's capital, is one more. A state is the article's home
only when it has more votes than any other: without a clear home, such an institution keeps no
state, as before.
"""

from __future__ import annotations

from collections import Counter

from dyad.annotate.columns import noun_chunks
from dyad.annotate.dateline import desk_dateline
from dyad.annotate.lexicon import speech_verbs
from dyad.annotate.mentions import Cand
from dyad.annotate.roles import title_before

INSTITUTION_HEADS = frozenset({"ministry"})  # "the defense ministry": an institution of one state
_GENERIC = frozenset({"leader"})  # "leader Kim Jong-un": said of foreign leaders as often as of one's own
_DASHES = frozenset({"--", "—", "–", "-"})
# Bodies news names without their state: the presidential office is the home state's; state
# media are those of the state the article is about (Seoul's news on North Korea: the North's)
_PLACE_PREPS = frozenset({"at", "in", "into", "to", "from", "outside", "near", "inside"})
UNOWNED_BODIES = {"presidential office": "home", "state media": "named", "official media": "named"}


def home_state(doc, kb, day: str | None, people: list) -> object | None:
    """The knowledge-base state entry of the article's home (see the module's text), or None.
    ``people``: spans the tagger took for people's names."""
    votes: Counter = Counter()
    voted: set[str] = set()
    for span in people:
        found = _unqualified_official(span, kb, day)
        if found is not None and found[1] not in voted:  # one vote a person: "Fumio Kishida", "Kishida"
            voted.add(found[1])
            votes[found[0]] += 1
    town = dateline_state(doc, kb)
    if desk_dateline(doc, kb, town):
        town = None  # "ANKARA (AA) - North Korea warned ...": the agency's desk, not the story's home
    if town is not None:
        votes[town] += 1
    ranked = votes.most_common(2)
    if not ranked:
        return None
    if len(ranked) == 2 and ranked[0][1] == ranked[1][1]:
        # a tie the dateline's state is in with an official of its own named by title alone: the
        # story is filed from its home ("SEOUL, July 2 -- President Moon ... Prime Minister Abe
        # ... Chief Cabinet Secretary Suga"), not from a summit abroad ("LIMA -- President Yoon")
        tied = {state for state, n in votes.items() if n == ranked[0][1]}
        return kb.state(town) if town in tied and votes[town] > 1 else None
    return kb.state(ranked[0][0])


LEAD_SUBJECT_SENTENCES = 2  # the body's first sentences, a headline (no full stop) left out


def lead_subject_state(doc, kb) -> str | None:
    """The state the first body sentence's main subject names, itself or its government ("Japan
    says it is in talks ...", "The Norwegian cabinet has decided to send ..."): the state whose
    new officials the story then names by title alone ("Deputy Foreign Minister X will start his
    visit"), when the article has no home state (a dateline, an official of the day by title alone).
    Only for people: the lead's subject is as often the state the story is about as the one it is
    told from ("North Korea fired ..., the Joint Chiefs of Staff said"), whose bodies stay unowned;
    and in a clause another source reports, only a subject that is a government ("The Chilean
    government has decided ..., the ministry said"), not a state's name ("Pyongyang fired ..., the
    military said": Seoul's news of the North).
    None for a subject that names no state, or several."""
    sents = [s for s in list(doc.sents)[: LEAD_SUBJECT_SENTENCES + 1] if s.text.rstrip().endswith(".")]
    if not sents:
        return None
    root = sents[0].root
    told = [c for c in root.children if c.dep_ == "ccomp" and c.i < root.i]
    if told and root.lemma_.lower() in speech_verbs():  # "The Norwegian cabinet has decided ..., the ministry said"
        root = told[0]
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ not in ("PROPN", "NOUN"):
        return None
    if (subject.pos_ == "NOUN" or told) and subject.lemma_.lower() != "government":
        return None  # "Pyongyang fired ..., the military said": the news of another state's officials
    words = [t for t in subject.subtree if t.i <= subject.i]
    states = set()
    for width in (3, 2, 1):
        for i in range(len(words) - width + 1):
            chunk = " ".join(t.text for t in words[i : i + width])
            states |= {e.country or e.id for e, _via in kb.lookup(chunk) if e.kind == "state"}
    return states.pop() if len(states) == 1 else None


def _unqualified_official(span, kb, day: str | None) -> tuple[str, str] | None:
    """The country of the role a title before ``span`` names, and the person's id, when no state
    is in the title's words and the knowledge base's person of that name (or the one holder of
    that title on ``day`` with that family name) holds that title on ``day``."""
    role = title_before(span, kb)
    if role is None or role.title in _GENERIC or _names_state(role.of_tokens, kb):
        return None
    people = [e for e, _via in kb.lookup(span.text) if e.kind == "person"]
    if not people and len(span) == 1:  # "Prime Minister Kishida": the one holder of the title by that name
        people = [e for e in kb.office_holders_named(span.text, day) if kb.role_titled(e, role.phrase, day)]
    if len(people) != 1:
        return None
    held = kb.role_titled(people[0], role.phrase, day)
    return (held.country, people[0].id) if held is not None and held.country else None


def _names_state(tokens, kb) -> bool:
    """Do the words before a title name a state, its people or its seat ("U.S.", "Japanese",
    "Kremlin")?"""
    for width in (3, 2, 1):
        for i in range(len(tokens) - width + 1):
            chunk = " ".join(t.text for t in tokens[i : i + width]).replace(" - ", "-").replace(" 's", "'s")
            chunk = chunk.removesuffix("'s").removesuffix("’s")
            if any(e.kind == "state" or e.country for e, _via in kb.lookup(chunk)):
                return True
    return False


def dateline_state(doc, kb) -> str | None:
    """The state whose capital the article's dateline names: "TOKYO (Kyodo) --", "SEOUL, March 6
    (Yonhap) --", "PYONGYANG, June 19. /TASS/." (an upper-case town opening a paragraph within
    the first lines, before a comma, a bracket or a dash, or with the dash glued to it: "SEOUL--
    Diplomats met"), or "Seoul: Flying objects ..." (a town in title case opening a paragraph,
    before a colon: ``_colon_dateline``)."""
    for tok in doc[:80]:
        glued = tok.text.rstrip("-—–")
        if tok.i > 0 and "\n" not in doc[tok.i - 1].text_with_ws and not doc[tok.i - 1].is_space:
            continue
        if (state := _colon_dateline(doc, kb, tok)) is not None:
            return state
        if glued != tok.text and len(glued) > 2 and glued.isalpha() and glued.isupper():
            town = glued.title()  # 'SEOUL-- Diplomats of ...': one token
        elif tok.is_upper and tok.is_alpha and len(tok.text) > 2:
            end = tok.i + 1
            while end < len(doc) and end - tok.i < 3 and doc[end].is_upper and doc[end].is_alpha:
                end += 1  # 'HONG KONG'
            after = doc[end].text if end < len(doc) else ""
            if after not in (",", "(", "/") and after not in _DASHES:
                continue
            town = " ".join(t.text for t in doc[tok.i : end]).title()
        else:
            continue
        states = {e.country or e.id for e, via in kb.lookup(town) if e.kind == "state" and via == "metonym"}
        if len(states) == 1:
            return states.pop()
    return None


def _colon_dateline(doc, kb, tok) -> str | None:
    """'Seoul: Objects that crossed the border ...', 'Islamabad: The Foreign Office has taken ...': a
    capital (a state's metonym in the knowledge base) in title case, one or two words, opening a
    paragraph right before a colon, is a dateline (South Asian papers write theirs so) when the
    paragraph ends a sentence: "Kremlin: No hope in the peace talks" is a headline's
    speaker."""
    if not tok.is_title or not tok.is_alpha:
        return None
    end = tok.i + 1
    if end < len(doc) and doc[end].is_title and doc[end].is_alpha:
        end += 1  # 'New Delhi:'
    if end >= len(doc) or doc[end].text != ":":
        return None
    text = doc.text
    stop = text.find("\n", tok.idx)
    if not text[tok.idx : stop if stop >= 0 else len(text)].rstrip().endswith((".", '."', ".”")):
        return None
    states = {e.country or e.id for e, via in kb.lookup(doc[tok.i : end].text) if e.kind == "state" and via == "metonym"}
    return states.pop() if len(states) == 1 else None


def unowned_institutions(article, kb, taken: set[int], home, names: list[Cand] = ()) -> list[Cand]:
    """"the defense ministry", "the foreign ministry" written in lower case (the tagger names
    no organisation): a candidate for the institution of that name the knowledge base has, of
    the home state (``home()``, asked only when such a phrase is there) where it has several.
    Also "the presidential office" and "state media" named without a state (``unowned_body``)."""
    doc, out = article.doc, []
    lower = article.text.lower()
    if "inistry" not in article.text and not any(body in lower for body in (*UNOWNED_BODIES, *PLACED_STATES)):
        return out  # most articles: no walk over the noun phrases
    for chunk in noun_chunks(doc):
        if (state := placed_government(chunk, kb, taken, home)) is not None:
            out.append(state)
            continue
        if (body := unowned_body(chunk, kb, taken, home, names)) is not None:
            out.append(body)
            continue
        head = chunk.root
        if head.lower_ not in INSTITUTION_HEADS or chunk[0].lower_ != "the" or len(chunk) < 3:
            continue
        words = chunk[1:]
        if any(t.i in taken or t.ent_type_ for t in words) or article.in_credit(chunk.start_char):
            continue
        hits = {e.country for e, _via in kb.lookup(words.text) if e.kind == "organization"}
        state = placed_state(chunk, kb) or home()
        if len(hits) == 1:
            out.append(Cand(words, "ORG"))  # "the unification ministry": one state has one
        elif state is not None:  # the knowledge base's, else a ministry of that state
            out.append(Cand(words, "ORG", name=f"{state.name}'s {words.text}"))
    return out


def ministry_words(words: str) -> bool:
    """"Health Ministry", "Foreign Ministry": a ministry named by its portfolio alone (at most
    three words), not a proper name."""
    parts = words.split()
    return 2 <= len(parts) <= 3 and parts[-1].lower() in INSTITUTION_HEADS


def unowned_body(chunk, kb, taken: set[int], home, names) -> Cand | None:
    """"the presidential office said", "State media said": the body of the home state (for an
    office) or of the state the article has named most so far (``named_most``; for media,
    else the home state): an organisation named "<state>'s <words>", whose words give its
    sector (sectors.csv). None for other phrases or when no state is found."""
    words = chunk[1:] if chunk[0].lower_ == "the" else chunk
    which = UNOWNED_BODIES.get(words.text.lower())
    if which is None or any(t.i in taken for t in words):
        return None
    if chunk.start > 0 and chunk.doc[chunk.start - 1].lower_ in _PLACE_PREPS:
        return None  # "met Tsai at the presidential office in Taipei": a place
    if which == "named":  # "Choe Son Hui warned ... she said in a statement released by state media": hers
        state = person_named_just_before(names, kb, chunk) or named_most(names, kb, chunk.start)
    else:
        state = None
    state = state or placed_state(chunk, kb) or home()
    if state is None:
        return None
    return Cand(words, "ORG", name=f"{state.name}'s {words.text.lower()}")


PLACED_STATES = {"the government", "the administration"}
PLACED_TITLES = {"official", "officials", "spokesman", "spokeswoman", "spokesperson", "source", "sources", "diplomat", "diplomats"}


def placed_government(chunk, kb, taken: set[int], home=lambda: None) -> Cand | None:
    """"In Seoul, the government said", "the government in Beijing said": the state itself, of
    the capital placed with it (``placed_state``). "the government said" placed nowhere speaks
    for the article's home state (``home()``: "TOKYO -- ..., the government said", a Japanese
    story naming "Prime Minister Kishida" by title alone); None when it does not speak or the
    article has no clear home."""
    if chunk.text.lower() not in PLACED_STATES or any(t.i in taken for t in chunk):
        return None
    state = placed_state(chunk, kb) or (home() if _speaks(chunk.root) else None)
    return Cand(chunk[1:], "GPE", name=state.name) if state is not None else None


def _speaks(token) -> bool:
    """Is ``token`` the subject of a verb of saying ("the government said", "announced") that no
    one else's saying reports ("Kihara said the government would respond": Kihara's words)?"""
    verb = token.head
    if token.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.lemma_ not in speech_verbs():
        return False
    return not any(up.lemma_ in speech_verbs() for up in verb.ancestors)


def placed_state(chunk, kb):
    """The state of the capital a body is placed in: "the presidential office in Seoul", or the
    capital its sentence opens with ("In Taipei, the defence ministry said"); else None."""
    return trailing_place(chunk, kb) or opening_place(chunk, kb)


def trailing_place(chunk, kb):
    """"the presidential office in Seoul", "the government in Beijing": the state of the
    capital or country named right after the body by "in", or after the title of one of its
    people ("A Foreign Ministry official in Seoul said" in a Tokyo story: Seoul's)."""
    doc, i = chunk.doc, chunk.end
    while i < len(doc) and i < chunk.end + 2 and doc[i].lower_ in PLACED_TITLES:
        i += 1
    j = i + 1
    while j < len(doc) and doc[j].ent_type_ == "GPE":
        j += 1
    if i >= len(doc) or doc[i].lower_ != "in" or j == i + 1:
        return None
    states = {e.id for e, _via in kb.lookup(doc[i + 1 : j].text) if e.kind == "state"}
    return kb.state(states.pop()) if len(states) == 1 else None


def opening_place(chunk, kb):
    """'In Taipei, the defence ministry said': the state of the capital or country a sentence
    opens with, for a body the sentence names after it without a state (wire copy that goes
    round the capitals); None when the sentence opens otherwise."""
    sent = chunk.sent
    comma = next((t for t in sent[:6] if t.text == ","), None)
    if sent[0].lower_ != "in" or comma is None or comma.i >= chunk.start or comma.i < sent.start + 2:
        return None
    states = {e.id for e, _via in kb.lookup(chunk.doc[sent.start + 1 : comma.i].text) if e.kind == "state"}
    return kb.state(states.pop()) if len(states) == 1 else None


def person_named_just_before(names: list[Cand], kb, chunk):
    """The state of the person named last in the chunk's sentence or the one before, before the
    chunk (the knowledge base's person, with a country), or None."""
    sent = chunk.sent
    lo = chunk.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for cand in sorted(names, key=lambda c: -c.span.start):
        if cand.span.start >= chunk.start or cand.span.start < lo:
            continue
        people = {e.country for e, _via in kb.lookup(cand.name or cand.text) if e.kind == "person" and e.country}
        if len(people) == 1:
            return kb.state(people.pop())
    return None


def named_most(names: list[Cand], kb, before: int):
    """The state the candidates before token ``before`` name most often, by its names or those
    of its people ("Kim Jong Un" for North Korea; not its news agencies in a dateline), the latest on a tie; or None."""
    counts: Counter = Counter()
    last: dict[str, int] = {}
    for cand in names:
        if cand.span.start >= before:
            continue
        states = {e.country or e.id for e, _via in kb.lookup(cand.name or cand.text) if e.kind == "state" or (e.kind == "person" and e.country)}
        if len(states) == 1:
            code = states.pop()
            counts[code] += 1
            last[code] = cand.span.start
    if not counts:
        return None
    return kb.state(max(counts, key=lambda c: (counts[c], last[c])))
