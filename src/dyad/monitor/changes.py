"""What changed since a time (``dyad changes --since 24h``, ``/changes.json``).

*New events*: merged events first stored since then (their first report's article came in after
``since``), counted per dyad (the unordered pair of actor units), each with its NumArticles and
NumSources so that a story printed by forty outlets shows as one event with forty articles.

*Moved*: dyads whose cooperation-conflict balance in those new events differs most from their
own recent baseline. The balance of a set of events is (cooperative - conflictual) / all, from
+1 (only QuadClass 1-2) to -1 (only QuadClass 3-4); the baseline is the dyad's events stored
before ``since`` whose day lies within ``baseline_days`` before the new events' first day. Dyads
without a baseline are listed among the new events only.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from dyad.errors import InputError
from dyad.monitor.timespan import parse_span
from dyad.store import Store

_MERGED = """
    SELECT m.id, m.event_date, m.cameo, m.plover, m.quad_class, m.goldstein, m.source_unit, m.target_unit,
           least(m.source_unit, m.target_unit) || '-' || greatest(m.source_unit, m.target_unit) AS dyad,
           src.name AS source, tgt.name AS target, m.num_articles, m.num_sources, a.ingested_at
    FROM merged_events m JOIN events e ON 'm-' || e.id = m.id JOIN articles a ON a.id = e.article_id
    LEFT JOIN actors src ON src.id = m.source LEFT JOIN actors tgt ON tgt.id = m.target
    WHERE m.quad_class IS NOT NULL AND m.source_unit IS NOT NULL AND m.target_unit IS NOT NULL
      AND m.source_unit <> m.target_unit AND m.block LIKE '%|fact' AND {where}
    ORDER BY m.event_date, m.id"""


def since_time(text: str, now: datetime | None = None) -> datetime:
    """'24h', '7d' (back from now, UTC) or a date/time 'YYYY-MM-DD[THH:MM]'."""
    now = now or datetime.now(UTC).replace(tzinfo=None)
    try:
        return datetime.fromisoformat(text).replace(tzinfo=None)
    except ValueError:
        pass
    try:
        return now - parse_span(text)
    except InputError:
        raise InputError(f"--since {text!r} is neither a span nor a date.",
                         "Write it like 24h or 7d, or as a date 2024-06-01.") from None


def changes(store: Store, since: datetime, baseline_days: int = 30, limit: int = 20) -> dict:
    new = store.query(_MERGED.format(where="a.ingested_at >= ?"), [since])
    by_dyad: dict[str, list[dict]] = {}
    for event in new:
        by_dyad.setdefault(event["dyad"], []).append(event)
    rows = sorted((_dyad_row(d, evs) for d, evs in by_dyad.items()), key=lambda r: (-r["events"], r["dyad"]))
    moved = [m for d, evs in by_dyad.items() if (m := _moved(store, d, evs, since, baseline_days))]
    moved.sort(key=lambda m: (-abs(m["shift"]), -m["recent_events"], m["dyad"]))
    return {"since": since.isoformat(timespec="seconds"), "new_events": len(new),
            "dyads": rows[:limit], "moved": moved[:limit]}


def _dyad_row(dyad: str, events: list[dict]) -> dict:
    return {
        "dyad": dyad, "events": len(events), "balance": balance(events),
        "by_quad_class": {q: sum(e["quad_class"] == q for e in events) for q in (1, 2, 3, 4)},
        "articles": sum(e["num_articles"] or 1 for e in events),
        "latest": [_brief(e) for e in events[-5:]],
    }


def _brief(e: dict) -> dict:
    return {"id": e["id"], "date": _iso(e["event_date"]), "cameo": e["cameo"], "quad_class": e["quad_class"],
            "source": e["source"] or e["source_unit"], "target": e["target"] or e["target_unit"],
            "num_articles": e["num_articles"], "num_sources": e["num_sources"]}


def balance(events: list[dict]) -> float | None:
    if not events:
        return None
    coop = sum(e["quad_class"] in (1, 2) for e in events)
    return round((2 * coop - len(events)) / len(events), 3)


def _moved(store: Store, dyad: str, recent: list[dict], since: datetime, baseline_days: int) -> dict | None:
    first = min((e["event_date"] for e in recent if e["event_date"]), default=None)
    if first is None:
        return None
    a, b = recent[0]["source_unit"], recent[0]["target_unit"]
    base = store.query(_MERGED.format(
        where="a.ingested_at < ? AND m.event_date BETWEEN ? AND ? AND least(m.source_unit, m.target_unit) = ? "
              "AND greatest(m.source_unit, m.target_unit) = ?"),
        [since, first - timedelta(days=baseline_days), first, min(a, b), max(a, b)])
    if not base:
        return None
    before, now = balance(base), balance(recent)
    return {"dyad": dyad, "baseline_events": len(base), "baseline_balance": before,
            "recent_events": len(recent), "recent_balance": now, "shift": round(now - before, 3)}


def _iso(value) -> str | None:
    return value.isoformat() if isinstance(value, date) else value
