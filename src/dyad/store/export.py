"""Exports of the store: GDELT 2.0 event rows, PLOVER records, Parquet/CSV tables, GEXF graph.

Each writer takes an open Store and an output path and returns what it wrote (a count of rows,
or the list of files). The store may be opened read-only.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from xml.etree import ElementTree as ET

from dyad.errors import InputError
from dyad.store import dyads
from dyad.store.db import Store

FORMATS = ("gdelt", "plover", "parquet", "csv", "gexf")

# The 61 columns of a GDELT 2.0 event record, in order; those dyad has no value for stay empty.
GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
ACTOR = (
    "Code",
    "Name",
    "CountryCode",
    "KnownGroupCode",
    "EthnicCode",
    "Religion1Code",
    "Religion2Code",
    "Type1Code",
    "Type2Code",
    "Type3Code",
)
GDELT_COLUMNS = (
    ("GlobalEventID", "Day", "MonthYear", "Year", "FractionDate")
    + tuple(f"Actor1{c}" for c in ACTOR)
    + tuple(f"Actor2{c}" for c in ACTOR)
    + (
        "IsRootEvent",
        "EventCode",
        "EventBaseCode",
        "EventRootCode",
        "QuadClass",
        "GoldsteinScale",
        "NumMentions",
        "NumSources",
        "NumArticles",
        "AvgTone",
    )
    + tuple(f"Actor1Geo_{c}" for c in GEO)
    + tuple(f"Actor2Geo_{c}" for c in GEO)
    + tuple(f"ActionGeo_{c}" for c in GEO)
    + ("DATEADDED", "SOURCEURL")
)

_EVENTS = """
    SELECT e.*, a.published, a.url, a.outlet, a.ingested_at,
           substr(a.text, e.evidence_start + 1, e.evidence_end - e.evidence_start) AS evidence,
           s.name AS source_name, s.code AS source_code, s.country AS source_country, s.kind AS source_kind,
           t.name AS target_name, t.code AS target_code, t.country AS target_country, t.kind AS target_kind,
           p.name AS place_name, p.country AS place_country, p.lat, p.lon, p.geonameid, p.kind AS place_kind,
           coalesce(e.event_date, a.published) AS day, {mentions} AS mentions,
           {num_articles} AS num_articles, {num_sources} AS num_sources
    FROM events e JOIN articles a ON a.id = e.article_id
    LEFT JOIN actors s ON s.id = e.source LEFT JOIN actors t ON t.id = e.target
    LEFT JOIN places p ON p.id = e.place_id
    ORDER BY day, e.id"""


def export(store: Store, fmt: str, out: str | Path) -> str:
    """Write the store in one format; returns a one-line summary for the user."""
    writers = {"gdelt": gdelt, "plover": plover, "parquet": tables, "csv": tables, "gexf": gexf}
    if fmt not in writers:
        raise InputError(f"Unknown export format {fmt!r}.", f"Use one of: {', '.join(FORMATS)}.")
    out = Path(out)
    if fmt in ("parquet", "csv"):
        files = tables(store, out, fmt)
        return f"Wrote {len(files)} {fmt} file(s) to {out}/"
    return f"Wrote {writers[fmt](store, out)} record(s) to {out}"


def event_records(store: Store) -> list[dict]:
    """Every event with its actors, place and article; mentions = reports of its merged event."""
    merged = _has_table(store, "event_sources")
    mentions = (
        (
            "(SELECT count(*) FROM event_sources x WHERE x.merged_id = "
            "(SELECT merged_id FROM event_sources y WHERE y.event_id = e.id))"
        )
        if merged
        else "1"
    )
    counted = _has_table(store, "article_copies")  # schema 6: NumArticles and NumSources, copies counted
    return store.query(_EVENTS.format(
        mentions=mentions, num_articles=_merged_column("num_articles") if counted else mentions,
        num_sources=_merged_column("num_sources") if counted else "1"))


def _merged_column(name: str) -> str:
    return (f"coalesce((SELECT m.{name} FROM event_sources y JOIN merged_events m ON m.id = y.merged_id "
            "WHERE y.event_id = e.id), 1)")


def _has_table(store: Store, name: str) -> bool:
    return bool(
        store.con.execute("SELECT 1 FROM information_schema.tables WHERE table_name = ?", [name]).fetchone()
    )


# -- GDELT ----------------------------------------------------------------------------------------
def gdelt(store: Store, out: Path) -> int:
    rows = event_records(store)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
        for row in rows:
            record = gdelt_row(row)
            writer.writerow([_tsv(record.get(name)) for name in GDELT_COLUMNS])
    return len(rows)


def _tsv(value) -> str:
    return "" if value is None else str(value).replace("\t", " ").replace("\n", " ")


def gdelt_row(r: dict) -> dict:
    day = r["day"]
    cameo = r["cameo"] or ""
    record = {
        "GlobalEventID": r["id"],
        "IsRootEvent": 1,
        "EventCode": cameo,
        "EventBaseCode": cameo[:3],
        "EventRootCode": cameo[:2],
        "QuadClass": r["quad_class"],
        "GoldsteinScale": r["goldstein"],
        "NumMentions": r["mentions"],
        "NumSources": r["num_sources"],
        "NumArticles": r["num_articles"],
        "SOURCEURL": r["url"],
        "DATEADDED": r["ingested_at"].strftime("%Y%m%d%H%M%S") if r["ingested_at"] else None,
    }
    if day:
        record.update(
            Day=day.strftime("%Y%m%d"),
            MonthYear=day.strftime("%Y%m"),
            Year=day.year,
            FractionDate=round(day.year + (day.timetuple().tm_yday - 1) / 365, 4),
        )
    for n, side in (("1", "source"), ("2", "target")):
        record[f"Actor{n}Code"] = r[f"{side}_code"]
        record[f"Actor{n}Name"] = (r[f"{side}_name"] or "").upper() or None
        record[f"Actor{n}CountryCode"] = r[f"{side}_country"]
    if r["place_id"]:
        record.update(
            ActionGeo_Type=_geo_type(r["place_kind"]),
            ActionGeo_FullName=r["place_name"],
            ActionGeo_CountryCode=r["place_country"],
            ActionGeo_Lat=r["lat"],
            ActionGeo_Long=r["lon"],
            ActionGeo_FeatureID=r["geonameid"] or r["place_id"],
        )
    return record


def _geo_type(kind: str | None) -> int | None:
    """GDELT geo types: 1 country, 4 world city (or landmark), 5 world state (first-order region)."""
    return {"country": 1, "region": 5, "city": 4, "site": 4}.get(kind or "")


# -- PLOVER ---------------------------------------------------------------------------------------
def plover(store: Store, out: Path) -> int:
    rows = event_records(store)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(plover_record(row), ensure_ascii=False, default=str) + "\n")
    return len(rows)


def plover_record(r: dict) -> dict:
    """One PLOVER event record (JSON Lines), with the CAMEO code and the evidence kept alongside."""
    return {
        "event_id": r["id"],
        "event_date": r["day"].isoformat() if r["day"] else None,
        "event_type": r["plover"],
        "event_mode": [],
        "event_context": [],
        "event_text": r["evidence"],
        "source": r["source_name"],
        "source_actor": r["source_code"] or r["source"],
        "source_agent": r["source_kind"],
        "source_country": r["source_country"],
        "target": r["target_name"],
        "target_actor": r["target_code"] or r["target"],
        "target_agent": r["target_kind"],
        "target_country": r["target_country"],
        "location": {
            "name": r["place_name"],
            "country": r["place_country"],
            "lat": r["lat"],
            "lon": r["lon"],
            "geonameid": r["geonameid"],
        }
        if r["place_id"]
        else None,
        "modality": r["modality"],
        "cameo": r["cameo"],
        "goldstein": r["goldstein"],
        "quad_class": r["quad_class"],
        "confidence": r["confidence"],
        "date_value": r["date_value"],
        "url": r["url"],
        "publisher": r["outlet"],
        "story_date": r["published"],
        "article_id": r["article_id"],
        "reports": r["mentions"],
        "num_articles": r["num_articles"],
        "num_sources": r["num_sources"],
    }


# -- tables ---------------------------------------------------------------------------------------
def tables(store: Store, out: Path, fmt: str = "parquet") -> list[Path]:
    """Every table of the store, one file each, written by DuckDB COPY."""
    out.mkdir(parents=True, exist_ok=True)
    names = [
        r[0]
        for r in store.con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE' ORDER BY table_name"
        ).fetchall()
    ]
    option = "(FORMAT parquet)" if fmt == "parquet" else "(FORMAT csv, HEADER)"
    written = []
    for name in names:
        path = out / f"{name}.{fmt}"
        target = str(path).replace("'", "''")  # COPY takes no parameter for its path
        store.con.execute(f"COPY (SELECT * FROM \"{name}\") TO '{target}' {option}")
        written.append(path)
    return written


# -- GEXF -----------------------------------------------------------------------------------------
def gexf(store: Store, out: Path, period: dyads.Period | None = None) -> int:
    """The relation graph (see dyads.graph) as GEXF 1.3, for Gephi."""
    data = dyads.graph(store, period)
    root = ET.Element("gexf", xmlns="http://gexf.net/1.3", version="1.3")
    graph = ET.SubElement(root, "graph", defaultedgetype="undirected", mode="static")
    _gexf_attributes(graph, "node", [("kind", "string"), ("events", "integer")])
    _gexf_attributes(
        graph,
        "edge",
        [
            ("cooperation", "integer"),
            ("conflict", "integer"),
            ("balance", "double"),
            ("goldstein_sum", "double"),
        ],
    )
    nodes = ET.SubElement(graph, "nodes")
    for node in data["nodes"]:
        item = ET.SubElement(nodes, "node", id=node["id"], label=node["name"] or node["id"])
        _gexf_values(item, {"kind": node["kind"] or "", "events": node["events"]})
    edges = ET.SubElement(graph, "edges")
    for i, edge in enumerate(data["edges"]):
        item = ET.SubElement(
            edges, "edge", id=str(i), source=edge["source"], target=edge["target"], weight=str(edge["events"])
        )
        _gexf_values(item, {k: edge[k] for k in ("cooperation", "conflict", "balance", "goldstein_sum")})
    out.parent.mkdir(parents=True, exist_ok=True)
    ET.ElementTree(root).write(out, encoding="utf-8", xml_declaration=True)
    return len(data["nodes"]) + len(data["edges"])


def _gexf_attributes(graph: ET.Element, kind: str, attrs: list[tuple[str, str]]) -> None:
    block = ET.SubElement(graph, "attributes", {"class": kind})
    for name, typ in attrs:
        ET.SubElement(block, "attribute", id=name, title=name, type=typ)


def _gexf_values(item: ET.Element, values: dict) -> None:
    block = ET.SubElement(item, "attvalues")
    for key, value in values.items():
        ET.SubElement(block, "attvalue", {"for": key, "value": "" if value is None else str(value)})
