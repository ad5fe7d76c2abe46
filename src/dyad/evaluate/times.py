"""Score the times stage on TimeML documents (TempEval-3 platinum, MEANTIME, any TimeML news set).

``evaluate(path)`` reads every ``.tml`` file under ``path``: the document text is the content of
``<TEXT>`` with the tags stripped, the gold expressions are its ``<TIMEX3>`` elements (the
creation time in ``<DCT>`` is the publication date, not an expression to find; an empty TIMEX3,
an implicit time, has no words to find and is left out). Each text runs through spaCy and
``TimeStage`` with the DCT as ``published``.

Only the part of a document that was annotated is scored. A set converted from MEANTIME (its
``<TEXT>`` repeats the creation time as a TIMEX3 with ``functionInDocument="CREATION_TIME"``,
one sentence a line) annotates the title and the first sentences: the scored part is the first
``ANNOTATED_LINES`` lines less the dateline, the line holding the creation time. Elsewhere the
whole text is scored.

Figures, for all documents and for the tune and check parts (``evaluate.split``), and per
TIMEX3 type (DATE, TIME, DURATION, SET; a prediction's type comes from its value):

* ``strict_match_*``: an expression counts when its span has exactly the gold offsets;
* ``relaxed_match_*``: when it overlaps a gold span (pairs matched one to one, in text order);
* ``value_accuracy``: among relaxed matches, the share whose value equals the gold value;
* ``value_f1``: TempEval-3's value F1, the F1 of value-correct matches against all predicted
  and all gold expressions, which equals ``relaxed_match_f1 * value_accuracy``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from dyad.article import Article, Segment
from dyad.errors import InputError
from dyad.evaluate.split import PARTS, part
from dyad.extract.times.values import timex_type

ANNOTATED_LINES = 6  # MEANTIME: title, dateline and the first four sentences
TYPES = ("DATE", "TIME", "DURATION", "SET")


@dataclass(slots=True)
class GoldTime:
    start: int
    end: int
    text: str
    value: str
    type: str = "DATE"


@dataclass(slots=True)
class TimeMLDocument:
    name: str
    text: str
    dct: str | None
    times: list[GoldTime]
    scope: list[tuple[int, int]] = field(default_factory=list)  # the scored character ranges

    def in_scope(self, start: int) -> bool:
        return any(a <= start < b for a, b in self.scope)


def read_timeml(path: Path) -> TimeMLDocument:
    """One TimeML file: the plain text of ``<TEXT>``, its DCT, its TIMEX3 spans and the part of
    the text that was annotated."""
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise InputError(f"{path} is not well-formed TimeML: {exc}", "Check the file is TimeML XML.") from exc
    body = root.find("TEXT")
    if body is None:
        raise InputError(f"{path} has no <TEXT> element.", "Give TimeML files with a <TEXT> element.")
    pieces: list[str] = []
    times: list[tuple[GoldTime, bool]] = []
    _walk(body, pieces, times)
    text = "".join(pieces)
    dct = root.find("DCT/TIMEX3")
    value = dct.get("value", "")[:10] if dct is not None else None
    datelines = [t for t, creation in times if creation]
    scope = _annotated(text, datelines[0]) if datelines else [(0, len(text))]
    gold = [t for t, creation in times if not creation and t.end > t.start]
    gold = [t for t in gold if any(a <= t.start < b for a, b in scope)]
    return TimeMLDocument(path.stem, text, value or None, gold, scope)


def _annotated(text: str, dateline: GoldTime) -> list[tuple[int, int]]:
    """The first ``ANNOTATED_LINES`` lines of a MEANTIME text, less the dateline's line."""
    ranges, offset = [], 0
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), 0)
    for line in lines[: first + ANNOTATED_LINES]:
        end = offset + len(line)
        if not (offset <= dateline.start < end + 1):
            ranges.append((offset, end))
        offset = end + 1
    return ranges


def _walk(element, pieces: list[str], times: list) -> None:
    """Append ``element``'s text to ``pieces``, recording each TIMEX3's offsets."""
    start = sum(map(len, pieces))
    pieces.append(element.text or "")
    for child in element:
        _walk(child, pieces, times)
        pieces.append(child.tail or "")
    if element.tag == "TIMEX3":
        text = "".join(element.itertext())
        gold = GoldTime(start, start + len(text), text, element.get("value", ""), element.get("type", "DATE"))
        times.append((gold, element.get("functionInDocument") == "CREATION_TIME"))


def predict(document: TimeMLDocument, nlp=None) -> list:
    from dyad.annotate.nlp import load_nlp
    from dyad.extract.times.stage import TimeStage

    article = Article(text=document.text, published=document.dct)
    article.segments = [Segment("body", 0, len(document.text))]
    article.doc = (nlp or load_nlp())(document.text)
    return [t for t in TimeStage()(article).times if document.in_scope(t.start)]


def match(gold: list, predicted: list) -> list[tuple]:
    """One-to-one pairs of overlapping gold and predicted spans, in text order."""
    pairs, used = [], set()
    for g in gold:
        for i, p in enumerate(predicted):
            if i not in used and p.start < g.end and g.start < p.end:
                pairs.append((g, p))
                used.add(i)
                break
    return pairs


def _f1(correct: int, n_predicted: int, n_gold: int) -> tuple[float, float, float]:
    p = correct / n_predicted if n_predicted else 0.0
    r = correct / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass(slots=True)
class Tally:
    documents: int = 0
    gold: int = 0
    predicted: int = 0
    strict: int = 0
    relaxed: int = 0
    valued: int = 0

    def add(self, gold: list, predicted: list, pairs: list) -> None:
        self.gold += len(gold)
        self.predicted += len(predicted)
        self.relaxed += len(pairs)
        self.strict += sum(g.start == p.start and g.end == p.end for g, p in pairs)
        self.valued += sum(g.value == p.value for g, p in pairs)

    def figures(self) -> dict:
        result = {"gold": self.gold, "predicted": self.predicted}
        for name, correct in (
            ("strict_match", self.strict),
            ("relaxed_match", self.relaxed),
            ("value", self.valued),
        ):
            p, r, f = _f1(correct, self.predicted, self.gold)
            result.update(
                {f"{name}_precision": round(p, 4), f"{name}_recall": round(r, 4), f"{name}_f1": round(f, 4)}
            )
        result["value_accuracy"] = round(self.valued / self.relaxed, 4) if self.relaxed else 0.0
        return result


def score(documents: list[tuple[TimeMLDocument, list]]) -> dict:
    """Figures over (document, predictions) pairs: all, per type, per part."""
    overall, parts = Tally(), {name: Tally() for name in PARTS}
    types = {name: Tally() for name in TYPES}
    for document, predicted in documents:
        pairs = match(document.times, predicted)
        for tally in (overall, parts[part(document.name)]):
            tally.documents += 1
            tally.add(document.times, predicted, pairs)
        for name, tally in types.items():
            gold = [g for g in document.times if g.type == name]
            mine = [p for p in predicted if timex_type(p.value, p.precision) == name]
            tally.add(gold, mine, [(g, p) for g, p in pairs if g.type == name])
    result = {"documents": overall.documents, **overall.figures()}
    result["types"] = {name: _short(t.figures()) for name, t in types.items()}
    for name, tally in parts.items():
        result[name] = {"documents": tally.documents, **_short(tally.figures())}
    return result


def _short(figures: dict) -> dict:
    keep = (
        "gold",
        "predicted",
        "relaxed_match_f1",
        "value_accuracy",
        "value_precision",
        "value_recall",
        "value_f1",
    )
    return {k: figures[k] for k in keep}


def evaluate(path: Path) -> dict:
    """Figures of the times stage on the TimeML files under ``path`` (see the module docstring)."""
    from dyad.annotate.nlp import load_nlp

    files = sorted(Path(path).glob("**/*.tml"))
    if not files:
        raise InputError(f"No .tml files under {path}.", "Point to a folder of TimeML (.tml) documents.")
    nlp = load_nlp()
    documents = [read_timeml(file) for file in files]
    return score([(document, predict(document, nlp)) for document in documents])
