"""Convert PETRARCH2's CAMEO verb dictionary (CAMEO.2.0.txt, MIT) into dyad's event pattern data.

    python scripts/convert_petrarch_verbs.py ../shared/eventdata/petrarch2/CAMEO.2.0.txt \
        src/dyad/data/events/petrarch_verbs.yaml

The dictionary (format: PETRARCH2's docs/source/dictionaries.rst) groups synonymous verbs in blocks
(``--- NAME [code] ---``); each verb may carry its own code for its bare use (``ASK [020]``), and the
block's patterns (``- * (FOR AID) [023]``) apply to every verb of the block. A pattern is kept when
dyad's parse-based matcher can say the same thing:

- ``* NOUN`` and ``* {ADJ NOUN}``: the verb's direct object (its lemma or the word; adjectives or
  compounds as ``modifiers``);
- ``* (PREP)`` and ``* (PREP NOUN)``: a preposition on the verb, and the object of that preposition;
- ``* PARTICLE ...``: a particle on the verb ("set out", "call off");
- ``&SYNSET``: the synset's words (the head word of each phrase).

- ``WORD *`` and ``&SYNSET *``: one word before the verb is a condition on its subject's head
  (``&MILITARY * EXERCISES``: troops, soldiers... hold exercises);
- ``* NOUN (PREP)``: the object, with the preposition holding the target (``* AID (TO)``); not
  with a preposition of place or time (``* ATTACK (IN)``), which only dyad's absent second-phrase
  condition could say;
- a reversed code (``[:173]``): the target acts on the source ("X appeared before the court": the
  court is the source), written ``reversed: true``.

- ``* NOUN (PREP WORDS)`` and ``* (PREP NOUN) (PREP WORDS)``: a second phrase that names words
  (``* STATE (OF EMERGENCY)``, ``* CALLS (FOR &CEASEFIRE)``): that preposition, on the object or the
  verb, with the phrase's head word (``phrase_prep``, ``phrase``).

Patterns with more words before the verb, with three phrases, with words in a row that are no
phrase (``* FIRST MOVE``) or with a pre-compounded verb (``WIRE_+TAP``) are left out. Null codes (``[---]``) are kept as ``"---"``: the words
then name no event ("called a cabinet meeting"). Review decisions (verbs whose bare use is too
ambiguous in news prose, codes corrected) are read from ``petrarch_review.yaml`` next to the output.
The output records its source and the MIT notice.
"""

from __future__ import annotations

import copy
import re
import sys
from pathlib import Path

import yaml

from dyad.extract.events.codebook import Codebook

PARTICLES = {"out", "off", "up", "down", "away", "back", "forward", "aside", "over", "in", "on", "through"}
PREPOSITIONS = {
    "about",
    "across",
    "after",
    "against",
    "along",
    "among",
    "around",
    "as",
    "at",
    "before",
    "behind",
    "between",
    "by",
    "for",
    "from",
    "in",
    "into",
    "of",
    "off",
    "on",
    "onto",
    "out",
    "over",
    "through",
    "to",
    "toward",
    "towards",
    "under",
    "upon",
    "with",
    "within",
    "without",
}
MARKERS = {"$", "+", "%", "^"}
# A preposition of place or time alone after a verb ("MEET * (AT)": no particle, no object) says
# where or when the act happened, never which act it was: it would recode every "met X at PLACE".
WHERE_WHEN = {"at", "in", "during", "near", "inside", "outside"}
SUBJECT_CONFIDENCE = 0.6  # a condition on the subject too: as sure as dyad's own general patterns
HEADER = """\
# CAMEO verb patterns converted from PETRARCH2's verb dictionary by scripts/convert_petrarch_verbs.py.
# Do not edit by hand: change petrarch_review.yaml or the converter and convert again.
#
# Source: openeventdata/petrarch2, petrarch2/data/dictionaries/CAMEO.2.0.txt (commit 676801cd),
# "a composite of the TABARI CAMEO dictionaries and several synonym sets, primarily from WordNet".
# blocks: synonymous verbs (lemma: the code of its bare use, or null for none; "ask for": a verb with
# its particle) and the patterns all of them share, most specific first. The keys of a pattern are
# those of patterns.yaml; code "---" means the words name no event. dyad tries its own patterns.yaml
# first, then these, then the bare codes.
#
# The MIT License (MIT)
#
# Copyright (c) 2015 Open Event Data Alliance
#
# Permission is hereby granted, free of charge, to any person obtaining a copy of
# this software and associated documentation files (the "Software"), to deal in
# the Software without restriction, including without limitation the rights to
# use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of
# the Software, and to permit persons to whom the Software is furnished to do so,
# subject to the following conditions:
#
# The above copyright notice and this permission notice shall be included in all
# copies or substantial portions of the Software.
#
# THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
# IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS
# FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR
# COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER
# IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
# CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.

"""


def read_dictionary(text: str) -> tuple[dict[str, list[str]], list[dict]]:
    """Synsets (name -> head words) and verb blocks ({verbs: {lemma: code|None}, patterns: [...]})."""
    synsets: dict[str, list[str]] = {}
    blocks: list[dict] = []
    current_synset = None
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if line.startswith("&"):
            current_synset = line.strip().rstrip("_").lower()
            synsets[current_synset] = []
        elif line.startswith("+") and current_synset and not blocks:
            synsets[current_synset].append(line[1:].strip().rstrip("_").split("_")[-1].lower())
        elif line.startswith("---"):
            code = re.search(r"\[([^\]]*)\]", line)
            blocks.append({"code": code.group(1) if code else "---", "verbs": {}, "patterns": []})
        elif blocks and line.startswith("-"):
            blocks[-1]["patterns"].append(line[1:].strip())
        elif blocks and not line.startswith("~"):
            _add_verb(blocks[-1], line.strip())
    return synsets, blocks


def _add_verb(block: dict, line: str) -> None:
    code = re.search(r"\[([^\]]*)\]", line)
    word = re.sub(r"\{[^}]*\}|\[[^\]]*\]", "", line).split()
    if not word:
        return
    name = word[0]
    if "_+" in name:  # pre-compounded verbs ("WIRE_+TAP"): the parser rarely keeps them
        return
    parts = name.lstrip("+").lower().split("_")
    block["verbs"][name.lower()] = {
        "lemma": parts[0],
        "particle": parts[1] if len(parts) == 2 else None,
        "code": code.group(1).strip() if code else None,
        "multi": len(parts) > 2,
    }


def tokens(pattern: str) -> tuple[list[str], list[str], str] | None:
    """(words before the verb, phrases after it, code) of a pattern line, or None when unreadable."""
    found = re.search(r"\[([^\]]*)\]\s*$", pattern)
    if not found or "*" not in pattern:
        return None
    body = pattern[: found.start()]
    before, after = body.split("*", 1)
    phrases = re.findall(r"\([^)]*\)|\{[^}]*\}|\S+", after)
    return before.split(), phrases, found.group(1).strip()


def convert_pattern(pattern: str, synsets: dict[str, list[str]]) -> dict | None:
    parsed = tokens(pattern)
    if parsed is None:
        return None
    before, after, code = parsed
    before = [w for w in before if w not in MARKERS]
    after = [w for w in after if w not in MARKERS]
    if len(before) > 1 or not code:
        return None
    reverse = code.startswith(":")
    code = code.lstrip(":").split(":")[0]
    if not re.fullmatch(r"\d{2,4}|---", code):
        return None
    spec: dict = {"code": code}
    if before:
        if not re.fullmatch(r"&?[A-Za-z][A-Za-z_-]*", before[0]) or not _expand(before[0], synsets):
            return None
        spec["subject"] = _expand(before[0], synsets)
        spec["confidence"] = SUBJECT_CONFIDENCE
    if reverse:
        spec["reversed"] = True
    if after and after[0].lower() in PARTICLES and not after[0].startswith("("):
        spec["particle"] = [after.pop(0).lower()]
    second = _words_of(after[1]) if len(after) == 2 and after[1].startswith("(") else []
    if len(second) == 1 and not after[0].startswith("("):
        after.pop()  # "* AID (TO)", "* WEAPON (TO +)": the object, and where the target is
        prep = second[0].lower()
        if prep not in PREPOSITIONS or prep in WHERE_WHEN:  # "* ATTACK (IN)": a condition, not a target
            return None
        spec["target_preps"] = [prep]
    elif len(second) > 1:
        after.pop()  # "* STATE (OF EMERGENCY)", "* CALLS (FOR &CEASEFIRE)": a second worded phrase
        if second[0].lower() not in PREPOSITIONS or not _valid(second[-1]):
            return None
        spec["phrase_prep"] = [second[0].lower()]
        spec["phrase"] = _expand(second[-1], synsets)
        if not spec["phrase"]:
            return None
    if len(after) > 1:
        return None
    if after:
        phrase = after[0]
        if phrase.startswith("("):
            words = [w for w in phrase.strip("()").split() if w not in MARKERS]
            if not words or words[0].lower() not in PREPOSITIONS:
                return None
            spec["prep"] = [words[0].lower()]
            words = words[1:]
            if not words and "particle" not in spec and spec["prep"][0] in WHERE_WHEN:
                return None
            if words:
                if not _object(spec, " ".join(words), synsets):
                    return None
        elif not _object(spec, phrase, synsets):
            return None
    return spec


def _words_of(phrase: str) -> list[str]:
    """The words of a parenthesised phrase, markers and braces left out: "(OVER {&WEAPON ATTACK})"."""
    return [w for w in phrase.strip("()").replace("{", " ").replace("}", " ").split() if w not in MARKERS]


def _valid(word: str) -> bool:
    return bool(re.fullmatch(r"&?[A-Za-z][A-Za-z_'-]*", word))


def _object(spec: dict, phrase: str, synsets) -> bool:
    words = [w for w in phrase.strip("{}").split() if w not in MARKERS]
    if not words or any(not re.fullmatch(r"&?[A-Za-z][A-Za-z_'-]*", w) for w in words):
        return False
    heads = _expand(words[-1], synsets)
    mods = [m for w in words[:-1] for m in _expand(w, synsets)]
    if not heads:
        return False
    spec["object"] = heads
    if mods:
        spec["modifiers"] = mods
    return True


def _expand(word: str, synsets) -> list[str]:
    if word.startswith("&"):
        return sorted(set(synsets.get(word.lower().rstrip("_"), [])))
    return [word.lower().replace("_", " ").split()[-1]]


def convert(text: str, review: dict) -> list[dict]:
    """The blocks as dyad reads them: ``{verbs: {lemma: bare code or None}, patterns: [...]}``; a verb
    with a particle ("ask for") is written with a space."""
    synsets, blocks = read_dictionary(text)
    people = set(review.get("people_heads", []))  # "attacked Islamic State fighters": people, no aircraft
    drop_bare = set(review.get("no_bare_code", []))
    drop_verbs = set(review.get("drop_verbs", []))
    recode = review.get("recode", {})
    own_root = set(review.get("own_root", []))
    out = []
    for block in blocks:
        specs = _dedupe(
            sorted(
                (s for s in map(lambda p: convert_pattern(p, synsets), block["patterns"]) if s),
                key=_specificity,
            )
        )
        verbs = {}
        for verb in block["verbs"].values():
            if verb["multi"] or verb["lemma"] in drop_verbs:
                continue
            name = " ".join(filter(None, (verb["lemma"], verb["particle"])))
            code = (verb["code"] or block["code"] or "---").split(":")[0]
            bare = None if code in ("", "---") or verb["lemma"] in drop_bare else code
            verbs[name] = recode.get(f"{name} {bare}", bare)
        for spec in specs:
            spec["code"] = known(recode.get(f"* {spec['code']}", spec["code"]))
        if block["code"][:2] in FORCE_ROOTS:  # "attacked the fighters", "struck Hamas fighters"
            specs = [s for s in specs if _names_an_event(s, people)]
        verbs = {name: known(code) if code else None for name, code in verbs.items()}
        alone = {name: code for name, code in verbs.items() if name in own_root and code}
        for name, code in alone.items():  # "arrested a minister" is no "seized a minister" (181)
            del verbs[name]
            out.append({"verbs": {name: code}, "patterns": [copy.deepcopy(s) for s in specs if s["code"][:2] == code[:2]]})
        if verbs and (specs or any(verbs.values())):
            out.append({"verbs": verbs, "patterns": specs})
    return out


FORCE_ROOTS = ("18", "19", "20")  # blocks of uses of force, whose object "fighters" are people


def _names_an_event(spec: dict, people: set) -> bool:
    """Whether a pattern may stay: a no-event pattern ("---") keeps only the words that name no
    people ("ATTACK * &AIRCRAFT" no longer takes "attacked the fighters" for aircraft); one left with
    no words goes."""
    if spec["code"] != "---" or not people:
        return True
    for key in ("object", "subject", "phrase", "modifiers"):
        if key in spec:
            spec[key] = [w for w in spec[key] if w not in people]
            if not spec[key]:
                return False
    return True


def known(code: str) -> str:
    """The code itself when dyad's CAMEO codebook has it, else its nearest parent ("0212" -> "021")."""
    book = Codebook.default()
    while code != "---" and code not in book and len(code) > 2:
        code = code[:-1]
    return code


def _specificity(spec: dict) -> int:
    return -sum(1 for k in ("object", "prep", "particle", "modifiers", "subject", "phrase") if k in spec)


def _dedupe(specs: list[dict]) -> list[dict]:
    seen, out = set(), []
    for spec in specs:
        key = repr({k: v for k, v in spec.items() if k != "code"})
        if key not in seen:
            seen.add(key)
            out.append(spec)
    return out


def main(source: str, target: str) -> None:
    out = Path(target)
    review = yaml.safe_load((out.parent / "petrarch_review.yaml").read_text(encoding="utf-8")) or {}
    blocks = convert(Path(source).read_text(encoding="utf-8", errors="replace"), review)
    body = yaml.safe_dump({"blocks": blocks}, default_flow_style=None, sort_keys=False, width=110)
    out.write_text(HEADER + body, encoding="utf-8")
    verbs = sum(len(b["verbs"]) for b in blocks)
    print(f"{len(blocks)} blocks, {verbs} verbs, {sum(len(b['patterns']) for b in blocks)} patterns -> {out}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: convert_petrarch_verbs.py CAMEO.2.0.txt OUTPUT.yaml")
    main(sys.argv[1], sys.argv[2])
