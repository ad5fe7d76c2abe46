"""The words of time expressions, read once from ``data/time/lexicon.toml``."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

LEXICON_PATH = Path(__file__).parents[2] / "data" / "time" / "lexicon.toml"


@dataclass(frozen=True, slots=True)
class Lexicon:
    months: dict[str, int]
    ambiguous_months: frozenset[str]
    weekdays: dict[str, int]
    seasons: dict[str, str]
    parts_of_day: dict[str, str]
    numbers: dict[str, int]
    vague_numbers: frozenset[str]
    ordinals: dict[str, int]
    units: dict[str, str]
    deictic: dict[str, tuple[str, int]]
    relative_words: dict[str, int]
    anaphoric_words: frozenset[str]
    modifiers: dict[str, str]
    references: dict[str, str]
    reference_adjectives: dict[str, str]
    approximators: dict[str, str]
    holidays: dict[str, str]
    timezones: tuple[str, ...]


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    raw = tomllib.loads(LEXICON_PATH.read_text("utf-8"))
    return Lexicon(
        months=raw["months"],
        ambiguous_months=frozenset(raw["ambiguous_months"]["words"]),
        weekdays=raw["weekdays"],
        seasons=raw["seasons"],
        parts_of_day=raw["parts_of_day"],
        numbers=raw["numbers"],
        vague_numbers=frozenset(raw["vague_numbers"]["words"]),
        ordinals=raw["ordinals"],
        units=raw["units"],
        deictic={k: (v[0], int(v[1])) for k, v in raw["deictic"].items()},
        relative_words=raw["relative_words"],
        anaphoric_words=frozenset(raw["anaphoric_words"]["words"]),
        modifiers=raw["modifiers"],
        references=raw["references"],
        reference_adjectives=raw["reference_adjectives"],
        approximators=raw["approximators"],
        holidays=raw["holidays"],
        timezones=tuple(raw["timezones"]["words"]),
    )


def lookup(table: dict, text: str):
    """``table[text]`` with case and inner whitespace normalised; None when absent."""
    return table.get(" ".join(text.lower().split()))
