"""Checks on the values a user filters by, shared by the command line, the HTTP API and Python.

A value that cannot match anything is an error that lists what would (an unknown CAMEO code, a
modality, an actor that is not in the store), never an empty answer that looks like "no events".
Dates are ISO dates (YYYY-MM-DD).
"""

from __future__ import annotations

import difflib
from datetime import date

from dyad.errors import InputError
from dyad.store.db import Store

MODALITIES = ("asserted", "negated", "hypothetical", "conditional", "intended", "predicted", "reported")
QUAD_CLASSES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


def iso_date(value: str | date | None, what: str = "date") -> date | None:
    """``value`` as a date; anything but an ISO date (YYYY-MM-DD) is an error that says so."""
    if value is None or isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
    except ValueError:
        pass
    raise InputError(f"{text!r} is not a date for {what}: dyad takes ISO dates, YYYY-MM-DD.",
                     "For example 2023-01-31.")


def cameo_prefix(value: str | None) -> str | None:
    """A CAMEO code or prefix that at least one code of the codebook starts with ("04", "043")."""
    from dyad.extract.events.codebook import Codebook

    if value is None:
        return None
    code = str(value).strip()
    book = Codebook.default()
    if code.isdigit() and any(c.startswith(code) for c in book.codes):
        return code
    roots = ", ".join(f"{c} {book.codes[c].name}" for c in sorted(book.codes) if len(c) == 2)
    raise InputError(f"{code!r} is not a CAMEO code.",
                     f"Give a code or its first digits (04 = every consultation). The roots: {roots}.")


def modality(value: str | None) -> str | None:
    if value is None or value in MODALITIES:
        return value
    raise InputError(f"{value!r} is not a modality.", f"Use one of: {', '.join(MODALITIES)} (or any).")


def known_actor(store: Store, value: str | None) -> str | None:
    """An actor id, code, name or country that the store knows; else an error with near names."""
    if value is None:
        return None
    hit = store.con.execute(
        "SELECT 1 FROM actors WHERE lower(id) = lower($1) OR lower(code) = lower($1) OR lower(name) = lower($1) "
        "OR lower(country) = lower($1) LIMIT 1", [value]).fetchone()
    if hit:
        return value
    names = [r[0] for r in store.con.execute(
        "SELECT DISTINCT n FROM (SELECT name AS n FROM actors UNION SELECT code FROM actors "
        "UNION SELECT id FROM actors) WHERE n IS NOT NULL").fetchall()]
    near = difflib.get_close_matches(value, names, n=5, cutoff=0.6)
    hint = f"Did you mean: {', '.join(near)}? " if near else ""
    raise InputError(f"No actor called {value!r} in the store.", hint + "List them with `dyad actors`.")
