"""Provisional codes for states no knowledge base knows ("Kastavia", "the Kastavian army").

CAMEO codes an actor by its country's three letters, so an event between states the knowledge base
lacks (small, invented or breakaway states) would otherwise have no code at either end. Such a state
gets a stable code derived from its name: the first three letters of the name's stem, upper case
("Kastavia" and "Kastavian" -> KAS; "Sarlo" and "Sarlonese" -> SAR). Where those letters are a known
state's code ("Norvosk" would be NOR, Norway's), the first letter with the next two letters of the
stem that are no known state's code is taken (NOV). The code is provisional, never an ISO or
CAMEO code: its actor's id keeps the prefix ``named-state-`` that says no stage knew the state.
"""

from __future__ import annotations

from itertools import combinations

# The endings a state's name or demonym adds to the stem the two share ("Kastav-ia", "Kastav-ian",
# "Sarlo-nese"); longest first.
STEM_ENDINGS = ("ians", "ian", "ese", "ish", "ans", "ia", "an", "i", "n")
CODE_LENGTH = 3


def stem(name: str) -> str:
    """The letters a state's name and its demonym share: the name less a demonym or name ending."""
    letters = "".join(c for c in name.lower() if c.isalpha())
    for ending in STEM_ENDINGS:
        if letters.endswith(ending) and len(letters) - len(ending) >= CODE_LENGTH:
            return letters[: -len(ending)]
    return letters


def provisional_code(name: str, taken) -> str | None:
    """The provisional three-letter code of an unknown state's name or demonym; ``taken(code)`` says
    whether a known state has that code. None for a name of fewer than three letters."""
    letters = stem(name)
    if len(letters) < CODE_LENGTH:
        return None
    for rest in combinations(letters[1:], CODE_LENGTH - 1):
        code = (letters[0] + "".join(rest)).upper()
        if not taken(code):
            return code
    return None
