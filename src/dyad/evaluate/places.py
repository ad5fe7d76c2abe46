"""Geoparsing quality on GeoVirus (Gritta et al. 2018): Wikinews articles with gold place
mentions and coordinates, read from ``../shared/geo/GeoVirus.xml``.

A gold mention is matched by a predicted mention whose span overlaps it; it is resolved correctly
when the predicted point lies within 161 km (100 miles) of the gold one.

- ``accuracy_161km``: correct / all gold mentions (a gold mention nobody found is a miss);
- ``accuracy_161km_resolved``: correct / gold mentions that were found (the usual GeoVirus
  figure, which scores only the toponyms a system recognised);
- ``recall`` / ``precision``: of mention detection, by span overlap;
- ``mean_error_km``: over found gold mentions.
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from dyad.article import Article, Segment
from dyad.errors import InputError

KM = 161.0


@dataclass(slots=True)
class GoldPlace:
    start: int
    end: int
    lat: float
    lon: float


def read_geovirus(path: Path) -> list[tuple[str, list[GoldPlace]]]:
    """Articles as (text, gold places); the file's offsets are 1-based and are corrected here."""
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise InputError(
            f"Cannot read GeoVirus file {path}: {exc}", "Give the path to GeoVirus.xml."
        ) from exc
    out = []
    for art in root.iter("article"):
        text = art.findtext("text") or ""
        gold = [g for g in (_gold(text, loc) for loc in art.iter("location")) if g is not None]
        out.append((text, gold))
    return out


def _gold(text: str, loc) -> GoldPlace | None:
    name = loc.findtext("name") or ""
    start = int(loc.findtext("start"))
    for s in (start, start - 1, start + 1):  # the file counts from 1
        if text[s : s + len(name)] == name:
            break
    else:
        found = [i for i in _all(text, name)]
        if not found:
            return None
        s = min(found, key=lambda i: abs(i - start))
    return GoldPlace(s, s + len(name), float(loc.findtext("lat")), float(loc.findtext("lon")))


def _all(text: str, name: str):
    i = text.find(name)
    while i >= 0:
        yield i
        i = text.find(name, i + 1)


def evaluate(path: Path, limit: int | None = None) -> dict:
    """Run spaCy and the places stage over GeoVirus and score it (first ``limit`` articles)."""
    data = read_geovirus(Path(path))[:limit]
    predicted = [_predict(a) for a in _analyse([text for text, _ in data])]
    return score([gold for _, gold in data], predicted)


def _analyse(texts: list[str]) -> list[Article]:
    from dyad.annotate.nlp import load_nlp
    from dyad.extract.places.stage import PlaceStage

    nlp, stage = load_nlp(), PlaceStage()
    articles = []
    for text, doc in zip(texts, load_nlp().pipe(texts, batch_size=16), strict=True):
        article = Article(text=text, segments=[Segment("body", 0, len(text))], doc=doc)
        articles.append(_with_actors(article, nlp))
    return [stage(a) for a in articles]


def _with_actors(article: Article, nlp) -> Article:
    """The lead's actor stage when it is installed, so that metonyms are skipped as in use."""
    try:
        from dyad.annotate.actors import ActorStage
    except ImportError:
        return article
    try:
        return ActorStage()(article)
    except Exception:  # the eval must not depend on another stage being finished
        return article


def _predict(article: Article) -> list[tuple[int, int, float, float]]:
    return [
        (m.start, m.end, p.lat, p.lon)
        for p in article.places
        if p.lat is not None and p.lon is not None
        for m in p.mentions
    ]


def score(gold: list[list[GoldPlace]], predicted: list[list[tuple[int, int, float, float]]]) -> dict:
    n_gold = found = correct = 0
    errors: list[float] = []
    n_pred = sum(len(p) for p in predicted)
    pred_matched = 0
    for golds, preds in zip(gold, predicted, strict=True):
        n_gold += len(golds)
        pred_matched += sum(any(s < g.end and g.start < e for g in golds) for s, e, _, _ in preds)
        for g in golds:
            hit = next((p for p in preds if p[0] < g.end and g.start < p[1]), None)
            if hit is None:
                continue
            found += 1
            err = haversine_km(g.lat, g.lon, hit[2], hit[3])
            errors.append(err)
            correct += err <= KM
    return {
        "articles": len(gold),
        "gold": n_gold,
        "resolved": found,
        "correct": correct,
        "accuracy_161km": _ratio(correct, n_gold),
        "accuracy_161km_resolved": _ratio(correct, found),
        "recall": _ratio(found, n_gold),
        "precision": _ratio(pred_matched, n_pred),
        "mean_error_km": round(sum(errors) / len(errors), 1) if errors else None,
    }


def _ratio(a: int, b: int) -> float:
    return round(a / b, 4) if b else 0.0


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    la1, lo1, la2, lo2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))
