"""The dependency labels and word lists the participant rules share (participants.py,
unknown_states.py)."""

from __future__ import annotations

from functools import cache
from importlib import resources

import yaml

SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "csubjpass")
OBJECT_DEPS = ("dobj", "dative", "obj", "iobj")
GROUP_PREPS = ("of", "in", "from")


@cache
def words() -> dict[str, frozenset[str]]:
    """The word lists of ``dyad/data/events/participants.yaml``, read once."""
    text = (resources.files("dyad.data") / "events" / "participants.yaml").read_text(encoding="utf-8")
    return {key: frozenset(str(w).lower() for w in values) for key, values in yaml.safe_load(text).items()}
