"""Score quote attribution on PolNeAR (BRAT standoff: source, cue and content spans).

``evaluate(path)`` reads a PolNeAR split (``../shared/quotes/polnear-dev``: ``text/NAME.txt`` and
``attributions/NAME_ANNOTATOR.ann``; a document annotated by several people is scored against the
first file in name order). Each text runs through the stages quotes need (clean, spaCy, actors,
quotes), as ``Article(text=..., title=<first line>)``.

Offsets: cleaning folds white space inside paragraphs and joins paragraphs with a blank line, so
``article.text`` may differ from the file. Predicted offsets are mapped back to the file by
aligning the non-space characters of the two strings (identical in the usual case; where cleaning
dropped or repeated something, ``difflib`` aligns the rest). A span maps to the file positions of
its first and last non-space characters.

Matching (the PARC "partial match" idea, made precise on word tokens, ``\\w+``):

* a gold content is *found* when one predicted quote covers at least half of its word tokens;
* its *source* is right when, among the predictions that find it, one has a ``speaker_mention``
  overlapping a gold source fragment, or a resolved speaker actor with a mention overlapping it;
* ``precision``: predicted quotes that find a gold content or lie at least half inside gold
  contents (a long quote the annotators split in two is not an error).

Attributions without a source (``Attribution-no-source``) count for content recall only.
``direct`` in the breakdowns: a gold content that holds a quotation mark.

What the 50% rule lets through, and the stricter figure reported beside it: a content spread
over several sentences or fragments is one gold content (its words are pooled); nested
attributions are separate gold contents, so one long prediction can find an outer content and
the contents nested in it (their sources must still match for ``content_source_recall``). On the
dev split about 3% of the found contents are found only by a prediction more than three times
their length; ``content_source_recall_tight`` counts a content only when a prediction at most
``TIGHT`` times its length finds it with the right source.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

from dyad.article import Article
from dyad.errors import InputError
from dyad.evaluate.split import PARTS, part
from dyad.extract.quotes.groups import JOIN

_WORD = re.compile(r"\w+")
_MARKS = set('"“”«»')
FOUND = 0.5  # share of the gold content's words a predicted quote must cover
TIGHT = 3  # for the tight figure: a finder may be at most this many times the gold's length


@dataclass(slots=True)
class GoldAttribution:
    content: list[tuple[int, int]]
    source: list[tuple[int, int]] = field(default_factory=list)
    cue: list[tuple[int, int]] = field(default_factory=list)


@dataclass(slots=True)
class Predicted:
    start: int
    end: int
    direct: bool
    sources: list[tuple[int, int]]  # speaker mention and the speaker actor's mentions, file offsets


def evaluate(path: Path, limit: int | None = None) -> dict:
    """Figures over the split at ``path`` (its first ``limit`` documents in name order, if given)."""
    path = Path(path)
    docs = list(read_polnear(path))[:limit]
    if not docs:
        raise InputError(
            f"No PolNeAR documents under {path}.", "Give the folder that holds text/ and attributions/."
        )
    articles = _analyse([text for _, text, _ in docs])
    tallies = {"all": Tally(), **{name: Tally() for name in PARTS}}
    counts = dict.fromkeys(tallies, 0)
    for (name, text, gold), article in zip(docs, articles, strict=True):
        preds = predictions(article, text)
        for key in ("all", part(name)):
            tallies[key].add(text, gold, preds)
            counts[key] += 1
    result = tallies["all"].result(len(docs))
    for key in PARTS:  # the fixed tune and check parts (dyad.evaluate.split), by document name
        result[key] = tallies[key].result(counts[key])
    return result


# -- reading ----------------------------------------------------------------------------------
def read_polnear(path: Path):
    """(name, text, [GoldAttribution]) for each document under ``path``."""
    texts = {p.stem: p for p in sorted(path.rglob("*.txt"))}
    anns: dict[str, Path] = {}
    for ann in sorted(path.rglob("*.ann")):
        anns.setdefault(ann.stem.rsplit("_", 1)[0], ann)
    for name, txt in texts.items():
        if name in anns:
            yield name, txt.read_text(encoding="utf-8"), read_ann(anns[name])


def read_ann(path: Path) -> list[GoldAttribution]:
    spans: dict[str, list[tuple[int, int]]] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            _label, _, offsets = parts[1].partition(" ")
            spans[parts[0]] = [tuple(map(int, f.split())) for f in offsets.split(";")]
        elif line.startswith("E") and len(parts) >= 2:
            events.append(dict(arg.split(":", 1) for arg in parts[1].split()))
    gold = []
    for event in events:
        content = spans.get(event.get("Content", ""))
        if not content:
            continue
        source, cue = spans.get(event.get("Source", ""), []), spans.get(event.get("Cue", ""), [])
        gold.append(GoldAttribution(content, source, cue))
    return gold


# -- running ----------------------------------------------------------------------------------
def _analyse(texts: list[str]) -> list[Article | None]:
    from dyad.annotate.actors import ActorStage
    from dyad.annotate.spacy_stage import SpacyStage
    from dyad.clean import CleanStage
    from dyad.extract.quotes.stage import QuoteStage
    from dyad.pipeline import Pipeline

    pipeline = Pipeline([CleanStage(), SpacyStage(), ActorStage(), QuoteStage()])
    return list(pipeline.run((Article(text=t, title=headline(t)) for t in texts), batch_size=16))


def headline(text: str) -> str | None:
    """PolNeAR texts open with the headline on a line of its own, then a blank line: that line
    is the article's title (cleaning makes it the ``title`` segment; the text is unchanged)."""
    first, _sep, rest = text.lstrip().partition("\n")
    blank = rest.lstrip(" \t\r").startswith("\n")
    return first.strip() if first.strip() and blank else None


def predictions(article: Article | None, original: str) -> list[Predicted]:
    if article is None or not article.text:
        return []
    to_file = offset_map(article.text, original)
    out = []
    for q in article.quotes:
        span = _map_span(to_file, q.start, q.end)
        if span is None:
            continue
        sources = []
        if q.speaker_mention is not None:
            sources.append(_map_span(to_file, q.speaker_mention.start, q.speaker_mention.end))
        for actor in _speakers(article, q.speaker):
            sources += [_map_span(to_file, m.start, m.end) for m in actor.mentions]
        out.append(Predicted(span[0], span[1], q.direct, [s for s in sources if s is not None]))
    return out


def _speakers(article: Article, speaker: str | None) -> list:
    """The speaker actor, or for a group speaker ("the two leaders") each member, whose mentions
    name the group."""
    actor = article.actor(speaker)
    if actor is None:
        return []
    if actor.kind == "group" and JOIN in actor.id:
        return [a for a in (article.actor(m) for m in actor.id.split(JOIN)) if a is not None]
    return [actor]


def offset_map(clean: str, original: str) -> list[int | None]:
    """For each character of ``clean``, its position in ``original`` (None for white space or
    characters cleaning added)."""
    mapping: list[int | None] = [None] * len(clean)
    a = [i for i, ch in enumerate(clean) if not ch.isspace()]
    b = [i for i, ch in enumerate(original) if not ch.isspace()]
    sa, sb = "".join(clean[i] for i in a), "".join(original[i] for i in b)
    if sa == sb:
        blocks = [(0, 0, len(sa))]
    else:
        blocks = difflib.SequenceMatcher(None, sa, sb, autojunk=False).get_matching_blocks()
    for i, j, n in blocks:
        for k in range(n):
            mapping[a[i + k]] = b[j + k]
    return mapping


def _map_span(mapping: list[int | None], start: int, end: int) -> tuple[int, int] | None:
    inside = [m for m in mapping[start:end] if m is not None]
    return (inside[0], inside[-1] + 1) if inside else None


# -- scoring ----------------------------------------------------------------------------------
def _words(text: str, frags: list[tuple[int, int]]) -> list[tuple[int, int]]:
    return [(m.start() + s, m.end() + s) for s, e in frags for m in _WORD.finditer(text[s:e])]


def _covered(words: list[tuple[int, int]], s: int, e: int) -> int:
    return sum(1 for ws, we in words if ws < e and s < we)


def _overlaps(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


class Tally:
    KINDS = ("direct", "indirect")

    def __init__(self):
        self.n = {
            k: 0
            for k in (
                "gold",
                "gold_with_source",
                "found",
                "found_with_source",
                "source",
                "both",
                "predicted",
                "correct",
                "tight",
            )
        }
        self.kind = {k: {"gold": 0, "found": 0, "with_source": 0, "both": 0} for k in self.KINDS}

    def add(self, text: str, gold: list[GoldAttribution], preds: list[Predicted]) -> None:
        correct: set[int] = set()
        for g in gold:
            kind = "direct" if any(ch in _MARKS for s, e in g.content for ch in text[s:e]) else "indirect"
            words = _words(text, g.content)
            finders = [
                i
                for i, p in enumerate(preds)
                if words and _covered(words, p.start, p.end) >= FOUND * len(words)
            ]
            correct.update(finders)
            source_ok = any(_overlaps(preds[i].sources, g.source) for i in finders)
            self.n["tight"] += any(
                _overlaps(preds[i].sources, g.source)
                and len(_words(text, [(preds[i].start, preds[i].end)])) <= TIGHT * len(words)
                for i in finders
            )
            self._count(kind, bool(finders), bool(g.source), source_ok)
        self.n["predicted"] += len(preds)
        gold_words = _words(text, [f for g in gold for f in g.content])
        for i, p in enumerate(preds):
            mine = _words(text, [(p.start, p.end)])
            inside = sum(1 for w in mine if any(ws < w[1] and w[0] < we for ws, we in gold_words))
            if i in correct or (mine and inside >= FOUND * len(mine)):
                self.n["correct"] += 1

    def _count(self, kind: str, found: bool, has_source: bool, source_ok: bool) -> None:
        both = found and has_source and source_ok
        for key, flag in (("gold", True), ("gold_with_source", has_source), ("found", found), ("both", both)):
            self.n[key] += flag
        self.n["found_with_source"] += found and has_source
        self.n["source"] += both
        k = self.kind[kind]
        k["gold"] += 1
        k["found"] += found
        k["with_source"] += has_source
        k["both"] += both

    def result(self, documents: int) -> dict:
        n = self.n
        content_recall = n["found"] / max(n["gold"], 1)
        precision = n["correct"] / max(n["predicted"], 1)
        out = {
            "documents": documents,
            "gold_attributions": n["gold"],
            "gold_with_source": n["gold_with_source"],
            "predicted_quotes": n["predicted"],
            "content_recall": content_recall,
            "source_recall_of_found": n["source"] / max(n["found_with_source"], 1),
            "content_source_recall": n["both"] / max(n["gold_with_source"], 1),
            "content_source_recall_tight": n["tight"] / max(n["gold_with_source"], 1),
            "precision": precision,
            "content_f1": _f1(precision, content_recall),
        }
        for kind, k in self.kind.items():
            out[kind] = {
                "gold": k["gold"],
                "content_recall": k["found"] / max(k["gold"], 1),
                "content_source_recall": k["both"] / max(k["with_source"], 1),
            }
        return out


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0
