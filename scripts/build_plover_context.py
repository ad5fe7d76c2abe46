"""Build src/dyad/data/codebook/cameo_plover_context.csv: the PLOVER context of each CAMEO code.

The facts come from the CAMEO-to-PLOVER conversion table of 17 September 2021 (Open Event Data
Alliance, CC BY-SA 4.0), whose lines read ``CODE: EVENT, MODE, CONTEXT # description``. The
contexts kept are PLOVER 2.0's and "humanitarian", which the table uses; other words are left out.

    python3 scripts/build_plover_context.py PATH/TO/CAMEO2PLOVER-2021.txt
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "dyad" / "data" / "codebook" / "cameo_plover_context.csv"
CONTEXTS = {
    "military", "intelligence", "executive", "legislative", "election", "political_institutions",
    "pro_democracy", "pro_autocracy", "economic", "legal", "reparations", "human_rights", "rights_freedoms",
    "repression", "human_security", "gender", "lgbt", "religion_ethnicity", "inequality", "diplomatic",
    "territory", "peacekeeping", "health", "asylum", "migration", "disasters", "natural_resource",
    "environment", "technology", "terrorism", "cbrn", "cyber", "misinformation", "crime", "corruption",
    "illegal_drugs", "trafficking", "humanitarian",
}
LINE = re.compile(r"^(\d{2,4}):\s*([A-Z]+)\s*,([^,#]*),?([^#]*)")


def main(source: str) -> None:
    rows = []
    for line in Path(source).read_text(encoding="utf-8").splitlines():
        found = LINE.match(line)
        if not found:
            continue
        contexts = [c.strip() for c in re.split(r"[;,\s]+", found.group(4)) if c.strip() in CONTEXTS]
        if contexts:
            rows.append((found.group(1), ";".join(dict.fromkeys(contexts))))
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["cameo", "context"])
        writer.writerows(sorted(set(rows)))
    print(f"wrote {len(rows)} codes to {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
