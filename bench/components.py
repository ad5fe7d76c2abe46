"""Where the parse itself spends its time, and how much of it could be skipped per sentence.

    .venv/bin/python bench/components.py [--limit 80] [--rounds 2]

Prints (1) the seconds of each component of the pinned model exactly as published and of
dyad's version of the pipeline (the model's attribute rules and lemmatizer applied from memos), run one
component at a time over the same texts, the fastest of ``--rounds``; (2) the share of tokens
in sentences that name no actor (no PERSON, ORG, GPE, NORP, LOC or FAC entity) and hold no
pronoun: the most that running the dependency parser only "where it matters" could skip, since
every other sentence feeds actors, coreference, quotes or events.
"""

from __future__ import annotations

import argparse
import time

from common import machine, texts

from dyad.annotate.nlp import load_model, load_nlp

ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
PRONOUNS = {"he", "she", "they", "him", "her", "them", "his", "their", "i", "we", "it", "its"}


def component_seconds(nlp, corpus: list[str], batch_size: int) -> dict[str, float]:
    seconds = {"tokenizer": 0.0}
    start = time.perf_counter()
    docs = [nlp.make_doc(text) for text in corpus]
    seconds["tokenizer"] = time.perf_counter() - start
    for name, component in nlp.pipeline:
        start = time.perf_counter()
        if hasattr(component, "pipe"):
            docs = list(component.pipe(docs, batch_size=batch_size))
        else:
            docs = [component(doc) for doc in docs]
        seconds[name] = time.perf_counter() - start
    return seconds


def fastest(runs: list[dict[str, float]]) -> dict[str, float]:
    return {name: min(run[name] for run in runs) for name in runs[0]}


def skippable_share(nlp, corpus: list[str]) -> float:
    total = skippable = 0
    for doc in nlp.pipe(corpus, batch_size=16):
        for sentence in doc.sents:
            total += len(sentence)
            if not any(e.label_ in ACTOR_LABELS for e in sentence.ents) and not any(
                t.lower_ in PRONOUNS for t in sentence
            ):
                skippable += len(sentence)
    return skippable / max(total, 1)


def show(label: str, seconds: dict[str, float]) -> None:
    total = sum(seconds.values())
    print(f"\n{label}: {total:.2f} s")
    for name, sec in seconds.items():
        print(f"  {name:22} {sec:6.2f} s  {100 * sec / total:5.1f} %")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=80)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=16)
    args = parser.parse_args()
    corpus = [text for _, text in texts(args.limit)]
    print(f"machine: {machine()}\ncorpus: {len(corpus)} articles")
    stock, ours = load_model(), load_nlp()
    list(stock.pipe(corpus[:4]))
    list(ours.pipe(corpus[:4]))
    stock_runs, our_runs = [], []
    for _ in range(args.rounds):
        stock_runs.append(component_seconds(stock, corpus, args.batch_size))
        our_runs.append(component_seconds(ours, corpus, args.batch_size))
    theirs, mine = fastest(stock_runs), fastest(our_runs)
    show("the model as published", theirs)
    show("dyad's pipeline", mine)
    print(f"\nratio published / dyad: {sum(theirs.values()) / sum(mine.values()):.2f}x")
    share = skippable_share(ours, corpus)
    parser_share = mine.get("parser", 0.0) / sum(mine.values())
    print(
        f"tokens in sentences with no actor entity and no pronoun: {share:.1%}; "
        f"the parser is {parser_share:.1%} of the parse, so skipping it there saves at most "
        f"{share * parser_share:.1%}"
    )


if __name__ == "__main__":
    main()
