"""The actor knowledge base: states, organisations, people and their dated roles.

The facts live in ``dyad/data/actors/*.csv`` (see the README there for their sources); this module
only reads them, once, and answers questions about them:

    kb = KnowledgeBase.default()
    kb.lookup("Pyongyang")                     -> [(Entry North Korea, "metonym")]
    kb.holders("President", "USA", "2019-02-27") -> [Entry Donald Trump]

Users add or correct actors with their own files (CSV with the columns of the package files, or
YAML: a list of mappings with a ``kind`` key, roles nested under a person); an entry whose id is
already known replaces the package entry. A bad user file raises ``KnowledgeFileError`` naming the
file and the line.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from dyad.errors import DyadError

DATA_DIR = ("data", "actors")  # inside the dyad package
PERSON, ORGANIZATION, STATE = "person", "organization", "state"
KOREAS = {"KOR", "PRK"}  # their people's names are spelt several ways (korean_spellings.csv)
FAMILY_NAME_FIRST = {"CHN", "PRK", "KOR", "TWN"}  # "Kim Jong-un" is Kim, "Xi Jinping" is Xi
# News writes these people's names in either order: "Kishida Fumio" (Japan's own order, asked of
# the foreign press since 2019) and "Fumio Kishida"; "Xi Jinping" and, less often, "Jinping Xi".
EITHER_ORDER = {"JPN", "CHN", "TWN"}
RECENT_YEARS = 4  # a bare surname may name someone whose office ended this many years before
COMMON_FAMILY_NAME = 5  # a family name this many people of the knowledge base bear ("Kim", "Park", "Khan")
VIA_RANK = {"name": 0, "alias": 1, "demonym": 2, "metonym": 3}

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_CODE3 = re.compile(r"^[A-Z]{3}$")
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
_WORD = re.compile(r"\w+(?:'\w+)*")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})
_DASHES = re.compile(r"[-\u2010\u2011\u2012\u2013\u2014\u2212]+")
_ACTING = "acting"
_TENSES = frozenset({_ACTING, "former"})
_MONARCHS = frozenset({"king", "queen", "emperor", "empress"})  # lead only where no one else does  # words of a title that name no other office
_PREPOSITION = re.compile(r"\s(?:of|for|at|on|with|to)\s")
_SPACES = re.compile(r"\s+")
_LEADING_THE = re.compile(r"^the ")
_POSSESSIVE = re.compile(r"(?<=\w)'s$|(?<=s)'$")


class KnowledgeFileError(DyadError):
    code = "E500"
    hint = "Fix the row named above; see src/dyad/data/actors/README.md for the columns each file takes."

    def __init__(self, path: Path | str, line: int | None, message: str):
        where = f"{path}, line {line}" if line else str(path)
        super().__init__(f"{where}: {message}")
        self.path, self.line = str(path), line


@dataclass(frozen=True, slots=True)
class Role:
    title: str | None  # None: a dated code without the office's name (converted dictionaries)
    country: str | None
    sector: str | None
    code: str | None
    start: str | None
    end: str | None  # exclusive: the day the successor took over; None = still held

    def holds_on(self, day: str | None) -> bool:
        """Whether the role was held on ``day`` (YYYY, YYYY-MM or YYYY-MM-DD: any day of it).

        ``None`` asks whether it is held today, i.e. has no end."""
        if day is None:
            return self.end is None
        first, last = _period(day)
        return (self.start is None or self.start <= last) and (self.end is None or self.end > first)


@dataclass(frozen=True, slots=True)
class Entry:
    id: str
    name: str
    kind: str  # 'state' | 'organization' | 'person'
    country: str | None
    sector: str | None
    code: str | None
    aliases: tuple[str, ...]
    wikidata: str | None
    gender: str | None
    roles: tuple[Role, ...] = ()  # persons only


# ---------------------------------------------------------------------------------------------
# Normalising names and titles


@lru_cache(maxsize=1 << 16)
def normalize(name: str) -> str:
    """The key two spellings of one name share: case, accents, dots, apostrophes, hyphens, a leading
    "the" and a trailing possessive do not count (U.S. = US, Kim Jong-un = kim jong un, Nicolás =
    Nicolas: PETRARCH2's dictionaries spell names without accents). Kept for the names met last:
    articles repeat their names, and every capitalised word is looked up."""
    text = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    text = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES).replace("&", " and ")
    text = _DASHES.sub(" ", text.replace(".", "")).strip().casefold()
    text = _SPACES.sub(" ", text)
    text = _LEADING_THE.sub("", text)
    text = _POSSESSIVE.sub("", text)
    text = _BRITISH.sub(lambda m: _AMERICAN[m.group(0)], text)  # "Taiwan's defence ministry"
    return text.strip(" ,;:'\"")


_AMERICAN = {"defence": "defense", "centre": "center", "organisation": "organization"}
_BRITISH = re.compile(r"\b(?:" + "|".join(_AMERICAN) + r")\b")


@lru_cache(maxsize=1 << 16)
def _shape(name: str) -> str:
    """'upper' (an acronym: NATO, U.S.), 'lower' (unification ministry) or 'mixed' (North Korea)."""
    letters = [c for c in re.sub(r"^[Tt]he\s+", "", name) if c.isalpha()]
    if letters and not any(c.islower() for c in letters):
        return "upper"
    if not any(c.isupper() for c in letters):
        return "lower"
    return "mixed"


def _shape_matches(query: str, stored_shape: str, stored_key: str) -> bool:
    """Case still tells words from names: "us" is not the US, "who" is not the WHO, "diet" is not
    Japan's Diet. A query in capitals matches anything (headlines); "Nato" matches NATO (4+ letters)."""
    shape = _shape(query)
    if shape == "upper" or stored_shape == "lower":
        return True
    if stored_shape == "upper":
        return shape == "mixed" and len(stored_key.replace(" ", "")) >= 4 and query[:1].isupper()
    return shape == "mixed" or " " in stored_key


@lru_cache(maxsize=1)
def _korean_spellings() -> tuple[tuple[str, str], ...]:
    return tuple((r.data["spelling"], r.data["key"]) for r in _package_rows("korean_spellings.csv"))


@lru_cache(maxsize=1 << 14)
def _korean_key(key: str) -> str | None:
    """A normalised name of three to five short words (a Korean full name: "yoon suk yeol"),
    each spelt to one key (korean_spellings.csv); None for any other name."""
    words = key.split(" ")
    if not 3 <= len(words) <= 5 or not all(w.isascii() and w.isalpha() and len(w) <= 5 for w in words):
        return None
    folded = []
    for word in words:
        for spelling, common in _korean_spellings():
            word = word.replace(spelling, common)
        folded.append(word)
    return " ".join(folded)


@lru_cache(maxsize=1)
def _outlet_words() -> dict[str, str]:
    return {r.data["phrase"]: r.data["kind"] for r in _package_rows("outlet_words.csv")}


@lru_cache(maxsize=1)
def _igo_seats() -> dict[tuple[str, str], str]:
    return {(r.data["seat"].lower(), r.data["host"]): r.data["body"] for r in _package_rows("igo_seats.csv")}


@lru_cache(maxsize=1)
def _state_outlets() -> dict[tuple[str, str], str]:
    return {(r.data["state"], r.data["kind"]): r.data["body"] for r in _package_rows("state_outlets.csv")}


def _plural(demonym: str) -> str | None:
    if re.search(r"(ese|sh|ch|ss|s|x|z)$", demonym):
        return None
    return demonym + "s"


def _recent_start(day: str | None) -> str | None:
    """The day RECENT_YEARS before ``day``: how far back a bare surname may reach."""
    return f"{int(day[:4]) - RECENT_YEARS:04d}{day[4:]}" if day else None


def _held_since(role: Role, since: str | None, day: str | None) -> bool:
    """Whether ``role`` was held at some time between ``since`` and ``day``."""
    return bool(since) and (role.end or "9999") > since and (role.start or "") <= day


def _period(day: str) -> tuple[str, str]:
    if not _DATE.match(day):
        raise ValueError(f"Expected a date YYYY, YYYY-MM or YYYY-MM-DD, got {day!r}.")
    first = (day + "-01-01")[:10] if len(day) == 4 else (day + "-01")[:10]
    last = (day + "-12-31")[:10] if len(day) == 4 else (day + "-31")[:10]
    return first, last


def _words(text: str) -> list[str]:
    return _WORD.findall(_DASHES.sub(" ", text.translate(_APOSTROPHES)).casefold())


# ---------------------------------------------------------------------------------------------
# Reading rows (package CSV, user CSV, user YAML)


@dataclass(slots=True)
class _Row:
    source: str
    line: int | None
    data: dict

    def fail(self, message: str) -> KnowledgeFileError:
        return KnowledgeFileError(self.source, self.line, message)

    def get(self, key: str) -> str | None:
        value = self.data.get(key)
        if value is None:
            return None
        value = str(value).strip()
        return value or None

    def many(self, key: str) -> tuple[str, ...]:
        value = self.data.get(key)
        if isinstance(value, list):
            items = [str(v).strip() for v in value]
        else:
            items = (self.get(key) or "").split("|")
        return tuple(dict.fromkeys(i for i in items if i))


def _read_csv(text: str, source: str) -> list[_Row]:
    reader = csv.DictReader(line for line in text.splitlines() if not line.startswith("#"))
    rows = []
    for record in reader:
        if None in record:
            raise KnowledgeFileError(source, reader.line_num, "more cells than the header has columns")
        rows.append(_Row(source, reader.line_num, record))
    return rows


def _package_rows(name: str) -> list[_Row]:
    text = resources.files("dyad").joinpath(*DATA_DIR, name).read_text(encoding="utf-8")
    return _read_csv(text, "dyad/" + "/".join((*DATA_DIR, name)))


@lru_cache(maxsize=1)
def _line_loader():
    """A YAML SafeLoader that remembers the line of every mapping, for error messages."""
    import yaml

    class LineLoader(yaml.SafeLoader):
        def construct_mapping(self, node, deep=False):
            mapping = super().construct_mapping(node, deep=deep)
            mapping["__line__"] = node.start_mark.line + 1
            return mapping

    return LineLoader


def _read_yaml(path: Path) -> list[_Row]:
    import yaml

    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_line_loader())
    except yaml.YAMLError as exc:
        mark = getattr(exc, "context_mark", None) or getattr(exc, "problem_mark", None)
        raise KnowledgeFileError(path, mark.line + 1 if mark else None, f"not valid YAML ({exc})") from exc
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise KnowledgeFileError(path, 1, "expected a list of mappings, each with a 'kind' key")
    return [_Row(str(path), item.pop("__line__", None), item) for item in data]


# ---------------------------------------------------------------------------------------------
# Building entries from rows


class _Builder:
    """Collects entries and roles, checking each row; user rows replace package rows by id."""

    def __init__(self) -> None:
        self.entries: dict[str, Entry] = {}
        self.roles: dict[str, list[Role]] = {}
        self.names: dict[str, list[tuple[str, str]]] = {}  # entry id -> [(name, via)]
        self.states: set[str] = set()

    def add_state(self, row: _Row) -> None:
        code = self._code3(row, "code", required=True)
        name = self._required(row, "name")
        short = row.many("short_names")
        self._put(row, Entry(code, name, STATE, code, None, code, short, row.get("wikidata"), None))
        self.names[code] += [(d, "demonym") for d in row.many("demonyms")]
        self.names[code] += [(m, "metonym") for m in row.many("metonyms")]
        self._date(row, "start"), self._date(row, "end")
        self.states.add(code)

    def add_organization(self, row: _Row) -> None:
        country, sector = self._country(row), self._sector(row)
        code = row.get("code") or ((country or "") + (sector or "") or None)
        entry = Entry(
            self._id(row), self._required(row, "name"), ORGANIZATION, country, sector, code,
            row.many("aliases"), row.get("wikidata"), None,
        )  # fmt: skip
        self._put(row, entry)

    def add_person(self, row: _Row) -> None:
        gender = row.get("gender")
        if gender not in (None, "m", "f"):
            raise row.fail(f"gender must be m, f or empty, not {gender!r}")
        self._date(row, "birth"), self._date(row, "death")
        entry = Entry(
            self._id(row), self._required(row, "name"), PERSON, self._country(row), None, None,
            row.many("aliases"), row.get("wikidata"), gender,
        )  # fmt: skip
        self._put(row, entry)
        self.roles[entry.id] = []
        for nested in row.data.get("roles") or []:
            if not isinstance(nested, dict):
                raise row.fail("each role under a person must be a mapping with a 'title'")
            line = nested.pop("__line__", row.line)
            self.add_role(_Row(row.source, line, {**nested, "person_id": entry.id}))

    def add_role(self, row: _Row, coded_only: bool = False) -> None:
        person = self._required(row, "person_id")
        if person not in self.entries or self.entries[person].kind != PERSON:
            raise row.fail(f"person_id {person!r} names no person; add the person first")
        country, sector = self._country(row), self._sector(row)
        code = row.get("code") or ((country or "") + (sector or "") or None)
        start, end = self._date(row, "start"), self._date(row, "end")
        if start and end and end < start:
            raise row.fail(f"the role ends ({end}) before it starts ({start})")
        title = row.get("title") if coded_only else self._required(row, "title")
        self.roles[person].append(Role(title, country, sector, code, start, end))

    def add_alias(self, row: _Row) -> None:
        entry_id, alias = self._required(row, "id"), self._required(row, "alias")
        entry = self.entries.get(entry_id)
        if entry is None:
            raise row.fail(f"id {entry_id!r} names no entry")
        if alias not in entry.aliases:
            self.entries[entry_id] = _replace(entry, aliases=(*entry.aliases, alias))
            self.names[entry_id].append((alias, "alias"))

    def finish(self) -> tuple[dict[str, Entry], dict[str, list[tuple[str, str]]]]:
        entries = {}
        for entry_id, entry in self.entries.items():
            roles = tuple(sorted(self.roles.get(entry_id, ()), key=lambda r: r.start or ""))
            if entry.kind == PERSON and roles:
                titled = [r for r in roles if r.title]
                latest = (titled or roles)[-1]
                entry = _replace(entry, roles=roles, sector=latest.sector, code=latest.code)
            entries[entry_id] = entry
        self._possessive_forms()
        self._either_order(entries)
        return entries, self.names

    def _either_order(self, entries: dict[str, Entry]) -> None:
        """A two-word name of a person of EITHER_ORDER's states is also found the other way round
        ("Suga Yoshihide" is Yoshihide Suga). Indexed only, never an alias: the family name stays
        what ``family_names`` reads from the name. Not where the other order is someone's name."""
        taken = {normalize(text) for entry_id, pairs in self.names.items()
                 if entries[entry_id].kind == PERSON for text, _via in pairs}
        for entry in entries.values():
            if entry.kind != PERSON or entry.country not in EITHER_ORDER:
                continue
            for text, via in list(self.names[entry.id]):
                words = text.split()
                if via in ("name", "alias") and len(words) == 2 and "-" not in text \
                        and normalize(turned := f"{words[1]} {words[0]}") not in taken:
                    self.names[entry.id].append((turned, "alias"))

    def _possessive_forms(self) -> None:
        """An organisation named with its state's demonym is also named with the state's
        possessive: "South Korean Navy" is "South Korea's navy", as news writes it."""
        for entry in self.entries.values():
            if entry.kind != ORGANIZATION or entry.country not in self.states:
                continue
            state = self.entries[entry.country].name
            demonyms = [f"{n} " for n, via in self.names[entry.country] if via == "demonym"]
            names = self.names[entry.id]
            names += [(f"{state}'s {name[len(d):]}", "alias") for name, via in list(names)
                      if via in ("name", "alias") for d in demonyms if name.startswith(d)]

    # -- checks --------------------------------------------------------------------------------

    def _put(self, row: _Row, entry: Entry) -> None:
        self.entries[entry.id] = entry
        self.roles.pop(entry.id, None)
        self.names[entry.id] = [(entry.name, "name")] + [(a, "alias") for a in entry.aliases]

    @staticmethod
    def _required(row: _Row, key: str) -> str:
        value = row.get(key)
        if not value:
            raise row.fail(f"the '{key}' column is empty")
        return value

    def _id(self, row: _Row) -> str:
        value = self._required(row, "id")
        if not _ID.match(value):
            raise row.fail(f"id {value!r} should be a slug such as 'kim-jong-un'")
        return value

    def _code3(self, row: _Row, key: str, required: bool = False) -> str | None:
        value = row.get(key) if not required else self._required(row, key)
        if value is not None and not _CODE3.match(value):
            raise row.fail(f"{key} {value!r} is not a three-letter code such as 'KOR'")
        return value

    def _country(self, row: _Row) -> str | None:
        value = self._code3(row, "country")
        if value is not None and self.states and value not in self.states:
            raise row.fail(f"country {value!r} is not a state code of states.csv (ISO 3166-1 alpha-3)")
        return value

    def _sector(self, row: _Row) -> str | None:
        return self._code3(row, "sector")

    @staticmethod
    def _date(row: _Row, key: str) -> str | None:
        value = row.get(key)
        if value is not None and not _DATE.match(value):
            raise row.fail(f"{key} {value!r} is not a date YYYY-MM-DD")
        return value


CONVERTED = ("petrarch_orgs.csv", "petrarch_people.csv", "petrarch_roles.csv", "petrarch_aliases.csv")


def _add_converted(builder: _Builder) -> None:
    """The entries converted from PETRARCH2's actor dictionaries (scripts/convert_petrarch_actors.py),
    after dyad's own: people and organisations dyad lacks, dated codes, spellings."""
    orgs, people, roles, aliases = (_package_rows(name) for name in CONVERTED)
    own = set(builder.entries)  # dyad's own entry of an id wins ("islamic-state" is an armed group, no person)
    for row in orgs:
        if row.get("id") not in own:
            builder.add_organization(row)
    for row in people:
        if row.get("id") not in own:
            builder.add_person(row)
    for row in roles:  # dated codes fill the gaps of dyad's own people too, never another kind's entry
        entry = builder.entries.get(row.get("person_id"))
        if entry is None or entry.kind == PERSON:
            builder.add_role(row, coded_only=True)
    for row in aliases:
        builder.add_alias(row)


def _replace(entry: Entry, **changes) -> Entry:
    from dataclasses import replace

    return replace(entry, **changes)


def _add_user_file(builder: _Builder, path: Path) -> None:
    if not path.is_file():
        raise KnowledgeFileError(path, None, "no such file")
    suffix = path.suffix.lower()
    if suffix in (".yaml", ".yml"):
        for row in _read_yaml(path):
            _add_yaml_row(builder, row)
    elif suffix == ".csv":
        _add_csv_rows(builder, _read_csv(path.read_text(encoding="utf-8"), str(path)), path)
    else:
        raise KnowledgeFileError(path, None, "expected a .csv, .yaml or .yml file")


def _add_yaml_row(builder: _Builder, row: _Row) -> None:
    kind = row.get("kind")
    adders = {PERSON: builder.add_person, ORGANIZATION: builder.add_organization, STATE: builder.add_state}
    if kind not in adders:
        raise row.fail(f"kind must be one of {', '.join(adders)}, not {kind!r}")
    adders[kind](row)


def _add_csv_rows(builder: _Builder, rows: list[_Row], path: Path) -> None:
    if not rows:
        return
    columns = set(rows[0].data)
    if {"person_id", "title"} <= columns:
        adder = builder.add_role
    elif {"id", "name", "gender"} <= columns:
        adder = builder.add_person
    elif {"id", "name", "sector"} <= columns:
        adder = builder.add_organization
    elif {"code", "name", "short_names"} <= columns:
        adder = builder.add_state
    else:
        raise KnowledgeFileError(path, 1, "the header matches none of people, organizations, roles or states")
    for row in rows:
        adder(row)


# ---------------------------------------------------------------------------------------------
# The knowledge base


LOOKED_KEPT = 1 << 15  # names whose lookup answers a knowledge base keeps


class KnowledgeBase:
    """States, organisations and people, with lookups by name and by role.

    Entries are kept as plain tuples (fast to load from the compiled cache, see ``default``) and
    made ``Entry`` objects when asked for."""

    def __init__(self, entries: dict[str, Entry], names: dict[str, list[tuple[str, str]]]):
        index: dict[str, list[tuple[str, str, str]]] = {}
        for entry_id, pairs in names.items():
            for text, via in pairs:
                _index_name(index, entry_id, text, via)
        self._setup({k: _pack(e) for k, e in entries.items()}, index)

    def _setup(self, rows: dict[str, tuple], index: dict[str, list[tuple[str, str, str]]]) -> None:
        self._rows = rows
        self._index = index
        self._made: dict[str, Entry] = {}
        self._looked: dict[str, tuple] = {}  # lookup's answers by the name asked (the tables never change)
        self._sectors: dict[tuple[str, str], str | None] = {}  # sector_for_title/_org answers, likewise
        self._leaders: dict[tuple, Entry | None] = {}
        self._titled = [entry_id for entry_id, row in rows.items() if any(r[0] for r in row[9])]
        sectors = _package_rows("sectors.csv")
        self._org_words = _phrases(sectors, "org")
        self._title_words = _phrases(sectors, "title")
        self._titles = _TitleMatcher(_package_rows("titles.csv"))
        self._not_actors = {normalize(r.data["phrase"]) for r in _package_rows("not_actors.csv")}
        self._korean: dict[str, list[tuple[str, str, str]]] | None = None

    @classmethod
    def compiled(cls, rows: dict[str, tuple], index: dict[str, list[tuple[str, str, str]]]) -> KnowledgeBase:
        """A knowledge base from the packed rows and name index of another (the disk cache)."""
        kb = cls.__new__(cls)
        kb._setup(rows, index)
        return kb

    def packed(self) -> tuple[dict[str, tuple], dict[str, list[tuple[str, str, str]]]]:
        return self._rows, self._index

    @classmethod
    def default(cls) -> KnowledgeBase:
        """The package knowledge base, built once per process (from the compiled cache on disk
        when it is current: see ``dyad.annotate.kb_cache``)."""
        return _default()

    @classmethod
    def load(cls, extra: Sequence[Path | str] = ()) -> KnowledgeBase:
        """The package data plus user files (CSV or YAML), which add entries or replace them by id."""
        builder = _Builder()
        for row in _package_rows("states.csv"):
            builder.add_state(row)
        for row in _package_rows("organizations.csv"):
            builder.add_organization(row)
        for row in _package_rows("people.csv"):
            builder.add_person(row)
        for row in _package_rows("roles.csv"):
            builder.add_role(row)
        _add_converted(builder)
        for path in extra:
            _add_user_file(builder, Path(path))
        return cls(*builder.finish())

    def __len__(self) -> int:
        return len(self._rows)

    def __iter__(self):
        return (self._entry(i) for i in self._rows)

    def _entry(self, entry_id: str) -> Entry | None:
        made = self._made.get(entry_id)
        if made is None:
            row = self._rows.get(entry_id)
            if row is None:
                return None
            made = self._made[entry_id] = _unpack(row)
        return made

    # -- lookups -----------------------------------------------------------------------------

    def lookup(self, name: str) -> list[tuple[Entry, str]]:
        """Entries named ``name`` exactly (after normalising), with how: name, alias, demonym, metonym."""
        known = self._looked.get(name)
        if known is not None:  # articles ask for the same names again and again
            return list(known)
        found = self._lookup(name)
        if len(self._looked) >= LOOKED_KEPT:
            self._looked.clear()
        self._looked[name] = tuple(found)
        return found

    def _lookup(self, name: str) -> list[tuple[Entry, str]]:
        key = normalize(name)
        best: dict[str, str] = {}
        found = self._index.get(key)
        if found is None and (folded := _korean_key(key)):
            found = self._korean_names().get(folded)  # "Choe Sun Hui": Choe Son Hui spelt otherwise
        for entry_id, via, shape in found or ():
            if not _shape_matches(name.strip(), shape, key):
                continue
            if entry_id not in best or VIA_RANK[via] < VIA_RANK[best[entry_id]]:
                best[entry_id] = via
        return [(self._entry(i), via) for i, via in best.items()]

    def _korean_names(self) -> dict[str, list[tuple[str, str, str]]]:
        """The full names of the people of the two Koreas under their spelling key (see
        ``_korean_key``), where one person has the key; built at the first Korean-looking miss."""
        if self._korean is None:
            table: dict[str, list[tuple[str, str, str]]] = {}
            for key, hits in self._index.items():
                folded = _korean_key(key)
                if folded:
                    for entry_id, via, shape in hits:
                        row = self._rows[entry_id]
                        if row[2] == PERSON and row[3] in KOREAS and via in ("name", "alias"):
                            table.setdefault(folded, []).append((entry_id, "alias", shape))
            self._korean = {k: v for k, v in table.items() if len({h[0] for h in v}) == 1}
        return self._korean

    def state(self, code: str) -> Entry | None:
        entry = self._entry(code.upper())
        return entry if entry is not None and entry.kind == STATE else None

    def entry(self, id: str) -> Entry | None:  # noqa: A002 - the API names it id
        return self._entry(id)

    def roles_on(self, person_id: str, day: str | None) -> list[Role]:
        entry = self._entry(person_id)
        return [r for r in entry.roles if r.holds_on(day)] if entry else []

    def family_names(self, entry: Entry) -> set[str]:
        """The words of a person's name a text may call them by alone: the last word, and the first
        where the family name comes first (Chinese and Korean names). The end of a hyphenated given
        name ("jeong" of Ko Min-jeong) is no family name."""
        names = set()
        for name in (entry.name, *entry.aliases):
            words = normalize(name).split()
            if len(words) >= 2:
                family_first = entry.country in FAMILY_NAME_FIRST
                if not (family_first and "-" in name.split()[-1]):
                    names.add(words[-1])
                if family_first:
                    names.add(words[0])
        return names

    def office_holders_named(self, surname: str, day: str | None) -> list[Entry]:
        """People of the named offices (titled roles) called ``surname`` who held an office on
        ``day`` or in the RECENT_YEARS before it; those in office on the day first."""
        if not hasattr(self, "_by_surname"):
            self._by_surname: dict[str, list[str]] = {}
            for entry_id in self._titled:
                for word in self.family_names(self._entry(entry_id)):
                    self._by_surname.setdefault(word, []).append(entry_id)
        now, recent = [], []
        since = _recent_start(day)
        for entry in map(self._entry, self._by_surname.get(normalize(surname), ())):
            titled = [r for r in entry.roles if r.title]
            if any(r.holds_on(day) for r in titled):
                now.append(entry)
            elif any(_held_since(r, since, day) for r in titled):
                recent.append(entry)
        return now + recent

    def common_family_name(self, surname: str) -> bool:
        """Whether at least COMMON_FAMILY_NAME people of the knowledge base bear ``surname`` as a
        name a text may call them by alone ("Kim", "Lee", "Park", "Khan"; not "Blinken")."""
        if not hasattr(self, "_bearers"):
            counts: dict[str, int] = {}
            for row in self._rows.values():
                entry = _unpack(row)  # not kept: the lookups keep only the entries they meet
                if entry.kind == PERSON:
                    for word in self.family_names(entry):
                        counts[word] = counts.get(word, 0) + 1
            self._bearers = counts
        return self._bearers.get(normalize(surname), 0) >= COMMON_FAMILY_NAME

    def canonical_title(self, words: str) -> str:
        """The title ``words`` name, in titles.csv's words, lower case ("PM": "prime minister")."""
        return self._titles.canonical(words)

    def is_leading_title(self, words: str) -> bool:
        """"emir", "president": the title of a leading office (titles.csv's kind "leading")."""
        return self._titles.leading(words)

    def is_title_phrase(self, words: str) -> bool:
        """"Secretary of State", "Minister of Defence": a title phrase of titles.csv."""
        return self._titles.is_phrase(words)

    def leads_on(self, entry: Entry, day: str | None) -> bool:
        """Whether ``entry`` holds a leading office on ``day`` (titles.csv's kind "leading": a
        president, prime minister, king, party general secretary...)."""
        return self.leading_offices(entry, day) > 0

    def leading_offices(self, entry: Entry, day: str | None) -> int:
        """How many leading offices ``entry`` holds on ``day``. A legislature's chair ("Chairman of
        the Standing Committee of the National People's Congress") leads no state; a paramount
        leader often holds several at once (party, state, commission)."""
        return sum(1 for r in entry.roles if r.holds_on(day) and self._leads(r))

    def led_lately(self, entry: Entry, day: str | None) -> bool:
        """Whether ``entry`` held a leading office on ``day`` or in the RECENT_YEARS before it."""
        since = _recent_start(day)
        return any((r.holds_on(day) or _held_since(r, since, day)) and self._leads(r) for r in entry.roles)

    def leader(self, country: str, day: str | None) -> Entry | None:
        """The state's leader on ``day`` ("the Russian leader", "the leader of the DPRK"): the
        person holding most of its leading offices that day, a monarch only where no one else
        leads (the Japanese leader is the prime minister, not the emperor); None when none or a tie."""
        key = (country, day)
        if key not in self._leaders:
            ranked = sorted(((self._leads_in(entry, country, day), entry) for entry in map(self._entry, self._titled)),
                            key=lambda pair: pair[0], reverse=True)
            top = [entry for rank, entry in ranked if rank == ranked[0][0] and rank[0] > 0] if ranked else []
            self._leaders[key] = top[0] if len(top) == 1 else None
        return self._leaders[key]

    def _leads_in(self, entry: Entry, country: str, day: str | None) -> tuple[int, bool]:
        roles = [r for r in entry.roles if r.country == country and r.holds_on(day) and self._leads(r)]
        return len(roles), not all(_MONARCHS & set(_words(r.title)[:1]) for r in roles)

    def _leads(self, role: Role) -> bool:
        return bool(role.title) and role.sector != "LEG" and self._titles.leading(role.title)

    def holds_title(self, entry: Entry, title_words: str, day: str | None, past: bool = False) -> bool:
        """Whether ``entry`` holds on ``day`` the office ``title_words`` names, as written before
        a name ("secretary", "U.S. Defense Secretary", "Acting Defense Secretary"): the words or
        their end after a country's or a body's name; an acting holder holds the office. With
        ``past`` ("former National Security Adviser"), an office left by ``day``."""
        return any(r.title and (_left_by(r, day) if past else r.holds_on(day))
                   and self._titles.matches_phrase(title_words, r.title) for r in entry.roles)

    def holds_short_title(self, entry: Entry, phrase: str, day: str | None) -> bool:
        """Whether ``entry`` holds on ``day`` an office whose title's words before its "of" phrase are
        the whole ``phrase`` written before a name, as news shortens it ("Secretary Pompeo" of the
        Secretary of State, an office the title synonyms make a foreign minister's); "Deputy
        Secretary" is another office."""
        words = " ".join(_words(phrase))
        return bool(words) and any(
            r.title and r.holds_on(day) and _PREPOSITION.split(f" {' '.join(_words(r.title))} ", maxsplit=1)[0].strip() == words
            for r in entry.roles
        )

    def role_titled(self, entry: Entry, title_words: str, day: str | None) -> Role | None:
        """The role named by ``title_words`` that ``entry`` holds on ``day``, if any."""
        return next((r for r in entry.roles if r.title and r.holds_on(day) and self._titles.matches(title_words, r.title)),
                    None)

    def holders(self, title_words: str, country: str | None, day: str | None) -> list[Entry]:
        """People holding a role named by ``title_words`` ("President", "Foreign Minister", "leader")
        in ``country`` (None: any) on ``day`` (None: today). "President" does not match "Vice
        President"; "Secretary of State" and "Foreign Secretary" count as "Foreign Minister"."""
        found = []
        for entry in map(self._entry, self._titled):
            for role in entry.roles:
                if country is not None and role.country != country:
                    continue
                if role.title and role.holds_on(day) and self._titles.matches(title_words, role.title):
                    found.append((role.start or "", entry))
                    break
        return [entry for _, entry in sorted(found, key=lambda pair: pair[0])]

    # -- sectors and non-actors --------------------------------------------------------------

    def sector_for_org(self, name: str) -> str | None:
        """The CAMEO sector an organisation's name implies by its words ("Korea Herald" -> MED):
        the head of the name (before "of", "for", ...) first, then the whole name."""
        key = ("org", name)
        if key in self._sectors:
            return self._sectors[key]
        words = _words(name)
        head = _head(words)
        found = _best_phrase(self._org_words, head) or _best_phrase(self._org_words, words)
        if len(self._sectors) >= LOOKED_KEPT:
            self._sectors.clear()
        self._sectors[key] = found
        return found

    def org_sector_of_head(self, words: list[str]) -> str | None:
        """The sector when ``words`` (lower case) end in an organisation word or phrase of
        sectors.csv ("foreign ministry", "coast guard"), else None."""
        for length in (3, 2, 1):
            if len(words) >= length and (sector := self._org_words.get(tuple(words[-length:]))):
                return sector
        return None

    def org_phrase(self, words: list[str]) -> bool:
        """Are ``words`` (lower case, two or more) one organisation phrase of sectors.csv
        ("presidential office", "state media")?"""
        return len(words) > 1 and tuple(words) in self._org_words

    def sector_for_title(self, title: str) -> str | None:
        """The sector a person's title implies: that of the organisation it names, if any
        ("President of Seoul National University" -> EDU), else that of the title words."""
        key = ("title", title)
        if key in self._sectors:
            return self._sectors[key]
        if len(self._sectors) >= LOOKED_KEPT:
            self._sectors.clear()
        found = self._sectors[key] = self._sector_for_title(title)
        return found

    def _sector_for_title(self, title: str) -> str | None:
        words = _words(title)
        head = _head(words)
        if len(head) < len(words):
            org_sector = self.sector_for_org(" ".join(words[len(head) + 1 :]))
            if org_sector:
                return org_sector
        return _best_phrase(self._title_words, head) or _best_phrase(self._title_words, words)

    def state_outlet(self, country: str | None, words: str) -> Entry | None:
        """The news agency or broadcaster of the state ``country`` that ``words`` describe
        ("state news agency", "official state-run television", "public broadcaster":
        outlet_words.csv), from state_outlets.csv; None for other words or where the state has
        none listed."""
        kinds, split = _outlet_words(), words.lower().replace(" - ", "-").split()
        if split[:1] == ["the"]:
            split = split[1:]
        for width in (2, 1):
            kind = kinds.get(" ".join(split[-width:])) if len(split) > width else None
            if kind in ("agency", "broadcaster") and all(kinds.get(w) == "qualifier" for w in split[:-width]):
                body = _state_outlets().get((country or "", kind))
                return self.entry(body) if body else None
        return None

    def igo_seat(self, name: str, host: str | None) -> Entry | None:
        """The international body whose seat ``name`` is, in the state ``host`` whose capital it
        is too (igo_seats.csv: "Brussels" for the EU as "Washington" for the US); None for other
        names."""
        body = _igo_seats().get((name.lower(), host or ""))
        return self.entry(body) if body else None

    def is_not_actor(self, phrase: str) -> bool:
        return normalize(phrase) in self._not_actors


def _left_by(role: Role, day: str | None) -> bool:
    """Whether ``role`` had ended by ``day`` (today when None)."""
    return bool(role.end) and (day is None or role.end <= day)


@lru_cache(maxsize=1)
def _default() -> KnowledgeBase:
    """The package data (compiled, from the cache when current) plus the user's own file named by
    the actors_file setting (DYAD_ACTORS_FILE), which is read every time: it is the user's to change."""
    from dyad.annotate.kb_cache import load_compiled
    from dyad.settings import settings

    extra = settings().actors_file.strip()
    if extra:
        return KnowledgeBase.load([extra])
    return load_compiled(KnowledgeBase)


def _index_name(index: dict, entry_id: str, text: str, via: str) -> None:
    forms = [text] + ([p] if via == "demonym" and (p := _plural(text)) else [])
    for form in forms:
        key = normalize(form)
        if key:
            index.setdefault(key, []).append((entry_id, via, _shape(form)))


def _pack(entry: Entry) -> tuple:
    roles = tuple((r.title, r.country, r.sector, r.code, r.start, r.end) for r in entry.roles)
    return (entry.id, entry.name, entry.kind, entry.country, entry.sector, entry.code, entry.aliases,
            entry.wikidata, entry.gender, roles)


def _unpack(row: tuple) -> Entry:
    return Entry(*row[:9], roles=tuple(Role(*r) for r in row[9]))


# ---------------------------------------------------------------------------------------------
# Word phrases (sectors) and titles


def _phrases(rows: Iterable[_Row], kind: str) -> dict[tuple[str, ...], str]:
    return {tuple(_words(r.data["word"])): r.data["sector"] for r in rows if r.data["kind"] == kind}


_HEAD_BREAKS = {"of", "for", "at", "on", "with", "to"}


def _head(words: list[str]) -> list[str]:
    for i, word in enumerate(words):
        if word in _HEAD_BREAKS and i > 0:
            return words[:i]
    return words


def _best_phrase(phrases: dict[tuple[str, ...], str], words: list[str]) -> str | None:
    """The sector of the phrase ending last in ``words`` (the head noun), the longest on a tie."""
    best: tuple[int, int, str] | None = None
    for length in range(1, 5):
        for start in range(len(words) - length + 1):
            sector = phrases.get(tuple(words[start : start + length]))
            if sector and (best is None or (start + length, length) > best[:2]):
                best = (start + length, length, sector)
    return best[2] if best else None


class _TitleMatcher:
    """Compares the office of a role title ("Secretary of State of the United States") with the
    words a text uses ("Foreign Minister"), through titles.csv's synonyms and qualifiers."""

    def __init__(self, rows: Iterable[_Row]):
        synonyms, self._qualifiers, self._leading = [], set(), set()
        for row in rows:
            phrase = " ".join(_words(row.data["phrase"]))
            if row.data["kind"] == "qualifier":
                self._qualifiers.add(phrase)
            elif row.data["kind"] == "leading":
                self._leading.add(phrase)
            elif row.data["kind"] in ("synonym", "spelling"):
                synonyms.append((phrase, " ".join(_words(row.data["canonical"])), row.data["kind"]))
        self._synonyms = [(p, c) for p, c, _ in sorted(synonyms, key=lambda item: -len(item[0]))]
        self._phrases = {phrase for phrase, _, kind in synonyms if kind == "synonym"}  # a spelling alone is no title

    def canonical(self, title: str) -> str:
        text = " " + " ".join(_words(title)) + " "
        for phrase, canonical in self._synonyms:
            text = text.replace(f" {phrase} ", f" {canonical} ")
        return text.strip()

    def is_phrase(self, words: str) -> bool:
        """Whether ``words`` is one of titles.csv's title phrases ("secretary of state")."""
        return " ".join(_words(words)) in self._phrases

    def leading(self, title: str) -> bool:
        """"President of South Korea", "Premier of the State Council": the office itself is one of
        the leading ones (not "Vice President", "Acting President")."""
        office = _PREPOSITION.split(f" {self.canonical(title)} ", maxsplit=1)[0].strip()
        return office in self._leading

    def matches_phrase(self, title_words: str, title: str) -> bool:
        """``matches`` for the words of a title before a name, or their end ("U.S. Defense
        Secretary": "defense secretary"), never past a qualifier ("Deputy Defense Secretary" is
        no defense secretary); an acting holder counts."""
        words = _words(title_words)
        for i in range(len(words)):
            if i and words[i - 1] in self._qualifiers and words[i - 1] not in _TENSES:
                return False
            if self.matches(" ".join(words[i:]), title, acting=True):
                return True
        return False

    def matches(self, title_words: str, title: str, acting: bool = False) -> bool:
        """Whether ``title_words`` name the office of the role ``title``; with ``acting`` (or
        "acting" in the words) an acting holder's role counts as the office."""
        query, full = self.canonical(title_words), self.canonical(title)
        if query.startswith(_ACTING + " "):
            query, acting = query[len(_ACTING) + 1 :], True
        if acting and full.startswith(_ACTING + " "):
            full = full[len(_ACTING) + 1 :]
        if _PREPOSITION.search(f" {query} "):  # "Special Representative for North Korea" (of the United States)
            return full == query or full.startswith(query + " of ")
        office = _PREPOSITION.split(f" {full} ", maxsplit=1)[0].strip()
        if office == query:
            return True
        if not office.endswith(" " + query):
            return False
        return not any(word in self._qualifiers for word in office[: -len(query)].split())
