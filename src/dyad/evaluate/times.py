"""Score the times stage on TimeML documents (TempEval-3 platinum or any TimeML news set).

``evaluate(path)`` reads every ``.tml`` file under ``path``: the document text is the content of
``<TEXT>`` with the tags stripped, the gold expressions are its ``<TIMEX3>`` elements (the
creation time in ``<DCT>`` is the publication date, not an expression to find). Each text runs
through spaCy and ``TimeStage`` with the DCT as ``published``. Figures:

* ``strict_match_*``: an expression counts when its span has exactly the gold offsets;
* ``relaxed_match_*``: when it overlaps a gold span (pairs matched one to one, in text order);
* ``value_accuracy``: among relaxed matches, the share whose value equals the gold value;
* ``value_f1``: TempEval-3's value F1, the F1 of value-correct matches against all predicted
  and all gold expressions, which equals ``relaxed_match_f1 * value_accuracy``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from dyad.article import Article, Segment
from dyad.errors import InputError


@dataclass(slots=True)
class GoldTime:
    start: int
    end: int
    text: str
    value: str


@dataclass(slots=True)
class TimeMLDocument:
    name: str
    text: str
    dct: str | None
    times: list[GoldTime]


def read_timeml(path: Path) -> TimeMLDocument:
    """One TimeML file: the plain text of ``<TEXT>``, its DCT and its TIMEX3 spans."""
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise InputError(f"{path} is not well-formed TimeML: {exc}", "Check the file is TimeML XML.") from exc
    body = root.find("TEXT")
    if body is None:
        raise InputError(f"{path} has no <TEXT> element.", "Give TimeML files with a <TEXT> element.")
    pieces: list[str] = []
    times: list[GoldTime] = []
    _walk(body, pieces, times)
    dct = root.find("DCT/TIMEX3")
    value = dct.get("value", "")[:10] if dct is not None else None
    return TimeMLDocument(path.stem, "".join(pieces), value or None, times)


def _walk(element, pieces: list[str], times: list[GoldTime]) -> None:
    """Append ``element``'s text to ``pieces``, recording each TIMEX3's offsets."""
    start = sum(map(len, pieces))
    pieces.append(element.text or "")
    for child in element:
        _walk(child, pieces, times)
        pieces.append(child.tail or "")
    if element.tag == "TIMEX3":
        text = "".join(element.itertext())
        times.append(GoldTime(start, start + len(text), text, element.get("value", "")))


def predict(document: TimeMLDocument) -> list:
    from dyad.annotate.nlp import load_nlp
    from dyad.extract.times.stage import TimeStage

    article = Article(text=document.text, published=document.dct)
    article.segments = [Segment("body", 0, len(document.text))]
    article.doc = load_nlp()(document.text)
    return TimeStage()(article).times


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


def evaluate(path: Path) -> dict:
    """Figures of the times stage on the TimeML files under ``path`` (see the module docstring)."""
    files = sorted(Path(path).glob("**/*.tml"))
    if not files:
        raise InputError(f"No .tml files under {path}.", "Point to a folder of TimeML (.tml) documents.")
    n_gold = n_pred = strict = relaxed = valued = 0
    for file in files:
        document = read_timeml(file)
        predicted = predict(document)
        pairs = match(document.times, predicted)
        n_gold += len(document.times)
        n_pred += len(predicted)
        relaxed += len(pairs)
        strict += sum(g.start == p.start and g.end == p.end for g, p in pairs)
        valued += sum(g.value == p.value for g, p in pairs)
    result = {"documents": len(files), "gold": n_gold, "predicted": n_pred}
    for name, correct in (("strict_match", strict), ("relaxed_match", relaxed), ("value", valued)):
        p, r, f = _f1(correct, n_pred, n_gold)
        result.update(
            {f"{name}_precision": round(p, 4), f"{name}_recall": round(r, 4), f"{name}_f1": round(f, 4)}
        )
    result["value_accuracy"] = round(valued / relaxed, 4) if relaxed else 0.0
    return result
