"""The fixed split of every development set into a *tune* part and a *check* part.

Rules are tuned while looking at the tune part; the check part is only measured. ``dyad eval``
reports both, and a check figure well below its tune figure means a rule fits its examples rather
than the class of cases (a bug). The part of a document depends on its id alone (a hash), so it
never changes between runs, machines or versions of the data's order.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from typing import TypeVar

PARTS = ("tune", "check")
T = TypeVar("T")


def part(document_id: str) -> str:
    """'tune' or 'check' for a document id, about half each."""
    return PARTS[hashlib.sha1(document_id.encode("utf-8")).digest()[0] & 1]


def by_part(items: Iterable[T], document_id: Callable[[T], str]) -> dict[str, list[T]]:
    """The items of each part, in their order."""
    parts: dict[str, list[T]] = {name: [] for name in PARTS}
    for item in items:
        parts[part(document_id(item))].append(item)
    return parts
