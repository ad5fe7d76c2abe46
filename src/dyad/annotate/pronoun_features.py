"""What the pronoun ranker knows about a (pronoun, person) pair: features from the spaCy parse.

Each candidate is a person the article mentioned before the pronoun; its nearest mention (the
root token of its last mention) stands for it. The features are the classic signals of pronoun
resolution, all read from the parse and the reading so far:

* distance: sentences between them (0, 1, 2, 3+), words (log), and the candidate's recency rank
  among the candidates (nearest, second, further);
* syntactic role of the candidate's mention (subject, main-clause subject, object, prepositional
  object, possessor, other) and the pronoun's; *parallelism* when both have the same role;
* salience: how often the candidate was mentioned (log), whether it was the first person named
  (the topic), whether the article's title names it (a headline's person), whether it was the
  main subject of the previous sentence or a subject earlier in the pronoun's sentence, whether it
  is the running speaker when the pronoun is a speech subject;
* agreement: the candidate's gender (from a given name, an honorific or the knowledge base;
  people of the other gender are not candidates) or the gender of the pronouns already resolved
  to it matches, clashes or is unknown;
* certainty: whether the candidate is a name spaCy tagged as an organisation or a place, or did
  not tag, that has a person's shape (actors.py keeps them aside until a pronoun claims them);
* binding: a reflexive refers to the subject of its verb ("Kim praised himself"); a plain object
  pronoun never does ("Kim praised him", "Kim met Cho and told him": ``bound`` removes such
  candidates before ranking);
* quotes: whether the pronoun and the candidate's mention stand inside quotation marks;
* structure: the candidate is the subject or object of a verb that governs the pronoun's clause,
  opens its sentence, stands in parentheses, or is named by one word only.

One-hot conjunctions of the pronoun's role, the candidate's role and their sentence distance (45
features) were dropped: they fitted GAP's tune part (+0.007) but not its check part (-0.002),
widened the gap between the two and pulled the F/M bias down.
"""

from __future__ import annotations

import math

from spacy.attrs import ORTH, SENT_START
from spacy.strings import hash_string

from dyad.annotate.columns import column
from dyad.annotate.coref import clause_role, is_speech_subject, shared_subject
from dyad.annotate.lexicon import given_names

ROLES = ("subj", "obj", "pobj", "poss", "other")
NAMES = (
    "sent0", "sent1", "sent2", "sent3+", "log_words", "rank0", "rank1", "rank2+",
    *(f"cand_{r}" for r in ROLES), "cand_main_subj", "parallel",
    "log_mentions", "topic", "prev_focus", "subj_before_in_sent", "running_speaker",
    "gender_match", "pron_gender_clash", "reflexive_subject",
    "pron_quoted", "cand_quoted", "same_quote_state",
    "pron_subj_x_sent0_subj", "pron_poss_x_sent0",
    "unsure_org", "unsure_place", "unsure_name",
    "cand_in_pron_sent", "cand_sent_first_person",
    "subj_of_governing_verb", "obj_of_governing_verb", "cand_sentence_initial", "cand_in_parens",
    "cand_surname_only", "given_match", "given_clash", "given_only", "in_title",
)


def role(token) -> str:
    return _role_of(clause_role(token).dep_)


def _role_of(dep: str) -> str:
    if dep in ("nsubj", "nsubjpass"):
        return "subj"
    if dep in ("dobj", "dative", "iobj", "attr"):
        return "obj"
    if dep == "pobj":
        return "pobj"
    if dep == "poss":
        return "poss"
    return "other"


_QUOTE_IDS = frozenset(hash_string(q) for q in ('"', "“", "”"))  # their ORTH string ids (Page)


class Page:
    """Per-article tables the features read: each token's sentence number and quote state, and
    what the features read of a token's parse, worked out once per token (a pronoun's candidates
    and a candidate's pronouns are many pairs of the same few tokens)."""

    def __init__(self, doc, title_end: int = 0):
        self.title_end = title_end  # where the article's title ends (characters; 0 without one)
        self.sentence: list[int] = []
        self.quoted: list[bool] = []
        self._facts: dict[int, Facts] = {}
        n, inside = -1, False
        # from the doc's columns: SENT_START 1 is is_sent_start True; a quote mark's ORTH id, then its text
        for i, (start, orth) in enumerate(zip(column(doc, SENT_START), column(doc, ORTH), strict=True)):
            if start == 1 or n < 0:
                n += 1
            if orth in _QUOTE_IDS and (text := doc[i].text) in ('"', "“", "”"):
                inside = text == "“" or (text == '"' and not inside)
            self.sentence.append(n)
            self.quoted.append(inside)

    def facts(self, token) -> Facts:
        found = self._facts.get(token.i)
        if found is None:
            found = self._facts[token.i] = Facts(token)
        return found


class Facts:
    """What the features read of one token: its role, the head of the token carrying it, and
    where it stands in its sentence; the pronoun-side facts only when asked."""

    __slots__ = ("token", "carrier", "role", "head", "head_is_root", "reflexive", "sentence_initial",
                 "in_parens", "_ancestors", "_speech_subject", "_relative_head")

    def __init__(self, token):
        carrier = clause_role(token)
        self.token = token
        self.carrier = carrier.i
        self.role = _role_of(carrier.dep_)
        self.head = carrier.head.i
        self.head_is_root = carrier.head.dep_ == "ROOT"
        self.reflexive = token.lower_.endswith("self")
        start = token.sent.start
        self.sentence_initial = token.i == start or token.left_edge.i == start
        self.in_parens = _in_parens(token)
        self._ancestors: frozenset[int] | None = None
        self._speech_subject: bool | None = None
        self._relative_head: int | None = None

    @property
    def ancestors(self) -> frozenset[int]:
        if self._ancestors is None:
            self._ancestors = frozenset(a.i for a in self.token.ancestors)
        return self._ancestors

    @property
    def speech_subject(self) -> bool:
        if self._speech_subject is None:
            self._speech_subject = is_speech_subject(self.token)
        return self._speech_subject


    @property
    def relative_head(self) -> int:
        """The noun a relative clause hangs from when the token is an object in it and the
        relative pronoun is its subject ("Vivian, who attacks her": Vivian), else -1."""
        if self._relative_head is None:
            verb = self.token.doc[self.head]
            if verb.dep_ == "prep":
                verb = verb.head
            relative = verb.dep_ == "relcl" and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _RELATIVES for c in verb.children)
            self._relative_head = verb.head.i if relative else -1
        return self._relative_head


_RELATIVES = frozenset({"who", "that", "which"})


def bound(pron: Facts, cand: Facts) -> bool:
    """A plain object pronoun is never the subject of its own verb: in "Hale praised him", "him"
    is not Hale, nor in "Hale, who praised him" (binding). Takes both tokens' ``Page.facts``."""
    if pron.reflexive or pron.role not in ("obj", "pobj"):
        return False
    if cand.role == "subj":
        return pron.head == cand.head or _shares_subject(pron, cand)
    return pron.relative_head in (cand.token.i, cand.carrier)


def _shares_subject(pron: Facts, cand: Facts) -> bool:
    """"Blinken met Cho and told him": the object's verb has no subject of its own and takes the
    candidate's, through "and"."""
    verb = pron.token.doc[pron.head]
    if verb.dep_ != "conj" or pron.role != "obj":
        return False
    subject = shared_subject(verb)
    return subject is not None and subject.i == cand.carrier


def _governing(pron: Facts, cand: Facts, sents: int) -> tuple[bool, bool]:
    """Is the candidate the subject (or object) of a verb the pronoun's clause hangs from ("Ann
    told Eve that she ...": "told" governs "she")?"""
    if sents != 0 or cand.role not in ("subj", "obj"):
        return False, False
    governs = cand.head in pron.ancestors
    return governs and cand.role == "subj", governs and cand.role == "obj"


def _in_parens(token) -> bool:
    doc = token.doc
    opened = [t for t in doc[max(token.i - 8, token.sent.start) : token.i] if t.text in "()"]
    return bool(opened) and opened[-1].text == "("


def _given_evidence(ref, gender: str | None) -> tuple[bool, bool, bool]:
    """Weak gender evidence the filters do not use: the first word of a name whose gender is not
    known otherwise (a one-word name, "Maggie") is a given name of the pronoun's sex, or of the
    other; and the name is a given name alone."""
    words = ref.name.split()
    given = given_names().get(words[0]) if words else None
    if ref.gender is not None or given is None or gender is None:
        return False, False, given is not None and len(words) == 1
    return given == gender, given != gender, len(words) == 1


def features(pron, gender: str | None, ref, rank: int, page: Page, ctx, first_person) -> list[float]:
    """The feature vector (in the order of NAMES) of pronoun token ``pron`` and candidate ``ref``."""
    cand = ref.last_token
    p, c = page.facts(pron), page.facts(cand)
    sents = page.sentence[pron.i] - page.sentence[cand.i]
    c_role, p_role = c.role, p.role
    out = [
        sents == 0, sents == 1, sents == 2, sents >= 3,
        math.log1p(max(pron.i - cand.i, 0)),
        rank == 0, rank == 1, rank >= 2,
        *(c_role == r for r in ROLES),
        c_role == "subj" and c.head_is_root,
        c_role == p_role,
        math.log1p(len(ref.mentions)),
        ref is first_person,
        ref.main_subject_sent == ctx.prev_sent_start >= 0,
        ctx.sent_start <= ref.last_subject < ctx.pos,
        ref.last_spoke >= 0 and p_role == "subj" and p.speech_subject,
        gender is not None and (ref.gender or ref.pron_gender) == gender,
        gender is not None and ref.pron_gender is not None and ref.pron_gender != gender,
        p.reflexive and c_role == "subj" and sents == 0,
        page.quoted[pron.i], page.quoted[cand.i], page.quoted[pron.i] == page.quoted[cand.i],
        p_role == "subj" and sents == 0 and c_role == "subj",
        p_role == "poss" and sents == 0,
        ref.unsure == "ORG", ref.unsure == "PLACE", ref.unsure == "NAME",
        ref.last_seen >= ctx.sent_start,
        ref.sent_first,
        *_governing(p, c, sents),
        c.sentence_initial,
        c.in_parens,
        len(ref.name.split()) == 1,
        *_given_evidence(ref, gender),
        page.title_end > 0 and any(m.start < page.title_end for m in ref.mentions),
    ]
    return list(map(float, out))
