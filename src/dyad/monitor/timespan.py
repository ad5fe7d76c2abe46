"""Spans of time written the short way: 30s, 15m, 24h, 7d, 2w."""

from __future__ import annotations

import re
from datetime import timedelta

from dyad.errors import InputError

_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def parse_span(text: str) -> timedelta:
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhdw])\s*", text or "")
    if not match or float(match.group(1)) <= 0:
        raise InputError(f"{text!r} is not a span of time.", "Write it like 30s, 15m, 24h, 7d or 2w.")
    return timedelta(**{_UNITS[match.group(2)]: float(match.group(1))})
