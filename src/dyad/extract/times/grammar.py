"""Find time expressions in text with regular patterns built from the lexicon.

``find(text)`` returns ``Found`` items: a kind, character offsets and the named parts of the
match. It only finds; ``resolve`` gives the values. Spans follow TimeML TIMEX3 extents:
determiners and modifiers ("the", "early") are in, prepositions ("on", "in") are out.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from dyad.extract.times.lexicon import load_lexicon
from dyad.util.first_chars import begins_with_choice, matches, skipping, with_first_chars
from dyad.util.word_regex import alternation


@dataclass(slots=True)
class Found:
    start: int
    end: int
    kind: str
    parts: dict = field(default_factory=dict)
    priority: int = 0


def _word(words) -> str:
    return rf"(?<![A-Za-z])(?:{alternation(words)})(?![A-Za-z])"


@dataclass(frozen=True, slots=True)
class Rule:
    kind: str
    pattern: re.Pattern
    needs: re.Pattern | None = None  # a part of every match: a text without it is skipped
    scan: re.Pattern | None = None  # the pattern as ``first_chars.skipping`` has it, read by ``find``


@lru_cache(maxsize=1)
def rules() -> list[Rule]:
    """The grammar, in priority order. A rule may name a part that all its matches contain (a
    month name, "ago"); ``find`` runs the rule only over texts where that part occurs."""
    lex = load_lexicon()
    month = _word(lex.months)
    weekday = _word(lex.weekdays)
    day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:%]|\.\d|\s*(?:%|percent))"
    year = r"(?<![\d$£€,.])(?:1\d\d\d|20\d\d)(?![\d%]|[,.]\d)"
    mod = rf"(?:{alternation(lex.modifiers)})(?:\s+|-)"
    season = _word(lex.seasons)
    part = _word(lex.parts_of_day)
    holiday = _word(lex.holidays)
    units = _word(lex.units)
    singular = _word(u for u in lex.units if not u.endswith("s") or u == "hours")
    plural = _word(u for u in lex.units if u.endswith("s"))
    tens = alternation(w for w, n in lex.numbers.items() if n % 10 == 0 and 20 <= n <= 90)
    ones = alternation(w for w, n in lex.numbers.items() if 1 <= n <= 9 and w not in ("a", "an"))
    words = alternation([*lex.numbers, *lex.vague_numbers])
    number = rf"(?:\d+(?:[.,]\d+)?|(?<![A-Za-z])(?:(?:{tens})[\s-](?:{ones})|{words})(?![A-Za-z]))"
    ordinal = rf"(?:\d{{1,2}}(?:st|nd|rd|th)|{alternation(lex.ordinals)})"
    relword = rf"(?:the\s+|that\s+)?(?:{alternation(lex.relative_words)})"
    tz = alternation(lex.timezones)
    period_nouns = "seasons?|history|era|eras|times|period|periods|memory|past"
    run_word, run_unit = "consecutive|straight|successive", "day|week|month|quarter|year|session"
    comma = r"(?:\s?,)?"  # tokenised text sets a comma apart: "December 10 , 2013"
    ref_words = alternation(lex.reference_adjectives)
    not_age = r"(?![A-Za-z]|-old|\s+old\b|-long\b|\s+and\s+(?:older|over|up|younger)\b|\s+of\s+age\b)"
    unit_word = r"day|week|month|quarter|year|decade|century"
    # lists of words that are no prefix of each other, so that their order does not count
    rel_month = alternation(("last", "next", "this", "that", "coming", "past"))
    rel_season = alternation(("last", "next", "this", "that", "the", "coming", "past"))
    rel_weekday = alternation(("last", "next", "this", "coming", "past", "previous"))
    pre_duration = alternation(("past", "last", "next", "coming", "recent", "previous"))
    pre_bare = alternation(("past", "last", "next", "coming", "recent"))
    table = [
        ("iso", r"(?<![\d-])(?P<year>\d{4})-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?![\d-])"),
        ("numeric", r"(?<![\d/.])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4}|\d{2})(?![\d/])"),
        (
            "date",
            rf"(?:(?P<weekday>{weekday}){comma}[^\S\n]+)?(?P<month>{month})\s*(?P<day>{day})"
            rf"(?:\s*(?:-|–|to|through)\s*(?P<day2>{day}))?(?:{comma}\s+(?P<year>{year}))?",
            month,
        ),
        (
            "date",
            rf"(?:(?P<weekday>{weekday}){comma}[^\S\n]+)?(?:the\s+)?(?P<day>{day})(?:\s+of)?\s+(?P<month>{month})"
            rf"(?:{comma}\s+(?P<year>{year}))?",
            month,
        ),
        ("month_year", rf"(?:(?P<mod>{mod}))?(?P<month>{month}){comma}\s+(?:of\s+)?(?P<year>{year})", month),
        (  # "October of next year", "in March last year"
            "month",
            rf"(?:(?P<mod>{mod}))?(?P<month>{month})\s+(?:of\s+)?(?P<rel_year>last|next|this)\s+year(?![A-Za-z])",
            month,
        ),
        (
            "month",
            rf"(?:(?P<mod>{mod}))?(?:(?P<rel>{rel_month})\s+)?(?P<month>{month})",
            month,
        ),
        (
            "decade",
            rf"(?:(?<=\bthe\s)(?P<the>))?(?:(?P<mod>{mod}))?(?P<decade>(?:1\d|20)\d0s|[’']\d0s|\d0s)(?![A-Za-z])",
            r"\d0s",
        ),
        ("century", rf"(?:(?P<mod>{mod}))?(?P<ord>{ordinal})[\s-]+century(?![A-Za-z])", "century"),
        (
            "season",
            rf"(?:(?P<mod>{mod}))?(?:(?P<rel>{rel_season})\s+)?(?P<season>{season})"
            rf"(?:\s+(?:of\s+)?(?P<year>{year}))?",
            season,
        ),
        (
            "quarter",
            rf"(?:the\s+)?(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter"
            rf"(?:\s+of\s+(?:(?P<year>{year})|(?P<rel>last|this|next)\s+year))?"
            rf"|(?P<final>final|last)[\s-]+quarter\s+of\s+(?:(?P<year_f>{year})|(?P<rel_f>last|this|next)\s+year))(?![A-Za-z])",
            "quarter",
        ),
        (
            "time",
            rf"(?P<h>[01]?\d|2[0-3])(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>[ap]\.m\.?|[ap]m(?![A-Za-z]))"
            rf"(?:\s+(?P<tz>{tz})(?![A-Za-z]))?",
        ),
        ("time", rf"(?<![\d:])(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?![\d:])(?:\s+(?P<tz>{tz})(?![A-Za-z]))"),
        ("time", r"(?<=\bat\s)(?P<h>[01]?\d|2[0-3])[:.](?P<mi>[0-5]\d)(?![\d:])"),
        ("time", rf"(?<![\d:.,$])(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)\s+(?P<tz>{tz})(?![A-Za-z])"),
        ("time", r"(?<![A-Za-z])(?P<noon>noon|midday|midnight)(?![A-Za-z])"),
        ("clock_duration", r"(?<![\d:])(?P<h>\d{1,2}):(?P<mi>[0-5]\d):(?P<s>[0-5]\d)(?![\d:])"),
        (
            "weekday",
            rf"(?:(?P<rel>{rel_weekday})\s+)?(?P<weekday>{weekday})"
            rf"(?:\s+(?P<part>{part}))?",
            weekday,
        ),
        (
            "daypart",
            rf"(?<![A-Za-z])(?P<deictic>this|yesterday|tomorrow|last|today)\s+(?P<part>{part})",
            part,
        ),
        ("deictic", rf"(?P<deictic>{_word(lex.deictic)})"),
        (
            "relative",
            rf"(?:(?P<mod>{mod}))?(?<![A-Za-z])(?P<rel>{relword})\s+(?:fiscal\s+|financial\s+|calendar\s+)?"
            r"(?P<unit>day|week|weekend|month|quarter|year|decade|century)(?![A-Za-z-])",
            unit_word,
        ),
        (  # "over its launch the previous night", "the night before,": the day before the story's, that part
            "day_before_part",
            rf"(?<![A-Za-z])the\s+(?:(?:previous|preceding|prior)\s+(?P<part>{part})"
            rf"|(?P<part_b>{part})\s+before(?=\s*[,.;:)]))",
            r"\b(?:previous|preceding|prior|before)\b",
        ),
        (
            "story_day",
            r"(?:(?P<mod>early|earlier|late|later)\s+in\s+)?(?<![A-Za-z])the\s+(?P<unit>day|weekend)"
            r"(?![A-Za-z-])(?!\s+(?:before|after|of|when|that|on|in|to|which|he|she|they|it)\b)",
            r"\bthe\s+(?:day|weekend)\b",
        ),
        (
            "run",
            rf"(?:(?:a|the)\s+)?(?P<ord>{ordinal})(?=\s+(?:{run_word})\s|\s+(?:{run_unit})\s+(?:in\s+a\s+row|running)\b)"
            rf"\s+(?:(?P<consecutive>{run_word})\s+)?(?P<unit>{run_unit})(?![A-Za-z])(?P<row>\s+in\s+a\s+row|\s+running)?",
            rf"(?:{run_word})\s+(?:{run_unit})|(?:{run_unit})\s+(?:in\s+a\s+row|running)",
        ),
        (  # "the same month a year earlier": the period named before, a year back
            "same_period",
            r"(?<![A-Za-z])the\s+same\s+(?P<unit>week|month|quarter)\s+(?:a\s+year\s+(?:ago|earlier|before)"
            r"|(?:of\s+)?(?:the\s+)?(?:last|previous|prior)\s+year|the\s+year\s+before)(?![A-Za-z])",
            "same",
        ),
        (
            "period_edge",
            r"(?<![A-Za-z])(?P<mod>the\s+(?:end|beginning|start|middle)\s+of)\s+(?:the\s+)?"
            r"(?P<unit>week|month|quarter|year|decade|century)(?![A-Za-z-])",
        ),
        ("ago", rf"(?:(?P<num>{number})[\s-]+)?(?P<unit>{units})\s+ago(?![A-Za-z])", "ago"),
        (
            "offset",
            rf"(?P<num>{number})[\s-]+(?P<unit>{units})\s+(?P<dir>later|earlier)(?![A-Za-z])(?!\s+than)",
            "later|earlier",
        ),
        ("offset", r"(?<![A-Za-z])the\s+(?P<unit>day|week|month|year)\s+(?P<dir>before|after)(?=\s*[,.;:)])"),
        (
            "duration",
            rf"(?<![\w-])(?:(?P<pre>(?:the\s+)?(?:{pre_duration})|the)\s+)?"
            rf"(?:(?P<num0>{number})\s*(?:-|to|and|or)\s*)?(?P<num>{number})[\s-]+"
            rf"(?:(?:consecutive|straight|successive)\s+)?(?P<unit>{units}){not_age}",
            units,
        ),
        (
            "bare_duration",
            rf"(?:(?P<pre>(?:the\s+)?(?:{pre_bare}))\s+)?(?P<unit>{plural}){not_age}",
            units,
        ),
        (
            "set",
            rf"(?<![A-Za-z])(?P<q>every|each)\s+(?:(?P<num>{number})\s+)?(?P<unit>{singular}|{weekday}|{part}|{season})",
        ),
        ("set", rf"(?<![A-Za-z])(?P<freq>once|twice)\s+(?:a|an|per|each)\s+(?P<unit>{singular})"),
        (
            "set",
            r"(?<![A-Za-z])(?P<adverb>annually|annual|yearly|daily|weekly|monthly|hourly|nightly)(?![A-Za-z])",
        ),
        ("reference", rf"(?P<ref>{_word(lex.references)})"),
        (  # "recent losses"; not "recent years", "recent history": those name a period
            "reference",
            rf"(?<![A-Za-z])(?P<ref>{ref_words})(?![A-Za-z-])(?!\s+(?:{units}|{period_nouns})\b)(?P<adjective>)",
        ),
        (
            "holiday",
            rf"(?:(?P<rel>{alternation(('last', 'next', 'this'))})\s+)?(?P<holiday>{holiday})(?:\s+(?P<year>{year}))?",
            holiday,
        ),
        (
            "year",
            rf"(?:(?P<mod>{mod}))?(?:(?P<fy>{alternation(('fiscal', 'FY'))})\s*)?(?P<year>{year})",
            year,
        ),
        ("year_range", rf"{year}[-–](?P<year2>\d\d)(?![\d%-])(?!\s*(?:percent|per\s+cent))", year),
        ("year", r"(?<![\w’'])(?P<apostrophe>[’'])(?P<short>\d\d)(?![\w’'])", r"[’']\d\d"),
    ]
    return _compile(table)


def _compile(table: list[tuple]) -> list[Rule]:
    """Rules from (kind, pattern[, needed part]) rows; rules that need the same part share it. Each
    pattern behind a look-ahead on the characters its matches begin with (the same matches, found
    faster: see ``dyad.util.first_chars``)."""
    needs: dict[str, re.Pattern] = {}
    out = []
    for kind, pattern, *part in table:
        need = needs.setdefault(part[0], _needed(part[0])) if part else None
        compiled = re.compile(pattern, re.IGNORECASE)
        out.append(Rule(kind, with_first_chars(compiled), need, skipping(compiled)))
    return out


def _needed(part: str) -> re.Pattern:
    """A rule's needed part, compiled. One that begins with a choice of words or a word boundary
    ("day|week|...", "\\bthe\\s+...") goes behind the look-ahead on its first characters: the
    engine would try every alternative at every position of the text. One that begins with a
    letter, a set or a look-behind is searched faster as it is."""
    pattern = re.compile(part, re.IGNORECASE)
    return with_first_chars(pattern) if begins_with_choice(pattern) else pattern


def find(text: str) -> list[Found]:
    """All time expressions in ``text``, longest first where they overlap, in text order."""
    candidates = []
    present: dict[re.Pattern, bool] = {}
    for priority, rule in enumerate(rules()):
        if rule.needs is not None and not _occurs(rule.needs, text, present):
            continue
        for start, end, groups in _matches(rule, text):
            parts = {k: v for k, v in groups.items() if v is not None}
            found = Found(start, end, rule.kind, parts, priority)
            if plausible(found, text):
                candidates.append(found)
    chosen = _longest_first(candidates)
    return split_ranges(merge_times(_approximated(chosen, text), text), text)


def _matches(rule: Rule, text: str):
    """(start, end, groupdict) of each match of the rule's pattern in the text, by its skipping
    form where it has one (the same matches, found faster: ``first_chars.matches``)."""
    if rule.scan is not None:
        return matches(rule.scan, text)
    return ((m.start(), m.end(), m.groupdict()) for m in rule.pattern.finditer(text))


@lru_cache(maxsize=1)
def _approximator() -> re.Pattern:
    return re.compile(rf"(?<![A-Za-z])(?P<approx>{alternation(load_lexicon().approximators)})\s+$", re.IGNORECASE)


def _approximated(found: list[Found], text: str) -> list[Found]:
    """A duration or "ago" takes in the word that qualifies its amount: "about six years" (TimeML
    mod APPROX), "almost seven years ago" (LESS_THAN)."""
    out = []
    for f in found:
        if f.kind in ("duration", "ago"):
            window = max(0, f.start - 24)
            m = _approximator().search(text, window, f.start)
            if m is not None and (not out or out[-1].end <= m.start()):
                f = Found(m.start(), f.end, f.kind, {**f.parts, "approx": m["approx"]}, f.priority)
        out.append(f)
    return out


def _occurs(part: re.Pattern, text: str, seen: dict[re.Pattern, bool]) -> bool:
    if part not in seen:
        seen[part] = _searcher(part).search(text) is not None
    return seen[part]


@cache
def _searcher(part: re.Pattern) -> re.Pattern:
    """A needed part as ``first_chars.skipping`` has it (it matches where the part matches, so a
    search finds one where the part has one), or the part itself."""
    return skipping(part) or part


def _longest_first(candidates: list[Found]) -> list[Found]:
    chosen: list[Found] = []
    for f in sorted(candidates, key=lambda f: (f.start - f.end, f.priority, f.start)):
        if all(f.end <= c.start or f.start >= c.end for c in chosen):
            chosen.append(f)
    return sorted(chosen, key=lambda f: f.start)


FULL_MONTHS = frozenset(name.lower() for name in calendar.month_name if name)
NAMES = ("month", "weekday", "holiday")


def plausible(found: Found, text: str) -> bool:
    """Text-only checks: proper names capitalised, bare month and season words not verbs."""
    parts = found.parts
    if "\n" in text[found.start : found.end]:
        return False
    for name in NAMES:
        if name in parts and parts[name][0].islower():
            return False
    if found.kind == "month":
        return _bare_month_ok(found, text)
    if found.kind == "season":
        return _season_ok(found, text)
    if found.kind == "story_day":
        return (
            parts["unit"].lower() == "weekend"
            or word_before(text, found.start) in DAY_VERBS
            or "mod" in parts
        )
    if found.kind == "reference" and "adjective" in parts:  # "the most recent model" compares
        return word_before(text, found.start) not in ("most", "more", "less", "least")
    if found.kind == "run":
        return "consecutive" in parts or "row" in parts
    if found.kind == "decade":
        return "the" in parts or len(parts["decade"]) == 5 or parts["decade"][0] in "'’"
    if found.kind == "duration" and COMPARED.match(text, found.end):  # "two seconds faster than"
        return False
    if found.kind == "duration" and parts["unit"].lower().startswith("second"):
        return parts["num"].lower() not in ("a", "an")
    if found.kind == "bare_duration":
        after = re.match(r"\s+(before|after|later|earlier)\b", text[found.end :])
        return "pre" in parts or bool(after) or word_before(text, found.start) in DURATION_WORDS
    return True


COMPARED = re.compile(r"\s+(?:slower|faster|quicker)\s+than\b", re.IGNORECASE)

# words before a bare plural unit that make it a duration ("could take weeks", "in just minutes")
DURATION_WORDS = frozenset(
    {
        "for",
        "in",
        "over",
        "within",
        "after",
        "take",
        "takes",
        "took",
        "taking",
        "taken",
        "last",
        "lasts",
        "lasted",
        "lasting",
        "spend",
        "spent",
        "spending",
        "just",
        "only",
    }
)

# words before "the day" that make it the day of the story ("ended the day up 2 %", "earlier in the day")
DAY_VERBS = frozenset(
    {
        "end",
        "ends",
        "ended",
        "ending",
        "start",
        "starts",
        "started",
        "starting",
        "close",
        "closes",
        "closed",
        "closing",
        "finish",
        "finished",
        "finishing",
        "open",
        "opened",
        "opening",
        "in",
        "of",
        "during",
        "throughout",
        "for",
    }
)


def _bare_month_ok(found: Found, text: str) -> bool:
    word = found.parts["month"].lower()
    if word not in FULL_MONTHS:
        return False
    named = found.parts.get("rel") or found.parts.get("mod") or found.parts.get("rel_year")
    if word in load_lexicon().ambiguous_months and not named:
        after = text[found.end : found.end + 3]
        return word_before(text, found.start) in (
            "in",
            "of",
            "since",
            "until",
            "by",
            "during",
            "last",
            "early",
            "late",
        ) or after.startswith((",", "."))
    return True


def _season_ok(found: Found, text: str) -> bool:
    parts = found.parts
    rel = (parts.get("rel") or "").lower()
    if "year" in parts or "mod" in parts or rel in ("last", "next", "this", "coming", "past"):
        return True
    if re.match(r"\s+of\s+(?!\d)", text[found.end :]):
        return False
    before = word_before(text, found.start)
    if _named_season(found, text):  # "the IMF's Autumn meetings"
        return True
    if parts["season"].lower() == "fall":
        return rel == "the" and before in ("in", "during", "by", "until", "since", "this", "next", "last")
    return bool(rel) or before in ("in", "during", "by", "until", "since", "over", "through")


def _named_season(found: Found, text: str) -> bool:
    """A capitalised season word inside a sentence, not part of a name ("Arab Spring")."""
    word = found.parts["season"]
    if not word[0].isupper() or word.lower() == "fall" or found.start != found.end - len(word):
        return False
    before = text[max(0, found.start - 30) : found.start].rstrip(" ")
    if not before or before[-1] in ".!?\n\"'`":
        return False
    m = re.search(r"([A-Za-z]+)$", before)
    return m is None or not m.group(1)[0].isupper()


def word_before(text: str, start: int) -> str:
    m = re.search(r"([A-Za-z]+)\W*$", text[max(0, start - 30) : start])
    return m.group(1).lower() if m else ""


JOIN_TIME = re.compile(r"\s*(?:,\s*)?(?:at|on|,)?\s*$", re.IGNORECASE)
DAYLIKE = ("date", "weekday", "deictic", "iso", "numeric")


def merge_times(found: list[Found], text: str) -> list[Found]:
    """Join a clock time to the day next to it: "Oct. 30 at 3 p.m.", "15:00 GMT Saturday"."""
    merged: list[Found] = []
    for f in found:
        prev = merged[-1] if merged else None
        between = text[prev.end : f.start] if prev else ""
        if prev and len(between) <= 5 and JOIN_TIME.match(between) and _pair(prev.kind, f.kind):
            day, clock = (prev, f) if prev.kind != "time" else (f, prev)
            parts = {**day.parts, "clock": clock.parts, "day_kind": day.kind}
            merged[-1] = Found(prev.start, f.end, "datetime", parts, prev.priority)
        else:
            merged.append(f)
    return merged


def _pair(a: str, b: str) -> bool:
    return (a in DAYLIKE and b == "time") or (a == "time" and b in DAYLIKE)


def split_ranges(found: list[Found], text: str) -> list[Found]:
    """ "March 3-5" becomes two expressions, as TimeML annotates ranges: "March 3" and "5";
    so does "12 to 18 months": "12" and "18 months"."""
    out = []
    for f in found:
        if f.kind == "year_range":  # "1957-58": two years, as TimeML annotates them
            first = text[f.start : f.end].rstrip("0123456789")[:-1]
            century = int(first[-4:-2]) + (int(f.parts["year2"]) < int(first[-2:]))  # "1999-00"
            out.append(Found(f.start, f.start + len(first), "year", {"year": first[-4:]}, f.priority))
            out.append(Found(f.end - 2, f.end, "year", {"year": f"{century}{f.parts['year2']}"}, f.priority))
            continue
        if f.kind == "duration" and "num0" in f.parts:
            out.extend(_split_duration(f, text))
            continue
        day2 = f.parts.get("day2")
        if f.kind != "date" or not day2:
            out.append(f)
            continue
        second_start = text.rindex(day2, f.start, f.end)
        first_end = text.rindex(f.parts["day"], f.start, second_start) + len(f.parts["day"])
        first = {k: v for k, v in f.parts.items() if k != "day2"}
        second = {**first, "day": day2}
        second.pop("weekday", None)
        out.append(Found(f.start, first_end, "date", first, f.priority))
        out.append(Found(second_start, f.end, "date", second, f.priority))
    return out


def _split_duration(f: Found, text: str) -> list[Found]:
    num0 = f.parts["num0"]
    first_start = text.index(num0, f.start)
    second_start = text.index(f.parts["num"], first_start + len(num0))
    parts = {k: v for k, v in f.parts.items() if k not in ("num0", "pre")}
    first = Found(first_start, first_start + len(num0), "duration", {**parts, "num": num0}, f.priority)
    if f.start < first_start:  # "the past 12 to 18 months": the determiner stays with the first
        first = Found(f.start, first.end, "duration", {**f.parts, "num": num0}, f.priority)
    return [first, Found(second_start, f.end, "duration", parts, f.priority)]
