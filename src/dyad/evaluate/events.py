"""Event coding measured on the development sets in ``../shared/eventdata/dev/``.

    evaluate(Path("../shared/eventdata/dev"), limit=200) -> {"sets": {...}, "overall": {...}}

Each sentence is analysed by the full pipeline. Its *main event* is the event with the most specific
code (a statement, root 01, only when nothing else was found), then the highest confidence, then the
first trigger. Measured per set, where the set has the labels for it:

- ``root``: the main event's CAMEO root is one the gold label allows (PLOVER_GSR_CAMEO: the roots that
  map to its PLOVER type; cameo_class_train: the five-class Phoenix scheme);
- ``dyad``: the root matches too (where the set has one) and the source and target overlap the gold
  actor texts: some word other than a stop word is shared with one gold text, a lenient test. The
  source and target are compared through the actor's name, aliases and mentions; an event without a
  target actor is compared through the words of its ``target_text`` (the thing acted on, "rejected
  the council's decision"), since the gold sets also mark such phrases as targets. A reciprocal pair
  may come in either order; a missing gold target is not judged;
- ``plover``: the main event's PLOVER type equals the gold one (old category names translated);
- ``accuracy`` (cameo_class only): the five-class accuracy, the share of all sentences whose main
  event falls in the gold class (a sentence without an event counts as wrong);
- ``presence``: whether there is a political event in the sentence at all. Every cameo_class
  sentence has one (its recall); the ``leads`` set is the lead sentence of news articles of GWN and
  GeoVirus, read from ``../geo/`` beside the dev folder, labelled by hand in dyad's
  ``data/eval/relevance_leads.tsv`` (political event or none), for precision as well; the ``wire``
  set is lead sentences in the style of wire news of 2017-2026 on every subject (politics, conflict,
  sport, business, science, weather, health, crime), written and labelled for dyad
  (``data/eval/wire_leads.tsv``), split by their ids.

A sentence with a gold label and no matching main event is a miss; a main event that does not match is
a false alarm. ``overall`` sums the counts of all sets. Every figure comes three times: for ``all``
sentences and for the fixed ``tune`` and ``check`` parts (``dyad.evaluate.split``: by the record's
id, or by the sentence itself where the set has no ids). Rules are tuned on the tune part only.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from dyad.article import Article
from dyad.evaluate.split import PARTS, part
from dyad.extract.events.codebook import Codebook

OLD_PLOVER = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
OLD_ROOTS = {"DISAPPROVE": {"11"}, "INVESTIGATE": {"09"}}
PHOENIX_CLASS = {
    **dict.fromkeys(("01", "02"), 0),
    **dict.fromkeys(("03", "04", "05"), 1),
    **dict.fromkeys(("06", "07", "08"), 2),
    **dict.fromkeys(("09", "10", "11", "12", "13", "16"), 3),
    **dict.fromkeys(("14", "15", "17", "18", "19", "20"), 4),
}
FILES = {
    "plover_gsr": "PLOVER_GSR_CAMEO.json",
    "cameo_class": "cameo_class_train.tsv",
    "cameo_ner": "cameo_ner_train.txt",
}
LEAD_LABELS = ("eval", "relevance_leads.tsv")
WIRE_LEADS = ("eval", "wire_leads.tsv")
GENERIC_STATEMENTS = {"01", "010"}  # "X said ...": the main event only when nothing else was found
STOP = {"the", "a", "an", "of", "in", "and", "'s", "s", "to", "on", "for"}


@dataclass(slots=True)
class Gold:
    text: str
    roots: set[str] | None = None  # allowed CAMEO roots; None: the set has no event label
    plover: str | None = None
    sources: list[str] = field(default_factory=list)
    targets: list[str] = field(default_factory=list)
    has_dyad: bool = False
    id: str = ""
    political: bool | None = None  # is there a political event (None: the set does not say)  # the record's id, else the sentence: what decides its tune/check part

    @property
    def key(self) -> str:
        return self.id or self.text


def evaluate(path: Path, limit: int | None = None, analyze_many: Callable | None = None) -> dict:
    """Precision, recall and F1 per set and overall, for all sentences and for the tune and check
    parts: ``{"all": {"sets": ..., "overall": ...}, "tune": ..., "check": ...}``; ``path`` is the
    folder holding the dev files."""
    path = Path(path)
    missing = [name for name in FILES.values() if not (path / name).exists()]
    leads = list(read_leads(path.resolve().parent.parent / "geo"))[:limit]
    if len(missing) == len(FILES) and not leads:
        raise FileNotFoundError(
            f"No event development set in {path}; expected one of: {', '.join(FILES.values())}."
        )
    run = analyze_many or _default_runner()
    book = Codebook.default()
    readers = {
        "plover_gsr": lambda p: read_plover_gsr(p, book),
        "cameo_class": read_cameo_class,
        "cameo_ner": read_cameo_ner,
    }
    scored: dict[str, list[tuple[Gold, dict]]] = {}
    for name, filename in FILES.items():
        if (path / filename).exists():
            golds = list(readers[name](path / filename))[:limit]
            articles = run([Article(text=g.text) for g in golds])
            scored[name] = [(g, score_one(g, a)) for g, a in zip(golds, articles, strict=True)]
    for name, golds in (("leads", leads), ("wire", list(read_wire())[:limit])):
        if golds:
            articles = run([Article(text=g.text) for g in golds])
            scored[name] = [(g, score_one(g, a)) for g, a in zip(golds, articles, strict=True)]
    return {
        name: _figures(
            {k: [r for g, r in v if name == "all" or part(g.key) == name] for k, v in scored.items()}
        )
        for name in ("all", *PARTS)
    }


def _figures(results: dict[str, list[dict]]) -> dict:
    sets = {name: _tally(rows) for name, rows in results.items()}
    report = {name: _report(counts) for name, counts in sets.items()}
    for name, rows in results.items():
        judged = [r["class"] for r in rows if "class" in r]
        if judged:
            report[name]["accuracy"] = {"value": round(sum(judged) / len(judged), 3), "n": len(judged)}
    return {"sets": report, "overall": _report(_sum(sets.values()))}


def _default_runner() -> Callable:
    from dyad.run.analysis import analyze_many

    return lambda articles: list(analyze_many(articles))


def read_plover_gsr(path: Path, book: Codebook) -> Iterable[Gold]:
    for rec in json.loads(path.read_text(encoding="utf-8")):
        if not rec.get("text") or rec.get("event") == "DOCUMENT":
            continue
        old = rec["event"]
        plover = OLD_PLOVER.get(old, old)
        yield Gold(
            rec["text"],
            OLD_ROOTS.get(old) or book.roots_of(plover),
            plover,
            _actor_texts(rec.get("source")),
            _actor_texts(rec.get("target")),
            True,
            str(rec.get("id") or ""),
        )


def _actor_texts(value) -> list[str]:
    return [a["actorText"] for a in value if a.get("actorText")] if isinstance(value, list) else []


def read_cameo_class(path: Path) -> Iterable[Gold]:
    with path.open(encoding="utf-8") as f:
        for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if len(row) == 2 and row[1].strip().isdigit():
                label = int(row[1])
                yield Gold(row[0], {r for r, c in PHOENIX_CLASS.items() if c == label})


def read_leads(geo: Path) -> Iterable[Gold]:
    """The hand-labelled lead sentences (``data/eval/relevance_leads.tsv``) of the GWN and GeoVirus
    files in ``geo``; nothing when those files are not there."""
    from importlib import resources

    text = (resources.files("dyad.data") / LEAD_LABELS[0] / LEAD_LABELS[1]).read_text(encoding="utf-8")
    lines = (line for line in text.splitlines() if not line.startswith("#"))
    rows = list(csv.DictReader(lines, delimiter="\t"))
    texts: dict[str, list[str]] = {}
    for row in rows:
        corpus = row["corpus"]
        if corpus not in texts:
            source = geo / f"{corpus}.xml"
            texts[corpus] = _article_texts(source) if source.exists() else []
        index = int(row["index"])
        if index < len(texts[corpus]):
            lead = _lead(texts[corpus][index])
            yield Gold(lead, id=f"{corpus}-{index}", political=row["political"] == "1")


def read_wire() -> Iterable[Gold]:
    """Lead sentences in the style of wire news, written and labelled for dyad
    (``data/eval/wire_leads.tsv``): 1 a political event, 0 none; leads labelled "-" (either reading
    defensible) are left out."""
    from importlib import resources

    text = (resources.files("dyad.data") / WIRE_LEADS[0] / WIRE_LEADS[1]).read_text(encoding="utf-8")
    lines = (line for line in text.splitlines() if line and not line.startswith("#"))
    for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        if row["political"] in ("0", "1"):
            yield Gold(row["text"], id=row["id"], political=row["political"] == "1")


def _article_texts(path: Path) -> list[str]:
    import html

    raw = path.read_text(encoding="utf-8")
    return [html.unescape(m.group(1)).strip() for m in re.finditer(r"<text>(.*?)</text>", raw, re.S)]


def _lead(text: str) -> str:
    """The text up to the first sentence end (a stop, ! or ? before a capital or a quote)."""
    return re.split(r"(?<=[.!?])\s+(?=[A-Z\"\u201c])", text, maxsplit=1)[0]


def read_cameo_ner(path: Path) -> Iterable[Gold]:
    words, tags = [], []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        parts = line.rsplit(" ", 1)
        if len(parts) == 2:
            words.append(parts[0])
            tags.append(parts[1])
            continue
        if words:
            spans = _bio_spans(words, tags)
            recip = spans.get("R", [])
            tokenized = _detokenize(words)
            yield Gold(
                _news_spacing(tokenized),
                None,
                None,
                spans.get("S", []) + recip,
                spans.get("T", []) + recip,
                bool(spans),
                id=tokenized,  # the part stays the one the tokenized sentence always had
            )
        words, tags = [], []


def _bio_spans(words: list[str], tags: list[str]) -> dict[str, list[str]]:
    spans: dict[str, list[list[str]]] = {}
    for word, tag in zip(words, tags, strict=True):
        if tag.startswith("B-"):
            spans.setdefault(tag[2:], []).append([word])
        elif tag.startswith("I-") and spans.get(tag[2:]):
            spans[tag[2:]][-1].append(word)
    return {k: [" ".join(w) for w in v] for k, v in spans.items()}


def _detokenize(words: list[str]) -> str:
    text = " ".join(words)
    return re.sub(r" ([,.;:!?%)]|'s|n't)", r"\1", text).replace("( ", "(")


NEWS_SPACING = (  # what the set's tokenizer split that news text writes as one word
    (re.compile(r" (\u2019) ?(s|t|re|ve|ll|d)\b"), r"\1\2"),  # "EU ’ s" -> "EU’s", "don ’ t"
    (re.compile(r"(?<=\w) - (?=\w)"), "-"),  # "rebel - held", "Jean - Pierre"
    (re.compile(r"(?<=\d)\. (?=\d)"), "."),  # "1. 2 billion"
    (re.compile(r"(?<=\d), (?=\d{3}\b)"), ","),  # "2, 374 migrants"
    (re.compile(r"([$\u20ac\u00a3]) (?=\d)"), r"\1"),  # "$ 17 million", "\u20ac 28 million"
)


def _news_spacing(text: str) -> str:
    """The sentence as news prints it: "the EU’s chief", "rebel-held", "$1.2 billion", "2,374" (the
    cameo_ner tokens split them, and a parser reads "EU ’ s" as a verb)."""
    for pattern, repl in NEWS_SPACING:
        text = pattern.sub(repl, text)
    return text


def main_event(article: Article):
    events = sorted(
        article.events,
        key=lambda e: (e.cameo in GENERIC_STATEMENTS, -e.confidence, e.trigger.start if e.trigger else 0),
    )
    return events[0] if events else None


def score_one(gold: Gold, article: Article) -> dict:
    """For each measure the set labels: (labelled, predicted, correct); plus the five-class verdict."""
    event = main_event(article)
    root_ok = event is not None and gold.roots is not None and event.cameo[:2] in gold.roots
    checks = {
        "root": (gold.roots is not None, root_ok),
        "plover": (gold.plover is not None, event is not None and event.plover == gold.plover),
        "dyad": (
            gold.has_dyad,
            event is not None and (gold.roots is None or root_ok) and _dyad_ok(article, event, gold),
        ),
    }
    row: dict = {name: (labelled, event is not None, ok) for name, (labelled, ok) in checks.items()}
    if gold.roots is not None and gold.plover is None:  # the five-class set: every sentence has an event
        row["class"] = root_ok
        row["presence"] = (True, event is not None, event is not None)
    elif gold.political is not None:
        row["presence"] = (gold.political, event is not None, gold.political and event is not None)
    else:
        row["presence"] = (False, False, False)
    return row


def score_set(golds: list[Gold], articles: list[Article]) -> dict[str, list[int]]:
    """tp, fp, fn per measure over a set (the measures its labels allow)."""
    return _tally([score_one(g, a) for g, a in zip(golds, articles, strict=True)])


def _tally(rows: list[dict]) -> dict[str, list[int]]:
    counts = {"root": [0, 0, 0], "dyad": [0, 0, 0], "plover": [0, 0, 0], "presence": [0, 0, 0]}  # tp, fp, fn
    available = {name: False for name in counts}
    for row in rows:
        for name in counts:
            labelled, predicted, ok = row[name]
            available[name] |= labelled or (name == "presence" and predicted)
            _count(counts[name], labelled, predicted, ok)
    return {k: v for k, v in counts.items() if available[k]}


def _count(c: list[int], labelled: bool, predicted: bool, ok: bool) -> None:
    if labelled and ok:
        c[0] += 1
        return
    if predicted:
        c[1] += 1
    if labelled:
        c[2] += 1


def _dyad_ok(article: Article, event, gold: Gold) -> bool:
    src, tgt = _names(article, event.source), _names(article, event.target)
    if event.target is None and event.target_text is not None:
        tgt = [event.target_text.text]
    forward = _overlaps(src, gold.sources) and (not gold.targets or _overlaps(tgt, gold.targets))
    backward = bool(gold.targets) and _overlaps(tgt, gold.sources) and _overlaps(src, gold.targets)
    return forward or backward


def _names(article: Article, actor_id: str | None) -> list[str]:
    actor = article.actor(actor_id)
    if actor is None:
        return []
    return [actor.name, *actor.aliases, *(m.text for m in actor.mentions)]


def _overlaps(names: list[str], gold: list[str]) -> bool:
    words = {w for n in names for w in _words(n)}
    return any(words & _words(g) for g in gold)


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in STOP}


def _sum(sets: Iterable[dict]) -> dict[str, list[int]]:
    total: dict[str, list[int]] = {}
    for counts in sets:
        for name, c in counts.items():
            total[name] = [a + b for a, b in zip(total.get(name, [0, 0, 0]), c, strict=True)]
    return total


def _report(counts: dict[str, list[int]]) -> dict:
    out = {}
    for name, (tp, fp, fn) in counts.items():
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        out[name] = {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "n": tp + fn}
    return out
