"""The monitoring commands of the command line (``dyad watch``, ``dyad changes``, ``dyad alerts``):
thin views over ``watch``, ``changes`` and ``alerts``; ``dyad.cli`` registers them."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from dyad.errors import DyadError

err = Console(stderr=True, soft_wrap=True)

DbOption = Annotated[Path, typer.Option("--db", help="The DuckDB file.", envvar="DYAD_DB")]
Every = Annotated[str, typer.Option(help="How often to read the feeds: 30s, 15m, 1h, ...")]
AlertsOption = Annotated[Path | None, typer.Option("--alerts", help="A YAML file of alert rules, checked after "
                                                   "each round (see the README).")]


def _fail(exc: DyadError) -> None:
    err.print(f"[red]Error {exc}[/red]")
    if exc.hint:
        err.print(f"Hint: {exc.hint}")
    raise typer.Exit(2)


def watch(
    feeds: Annotated[list[str], typer.Argument(help="Feed URLs (RSS or Atom), files of feed URLs (one a line), or "
                                               "OPML files.")],
    db: DbOption = Path("dyad.duckdb"),
    every: Every = "15m",
    once: Annotated[bool, typer.Option("--once", help="Read the feeds once and stop.")] = False,
    alerts: AlertsOption = None,
) -> None:
    """Read news feeds into the store, now and every --every: new items fetched safely, syndicated
    copies stored as copies, a feed that fails reported and retried later (with backoff)."""
    from dyad.ingest.feeds import feed_urls
    from dyad.monitor.alerts import load_rules
    from dyad.monitor.timespan import parse_span
    from dyad.store import Store
    from dyad.store.syndication import sign_missing

    try:
        urls, pause = feed_urls(feeds), parse_span(every).total_seconds()
        rules = load_rules(alerts) if alerts else []
        with Store(db) as store:
            sign_missing(store.con)  # articles stored before dyad knew of copies
            while True:
                report = one_round(store, urls, rules)
                if once:
                    break
                err.print(f"Next round in {every} (Ctrl+C stops).")
                time.sleep(pause)
    except DyadError as exc:
        _fail(exc)
    except KeyboardInterrupt:
        raise typer.Exit(130) from None
    if report.failed or report.broken:
        raise typer.Exit(1)


def one_round(store, urls: list[str], rules) -> object:
    from dyad.monitor.alerts import check
    from dyad.monitor.watch import watch_once

    with err.status("reading feeds") as status:
        report = watch_once(store, urls, progress=lambda text: status.update(text))
    print_report(report, store.path)
    for fired in check(store, rules) if rules else []:
        where = "failed: " + fired.error if fired.error else "delivered"
        err.print(f"Alert {fired.rule}: {len(fired.events)} event(s) {where}")
    return report


def print_report(report, db) -> None:
    err.print(f"Stored {report.stored} new article(s) and {report.copies} syndicated cop(ies) in {db}; "
              f"{report.already} already there, {len(report.failed)} failed.")
    for feed in report.feeds:
        if feed.status == "failed":
            err.print(f"  [yellow]feed failed[/yellow] {feed.url}: {feed.reason} (next try after "
                      f"{feed.retry_at:%Y-%m-%d %H:%M} UTC)")
        elif feed.status == "waiting":
            err.print(f"  [yellow]feed waiting[/yellow] {feed.url} until {feed.retry_at:%Y-%m-%d %H:%M} UTC "
                      f"after failing: {feed.reason}")
        else:
            err.print(f"  {feed.status}: {feed.url}: {feed.stored} new, {feed.copies} copies")
    for source, reason in report.failed:
        err.print(f"  [yellow]item failed[/yellow] {source}: {reason}")


def changes(
    since: Annotated[str, typer.Option(help="A span back from now (24h, 7d) or a date (2024-06-01).")] = "24h",
    baseline_days: Annotated[int, typer.Option(help="Days of a dyad's earlier events that make its baseline.")] = 30,
    limit: Annotated[int, typer.Option(min=1, max=10000, help="How many dyads each list shows.")] = 20,
    db: DbOption = Path("dyad.duckdb"),
    format: Annotated[str, typer.Option("--format", help="table or json.")] = "table",
) -> None:
    """What changed: new merged events per dyad since a time, and the dyads whose
    cooperation-conflict balance moved most against their own baseline."""
    from dyad.monitor.changes import changes as run_changes
    from dyad.monitor.changes import since_time
    from dyad.store import Store

    if not db.exists():
        _fail(DyadError(f"No database at {db}.", "Run `dyad watch FEED` or `dyad ingest PATH` first."))
    try:
        with Store(db, read_only=True) as store:
            result = run_changes(store, since_time(since), baseline_days, limit)
    except DyadError as exc:
        _fail(exc)
    if format == "json":
        sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=2, default=str) + "\n")
        return
    from dyad.util.tables import rows_table

    out = Console()
    out.print(f"{result['new_events']} new merged event(s) since {result['since']}")
    out.print(rows_table([{k: v for k, v in r.items() if k != "latest"} for r in result["dyads"]], "new events by dyad"))
    out.print(rows_table(result["moved"], "moved against their baseline"))


def alerts(
    rules: Annotated[Path, typer.Argument(help="The YAML file of alert rules.")],
    db: DbOption = Path("dyad.duckdb"),
) -> None:
    """Check alert rules against the store now; each matching event is delivered once."""
    from dyad.monitor.alerts import check, load_rules
    from dyad.store import Store

    try:
        loaded = load_rules(rules)
        with Store(db) as store:
            fired = check(store, loaded)
    except DyadError as exc:
        _fail(exc)
    for item in fired:
        err.print(f"Alert {item.rule}: {len(item.events)} event(s) " + (f"failed: {item.error}" if item.error
                                                                        else "delivered"))
    if not fired:
        err.print("No new matching events.")
    if any(item.error for item in fired):
        raise typer.Exit(1)


def start_watching(owner, feeds: list[str], every: str, alerts: Path | None):
    """For ``dyad serve --watch``: read the feeds in a thread of the server (raises DyadError on
    bad arguments, before the server starts)."""
    from dyad.ingest.feeds import feed_urls
    from dyad.monitor.alerts import load_rules
    from dyad.monitor.background import Watcher
    from dyad.monitor.timespan import parse_span
    from dyad.store.syndication import sign_missing

    urls, pause = feed_urls(feeds), parse_span(every).total_seconds()
    rules = load_rules(alerts) if alerts else []
    with owner.cursor() as store:
        sign_missing(store.con)
    err.print(f"Watching {len(urls)} feed(s) every {every}.")
    return Watcher(owner, urls, pause, rules, lambda report: print_report(report, owner.path),
                   lambda text: err.print(f"[yellow]{text}[/yellow]")).start()
