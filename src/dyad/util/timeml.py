"""The ISO-8601 days a TimeML value covers: what a person filters and sorts event dates by.

A TimeML value says a day, a week, a month, a season, a decade..., in codes that few tools read
(``2023-W36``, ``2018-FA``, ``199X``); ``interval`` turns it into its first and last day.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

SEASON_DAYS = {  # (first month, day), (last month, day); winter Y is the winter that ends in Y
    "SP": ((3, 20), (6, 20)),
    "SU": ((6, 21), (9, 22)),
    "FA": ((9, 23), (12, 20)),
    "WI": ((12, 21), (3, 19)),
}
_INTERVAL = re.compile(
    r"^(?:FY)?(?P<year>\d{4})(?:-(?:(?P<month>\d\d)(?:-(?P<day>\d\d))?|W(?P<week>\d\d)(?:-(?P<wd>[1-7]|WE))?"
    r"|Q(?P<quarter>[1-4])|H(?P<half>[12])|(?P<season>SP|SU|FA|WI)))?(?:T.*)?$"
    r"|^(?P<decade>\d{3})X?$|^(?P<century>\d{2})$"
)


def interval(value: str | None) -> tuple[date, date, str] | None:
    """The first and last day a TimeML value covers, and the precision of that interval:
    ``2018-FA`` -> (2018-09-23, 2018-12-20, "season"), ``2023-W36`` -> its Monday to Sunday,
    ``199X`` -> 1990-01-01..1999-12-31 ("decade"). None where the value names no calendar
    interval: a reference (``PRESENT_REF``), an unknown year (``XXXX-10-30``), a duration, a set."""
    m = _INTERVAL.match(value or "")
    if m is None:
        return None
    try:
        return _interval(m)
    except ValueError:  # "2023-02-30": no such day
        return None


def _interval(m: re.Match) -> tuple[date, date, str]:
    if m["decade"]:
        first = int(m["decade"]) * 10
        return date(first, 1, 1), date(first + 9, 12, 31), "decade"
    if m["century"]:
        first = int(m["century"]) * 100
        return date(max(first, 1), 1, 1), date(first + 99, 12, 31), "century"
    year = int(m["year"])
    if m["day"]:
        day = date(year, int(m["month"]), int(m["day"]))
        return day, day, "day"
    if m["month"]:
        month = int(m["month"])
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]), "month"
    if m["week"]:
        monday = date.fromisocalendar(year, int(m["week"]), 1)
        if m["wd"] == "WE":
            return monday + timedelta(days=5), monday + timedelta(days=6), "weekend"
        if m["wd"]:
            day = monday + timedelta(days=int(m["wd"]) - 1)
            return day, day, "day"
        return monday, monday + timedelta(days=6), "week"
    if m["quarter"] or m["half"]:
        months = 3 if m["quarter"] else 6
        first = (int(m["quarter"] or m["half"]) - 1) * months + 1
        last = first + months - 1
        unit = "quarter" if m["quarter"] else "half"
        return date(year, first, 1), date(year, last, calendar.monthrange(year, last)[1]), unit
    if m["season"]:
        (fm, fd), (lm, ld) = SEASON_DAYS[m["season"]]
        return date(year - (fm > lm), fm, fd), date(year, lm, ld), "season"
    return date(year, 1, 1), date(year, 12, 31), "year"


UNIT_WORDS = {
    "Y": "year",
    "M": "month",
    "W": "week",
    "D": "day",
    "Q": "quarter",
    "DE": "decade",
    "CE": "century",
    "WE": "weekend",
    "H": "hour",
    "MIN": "minute",
    "S": "second",
}
REFERENCES = {"PRESENT_REF": "the present", "PAST_REF": "the past", "FUTURE_REF": "the future"}
_DURATION = re.compile(
    r"^P(?:(?P<date>(?:[\dX.]+(?:DE|CE|WE|Y|M|W|D|Q))+))?(?:T(?P<time>(?:[\dX.]+[HMS])+))?$"
)
_PART = re.compile(r"([\dX.]+)(DE|CE|WE|Y|M|W|D|Q|H|S)")
PARTS_OF_DAY = {"TMO": "morning", "TAF": "afternoon", "TEV": "evening", "TNI": "night"}
_CLOCK = re.compile(r"T(\d\d):(\d\d)(Z?)")


def reading(value: str | None, precision: str | None = None) -> str:
    """A TimeML value as a person reads it: "PTXH" -> "hours", "P3D" -> "3 days", "P1W" of a set
    -> "every week", "2018-FA" -> "2018-09-23 to 2018-12-20", "2019-02-27TEV" -> "2019-02-27
    evening", "PRESENT_REF" -> "the present"; a value with no better reading stays as it is."""
    value = value or ""
    if value in REFERENCES:
        return REFERENCES[value]
    span = _DURATION.match(value) if value.startswith("P") else None
    if span is not None and (span["date"] or span["time"]):
        words = _duration_words(span)
        if precision == "set":
            return "every " + words.removeprefix("1 ") if words.startswith("1 ") else "every " + words
        return words
    days = interval(value)
    if days is None:
        return value
    start, end, _ = days
    if start != end:
        return f"{start.isoformat()} to {end.isoformat()}"
    clock = _CLOCK.search(value)
    if clock:
        return f"{start.isoformat()} {clock[1]}:{clock[2]}{' UTC' if clock[3] else ''}"
    part = PARTS_OF_DAY.get(value[value.find("T") :]) if "T" in value else None
    return f"{start.isoformat()} {part}" if part else start.isoformat()


def _duration_words(span: re.Match) -> str:
    words = []
    for group, minute in (("date", False), ("time", True)):
        for amount, code in _PART.findall(span[group] or ""):
            unit = UNIT_WORDS["MIN" if minute and code == "M" else code]
            if amount == "X":
                words.append(unit + "s")
            else:
                number = amount.rstrip("0").rstrip(".") if "." in amount else amount
                words.append(f"{number} {unit}{'' if number == '1' else 's'}")
    return " ".join(words)
