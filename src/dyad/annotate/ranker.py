"""The pronoun ranker: a log-linear model that scores each candidate person of a pronoun.

Its weights are a small data file (``dyad/data/coref/pronoun_ranker.json``) written by
``scripts/train_coref.py`` from the features of pronoun_features.py; the data it was trained on and their
licences are named in the file and in the README beside it. Scoring is a dot product per
candidate: no library beyond the standard one at run time.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from operator import mul

from dyad.annotate.pronoun_features import NAMES

WEIGHTS = "coref/pronoun_ranker.json"


@lru_cache(maxsize=1)
def weights() -> tuple[float, ...] | None:
    """The trained weights in the order of pronouns.NAMES, or None when none are shipped or they
    were trained on other features (the rules then decide)."""
    path = resources.files("dyad.data").joinpath(WEIGHTS)
    if not path.is_file():
        return None
    model = json.loads(path.read_text(encoding="utf-8"))
    if tuple(model.get("features", ())) != NAMES:
        return None
    return tuple(float(w) for w in model["weights"])


def score(vector: list[float], w: tuple[float, ...]) -> float:
    """The dot product, summed in order."""
    if len(vector) != len(w):
        raise ValueError(f"{len(vector)} features for {len(w)} weights")
    return sum(map(mul, vector, w))


def best(scored: list[tuple[object, list[float]]], w: tuple[float, ...]):
    """The candidate with the highest score, from (candidate, features) pairs."""
    return max(scored, key=lambda pair: score(pair[1], w))[0]
