"""Convert PETRARCH2's agents dictionary into the event stage's group words.

(scripts/convert_petrarch_agents.py reads the same dictionary for another job: the nouns that name
people, for the actors stage's plural groups. This one keeps bodies and units too, with sectors.)

    python scripts/convert_petrarch_event_agents.py ../shared/eventdata/petrarch2

reads Phoenix.agents.txt (the agents format described in PETRARCH2's dictionaries.rst; MIT licence,
Open Event Data Alliance) and writes src/dyad/data/events/petrarch_agents.yaml in the shape of
dyad's own groups.yaml (``SECTOR: [head nouns]``), with the source and licence in its header.
dyad's groups.yaml is read first and wins where both name a word.

What is kept, by class:
- agent nouns of one or two words (``FARMER``, ``RIOT_POLICE``); substitution sets are expanded
  (``BUSINESS!PERSON!`` -> businessman, businesswoman, ...) and irregular plurals in ``{...}`` kept;
- the primary sector of the code (``~GOVMED`` -> GOV, ``IGO~`` -> IGO), when dyad's actor-type table
  (``data/codebook/actor_types.tsv``) has it; religious codes (MUS, CHR, ...) are left out.

What is left out: longer phrases (dyad matches a head noun and the word before it), entries with
gaps (a blank between words: other words may come between them), commented-out entries, and the
words listed in ``LEAVE_OUT`` below: things and places that the dictionary codes as agents but that
are, as the head of an event's argument, far more often no actor ("the village", "the industry").
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "dyad" / "data" / "events" / "petrarch_agents.yaml"
TYPES = ROOT / "src" / "dyad" / "data" / "codebook" / "actor_types.tsv"
SOURCE = "Phoenix.agents.txt"

LEAVE_OUT = {
    # places and things, not agents
    "village",
    "settlement",
    "kingdom",
    "neighborhood",
    "neighbourhood",
    "industry",
    "business",
    "aerospace",
    "airway",
    "containership",
    "freighter",
    "supertanker",
    "tanker",
    "jumbojet",
    "airliner",
    "jetliner",
    "oiler",
    "schoolhouse",
    "infirmary",
    "conservatory",
    "preschool",
    "kindergarden",
    "kindergarten",
    "prison",
    "governance",
    "polity",
    "chancellery",
    "passenger jet",
    # words whose everyday sense is mostly no group
    "actor",
    "retired",
    "native",
    "naturalized",
    "mother",
    "girl",
    "infant",
    "chief",
    "boss",
    "monger",
    "waiter",
    "waitress",
    "cabinetmaker",
    "customer",
    "hunter",
    "hiker",
    "engineer",
    "scientist",
    "state-owned",
    "semi-official",
    "vip",
    "doc",
    "culprit",
    "perpetrator",
    "intelligence information",
    "intelligence activity",
    "intelligence operation",
    "blog",
    "internet site",
    "chamber",
    "assemblage",
    "small town",
    "police district",
    "police post",
    # events, activities and abstract nouns, not agents ("the rebellion", "military intelligence")
    "insurgence", "insurgency", "armed insurgency", "ethnic insurgency", "rebellion", "uprising",
    "intelligence", "military intelligence", "army intelligence", "military presence",
    "fighting position", "mortar position", "border security", "publication", "television",
    "public television",
}
FUNCTION_WORDS = {"at", "for", "to", "in", "of", "on", "by", "with", "from"}
STEMS = {"minist"}  # TABARI stems (prefixes of words), which a whole-word lookup cannot use


def read_agents(path: Path) -> list[tuple[str, str]]:
    """(phrase in lower case, CAMEO agent code) pairs, substitution sets expanded, plurals added."""
    subs: dict[str, list[str]] = {}
    out: list[tuple[str, str]] = []
    for raw in path.read_text(encoding="latin-1").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if m := re.match(r"^(!\w+!)\s*=\s*(.+)$", line):
            subs[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        m = re.match(r"^(.+?)\s*(\{[^}]*\})?\s*\[([^\]]+)\]", line)
        if not m:
            continue
        phrase, plurals, code = m.group(1).strip(), m.group(2), m.group(3).strip()
        forms = [phrase]
        for marker, words in subs.items():
            forms = [f.replace(marker, w) for f in forms for w in (words if marker in f else [""])]
        if plurals:
            forms += [p.strip() for p in plurals.strip("{}").split() if p.strip()]
        out += [(f.lower().replace("_", " ").strip(), code) for f in forms if " " not in f.strip()]
    return out


def sector(code: str, known: set[str]) -> str | None:
    primary = code.replace("~", "")[:3]
    return primary if primary in known else None


def main(folder: str) -> None:
    known = {line.split("\t")[0] for line in TYPES.read_text(encoding="utf-8").splitlines()[1:]}
    chosen: dict[str, str] = {}  # phrase -> sector, the first entry's where the dictionary repeats one
    for phrase, code in read_agents(Path(folder) / SOURCE):
        words = phrase.split()
        sec = sector(code, known)
        if (
            sec is None
            or not 1 <= len(words) <= 2
            or phrase in LEAVE_OUT
            or (FUNCTION_WORDS | STEMS) & set(words)
        ):
            continue
        if all(re.fullmatch(r"[a-z][a-z'.-]*", w) for w in words):
            chosen.setdefault(phrase, sec)
    by_sector: dict[str, set[str]] = {}
    for phrase, sec in chosen.items():
        by_sector.setdefault(sec, set()).add(phrase)
    lines = [
        "# Agent nouns and their CAMEO sectors, converted from PETRARCH2's agents dictionary",
        "# (Phoenix.agents.txt, petrarch2/data/dictionaries, commit 676801cd) by",
        "# scripts/convert_petrarch_event_agents.py; do not edit by hand. dyad's groups.yaml wins where both",
        "# name a word. Only the primary sector of a code is kept (~GOVMED -> GOV).",
        "#",
        "# The MIT License (MIT). Copyright (c) 2014 Open Event Data Alliance.",
        "# Permission is hereby granted, free of charge, to any person obtaining a copy of this software",
        '# and associated documentation files (the "Software"), to deal in the Software without',
        "# restriction, including without limitation the rights to use, copy, modify, merge, publish,",
        "# distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the",
        "# Software is furnished to do so, subject to the following conditions: The above copyright",
        "# notice and this permission notice shall be included in all copies or substantial portions of",
        '# the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR',
        "# IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A",
        "# PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE",
        "# LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR",
        "# OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER",
        "# DEALINGS IN THE SOFTWARE.",
        "",
    ]
    for sec in sorted(by_sector):
        words = sorted(by_sector[sec])
        lines.append(f"{sec}: [{', '.join(_quote(w) for w in words)}]")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{sum(len(v) for v in by_sector.values())} agent nouns in {len(by_sector)} sectors -> {OUT}")


def _quote(word: str) -> str:
    return f'"{word}"' if re.search(r"[^a-z ]", word) or word in ("yes", "no", "on", "off") else word


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/eventdata/petrarch2")
