"""``dateparser`` as a last resort for date entities the grammar did not read, with its faults fixed.

dateparser (1.5) is good at odd formats but wrong in ways that matter for news:

* it fills what the text does not say from the clock: "April 2018" comes back as 2018-04-05
  (today's day of the month); the value here is cut to the period it reports (``2018-04``);
* it reads "the 1990s" as "1990 seconds" before now and returns (nearly) today; decades and
  centuries are refused here (the grammar reads them);
* with no base date it counts relative words from the machine's clock; here it is only called
  with the publication date as base, and a result that is the real today is refused.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

from dyad.extract.times.values import value_at

CALENDAR_WORD = re.compile(
    r"\b\d{4}\b|\d+[/.-]\d+|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b",
    re.IGNORECASE,
)
UNIT_WORD = re.compile(r"\b(second|minute|hour|day|week|month|year|decade)s?\b", re.IGNORECASE)
DECADE_OR_CENTURY = re.compile(r"\d0s\b|'\d0s\b|centur", re.IGNORECASE)
PERIOD_UNIT = {"day": "D", "week": "W", "month": "M", "year": "Y", "time": "D"}


@lru_cache(maxsize=4)
def _parser(base: date, prefer: str):
    from dateparser.date import DateDataParser

    settings = {
        "RELATIVE_BASE": datetime(base.year, base.month, base.day),
        "PREFER_DATES_FROM": prefer,
        "PREFER_DAY_OF_MONTH": "first",
        "STRICT_PARSING": False,
    }
    return DateDataParser(languages=["en"], settings=settings)


def parse(text: str, published: date | None, tense: str | None = None) -> tuple[str, str] | None:
    """(value, precision) for ``text``, or None when dateparser cannot be trusted with it."""
    if (
        published is None
        or not CALENDAR_WORD.search(text)
        or UNIT_WORD.search(text)
        or DECADE_OR_CENTURY.search(text)
    ):
        return None
    prefer = {"past": "past", "future": "future"}.get(tense or "", "current_period")
    data = _parser(published, prefer).get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    found = data.date_obj.date()
    if found == date.today() and published != found:
        return None  # the machine's clock leaked in
    unit = PERIOD_UNIT.get(data.period or "day", "D")
    precision = {"D": "day", "W": "week", "M": "month", "Y": "year"}[unit]
    return value_at(found, unit), precision
