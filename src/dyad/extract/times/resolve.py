"""Give each found time expression its TimeML value, against the publication date or the text.

Deictic expressions ("yesterday", "last week", "two years ago") count from the publication
date; anaphoric ones ("the following day", "two days later", "that year") from the latest date
the text mentioned before them, else from the publication date. Without a publication date a
deictic expression gets X's in its value (``XXXX-WXX``) and precision ``unknown``, and a
year-less date keeps an unknown year (``XXXX-10-30``): dyad never takes a year from the clock of
the machine it runs on, nor from an unrelated year elsewhere in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from dyad.extract.times.grammar import Found
from dyad.extract.times.lexicon import load_lexicon, lookup
from dyad.extract.times.values import (
    PRECISION,
    UNKNOWN,
    duration,
    easter,
    nearest_weekday,
    nth_weekday,
    shift,
    value_at,
    year_for,
)

SEASON_MONTH = {"SP": 4, "SU": 7, "FA": 10, "WI": 1}  # a month in the season (winter Y: early Y)
SEASON_MONTHS = {"SP": (3, 4, 5), "SU": (6, 7, 8), "FA": (9, 10, 11), "WI": (12, 1, 2)}
SET_ADVERBS = {
    "annually": "P1Y",
    "annual": "P1Y",
    "yearly": "P1Y",
    "monthly": "P1M",
    "weekly": "P1W",
    "daily": "P1D",
    "hourly": "PT1H",
    "nightly": "XXXX-XX-XXTNI",
}
UTC = frozenset({"UTC", "GMT", "Z"})
DURATION_PREPOSITIONS = ("over", "within", "throughout")  # "for the last year" names the year


@dataclass(slots=True)
class Resolved:
    value: str
    precision: str
    anchor: str | None = None  # "published", "text" or None (absolute)


@dataclass(slots=True)
class Context:
    """What a value may be computed from; the stage updates it as it reads the text."""

    published: date | None
    tense: str | None = None  # past | present | future | None, of the clause around the expression
    word_before: str = ""
    last_day: date | None = None
    last_month: date | None = None
    last_year: int | None = None

    def remember(self, value: str) -> None:
        m = re.match(r"^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?:$|T)", value)
        if not m:
            return
        year, month, day = m.group(1), m.group(2), m.group(3)
        self.last_year = int(year)
        if month:
            self.last_month = date(int(year), int(month), 1)
        if day:
            self.last_day = date(int(year), int(month), int(day))

    def base(self, unit: str, anaphoric: bool) -> tuple[date | None, str | None]:
        """The date an expression in ``unit`` counts from, and where it came from."""
        if anaphoric:
            if unit in ("D", "WE", "H", "MIN", "S") and self.last_day:
                return self.last_day, "text"
            if unit in ("W", "M", "Q") and (self.last_day or self.last_month):
                return self.last_day or self.last_month, "text"
            if unit in ("Y", "DE", "CE") and self.last_year:
                return date(self.last_year, 1, 1), "text"
        return self.published, ("published" if self.published else None)


def resolve(found: Found, ctx: Context) -> Resolved | None:
    """The value of ``found``, or None when it is not a usable time expression after all."""
    handler = HANDLERS[found.kind]
    try:
        return handler(found.parts, ctx)
    except ValueError:  # "Feb. 30", "13/45/2020": not a date
        return None


def number(text: str | None) -> float | None:
    """A number written in digits or words; None for a vague one ("several")."""
    if text is None:
        return 1
    text = " ".join(text.lower().replace("-", " ").split())
    if re.fullmatch(r"\d+([.,]\d+)?", text):
        return float(text.replace(",", "."))
    lex = load_lexicon()
    if text in lex.numbers:
        return lex.numbers[text]
    words = text.split()
    if all(w in lex.numbers for w in words):
        return sum(lex.numbers[w] for w in words)
    return None


def unit_of(word: str) -> str:
    return lookup(load_lexicon().units, word)


def _day(year: int, month: int, day: int) -> str:
    return date(year, month, day).isoformat()


def _ordinal_day(text: str) -> int:
    return int(re.match(r"\d+", text).group())


def resolve_iso(p: dict, ctx: Context) -> Resolved:
    return Resolved(_day(int(p["year"]), int(p["month"]), int(p["day"])), "day")


def resolve_numeric(p: dict, ctx: Context) -> Resolved:
    a, b, year = int(p["a"]), int(p["b"]), int(p["year"])
    month, day = (b, a) if a > 12 else (a, b)  # month first unless it cannot be a month
    if year < 100:
        year += 2000 if year <= (ctx.published.year % 100 if ctx.published else 30) + 1 else 1900
    return Resolved(_day(year, month, day), "day")


def resolve_date(p: dict, ctx: Context) -> Resolved:
    month = lookup(load_lexicon().months, p["month"])
    day = _ordinal_day(p["day"])
    if "year" in p:
        return Resolved(_day(int(p["year"]), month, day), "day")
    if ctx.published:
        year = year_for(ctx.published, month, day, ctx.tense)
        return Resolved(_day(year, month, day), "day", "published")
    _day(2000, month, day)  # a leap year: rejects only days no month has
    return Resolved(f"XXXX-{month:02d}-{day:02d}", "day")


def resolve_month_year(p: dict, ctx: Context) -> Resolved:
    month = lookup(load_lexicon().months, p["month"])
    return Resolved(f"{int(p['year']):04d}-{month:02d}", "month")


def resolve_month(p: dict, ctx: Context) -> Resolved:
    month = lookup(load_lexicon().months, p["month"])
    if "rel_year" in p:  # "October of next year"
        if not ctx.published:
            return Resolved(f"XXXX-{month:02d}", "month")
        year = ctx.published.year + {"last": -1, "next": 1}.get(p["rel_year"].lower(), 0)
        return Resolved(f"{year:04d}-{month:02d}", "month", "published")
    rel = (p.get("rel") or "").lower()
    if ctx.published:
        year = _year_by_relation(ctx.published, month, rel, ctx.tense)
        return Resolved(f"{year:04d}-{month:02d}", "month", "published")
    return Resolved(f"XXXX-{month:02d}", "month")


def _year_by_relation(anchor: date, month: int, rel: str, tense: str | None) -> int:
    if rel in ("last", "past"):
        return anchor.year if month < anchor.month else anchor.year - 1
    if rel in ("next", "coming"):
        return anchor.year if month > anchor.month else anchor.year + 1
    if rel == "this":
        return anchor.year
    return year_for(anchor, month, None, tense)


def resolve_decade(p: dict, ctx: Context) -> Resolved:
    digits = re.sub(r"\D", "", p["decade"])
    if len(digits) == 2:  # "the '90s": the most recent such decade
        now = ctx.published.year if ctx.published else 1999
        century = now // 100 if int(digits) <= now % 100 else now // 100 - 1
        digits = f"{century:02d}{digits}"
    return Resolved(digits[:3] + "X", "decade")


def resolve_century(p: dict, ctx: Context) -> Resolved:
    text = p["ord"].lower()
    n = int(re.match(r"\d+", text).group()) if text[0].isdigit() else lookup(load_lexicon().ordinals, text)
    return Resolved(f"{n - 1:02d}", "century")


def resolve_season(p: dict, ctx: Context) -> Resolved:
    code = lookup(load_lexicon().seasons, p["season"])
    if "year" in p:
        return Resolved(f"{int(p['year']):04d}-{code}", "season")
    if not ctx.published:
        return Resolved(f"XXXX-{code}", "season")
    rel = (p.get("rel") or "").lower()
    month = ctx.published.month
    if rel in ("", "this", "the") and month in SEASON_MONTHS[code]:  # the season under way
        year = ctx.published.year + (code == "WI" and month == 12)
    else:
        year = _year_by_relation(ctx.published, SEASON_MONTH[code], rel, ctx.tense)
    return Resolved(f"{year:04d}-{code}", "season", "published")


def resolve_quarter(p: dict, ctx: Context) -> Resolved:
    if "final" in p:  # "the final quarter of 2009"
        p = {"ord": "4", "year": p.get("year_f"), "rel": p.get("rel_f")}
        p = {k: v for k, v in p.items() if v is not None}
    q = (
        int(re.match(r"\d", p["ord"]).group())
        if p["ord"][0].isdigit()
        else lookup(load_lexicon().ordinals, p["ord"])
    )
    if "year" in p:
        return Resolved(f"{int(p['year']):04d}-Q{q}", "quarter")
    if not ctx.published:
        return Resolved(f"XXXX-Q{q}", "quarter")
    year = ctx.published.year + {"last": -1, "next": 1}.get((p.get("rel") or "").lower(), 0)
    current = (ctx.published.month - 1) // 3 + 1
    if not p.get("rel") and ctx.tense == "past" and q > current:
        year -= 1
    return Resolved(f"{year:04d}-Q{q}", "quarter", "published")


def clock(p: dict) -> tuple[str, str]:
    """ "3:30 p.m." -> ("15:30", "minute")."""
    noon = (p.get("noon") or "").lower()
    if noon:
        return ("00:00" if noon == "midnight" else "12:00"), "minute"
    hour = int(p["h"])
    ampm = (p.get("ampm") or "").lower()
    if ampm.startswith("p") and hour < 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    if hour > 23:
        raise ValueError("not a clock time")
    zone = "Z" if (p.get("tz") or "").upper() in UTC else ""
    if p.get("mi"):
        return f"{hour:02d}:{p['mi']}{zone}", "minute"
    return f"{hour:02d}:00{zone}", "hour"


def resolve_time(p: dict, ctx: Context) -> Resolved:
    hhmm, precision = clock(p)
    if ctx.published:
        return Resolved(f"{ctx.published.isoformat()}T{hhmm}", precision, "published")
    return Resolved(f"XXXX-XX-XXT{hhmm}", precision)


def resolve_datetime(p: dict, ctx: Context) -> Resolved | None:
    day = HANDLERS[p["day_kind"]](p, ctx)
    if day is None:
        return None
    hhmm, precision = clock(p["clock"])
    return Resolved(f"{day.value.split('T')[0]}T{hhmm}", precision, day.anchor)


def resolve_weekday(p: dict, ctx: Context) -> Resolved:
    weekday = lookup(load_lexicon().weekdays, p["weekday"])
    part = _part(p)
    if not ctx.published:
        return Resolved(f"XXXX-WXX-{weekday}{part}", "unknown")
    rel = (p.get("rel") or "").lower()
    anchor = ctx.published
    if rel in ("last", "past", "previous"):
        day = nearest_weekday(shift(anchor, "D", -1), weekday, "past")
    elif rel in ("next", "coming"):
        day = nearest_weekday(shift(anchor, "D", 1), weekday, "future")
    elif rel == "this":
        day = shift(anchor, "D", weekday - anchor.isoweekday())
    else:
        day = nearest_weekday(anchor, weekday, ctx.tense if ctx.tense != "present" else None)
    return Resolved(day.isoformat() + part, "day", "published")


def _part(p: dict) -> str:
    code = lookup(load_lexicon().parts_of_day, p["part"]) if p.get("part") else None
    return f"T{code}" if code else ""


def resolve_daypart(p: dict, ctx: Context) -> Resolved:
    word = p["deictic"].lower()
    offset = {"yesterday": -1, "tomorrow": 1, "last": -1}.get(word, 0)
    if not ctx.published:
        return Resolved(f"XXXX-XX-XX{_part(p)}", "unknown")
    return Resolved(shift(ctx.published, "D", offset).isoformat() + _part(p), "day", "published")


def resolve_deictic(p: dict, ctx: Context) -> Resolved:
    unit, offset = lookup(load_lexicon().deictic, p["deictic"])
    part = "TNI" if p["deictic"].lower() == "tonight" else ""
    if not ctx.published:
        return Resolved(UNKNOWN[unit] + part, "unknown")
    return Resolved(shift(ctx.published, unit, offset).isoformat() + part, "day", "published")


def resolve_relative(p: dict, ctx: Context) -> Resolved:
    lex = load_lexicon()
    rel = " ".join(p["rel"].lower().split())
    bare = rel.removeprefix("the ").removeprefix("that ") if rel not in lex.relative_words else rel
    unit = unit_of(p["unit"])
    over_period = rel.startswith("the ") and ctx.word_before in DURATION_PREPOSITIONS
    if over_period and bare in ("past", "last", "next", "coming", "following"):  # "over the past year"
        return Resolved(duration(1, unit), "duration")
    anaphoric = rel in lex.anaphoric_words
    base, anchor = ctx.base(unit, anaphoric)
    if base is None:
        return Resolved(UNKNOWN.get(unit, "XXXX"), "unknown")
    moved = shift(base, unit, lex.relative_words[bare])
    return Resolved(value_at(moved, unit), PRECISION[unit], anchor)


def resolve_period_edge(p: dict, ctx: Context) -> Resolved:
    """ "the end of the year": the current period, or the one before when the clause is past
    and that end (or beginning) is still to come."""
    unit = unit_of(p["unit"])
    mod = lookup(load_lexicon().modifiers, p["mod"])
    if not ctx.published:
        return Resolved(UNKNOWN.get(unit, "XXXX"), "unknown")
    day = ctx.published
    if ctx.tense == "past" and mod in ("END", "MID"):
        edge = shift(day, unit, 1) if mod == "END" else day
        if value_at(edge, unit) != value_at(day, unit) or mod == "END":
            day = shift(day, unit, -1)
    elif ctx.tense == "future" and mod == "START":
        day = shift(day, unit, 1)
    return Resolved(value_at(day, unit), PRECISION[unit], "published")


def resolve_clock_duration(p: dict, ctx: Context) -> Resolved:
    return Resolved(f"PT{int(p['h'])}H{int(p['mi'])}M{int(p['s'])}S", "duration")


def resolve_ago(p: dict, ctx: Context) -> Resolved:
    n = number(p.get("num")) if "num" in p else None
    unit = unit_of(p["unit"])
    if n is None or unit in ("H", "MIN", "S"):
        if n is not None and ctx.published:
            return Resolved(ctx.published.isoformat(), "day", "published")
        return Resolved("PAST_REF", "unknown")
    if not ctx.published:
        return Resolved(UNKNOWN.get(unit, "XXXX"), "unknown")
    moved = shift(ctx.published, unit, -round(n))
    return Resolved(value_at(moved, unit), PRECISION[unit], "published")


def resolve_offset(p: dict, ctx: Context) -> Resolved:
    n = number(p.get("num")) if "num" in p else 1
    unit = unit_of(p["unit"])
    if n is None:
        return Resolved(duration(None, unit), "duration")
    sign = -1 if p["dir"].lower() in ("earlier", "before") else 1
    base, anchor = ctx.base(unit, anaphoric=True)
    if base is None or unit in ("H", "MIN", "S"):
        return Resolved(duration(n, unit), "duration")
    return Resolved(value_at(shift(base, unit, sign * round(n)), unit), PRECISION[unit], anchor)


def resolve_duration(p: dict, ctx: Context) -> Resolved:
    return Resolved(duration(number(p.get("num")), unit_of(p["unit"])), "duration")


def resolve_bare_duration(p: dict, ctx: Context) -> Resolved:
    return Resolved(duration(None, unit_of(p["unit"])), "duration")


def resolve_set(p: dict, ctx: Context) -> Resolved:
    lex = load_lexicon()
    if "adverb" in p:
        return Resolved(SET_ADVERBS[p["adverb"].lower()], "set")
    word = p["unit"]
    if lookup(lex.weekdays, word):
        return Resolved(f"XXXX-WXX-{lookup(lex.weekdays, word)}", "set")
    if lookup(lex.parts_of_day, word):
        return Resolved(f"XXXX-XX-XXT{lookup(lex.parts_of_day, word)}", "set")
    if lookup(lex.seasons, word):
        return Resolved(f"XXXX-{lookup(lex.seasons, word)}", "set")
    n = number(p.get("num")) if "num" in p else 1
    return Resolved(duration(n, unit_of(word)), "set")


def resolve_reference(p: dict, ctx: Context) -> Resolved:
    lex = load_lexicon()
    table = lex.reference_adjectives if "adjective" in p else lex.references
    return Resolved(lookup(table, p["ref"]), "unknown")


def resolve_same_period(p: dict, ctx: Context) -> Resolved:
    """ "the same month a year earlier": the month (week, quarter) last named, or the current one,
    a year before."""
    unit = unit_of(p["unit"])
    base, anchor = ctx.base(unit, anaphoric=True)
    if base is None:
        return Resolved(UNKNOWN[unit], "unknown")
    return Resolved(value_at(shift(base, "Y", -1), unit), PRECISION[unit], anchor)


def resolve_story_day(p: dict, ctx: Context) -> Resolved:
    """ "ended the day up 2 %", "during the weekend": the day (or its week's weekend) the story
    is about, the latest day mentioned or else the publication date."""
    unit = "WE" if p["unit"].lower() == "weekend" else "D"
    base, anchor = ctx.base("D", anaphoric=True)
    if base is None:
        return Resolved(UNKNOWN[unit], "unknown")
    return Resolved(value_at(base, unit), PRECISION[unit], anchor)


def resolve_day_before_part(p: dict, ctx: Context) -> Resolved:
    """ "the previous night", "the preceding evening", "the night before": that part of the day
    before the one the story is about (the latest day mentioned, else the publication date)."""
    part = _part({"part": p.get("part") or p.get("part_b")})
    base, anchor = ctx.base("D", anaphoric=True)
    if base is None:
        return Resolved(f"XXXX-XX-XX{part}", "unknown")
    return Resolved(shift(base, "D", -1).isoformat() + part, "day", anchor)


def resolve_run(p: dict, ctx: Context) -> Resolved:
    """ "a second consecutive day", "the fourth week in a row": the period the story is about."""
    unit = "D" if p["unit"].lower() == "session" else unit_of(p["unit"])
    base, anchor = ctx.base(unit, anaphoric=True)
    if base is None:
        return Resolved(UNKNOWN.get(unit, "XXXX"), "unknown")
    return Resolved(value_at(base, unit), PRECISION[unit], anchor)


def resolve_holiday(p: dict, ctx: Context) -> Resolved:
    rule = lookup(load_lexicon().holidays, p["holiday"])
    if "year" in p:
        return Resolved(holiday_date(rule, int(p["year"])).isoformat(), "day")
    if not ctx.published:
        fixed = re.match(r"fixed (\d\d-\d\d)", rule)
        return Resolved(f"XXXX-{fixed.group(1)}" if fixed else "XXXX-XX-XX", "day" if fixed else "unknown")
    anchor = ctx.published
    days = {y: holiday_date(rule, y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)}
    rel = (p.get("rel") or "").lower()
    direction = {"last": "past", "next": "future"}.get(rel, ctx.tense if ctx.tense != "present" else None)
    if direction == "past":
        day = max(d for d in days.values() if d <= anchor)
    elif direction == "future":
        day = min(d for d in days.values() if d >= anchor)
    else:
        day = min(days.values(), key=lambda d: abs((d - anchor).days))
    return Resolved(day.isoformat(), "day", "published")


def holiday_date(rule: str, year: int) -> date:
    kind, *args = rule.split()
    if kind == "fixed":
        month, day = args[0].split("-")
        return date(year, int(month), int(day))
    if kind == "nth":
        month, n, weekday = (int(a) for a in args)
        return nth_weekday(year, month, n, weekday)
    return shift(easter(year), "D", int(args[0]))


def resolve_year(p: dict, ctx: Context) -> Resolved:
    if "short" in p:  # "'82": the latest such year up to a decade after publication
        now = ctx.published.year if ctx.published else 2000
        short = int(p["short"])
        year = (now // 100) * 100 + short
        return Resolved(f"{year if year <= now + 10 else year - 100:04d}", "year")
    return Resolved(f"{int(p['year']):04d}", "year")


HANDLERS = {
    "iso": resolve_iso,
    "numeric": resolve_numeric,
    "date": resolve_date,
    "month_year": resolve_month_year,
    "month": resolve_month,
    "decade": resolve_decade,
    "century": resolve_century,
    "season": resolve_season,
    "quarter": resolve_quarter,
    "time": resolve_time,
    "datetime": resolve_datetime,
    "weekday": resolve_weekday,
    "daypart": resolve_daypart,
    "deictic": resolve_deictic,
    "relative": resolve_relative,
    "ago": resolve_ago,
    "period_edge": resolve_period_edge,
    "clock_duration": resolve_clock_duration,
    "offset": resolve_offset,
    "duration": resolve_duration,
    "bare_duration": resolve_bare_duration,
    "set": resolve_set,
    "reference": resolve_reference,
    "story_day": resolve_story_day,
    "day_before_part": resolve_day_before_part,
    "same_period": resolve_same_period,
    "run": resolve_run,
    "holiday": resolve_holiday,
    "year": resolve_year,
}
