"""Who said what: direct quotes, partial quotes and reported speech, with resolved speakers.

Direct quotes are found from the quotation marks (straight and curly, mixed; a quote left open
at the end of a paragraph closes there, as news does when a quote runs on). The speaker comes
from the attribution after the quote ("...," Kim told X), before it (He stated, "..."), from the
verb that governs a partial quote, or from the previous quote of the same paragraph. Reported
speech is the clausal complement of a reporting verb ("X said (that) ...", "according to X").
Speakers are actors: surnames and pronouns were resolved by the actors stage.

Beyond speech, attributed content follows PARC/PolNeAR: a cue verb's clause or object
("a poll shows ...", "X cited Y", "X called for Y"; word lists in dyad/data/quotes/), a speech
noun's "that" clause ("Trump's claim that ..."), an attribution inside the sentence ("The museum,
he said, would ..."), transcript and headline labels ("PENCE: ..."), a name signed after a dash,
and two apostrophes as a quotation mark. A quote paragraph right after an attributed quote keeps
its speaker, as does a quote after a colon or after a sentence whose verb is a cue. An
attribution closing its sentence ("A, but B, the source added.") takes everything before its
comma, and a bare one ("..., he said.") the unattributed sentences before it in the paragraph
(closing.py). Content cut by an inserted attribution goes on after it ("A,
the agency said, and B"), and into the next sentence when that opens with a connective or a
pronoun. A quoted work title ('MSNBC's "Morning Joe"') is no quote (titles.py).
When no actor names the speaker, ``speaker_mention`` still holds the words.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from spacy.attrs import IDX, LOWER, POS
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import hash_string

from dyad.annotate.columns import column
from dyad.annotate.columns import text as doc_text
from dyad.annotate.dateline import dateline_spans
from dyad.annotate.knowledge import KnowledgeBase
from dyad.annotate.lexicon import (
    firm_nouns,
    person_acts,
    person_nouns,
    rank_abbreviations,
    reporting_verbs,
    speech_verbs,
)
from dyad.article import Article, Quote, Span
from dyad.extract.quotes import anaphora
from dyad.extract.quotes.closing import bare, closing_clause
from dyad.extract.quotes.content import (
    COPULAS,
    cites_a_source,
    clause_of,
    closing_misread,
    continuation,
    felt_by,
    is_cue,
    light_verb_of,
    made_clear,
    misread_verb,
    noun_clause,
    noun_object,
    noun_predicate,
    object_of,
    passive_of,
    says_nothing,
    stance_of,
    stolen_subject,
    when_said,
)
from dyad.extract.quotes.groups import group_speaker
from dyad.extract.quotes.headlines import is_headline
from dyad.extract.quotes.labels import answer_speakers, label_at, qa_label, shouted
from dyad.extract.quotes.titles import is_title
from dyad.extract.quotes.words import (
    continuers,
    light_nouns,
    norm_verbs,
    quote_verbs,
    relative_nouns,
    source_nouns,
    speech_nouns,
    stance_nouns,
    vehicle_nouns,
    verb_lemma,
    wording_nouns,
)

OPEN_MARKS = {"“", "«", "„"}
CLOSE_MARKS = {"”", "»"}
STRAIGHT = '"'
DOUBLE_APOSTROPHE = "''"
_MARK = re.compile("|".join(re.escape(m) for m in (*sorted(OPEN_MARKS | CLOSE_MARKS), STRAIGHT, DOUBLE_APOSTROPHE)))
_DASHES = ("―", "—", "–", "--")
_END_PUNCT = {".", "!", "?"}
_RELATIVES = {"who", "that", "which"}
LIGHT_VERBS = {"have", "make", "express", "voice", "share", "hold", "take", "offer", "issue", "deliver", "reach"}
PERCEPTION_VERBS = {"hear", "see", "show", "watch", "record", "feature", "film", "capture", "catch"}
# What QuoteFinder.reported tests a word for: felt_by, is_cue, made_clear, _puts_it want a verb (or an
# aux), held_by an adjective, the noun cues a noun; "according to", "in"/"by" a source, whatever
# their tag. Words of the other classes are skipped; a new test there must add its class or word.
_REPORTING_POS = frozenset(POS_IDS[p] for p in ("VERB", "AUX", "ADJ", "NOUN"))
_REPORTING_WORDS = frozenset(hash_string(w) for w in ("according", "in", "by"))
CAUSATIVES = {"lead", "leave", "have", "make", "get", "cause", "prompt", "drive", "force", "send", "set", "keep"}
ASKING = {"urge", "ask", "press", "encourage", "push", "implore", "beg", "tell", "invite"}  # 'urged X to show Y': X shows
_WHEN = {"DATE", "TIME"}
STATE_AGENTS = {"GOV", "MIL", "LEG", "JUD", "OPP", "SPY", "POL"}  # a state's agents: "the South Korean lawmaker" may stand as the state
_ANAPHORIC_STARTS = {"the", "this", "these", "that", "such", "it", "its", "those"}


class QuoteStage:
    name = "quotes"
    requires = ("doc", "actors")
    assigns = ("quotes",)

    def __call__(self, article: Article) -> Article:
        finder = QuoteFinder(article)
        labelled = finder.labelled()
        starts = {q.speaker_mention.start for q in labelled}
        direct = [q for q in finder.direct() if q.start not in starts and not _within(q, labelled)]
        answers = finder.answers()
        article.quotes = direct + labelled + answers + finder.reported() + finder.introduced()
        article.quotes = finder.credited(article.quotes)
        article.quotes.sort(key=lambda q: q.start)
        anaphora.resolve(article)
        if answers:
            answer_speakers(article, answers, finder.first_question)
        article.quotes = [q for q in article.quotes if not _ruling_within(article, q)]
        return article


def _ruling_within(article: Article, quote: Quote) -> bool:
    """'Obama said that he would veto any bill that sought to block it': the act of a ruling
    verb inside what its own speaker said is part of that speech, not a second quote."""
    if quote.speaker is None or quote.direct:
        return False
    outer = [
        o
        for o in article.quotes
        if o is not quote and o.speaker == quote.speaker and o.start < quote.start and quote.end <= o.end
    ]
    return bool(outer) and _cue_lemma(article, quote) in norm_verbs()


def _cue_lemma(article: Article, quote: Quote) -> str | None:
    """The lemma of the cue word nearest before the quote's content, in its sentence."""
    token = article.doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if token is None or not quote.cue:
        return None
    first = token[0]
    for tok in reversed(first.doc[first.sent.start : first.i]):
        if tok.text == quote.cue:
            return tok.lemma_.lower()
    return None


def _within(quote: Quote, others: list[Quote]) -> bool:
    """The quote lies inside one of ``others`` ('Lee: "We will not retreat"', labelled)."""
    return any(o.start <= quote.start and quote.end <= o.end for o in others)


def quote_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of the words inside quotation marks within text[start:end]. Two apostrophes
    ('') stand for a straight double mark, as some archives write it. A quote inside a quote
    ('“... what he calls “hell” than ...”') stays inside it; where pairing the marks so leaves
    the paragraph's last quote open and the plain reading does not (a mark typed the wrong way
    round), the plain reading stands."""
    nested, left_open = _scan(text, start, end, nest=True)
    if left_open:
        flat, flat_open = _scan(text, start, end, nest=False)
        if not flat_open:
            nested = flat
    return [_trim(text, s, e) for s, e in nested if e - s > 1]


def _scan(text: str, start: int, end: int, nest: bool) -> tuple[list[tuple[int, int]], bool]:
    """The quoted spans of text[start:end], and whether the last one runs to the end open."""
    spans: list[tuple[int, int]] = []
    open_at, curly, depth = None, False, 0
    i = start
    while i < end:
        mark = _MARK.search(text, i)  # characters that are no quotation mark change nothing
        if mark is None or mark.start() >= end:
            break
        i = mark.start()
        ch, width = text[i], 2 if text.startswith(DOUBLE_APOSTROPHE, i) else 1
        straight = ch == STRAIGHT or width == 2
        opening = i + width < end and not text[i + width].isspace()
        if nest and open_at is not None and opening and _opens_inner(text, i, start, ch, straight, curly):
            depth += 1
        elif nest and depth and (ch in CLOSE_MARKS or straight):
            depth -= 1
        elif ch in OPEN_MARKS or _stray(text, i, start, ch, open_at) or (straight and open_at is None):
            if open_at is None and opening:
                open_at, curly = i + width - 1, ch in OPEN_MARKS
        elif (ch in CLOSE_MARKS or straight) and open_at is not None:
            spans.append((open_at + 1, i))
            open_at = None
        i += width
    if open_at is not None:
        spans.append((open_at + 1, end))
    return spans, open_at is not None


_CREDIT = re.compile(r"^(.*\S)\s*(?::|\s[-–—])\s+(\S+(?:\s+\S+){0,3})$")  # "...: Ishiba", "... - Kremlin spox"
_CREDIT_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "spox", "official", "officials", "aide", "source", "sources"})

_SINGLE = re.compile(r"(?<![\w'‘’])['‘]([^'‘’\n]*?\w[.!?]?)['’](?![\w'‘’])")


def _headline_quotes(text: str, seg, headline: bool) -> list[tuple[int, int]]:
    """A headline quotes with single marks ('Kim vows 'merciless' response', 'Lee: 'We will
    not retreat''): the words inside single marks that open and close at word edges."""
    if not headline:
        return []
    return [m.span(1) for m in _SINGLE.finditer(text, seg.start, seg.end)]


def _opens_inner(text: str, i: int, start: int, ch: str, straight: bool, curly: bool) -> bool:
    """A mark that opens a quote inside an open one: a curly opening mark, or a straight one
    after a space inside a quote opened with a curly mark."""
    after_space = i == start or text[i - 1].isspace() or text[i - 1] in "(["
    return (ch in OPEN_MARKS and after_space) or (straight and curly and after_space)


def _stray(text: str, i: int, start: int, ch: str, open_at) -> bool:
    """A closing mark typed where a quote opens."""
    return ch in CLOSE_MARKS and open_at is None and (i == start or text[i - 1].isspace())


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while e > s and (text[e - 1].isspace() or text[e - 1] == ","):
        e -= 1
    while s < e and text[s].isspace():
        s += 1
    return s, e


class QuoteFinder:
    def __init__(self, article: Article):
        self.article = article
        self.doc = article.doc
        self.text = article.text
        rank = {"person": 0, "organization": 1, "group": 1, "state": 2}
        self.mentions = sorted(
            ((m.start, m.end, a.id, rank.get(a.kind, 3)) for a in article.actors for m in a.mentions),
            key=lambda x: x[0],
        )
        first = article.segments[0] if article.segments else None
        self.headlines = [seg for seg in article.segments if is_headline(self.text, seg, first)]
        self.spans = [
            (s, e, seg)
            for seg in article.segments
            if seg.kind in ("body", "caption", "title")
            for s, e in quote_spans(self.text, seg.start, seg.end)
            or _headline_quotes(self.text, seg, any(h is seg for h in self.headlines))
        ]
        self.starts = column(self.doc, IDX)  # token start offsets, for bisecting
        self.datelines = sorted(dateline_spans(self.text) + _agency_datelines(self.text))
        self.quoted = sorted((s, e) for s, e, _seg in self.spans)
        self.quoted_starts = [s for s, _e in self.quoted]
        self.credits = [(seg.start, seg.end) for seg in article.segments if seg.kind == "credit"]

    # -- direct -----------------------------------------------------------------------------
    def direct(self) -> list[Quote]:
        quotes: list[Quote] = []
        dropped: set[tuple[int, int]] = set()  # a headline line's marks that name no speaker
        for s, e, seg in self.spans:
            if _no_words(self.text, s, e):
                continue  # '"1474387200"', 'tweet author="carlquintanilla"': a number, markup
            quote = Quote(s, e, self.text[s:e], direct=True, partial=self.is_partial(s, e))
            if quote.partial and is_title(self.text, s, e, _mark_width(self.text, s)):
                continue  # 'told MSNBC's "Morning Joe"': a name, not speech
            if (named := self.named_after_colon(e, seg)) is not None:
                quote.speaker, quote.speaker_mention = named  # "N. Korea 'open to talks': Seoul's Moon"
                quote.cue = ":"
                quotes.append(quote)
                continue
            attribution = self.after(e, seg.end, short=self.text[e - 1] in _END_PUNCT) or self.before(s)
            attribution = attribution or self.lead_in(s, seg)
            if attribution is not None and quote.partial:
                attribution = self.inner_speech(s, attribution)
            if attribution is None and self.signed(quote, e, seg):
                quotes.append(quote)
                continue
            if attribution is None and (quote.partial or self.embedded(s)):
                attribution = self.governing(s, e)
            attribution = attribution or self.put_as(s)
            source = (self.according_before(s) or (self.according_after(e, seg.end) if quote.direct else None)
                      if attribution is None else None)
            if attribution is not None:
                self.attribute(quote, attribution)
            elif source is not None:  # 'According to Limbaugh, "..."'
                quote.speaker, quote.speaker_mention = self.actor_for(source)
                quote.cue = "according to"
            elif not quote.partial and (prev := _last_said(quotes)) and self.continues(prev, s, seg):
                # a quote continued after its attribution, or in a new paragraph
                quote.speaker, quote.speaker_mention = prev.speaker, prev.speaker_mention
                quote.cue, quote.addressee = prev.cue, prev.addressee
            elif not quote.partial:
                self.announced(quote, seg) if self.opens(quote.start, seg.start) else self.follows(quote, seg)
            if seg.kind == "body" and quote.speaker is None and quote.speaker_mention is None and any(
                    h is seg for h in self.headlines):
                dropped.add((s, e))  # "US 'strongly condemns' X": no one for the marks, the words stay the verb's
                continue
            quotes.append(quote)
        if dropped:
            self.spans = [x for x in self.spans if (x[0], x[1]) not in dropped]
            self.quoted = sorted((s, e) for s, e, _seg in self.spans)
            self.quoted_starts = [s for s, _e in self.quoted]
        return quotes

    def named_after_colon(self, quote_end: int, seg) -> tuple[str, Span] | None:
        """'North Korea ‘remains open to talks’: South Korea’s Moon': a headline that ends with a
        colon and a name credits what it quotes before the colon to that name (a person before a
        state or body named there with it)."""
        if not any(h is seg for h in self.headlines):
            return None
        colon = self.text.rfind(": ", quote_end, seg.end)
        end = len(self.text[: seg.end].rstrip())
        if colon < 0 or len(self.text[colon + 2 : end].split()) > 5:
            return None
        named = [(r, s, e, a) for s, e, a, r in self.mentions if colon < s and e <= seg.end]
        last = [x for x in named if x[2] >= end]  # the name ends the headline
        if not last:
            return None
        _r, s, e, actor = min(named, key=lambda x: (x[0], x[1])) if min(named)[0] == 0 else last[0]
        return actor, Span(s, e)

    def opens(self, quote_start: int, start: int) -> bool:
        """Only the opening mark stands between ``start`` and the quote."""
        return self.text[start:quote_start].strip() in (STRAIGHT, DOUBLE_APOSTROPHE, *OPEN_MARKS)

    def follows(self, quote: Quote, seg) -> None:
        """'X called him a master at deals. "He showed again and again ..."', 'X is rolling out
        a new message: "It's about me."': a quote after a colon, or opening a sentence of its
        paragraph after one whose main verb is a cue, is the subject's of that sentence."""
        lead = self.lead_sentence(quote.start, seg)
        if lead is None or any(_is_mark(t) or t.text in CLOSE_MARKS for t in lead if t.idx < quote.start - 2):
            return
        root = lead.root
        subject = _subject(root) if root.idx < quote.start else None
        if (
            subject is None
            or subject.pos_ not in ("PROPN", "PRON", "NOUN")
            or subject.lower_ in ("it", "this")
        ):
            return
        speaker, mention = self.actor_for(subject)
        if speaker is not None or subject.pos_ != "NOUN":
            quote.speaker, quote.speaker_mention, quote.cue = speaker, mention, root.text

    def lead_sentence(self, quote_start: int, seg):
        """The sentence that leads into a quote: the one whose colon the quote follows, or the
        one before the sentence the quote opens, in the same paragraph, with a cue for its verb."""
        mark = 2 if self.text.startswith(DOUBLE_APOSTROPHE, quote_start - 2) else 1
        before = self.text[seg.start : quote_start - mark].rstrip()
        if before.endswith(":"):
            return self.token_at(seg.start + len(before) - 1).sent
        first = self.token_at(quote_start)
        if first is None or first.sent.start == 0 or not self.opens(quote_start, first.sent.start_char):
            return None
        prev = self.doc[first.sent.start - 1].sent
        return prev if prev.start_char >= seg.start and is_cue(prev.root) else None

    def announced(self, quote: Quote, seg) -> None:
        """'Smith had a warning.' closing a paragraph, the next opening with a quote: the
        subject of that last sentence, when it names a person, speaks."""
        before = [g for g in self.article.segments if g.kind == "body" and g.end <= seg.start]
        if not before or not self.text[before[-1].end : seg.start].isspace():
            return
        last = self.token_at(before[-1].end - 1)
        if last is None or any(_is_mark(t) or t.text in CLOSE_MARKS for t in last.sent):
            return
        subject = _subject(last.sent.root)
        if subject is None or subject.pos_ not in ("PROPN", "PRON") or subject.lower_ in ("it", "i", "we"):
            return
        speaker, mention = self.actor_for(subject)
        if speaker is not None or subject.pos_ == "PROPN":
            quote.speaker, quote.speaker_mention, quote.cue = speaker, mention, last.sent.root.text

    def continues(self, prev: Quote, start: int, seg) -> bool:
        """The previous quote's speaker goes on here: same paragraph, or this paragraph is a
        quote and opens right after the paragraph of the previous, attributed quote."""
        if prev.speaker is None and prev.speaker_mention is None:
            return False
        if prev.end >= seg.start:
            return True
        before = self.article.segment_at(prev.start)
        opens = self.text[seg.start : start].strip() in (STRAIGHT, DOUBLE_APOSTROPHE, *OPEN_MARKS)
        return before is not None and opens and self.text[before.end : seg.start].isspace()

    def signed(self, quote: Quote, quote_end: int, seg) -> bool:
        """'"...." ― Pamela Padilla': a name after a dash closes the paragraph."""
        tail = self.text[quote_end : seg.end].lstrip("”\"' ,\u00a0")
        dash = next((d for d in _DASHES if tail.startswith(d)), None)
        if dash is None:
            return False
        name = tail[len(dash) :]
        following = [i for i in (name.find(m) for m in (STRAIGHT, *OPEN_MARKS)) if i > 0]
        name = name[: min(following)] if following else name  # the next signed quote opens
        name = name.strip(" .\u00a0")
        if not name or len(name.split()) > 6 or not name[0].isupper():
            return False
        ns = self.text.index(name, quote_end)
        quote.speaker, quote.speaker_mention, quote.cue = (
            self.actor_at(ns, ns + len(name)),
            Span(ns, ns + len(name)),
            dash,
        )
        return True

    def lead_in(self, quote_start: int, seg):
        """'He said:' closing the previous paragraph, the quote opening this one."""
        if self.text[seg.start : quote_start].strip() not in (STRAIGHT, *OPEN_MARKS):
            return None
        lead = self.text[max(0, seg.start - 400) : seg.start].rstrip()
        if not lead.endswith(":"):
            return None
        last = self.token_at(self.text.rindex(":", 0, seg.start))
        verbs = [t for t in last.sent if _quoting(t)] if last is not None else []
        return verbs[-1] if verbs else None

    def is_partial(self, s: int, e: int) -> bool:
        return self.embedded(s) and len(self.text[s:e].split()) <= 12

    def embedded(self, s: int) -> bool:
        """The quote goes on a sentence begun before its mark: 'memories of "all the people ..."'."""
        mark = 2 if self.text.startswith(DOUBLE_APOSTROPHE, s - 2) else 1
        before = self.text[max(0, s - 40) : s - mark].rstrip()
        return bool(before) and (before[-1].isalnum() or before[-1] in "'’")

    def after(self, quote_end: int, seg_end: int, short: bool = False):
        """A speech verb right after the closing mark: '...," Kim told X' or '...?" he asked.'
        After a quote that ends its sentence, only a short attribution sentence counts."""
        lo, hi = bisect_left(self.starts, quote_end), bisect_left(self.starts, seg_end)
        tokens = list(self.doc[lo : min(hi, lo + 40)])
        while tokens and (tokens[0].is_punct or tokens[0].is_space):
            tokens = tokens[1:]  # the closing mark and its comma
        if len(tokens) > 2 and tokens[0].text in rank_abbreviations() and _after_rank(tokens[1]):
            tokens = tokens[2:]  # '...," Col. Lee Sung-jun, spokesperson for ..., told'
        if short:
            return _closing_attribution(tokens[:5]) or _named_at_length(tokens)
        for i, tok in enumerate(tokens):
            if _is_mark(tok) or tok.text in _END_PUNCT and not _after_rank(tok):
                break
            if _quoting(tok) and (i < 14 or _opens_with_subject(tok, tokens)):
                return tok
        return None

    def before(self, quote_start: int):
        """'He further stated, "...': a speech verb earlier in the sentence, just before the mark."""
        window = max(0, quote_start - 400)  # the lead-in, without copying the whole text
        mark = _mark_width(self.text, quote_start)  # '' stands for a double mark in some archives
        lead = self.text[window : quote_start - mark].rstrip()
        first = self.token_at(quote_start)
        if not lead or first is None:
            return None
        lead_end = window + len(lead)
        sent = first.sent if first.sent.start_char < lead_end else self.token_at(lead_end - 1).sent
        verbs = [t for t in sent if t.idx < quote_start - mark and _quoting(t)]
        if lead[-1] in ",:":
            return verbs[-1] if verbs else None
        if verbs and self.token_at(lead_end - 1).i - verbs[-1].i <= 2 and verbs[-1].pos_ == "VERB":
            return verbs[-1]  # 'Trump declared "I think ...', 'X said Monday "...'
        return None

    def inner_speech(self, quote_start: int, attribution):
        """'... by Kim, who said the system would "radically promote" X, KCNA reported': a
        partial quote inside what another speech verb reports is that verb's speaker's."""
        first = self.token_at(quote_start)
        outer = _clause_it_follows(attribution)
        if outer is not None and attribution.head.dep_ == "acl" and attribution.head.left_edge.i <= first.i < attribution.i:
            return attribution.head  # 'took issue with the stance that it "cannot confirm" X, saying': the stance's words
        tok = first
        while tok is not None and tok.head.i != tok.i and tok.i != attribution.i:
            tok = tok.head
            if tok.i < first.i and tok.i != attribution.i and _is_speech(tok):
                return tok
        return attribution

    def governing(self, quote_start: int, quote_end: int | None = None):
        """The speech verb a partial quote depends on: 'characterized X as a "new Cold War"'. A
        verb inside the quote is quoted, no cue ('told a briefing that the government would
        "firmly respond"': told)."""
        first = self.token_at(quote_start)
        heads = []
        tok = first
        while tok is not None and tok.head.i != tok.i:
            tok = tok.head
            if quote_end is None or not quote_start <= tok.idx < quote_end:
                heads.append(tok)
        speech = [t for t in heads if verb_lemma(t) in speech_verbs() and t.pos_ == "VERB"]
        if speech:
            return speech[0]
        wording = next((t for t in heads if t.lemma_.lower() in wording_nouns() and t.pos_ == "NOUN"), None)
        if wording is not None and wording.head.pos_ == "VERB" and _subject(wording.head) is not None:
            return wording.head  # 'Trump has used the phrase "Islamic terrorism"': Trump's words
        # 'Trump attacked "the hateful ideology"': the nearest cue verb with a named subject
        return next((t for t in heads if is_cue(t) and _named_subject(t)), None)

    def according_before(self, quote_start: int):
        """The source of an 'According to X,' that opens the quote's sentence before its mark."""
        first = self.token_at(quote_start)
        if first is None:
            return None
        for tok in first.sent:
            if tok.idx >= quote_start or self.inside_quote(tok.idx):
                break
            to = next((c for c in tok.children if c.lower_ == "to"), None) if tok.lower_ == "according" else None
            if to is not None:
                return next((c for c in to.children if c.dep_ == "pobj"), None) or _misread_source(to)
        return None

    def according_after(self, quote_end: int, seg_end: int):
        """The source of an "according to X" right after the closing mark ('"...," according to a
        statement from X'; the indirect '..., according to X' is according_to's)."""
        lo, hi = bisect_left(self.starts, quote_end), bisect_left(self.starts, seg_end)
        tokens = [t for t in self.doc[lo : min(hi, lo + 6)] if not (t.is_punct or t.is_space)]
        if not tokens or tokens[0].lower_ != "according":
            return None
        to = next((c for c in tokens[0].children if c.lower_ == "to"), None)
        if to is None:
            return None
        return next((c for c in to.children if c.dep_ == "pobj"), None) or _misread_source(to)

    def put_as(self, quote_start: int):
        """'As Ms. Lee put it, the plan is "a giveaway."', '"...," as the memo put it': an "as"
        clause of saying in the quote's sentence, outside quotation marks."""
        first = self.token_at(quote_start)
        if first is None:
            return None
        return next(
            (
                t
                for t in first.sent
                if (_puts_it(t) or (_is_speech(t) and _as_clause(t))) and not self.inside_quote(t.idx)
            ),
            None,
        )

    def attribute(self, quote: Quote, verb) -> None:
        quote.cue = verb.text
        subject = _quoted_by_words(verb) or _subject(verb) or _inverted_subject(verb) or self.name_after(verb) or _age_before(verb)
        if quote.direct and (subject is None or self.inside_quote(subject.idx)):
            subject = _named_before(verb, quote.end if quote.end <= verb.idx else 0, self.inside_quote)
        if subject is not None:
            quote.speaker, quote.speaker_mention = self.actor_for(subject)
            if quote.direct and (subject.lower_ in ("he", "she") or quote.speaker is None and _describes_one(subject)):
                quote.speaker = self.topic_before(quote, subject) or quote.speaker  # "the 84-year-old said"
        addressee = _addressee(verb)
        if addressee is not None:
            quote.addressee = self.actor_for(addressee)[0]

    def name_after(self, verb):
        """'"...," said Go Myong-hyun': a person's name right after the verb whose first word the
        parse read as another word ("Go" a verb)."""
        nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
        if nxt is None or not nxt.is_title or nxt.pos_ == "PROPN":
            return None
        start = nxt.idx
        return nxt if any(s == start and rank == 0 for s, _e, _a, rank in self.mentions) else None

    def topic_before(self, quote: Quote, pronoun) -> str | None:
        """'Kim, for his part, thanked Moon. "I came here ...," he said.': the "he" (or "the
        84-year-old") of a quote's attribution is the person the sentence before it, in its
        paragraph, is about (its named subject, or a title given a name beside it: "Guam's
        governor, Eddie Calvo, sought ..."), when that sentence quotes no one at length."""
        first = self.token_at(min(quote.start, pronoun.idx))
        seg = self.article.segment_at(quote.start)
        if first is None or seg is None or first.sent.start == 0:
            return None
        prev = self.doc[first.sent.start - 1].sent
        if prev.start_char < seg.start or self.quotes_at_length(prev):
            return None
        # its main clause's subject, else the subject of its speech verb ('Yoon, whose government
        # announced a plan, said the two countries must ...', parsed around the relative clause)
        subjects = [_subject(prev.root), *(_subject(t) for t in prev if _is_speech(t) and t.i != prev.root.i)]
        if prev[0].is_title and _is_speech(prev.root) and _subject(prev.root) is None:
            subjects.append(prev[0])  # the parse lost the subject of the sentence's own speech verb
        for subject in subjects:
            if subject is None or subject.pos_ not in ("PROPN", "NOUN") and subject.i != prev.start:
                continue
            actor = self.article.actor(self.actor_for(subject)[0])
            if actor is not None and actor.kind == "person":
                if _court_official(pronoun) and actor.sector not in (anaphora.COURTS, None):
                    return None  # 'Park was jailed on Friday. "...," the judge said': not Park
                return actor.id if pronoun.lower_ not in ("he", "she") or self.same_sex(actor, pronoun.lower_) else None
        return None

    def quotes_at_length(self, sent) -> bool:
        """Does the sentence hold a quotation of more than a few words ('calling it "a turning
        point"' does not)?"""
        marks = [t.i for t in sent if t.text in _DOUBLE_MARKS]
        return len(marks) % 2 == 1 or any(b - a > 6 for a, b in zip(marks[::2], marks[1::2], strict=False))

    def same_sex(self, actor, pronoun: str) -> bool:
        """The actor was never called by a pronoun of the other sex in this text."""
        other = {"he": ("she", "her", "hers", "herself"), "she": ("he", "him", "his", "himself")}[pronoun]
        return not any(self.text[m.start : m.end].lower() in other for m in actor.mentions)

    # -- credited headlines -----------------------------------------------------------------
    def credited(self, quotes: list[Quote]) -> list[Quote]:
        """'India and Japan must work together: Ishiba', 'Talks are a dead end - Kremlin spox': a
        headline with no quotation marks whose last words, after a colon or a dash, name a speaker
        credits the words before to that person; the clauses found inside those words are theirs.
        A news outlet there is the site's name ("... - Reuters"), a state or a place the story's
        subject ("... live updates: Kyiv"): no speaker."""
        for seg in self.headlines:
            if any(seg.start <= s < seg.end for s, _e, _seg in self.spans):
                continue  # marks: named_after_colon's
            line = self.text[seg.start : seg.end].rstrip()
            found = _CREDIT.match(line)
            if found is None or len(found.group(1).split()) < 3:
                continue
            tail_start, end = seg.start + found.start(2), seg.start + len(line)
            named = [(r, s, min(e, end), a) for s, e, a, r in self.mentions if tail_start <= s < end]  # "Ishiba\n\n"
            rest = self.text[max((e for _r, _s, e, _a in named), default=tail_start) : end].lower().split()
            if named and all(w in _CREDIT_NOUNS for w in rest):
                actor_id = min(named, key=lambda x: (x[0], x[1]))[3]
            elif not named and len(rest) > 1 and rest[-1] in _CREDIT_NOUNS:
                actor_id = self.titled_in_body(seg.end, rest[:-1])  # "- Kremlin spox": "Kremlin spokesman Dmitry Peskov"
            else:
                continue
            if actor_id is None:
                continue
            actor = self.article.actor(actor_id)
            if actor is None or actor.kind != "person":
                continue  # a state or a place after a colon names a story's subject ("War live updates: Kyiv")
            cs, ce = seg.start + found.start(1), seg.start + found.end(1)
            quotes = [q for q in quotes if q.direct or not (cs <= q.start and q.end <= ce)]
            quote = Quote(cs, ce, self.text[cs:ce], direct=False, speaker=actor_id, cue=":" if ":" in line[found.end(1) : found.start(2)] else "-")
            quote.speaker_mention = Span(tail_start, end)
            quotes.append(quote)
        return sorted(quotes, key=lambda q: q.start)

    def titled_in_body(self, after: int, words: list[str]) -> str | None:
        """The first person after ``after`` whose name comes right after a spokesperson's or an
        official's title holding ``words`` ("Kremlin spokesman Dmitry Peskov" for "Kremlin")."""
        for s, _e, actor_id, rank in self.mentions:
            if s < after or rank != 0:
                continue
            title = self.text[max(after, s - 40) : s].lower().split()
            if title and title[-1] in _CREDIT_NOUNS and all(w in title for w in words):
                return actor_id
        return None

    # -- labelled ---------------------------------------------------------------------------
    def labelled(self) -> list[Quote]:
        """Transcripts and headlines: 'PENCE: Well, look, ...', 'Pence: Flowers won't attend'.
        A headline's label needs no actor ('Poll: Clinton and Trump in dead heat')."""
        quotes = []
        for seg in self.article.segments:
            if seg.kind not in ("body", "title"):
                continue
            found = label_at(self.text, seg.start, seg.end)
            if found is None:
                continue
            ls, le, cs = found
            speaker = self.actor_at(ls, le)
            if speaker is None and seg.kind != "title" and not shouted(self.text[ls:le]):
                continue
            if seg.kind != "title" and shouted(self.text[ls:le]) and self.capital_at(ls, le):
                continue  # a dateline, "MOSCOW: North Korean leader ...": where it was filed, no speaker
            quote = Quote(cs, seg.end, self.text[cs : seg.end], direct=True, speaker=speaker, cue=":")
            quote.speaker_mention = Span(ls, le)
            quotes.append(quote)
        return quotes

    def answers(self) -> list[Quote]:
        """The answers of an interview printed as "Q: ..." / "A: ..." paragraphs (none unless
        the article has a question); their speaker is set after the others' (answer_speakers)."""
        found = [(seg, qa) for seg in self.article.segments if seg.kind == "body"
                 and (qa := qa_label(self.text, seg.start, seg.end)) is not None]
        questions = [seg.start for seg, qa in found if qa[0]]
        self.first_question = min(questions) if questions else None
        quotes = []
        for seg, (question, ls, le, cs) in found:
            if questions and not question:
                end = seg.start + len(self.text[seg.start : seg.end].rstrip())
                quote = Quote(cs, end, self.text[cs:end], direct=True, cue=":")
                quote.speaker_mention = Span(ls, le)
                quotes.append(quote)
        return quotes

    def introduced(self) -> list[Quote]:
        """'Limbaugh added:' closing a paragraph: the next paragraph, when it opens with no
        quotation mark (a quote that does is found as a direct quote), is what he added."""
        quotes = []
        body = [seg for seg in self.article.segments if seg.kind == "body"]
        for seg, nxt in zip(body, body[1:], strict=False):
            lead = self.text[seg.start : seg.end].rstrip()
            opening = self.text[nxt.start : nxt.end].lstrip()[:1]
            if not lead.endswith(":") or not opening or opening in (STRAIGHT, "'", *OPEN_MARKS):
                continue
            last = self.token_at(seg.start + len(lead) - 1)
            verbs = [t for t in last.sent if _quoting(t) and _subject(t) is not None] if last else []
            if verbs and label_at(self.text, nxt.start, nxt.end) is None:
                quote = Quote(nxt.start, nxt.end, self.text[nxt.start : nxt.end].rstrip(), direct=False)
                quote.end = quote.start + len(quote.text)
                self.attribute(quote, verbs[-1])
                quotes.append(quote)
        return quotes

    def actor_at(self, start: int, end: int) -> str | None:
        return next((a for s, e, a, _r in self.mentions if s < end and start < e), None)

    def capital_at(self, start: int, end: int) -> bool:
        """A capital is named there ("NAIROBI", "MOSCOW"): the knowledge base's metonym of a state."""
        found = KnowledgeBase.default().lookup(self.text[start:end].title())
        return any(e.kind == "state" and via == "metonym" for e, via in found)

    # -- reported ---------------------------------------------------------------------------
    def reported(self) -> list[Quote]:
        quotes = []
        nouns = speech_nouns() | stance_nouns()
        doc = self.doc
        for i, (pos, lower) in enumerate(zip(column(doc, POS), column(doc, LOWER), strict=True)):
            if pos not in _REPORTING_POS and lower not in _REPORTING_WORDS:
                continue  # none of the tests below holds for its word class or word: no Token made
            tok = doc[i]
            if self.inside_quote(tok.idx) or self.in_credit(tok.idx):
                continue
            if (felt := felt_by(tok)) is not None:
                quote = self.quote(felt[0], tok.text, felt[1])
            elif is_cue(tok) and not cites_a_source(tok):
                quote = self.reported_by(tok)
            elif tok.pos_ == "ADJ":
                quote = self.held_by(tok)
            elif tok.pos_ == "NOUN" and (misread := misread_verb(tok) or closing_misread(tok)) is not None:
                quote = self.quote(misread[0], tok.text, misread[1])
            elif tok.pos_ == "NOUN" and tok.lemma_.lower() in nouns:
                quote = self.claimed_by(tok) or self.stance_noun(tok)
            elif tok.pos_ == "NOUN" and tok.lemma_.lower() in light_nouns() and light_verb_of(tok) is not None:
                quote = self.claimed_by(tok)  # 'Yang took note that X'
            elif (clear := made_clear(tok)) is not None:
                quote = self.quote(clear, "made clear", _subject(tok))
            elif _puts_it(tok):
                quote = self.reported_by(tok)
            elif tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children):
                quote = self.according_to(tok)
            elif tok.lower_ in ("in", "by") and tok.i == tok.sent.start and tok.dep_ == "prep":
                quote = self.in_source(tok)
            else:
                continue
            if quote is not None:
                quotes.append(quote)
        return quotes

    def reported_by(self, verb) -> Quote | None:
        if _quotes_as_saying(verb):
            return None  # 'Kim was quoted by KCNA as saying X': Kim's X, found from "saying"
        passive = passive_of(verb)
        if passive is not None:
            return self.quote(passive[0], verb.text, passive[1])
        content = self.content_of(verb)
        if content is None:
            return None
        s, e = content
        if any(qs <= s + 2 and e - 2 <= qe for qs, qe, _ in self.spans):
            return None  # the words are a direct quote, found already
        s = self.past_dateline(self.extend_back(verb, s))
        quote = Quote(s, e, self.text[s:e], direct=False)
        self.attribute(quote, verb)
        return quote if quote.speaker or _subject(verb) is not None else None

    def content_of(self, verb) -> tuple[int, int] | None:
        closing = self.closing(verb)
        if closing is not None:
            return closing
        tokens, least = clause_of(verb), 2
        if not tokens:  # "I despise Trump": a target may be a single name
            tokens, least = object_of(verb), 1
        if tokens and says_nothing(verb, tokens):
            return None
        if tokens:
            span = self.span_of(sorted(tokens + continuation(verb, tokens), key=lambda t: t.i), least)
        elif verb_lemma(verb) in reporting_verbs() or _puts_it(verb):
            span = self.as_said(verb) or self.said_after(verb)
        else:
            return None
        return self.around(verb, span)

    def around(self, verb, span: tuple[int, int] | None) -> tuple[int, int] | None:
        """'A, the agency said in a report, and B', 'The museum, he said, would X': content that
        ends right before an attribution set off by commas goes on after it, to the end of the
        sentence (the attribution inside the span)."""
        subject = _subject(verb)
        if span is None or subject is None or not subject.i < verb.i:
            return span
        comma = subject.left_edge.i - 1
        if comma <= verb.sent.start or self.doc[comma].text != "," or self.doc[comma].idx > span[1] + 1:
            return span
        end = self._inserted_end(verb)
        rest = [t for t in verb.sent if end is not None and t.i > end]
        if not rest or is_cue(rest[0]) or any(_is_mark(t) or t.text in CLOSE_MARKS for t in rest):
            return span
        if _circumstance(verb, rest[0]) or any(when_said(verb, c) for c in verb.children):
            return span
        after = self.span_of(rest)
        if after is None:
            return span
        return span[0], self.goes_on(verb.sent, max(span[1], after[1]))

    def goes_on(self, sent, end: int) -> int:
        """'The museum, he said, would X. But it would also Y.': the next sentence of the
        paragraph goes on with what was said when it opens with a connective or a pronoun and
        holds no quotation mark, no cue and no named subject of its own."""
        nxt = self.doc[sent.end].sent if sent.end < len(self.doc) else None
        seg = self.article.segment_at(sent.start_char)
        if nxt is None or seg is None or nxt.start_char >= seg.end or not self.unattributed(nxt):
            return end
        first = next((t for t in nxt if not t.is_space), None)
        if first is None or first.lower_ not in continuers():
            return end
        if any(t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN" for t in nxt):
            return end
        span = self.span_of(list(nxt))
        return end if span is None else span[1]

    def closing(self, verb) -> tuple[int, int] | None:
        """'A, but B, the source added.': the sentence before an attribution that closes it; a
        bare one ('..., he said.') also closes the unattributed sentences before it in the
        paragraph."""
        tokens = closing_clause(verb)
        span = self.span_of(tokens, least=2) if tokens else None
        if span is None or not bare(verb):
            return span
        return self.earlier_sentences(span[0]), span[1]

    def earlier_sentences(self, start: int) -> int:
        """The start of the run of sentences before ``start``, in its paragraph, that hold no
        quotation mark and no cue of their own."""
        seg = self.article.segment_at(start)
        first = self.token_at(start)
        while seg is not None and first is not None and first.sent.start > 0:
            prev = self.doc[first.sent.start - 1].sent
            if prev.start_char < seg.start or not self.unattributed(prev) or _dateline(prev[0]):
                break  # 'TOKYO (Kyodo) --' parsed as a sentence of its own is no content
            start, first = prev.start_char, prev[0]
        return start

    def unattributed(self, sent) -> bool:
        nouns = speech_nouns()
        return not sent.text.rstrip().endswith(":") and not any(
            _is_mark(t) or t.text in CLOSE_MARKS or is_cue(t) or t.lower_ == "according" or t.lemma_ in nouns
            for t in sent
        )

    def as_said(self, verb) -> tuple[int, int] | None:
        """'Hawaii, as one of his advisers pointed out, normally does not ...': the sentence
        around an "as" attribution."""
        if not _as_clause(verb):
            return None
        inner = {t.i for t in verb.subtree}
        clause = verb.head  # the clause the "as" clause sits in, not the whole sentence
        while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
            clause = clause.head
        return self.span_of([t for t in clause.subtree if t.i not in inner])

    def said_after(self, verb) -> tuple[int, int] | None:
        """'..., the president of X said.' with the content parsed as the main clause."""
        if verb.dep_ not in ("parataxis", "ccomp", "advcl"):
            return None
        if verb.head.i > verb.i and not self._inserted(verb):
            return None
        sent = verb.sent
        subject = _subject(verb)
        stop = subject.left_edge.i if subject is not None else verb.i
        if stop == 0 or self.doc[stop - 1].text != ",":
            return None
        end = self._inserted_end(verb)
        rest = [t for t in sent if t.i > end and t.i > stop] if end is not None else []
        return self.span_of([t for t in sent if t.i < stop - 1] + rest)

    def quote(self, tokens, cue: str, source) -> Quote | None:
        """An indirect quote of ``tokens`` (not already a direct quote) by ``source``."""
        span = self.span_of(tokens, least=1) if tokens and source is not None else None
        if span is None or any(qs <= span[0] + 2 and span[1] - 2 <= qe for qs, qe, _ in self.spans):
            return None
        quote = Quote(span[0], span[1], self.text[span[0] : span[1]], direct=False, cue=cue)
        quote.speaker, quote.speaker_mention = self.actor_for(source)
        return quote

    def held_by(self, adj) -> Quote | None:
        """'Republicans weren't too concerned about this shift': a stance adjective's complement."""
        tokens = stance_of(adj)
        holder = adj.head if adj.dep_ == "amod" else _subject(adj.head)  # 'leaders, worried about X'
        return self.quote(tokens, adj.text, holder) if tokens else None

    def stance_noun(self, noun) -> Quote | None:
        """'his adulation of X', 'X is a staunch opponent of Y'."""
        source = next((c for c in noun.children if c.dep_ == "poss"), None)
        if source is None and noun.dep_ == "attr" and noun.head.lemma_.lower() in COPULAS:
            source = _subject(noun.head)
        if source is None and noun.dep_ == "dobj" and noun.head.lemma_.lower() in LIGHT_VERBS:
            source = _subject(noun.head)  # "she has no illusions about X", "made the case for X"
        if source is None or source.lower_ in ("its", "it") and noun.dep_ != "attr":
            return None
        return self.quote(noun_object(noun) or noun_predicate(noun), noun.text, source)

    def claimed_by(self, noun) -> Quote | None:
        """'Trump's claim that ...', 'a statement by the ministry that ...'."""
        tokens = noun_clause(noun)
        source = next((c for c in noun.children if c.dep_ == "poss"), None)
        if source is None:  # "a New York Times report that ..."
            source = next((c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
        if source is None:
            by = next(
                (c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from", "of")), None
            )
            source = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
        if source is None and (light := light_verb_of(noun)) is not None:
            source = _subject(light)  # 'X made the point that ...', 'X took note that ...'
        span = self.span_of(tokens) if tokens and source is not None else None
        if span is None or any(qs <= span[0] + 2 and span[1] - 2 <= qe for qs, qe, _ in self.spans):
            return None
        quote = Quote(span[0], span[1], self.text[span[0] : span[1]], direct=False, cue=noun.text)
        quote.speaker, quote.speaker_mention = self.actor_for(source)
        return quote

    def _inserted(self, verb) -> bool:
        return self._inserted_end(verb) is not None

    def _inserted_end(self, verb) -> int | None:
        """'The museum, he said, would make ...', 'The truth, he told me on Friday, was ...': the
        attribution sits between two commas; the index of the closing one."""
        inner = {t.i for t in verb.subtree}
        j = verb.i + 1
        while j < verb.sent.end and j in inner and self.doc[j].text != ",":
            j += 1
        if j + 1 < verb.sent.end and self.doc[j].text == "," and j - verb.i <= 8:
            return j
        return None

    def according_to(self, tok) -> Quote | None:
        to = next(c for c in tok.children if c.lower_ == "to")
        source = next((c for c in to.children if c.dep_ == "pobj"), None) or _misread_source(to)
        if source is None or _subject_in_according(tok.head) is not None:
            return None  # 'According to X, Kim, ..., claimed Y': Kim's claim, found from "claimed"
        rest = [t for t in tok.sent if t.i not in self._according_phrase(tok, source)]
        span = self.span_of(rest)
        if span is None or self.within_direct(span):
            return None
        quote = Quote(span[0], span[1], self.text[span[0] : span[1]], direct=False, cue="according to")
        quote.speaker, quote.speaker_mention = self.actor_for(source)
        return quote

    def _according_phrase(self, tok, source) -> set[int]:
        """The words of 'according to X'. When it opens the sentence and the parse hung the rest
        on it ('According to Limbaugh, the move reeks of fear'), it ends at the comma after X."""
        phrase = {t.i for t in tok.subtree}
        if tok.i != tok.sent.start or len(phrase) < len(tok.sent) - 1:
            return phrase
        comma = next((t.i for t in tok.sent if t.i > source.i and t.text == ","), None)
        return phrase if comma is None else set(range(tok.i, comma + 1))

    def within_direct(self, span: tuple[int, int]) -> bool:
        """The span is (about) a direct quote, found as such."""
        return any(qs <= span[0] + 2 and span[1] - 2 <= qe for qs, qe, _ in self.spans)

    def in_source(self, prep) -> Quote | None:
        """'In this poll, Trump rose 1 point', 'By one estimate, X', 'By his own admission, Y':
        the rest of a sentence an "In/By <source>," phrase opens, unless a reporting verb in it
        names its own source."""
        source = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if source is None or source.lemma_.lower() not in source_nouns():
            return None
        phrase = {t.i for t in prep.subtree}
        rest = [t for t in prep.sent if t.i not in phrase]
        if any(
            _is_speech(t) or (t.pos_ == "VERB" and verb_lemma(t) in reporting_verbs()) or _named_cue(t)
            for t in rest
        ):
            return None  # 'In an August speech, Trump attacked X': Trump's, not the speech's
        if source.lemma_.lower() in vehicle_nouns():
            source = _subject(prep.head) or source  # 'In a statement, Clinton was more circumspect'
        return self.quote(rest, f"{prep.lower_} {source.text}", source)

    def extend_back(self, verb, start: int) -> int:
        """Content that opens with an anaphor ("The strategic goal ...") in a sentence-final
        attribution continues the paragraph's previous, unattributed sentence."""
        first = self.token_at(start)
        if first is None or first.lower_ not in _ANAPHORIC_STARTS or verb.i < first.i:
            return start
        sent = first.sent
        if sent.start == 0:
            return start
        prev = self.doc[sent.start - 1].sent
        seg = self.article.segment_at(start)
        if seg is None or prev.start_char < seg.start or _dateline(prev[0]):
            return start  # 'SEOUL, May 27 (Yonhap) --' parsed as a sentence of its own is no content
        words = {t.lemma_.lower() for t in prev}
        if words & speech_verbs() or any(m in prev.text for m in (STRAIGHT, *OPEN_MARKS)):
            return start
        return prev.start_char

    # -- helpers ----------------------------------------------------------------------------
    def span_of(self, tokens, least: int = 3) -> tuple[int, int] | None:
        """The span of ``tokens`` less edge punctuation, if at least ``least`` words remain."""
        tokens = [t for t in tokens if not t.is_space]
        while tokens and (tokens[-1].is_punct or tokens[-1].lower_ in ("and", "but")):
            if _closes_mark(tokens):
                break
            tokens = tokens[:-1]
        while tokens and tokens[0].is_punct:
            tokens = tokens[1:]
        if tokens and _dateline(tokens[0]):  # 'SEOUL (Reuters) - North Korea fired X, the military said'
            dash = next((i for i, t in enumerate(tokens[:9]) if _dash(t)), None)
            tokens = tokens[dash + 1 :] if dash is not None else tokens
        if tokens:  # the parse cut 'TOKYO, | Oct. 8 (Jiji Press) --': the date and agency are no content
            end = self.past_dateline(tokens[0].idx)
            tokens = [t for t in tokens if t.idx >= end]
        if len(tokens) < least or not any(t.is_alpha or t.like_num for t in tokens):
            return None
        if all(t.ent_type_ in _WHEN or t.pos_ in ("ADP", "DET", "PUNCT") for t in tokens):
            return None  # 'reached an agreement on Tuesday': a time alone is nothing said
        return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)

    def past_dateline(self, offset: int) -> int:
        """``offset``, or the end of the wire dateline it lies in: a dateline is no content."""
        return next((end for start, end, _town in self.datelines if start <= offset < end), offset)

    def token_at(self, offset: int):
        """The token at ``offset``, or the first one after it."""
        i = bisect_right(self.starts, offset) - 1
        if i >= 0 and offset < self.starts[i] + max(len(self.doc[i].text), 1):
            return self.doc[i]
        return self.doc[i + 1] if i + 1 < len(self.starts) else None

    def inside_quote(self, offset: int) -> bool:
        i = bisect_right(self.quoted_starts, offset) - 1
        return i >= 0 and offset < self.quoted[i][1]

    def in_credit(self, offset: int) -> bool:
        return any(s <= offset < e for s, e in self.credits)

    def actor_for(self, token) -> tuple[str | None, Span | None]:
        """The actor named by a subject or object token and the words naming it; names joined by
        "and" ("Moon and Kim agreed") are one group actor of them all."""
        actor_id, span = self.one_actor_for(token)
        if token.tag_ == "NNS" and span is not None:  # 'the leaders of the US, Japan and South Korea'
            of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            inner = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
            if inner is not None and inner.conjuncts:
                group, _words = self.actor_for(inner)
                if group is not None and self.article.actor(group).kind == "group":
                    return group, Span(span.start, inner.right_edge.idx + len(inner.right_edge.text))
            if inner is not None and (group := self.named_within(inner)) is not None:
                return group, Span(span.start, inner.right_edge.idx + len(inner.right_edge.text))
        joined = [c for c in token.conjuncts if c.i > token.i] if token.dep_ != "conj" else []
        if actor_id is not None and not joined and span is not None:
            return self.joined_inside(token) or (actor_id, span)
        if actor_id is None or not joined or span is None:
            return actor_id, span
        members = [actor_id, *(self.one_actor_for(c)[0] for c in joined if not self.titled_state(c))]
        members = list(dict.fromkeys(m for m in members if m is not None))
        if len(members) < 2:
            return self.joined_inside(token) or (actor_id, span)
        last = joined[-1].right_edge
        return group_speaker(self.article, members), Span(min(span.start, token.left_edge.idx), last.idx + len(last.text))

    def named_within(self, token) -> str | None:
        """'the leaders of North and South Korea' (the parse joins no names): the group of the
        states named inside the phrase, joined by "and", else None."""
        start, end = token.left_edge.idx, token.right_edge.idx + len(token.right_edge.text)
        if " and " not in self.text[start:end]:
            return None
        i = bisect_left(self.mentions, (start,))
        ids = []
        while i < len(self.mentions) and self.mentions[i][0] < end:
            s, e, actor_id, rank = self.mentions[i]
            if e <= end and actor_id not in ids:
                if rank != 2:
                    return None  # 'critics of Clinton and her party': not states speaking together
                ids.append(actor_id)
            i += 1
        return group_speaker(self.article, ids) if len(ids) > 1 else None

    def titled_state(self, token) -> bool:
        """'North Korean leader' (a title whose state names no one): not the state speaking."""
        return token.pos_ == "NOUN" and self.actor_at(token.idx, token.idx + len(token.text)) is None

    def joined_inside(self, token) -> tuple[str | None, Span] | None:
        """'South Korean President Moon Jae-in and North Korean leader Kim Jong-un agreed', parsed
        as one name: two people joined by "and" inside the phrase."""
        lo, hi = token.left_edge, token.right_edge
        if not any(t.lower_ == "and" for t in token.doc[lo.i : hi.i + 1]):
            return None
        start, end = lo.idx, hi.idx + len(hi.text)
        people = sorted((s, e, a) for s, e, a, rank in self.mentions if start <= s and e <= end and rank == 0)
        members = list(dict.fromkeys(a for _s, _e, a in people))
        if len(members) != 2 or " and " not in self.text[people[0][1] : people[-1][0]]:
            return None
        # "and" right after the first name joins the two ("X and his counterpart, Y"), not an "and"
        # inside a title ("X's adviser on trade and energy, Y") or a relative clause ("Y, who
        # spoke of X's health and ...")
        second = next(p for p in people if p[2] != people[0][2])
        if not self.text[people[0][1] : second[0]].lstrip(" ,").startswith("and "):
            return None
        return group_speaker(self.article, members), Span(start, end)

    def one_actor_for(self, token) -> tuple[str | None, Span | None]:
        """The actor named by one subject or object token, and the words naming it. A relative
        pronoun ("nations that oppose X", "Kim, who said ...") keeps its words and takes the
        actor of what it refers to."""
        if token.lower_ in _RELATIVES and token.head.dep_ == "relcl" and token.head.head.i != token.i:
            antecedent = token.head.head
            actor = self.actor_for(antecedent)[0]
            named = actor is None and antecedent.i < token.i
            # 'a visa program that allows X', no actor: the words run from what it refers to
            start = antecedent.left_edge.idx if named else token.idx
            return actor, Span(start, token.idx + len(token.text))
        last = _phrase_end(token)
        if token.dep_ in ("nsubj", "nsubjpass") and token.i < token.head.i <= last.i:
            last = token.doc[token.head.i - 1]  # 'governments had warned ..., a charge Moscow denied': no appositive after the verb
        first = token.left_edge
        while first.is_punct and first.i < token.i:  # '-- Kim Yo Jong' after a dateline
            first = token.doc[first.i + 1]
        lo, hi = first.idx, last.idx + len(last.text)
        if token.pos_ == "NOUN" and token.lemma_.lower() in vehicle_nouns():
            issuer = _issuer(token)  # 'Kim issued a statement. "...," the statement said': Kim's
            if issuer is not None and issuer.i != token.i:
                actor = self.actor_for(issuer)[0] or self.named_before(issuer)
                return actor, Span(lo, token.idx + len(token.text))
        inside = []
        for s, e, actor_id, rank in self.mentions:
            if s <= token.idx < e:
                if rank > 0 and (person := self.person_titled_in(token, lo, hi)) is not None:
                    return person  # "Peru's Consul General in Bonn, Rosa Vidal,": Vidal, not a body
                return self.members_of(s, e) or actor_id, Span(s, e)
            if lo <= s and e <= hi:
                inside.append((rank, s, actor_id, Span(s, e)))
        named = [x for x in inside if _in_apposition(token, x[1]) and not self.plural_at(x[3])]  # not "reporters"
        if not named and (owner := self.kin_of_a_person(token)) is not None:
            # '"...," his wife said', "the sister of Kim Jong Un warned": not he, not Kim
            return None, Span(lo, max(token.idx + len(token.text), owner.right_edge.idx + len(owner.right_edge.text)))
        inside = named or inside  # "Moon's spokesman, Kim Eui-kyeom,": the spokesman, not Moon
        if inside:  # "North Korean leader Kim Jong-un": the person, not the state
            rank, _s, actor_id, words = min(inside, key=lambda x: (x[0], x[1]))
            if rank == 2 and self.described_by_state(token, words) or rank > 0 and _one_of_a_place(token, words):
                return None, Span(lo, token.idx + len(token.text))  # "the South Korean retail giant": not Seoul
            return actor_id, Span(lo, token.idx + len(token.text))  # "Tesla's spokesman"
        return None, Span(lo, token.idx + len(token.text))


    def person_titled_in(self, token, lo: int, hi: int) -> tuple[str, Span] | None:
        """A person named in the phrase of a subject the parse headed by a body or a title:
        in apposition to it ("the Consul General in Bonn, Rosa Vidal,") or after a role noun
        ("Green Union for the Coast leader Ana Ruiz", the name parsed as the union's); no verb
        between the head and the name."""
        for s, e, actor_id, rank in self.mentions:
            if rank != 0 or s < token.idx or e > hi:
                continue
            name = self.token_at(s)
            if name is None or any(t.pos_ in ("VERB", "AUX") for t in token.doc[token.i : name.i]):
                continue
            before = token.doc[name.i - 1] if name.i > token.i + 1 else None
            last = self.token_at(e - 1)
            titled = before is not None and before.pos_ == "NOUN" and (  # "leader" and the name hung on each other
                before.dep_ == "compound" and s <= before.head.idx < e or last.head.i == before.i)
            if _in_apposition(token, s) or titled:
                return actor_id, Span(lo, e)
        return None

    def named_before(self, noun):
        """'the embassy' of "posted on the embassy website": the actor last named by words that end
        in that common noun ("Japan's embassy in Seoul"), before it."""
        if noun.pos_ != "NOUN":
            return None
        text, word = doc_text(noun.doc), noun.lower_
        named = [(s, actor_id) for s, e, actor_id, _rank in self.mentions
                 if e <= noun.idx and text[s:e].lower().rsplit(None, 1)[-1] == word]
        return max(named)[1] if named else None

    def kin_of_a_person(self, token):
        """"his wife", "Her friend", "Park's brother", "the sister of Kim Jong Un": a private
        person's noun (person_nouns.csv, sector CVL) owned by a person speaks for someone else
        than that person ("Tesla's spokesman" is Tesla's; a leader's aides and office have their
        own rules). The owner's token, else None."""
        lemma = token.lemma_.lower()
        if token.pos_ != "NOUN" or token.tag_ != "NN" or not (
                person_nouns().get(lemma) == "CVL" or ("possessor", lemma) in person_acts()):
            return None
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if owner is None and of is not None and (person_nouns().get(lemma) == "CVL" or lemma in relative_nouns()):
            owner = next((c for c in of.children if c.dep_ == "pobj"), None)  # "the sister of Kim"
        if owner is None:
            return None
        at = owner.idx
        return owner if any(s <= at < e and (a := self.article.actor(actor_id)) is not None and a.kind == "person"
                            for s, e, actor_id, _rank in self.mentions) else None

    def described_by_state(self, token, words: Span) -> bool:
        """"the South Korean retail giant", "an executive at a Japanese display maker": a firm
        (firm_nouns.txt) or a private person (person_nouns.csv, not a state's agent) that a
        state's adjective only describes; that state does not speak for them."""
        lemma = token.lemma_.lower()
        if token.pos_ != "NOUN" or token.tag_ != "NN":
            return False
        sector = person_nouns().get(lemma)
        if lemma not in firm_nouns() and (sector is None or sector in STATE_AGENTS or lemma in anaphora.TITLED):
            return False
        last = self.token_at(words.end - 1)  # "Korean" of "South Korean": a modifier, not "South Korea's"
        return last is not None and last.dep_ in ("amod", "compound") and last.head.pos_ == "NOUN"

    def plural_at(self, span: Span) -> bool:
        """Do the words end in a plural common noun ("briefing reporters")?"""
        last = self.token_at(span.end - 1)
        return last is not None and last.tag_ == "NNS"

    def members_of(self, start: int, end: int) -> str | None:
        """'The two leaders said': a mention the actors stage gave to each of several people is
        said by all of them together (a group actor)."""
        i = bisect_left(self.mentions, (start,))
        ids = []
        while i < len(self.mentions) and self.mentions[i][0] == start:
            if self.mentions[i][1] == end and self.mentions[i][2] not in ids:
                ids.append(self.mentions[i][2])
            i += 1
        return group_speaker(self.article, ids) if len(ids) > 1 else None


def _no_words(text: str, s: int, e: int) -> bool:
    """Quotation marks around no words: a number alone ('"1474387200"') or the value of a markup
    attribute left in the text ('<tweet author="carlquintanilla">')."""
    return not any(ch.isalpha() for ch in text[s:e]) or text[: s - _mark_width(text, s)].endswith("=")


def _last_said(quotes: list[Quote]) -> Quote | None:
    """The last quote that can pass its speaker on: a partial quote with no speaker (a title,
    a scare quote) cannot."""
    return next((q for q in reversed(quotes) if not q.partial or q.speaker_mention), None)


def _named_subject(verb) -> bool:
    """The verb's subject names someone: a name or a personal pronoun."""
    subject = _subject(verb)
    return subject is not None and subject.pos_ in ("PROPN", "PRON") and subject.lower_ not in _RELATIVES | {"it"}


def _named_cue(tok) -> bool:
    return tok.pos_ == "VERB" and is_cue(tok) and _named_subject(tok)


def _circumstance(verb, first) -> bool:
    """'A, Japan said Wednesday, after the launch failed', 'A, the aide said, as talks stalled':
    a clause or phrase the parse hung on the cue verb itself, opened by its subordinator or
    preposition, tells when or why it was said; it does not go on with what was said."""
    for child in verb.children:
        if child.left_edge.i != first.i or child.i <= verb.i:
            continue
        if child.dep_ == "prep":
            return True
        if child.dep_ == "advcl" and any(c.dep_ == "mark" and c.i == first.i for c in child.children):
            return True
    return False


def _as_clause(verb) -> bool:
    """'as one adviser pointed out', 'as the memo put it': a clause of saying opened by "as"."""
    return verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)


def _puts_it(verb) -> bool:
    """'as X put it': "put" with "it" for its object, in an "as" clause."""
    return (
        verb.lemma_ == "put"
        and verb.pos_ == "VERB"
        and _as_clause(verb)
        and any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children)
    )


def _misread_source(to):
    """'according to show insiders': the parse read a noun as a verb ("show") and its noun as
    the verb's object; the last noun of the phrase names the source."""
    nouns = [t for t in to.subtree if t.pos_ in ("NOUN", "PROPN") and t.i > to.i]
    clause = next((c for c in to.children if c.dep_ == "pcomp"), None)
    return nouns[-1] if clause is not None and nouns else None


def _named_before(verb, lo: int, quoted):
    """'"...," Flynn, a surrogate, said on "Fox and Friends."', '"...," Tulsa police Chief Chuck
    Jordan said': when the parse gave the verb no subject outside quotation marks (a title after
    it, or the quote's own: the verb a conjunct of its clause), the first name or pronoun between
    ``lo`` and the verb, outside quotation marks, to the end of its run of names."""
    names = [t for t in verb.doc[verb.sent.start : verb.i] if t.idx >= lo and not quoted(t.idx)]
    first = next(
        (i for i, t in enumerate(names) if _names_someone(t)),
        None,
    )
    if first is None:
        return None
    last = first
    while (
        last + 1 < len(names) and names[last + 1].pos_ == "PROPN" and names[last + 1].i == names[last].i + 1
    ):
        last += 1
    return names[last]


def _names_someone(tok) -> bool:
    if tok.pos_ == "PRON":
        return tok.tag_ == "PRP" and tok.lower_ not in ("it", "me", "him", "her", "us", "them")
    if tok.ent_type_ == "PERSON" and tok.ent_iob_ == "B":  # 'Sanders' tagged a plural noun
        return True
    return tok.pos_ == "PROPN" and tok.ent_type_ not in ("DATE", "TIME")


def _phrase_end(token):
    """The last word of the phrase ``token`` heads, less a clause that follows it: "one" in
    "one saying that Obama should go" does not name Obama."""
    clauses = [c for c in token.children if c.dep_ in ("acl", "relcl") and c.i > token.i]
    if not clauses:
        return token.right_edge
    return token.doc[max(token.i, min(c.left_edge.i for c in clauses) - 1)]


def _mark_width(text: str, quote_start: int) -> int:
    """The width of the opening mark before ``quote_start``: 2 for two apostrophes."""
    return 2 if text.startswith(DOUBLE_APOSTROPHE, quote_start - 2) else 1


def _is_mark(tok) -> bool:
    return tok.text in OPEN_MARKS or tok.text in (STRAIGHT, DOUBLE_APOSTROPHE)


def _closing_attribution(tokens):
    """After a quote that ends its sentence ('...?" she said', '..." said Trump, looking on'):
    a speech verb among the first words that takes no clause of its own (else it opens a new
    sentence: '..." Trump said the vote was rigged.')."""
    if tokens and tokens[0].pos_ == "PRON" and tokens[0].is_title:
        return None  # '..." She said ...' opens a new sentence
    for tok in tokens[:4]:
        if tok.text in _END_PUNCT or _is_mark(tok):
            return None
        if _quoting(tok) or _closing_cue(tok):
            own_clause = any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children)
            return None if own_clause else tok
    return None


def _closing_cue(tok) -> bool:
    """'"Why isn't this proof?" Vitter demanded.': a cue verb beyond the verbs of saying (a
    demand, an admission, a boast) closes a quote when it takes no object or clause after it."""
    if tok.pos_ != "VERB" or not is_cue(tok) or _subject(tok) is None:
        return False
    return not any(c.i > tok.i and c.dep_ in ("dobj", "ccomp", "xcomp", "prep", "attr") for c in tok.children)


def _named_at_length(tokens):
    """'...." Leonard Burman, director of the Tax Policy Center and a professor at X, said.':
    a speaker described at length, whose verb takes no clause of its own. A sentence that goes
    on to a quotation of its own ('...." Sen. X, a critic, called the move "the dumbest way"')
    or whose verb of quoting is no verb of saying and takes words after it ('...." Any tariffs
    would not go into effect until ...') is a new sentence, no attribution."""
    for k, tok in enumerate(tokens):
        if tok.text in _END_PUNCT or _is_mark(tok):
            return None
        if _quoting(tok) and _opens_with_subject(tok, tokens):
            if any(c.dep_ == "ccomp" and c.i > tok.i for c in tok.children) or _quotes_on(tokens[k + 1 :]):
                return None
            if not _is_speech(tok) and any(c.i > tok.i and c.dep_ in _OWN_WORDS for c in tok.children):
                return None
            return tok
    return None


_OWN_WORDS = ("dobj", "ccomp", "xcomp", "prep", "attr", "oprd")  # what a verb of its own sentence takes


def _quotes_on(tokens) -> bool:
    """A quotation mark opens in the rest of the sentence."""
    for tok in tokens:
        if tok.text in _END_PUNCT:
            return False
        if _is_mark(tok):
            return True
    return False


def _opens_with_subject(verb, tokens) -> bool:
    """The words right after the quote are the verb's subject, however long."""
    subject = _subject(verb)
    return subject is not None and subject.i < verb.i and subject.left_edge.i == tokens[0].i


def _closes_mark(tokens) -> bool:
    """The last token is a closing quotation mark whose opening mark is inside the span."""
    last = tokens[-1].text
    if last not in CLOSE_MARKS and last not in (STRAIGHT, DOUBLE_APOSTROPHE):
        return False
    marks = [t.text for t in tokens if _is_mark(t) or t.text in CLOSE_MARKS]
    return len(marks) % 2 == 0


def _is_speech(tok) -> bool:
    return verb_lemma(tok) in speech_verbs() and tok.pos_ in ("VERB", "AUX")


def _quoting(tok) -> bool:
    """A verb that attributes a quotation next to it: a speech verb, or 'continued:', 'read'."""
    return _is_speech(tok) or (verb_lemma(tok) in quote_verbs() and tok.pos_ == "VERB" and not _a_name_speaking(tok))


def _a_name_speaking(tok) -> bool:
    """'"...," Go said.': a capitalised quotation verb before a speech verb is a name (the Korean
    family name Go), not the verb that attributes the quote."""
    nxt = tok.nbor() if tok.i + 1 < len(tok.doc) else None
    return tok.is_title and nxt is not None and _is_speech(nxt)


def _subject(verb):
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects:  # the nearest: "The museum, Olsen said, ..." parsed with two subjects
        subject = min(subjects, key=lambda c: abs(c.i - verb.i))
        named = _named_before_apposition(subject, subjects)
        if named is not None:
            return named  # "Kim Eui-kyeom, a spokesman for Moon, said": Kim, not the spokesman
        if _dateline(subject):  # 'SEOUL, June 5 -- Kim Yo Jong ... issued': Kim, not the town
            joined = [c for c in subject.children if c.dep_ in ("conj", "appos")]
            past = [c for c in joined if any(_dash(t) for t in subject.doc[subject.i + 1 : c.left_edge.i])]
            return (past or joined or [None])[0]  # 'SEOUL (Reuters) - X said': X, not the agency
        shown = _shown_speaking(verb)  # 'footage of Ortiz asking': "footage" made the subject
        return shown if shown is not None and shown.head.head.i == subject.i else subject
    if verb.dep_ == "xcomp" and verb.head.dep_ == "acomp":
        return _subject(verb.head.head)  # "X was able to tout ...": the subject of "was"
    if verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBZ") and verb.head.dep_ == "ROOT" and verb.head.pos_ == "NOUN":
        return verb.head  # 'The statement, carried by KCNA, called X': a finite verb hung on its subject
    shown = _shown_speaking(verb)
    if shown is not None:
        return shown  # 'footage of Clinton asking, "..."': Clinton asks
    controller = _object_control(verb)
    if controller is not None:
        return controller  # "All this led the journalist to fear X": the journalist fears
    outer = _clause_it_follows(verb)
    if outer is not None:
        return _subject(outer)  # 'X said, "Because ...," adding ...': X adds, not the quote's "leaders"
    if verb.dep_ in ("conj", "xcomp") or (verb.dep_ == "advcl" and _nonfinite(verb)):
        return _subject(verb.head)  # "X defended it, saying ...", "X went on to discuss ..."
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
        return _vehicle_subject(verb.head) or verb.head  # "one saying that ..."
    quoted = _quoted_as(verb)
    if quoted is not None:
        return quoted  # 'Yonhap quoted an official as saying': the official says it
    if verb.dep_ == "pcomp" and verb.head.head.pos_ in ("VERB", "AUX"):
        return _subject(verb.head.head)  # "X pitched himself by telling them that ...": X tells
    if verb.dep_ == "ROOT":
        return _stranded_subject(verb) or _subject_made_apposition(verb) or _subject_in_according(verb)
    return _subject_made_object(verb) or stolen_subject(verb)


def _clause_it_follows(verb):
    """A participle of saying after a comma ('..., saying ...', '...," adding ...') that the parse hung on a
    verb inside the quotation it follows ('X said, "Because leaders are busy," adding ...') or
    inside a noun's that-clause ('X took issue with the stance that it "cannot confirm" it, saying
    ...'): the verb outside that quotation or clause, whose subject does the saying."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or not any(t.text == "," for t in verb.doc[max(verb.i - 2, 0) : verb.i]):
        return None
    if not is_cue(verb):
        return None  # '"GM remains open," continuing to sell its cars': GM goes on selling
    head = verb.head
    if head.i > verb.i:
        return None
    marks = [t for t in verb.doc[head.i + 1 : verb.i] if _is_mark(t) or t.text in CLOSE_MARKS]
    if len(marks) % 2:  # the head is inside the quotation the participle follows
        opening = next((t for t in reversed(verb.doc[verb.sent.start : head.i]) if _is_mark(t)), None)
        if opening is None:
            return None
        return next((a for a in head.ancestors if a.i < opening.i and a.pos_ in ("VERB", "AUX")), None)
    if head.dep_ == "acl" and head.head.pos_ == "NOUN" and any(c.dep_ == "mark" and c.lower_ == "that" for c in head.children):
        return next((a for a in head.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
    return None


def _one_of_a_place(token, words: Span) -> bool:
    """"a resident of Musan", "one villager in Hyesan": one private person (person_nouns.csv, CVL)
    of a place or body the words name after them; not that place or body (the tagger often makes
    a North Korean town a body or a person)."""
    if token.pos_ != "NOUN" or token.tag_ != "NN" or person_nouns().get(token.lemma_.lower()) != "CVL":
        return False
    if not any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one", "another") for c in token.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("of", "in", "from") and c.idx < words.start <= c.right_edge.idx
               for c in token.children)


def _subject_made_apposition(verb):
    """'"...," a resident of Hyesan, in Ryanggang province, told RFA': the speaker's phrase between
    the closing mark and the verb, which the parse hung on a word inside the quote (as an
    apposition or an object): the one word of it whose head lies outside it, a common noun."""
    k = verb.i - 1
    while k > verb.sent.start and not (_is_mark(verb.doc[k]) or verb.doc[k].text in CLOSE_MARKS):
        k -= 1
    if k <= verb.sent.start or verb.doc[k - 1].text not in (",", "?", "!") or k + 1 >= verb.i:
        return None
    words = [t for t in verb.doc[k + 1 : verb.i] if not t.is_punct]
    heads = [t for t in words if not k < t.head.i < verb.i]
    if len(heads) != 1 or heads[0].pos_ != "NOUN" or heads[0].head.i > k:
        return None
    return heads[0]


_TIME_PREPOSITIONS = {"after", "before", "since", "until", "till"}


def _subject_made_object(verb):
    """'days after the powerful sister of leader Kim warned that ...': the subject of a finite
    clause the parse made the object of the time preposition that opens it ("after X warned")."""
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0:
        return None
    tok = verb.doc[verb.i - 1]
    while not (tok.dep_ == "pobj" and tok.head.lower_ in _TIME_PREPOSITIONS):
        if tok.head.i == tok.i or tok.head.i > verb.i or tok.head.right_edge.i != verb.i - 1:
            return None
        tok = tok.head
    return tok if tok.pos_ in ("NOUN", "PROPN") else None


def _named_before_apposition(subject, subjects):
    """The name a common-noun subject describes, where the parse made an apposition a second
    subject ("Kim Eui-kyeom, a spokesman for President Moon, said"): a proper-noun subject that
    ends right before the comma that opens the noun's phrase."""
    if subject.pos_ != "NOUN" or not any(c.dep_ == "det" for c in subject.children):
        return None
    comma = subject.left_edge.i - 1
    if comma < 1 or subject.doc[comma].text != ",":
        return None
    return next((c for c in subjects if c.pos_ == "PROPN" and c.i != subject.i and c.right_edge.i == comma - 1), None)


def _dateline(tok) -> bool:
    """The upper-case town a report is filed from, opening its paragraph: 'SEOUL, June 5 --',
    'WASHINGTON (AP) --'."""
    if not (tok.is_upper and len(tok.text) > 1 and tok.pos_ in ("PROPN", "NOUN")):
        return False
    first = tok.i
    while first > 0 and tok.i - first < 3 and tok.doc[first - 1].is_upper and tok.doc[first - 1].is_alpha:
        first -= 1  # 'HONG KONG --', 'NEW YORK (Reuters) -'
    if first > 0 and not (tok.doc[first - 1].is_space or "\n" in tok.doc[first - 1].whitespace_):
        return False
    return any(_dash(t) for t in tok.doc[tok.i + 1 : tok.i + 9])


def _dash(tok) -> bool:
    """A dash, or a hyphen set off by spaces ('SEOUL (Reuters) - ...', not 'US-China')."""
    return tok.text in _DASHES or (tok.text == "-" and bool(tok.whitespace_) and bool(tok.nbor(-1).whitespace_))


def _in_apposition(token, offset: int) -> bool:
    """``offset`` lies in a name set beside ``token`` by apposition ("the spokesman, Kim,"); not
    in a plural noun the parse set there ("an official, briefing reporters on the flight to
    Manila, said": those are the people told, and where)."""
    return any(
        c.dep_ == "appos" and c.tag_ != "NNS" and c.left_edge.idx <= offset <= c.right_edge.idx
        for c in token.children
    )


def _shown_speaking(verb):
    """The name right before a participle of saying that the parse hung elsewhere: 'footage of
    Clinton asking', 'heard Scott yelling'."""
    if verb.tag_ != "VBG" or verb.i == 0:
        return None
    name = verb.doc[verb.i - 1]
    if name.pos_ != "PROPN" or name.dep_ not in ("pobj", "dobj") or name.head.i == verb.i:
        return None
    holder = name.head
    return name if holder.lower_ == "of" or holder.lemma_ in PERCEPTION_VERBS else None


def _object_control(verb):
    """The object of the verb a non-finite verb completes ("led [X] to fear", "left [X] feeling
    that", "had [X] wondering about"): that object is the one who fears, feels or wonders."""
    if verb.dep_ not in ("xcomp", "ccomp", "oprd") or verb.tag_ not in ("VB", "VBG"):
        return None
    head = verb.head
    if head.pos_ != "VERB" or head.lemma_ not in CAUSATIVES | ASKING:
        return None  # 'used blunt language to denounce X': a purpose, the subject denounces
    return next((c for c in head.children if c.dep_ == "dobj" and head.i < c.i < verb.i), None)


def _quoted_as(verb):
    """The object of "quoted" in 'KCNA quoted Kim as saying ...'."""
    if verb.dep_ != "pcomp" or verb.head.lower_ != "as" or verb.head.head.lemma_ != "quote":
        return None
    return next((c for c in verb.head.head.children if c.dep_ == "dobj"), None)


# "adopt" a resolution, "share" an update: the body whose document it is
ISSUE_VERBS = {"issue", "release", "publish", "send", "post", "make", "give", "deliver", "sign", "write", "read",
               "adopt", "share"}


def _issuer(noun):
    """Who issued a statement, report or letter: its possessor ('Kim's statement'), its source
    ('a statement from the ministry'), or for 'the statement' the subject of the verb that issued
    it earlier in the text ('Kim issued a statement ... the statement said')."""
    own = _own_issuer(noun)
    if own is not None or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children):
        return own
    lemma, doc = noun.lemma_.lower(), noun.doc
    for tok in reversed(doc[max(0, noun.i - 300) : noun.i]):
        if tok.lemma_.lower() == lemma and tok.pos_ == "NOUN":
            found = _own_issuer(tok) or _issued_by(tok)
            if found is not None or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children):
                return found  # 'Kim warned X in a statement. The statement was carried by KCNA. "...," the statement said'
        if _names_the_act(tok, lemma):
            subject = _subject(tok)  # 'The embassy is warning that X. The warning said': the embassy's
            return subject if subject is not None and subject.pos_ in ("PROPN", "NOUN") else None
    return None


def _names_the_act(verb, noun_lemma: str) -> bool:
    """'warning' of "is warning", 'announcement' of "announced": the verb whose act the document
    noun names (its stem, a verb of saying)."""
    if verb.pos_ != "VERB" or verb.dep_ == "amod":
        return False
    stem = verb_lemma(verb)
    if len(stem) < 4 or noun_lemma == stem or stem not in reporting_verbs():
        return False
    return noun_lemma.startswith(stem) or stem.endswith("e") and noun_lemma == stem[:-1] + "ation"  # declaration


SITE_NOUNS = {"website", "site", "page", "account", "channel", "homepage", "portal"}


def _site_owner(noun):
    """'the statement published on the foreign ministry's website', 'posted on the embassy
    website': the owner of the site the document was put on."""
    for verb in noun.children:
        if verb.dep_ != "acl" or verb.lemma_ not in ISSUE_VERBS | {"post", "publish", "put", "upload"}:
            continue
        for prep in verb.children:
            site = next((c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in SITE_NOUNS), None)
            if prep.dep_ != "prep" or prep.lower_ not in ("on", "at") or site is None:
                continue
            owner = [c for c in site.children if c.dep_ in ("poss", "compound") and c.pos_ in ("PROPN", "NOUN")]
            if owner:
                return owner[-1]
    return None


def _own_issuer(noun):
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ in ("PROPN", "NOUN"):
            return child
        if child.dep_ in ("prep", "agent") and child.lower_ in ("from", "by"):
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return _site_owner(noun)


def _issued_by(noun):
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "in" and verb.head.pos_ == "VERB":
        verb = verb.head  # 'Kim warned Seoul in a statement': the statement is the speaker's
        if verb_lemma(verb) not in reporting_verbs() and verb.lemma_ not in ISSUE_VERBS:
            return None
    elif noun.dep_ != "dobj" or verb.lemma_ not in ISSUE_VERBS:
        return None
    by = next((c for c in verb.children if c.dep_ == "agent"), None)
    agent = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    if agent is not None and agent.pos_ in ("PROPN", "NOUN"):
        return agent  # 'The update was shared by X in a statement': X's
    subject = _subject(verb)
    return subject if subject is not None and subject.pos_ in ("PROPN", "NOUN") else None


def _quotes_as_saying(verb) -> bool:
    """'KCNA quoted Kim as saying', 'Kim was quoted as saying': the one quoted is no content."""
    if verb.lemma_ != "quote":
        return False
    return any(c.dep_ == "prep" and c.lower_ == "as" and any(g.dep_ == "pcomp" for g in c.children) for c in verb.children)


def _vehicle_subject(noun):
    """'The council issued a statement calling X', 'she said at a news conference announcing
    X', 'posted a string of tweets mocking X': the subject of the clause that holds the
    statement says X."""
    if noun.lemma_.lower() not in vehicle_nouns():
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head  # 'unleashed a series of tweets criticizing X': the series
    verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else noun.head
    if noun.dep_ not in ("dobj", "pobj") or verb.pos_ not in ("VERB", "AUX"):
        return None
    return _subject(verb)


def _nonfinite(verb) -> bool:
    """'..., saying X', '... met to discuss X': a verb with no tense of its own."""
    return verb.tag_ == "VBG" or (verb.tag_ == "VB" and any(c.lower_ == "to" for c in verb.children))


def _after_rank(tok) -> bool:
    """The full stop of "Col." in 'spokesperson Col. Lee Sung-jun told': an abbreviated rank's."""
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return tok.text == "." and prev is not None and not prev.whitespace_ and prev.text in rank_abbreviations()


_DOUBLE_MARKS = frozenset({'"', "“", "”", "``", "''"})


def _is_age(token) -> bool:
    """"old" of "the 84-year-old", whatever the parse made of it."""
    doc, i = token.doc, token.i
    return token.lower_ == "old" and i >= 4 and doc[i - 2].lower_ == "year" and doc[i - 4].like_num


def _describes_one(token) -> bool:
    """"the 84-year-old", "the lawmaker", "the veteran": a definite description of one person
    (not "the spokesman" or "the official", whom an earlier unnamed source introduces)."""
    if _is_age(token):
        return True
    word = token.lemma_.lower()
    if token.tag_ != "NN" or word in _SOURCES or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return False
    former = any(c.lower_ in ("former", "retired") for c in token.children)  # "the former army general"
    return word in person_nouns() or former and KnowledgeBase.default().sector_for_title(word) is not None


def _court_official(token) -> bool:
    """"the judge", "the prosecutor": a person of the courts (person_nouns.csv, sector JUD), who
    is no one the sentence before speaks of unless that one is of the courts too."""
    return token.pos_ == "NOUN" and person_nouns().get(token.lemma_.lower()) == anaphora.COURTS


_SOURCES = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "source", "aide", "person"})


def _quoted_by_words(verb):
    """'KCNA quoted leader Kim Jong Un as saying ...': the one quoted, whatever the parse made of
    "quoted" (the last proper noun between "quoted" and "as saying"; ``_quoted_as`` reads the
    parse)."""
    doc, i = verb.doc, verb.i
    if verb.lower_ != "saying" or i < 3 or doc[i - 1].lower_ != "as":
        return None
    start = verb.sent.start
    quoted = next((t for t in reversed(doc[max(start, i - 12) : i - 1]) if t.lemma_.lower() == "quote"), None)
    if quoted is None or any(t.lower_ == "by" for t in doc[quoted.i + 1 : i - 1]):
        return None  # 'Kim was quoted by KCNA as saying': the subject, found from "saying"
    names = [t for t in doc[quoted.i + 1 : i - 1] if t.pos_ == "PROPN" or t.lower_ in ("him", "her")]
    return names[-1] if names else None


def _age_before(verb):
    """'"...," the 74-year-old told reporters': the age right before the verb, which the parse
    may hang anywhere."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    return before if before is not None and _is_age(before) else None


def _inverted_subject(verb):
    """'"...," said Douglas Holtz-Eakin, an economist ...': the name right after the verb; not
    after "told" (who was told: '"...," a resident told RFA')."""
    if verb.i + 1 >= len(verb.doc) or verb.lemma_.lower() == "tell":
        return None
    nxt = verb.doc[verb.i + 1]
    if nxt.pos_ != "PROPN" or nxt.ent_type_ in ("DATE", "TIME"):
        return None
    while nxt.head.i != nxt.i and nxt.head.pos_ == "PROPN" and nxt.head.i > verb.i:
        nxt = nxt.head
    return nxt


def _stranded_subject(verb):
    """'In a meeting with the board of the Washington Post Trump said ...': a name right before
    the verb that the parse hung inside the opening phrase."""
    i = verb.i - 1
    while i >= verb.sent.start and verb.doc[i].pos_ in ("AUX", "ADV", "PART"):
        i -= 1
    tok = verb.doc[i] if i >= verb.sent.start else None
    if tok is None or tok.pos_ not in ("PROPN", "PRON") or tok.dep_ != "pobj":
        return None
    return tok


def _subject_in_according(verb):
    """'According to the news agency, Ri Son, an aide of the leader, claimed X': the name the
    parse hung on the source as an apposition (or a conjunct), set off by commas and followed by
    the verb with no subject of its own, is the verb's subject (the source only carried what it
    said)."""
    first = verb.sent[0]
    if first.lower_ != "according" or first.head.i != verb.i:
        return None
    to = next((c for c in first.children if c.lower_ == "to"), None)
    source = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if source is None or verb.doc[source.i + 1].text != ",":
        return None
    if any(c.dep_ == "cc" for c in source.children):
        return None  # 'According to Kyodo and NHK, ...': two sources
    named = [c for c in source.children if c.dep_ in ("appos", "conj") and c.pos_ == "PROPN" and source.i < c.i < verb.i]
    if len(named) != 1 or verb.doc[verb.i - 1].text != "," and named[0].right_edge.i + 1 != verb.i:
        return None
    return named[0]


def _addressee(verb):
    for child in verb.children:
        if child.dep_ == "dative" or (child.dep_ == "dobj" and verb.lemma_ == "tell"):
            return child
    return None


# A wire dateline with the agency between slashes and no dash: "CAIRO, May 3. /TASS/. The army ...".
_AGENCY_DATELINE = re.compile(
    r"(?:\A|\n)[ \t]*(?P<town>[A-Z][A-Z'’.\-]+(?:[ ][A-Z][A-Z'’.\-]+){0,3}),[ ][A-Z][a-z]{2,8}\.?[ ]\d{1,2}\.[ ]*"
    r"/[A-Za-z .&-]{2,20}/\.?[ ]+")


def _agency_datelines(text: str) -> list[tuple[int, int, int]]:
    """(start, end, end of the town's name) of each dateline of the slashed-agency form, which
    the events' dateline reader (a dash after the credit) does not take: no content of a lead."""
    return [(m.start("town"), m.end(), m.end("town")) for m in _AGENCY_DATELINE.finditer(text)]
