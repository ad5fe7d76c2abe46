"""Build src/dyad/data/lexicon/person_nouns_petrarch.csv: nouns that name a person or people
("protester", "villager", "surgeon"), with their CAMEO agent sector, from PETRARCH2's agents
dictionary (Phoenix.agents.txt, Open Event Data Alliance, MIT; notice in data/actors/).

    .venv/bin/python scripts/convert_petrarch_agents.py ../shared/eventdata/petrarch2

Only one-word entries are read ("PROTESTER [~OPP]"); phrases ("STUDENTS_AND_TEACHER") and
substitution sets are left out. The dictionary codes what acts in an event, so it also lists
bodies, places, ships and abstractions ("EMBASSY", "HOSPITAL", "FRIGATE", "UPRISING"): those are
dropped by NOT_PEOPLE below (reviewed word by word), so that every word kept names people. Plural
entries are written in the singular when the dictionary gives one ("GUNMEN" -> kept as written:
the actors stage compares lemmas and words both).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "dyad" / "data" / "lexicon" / "person_nouns_petrarch.csv"
ENTRY = re.compile(r"^([A-Z][A-Z-]*)\s+(?:\{[^}]*\}\s*)?\[~?([A-Z]+)\]")

# Entries of the agents dictionary that do not name people: organisations and bodies, places and
# buildings, vehicles and weapons, media, abstractions, adjectives.
NOT_PEOPLE = frozenset("""
ADMINISTRATION AEROSPACE AGROBUSINESS AIRLINE AIRLINER AIRWAY ARCHDIOCESE ARMY ARTILLERY ASSEMBLAGE
ASSEMBLIES AUTHORITY AUTOMAKER BARRACKS BATTALION BATTLESHIP BATTLEWAGON BLOG BOMBER BUREAUCRACY
BUSINESS CABINET CARMAKER CARRIER CARTEL CHAMBER CHANCELLERY CHANCERY CLERGY COLLEGE COMMUNITY
COMPANY CONGLOMERATE CONGRESS CONSERVATORY CONSISTORY CONSULATE CONTAINERSHIP CORPORATION CORVETTE
COURT CRUISER DESTROYER DIOCESE ECHELON ELECTORATE EMBASSY FREIGHTER FRIGATE GANG GANGDOM GANGLAND
GARRISON GAZETTE GENDARMERY GENDERMARIE GOVERNANCE GOVERNMENT HMMWV HOSPITAL HUMVEE INDUSTRY INFANTRY
INFIRMARY INSURGENCE INSURGENCY INTELLIGENCE ISLAMIC JETFIGHTER JETLINER JEWISH JUDICATORY JUDICATURE
JUDICIARY JUMBOJET JUNTA KANIDURGU KFIR KINDERGARDEN KINDERGARTEN KINGDOM LEGISLATURE MAFFIA MAFIA
MAGAZINE MANAFACTURE MEDIA MIG MILITARY MILITIA MOB MONASTERY NATURALIZED NAVAL NAVY NEIGHBORHOOD
NEIGHBOURHOOD NEWSPAPER NGO PARAMILITARY PARLIAMENT PHALANX POLICE POLITBURO POLITY POPULATION
PRAESIDIUM PRESCHOOL PRESIDIUM PRISON PROCURATORATE PUBLICATION RABBLE REBELLION REGIME REGIMENT
RELIGION RETIRED REVOLT SANATARIUM SANATORIUM SANITARIUM SCHOOL SCHOOLHOUSE SECRETARIATE SENATE
SETTLEMENT SOLDIERY STATE-OWNED SUPERTANKER TABLOID TANKER TELECOM TELEVISION TRIBUNAL TV UNIVERSITY
UPRISING VILLAGE WARPLANE WARSHIP WEBSITE BRANOKKER TINGINIST OILER CROPPER GRANGER DOC
MANUFACTURER EXPORTER STEELMAKER PRODUCER MERCHANDISER REGULATOR SOVEREIGN NATIVE MONGER
""".split())


def entries(path: Path) -> list[tuple[str, str]]:
    """(word, sector) for each one-word entry naming people, in the dictionary's order."""
    found: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        match = ENTRY.match(line)
        if not match or line.startswith("#"):
            continue
        word, code = match.groups()
        if word in NOT_PEOPLE:
            continue
        found.setdefault(word.lower(), code[-3:])
    return sorted(found.items())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("petrarch2", type=Path, help="folder holding Phoenix.agents.txt")
    args = parser.parse_args(argv)
    source = args.petrarch2 / "Phoenix.agents.txt"
    if not source.is_file():
        print(f"No Phoenix.agents.txt in {args.petrarch2}.", file=sys.stderr)
        return 2
    rows = entries(source)
    lines = [
        "# Nouns that name a person or people, with a CAMEO agent sector: word,sector.",
        "# Source: PETRARCH2 agents dictionary Phoenix.agents.txt (Open Event Data Alliance, MIT;",
        "# notice in data/actors/PETRARCH2-LICENSE.txt). Built by scripts/convert_petrarch_agents.py.",
        "word,sector",
        *(f"{w},{s}" for w, s in rows),
    ]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} person nouns -> {OUT.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
