"""Train dyad's pronoun ranker (src/dyad/data/coref/pronoun_ranker.json) on the *tune* parts of
GAP's development split and of GUM news, never on their check parts (dyad eval measures those).

    .venv/bin/python scripts/train_coref.py ../shared/coref/gap/gap-development.tsv \
        ../shared/coref/gum_news

Each pronoun dyad meets is a ranking problem over the people mentioned before it (features:
src/dyad/annotate/pronoun_features.py). The gold referent is the candidate whose mentions cover
the name GAP marks TRUE (each GAP snippet read twice: after its page's title, as dyad reads a
headline, and alone, so that the weights serve text with and without one), or, in GUM, a mention
of the pronoun's chain before it; pronouns whose
referent is not among the candidates teach nothing and are left out. The model is a conditional
logit (softmax over the candidates) with an L2 penalty, fitted with numpy by gradient descent;
run time needs only the weights (ranker.py).

Data and licences: GAP coreference, Google Research, Apache-2.0; GUM (Georgetown University
Multilayer corpus) annotations CC BY 4.0, texts (Wikinews) CC BY 2.5. The weights are a derived
work of both, shipped with their names (the README beside the weights).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

from dyad.annotate.actors import Reader
from dyad.annotate.knowledge import KnowledgeBase
from dyad.annotate.pronoun_features import NAMES
from dyad.annotate.spacy_stage import SpacyStage
from dyad.article import Article
from dyad.clean import CleanStage
from dyad.evaluate import coref as gum
from dyad.evaluate import gap
from dyad.evaluate.split import part

OUT = Path(__file__).resolve().parents[1] / "src" / "dyad" / "data" / "coref" / "pronoun_ranker.json"
L2 = 0.03
ROUNDS = 4  # readings: the first by the rules alone, each later one with the weights fitted before


class Recorder(Reader):
    """A Reader that reads with given weights (None: the rules alone), never the shipped ones, and
    keeps each pronoun's candidates and their features."""

    def __init__(self, article, kb, weights: tuple[float, ...] | None):
        super().__init__(article, kb)
        self.weights = weights
        self.records: list[tuple[int, list]] = []

    def ranker_weights(self):
        return self.weights

    def rank_pronoun(self, cand, gender, people):
        pool = people + self.unsure_people(gender)
        scored = self.candidate_features(cand, gender, pool, self.context(cand.span))
        if scored:
            self.records.append((cand.start, scored))
        return super().rank_pronoun(cand, gender, people)


def parse(texts: list[str], titles: list[str | None] | None = None) -> list[Article]:
    titles = titles or [None] * len(texts)
    articles = [CleanStage()(Article(text=t, title=title)) for t, title in zip(texts, titles, strict=True)]
    return SpacyStage().batch(articles)


def record(articles: list[Article], weights: tuple[float, ...] | None) -> list[Recorder]:
    """Each article read afresh with ``weights``: what a pronoun's candidates look like depends on
    how the pronouns before it were resolved, so each round reads with the weights it trains."""
    kb = KnowledgeBase.default()
    readers = []
    for article in articles:
        reader = Recorder(article, kb, weights)
        reader.read()
        readers.append(reader)
    return readers


class Corpus:
    """The tune parts, parsed once: GAP read after each page's title and alone, and GUM."""

    def __init__(self, gap_path: Path, gum_path: Path):
        self.gap = [e for e in gap.read_gap(gap_path) if part(e.id) == "tune" and (e.a_coref or e.b_coref)]
        self.gum = [d for d in gum.documents(gum_path) if part(d.name) == "tune"]
        texts = [e.text for e in self.gap]
        self.page = parse(texts, [e.title for e in self.gap])
        self.snippet = parse(texts)
        self.news = parse([d.text for d in self.gum])

    def groups(self, weights: tuple[float, ...] | None) -> list[tuple[np.ndarray, np.ndarray]]:
        return (gap_groups(self.gap, record(self.page, weights))
                + gap_groups(self.gap, record(self.snippet, weights))
                + gum_groups(self.gum, record(self.news, weights)))


def _covers(ref, span) -> bool:
    return any(m.start < span[1] and span[0] < m.end for m in ref.mentions)


def gap_groups(examples, readers) -> list[tuple[np.ndarray, np.ndarray]]:
    """A group per tune example whose pronoun refers to A or B."""
    groups = []
    for example, reader in zip(examples, readers, strict=True):
        shift = len(reader.article.text) - len(example.text)  # the page's title before the snippet
        true = (example.a if example.a_coref else example.b)
        true = (true[0] + shift, true[1] + shift)
        for start, scored in reader.records:
            if start == example.pronoun[0] + shift:
                groups.append(_group(scored, lambda ref, true=true: _covers(ref, true)))
    return [g for g in groups if g is not None]


def gum_groups(docs, readers) -> list[tuple[np.ndarray, np.ndarray]]:
    groups = []
    for doc, reader in zip(docs, readers, strict=True):
        people = [m for m in doc.mentions if m.type == "person"]
        for start, scored in reader.records:
            chain = next((m.chain for m in people if m.start <= start < m.end), None)
            if chain is None:
                continue
            earlier = [(m.start, m.end) for m in people if m.chain == chain and m.end <= start]
            groups.append(_group(scored, lambda ref, e=earlier: any(_covers(ref, s) for s in e)))
    return [g for g in groups if g is not None]


def _group(scored, is_gold):
    gold = np.array([is_gold(ref) for ref, _ in scored])
    if not gold.any():
        return None
    return np.array([f for _, f in scored]), gold


def fit(groups, steps: int = 3000, rate: float = 0.2) -> np.ndarray:
    """Conditional-logit weights: maximise the log-probability of the gold candidates."""
    k = max(len(x) for x, _ in groups)
    d = groups[0][0].shape[1]
    X = np.zeros((len(groups), k, d))
    valid = np.zeros((len(groups), k), bool)
    gold = np.zeros((len(groups), k), bool)
    for i, (x, g) in enumerate(groups):
        X[i, : len(x)], valid[i, : len(x)], gold[i, : len(x)] = x, True, g
    w = np.zeros(d)
    for _ in range(steps):
        s = np.where(valid, X @ w, -np.inf)
        p = np.exp(s - s.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        q = np.where(gold, p, 0.0)
        q /= q.sum(axis=1, keepdims=True)
        grad = np.einsum("gk,gkd->d", p - q, X) / len(groups) + L2 * w
        w -= rate * grad
    return w


def accuracy(groups, w: np.ndarray) -> float:
    return float(np.mean([g[np.argmax(x @ w)] for x, g in groups]))


def train(corpus, rounds: int = ROUNDS, log=sys.stderr) -> tuple[tuple[float, ...], int]:
    """The weights after ``rounds`` readings, the first by the rules alone, and how many pronouns
    the last round learnt from: the same parses give the same weights whatever weights are shipped
    (fitting is deterministic, in a fixed order; nothing is random)."""
    weights, groups = None, []
    for n in range(rounds):
        groups = corpus.groups(weights)
        w = fit(groups)
        change = max(abs(a - b) for a, b in zip(w, weights, strict=True)) if weights else float("nan")
        weights = tuple(round(float(x), 4) for x in w)
        print(f"round {n + 1}: {len(groups)} pronouns; training accuracy {accuracy(groups, w):.3f}; "
              f"largest weight change {change:.4f}", file=log)
    return weights, len(groups)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gap", type=Path, help="GAP development TSV")
    parser.add_argument("gum", type=Path, help="GUM news coref folder")
    args = parser.parse_args(argv)
    weights, pronouns = train(Corpus(args.gap, args.gum))
    model = {
        "model": "conditional logit over a pronoun's candidate people (scripts/train_coref.py)",
        "trained_on": [
            "GAP coreference development split, tune part, page and snippet context (Google Research, Apache-2.0)",
            "GUM news, tune part (annotations CC BY 4.0, texts Wikinews CC BY 2.5)",
        ],
        "pronouns": pronouns,
        "features": list(NAMES),
        "rounds": ROUNDS,
        "weights": list(weights),
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
