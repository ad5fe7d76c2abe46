"""Alert rules: "PRK-RUS, QuadClass 4, more than 3 in 7 days" written as YAML, checked against the
store's merged events, and each matching event delivered once to a JSONL file or a webhook.

    rules:
      - name: prk-rus-material-conflict
        dyad: PRK-RUS            # two actors (ids, codes or names; people count for their state)
        quad_class: 4            # optional; also cameo: "19" (a code prefix)
        more_than: 3             # fire when more than this many matching events fall ...
        within_days: 7           # ... within this many days (default 7); more_than 0: every event
        jsonl: alerts.jsonl      # where to write, or webhook: https://example.org/hook

An event matches when its merged event joins the two units (either direction), has the QuadClass
and CAMEO prefix asked for, and is a fact (neither denied nor hypothetical). It fires when it lies
in a span of ``within_days`` days that holds more than ``more_than`` matching events; every event
of such a burst fires, each once: what fired is remembered in ``alerts_fired``, written after the
delivery, so a webhook that is down is tried again next round and a delivered event never twice.
Webhooks are posted through the safe fetcher (no local or private address unless allowed).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import yaml

from dyad.errors import DyadError, InputError
from dyad.ingest.fetch import send
from dyad.store import Store


class BadRules(InputError):
    code = "E111"
    hint = "See the rule format in `dyad watch --help` or the README (alerts)."


@dataclass(slots=True, frozen=True)
class Rule:
    name: str
    dyad: tuple[str, str]
    quad_class: int | None = None
    cameo: str | None = None
    more_than: int = 0
    within_days: int = 7
    jsonl: str | None = None
    webhook: str | None = None


@dataclass(slots=True)
class Fired:
    rule: str
    events: list[dict]
    error: str | None = None  # delivery failed: tried again next round


def load_rules(path: str | Path) -> list[Rule]:
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise BadRules(f"Cannot read the alert rules in {path}: {exc}") from exc
    items = data.get("rules") if isinstance(data, dict) else None
    if not isinstance(items, list) or not items:
        raise BadRules(f"{path} has no `rules:` list.")
    return [_rule(item, f"{path} rule {i}") for i, item in enumerate(items, 1)]


def _rule(item, where: str) -> Rule:
    if not isinstance(item, dict):
        raise BadRules(f"{where} is not a mapping.")
    dyad = item.get("dyad")
    pair = tuple(dyad.split("-", 1)) if isinstance(dyad, str) else tuple(dyad or ())
    if len(pair) != 2 or not all(isinstance(x, str) and x.strip() for x in pair):
        raise BadRules(f"{where}: `dyad` must name two actors, like PRK-RUS.")
    if bool(item.get("jsonl")) == bool(item.get("webhook")):
        raise BadRules(f"{where}: give exactly one of `jsonl` (a file) or `webhook` (a URL).")
    try:
        return Rule(
            name=str(item.get("name") or f"{pair[0]}-{pair[1]}"), dyad=(pair[0].strip(), pair[1].strip()),
            quad_class=_opt_int(item.get("quad_class")), cameo=_opt_str(item.get("cameo")),
            more_than=int(item.get("more_than", 0)), within_days=int(item.get("within_days", 7)),
            jsonl=_opt_str(item.get("jsonl")), webhook=_opt_str(item.get("webhook")),
        )
    except (TypeError, ValueError) as exc:
        raise BadRules(f"{where}: {exc}") from exc


def _opt_int(value) -> int | None:
    return None if value is None else int(value)


def _opt_str(value) -> str | None:
    return None if value in (None, "") else str(value)


def check(store: Store, rules: list[Rule]) -> list[Fired]:
    """Deliver what each rule newly matches; remember it. One rule's failure spares the others."""
    fired = []
    for rule in rules:
        events = due(store, rule)
        if events:
            fired.append(_deliver(store, rule, events))
    return fired


def due(store: Store, rule: Rule) -> list[dict]:
    """The rule's matching events in a burst that have not fired yet, oldest first."""
    events = matching(store, rule)
    burst = in_bursts([e["event_date"] for e in events], rule.more_than, rule.within_days)
    done = {r[0] for r in store.con.execute("SELECT merged_id FROM alerts_fired WHERE rule = ?", [rule.name]).fetchall()}
    return [e for e, hot in zip(events, burst, strict=True) if hot and e["merged_id"] not in done]


def in_bursts(days: list[date], more_than: int, within_days: int) -> list[bool]:
    """For days in order: whether each lies in a span of ``within_days`` days holding more than
    ``more_than`` of them (two pointers: each span starts at one of the days)."""
    hot = [False] * len(days)
    span = timedelta(days=max(within_days, 1) - 1)
    end = 0
    for start in range(len(days)):
        end = max(end, start)
        while end + 1 < len(days) and days[end + 1] - days[start] <= span:
            end += 1
        if end - start + 1 > more_than:
            hot[start : end + 1] = [True] * (end - start + 1)
    return hot


_MATCHING = """
    SELECT m.id AS merged_id, m.event_date, m.cameo, m.plover, m.quad_class, m.goldstein,
           m.source_unit, m.target_unit, src.name AS source, tgt.name AS target,
           m.num_articles, m.num_sources, a.url, a.title, a.outlet,
           substr(a.text, e.evidence_start + 1, e.evidence_end - e.evidence_start) AS evidence
    FROM merged_events m
    JOIN events e ON 'm-' || e.id = m.id JOIN articles a ON a.id = e.article_id
    LEFT JOIN actors src ON src.id = m.source LEFT JOIN actors tgt ON tgt.id = m.target
    WHERE m.event_date IS NOT NULL AND m.block LIKE '%|fact'
      AND ((m.source_unit = ? AND m.target_unit = ?) OR (m.source_unit = ? AND m.target_unit = ?))
      {extra}
    ORDER BY m.event_date, m.id"""


def matching(store: Store, rule: Rule) -> list[dict]:
    a, b = (_unit(store, x) for x in rule.dyad)
    extra, params = "", [a, b, b, a]
    if rule.quad_class is not None:
        extra += " AND m.quad_class = ?"
        params.append(rule.quad_class)
    if rule.cameo:
        extra += " AND m.cameo LIKE ? || '%'"
        params.append(rule.cameo)
    return store.query(_MATCHING.format(extra=extra), params)


def _unit(store: Store, name: str) -> str:
    from dyad.store.dyads import resolve_unit

    try:
        return resolve_unit(store, name)
    except InputError:
        return name.upper()  # not in the store yet: the rule waits for it


def _deliver(store: Store, rule: Rule, events: list[dict]) -> Fired:
    records = [{"rule": rule.name, **{k: _plain(v) for k, v in e.items()}} for e in events]
    try:
        if rule.jsonl:
            _append_jsonl(Path(rule.jsonl), records)
        else:
            _post(rule.webhook, records)
    except (DyadError, OSError) as exc:
        return Fired(rule.name, events, str(exc))
    store.con.executemany("INSERT INTO alerts_fired (rule, merged_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                          [[rule.name, e["merged_id"]] for e in events])
    return Fired(rule.name, events)


def _append_jsonl(path: Path, records: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def _post(url: str, records: list[dict]) -> None:
    body = json.dumps({"alerts": records}, ensure_ascii=False).encode("utf-8")
    response = send(url, "POST", {"Content-Type": "application/json"}, body, limit=100_000)
    if response.status >= 300:
        raise InputError(f"The webhook {url} answered HTTP status {response.status}.")


def _plain(value):
    return value.isoformat() if isinstance(value, date) else value
