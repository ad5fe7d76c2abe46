"""Calendar arithmetic and TimeML value strings, free of any text handling.

Units are the codes of ``data/time/lexicon.toml``: S, MIN, H, D, W, WE, M, Q, Y, DE, CE.
A value is written at the granularity of its unit: a day ``2023-10-30``, a week ``2023-W44``,
a month ``2023-10``, a quarter ``2023-Q4``, a year ``2023``, a decade ``202X``, a century ``20``.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

PRECISION = {
    "S": "second",
    "MIN": "minute",
    "H": "hour",
    "D": "day",
    "W": "week",
    "WE": "week",
    "M": "month",
    "Q": "quarter",
    "Y": "year",
    "DE": "decade",
    "CE": "century",
}
UNKNOWN = {
    "D": "XXXX-XX-XX",
    "W": "XXXX-WXX",
    "WE": "XXXX-WXX-WE",
    "M": "XXXX-XX",
    "Q": "XXXX-QX",
    "Y": "XXXX",
    "DE": "XXX",
    "CE": "XX",
}
DURATION = {"S": "TS", "MIN": "TM", "H": "TH", "D": "D", "W": "W", "WE": "WE", "M": "M", "Q": "Q", "Y": "Y"}


def parse_iso(text: str | None) -> date | None:
    """A YYYY-MM-DD string as a date; None for None or anything else."""
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def shift(day: date, unit: str, n: int) -> date:
    """``day`` moved by ``n`` units (months and years clamp the day to the month's end)."""
    if unit in ("D", "WE"):
        return day + timedelta(days=n if unit == "D" else 7 * n)
    if unit == "W":
        return day + timedelta(weeks=n)
    months = {"M": 1, "Q": 3, "Y": 12, "DE": 120, "CE": 1200}.get(unit)
    if months is None:
        return day
    return add_months(day, months * n)


def add_months(day: date, n: int) -> date:
    index = day.year * 12 + day.month - 1 + n
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def value_at(day: date, unit: str) -> str:
    """The TimeML value of the ``unit``-long period that contains ``day``."""
    if unit in ("W", "WE"):
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}" + ("-WE" if unit == "WE" else "")
    if unit == "M":
        return f"{day.year:04d}-{day.month:02d}"
    if unit == "Q":
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    if unit == "Y":
        return f"{day.year:04d}"
    if unit == "DE":
        return f"{day.year // 10:03d}X"
    if unit == "CE":
        return f"{day.year // 100:02d}"
    return day.isoformat()


def duration(n: float | None, unit: str) -> str:
    """A TimeML duration: ``P2Y``, ``PT3H``, ``PXD`` for an unknown number of days."""
    if unit == "DE":
        n, unit = (None if n is None else n * 10), "Y"
    elif unit == "CE":
        n, unit = (None if n is None else n * 100), "Y"
    elif unit == "2W":
        n, unit = (None if n is None else n * 2), "W"
    code = DURATION.get(unit, unit)
    amount = "X" if n is None else (str(int(n)) if float(n).is_integer() else str(n))
    if code.startswith("T"):
        return f"PT{amount}{code[1:]}"
    return f"P{amount}{code}"


def nearest_weekday(anchor: date, weekday: int, direction: str | None) -> date:
    """The day named ``weekday`` (1 = Monday) on or before (``past``), on or after (``future``),
    or nearest to (otherwise) ``anchor``."""
    back = anchor - timedelta(days=(anchor.isoweekday() - weekday) % 7)
    ahead = anchor + timedelta(days=(weekday - anchor.isoweekday()) % 7)
    if direction == "past":
        return back
    if direction == "future":
        return ahead
    return back if (anchor - back) <= (ahead - anchor) else ahead


def year_for(anchor: date, month: int, day: int | None, direction: str | None) -> int:
    """The year that places a year-less month (and day) by ``direction`` from ``anchor``:
    ``past`` on or before it, ``future`` on or after it, otherwise the nearest (TempEval news
    convention)."""
    target_day = day or 1
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        last = calendar.monthrange(year, month)[1]
        candidates.append((year, date(year, month, min(target_day, last))))
    if day is None:  # compare months, not days
        anchor = anchor.replace(day=1)
    if direction == "past":
        return max(y for y, d in candidates if d <= anchor)
    if direction == "future":
        return min(y for y, d in candidates if d >= anchor)
    return min(candidates, key=lambda c: (abs((c[1] - anchor).days), -c[0]))[0]


def nth_weekday(year: int, month: int, n: int, weekday: int) -> date:
    """The ``n``-th ``weekday`` (1 = Monday) of a month; ``n = -1`` is the last one."""
    days = [date(year, month, d) for d in range(1, calendar.monthrange(year, month)[1] + 1)]
    matching = [d for d in days if d.isoweekday() == weekday]
    return matching[n - 1] if n > 0 else matching[n]


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m) // 451
    month, day = divmod(h + m - 7 * n + 114, 31)
    return date(year, month, day + 1)


def timex_type(value: str, precision: str) -> str:
    """The TIMEX3 type of a value: DURATION, SET, TIME (a clock time or part of day) or DATE."""
    if precision == "duration":
        return "DURATION"
    if precision == "set":
        return "SET"
    return "TIME" if "T" in value and not value.endswith("_REF") else "DATE"

