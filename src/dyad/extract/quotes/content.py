"""What a cue verb attributes: its clausal complement, or the object it cites, demands or
criticises, as a list of spaCy tokens (the quotes stage turns them into a span)."""

from __future__ import annotations

from dyad.annotate.lexicon import reporting_verbs, speech_verbs
from dyad.extract.quotes.words import (
    as_verbs,
    at_verbs,
    attempt_verbs,
    attitude_verbs,
    cited_sources,
    clause_verbs,
    judging_verbs,
    norm_verbs,
    object_verbs,
    psych_verbs,
    stance_adjectives,
    telling_verbs,
    vehicle_nouns,
    verb_lemma,
)

CLAUSE_DEPS = ("ccomp", "xcomp")
OBJECT_DEPS = ("dobj", "oprd", "attr", "ccomp", "xcomp")
OBJECT_PREPS = {"as", "for", "about", "of", "on", "against", "to", "over"}
NOUN_PREPS = {"for", "about", "of", "on", "against", "over", "toward", "towards"}
ADDRESSEE_VERBS = {"tell", "inform", "assure", "remind", "notify", "brief", "thank"}
COPULAS = {"be", "seem", "appear", "remain", "become", "sound", "look", "feel", "grow", "stay"}
_WHEN = {"DATE", "TIME"}
_WHEN_WHERE = ("prep", "advmod", "npadvmod")  # 'after the meeting', 'ahead of the summit'
REASON_MARKS = {"because", "since", "if", "unless", "although", "though", "so"}
TRAILING_DEPS = ("prep", "npadvmod", "acl", "advcl", "oprd", "dobj", "dative", "advmod")
_PLACES = {"ORG", "WORK_OF_ART", "FAC", "GPE", "LOC", "EVENT", "NORP"}
PERSONAL = {"it", "them", "him", "her", "itself", "themselves", "himself", "herself"}
_UNNAMED = {"name", "identify"}  # 'asked not to be named': a request for anonymity
_SPEAKING = {"speak", "talk", "comment", "discuss"}


def is_cue(tok) -> bool:
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    lemma = verb_lemma(tok)
    if lemma in as_verbs():  # "see the program as a gift", the "as" on the verb or its object
        near = [c for c in tok.children] + [g for c in tok.children if c.dep_ == "dobj" for g in c.children]
        return any(c.dep_ == "prep" and c.lower_ in ("as", "like") for c in near)
    return _reporting(lemma) or _clausal(lemma) or _takes_object(lemma)


_NAMED = {"PERSON", "ORG", "GPE", "NORP"}


def cites_a_source(tok) -> bool:
    """'..., Yonhap reported, citing the military', 'ONA reports citing the Russian media': a
    "citing" participle hung on a verb of saying whose object is a name or a word for where the
    source had its words names the source's source. It reports nothing itself, nor is it what
    the verb reports ("the firm withdrew, citing costs" keeps its reason)."""
    if tok.lower_ != "citing" or tok.dep_ not in ("xcomp", "advcl") or not _reporting(verb_lemma(tok.head)):
        return False
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    return obj is not None and (obj.lemma_.lower() in cited_sources() or obj.lower_ in cited_sources()
                                or (obj.pos_ == "PROPN" and obj.ent_type_ in _NAMED))


def _reporting(lemma: str) -> bool:
    """A verb whose clause is reported speech ("said that X", "reminded them that X")."""
    return lemma in reporting_verbs() or lemma in telling_verbs()


def _evaluative(lemma: str) -> bool:
    return lemma in object_verbs() or lemma in attitude_verbs()


def _clausal(lemma: str) -> bool:
    return lemma in clause_verbs() or lemma in attitude_verbs() or lemma in judging_verbs()


def _takes_object(lemma: str) -> bool:
    return (
        lemma in object_verbs()
        or lemma in attitude_verbs()
        or lemma in clause_verbs()
        or lemma in at_verbs()
        or lemma in as_verbs()
        or lemma in speech_verbs()
        or lemma in reporting_verbs()
    )


def clause_of(verb) -> list | None:
    """The clause a reporting verb introduces: 'said (that) X', 'wants to X', 'told them that
    X', and every clause after the first it goes on with ('said X and, above all, would Y')."""
    lemma = verb_lemma(verb)
    if not _reporting(lemma) and not _clausal(lemma):
        return None
    clauses = []
    for child in _after_first(verb):
        if not _complement(child, lemma) or cites_a_source(child) or when_said(verb, child):
            continue
        if clauses and child.dep_ == "ccomp" and child.i > clauses[0].i > verb.i:
            if stolen_subject(child) is None:  # not '..., and Democrats accused X': theirs
                clauses.append(child)  # 'said A and, even more important, would B'
        elif not clauses and not (_coordinated(verb, child) or _apart(verb, child) or _past_object(verb, child)):
            clauses.append(child)
    if not clauses:
        clauses = _misparsed(verb)
    if not clauses:
        return _conjoined_before(verb)
    if clauses[0].i < verb.i:
        tokens = _before(verb)
    else:
        clauses += _reasons(verb, max(c.right_edge.i for c in clauses))
        start = min(c.left_edge.i for c in _asked(verb, clauses[0]) + clauses[:1])
        # 'a missile, which the North said could reach X': the relative pronoun moved out of
        # the clause is no part of what was said, nor are the source and cue it leaps over
        start = max(start, verb.i + 1)
        tokens = list(verb.doc[start : max(c.right_edge.i for c in clauses) + 1])
    return [t for t in tokens if not (t.dep_ == "mark" and t.lower_ in ("that", "whether"))]


_WHEN_MARKS = {"after", "as", "before", "while", "when", "since", "until", "once"}


def when_said(verb, clause) -> bool:
    """'A, the ministry said Wednesday, after the North issued a statement': a clause the parse
    made the cue's complement, set off after it (and a day) by a comma and opened by a word of
    time ("after", "as", "while"), tells when it was said, not what, when a clause before the cue
    is what was said."""
    if clause.i < verb.i or clause.dep_ not in ("ccomp", "advcl"):
        return False
    if not any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
        return False
    doc, i = verb.doc, verb.i + 1
    while i < clause.i and doc[i].ent_type_ in ("DATE", "TIME"):  # "said Wednesday,"
        i += 1
    if i + 1 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in _WHEN_MARKS:
        return False
    return clause.left_edge.i <= i + 1 <= clause.right_edge.i


def _conjoined_before(verb) -> list | None:
    """'Tokyo must return to the table for talks, a spokesperson for X said Monday, as Y': the
    parse made the cue a conjunct of the clause before it. That clause opens the sentence and a
    comma, with no "and" or "but", sets the cue's own subject off from it: it is what was said."""
    if verb.dep_ != "conj" or verb.head.i > verb.i or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    if not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return None
    head, doc = verb.head, verb.doc
    start = min(c.left_edge.i for c in verb.children if c.i < verb.i)  # the subject's words
    commas = [t.i for t in doc[head.i + 1 : start] if t.text == ","]
    if not commas or head.left_edge.i != verb.sent.start:
        return None
    comma = commas[-1]
    if any(t.pos_ in ("VERB", "AUX", "CCONJ") or t.text in (";", ":") for t in doc[comma + 1 : verb.i]):
        return None  # the words between the comma and the cue name the source, nothing more
    if any(c.dep_ == "cc" and head.i < c.i < verb.i for c in head.children):
        return None
    return [t for t in doc[head.left_edge.i : comma] if not (t.dep_ == "mark" and t.lower_ == "that")]


def _after_first(verb) -> list:
    """The verb's children, those after it first: 'Should the company fail, environmentalists
    worry that X' says X; the clause before the verb is said only when none follows it ('A, but
    B, the source added')."""
    children = list(verb.children)
    return [c for c in children if c.i > verb.i] + [c for c in children if c.i < verb.i]


def _past_object(verb, clause) -> bool:
    """'Republicans want policies that cut taxes (they want lower rates)': a clause after the
    object of a verb that is no verb of saying is not its content; the object is."""
    if clause.dep_ != "ccomp" or clause.i < verb.i or _reporting(verb_lemma(verb)):
        return False
    return any(c.dep_ == "dobj" and verb.i < c.i < clause.i for c in verb.children)


def _asked(verb, clause) -> list:
    """'urged [them to reconsider]': the object of a verb of asking belongs to its "to" clause."""
    if clause.dep_ != "xcomp":
        return []
    return [c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < clause.i]


def _reasons(verb, last: int) -> list:
    """'said X, because Y': a reason or condition the parse hung on the verb goes on with what
    was said."""
    return [
        c
        for c in verb.children
        if c.i > last
        and c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in REASON_MARKS for m in c.children)
    ]


def _complement(child, lemma: str) -> bool:
    if child.dep_ == "xcomp":
        return child.pos_ in ("VERB", "AUX") and lemma not in ("say", "tell", "be")
    return child.dep_ == "ccomp"


def _misparsed(verb) -> list:
    """Clauses the parse hung elsewhere: 'told a meeting that X', 'warned in a statement that X'
    (X made a relative clause of the object, its "that" a mark), 'said after the talks he would X' (an unmarked adverbial),
    'continues to insist, in every interview, that X' (the clause hung on "continues")."""
    if verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
        hung = [c for c in verb.head.children if c.dep_ == "ccomp" and c.i > verb.i]
        if hung and _opens_with_that(hung[0]):
            return hung[:1]
    for child in verb.children:
        if child.i < verb.i:
            continue
        if child.dep_ == "dobj" and verb_lemma(verb) in ADDRESSEE_VERBS | {"warn", "convince", "persuade"}:
            for clause in child.children:
                if clause.dep_ in ("relcl", "acl") and _opens_with_that(clause):
                    return [clause]
        if child.dep_ == "prep" and (child.lower_ == "to" or _in_vehicle(child)):
            # 'yelled to the officers that X', 'warned in a statement carried by KCNA that X'
            for hearer in (c for c in child.children if c.dep_ == "pobj"):
                clause = _that_clause_on(hearer)
                if clause is not None:
                    return [clause]
        if child.dep_ in _WHEN_WHERE and verb_lemma(verb) in reporting_verbs():
            clause = _that_clause_in(child)  # 'told reporters after the meeting that X'
            if clause is not None:
                return [clause]
        if (
            child.dep_ == "advcl"
            and _has_subject(child)
            and not any(c.dep_ == "mark" for c in child.children)
        ):
            return [] if _coordinated(verb, child) else [child]
    return []


def _that_clause_on(noun):
    """A "that" clause the parse hung on ``noun`` as a relative clause, or on the participle
    describing it ('in a statement posted online that X')."""
    for clause in noun.children:
        if clause.dep_ in ("relcl", "acl") and _opens_with_that(clause):
            return clause
        if clause.dep_ == "acl" and clause.tag_ == "VBN":
            inner = next((c for c in clause.children if c.dep_ == "ccomp" and _opens_with_that(c)), None)
            if inner is not None:
                return inner
    return None


def _that_clause_in(phrase):
    """'told reporters at a news conference in Hanoi that X', 'said ahead of the summit that X':
    a "that" clause (its "that" a mark, so no relative pronoun) the parse hung on a noun of a
    phrase saying when or where the verb of saying spoke."""
    for noun in phrase.subtree:
        if noun.dep_ == "pobj":
            clause = _that_clause_on(noun)
            if clause is not None:
                return clause
    return None


def _in_vehicle(prep) -> bool:
    """'in a statement', 'in an interview': the means of saying it."""
    return prep.lower_ == "in" and any(c.dep_ == "pobj" and c.lemma_.lower() in vehicle_nouns() for c in prep.children)


def _opens_with_that(clause) -> bool:
    first = clause.left_edge
    return first.lower_ == "that" and first.dep_ == "mark" and first.head.i == clause.i


def object_of(verb) -> list | None:
    """What an object verb attributes: 'cited [the figures]', 'called for [a repeal]',
    'criticized [the act as a "crazy system"]'."""
    lemma = verb_lemma(verb)
    if not _takes_object(lemma):
        return None
    parts = []
    for child in verb.children:
        if child.i < verb.i or _when(child) or _addressed(child, lemma) or _condition(child):
            continue
        if child.dep_ in OBJECT_DEPS or (child.dep_ == "prep" and child.lower_ in _preps(lemma)):
            parts.append(child)
    if not parts:
        return None
    tokens = [t for p in parts for t in p.subtree]
    if tokens and tokens[0].dep_ == "prep" and tokens[0].head.i == verb.i and len(parts) == 1:
        tokens = tokens[1:]  # "called for [a repeal]": the preposition belongs to the cue
    if tokens:
        tokens += [t for c in _trailing(verb, max(t.i for t in tokens), lemma) for t in c.subtree]
    return sorted(tokens, key=lambda t: t.i)


def _trailing(verb, last: int, lemma: str) -> list:
    """Phrases the parse hung on the verb that go on with its object to the end of the clause:
    'cited [his endorsements from 88 generals]', 'found [31 cases out of a billion votes]'.
    A phrase with a subject, a mark or a cue of its own ends it."""
    out = []
    for child in verb.children:
        if child.i <= last or child.is_punct or child.dep_ == "cc":
            continue
        if child.dep_ not in TRAILING_DEPS or _addressed(child, lemma) or _when(child):
            break  # 'backed the plan on Monday': when, not what
        if child.lower_ == "according":
            break  # '..., according to X': a source of its own
        if is_cue(child) or _has_subject(child) or any(c.dep_ == "mark" for c in child.children):
            break
        if child.dep_ == "advcl" and child.tag_ == "VBG":
            break  # 'complained about X, even suggesting Y': a second act
        out.append(child)
    return out


def _before(verb) -> list:
    """'A, but B, the source added': every clause the attribution closes, and what joins them."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i and not _apart(verb, c)]
    lo, hi = min(c.left_edge.i for c in clauses), max(c.right_edge.i for c in clauses)
    return list(verb.doc[lo : hi + 1])


def _apart(verb, clause) -> bool:
    """'The news set off fireworks: Republicans said ...': a clause before the verb, cut off
    from it by a colon or semicolon, is not what was said."""
    if clause.i > verb.i:
        return False
    return any(t.text in (":", ";") for t in verb.doc[clause.right_edge.i + 1 : verb.i])


def _coordinated(verb, clause) -> bool:
    """'she said, but Kevin was drifting off': a clause after ', but' is not what was said."""
    first = clause.left_edge
    between = verb.doc[verb.i + 1 : first.i + 1] if first.i > verb.i else []
    return any(t.dep_ == "cc" or t.lower_ in ("but", "and", "while") for t in between)


def noun_clause(noun) -> list | None:
    """'Trump's claim that there have been thousands of shootings': the clause a speech noun
    introduces, and the noun's possessor is the source."""
    for child in noun.children:
        if child.dep_ in ("acl", "ccomp", "appos") and child.i > noun.i:
            marks = [t for t in child.subtree if t.dep_ == "mark" and t.lower_ == "that"]
            if marks and marks[0].i == child.left_edge.i:
                return [t for t in child.subtree if t.i != marks[0].i]
        if child.dep_ == "relcl" and child.i > noun.i and _complement_clause(child):
            return [t for t in child.subtree if t.i != child.left_edge.i]
    return None


def _complement_clause(clause) -> bool:
    """'a report that Trump had a net loss', parsed as a relative clause: "that" opens it, yet
    the clause has a subject and an object of its own, so "that" is no relative pronoun."""
    if clause.left_edge.lower_ != "that":
        return False
    roles = {c.dep_ for c in clause.children if c.lower_ != "that"}
    return "nsubj" in roles and bool(roles & {"dobj", "attr", "acomp", "ccomp", "xcomp", "oprd"})


def _preps(lemma: str) -> set[str]:
    """'responded with attacks', 'charged X with fraud': "with" and "by" only after stance
    verbs ('said by phone' is how, not what); "at" only after a verb of reaction ('bristled at
    X'; 'sang at church' is where)."""
    preps = OBJECT_PREPS | {"with", "by"} if _evaluative(lemma) else OBJECT_PREPS
    return preps | {"at"} if lemma in at_verbs() else preps


def _addressed(child, lemma: str) -> bool:
    """'told reporters', 'spoke to a gathering', 'said on Fox News Sunday': who heard it, or
    where, not what was said."""
    if child.dep_ == "dobj":
        return lemma in ADDRESSEE_VERBS
    if child.dep_ != "prep" or _evaluative(lemma):
        return False
    objects = [c for c in child.children if c.dep_ == "pobj"]
    return child.lower_ == "to" or any(o.ent_type_ in _PLACES for o in objects)


def _condition(child) -> bool:
    """'spoke on condition of anonymity': on what terms, not about what."""
    return child.dep_ == "prep" and child.lower_ == "on" and any(
        c.dep_ == "pobj" and c.lemma_ == "condition" for c in child.children
    )


def _when(child) -> bool:
    """'said on Tuesday', 'spoke for an hour': a time, not what was said."""
    key = next((c for c in child.children if c.dep_ == "pobj"), child) if child.dep_ == "prep" else child
    return key.ent_type_ in _WHEN


def says_nothing(verb, tokens: list) -> bool:
    """Content that names nothing said, wanted or judged: a personal pronoun a ruling or norm
    acts on ('would veto any bill that blocks it'), an attempt's "to" clause of one verb and
    pronouns ('legislation that sought to block it'), a request for anonymity ('an official who
    asked not to be named', 'was not authorized to speak publicly'), "nothing" or "little" as
    the object ('said nothing about the summit')."""
    lemma = verb_lemma(verb)
    words = [t for t in tokens if not (t.is_punct or t.is_space)]
    if not words:
        return True
    if words[0].lower_ in ("nothing", "little") and words[0].head.i == verb.i and lemma in speech_verbs():
        return True  # 'said nothing about the summit', 'said little about X': no words given
    verbs = [t for t in words if t.pos_ == "VERB"]
    infinitive = len(verbs) == 1 and any(t.tag_ == "TO" for t in words)
    if lemma in norm_verbs():  # 'was not authorized to speak to the media': leave to speak
        return all(t.lower_ in PERSONAL for t in words) or (infinitive and verbs[0].lemma_ in _SPEAKING)
    if not infinitive:
        return False
    rest = [t for t in words if t.i != verbs[0].i and t.tag_ != "TO" and t.pos_ not in ("AUX", "PART")]
    if lemma in attempt_verbs():
        return all(t.lower_ in PERSONAL or t.lower_ == "so" for t in rest)
    return lemma in ("ask", "request") and not rest and verbs[0].lemma_ in _UNNAMED and verbs[0].tag_ == "VBN"


LIGHT_VERBS = frozenset({"make", "take", "give", "issue"})


def light_verb_of(noun):
    """'Yang took note that X', 'the envoy made the point that X': the light verb whose object the
    speech noun is (its subject said X), else None."""
    head = noun.head
    if noun.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_ in LIGHT_VERBS and head.i < noun.i:
        return head
    return None


def made_clear(verb) -> list | None:
    """'The minister made (it) clear that the plant would close': the clause "clear" takes (parsed
    as its complement, adverbial clause or clausal subject)."""
    if verb.lemma_ != "make" or verb.pos_ != "VERB":
        return None
    clear = next((c for c in verb.children if c.lower_ == "clear" and c.i > verb.i), None)
    if clear is None:
        return None
    clause = next((c for c in clear.children if c.dep_ in ("ccomp", "advcl", "csubj") and c.i > clear.i), None)
    if clause is None:
        return None
    return [t for t in clause.subtree if not (t.dep_ == "mark" and t.head.i == clause.i)]


def felt_by(verb) -> tuple[list, object] | None:
    """'That worries environmentalists', 'the ruling angered residents', 'residents were
    unsettled by the protests': a verb of feeling attributes its cause (content) to the one who
    feels it (source)."""
    if verb.pos_ != "VERB" or verb_lemma(verb) not in psych_verbs():
        return None
    kids = list(verb.children)
    felt = next((c for c in kids if c.dep_ == "dobj" and c.i > verb.i), None)
    cause = next((c for c in kids if c.dep_ == "nsubj" and c.i < verb.i), None)
    if felt is not None and cause is not None:
        if cause.lower_ == "it":  # 'It worries me that X': the clause is the cause
            clause = next((c for c in kids if c.dep_ == "ccomp" and c.i > felt.i), None)
            return ([t for t in clause.subtree if t.dep_ != "mark"], felt) if clause is not None else None
        return list(cause.subtree), felt
    holder = next((c for c in kids if c.dep_ == "nsubjpass"), None)
    if holder is None:
        return None
    for child in kids:  # 'were unsettled by X', 'were frustrated that X', 'were angered over X'
        if child.i < verb.i:
            continue
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ in _FELT_PREPS):
            return [t for t in child.subtree if t.i != child.i], holder
        if child.dep_ == "ccomp":
            return [t for t in child.subtree if not (t.dep_ == "mark" and t.head.i == child.i)], holder
    return None


_FELT_PREPS = {"about", "at", "with", "over", "by"}


def misread_verb(noun) -> tuple[list, object] | None:
    """'Trump charges that X', 'The campaign plans to Y', 'Federal court rules against Z': a
    cue verb in -s the tagger read as a plural noun heading its sentence, the noun before it its
    subject. Its clause, phrase or object is the content, that noun the source."""
    if noun.tag_ != "NNS" or noun.dep_ != "ROOT" or not noun.lower_.endswith("s"):
        return None
    forms = (noun.lemma_.lower(), noun.lower_[:-1], noun.lower_[:-2])
    if not any(f in reporting_verbs() or _clausal(f) or _takes_object(f) for f in forms):
        return None
    source = next((c for c in noun.children if c.dep_ in ("compound", "nsubj") and c.i < noun.i), None)
    said = next((c for c in noun.children if c.i > noun.i and c.dep_ in _MISREAD_DEPS), None)
    if source is None or said is None or source.pos_ not in ("NOUN", "PROPN"):
        return None
    tokens = list(said.subtree)
    if said.dep_ == "prep" or tokens[0].dep_ == "mark" or tokens[0].tag_ == "TO":
        tokens = tokens[1:]
    return tokens, source


def closing_misread(noun) -> tuple[list, object] | None:
    """'X happened, local media report.', 'X, state media report.': a cue verb in its bare form
    that closes the sentence after a comma, the tagger reading it as a noun ("media report") and
    the plural before it as its compound. The sentence before the comma is the content, that
    plural the source."""
    sent = noun.sent
    last = sent.end - 1 if sent[-1].is_punct else sent.end
    if noun.tag_ != "NN" or noun.i != last - 1 or noun.lower_ not in reporting_verbs() or noun.i < 2:
        return None
    source = noun.doc[noun.i - 1]
    if source.tag_ != "NNS" or source.head.i != noun.i:
        return None
    comma = next((t for t in reversed(noun.doc[sent.start : noun.i]) if t.text == ","), None)
    if comma is None or any(t.dep_ not in ("det", "amod", "compound", "nummod") for t in noun.doc[comma.i + 1 : noun.i]):
        return None
    tokens = list(noun.doc[sent.start : comma.i])
    return (tokens, source) if len(tokens) > 2 else None


_MISREAD_DEPS = ("ccomp", "acl", "xcomp", "relcl", "prep", "advcl", "dobj")


def passive_of(verb) -> tuple[list, object] | None:
    """'Trump is supported by far fewer publications': the passive subject (with what it was
    called) is the content, the agent the source."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    source = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if subject is None and source is not None and verb.dep_ == "acl" and verb.tag_ == "VBN":
        inner = {t.i for t in verb.subtree}  # 'the levels desired by NATO': the noun it describes
        return [t for t in verb.head.subtree if t.i not in inner], source
    if subject is None or source is None:
        return None
    parts = [subject] + [c for c in verb.children if c.dep_ in ("oprd", "attr", "xcomp") and c.i > verb.i]
    return sorted((t for p in parts for t in p.subtree), key=lambda t: t.i), source


def stance_of(adj) -> list | None:
    """'X was sure (that) ...', 'X is critical of Y', 'X is willing to ...': what a stance
    adjective after a copula takes. The copula's subject is the source."""
    if adj.lemma_.lower() not in stance_adjectives() or adj.dep_ not in ("acomp", "advcl", "amod"):
        return None
    if adj.dep_ == "amod" and adj.i < adj.head.i:
        return None  # 'a worried look': no complement to attribute
    if adj.dep_ != "acomp":  # 'Leaders, worried about X, met ...': of the leaders
        clauses = []
    elif adj.head.lemma_.lower() not in COPULAS:
        return None
    else:
        clauses = [c for c in adj.head.children if c.dep_ == "ccomp" and c.i > adj.i]  # "was sure X"
    for child in list(adj.children) + clauses:
        if child.dep_ in CLAUSE_DEPS or (child.dep_ == "prep" and child.lower_ in NOUN_PREPS | {"with"}):
            tokens = list(child.subtree)
            if child.dep_ == "prep":
                tokens = tokens[1:]
            return [
                t for t in tokens if not (t.dep_ == "mark" and t.lower_ == "that" and t.head.i == child.i)
            ]
    return None


def noun_object(noun) -> list | None:
    """'his adulation of X', 'the court's decision to X': a stance noun's object or clause; a
    time is when, not what ('reached an agreement on Tuesday to curb X': the "to" clause)."""
    for child in noun.children:
        if child.i < noun.i or _when(child):
            continue
        if child.dep_ == "prep" and child.lower_ in NOUN_PREPS:
            return list(child.subtree)[1:]
        if child.dep_ in ("acl", "relcl") and child.left_edge.lower_ == "to" and child.left_edge.i > noun.i:
            return [t for t in child.subtree if t.i != child.left_edge.i]
    return None


def noun_predicate(noun) -> list | None:
    """'Mr. Obama's bet is that X', 'her goal is to Y': what a stance or speech noun that is the
    subject of "be" is said to be, when that is a clause."""
    if noun.dep_ != "nsubj" or noun.head.lemma_ != "be":
        return None
    for child in noun.head.children:
        if child.i > noun.i and child.dep_ in ("ccomp", "xcomp"):
            return [t for t in child.subtree if not (t.dep_ in ("mark", "aux") and t.lower_ in ("that", "to") and t.head.i == child.i)]
    return None


def continuation(verb, tokens: list) -> list:
    """Words the parse hung on the cue verb that go on with its content: conjuncts with no
    subject or cue of their own after an object or "to" clause ('wants to triple X, grow Y and
    create Z'), and the rest of a sentence the attribution opens ('pointed out that X, so Y')."""
    last = max(t.i for t in tokens)
    extra = []
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if not any(c.dep_ == "ccomp" for c in verb.children):
        for c in verb.children:
            if c.i > last and (_goes_on(c) or _bare_conjunct(verb, c)):
                extra += list(c.subtree)
    elif clause is not None:
        for c in verb.children:
            if c.i > last and c.dep_ == "conj" and (_same_speaker(c, clause) or _goes_on(c)):
                extra += list(c.subtree)
    head = verb.head
    if verb.dep_ == "ccomp" and head.i > last and verb.left_edge.i == verb.sent.start and not is_cue(head):
        extra += [t for t in verb.sent if t.i > last and t.i not in {x.i for x in extra}]
    return extra


def _bare_conjunct(verb, conj) -> bool:
    """'declined to threaten Moscow or even declare it responsible': a bare verb conjoined to a
    verb with a tense goes on with its "to" clause, even when it is a cue itself."""
    return (
        conj.dep_ == "conj"
        and (conj.tag_ == "VB" or (conj.tag_ == "VBP" and verb.tag_ in ("VBD", "VBZ")))
        and verb.tag_ in ("VBD", "VBZ", "VBP")
        and not _has_subject(conj)
        and any(c.dep_ == "xcomp" for c in verb.children)
    )


def _same_speaker(conj, clause) -> bool:
    """'Clinton says she hopes X, but she knows Y': a conjunct of the cue whose subject is the
    pronoun that opens what was said goes on saying it."""
    mine = next((c for c in conj.children if c.dep_ == "nsubj"), None)
    said = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if mine is None or said is None or mine.pos_ != "PRON" or said.pos_ != "PRON":
        return False
    return mine.lower_ == said.lower_ and mine.lower_ not in ("it", "you")


def _goes_on(verb) -> bool:
    """A conjunct (or a bare verb the parse made a clause of its own) with no subject, mark or
    cue of its own."""
    bare = verb.dep_ == "advcl" and verb.tag_ == "VB" and not any(c.dep_ == "mark" for c in verb.children)
    return (verb.dep_ == "conj" or bare) and not is_cue(verb) and not _has_subject(verb)


def stolen_subject(verb):
    """'... mishandled the investigation and Democrats accused the GOP': the subject of a finite
    verb that the parse joined to the object before it ("investigation and Democrats")."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i < 2:
        return None
    tok = verb.doc[verb.i - 1]
    if tok.dep_ != "conj" or tok.pos_ not in ("PROPN", "NOUN") or tok.head.i >= tok.i:
        return None
    return tok if verb.doc[tok.i - 1].lower_ in ("and", "but") else None


def _has_subject(verb) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
