"""Convert PETRARCH2's actor dictionaries into dyad's knowledge-base files.

    python scripts/convert_petrarch_actors.py ../shared/eventdata/petrarch2

reads Phoenix.Countries.actors.txt, Phoenix.International.actors.txt and
Phoenix.MilNonState.actors.txt (the TABARI actor format described in PETRARCH2's
dictionaries.rst; MIT licence, Open Event Data Alliance) and writes, beside dyad's own files in
src/dyad/data/actors/:

- ``petrarch_people.csv``   people dyad's ``people.csv`` does not have (its columns);
- ``petrarch_orgs.csv``     organisations dyad's ``organizations.csv`` does not have (its columns);
- ``petrarch_roles.csv``    dated CAMEO codes of people (the ``roles.csv`` columns, ``title`` empty:
                            the dictionaries give the code an office carries, not its name), for new
                            people and for dyad's own people where no dyad role covers the period;
- ``petrarch_aliases.csv``  ``id,alias``: spelling variants of entries dyad already has.

What is left out, by class (the dictionaries mix actors with phrases that only code them):
country records (dyad's ``states.csv`` is curated; their synonyms are cities, provinces and
rivers), phrases with a title or an agent noun ("PRESIDENT_OBAMA", "WHITE_HOUSE_SPOKESMAN"),
bare surnames, names the place gazetteer knows as places, names on ``not_actors.csv``, and
codes whose country is not a state of ``states.csv``. dyad's rows always win: an entry that
matches one of dyad's by name or alias adds only its spelling variants and the periods dyad's
roles leave uncovered.
"""

from __future__ import annotations

import csv
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from dyad.annotate.knowledge import normalize  # noqa: E402

OUT = ROOT / "src" / "dyad" / "data" / "actors"
FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt")

# CAMEO country codes that are not ISO 3166-1 alpha-3 codes (or name a territory of a state)
CAMEO_TO_ISO = {"KSV": "XKX", "ROM": "ROU", "ZAR": "COD", "TMP": "TLS", "HKG": "CHN", "MAC": "CHN",
                "SCG": "SCG", "BUR": "MMR", "GZS": "PSE", "WST": "WSM"}
INTERNATIONAL = {"IGO", "NGO", "IMG", "MNC", "NGM"}
ROLE_CODES = {"GOV", "MIL", "ELI", "LEG", "JUD", "OPP", "REB", "BUS", "MED", "EDU", "SPY", "COP", "CVL",
              "LAB", "HLH", "REF", "AGR", "DEV", "ENV", "HRI", "IGO", "NGO", "IMG", "UAF", "MOD", "RAD",
              "CRM", "PTY", "SEP", "INS", "CRI", "REL", "SET", "IRC", "APY", "ILG"}
ORG_KIND = {"GOV": "government", "MIL": "military", "SPY": "intelligence", "COP": "police",
            "LEG": "legislature", "JUD": "court", "MED": "media", "EDU": "university", "REB": "armed_group",
            "IMG": "armed_group", "INS": "armed_group", "SEP": "armed_group", "IGO": "igo", "NGO": "ngo",
            "BUS": "company", "OPP": "party", "PTY": "party", "MNC": "company"}
# Words that make a phrase a title, an agent or a description rather than a name
TITLE_WORDS = set("""mr mrs ms dr sir president presidents vice prime minister ministers premier secretary
general sec secy gen chancellor leader king queen prince princess emperor sheikh ambassador envoy
senator sen rep representative congressman congresswoman governor mayor chairman chairwoman chief
spokesman spokeswoman spokesperson official officials officer officers soldier soldiers troops
justices justice judge commander colonel lt lieutenant captain major admiral marshal foreign
defense defence former late acting deputy head director member members delegation delegate
delegates peacekeeper peacekeepers supporters supporter militants militant fighters fighter
rebels rebel guerrillas guerrilla insurgents insurgent forces force police policeman people
citizens citizen students student workers worker clergy cleric spokesmen aide aides adviser
advisor staff agent agents""".split())
# Words of organisation names (dyad's sectors.csv 'org' words are added at run time)
ORG_EXTRA = set("""party front movement organization organisation organizations league union federation
association alliance brigade brigades battalion army group groups cell cells committee
council commission agency bureau ministry department institute centre center fund bank
program programme court tribunal mission forces force front network society foundation""".split())
PARTICLES = {"al", "el", "bin", "ibn", "de", "da", "del", "della", "di", "du", "van", "von", "der",
             "den", "la", "le", "dos", "das", "y", "abu", "ben", "ould"}
SMALL = {"of", "the", "for", "and", "on", "in", "to", "at", "a", "an", "de", "la", "des", "du", "al"}


@dataclass
class Record:
    phrases: list[str]
    default: str | None = None
    restrictions: list[tuple[str, str | None, str | None]] = field(default_factory=list)
    source: str = ""
    note: str = ""


# -- reading the TABARI format ---------------------------------------------------------------------


def read_records(path: Path):
    """Each record: its phrases (primary first), default code and dated codes."""
    record: Record | None = None
    for raw in path.read_text(encoding="latin-1").splitlines():
        note = raw.split("#", 1)[1] if "#" in raw else ""
        line = raw.split("#", 1)[0].split(";", 1)[0].rstrip()
        if not line.strip():
            continue
        codes = re.findall(r"\[([^\]]*)\]", line)
        head = re.sub(r"\[[^\]]*\]", "", line).strip()
        if raw[:1] in (" ", "\t") and not head:
            if record is not None:
                for code in codes:
                    _add_code(record, code)
            continue
        if head.startswith("+"):
            if record is not None:
                record.phrases.append(head[1:].strip())
                for code in codes:
                    _add_code(record, code)
            continue
        if record is not None:
            yield record
        record = Record([head], source=path.name, note=note)
        for code in codes:
            _add_code(record, code)
    if record is not None:
        yield record


def _add_code(record: Record, text: str) -> None:
    parts = text.split()
    if not parts or parts[0].startswith("-"):
        return
    code = parts[0].upper()
    if len(parts) == 1:
        record.default = record.default or code
        return
    when = parts[1]
    try:
        if when.startswith("<"):
            record.restrictions.append((code, None, _date(when[1:])))
        elif when.startswith(">"):
            record.restrictions.append((code, _date(when[1:]), None))
        elif "-" in when:
            first, last = when.split("-", 1)
            start, end = _date(first), _date(last)
            if start and end and end < start:
                return
            record.restrictions.append((code, start, end))
    except ValueError:
        return  # a malformed date: the restriction is dropped


def _date(text: str) -> str | None:
    """YYMMDD (00-30 = 20YY, as PETRARCH reads them) or YYYYMMDD -> YYYY-MM-DD."""
    digits = text.strip()
    if not digits.isdigit():
        raise ValueError(text)
    if len(digits) <= 7:
        digits = digits.zfill(6)
        year = int(digits[:2])
        digits = (f"20{digits[:2]}" if year <= 30 else f"19{digits[:2]}") + digits[2:6]
    year, month, day = int(digits[:4]), int(digits[4:6]), int(digits[6:8])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        raise ValueError(text)
    return f"{year:04d}-{month:02d}-{day:02d}"


# -- codes -----------------------------------------------------------------------------------------


def split_code(code: str, states: set[str]) -> tuple[str | None, str | None] | None:
    """(country, sector) of a CAMEO actor code; None when its country is not a known state."""
    head = code[:3]
    if head in INTERNATIONAL:
        country = CAMEO_TO_ISO.get(code[3:6], code[3:6])  # MNCUSA: a company based in the US
        return (country if head in ("MNC", "NGM") and country in states else None), \
            ("BUS" if head == "MNC" else head)
    country = CAMEO_TO_ISO.get(head, head)
    if country not in states:
        return None
    rest = [code[i : i + 3] for i in range(3, len(code), 3)]  # GBRFLKGOV: skip the territory
    found = [r for r in rest if r in ROLE_CODES]
    if found[:1] == ["GOV"] and found[1:2] in (["LEG"], ["JUD"]):
        return country, found[1]  # USAGOVLEG: a legislator (dyad codes Congress USALEG)
    return country, (found[0] if found else None)


# -- names -----------------------------------------------------------------------------------------


def words_of(phrase: str) -> list[str]:
    text = phrase.replace("_", " ").strip()
    text = re.sub(r"\([^)]*\)", " ", text)  # "(AAIA)"
    return [w for w in text.split() if w]


def is_clean_name(words: list[str], bad: set[str]) -> bool:
    if not words:
        return False
    low = [w.lower().strip(".,") for w in words]
    if any(w in TITLE_WORDS or w in bad for w in low):
        return False
    return all(re.fullmatch(r"[A-Za-z][A-Za-z.'\-]*", w) for w in words)


def person_display(words: list[str]) -> str:
    out = []
    for i, word in enumerate(words):
        low = word.lower()
        if i and low in PARTICLES:
            out.append(low)
            continue
        parts = re.split(r"(-)", low)
        parts = [p if p == "-" else _cap(p) for p in parts]
        if len(parts) == 3 and parts[0].lower() in PARTICLES:  # al-Assad
            parts[0] = parts[0].lower()
        out.append("".join(parts))
    return " ".join(out)


def _cap(word: str) -> str:
    if not word:
        return word
    if re.fullmatch(r"([a-z]\.)+", word):  # initials: "k." -> "K."
        return word.upper()
    word = word[0].upper() + word[1:]
    word = re.sub(r"^Mc([a-z])", lambda m: "Mc" + m.group(1).upper(), word)
    return re.sub(r"^O'([a-z])", lambda m: "O'" + m.group(1).upper(), word)


def org_display(words: list[str]) -> str:
    if len(words) == 1 and len(words[0].strip(".")) <= 6:
        return words[0]  # an acronym: IAEA, MONUC
    out = []
    for i, word in enumerate(words):
        low = word.lower()
        if low in ("ltd", "corp", "inc", "co"):
            out.append(low.capitalize())
        elif "." in word or (len(word) <= 3 and not re.search(r"[aeiouy]", low)) or low in ("un", "us", "eu", "uk"):
            out.append(word.upper())
        elif i and low in SMALL:
            out.append(low)
        else:
            out.append("-".join(_cap(p) for p in low.split("-")))
    return " ".join(out)


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", normalize(name)).strip("-")


# -- the conversion --------------------------------------------------------------------------------


class Converter:
    def __init__(self, states: set[str], state_words: set[str], org_words: set[str],
                 not_actors: set[str], given: set[str], is_place):
        self.states, self.state_words = states, state_words
        self.org_words, self.not_actors, self.given = org_words | ORG_EXTRA, not_actors, given
        self.is_place = is_place
        self.dropped: dict[str, int] = defaultdict(int)

    def kind(self, record: Record, words: list[str]) -> str | None:
        codes = [c for c, _, _ in record.restrictions] + ([record.default] if record.default else [])
        if not codes:
            return None
        if all(len(c) == 3 and c not in INTERNATIONAL for c in codes):
            return None  # a country record
        if self.names_org(words):
            return "organization"
        if "CountryInfo" in record.note or "rulers" in record.note or record.restrictions:
            return "person"
        if len(words) == 1 and len(words[0]) <= 6 and words[0].isupper():
            return "organization"  # an acronym: IAEA, MONUC
        if len(words) >= 2 and words[0].lower().capitalize() in self.given:
            return "person"
        return None

    def names_org(self, words: list[str]) -> bool:
        """An organisation word as the head ("Afghan National Army") or before "of" ("Ministry of
        Defence"); a first word alone does not count ("Charity Kaluki Ngilu" is a person)."""
        low = [w.lower() for w in words]
        return any(w in self.org_words and (i > 0 or low[1:2] in (["of"], ["for"], ["on"]))
                   for i, w in enumerate(low))

    def clean_phrases(self, record: Record, kind: str) -> list[list[str]]:
        """The phrases of a record that are names of the actor, in order."""
        out = []
        for phrase in record.phrases:
            words = words_of(phrase)
            key = normalize(" ".join(words))
            bad = self.state_words if kind == "person" else set()
            if not key or key in self.not_actors:
                self.dropped["not an actor (not_actors.csv)"] += 1
                continue
            if kind == "person":
                if not is_clean_name(words, bad | self.org_words):
                    self.dropped["person phrase with a title, agent or org word"] += 1
                    continue
                if len(words) < 2:
                    self.dropped["bare surname"] += 1
                    continue
            else:
                low = [w.lower() for w in words]
                if low[0] in TITLE_WORDS or low[-1] in TITLE_WORDS or any(w in ("spokesman", "spokeswoman", "spokesperson", "official")
                                                 for w in low):
                    self.dropped["agent phrase (official, spokesman, soldiers, ...)"] += 1
                    continue
                if len(words) >= 2 and words[0].lower().capitalize() in self.given and not set(low) & self.org_words:
                    self.dropped["person name among an organisation's phrases"] += 1
                    continue
            if self.is_place(" ".join(words)) and not (kind == "organization" and set(w.lower() for w in words) & self.org_words):
                self.dropped["a place in the gazetteer"] += 1
                continue
            out.append(words)
        return out


def load_context():
    from dyad.annotate.knowledge import _package_rows
    from dyad.extract.places.gazetteer import load_gazetteer

    states_rows = _package_rows("states.csv")
    states = {r.data["code"] for r in states_rows}
    state_words = set()
    for r in states_rows:
        for cell in ("name", "short_names", "demonyms", "metonyms"):
            for item in (r.data.get(cell) or "").split("|"):
                state_words |= {w.lower() for w in item.split()} if item and " " not in item else set()
                if item and " " not in item:
                    state_words.add(item.lower())
    org_words = {r.data["word"] for r in _package_rows("sectors.csv") if r.data["kind"] == "org" and " " not in r.data["word"]}
    not_actors = {normalize(r.data["phrase"]) for r in _package_rows("not_actors.csv")}
    given_path = ROOT / "src" / "dyad" / "data" / "lexicon" / "given_names.csv"
    given = {line.split(",")[0] for line in given_path.read_text().splitlines() if line and not line.startswith("#")}
    gaz = load_gazetteer()

    def is_place(name: str) -> bool:
        return any(e.population >= 0 for e, _alt in gaz.lookup(name)) if name in gaz else False

    return states, state_words, org_words, not_actors, given, is_place


def dyad_index(name: str, key_cols: tuple[str, ...]) -> tuple[dict[str, str], list[dict]]:
    rows = list(csv.DictReader((OUT / name).open(encoding="utf-8")))
    index = {}
    for row in rows:
        for col in key_cols:
            for item in (row.get(col) or "").split("|"):
                if item:
                    index.setdefault(normalize(item), row["id"])
    return index, rows


def main(src: Path) -> None:
    conv = Converter(*load_context())
    people_index, _ = dyad_index("people.csv", ("name", "aliases"))
    org_index, _ = dyad_index("organizations.csv", ("name", "aliases"))
    dyad_roles = defaultdict(list)
    for row in csv.DictReader((OUT / "roles.csv").open(encoding="utf-8")):
        dyad_roles[row["person_id"]].append((row["start"] or "0000", row["end"] or "9999"))

    people: dict[str, dict] = {}  # id -> {name, aliases, country, roles}
    orgs: dict[str, dict] = {}
    aliases: dict[str, set[str]] = defaultdict(set)
    roles: dict[str, set[tuple]] = defaultdict(set)
    seen_records = 0
    for name in FILES:
        for record in read_records(src / name):
            seen_records += 1
            first = words_of(record.phrases[0])
            kind = conv.kind(record, first)
            if kind is None:
                conv.dropped["country record or no code"] += 1
                continue
            phrases = conv.clean_phrases(record, kind)
            if not phrases:
                continue
            if kind == "person":
                add_person(conv, record, phrases, people, aliases, roles, people_index, dyad_roles)
            else:
                add_org(conv, record, phrases, orgs, aliases, org_index)
    keep_acronyms(conv, orgs)
    write(people, orgs, aliases, roles)
    print(f"{seen_records} records read; {len(people)} new people, {len(orgs)} new organisations, "
          f"{sum(len(v) for v in roles.values())} dated codes, "
          f"{sum(len(v) for v in aliases.values())} aliases of dyad's entries")
    for why, n in sorted(conv.dropped.items(), key=lambda kv: -kv[1]):
        print(f"  dropped {n:6d}  {why}")


def coded_roles(conv: Converter, record: Record) -> list[tuple]:
    out = []
    for code, start, end in record.restrictions:
        parts = split_code(code, conv.states)
        if parts is None:
            conv.dropped["code of no known state"] += 1
            continue
        out.append((parts[0] or "", parts[1] or "", _code(code, parts), start or "", end or ""))
    if record.default:
        parts = split_code(record.default, conv.states)
        if parts is not None:
            after = max((r[4] for r in out if r[4]), default="")
            if not any(not r[4] for r in out):  # the default applies after the last dated role
                out.append((parts[0] or "", parts[1] or "", _code(record.default, parts), after, ""))
    return out


def _code(code: str, parts: tuple[str | None, str | None]) -> str:
    """dyad's code: country + sector for a national actor (USAGOVLEG -> USALEG), the CAMEO code
    itself for an international one (IGOUNOKID)."""
    if code[:3] in INTERNATIONAL:
        return code
    return (parts[0] or "") + (parts[1] or "")


def add_person(conv, record, phrases, people, aliases, roles, people_index, dyad_roles) -> None:
    names = [person_display(w) for w in phrases]
    found = coded_roles(conv, record)
    match = next((i for i, n in enumerate(names) if normalize(n) in people_index), None)
    if match is not None:  # one of dyad's people: spellings and the periods dyad leaves open
        dyad_id = people_index[normalize(names[match])]
        aliases[dyad_id].update(n for n, w in zip(names, phrases, strict=True)
                                if normalize(n) not in people_index and is_variant(w, phrases[match]))
        covered = dyad_roles.get(dyad_id, [])
        for role in found:
            start, end = role[3] or "0000", role[4] or "9999"
            if not any(s < end and start < e for s, e in covered):
                roles[dyad_id].add(role)
        return
    if not found:
        conv.dropped["person with no usable code"] += 1
        return
    canonical = names[0]
    variants = [n for n, w in zip(names[1:], phrases[1:], strict=True) if is_variant(w, phrases[0])]
    country = next((r[0] for r in sorted(found, key=lambda r: r[3]) if r[0]), "")
    pid = slug(canonical)
    taken = set(people_index.values())
    if pid in taken or (pid in people and people[pid]["country"] != country):
        pid = f"{pid}-{country.lower() or 'int'}"
    entry = people.setdefault(pid, {"name": canonical, "aliases": set(), "country": country})
    entry["aliases"].update(v for v in variants if normalize(v) != normalize(entry["name"]))
    roles[pid].update(found)


def _close(a: str, b: str) -> bool:
    """The same word, a misspelling of it (two edits at most, for words of five letters or more),
    or a short form of it ("Des" for "Desmond", "K." for "Kofi")."""
    a, b = a.lower().strip("."), b.lower().strip(".")
    if a == b or (min(len(a), len(b)) >= 1 and (a.startswith(b) or b.startswith(a)) and min(len(a), len(b)) in (1, 3, 4)):
        return True
    if min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 2:
        return False
    import difflib

    return difflib.SequenceMatcher(None, a, b).ratio() >= 0.8


def is_variant(words: list[str], canonical: list[str]) -> bool:
    """Another spelling of the same name: the first and last words match (or are misspellings or
    short forms of each other), whatever middle names come between; a title before the name or a
    different given name ("Condi", "Bundeskanzler") is not a spelling."""
    flat = [p for w in words for p in w.split("-")] if len(words) != len(canonical) else words
    base = [p for w in canonical for p in w.split("-")] if len(words) != len(canonical) else canonical
    return len(flat) >= 2 and _close(flat[0], base[0]) and _close(flat[-1], base[-1])


def add_org(conv, record, phrases, orgs, aliases, org_index) -> None:
    """Each phrase of an organisation record is an organisation of its own: a record groups what
    one code covers (the US military record lists the Pentagon, CENTCOM and DARPA), not spellings."""
    code = record.default or (record.restrictions[-1][0] if record.restrictions else None)
    parts = split_code(code, conv.states) if code else None
    if parts is None:
        conv.dropped["organisation with no usable code"] += 1
        return
    country, sector = parts
    if sector is None or sector == "ELI":
        conv.dropped["organisation phrase without a sector (spellings of a country, regions)"] += 1
        return
    if code[:3] not in INTERNATIONAL:
        code = (country or "") + (sector or "")
    for words in phrases:
        name = org_display(words)
        oid = slug(name)
        if normalize(name) in org_index or oid in org_index.values() or not oid:
            conv.dropped["organisation dyad already has"] += 1
            continue
        orgs.setdefault(oid, {"name": name, "aliases": set(), "country": country or "", "sector": sector or "",
                              "code": code, "kind": ORG_KIND.get(sector or "", "other")})


def keep_acronyms(conv: Converter, orgs: dict[str, dict]) -> None:
    """A one-word organisation stays only as the initials of a longer name in the dictionaries
    ("DARPA", "FEMA"): the dictionaries are in capitals, so "DISNEY" or "KHALID" cannot be told
    from an acronym otherwise."""
    initials = set()
    for org in orgs.values():
        words = re.findall(r"[A-Za-z]+", org["name"])
        if len(words) >= 2:
            initials.add("".join(w[0] for w in words).upper())
            initials.add("".join(w[0] for w in words if w.lower() not in SMALL).upper())
    for oid in [k for k, o in orgs.items() if " " not in o["name"]]:
        letters = re.sub(r"[^A-Za-z]", "", orgs[oid]["name"]).upper()
        if letters not in initials or letters in INTERNATIONAL:
            del orgs[oid]
            conv.dropped["one-word name that is no acronym of a longer name"] += 1


def write(people, orgs, aliases, roles) -> None:
    with (OUT / "petrarch_people.csv").open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, lineterminator="\n")
        out.writerow(["id", "name", "aliases", "gender", "country", "wikidata", "birth", "death"])
        for pid in sorted(people):
            p = people[pid]
            out.writerow([pid, p["name"], "|".join(sorted(p["aliases"])), "", p["country"], "", "", ""])
    with (OUT / "petrarch_orgs.csv").open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, lineterminator="\n")
        out.writerow(["id", "name", "aliases", "kind", "country", "sector", "code", "wikidata"])
        for oid in sorted(orgs):
            o = orgs[oid]
            out.writerow([oid, o["name"], "|".join(sorted(o["aliases"])), o["kind"], o["country"], o["sector"],
                          o["code"], ""])
    with (OUT / "petrarch_roles.csv").open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, lineterminator="\n")
        out.writerow(["person_id", "title", "country", "sector", "code", "start", "end"])
        for pid in sorted(roles):
            for country, sector, code, start, end in sorted(roles[pid], key=lambda r: (r[3], r[4], r[2])):
                out.writerow([pid, "", country, sector, code, start, end])
    with (OUT / "petrarch_aliases.csv").open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, lineterminator="\n")
        out.writerow(["id", "alias"])
        for eid in sorted(aliases):
            for alias in sorted(aliases[eid]):
                out.writerow([eid, alias])


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: convert_petrarch_actors.py PETRARCH2_DICTIONARY_FOLDER")
    main(Path(sys.argv[1]))
