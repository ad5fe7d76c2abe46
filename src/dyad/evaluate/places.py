"""Geoparsing quality, end to end on raw text, on two development sets read from ``../shared/geo``:

- GeoVirus (Gritta et al. 2018): Wikinews articles on epidemics, place mentions with coordinates;
- GeoWebNews (GWN, Gritta et al. 2019): news from around the world with *typed* toponyms
  (literal places, metonyms, demonyms and other modifiers...), those with coordinates scored.

Each raw text goes through the cleaning, spaCy, actor and place stages as ``dyad analyze`` runs
them; predicted offsets are mapped back to the raw text. A gold mention is found when a
predicted mention overlaps it, and correct when the predicted point lies within 161 km
(100 miles) of the gold one.

- ``accuracy_161km``: correct / all gold mentions (a gold mention nobody found is a miss);
- ``accuracy_161km_resolved``: correct / gold mentions that were found (the figure papers give
  when they score only the toponyms a system recognised);
- ``recall`` / ``precision``: of mention detection, by span overlap;
- ``mean_error_km``: over found gold mentions.

Figures come for ``all`` articles and for the fixed ``tune`` and ``check`` parts
(``dyad.evaluate.split``, by article id); GWN adds them by toponym type (``by_type``).
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path

from dyad.article import Article
from dyad.errors import InputError
from dyad.evaluate.split import PARTS, part

KM = 161.0
Predicted = tuple[int, int, float, float]


@dataclass(slots=True)
class GoldPlace:
    start: int
    end: int
    lat: float
    lon: float
    type: str = ""  # GWN's toponym type ("Literal", "Metonymic", "Non_Literal_Modifier"...)


@dataclass(slots=True)
class GoldArticle:
    id: str
    text: str
    places: list[GoldPlace] = field(default_factory=list)


def read_gold(path: Path) -> list[GoldArticle]:
    """The articles of a GeoVirus or GWN file, told apart by what their toponyms look like."""
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise InputError(
            f"Cannot read the geoparsing file {path}: {exc}", "Give the path to GeoVirus.xml or GWN.xml."
        ) from exc
    if root.find("article/toponyms") is not None:
        return _read_gwn(root)
    return _read_geovirus(root)


def _read_geovirus(root) -> list[GoldArticle]:
    """GeoVirus counts offsets from 1; they are corrected here. Articles are known by their URL."""
    out = []
    for n, art in enumerate(root.iter("article")):
        text = art.findtext("text") or ""
        gold = [g for g in (_geovirus_gold(text, loc) for loc in art.iter("location")) if g is not None]
        out.append(GoldArticle(art.findtext("source") or f"geovirus-{n}", text, gold))
    return out


def _geovirus_gold(text: str, loc) -> GoldPlace | None:
    name = loc.findtext("name") or ""
    start = _locate(text, name, int(loc.findtext("start")))
    if start is None:
        return None
    return GoldPlace(start, start + len(name), float(loc.findtext("lat")), float(loc.findtext("lon")))


def _read_gwn(root) -> list[GoldArticle]:
    """GWN's toponyms with coordinates (the others are not places: "citizens", "lot")."""
    out = []
    for art in root.iter("article"):
        text = art.findtext("text") or ""
        gold = []
        for top in art.iter("toponym"):
            if top.findtext("latitude") is None:
                continue
            name = top.findtext("extractedName") or ""
            start = _locate(text, name, int(top.findtext("start")))
            if start is not None:
                lat, lon = float(top.findtext("latitude")), float(top.findtext("longitude"))
                gold.append(GoldPlace(start, start + len(name), lat, lon, top.findtext("type") or ""))
        out.append(GoldArticle(f"gwn-{art.get('file')}", text, gold))
    return out


def _locate(text: str, name: str, start: int) -> int | None:
    """Where ``name`` is: at ``start`` or one off, else its nearest occurrence."""
    for s in (start, start - 1, start + 1):
        if s >= 0 and text[s : s + len(name)] == name:
            return s
    found = list(_all(text, name))
    return min(found, key=lambda i: abs(i - start)) if found else None


def _all(text: str, name: str):
    i = text.find(name)
    while i >= 0:
        yield i
        i = text.find(name, i + 1)


def evaluate(path: Path, limit: int | None = None, misses: str | None = None) -> dict:
    """Analyse the file's raw texts (the first ``limit`` articles) and score the places found;
    with ``misses`` ("tune", "check" or "all"), the gold mentions of that part dyad did not
    place within 161 km too, under ``misses`` (``list_misses``)."""
    if misses not in (None, "all", *PARTS):
        raise InputError(f"No part called {misses!r}.", f"Give one of all, {', '.join(PARTS)}.")
    data = read_gold(Path(path))[:limit]
    articles = analyse([a.text for a in data])
    result = score_articles(data, [_predicted(g.text, a) for g, a in zip(data, articles, strict=True)])
    if misses:
        result["misses"] = list_misses(data, articles, misses)
    return result


def list_misses(data: list[GoldArticle], articles: list[Article], which: str = "all") -> list[dict]:
    """Each gold mention of the part (``all``, ``tune`` or ``check``) that no predicted mention
    overlaps or whose predicted place lies more than 161 km off: the article, the words, the
    gold point, the place dyad chose (or none), how far off, and the words around it."""
    rows = []
    for gold, article in zip(data, articles, strict=True):
        if which != "all" and part(gold.id) != which:
            continue
        found = _placed(gold.text, article)
        for g in gold.places:
            hit = next((f for f in found if f[0] < g.end and g.start < f[1]), None)
            km = haversine_km(g.lat, g.lon, hit[2].lat, hit[2].lon) if hit else None
            if km is not None and km <= KM:
                continue
            rows.append(
                {
                    "article": gold.id,
                    "mention": gold.text[g.start : g.end],
                    "gold": f"{g.lat:.2f}, {g.lon:.2f}",
                    "dyad": f"{hit[2].name} ({hit[2].country or '-'}, {hit[2].kind})" if hit else "not found",
                    "km": round(km) if km is not None else None,
                    "context": gold.text[max(0, g.start - 60) : g.end + 40],
                }
            )
    return rows


def _placed(raw: str, article: Article) -> list[tuple[int, int, object]]:
    """The article's placed mentions as (start, end, place), offsets in the raw text."""
    to_raw = offset_map(article.text, raw)
    spans = ((to_raw(m.start, m.end), p) for p in article.places if p.lat is not None and p.lon is not None for m in p.mentions)
    return [(s, e, p) for (s, e), p in spans if e > s]


def score_articles(data: list[GoldArticle], predicted: list[list[Predicted]]) -> dict:
    """``all``, ``tune`` and ``check`` figures, and for typed gold the ``all`` figures by type."""
    pairs = list(zip(data, predicted, strict=True))
    result = {"all": _score_pairs(pairs)}
    for name in PARTS:
        result[name] = _score_pairs([p for p in pairs if part(p[0].id) == name])
    types = sorted({g.type for a in data for g in a.places if g.type})
    if types:
        result["by_type"] = {t: _score_pairs(pairs, lambda g, t=t: g.type == t, spans=False) for t in types}
    return result


def _score_pairs(pairs, keep: Callable[[GoldPlace], bool] | None = None, spans: bool = True) -> dict:
    gold = [[g for g in a.places if keep is None or keep(g)] for a, _ in pairs]
    figures = score(gold, [p for _, p in pairs])
    figures["articles"] = len(pairs)
    if not spans:
        figures.pop("precision")
    return figures


def predict(texts: list[str]) -> list[list[Predicted]]:
    """Each raw text analysed as ``dyad analyze`` does (to places), its places' mentions with
    offsets into the raw text."""
    return [_predicted(text, article) for text, article in zip(texts, analyse(texts), strict=True)]


def analyse(texts: list[str]) -> list[Article]:
    from dyad.annotate.actors import ActorStage
    from dyad.annotate.spacy_stage import SpacyStage
    from dyad.clean import CleanStage
    from dyad.extract.places.stage import PlaceStage
    from dyad.pipeline import Pipeline

    pipeline = Pipeline([CleanStage(), SpacyStage(), ActorStage(), PlaceStage()])
    return list(pipeline.run([Article(text=t) for t in texts], batch_size=16))


def _predicted(raw: str, article: Article) -> list[Predicted]:
    return [(s, e, p.lat, p.lon) for s, e, p in _placed(raw, article)]


def offset_map(clean: str, raw: str) -> Callable[[int, int], tuple[int, int]]:
    """A function from a span of the cleaned text to the same words in the raw text (cleaning
    folds white space and drops control characters; where it changed more, a diff aligns)."""
    if clean == raw:
        return lambda s, e: (s, e)
    index = [-1] * (len(clean) + 1)
    for block in SequenceMatcher(None, clean, raw, autojunk=False).get_matching_blocks():
        for k in range(block.size):
            index[block.a + k] = block.b + k

    def to_raw(start: int, end: int) -> tuple[int, int]:
        s, e = index[start], index[end - 1] if end > start else -1
        return (s, e + 1) if s >= 0 and e >= s else (0, 0)

    return to_raw


def score(gold: list[list[GoldPlace]], predicted: list[list[Predicted]]) -> dict:
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
