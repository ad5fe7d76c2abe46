"""PLOVER event records (JSON Lines), with the fields of the PLOVER manual's "Data Fields" chapter.

One record per event (see ``records``):

- ``id``; ``date`` (YYYY-MM-DD: the first day the event's date covers, else its article's day);
  ``enddate`` (the last day its date covers or its reports give, when later: "in April 2018" is
  2018-04-01 to 2018-04-30).
- ``actor`` and ``recipient``: lists of entities, each ``code`` (CAMEO country or organisation
  code), ``sector`` (list: GOV, MIL, IGO, ...), ``entity_text`` (the actor's name), ``identifier_id``
  (its Wikidata id) and ``identifier_text`` (the name the identifier stands for).
- ``event``: the list of PLOVER types; ``mode``: the PLOVER mode of the CAMEO code (visit, phone,
  ...) and the auxiliary modes of the event's modality (negation, hypothetical, future);
  ``context``: the PLOVER contexts of its CAMEO code (CAMEO-to-PLOVER table, 2021).
- ``event_loc``: the place (name, country, lat, lon, GeoNames id); ``event_text``: the sentence;
  ``quad_code``: the QuadClass (1-4); ``event_scale``: the Goldstein score of the CAMEO code.
- ``text_info``: the sentence's number in the article and its ``start``/``end`` offsets in the text;
  ``cite_info``: the article (url, outlet, title, publication date, dyad id) and every article that
  reports the event; ``coder``: "dyad VERSION"; ``coded_date``: the day the article was coded.
- Kept alongside (not in PLOVER): ``cameo``, ``modality``.

CAMEO 02 (appeals) are REQUEST; CAMEO 01 statements have no type in the conversion table: the
statements with a direction are mapped by ``dyad/data/codebook/plover_statements.csv``; a plain
statement (010) or a symbolic act (017) is no PLOVER event and is left out (counted).
"""

from __future__ import annotations

import csv
import json
from functools import cache
from importlib import resources
from pathlib import Path

from dyad.extract.events.codebook import Codebook
from dyad.store.db import Store
from dyad.store.exports.records import event_records
from dyad.store.queries import Filters
from dyad.version import __version__

MODALITY_MODES = {"negated": "negation", "hypothetical": "hypothetical", "conditional": "hypothetical",
                  "predicted": "future", "intended": "future"}


def write(store: Store, out: Path, filters: Filters | None = None) -> str:
    records, undated = event_records(store, filters)
    sentences = _sentences(store, {r["article_id"] for r in records})
    written = left = 0
    with out.open("w", encoding="utf-8") as fh:
        for record in records:
            item = plover_record(record, sentences.get(record["article_id"], []))
            if item is None:
                left += 1
                continue
            fh.write(json.dumps(item, ensure_ascii=False, default=str) + "\n")
            written += 1
    notes = [f"{undated} undated" if undated else "", f"{left} with no PLOVER type (plain statements)" if left else ""]
    extra = "; left out: " + ", ".join(n for n in notes if n) if any(notes) else ""
    return f"Wrote {written} PLOVER record(s) to {out}{extra}"


def _sentences(store: Store, ids: set[str]) -> dict[str, list]:
    if not ids:
        return {}
    rows = store.con.execute("SELECT id, sentences FROM articles WHERE id IN (SELECT unnest(?))",
                             [sorted(ids)]).fetchall()
    return {aid: json.loads(s) if isinstance(s, str) else (s or []) for aid, s in rows}


@cache
def _table(name: str) -> dict[str, dict]:
    path = resources.files("dyad.data") / "codebook" / name
    with path.open(encoding="utf-8") as fh:
        return {r["cameo"]: r for r in csv.DictReader(fh)}


def _lookup(name: str, cameo: str) -> dict | None:
    code = cameo
    while len(code) >= 2:
        if code in _table(name):
            return _table(name)[code]
        code = code[:-1]
    return None


def plover_type(cameo: str, stored: str | None) -> tuple[str | None, str | None]:
    """(PLOVER type, mode) of a CAMEO code: the store's type, the conversion table, or the
    statements' table."""
    book = Codebook.default()
    found = stored or book.plover(cameo)
    if found:
        return found, book.plover_mode(cameo)
    statement = _lookup("plover_statements.csv", cameo)
    return (statement["plover"] or None, statement["mode"] or None) if statement else (None, None)


def plover_record(r: dict, sentences: list) -> dict | None:
    cameo = r["cameo"] or ""
    kind, mode = plover_type(cameo, r["plover"])
    if kind is None:
        return None
    context = _lookup("cameo_plover_context.csv", cameo)
    modes = [m for m in (mode, MODALITY_MODES.get(r["modality"])) if m]
    told_again = r.get("last_date") if r.get("n_reports", 1) > 1 else None  # by later reports
    end = max((d for d in (r.get("day_end"), told_again) if d), default=None)
    end = end if end and end != r["day"] else None
    return {
        "id": r["record_id"], "date": r["day"].isoformat(), "enddate": end.isoformat() if end else None,
        "actor": _entities(r, "source"), "recipient": _entities(r, "target"),
        "event": [kind], "mode": modes, "context": context["context"].split(";") if context else [],
        "event_loc": _place(r), "event_text": r["evidence"], "quad_code": r["quad_class"],
        "event_scale": r["goldstein"], "text_info": _text_info(r, sentences), "cite_info": _cite(r),
        "coder": f"dyad {__version__}", "coded_date": r["ingested_at"].date().isoformat() if r["ingested_at"] else None,
        "cameo": cameo, "modality": r["modality"],
    }


def _entities(r: dict, side: str) -> list[dict]:
    if not r[side]:
        return []
    code = r[f"{side}_code"] or ""
    sectors = [code[i:i + 3] for i in range(3, len(code), 3)] if len(code) > 3 else []
    if r[f"{side}_sector"] and r[f"{side}_sector"] not in sectors:
        sectors.insert(0, r[f"{side}_sector"])
    return [{"code": code[:3] or r[f"{side}_country"], "sector": sectors, "entity_text": r[f"{side}_name"],
             "identifier_id": r[f"{side}_wikidata"], "identifier_text": r[f"{side}_name"] if r[f"{side}_wikidata"] else None}]


def _place(r: dict) -> dict | None:
    if not r["place_id"]:
        return None
    return {"name": r["place_name"], "country": r["place_country"], "lat": r["lat"], "lon": r["lon"],
            "geonames_id": r["geonameid"]}


def _text_info(r: dict, sentences: list) -> dict:
    number = next((i for i, s in enumerate(sentences, 1) if s["start"] <= r["evidence_start"] < s["end"]), None)
    return {"sequence": number, "start": r["evidence_start"], "end": r["evidence_end"]}


def _cite(r: dict) -> dict:
    return {"url": r["url"], "outlet": r["outlet"], "title": r["title"],
            "published": r["published"].isoformat() if r["published"] else None, "article_id": r["article_id"],
            "reports": r["n_reports"], "articles": r["article_ids"]}
