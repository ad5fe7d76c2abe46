"""What the text says a person is: titles before the name ("Russian President Vladimir Putin"),
appositions ("Kim Chun-sig, president of ...", "President of ..., Kim Chun-sig,"), and
relative clauses ("who held the role of vice unification minister")."""

from __future__ import annotations

from dataclasses import dataclass, field

from dyad.annotate.lexicon import body_titles, expert_titles, honorifics, role_words

_TITLE_POS = {"PROPN", "NOUN", "ADJ", "PART", "PUNCT", "ADV"}
_STOP_WORDS = {",", "(", ")", "and", "or", ";", ":", '"', "“", "”"}
_PAST_MARKERS = {"former", "late", "then", "ex", "erstwhile", "onetime", "one-time"}
_ROLE_VERBS = {"hold", "serve", "be", "work", "become", "act"}


@dataclass(slots=True)
class RoleText:
    """A role as written: the whole phrase, its title word, and what it is a role of."""

    phrase: str
    title: str  # head title word, lower case: president, leader, minister
    of_tokens: list = field(default_factory=list)  # tokens naming the state or organisation
    past: bool = False
    where_tokens: list = field(default_factory=list)  # "at a university in Seoul"


def roles_of(span, kb) -> list[RoleText]:
    found = [title_before(span, kb), _apposition(span, kb) or _leading_title(span, kb), _relative_clause(span, kb)]
    return [r for r in found if r is not None]


def title_before(span, kb) -> RoleText | None:
    doc = span.doc
    first = span.sent.start  # the tokens before the span in its sentence
    i = _host_place_start(doc, span.start - 1, first)
    tokens = []
    while i >= first:
        tok = doc[i]
        if tok.lower_ == "of" and _title_of(tok, kb):
            tokens.insert(0, tok)  # "Minister of Defence Sergey Shoyu", "Secretary of State Mike Pompeo"
            i -= 1
            continue
        if tok.text in _STOP_WORDS or tok.pos_ not in _TITLE_POS and tok.tag_ != "POS":
            break
        if tok.pos_ == "PUNCT" and tok.text not in ("-", "–"):
            break
        tokens.insert(0, tok)
        i -= 1
    role = _role_from_tokens(tokens, kb)
    if role is not None and not any(t.ent_type_ in ("GPE", "NORP") for t in role.of_tokens):
        role.of_tokens += _state_after_name(span)
    return role


def _state_after_name(span) -> list:
    """"President Ukhna Batbold of Mongolia": the place named in an "of ..." right after the name
    of a titled person, whose title before the name names no state; its proper nouns that the
    parse reads as a place (GPE), after an optional "the"."""
    doc = span.doc
    i = span.end
    if i + 1 >= len(doc) or doc[i].lower_ != "of":
        return []
    i += 1
    if doc[i].lower_ == "the" and i + 1 < len(doc):
        i += 1
    place = []
    while i < len(doc) and doc[i].pos_ == "PROPN" and doc[i].ent_type_ == "GPE":
        place.append(doc[i])
        i += 1
    return place


def _host_place_start(doc, i: int, first: int, most: int = 4) -> int:
    """Where the title before a name ends when an envoy's title names the state it is sent to
    ("Chilean Ambassador to Peru Ana Soto", "Danish Ambassador to the United Kingdom Jens
    Holm"): the envoy word, so the title tells whose envoy it is and the host place drops out;
    ``i`` itself otherwise. The envoy words are role_words.csv's envoy and its other words."""
    j = i
    while j > first and i - j < most and (doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() or doc[j].lower_ == "the"):
        j -= 1  # the host place ("the Philippines", "Canada"); none where the name took it in
    if j > first and doc[j].lower_ == "to" and doc[j - 1].lower_ in _envoy_words():
        return j - 1
    return i


def _envoy_words() -> frozenset[str]:
    return frozenset(("envoy", *role_words().get("envoy", ())))


def _title_of(of, kb) -> bool:
    """Is this "of" inside a capitalised title written before a name ("Minister of Defence",
    "Secretary of State"): a title word right before it, a capitalised word right after?"""
    doc = of.doc
    if of.i == 0 or of.i + 1 >= len(doc):
        return False
    title, body = doc[of.i - 1], doc[of.i + 1]
    return (title.pos_ == "PROPN" and title.text[:1].isupper() and body.text[:1].isupper()
            and bool(kb.sector_for_title(title.lemma_.lower())))


def _apposition(span, kb) -> RoleText | None:
    for tok in span:  # the parse may hang a name's parts on different heads
        if tok.dep_ == "appos" and tok.head.i < span.start and tok.head.text not in honorifics():
            # "Her Excellency Ms. X, Minister of ...": the name hangs on the honorific, no title of it
            head = tok.head
            tokens = [t for t in head.subtree if head.left_edge.i <= t.i < span.start]
            tokens = [t for t in tokens if not t.is_punct or t.text == "-"]
            return _role_from_tokens(_drop_trailing_punct(tokens), kb)
    for tok in span:
        for child in tok.children:
            if child.dep_ == "appos" and child.i >= span.end:
                tokens = [t for t in child.subtree if not (t.is_punct and t.text != "-")]
                return _role_from_tokens(tokens, kb)
    return _second_subject(span, kb) or _name_inside_title(span, kb) or _detached_title(span, kb)


def _leading_title(span, kb) -> RoleText | None:
    """"MINISTER of Defense, Brigadier General X (rtd) has said ...": a title phrase that opens the
    sentence, then a comma, then the name (after rank words, if any). The parse reads it as an
    apposition, a list or an adverb by turns; the words alone say it."""
    doc, first = span.doc, span.sent.start
    i = span.start - 1
    while i > first and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper() and not doc[i].ent_type_:
        i -= 1  # "Brigadier General"
    if i <= first or doc[i].text != ",":
        return None
    tokens = list(doc[first:i])
    if tokens[0].pos_ == "DET":
        tokens = tokens[1:]
    if (not tokens or not kb.sector_for_title(tokens[0].lemma_.lower())
            or any(t.pos_ not in ("PROPN", "NOUN", "ADJ") and t.lower_ not in ("of", "the") or t.ent_type_ == "PERSON"
                   for t in tokens)):  # "Minister Song, Minister Kang said": two people, no title of one
        return None
    role = _role_from_tokens(tokens, kb)
    return role if role is not None and role.title == tokens[0].lemma_.lower() else None


def _detached_title(span, kb) -> RoleText | None:
    """"summoned Shi Yong, acting Chinese ambassador, on Tuesday": a title with no article after the
    name's comma that the parse hung on the verb (npadvmod) instead of on the name; its words up to
    the next comma."""
    doc, after = span.doc, span.end + 1
    if after >= len(doc) or doc[span.end].text != ",":
        return None
    head = span.root.head
    title = next((c for c in head.children if c.dep_ == "npadvmod" and c.pos_ == "NOUN" and c.left_edge.i == after), None)
    if title is None:
        return None
    tokens = [t for t in doc[after : title.i + 1] if not (t.is_punct and t.text != "-")]
    return _role_from_tokens(tokens, kb)


def _name_inside_title(span, kb) -> RoleText | None:
    """"Park Min-ho, director of the ... bureau, said": a name the parse hung on the title noun
    after its comma, as that noun's modifier."""
    root, doc = span.root, span.doc
    head = root.head
    if root.dep_ not in ("nmod", "compound") or head.i <= span.end or head.pos_ != "NOUN":
        return None
    if span.end >= len(doc) or doc[span.end].text != ",":
        return None
    tokens = [t for t in head.subtree if t.i > span.end and not (t.is_punct and t.text != "-")]
    return _role_from_tokens(tokens, kb)


def _second_subject(span, kb) -> RoleText | None:
    """"Kim Eui-kyeom, a spokesman for President Moon, said": an apposition the parse made a second
    subject of the name's verb (a common noun with its article, right after the name's comma)."""
    root = span.root
    after = span.end + 1
    if root.dep_ != "nsubj" or after >= len(span.doc) or span.doc[span.end].text != ",":
        return None
    noun = next((c for c in root.head.children if c.dep_ == "nsubj" and c.i > root.i and c.pos_ == "NOUN"
                 and c.left_edge.i == after and any(d.dep_ == "det" for d in c.children)), None)
    if noun is None:
        return None
    return _role_from_tokens([t for t in noun.subtree if not (t.is_punct and t.text != "-")], kb)


def _relative_clause(span, kb) -> RoleText | None:
    for child in span.root.children:
        if child.dep_ != "relcl" or child.lemma_ not in _ROLE_VERBS:
            continue
        for tok in child.subtree:
            if tok.pos_ == "NOUN" and kb.sector_for_title(tok.lemma_.lower()):
                tokens = [t for t in tok.subtree if not t.is_punct]
                tokens = [t for t in tokens if t.i <= tok.i or t.dep_ in ("prep", "pobj", "compound")]
                role = _role_from_tokens(tokens, kb)
                if role is not None:
                    role.past = role.past or child.tag_ in ("VBD", "VBN")
                    return role
    return None


def _drop_trailing_punct(tokens):
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    return tokens


def _role_from_tokens(tokens, kb) -> RoleText | None:
    titles = [t for t in tokens if t.pos_ in ("NOUN", "PROPN")
              and (kb.sector_for_title(t.lemma_.lower()) or _two_word_title(t, tokens, kb) or _body_sector(t, tokens, kb))]
    owned = [t.i for t in tokens if t.tag_ == "POS"]
    if owned and any(t.i > owned[-1] for t in titles):  # "President Moon's spokeswoman": the spokeswoman
        titles = [t for t in titles if t.i > owned[-1]]
    if not titles:
        return None
    title = titles[0]
    # words before the title word name whose role it is ("Russian", "KINU", "North Korea's");
    # an "of ..." after it does too ("President of the Korea Institute ...")
    of_tokens = [t for t in tokens if t.i < title.i and t.lower_ not in _PAST_MARKERS and t.pos_ != "DET"]
    if title.lemma_.lower() in expert_titles():  # "a North Korea researcher" studies North Korea
        of_tokens = [t for t in of_tokens if t.ent_type_ != "GPE"]
    of_phrase = _of_phrase(title, tokens)
    of_tokens += of_phrase
    where = [t for t in tokens if t.i > title.i and t not in of_phrase]
    past = any(t.lower_.strip("-") in _PAST_MARKERS for t in tokens)
    words = tokens[1:] if tokens and tokens[0].pos_ == "DET" else tokens
    phrase = " ".join(t.text for t in words).replace(" - ", "-").replace(" 's", "'s")
    word = title.lemma_.lower()
    if not kb.sector_for_title(word) and _two_word_title(title, tokens, kb):
        word = f"{title.doc[title.i - 1].text} {title.text}".lower()  # "high commissioner"
    return RoleText(phrase.strip(), word, of_tokens, past, where)


def _two_word_title(title, tokens, kb) -> str | None:
    """The sector of a title of two words whose last alone is none ("High Commissioner", "Chargé
    d'Affaires": sectors.csv), the word before it among the title's tokens."""
    before = [t for t in tokens if t.i == title.i - 1]
    if not before or kb.sector_for_title(before[0].text.lower()):
        return None  # "general election": a title word and another, no title of two words
    return kb.sector_for_title(f"{before[0].text} {title.text}".lower())


def _body_sector(title, tokens, kb) -> str | None:
    """The sector of the body a title of body_titles.txt names ("deputy director of the
    Defense Ministry's policy bureau": GOV), from the body's words; None for other words."""
    if title.lemma_.lower() not in body_titles():
        return None
    before = [t for t in tokens if t.i == title.i - 1]
    if before and (sector := kb.sector_for_title(f"{before[0].lower_} {title.lemma_.lower()}")):
        return sector  # "Egyptian intelligence chief": a title phrase of sectors.csv
    body = [t for t in tokens if t.i < title.i and t.pos_ != "DET"] + _of_phrase(title, tokens)
    if not body:
        return None
    return kb.sector_for_org(" ".join(t.text for t in body)) or _named_body_sector(body, kb)


def _named_body_sector(body, kb) -> str | None:
    """"Hamas chief", "Hezbollah chief": the sector of the organisation of the knowledge base that
    the body's words name, whole or in a proper-noun run of them ("the Kremlin's chief")."""
    names = [" ".join(t.text for t in body)]
    names += [t.text for t in body if t.pos_ == "PROPN" and t.tag_ != "POS"]
    for name in names:
        sectors = {e.sector for e, _via in kb.lookup(name) if e.kind == "organization" and e.sector}
        if len(sectors) == 1:
            return sectors.pop()
    return None


def _of_phrase(title, tokens) -> list:
    """The words of "of ..." after a title: "President of the state-funded Korea Institute"."""
    allowed = {t.i for t in tokens}
    spokes = title.lower_.startswith("spokes")  # "spokesman for the Taiwan Affairs Office": whose spokesman
    for child in title.rights:
        if child.dep_ == "prep" and (child.lower_ == "of" or spokes and child.lower_ in ("for", "with", "at")):
            return [t for t in child.subtree if t.i != child.i and t.i in allowed]
    return []
