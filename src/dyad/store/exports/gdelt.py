"""GDELT 2.0 event records: the 61 tab-separated columns of GDELT's event table, in its order,
without a header, so that tools reading GDELT's daily files read these.

One row per event (see ``records``). How each column is filled:

- GLOBALEVENTID: an integer, the first 15 hex digits of the SHA-1 of dyad's event id (the same
  event always gets the same number, across exports and stores).
- Day, MonthYear, Year: the first day the event's date covers (its article's publication date
  when the text gives none; events with neither are left out). FractionDate: GDELT's YEAR + (MONTH*30+DAY)/365.
- Actor codes: the CAMEO actor code (USAGOV, IGOUNO), name in capitals, CountryCode (CAMEO/ISO3),
  KnownGroupCode (a known organisation: UNO, NAT, EEC, ...), Type1-3Code (GOV, MIL, IGO, ...).
- IsRootEvent: 1 when the event is in the article's first paragraph. EventCode, EventBaseCode,
  EventRootCode, QuadClass, GoldsteinScale: from the CAMEO codebook.
- NumMentions, NumArticles, NumSources: the event's reports, articles and distinct outlets.
- AvgTone: the mean over the event's articles of their tone (``tone``).
- Actor1Geo, Actor2Geo: the actor's country (Geo_Type 1) where it is known; ActionGeo: the place
  the text gives for the event. Country codes are FIPS 10-4, Geo_Type, ADM1Code and FeatureID
  (GeoNames id) as in ``geo``.
- DATEADDED: when the article was stored (YYYYMMDDHHMMSS, UTC). SOURCEURL: the article's URL, or
  its dyad id when it has none.
"""

from __future__ import annotations

import csv
import hashlib
import json
from functools import cache
from importlib import resources
from pathlib import Path

from dyad.store.db import Store
from dyad.store.exports import geo
from dyad.store.exports.records import article_texts, event_records
from dyad.store.exports.tone import tone
from dyad.store.queries import Filters

GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
         "Type1Code", "Type2Code", "Type3Code")
GDELT_COLUMNS = (
    ("GLOBALEVENTID", "Day", "MonthYear", "Year", "FractionDate")
    + tuple(f"Actor1{c}" for c in ACTOR) + tuple(f"Actor2{c}" for c in ACTOR)
    + ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
       "NumMentions", "NumSources", "NumArticles", "AvgTone")
    + tuple(f"Actor1Geo_{c}" for c in GEO) + tuple(f"Actor2Geo_{c}" for c in GEO)
    + tuple(f"ActionGeo_{c}" for c in GEO)
    + ("DATEADDED", "SOURCEURL")
)


def write(store: Store, out: Path, filters: Filters | None = None) -> str:
    records, undated = event_records(store, filters)
    tones = _tones(store, records)
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
        for record in records:
            row = gdelt_row(record, tones)
            writer.writerow([_tsv(row.get(name)) for name in GDELT_COLUMNS])
    left = f"; {undated} undated event(s) left out" if undated else ""
    return f"Wrote {len(records)} GDELT event record(s) to {out}{left}"


def _tsv(value) -> str:
    return "" if value is None else str(value).replace("\t", " ").replace("\n", " ")


def _tones(store: Store, records: list[dict]) -> dict[str, float | None]:
    ids = {a for r in records for a in r["article_ids"]}
    return {aid: tone(text) for aid, text in article_texts(store, ids).items()}


def event_id(record_id: str) -> int:
    """A stable positive 60-bit integer for an event id."""
    return int(hashlib.sha1(record_id.encode("utf-8")).hexdigest()[:15], 16)


def fraction_date(day) -> float:
    """GDELT's FractionDate: YEAR + (MONTH * 30 + DAY) / 365, to 4 decimals."""
    return round(day.year + (day.month * 30 + day.day) / 365, 4)


def gdelt_row(r: dict, tones: dict[str, float | None]) -> dict:
    day, cameo = r["day"], r["cameo"] or ""
    found = [tones[a] for a in r["article_ids"] if tones.get(a) is not None]
    row = {
        "GLOBALEVENTID": event_id(r["record_id"]), "Day": day.strftime("%Y%m%d"),
        "MonthYear": day.strftime("%Y%m"), "Year": day.year, "FractionDate": fraction_date(day),
        "IsRootEvent": int(_in_lead(r)), "EventCode": cameo, "EventBaseCode": cameo[:3],
        "EventRootCode": cameo[:2], "QuadClass": r["quad_class"], "GoldsteinScale": r["goldstein"],
        "NumMentions": r["n_reports"], "NumSources": r["n_sources"], "NumArticles": r["n_articles"],
        "AvgTone": round(sum(found) / len(found), 4) if found else None,
        "DATEADDED": r["ingested_at"].strftime("%Y%m%d%H%M%S") if r["ingested_at"] else None,
        "SOURCEURL": r["url"] or r["article_id"],
    }
    for n, side in (("1", "source"), ("2", "target")):
        row.update({f"Actor{n}{k}": v for k, v in actor_codes(r[f"{side}_code"], r[f"{side}_country"]).items()})
        row[f"Actor{n}Name"] = (r[f"{side}_name"] or "").upper() or None
        row.update({f"Actor{n}Geo_{k}": v for k, v in geo.country_geo(r[f"{side}_country"]).items()})
    if r["place_id"]:
        place = {"name": r["place_name"], "country": r["place_country"], "kind": r["place_kind"],
                 "lat": r["lat"], "lon": r["lon"], "geonameid": r["geonameid"]}
        row.update({f"ActionGeo_{k}": v for k, v in geo.place_geo(place).items()})
    return row


def _in_lead(r: dict) -> bool:
    """Whether the event's evidence starts in the article's first body paragraph."""
    segments = r["segments"]
    if isinstance(segments, str):
        segments = json.loads(segments)
    body = next((s for s in segments or () if s.get("kind") == "body"), None)
    return body is None or r["evidence_start"] < body["end"]


@cache
def _actor_types() -> dict[str, str]:
    path = resources.files("dyad.data") / "codebook" / "actor_types.tsv"
    with path.open(encoding="utf-8") as fh:
        return {r["code"]: r["group"] for r in csv.DictReader(fh, delimiter="\t")}


def actor_codes(code: str | None, country: str | None) -> dict:
    """A CAMEO actor code cut into GDELT's fields: USAGOVMIL -> country USA, types GOV and MIL;
    IGOUNO -> type IGO, known group UNO; regions (EUR, WST) are neither."""
    out: dict = {"Code": code, "CountryCode": country}
    if not code:
        return out
    parts = [code[i:i + 3] for i in range(0, len(code), 3)]
    if parts and geo.fips(parts[0]):
        out["CountryCode"] = parts.pop(0)
    kinds, types = _actor_types(), []
    for part in parts:
        group = kinds.get(part)
        if group == "type":
            types.append(part)
        elif group is None and "KnownGroupCode" not in out:
            out["KnownGroupCode"] = part
    out.update({f"Type{i}Code": t for i, t in enumerate(types[:3], 1)})
    return out
