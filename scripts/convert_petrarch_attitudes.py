"""Derive the quotes stage's attitude verbs from PETRARCH2's CAMEO verb classes (MIT).

    python scripts/convert_petrarch_attitudes.py src/dyad/data/events/petrarch_verbs.yaml \
        src/dyad/data/quotes/attitude_verbs.txt

Attribution is wider than speech: a source that praises, backs, demands, rejects or fears
something holds an attitude whose object is attributed content ("Ohio backed Clinton", "the
president declined to threaten Moscow"). CAMEO's verbal classes name such acts: 01 public
statements, 02 appeals, 03 intentions, 05 praise and support, 10 demands, 11 disapproval,
12 rejection, 13 threats. This script reads dyad's conversion of PETRARCH2's verb dictionary
(``petrarch_verbs.yaml``, itself converted by ``convert_petrarch_verbs.py``) and keeps the
one-word verbs whose bare use is coded in those classes, less the ones ``SKIP`` lists after review:
verbs of physical or cooperative action (``scatter``, ``train``, ``table``, ``delay``), verbs whose
object is the one affected rather than what is held (``comfort``, ``sadden``, ``humiliate``), and
forms that are no lemma (``saw``, ``worried``), verbs the quotes stage reads otherwise (speech
verbs, verbs of regard: ``speak``, ``see``, ``view``) and verbs of ceremony or giving (``honor``,
``offer``).
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

CLASSES = ("01", "02", "03", "05", "10", "11", "12", "13")

SKIP = frozenset(
    """
    allay auspicate await bemock calculate circulate comfort console copy count diffuse dispense
    disperse dissipate distribute figure gauge imitate impress intrude involve measure mimic
    obtrude ordain pry punctuate reassesment saw scatter score spread sum tally total trespass
    watch witness concern distress frustrate worried propagate deliberate inform
    apply
    comply endeavor endeavour groom prepare proffer ready resurrect resuscitate revive subscribe
    train strive
    advertise advertize affect ally associate bargain barter bless clap collaborate concert
    conform cooperate coordinate correlate deal embolden enliven exuberate felicitate forgave
    forgiven formalize galvanize greet haggle harmonise harmonize impact influence inspire
    integrate invigorate legitimise legitimize orchestrate organise organize revitalize reward
    rouse sanctify spur synchronise synchronize tempt unionise unionize triumph toast
    bid necessitate press push order
    compensate compete contrast counterbalance contravene defile debase degrade humble chasten
    disappoint dishearten dismay humiliate sadden grieve mourn wail weep cry compete wrangle
    breach defect defer delay forestall hamper hinder impede inhibit obstruct postpone prevent
    procrastinate remit retard shelve stall stymie table fail
    endanger risk
    address speak talk see view offer commemorate honor honour curse reassure persuade
    """.split()
)


def attitude_verbs(blocks: list[dict]) -> list[str]:
    verbs = set()
    for block in blocks:
        for verb, code in block["verbs"].items():
            if code and str(code)[:2] in CLASSES and " " not in verb and verb not in SKIP:
                verbs.add(verb)
    return sorted(verbs)


HEADER = """\
# Verbs of attitude whose object or clause is content attributed to their subject ("Ohio backed
# Clinton", "X declined to threaten Moscow"). Derived by scripts/convert_petrarch_attitudes.py from
# PETRARCH2's CAMEO verb classes 01, 02, 03, 05, 10, 11, 12 and 13 (via events/petrarch_verbs.yaml;
# source: openeventdata/petrarch2, MIT, notice in events/petrarch_verbs.yaml). Do not edit by hand.
"""


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    blocks = yaml.safe_load(Path(argv[0]).read_text(encoding="utf-8"))["blocks"]
    verbs = attitude_verbs(blocks)
    Path(argv[1]).write_text(HEADER + "\n".join(verbs) + "\n", encoding="utf-8")
    print(f"{len(verbs)} verbs -> {argv[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
