"""The command line: thin views over the library functions.

Exit codes (documented in the README):
    0  every document analysed and stored (or nothing to do)
    1  some documents failed (each is reported with its reason); the others were stored
    2  usage or store error: a bad option, a missing file, a store that cannot be opened
    3  internal error: a bug in dyad (reported in one line, never as a traceback)
"""

from __future__ import annotations

import csv
import io
import json
import sys
from enum import StrEnum
from importlib import resources
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.text import Text

from dyad.errors import DamagedStore, DyadError
from dyad.monitor import commands as monitor  # light: it imports its work lazily

OK, SOME_FAILED, USAGE, INTERNAL = 0, 1, 2, 3


class Commands(typer.core.TyperGroup):
    """Every command runs inside this: a DyadError that no command caught exits 2 with its message
    and hint, anything else exits 3 with one line (never a traceback)."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except (typer.Exit, typer.Abort, typer.TyperException, SystemExit):  # usage errors: click's 2
            raise
        except DyadError as exc:
            fail(exc)
        except Exception as exc:
            from dyad.store.db import is_damage

            if is_damage(exc):  # found on reading a block, after the store opened
                fail(DamagedStore(f"The database is damaged: {exc}"))
            err.print(f"Error [E900] internal error: {type(exc).__name__}: {exc}", style="red", markup=False)
            err.print("Hint: this is a bug in dyad; please report it with the command that caused it.")
            raise typer.Exit(INTERNAL) from None


app = typer.Typer(help="dyad: who did what to whom, when and where, with the evidence.", no_args_is_help=True,
                  add_completion=False, cls=Commands)
eval_app = typer.Typer(help="Score dyad on gold data sets.", no_args_is_help=True, add_completion=False)
app.add_typer(eval_app, name="eval")
out = Console(width=None if sys.stdout.isatty() else 160)
err = Console(stderr=True, soft_wrap=True)


class Fmt(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


class AnalyzeFmt(StrEnum):
    json = "json"
    table = "table"


class Modality(StrEnum):
    asserted = "asserted"
    negated = "negated"
    hypothetical = "hypothetical"
    conditional = "conditional"
    intended = "intended"
    predicted = "predicted"
    reported = "reported"
    any = "any"


DbOption = Annotated[Path, typer.Option("--db", help="The DuckDB file.", envvar="DYAD_DB")]


def _iso_date(param: typer.CallbackParam, value: str | None) -> str | None:
    """Typer callback: an ISO date (YYYY-MM-DD) or a usage error that says so."""
    from dyad.store.checks import iso_date

    try:
        found = iso_date(value, param.opts[0] if param.opts else "the date")
    except DyadError as exc:
        raise typer.BadParameter(f"{exc.args[0]} {exc.hint}") from None
    return found.isoformat() if found else None


def _cameo(value: str | None) -> str | None:
    return _checked("cameo_prefix", value)


def _checked(check: str, value):
    """A value passed through one of dyad.store.checks, or a usage error with its message."""
    from dyad.store import checks

    try:
        return getattr(checks, check)(value)
    except DyadError as exc:
        raise typer.BadParameter(f"{exc.args[0]} {exc.hint}") from None


def fail(exc: DyadError) -> None:
    err.print(f"Error {exc}", style="red", markup=False)
    if exc.hint:
        err.print(f"Hint: {exc.hint}", markup=False)
    raise typer.Exit(USAGE)


def fail_document(article) -> None:
    """A document that could not be analysed: its own coded reason and hint; exit 1."""
    for problem in article.problems:
        err.print(f"Error {problem.reason}", style="red", markup=False)
        if problem.hint:
            err.print(f"Hint: {problem.hint}", markup=False)
    raise typer.Exit(SOME_FAILED)


# -- analyze ----------------------------------------------------------------------------------
@app.command()
def analyze(
    source: Annotated[str, typer.Argument(help="A .txt or .html file, a .jsonl batch, an http(s) URL, or - for stdin.")],
    published: Annotated[str | None, typer.Option(help="Publication date, an ISO date YYYY-MM-DD (anchors relative "
                                                  "dates).", callback=_iso_date)] = None,
    outlet: Annotated[str | None, typer.Option(help="The outlet that published it.")] = None,
    title: Annotated[str | None, typer.Option(help="The title, if not in the text.")] = None,
    format: Annotated[AnalyzeFmt, typer.Option("--format", help="The JSON contract, or tables to read.")] = AnalyzeFmt.json,
) -> None:
    """Analyse one article (or a JSONL batch) and print the JSON contract, or a table."""
    from dyad.article import Article
    from dyad.ingest.sources import read_jsonl
    from dyad.run.analysis import analyze_many

    try:
        if source.endswith(".jsonl") and Path(source).is_file():
            ok = True
            for article in analyze_many(read_jsonl(Path(source))):
                ok &= _print_batch_item(article)
            raise typer.Exit(OK if ok else SOME_FAILED)
        article = Article(text=_read_source(source), published=published, outlet=outlet, title=title,
                          url=source if source.startswith(("http://", "https://")) else None)
        article = next(analyze_many([article]))
    except DyadError as exc:
        fail(exc)
    if article.problems:
        fail_document(article)
    if format is AnalyzeFmt.table:
        from dyad.util.tables import article_tables

        for table in article_tables(article):
            out.print(table)
    else:
        sys.stdout.write(json.dumps(article.to_dict(), ensure_ascii=False, indent=2) + "\n")


def _read_source(source: str) -> str:
    from dyad.ingest.fetch import fetch
    from dyad.ingest.sources import read_text

    if source == "-":
        return sys.stdin.read()
    if source.startswith(("http://", "https://")):
        return fetch(source)
    path = Path(source)
    if not path.is_file():
        from dyad.errors import InputError

        raise InputError(f"No such file: {source}", "Give a file path, a URL, or - for standard input.")
    return read_text(path)


def _print_batch_item(article) -> bool:
    if article.problems:
        record = {"source_id": article.source_id, "error": "; ".join(p.reason for p in article.problems)}
    else:
        record = article.to_dict()
        record["source_id"] = article.source_id
    sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    sys.stdout.flush()
    return not article.problems


# -- ingest -----------------------------------------------------------------------------------
class Engine(StrEnum):
    local = "local"
    ray = "ray"


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders or JSONL files to ingest.")],
    db: DbOption = Path("dyad.duckdb"),
    batch_size: Annotated[int, typer.Option(help="Documents per spaCy batch.")] = 16,
    workers: Annotated[int | None, typer.Option(
        help="Processes (local; default 1, in this process) or Ray actors (ray; default: every CPU).",
        min=1)] = None,
    engine: Annotated[Engine, typer.Option(help="local: this machine; ray: a Ray cluster.")] = Engine.local,
    address: Annotated[str | None, typer.Option(
        help="Ray cluster to join, e.g. ray://head:10001 (default: start Ray on this machine).")] = None,
    shards: Annotated[Path | None, typer.Option(
        help="Folder for the Parquet shards of the Ray engine (default: DB.shards next to --db).")] = None,
) -> None:
    """Analyse documents and store them in DuckDB. Re-ingesting adds nothing."""
    from dyad.ingest.sources import read_sources
    from dyad.store import Store

    if engine is Engine.local and (address or shards):
        fail(DyadError("--address and --shards only apply to --engine ray.", "Add --engine ray."))
    skipped: list[str] = []
    try:
        with Store(db) as store, _progress() as bar:
            task = bar.add_task("ingest", total=None)
            if engine is Engine.ray:
                from dyad.run.ray_executor import ingest_ray

                report = ingest_ray(read_sources(paths, skipped), store, shards or Path(f"{db}.shards"), address,
                                    workers, batch_size, lambda n: bar.advance(task, n))
            else:
                from dyad.run.ingest import ingest as run_ingest

                report = run_ingest(read_sources(paths, skipped), store, batch_size, lambda _a: bar.advance(task),
                                    workers or 1)
    except DyadError as exc:
        fail(exc)
    _print_report(report, db)
    _print_skipped(skipped)
    if report.failed:
        raise typer.Exit(SOME_FAILED)


def _print_skipped(skipped: list[str], shown: int = 5) -> None:
    if skipped:
        names = ", ".join(skipped[:shown]) + (f" and {len(skipped) - shown} more" if len(skipped) > shown else "")
        err.print(f"Skipped {len(skipped)} file(s) in the folder(s) that are not articles: {names}. "
                  "A folder ingest reads .txt, .text, .html, .htm, .xhtml and .jsonl files (not READMEs "
                  "or hidden files); name a file on its own to read it anyway.")


class RateColumn(ProgressColumn):
    """Articles per second, averaged over the last 30 seconds."""

    def render(self, task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:.1f} articles/s" if speed else "... articles/s", style="cyan")


def _progress() -> Progress | LineProgress:
    if not err.is_terminal:  # a log or a pipe: one plain line per article done, never a redrawn bar
        return LineProgress()
    return Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                    RateColumn(), TimeElapsedColumn(), console=err, transient=True)


class LineProgress:
    """Progress as lines, ``ingest: N done`` each time an article is done (stored, already
    stored, or failed), written after its batch is committed: what a log, or a script watching
    the run, can rely on."""

    def __init__(self) -> None:
        self.tasks: dict[int, list] = {}

    def __enter__(self) -> LineProgress:
        return self

    def __exit__(self, *exc) -> None:
        pass

    def add_task(self, description: str, total=None) -> int:
        self.tasks[len(self.tasks)] = [description, 0]
        return len(self.tasks) - 1

    def advance(self, task: int, n: int = 1) -> None:
        self.tasks[task][1] += n
        sys.stderr.write(f"{self.tasks[task][0]}: {self.tasks[task][1]} done\n")
        sys.stderr.flush()


def _print_report(report, db) -> None:
    err.print(f"Stored {report.stored} new article(s), {report.already} already in {db}, "
              f"{len(report.failed)} failed.")
    for source, reason in report.failed:
        err.print(f"  [yellow]failed[/yellow] {source}: {reason}")


# -- queries ----------------------------------------------------------------------------------
Actor = Annotated[str | None, typer.Option(help="An actor id, code (PRK, USAGOV) or name; a country code also "
                                           "takes in its people and organisations.")]
Between = Annotated[tuple[str, str] | None, typer.Option(help="Two actors, either direction.")]
Since = Annotated[str | None, typer.Option(help="From this day, an ISO date YYYY-MM-DD.", callback=_iso_date)]
Until = Annotated[str | None, typer.Option(help="Up to this day, an ISO date YYYY-MM-DD.", callback=_iso_date)]
Cameo = Annotated[str | None, typer.Option(help="A CAMEO code or its first digits (04 = all consultations).",
                                           callback=_cameo)]
Limit = Annotated[int | None, typer.Option(help="At most this many rows (default: 50 in a table, every row in "
                                           "json or csv; 0 = every row).", min=0)]
All = Annotated[bool, typer.Option("--all", help="Every row, however many.")]
Format = Annotated[Fmt, typer.Option("--format", help="A table to read, or every column as json or csv.")]
Columns = Annotated[str | None, typer.Option(help="Comma-separated columns to show (see --format json for "
                                             "all of them).")]

TABLE_ROWS = 50  # what a terminal table shows unless told otherwise


def _show(rows: list[dict], fmt: Fmt, title: str, columns: tuple[str, ...] | None = None) -> None:
    if columns:
        rows = [{c: r.get(c) for c in columns} for r in rows]
    if fmt is Fmt.json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2, default=str) + "\n")
    elif fmt is Fmt.csv:
        buf = io.StringIO()
        if rows:
            writer = csv.DictWriter(buf, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
        sys.stdout.write(buf.getvalue())
    else:
        from dyad.util.tables import rows_table

        out.print(rows_table(rows, title))


def _row_limit(limit: int | None, every: bool, fmt: Fmt) -> int | None:
    """None means every row: asked for, or the default of json and csv (an export is never cut)."""
    if every or limit == 0 or (limit is None and fmt is not Fmt.table):
        return None
    return TABLE_ROWS if limit is None else limit


def _page_query(kind: str, db: Path, filters, limit: int | None, q: str | None = None) -> dict:
    """One page of a paged query (its rows and the total), the actor filters checked first."""
    from dyad.store import Store, checks, queries

    if not db.exists():
        fail(DyadError(f"No database at {db}.", "Run `dyad ingest PATH` or `dyad demo` first."))
    try:
        with Store(db, read_only=True) as store:
            for name in ([filters.actor] if filters.actor and kind != "actor" else []) + list(filters.between or ()):
                checks.known_actor(store, name)
            return getattr(queries, f"{kind}_page")(store, filters, queries.Page(limit=limit, q=q))
    except DyadError as exc:
        fail(exc)


def _columns(value: str | None, rows: list[dict], default: tuple[str, ...] | None, fmt: Fmt) -> tuple | None:
    if not value:
        return default if fmt is Fmt.table else None
    wanted = tuple(c.strip() for c in value.split(",") if c.strip())
    known = list(rows[0]) if rows else []
    unknown = [c for c in wanted if rows and c not in known]
    if unknown:
        fail(DyadError(f"No column called {', '.join(map(repr, unknown))}.", f"Use some of: {', '.join(known)}."))
    return wanted


def _shown(result: dict, what: str) -> None:
    if len(result["rows"]) < result["total"]:
        err.print(f"Showing {len(result['rows'])} of {result['total']} {what} (--limit N, or --all for every row).")


@app.command()
def actors(db: DbOption = Path("dyad.duckdb"),
           actor: Annotated[str | None, typer.Option(help="Part of a name, or an id or code.")] = None,
           limit: Limit = None, all_rows: All = False, format: Format = Fmt.table) -> None:
    """Actors in the store, most mentioned first."""
    from dyad.store.queries import Filters

    result = _page_query("actor", db, Filters(), _row_limit(limit, all_rows, format), q=actor)
    _show(result["rows"], format, "actors")
    _shown(result, "actors")


EVENT_COLUMNS = ("date", "source", "action", "target", "modality", "evidence")


@app.command()
def events(db: DbOption = Path("dyad.duckdb"), actor: Actor = None, between: Between = None,
           since: Since = None, until: Until = None, cameo: Cameo = None,
           modality: Annotated[Modality, typer.Option(help="Which events: one modality, or any.")] = Modality.any,
           country: Annotated[str | None, typer.Option(help="Source or target of this country (ISO3: PRK).")] = None,
           plover: Annotated[str | None, typer.Option(help="A PLOVER event type (CONSULT, ASSAULT, ...).",
                                                      callback=lambda v: _checked("plover_type", v))] = None,
           quad_class: Annotated[int | None, typer.Option(help="1 verbal cooperation, 2 material cooperation, "
                                                          "3 verbal conflict, 4 material conflict.", min=1, max=4)] = None,
           goldstein_min: Annotated[float | None, typer.Option(help="Goldstein score at least this.", min=-10, max=10)] = None,
           goldstein_max: Annotated[float | None, typer.Option(help="Goldstein score at most this.", min=-10, max=10)] = None,
           limit: Limit = None, all_rows: All = False, format: Format = Fmt.table, columns: Columns = None) -> None:
    """Events: who did what to whom, when and where, with the evidence.

    The table shows date, source, action (CAMEO code and name), target, modality and the evidence;
    --columns chooses others (id, cameo, plover, goldstein, quad_class, place, article_title, ...)."""
    from dyad.store.queries import Filters

    filters = Filters(actor=actor, between=tuple(between) if between else None, since=since, until=until,
                      cameo=cameo, modality=None if modality is Modality.any else modality.value,
                      country=country, plover=plover, quad_class=quad_class, goldstein_min=goldstein_min,
                      goldstein_max=goldstein_max)
    result = _page_query("event", db, filters, _row_limit(limit, all_rows, format))
    rows = [_with_action(e) for e in result["rows"]]
    if format is Fmt.table:
        from dyad.util.tables import date_cell

        rows = [{**e, "date": date_cell(e["date"], e["date_precision"])} for e in rows]
    _show(rows, format, "events", _columns(columns, rows, EVENT_COLUMNS, format))
    _shown(result, "events")


@app.command()
def quotes(db: DbOption = Path("dyad.duckdb"), actor: Actor = None, since: Since = None,
           until: Until = None, limit: Limit = None, all_rows: All = False, format: Format = Fmt.table,
           columns: Columns = None) -> None:
    """Quotes and reported speech, by speaker."""
    from dyad.store.queries import Filters

    result = _page_query("quote", db, Filters(actor=actor, since=since, until=until),
                         _row_limit(limit, all_rows, format))
    default = ("published", "speaker", "text", "direct", "cue", "title")
    _show(result["rows"], format, "quotes", _columns(columns, result["rows"], default, format))
    _shown(result, "quotes")


# -- demo -------------------------------------------------------------------------------------
@app.command()
def demo(db: DbOption = Path("dyad-demo.duckdb"),
         no_serve: Annotated[bool, typer.Option("--no-serve", help="Stop after printing; do not serve the dashboard.")] = False,
         port: Annotated[int, typer.Option(help="Port for the dashboard.")] = 8000) -> None:
    """Ingest the sample corpus shipped with dyad and show what it found."""
    from dyad.ingest.sources import read_jsonl
    from dyad.run.ingest import ingest as run_ingest
    from dyad.store import Store, queries
    from dyad.store.queries import Filters
    from dyad.util.tables import rows_table

    sample = resources.files("dyad.data").joinpath("sample/articles.jsonl")
    try:
        store = Store(db)
    except DyadError as exc:
        fail(exc)
    with resources.as_file(sample) as path, store:
        with _progress() as bar:
            task = bar.add_task("analysing the sample corpus", total=None)
            report = run_ingest(read_jsonl(path), store, 16, lambda _a: bar.advance(task))
        _print_report(report, db)
        out.print(rows_table(list(queries.counts(store).items()), "What is in the store", ("table", "rows")))
        out.print(rows_table(queries.actors(store, Filters(limit=12)), "Most mentioned actors"))
        events = [{**_with_action(e), "words": e["trigger_text"]}
                  for e in queries.events(store, Filters(limit=15, modality="asserted"))]
        out.print(rows_table(events, "Events (asserted)",
                             ("date", "source", "action", "target", "place", "words")))
        out.print(rows_table(queries.quotes(store, Filters(limit=10)), "Quotes",
                             ("speaker", "text", "direct", "cue")))
    out.print(f"\nExplore further: dyad events --db {db} --actor PRK   |   dyad quotes --db {db}")
    if not no_serve:  # the last step: the dashboard of the sample corpus
        _ready(db)
        _serve(db, "127.0.0.1", port)


def _with_action(event: dict) -> dict:
    from dyad.extract.events.codebook import Codebook

    try:
        name = Codebook.default().cameo(event["cameo"]).name
    except DyadError:
        name = ""
    return {**event, "action": f"{event['cameo']} {name}".strip()}


# -- eval -------------------------------------------------------------------------------------
def _eval(module: str, path: Path, **options) -> None:
    import importlib

    if not path.exists():
        fail(DyadError(f"No such file or folder: {path}", "The data sets live in ../shared/ (see DATA.md)."))
    try:
        result = importlib.import_module(f"dyad.evaluate.{module}").evaluate(path, **options)
    except DyadError as exc:
        fail(exc)
    from dyad.util.tables import rows_table

    rows = [(k, f"{v:.3f}" if isinstance(v, float) else str(v)) for k, v in _flatten(result)]
    out.print(rows_table(rows, f"dyad eval {module} {path}", ("measure", "value")))
    if result.get("misses") is not None:
        misses = result["misses"]
        out.print(rows_table(misses, f"{len(misses)} misses", ("article", "mention", "gold", "dyad", "km", "context")))


def _flatten(value, prefix: str = ""):
    """Nested result dicts as (dotted.name, value) rows."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _flatten(item, f"{prefix}.{key}" if prefix else str(key))
    elif not isinstance(value, list):
        yield prefix, value


@eval_app.command("times")
def eval_times(path: Path) -> None:
    """TimeML folder (e.g. ../shared/timeml/te3-platinum): strict and value F1."""
    _eval("times", path)


class EvalPart(StrEnum):
    tune = "tune"
    check = "check"
    all = "all"


@eval_app.command("places")
def eval_places(
    path: Path,
    misses: Annotated[EvalPart | None, typer.Option(
        help="Also list the gold mentions of this part that dyad missed or placed more than 161 km "
             "off, with the place it chose and the words around them (study the tune part only).")] = None,
) -> None:
    """GeoVirus or GWN XML (../shared/geo/GeoVirus.xml, GWN.xml): recall and accuracy within
    161 km, for the tune and check parts (and by toponym type for GWN)."""
    _eval("places", path, **({"misses": misses.value} if misses else {}))


@eval_app.command("events")
def eval_events(path: Path) -> None:
    """Event development sets (../shared/eventdata/dev): root, triple and PLOVER F1."""
    _eval("events", path)


@eval_app.command("quotes")
def eval_quotes(path: Path) -> None:
    """PolNeAR BRAT folder (../shared/quotes/polnear-dev): content and source recall."""
    _eval("quotes", path)


class GapContext(StrEnum):
    page = "page"
    snippet = "snippet"
    both = "both"


@eval_app.command("coref")
def eval_coref(
    path: Path,
    context: Annotated[GapContext, typer.Option(
        help="GAP only: read each snippet after its Wikipedia page's title (page), alone (snippet), "
             "or both (snippet figures under snippet.*).")] = GapContext.both,
) -> None:
    """GUM news coreference (../shared/coref/gum_news): person-mention accuracy; or a GAP TSV
    (../shared/coref/gap/gap-development.tsv): pronoun F1 by gender and the bias."""
    _eval("coref", path, context=context.value)


# -- analyst's workbench: serve, dyads, export, merge -----------------------------------------
def _ready(db: Path) -> None:
    """Bring the store up to date (migrations, event merging) before reading it; it needs the
    write lock for a moment, so when another process holds it, read what is there."""
    from dyad.store import Store
    from dyad.store.merge import merge_pending

    if not db.exists():
        fail(DyadError(f"No database at {db}.", "Run `dyad ingest PATH` or `dyad demo` first."))
    try:
        with Store(db) as store:
            merge_pending(store)
    except DyadError as exc:
        err.print(f"[yellow]Reading the store as it is: {exc}[/yellow]")


LOOPBACK = ("127.0.0.1", "localhost", "::1")


def _serve(db: Path, host: str, port: int, read_only: bool = False, watch: list[str] | None = None,
           every: str = "15m", alerts: Path | None = None) -> None:
    import uvicorn

    from dyad.settings import settings
    from dyad.web import create_app
    from dyad.web.slow_clients import timed_protocol

    if watch and not db.exists():
        from dyad.store import Store

        Store(db).close()  # a new store for the feeds
    app = create_app(db.resolve(), read_only=read_only, bound=host)
    try:
        app.state.owner.open()  # the server owns the store while it runs: fail now if it cannot
        watcher = monitor.start_watching(app.state.owner, watch, every, alerts) if watch and not read_only else None
    except DyadError as exc:
        fail(exc)
    if host not in LOOPBACK:
        _warn_exposed(host, bool(settings().api_token))
    writes = "on (api_token set)" if app.state.token and not read_only else "off"
    out.print(f"Serving the dashboard of {db} at http://{host}:{port}/  (API docs: /docs; writing {writes}; "
              "Ctrl+C stops)")
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning",
                    http=timed_protocol(settings().read_timeout))
    finally:
        if watcher is not None:
            watcher.close()


def _warn_exposed(host: str, has_token: bool) -> None:
    if has_token:
        err.print(f"[yellow]Warning: listening on {host} with writing enabled: the api_token crosses the "
                  "network in clear over plain HTTP. Put a TLS proxy in front, or bind 127.0.0.1.[/yellow]")
    else:
        err.print(f"[yellow]Warning: listening on {host}: anyone who can reach it can read the whole "
                  "store (writing stays off: no api_token). Bind 127.0.0.1 unless that is intended.[/yellow]")


@app.command()
def serve(db: DbOption = Path("dyad.duckdb"),
          host: Annotated[str, typer.Option(help="Address to listen on (127.0.0.1: this machine only).")] = "127.0.0.1",
          port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
          read_only: Annotated[bool, typer.Option("--read-only", help="Open the store read-only: no migrations, "
                                                  "no merging, no writing.")] = False,
          watch: Annotated[list[str] | None, typer.Option("--watch", help="Also read these feeds (URLs, files of "
                                                          "URLs, OPML) into the store, every --every.")] = None,
          every: monitor.Every = "15m", alerts: monitor.AlertsOption = None) -> None:
    """Serve the dashboard and the JSON API over a store, which the server owns while it runs.

    Writing (POST /api/ingest, /api/analyze) needs the api_token setting (env DYAD_API_TOKEN).
    With --watch, the same process reads the feeds into the store (dyad watch)."""
    _serve(db, host, port, read_only, watch, every, alerts)


@app.command()
def merge(db: DbOption = Path("dyad.duckdb")) -> None:
    """Merge events reported by several articles (incremental: only what is new)."""
    from dyad.store import Store
    from dyad.store.merge import merge_pending

    try:
        with Store(db) as store:
            attached = merge_pending(store)
            total = store.con.execute("SELECT count(*) FROM merged_events").fetchone()[0]
    except DyadError as exc:
        fail(exc)
    err.print(f"Attached {attached} new report(s); {total} merged event(s) in {db}.")


class By(StrEnum):
    day = "day"
    week = "week"
    month = "month"
    year = "year"


@app.command()
def dyads(actor: Annotated[str, typer.Option(help="An actor id, code (PRK) or name; people count for their state.")],
          with_: Annotated[str | None, typer.Option("--with", help="The other actor; omitted: everyone else.")] = None,
          by: Annotated[By, typer.Option(help="The period of each row.")] = By.month,
          since: Since = None, until: Until = None,
          modality: Annotated[Modality, typer.Option(help="Which events count: one modality, or any.")] = Modality.asserted,
          db: DbOption = Path("dyad.duckdb"), format: Format = Fmt.table) -> None:
    """Events between two actors (or one and everyone) over time, by QuadClass, with Goldstein sums."""
    from dyad.store import Store
    from dyad.store import dyads as dyad_queries

    if not db.exists():
        fail(DyadError(f"No database at {db}.", "Run `dyad ingest PATH` or `dyad demo` first."))
    period = dyad_queries.Period(since, until, None if modality is Modality.any else (modality.value,))
    try:
        with Store(db, read_only=True) as store:
            rows = dyad_queries.timeseries(store, actor, with_, by.value, period)
    except DyadError as exc:
        fail(exc)
    _show(rows, format, f"{actor} and {with_ or 'everyone'} by {by.value}")


class ExportFmt(StrEnum):
    gdelt = "gdelt"
    plover = "plover"
    parquet = "parquet"
    csv = "csv"
    gexf = "gexf"
    graphml = "graphml"


@app.command()
def export(format: Annotated[ExportFmt, typer.Option("--format", help="gdelt (GDELT 2.0 event TSV), plover (JSON "
                                                     "Lines), parquet or csv (a folder: an events table and the raw "
                                                     "tables), gexf or graphml (the directed network).")],
           out_path: Annotated[str, typer.Option("--out", help="The file to write, or a folder (for parquet and "
                                                 "csv, or ending in / for the others: the format's file name in it).")],
           db: DbOption = Path("dyad.duckdb"), actor: Actor = None, since: Since = None, until: Until = None,
           cameo: Cameo = None,
           force: Annotated[bool, typer.Option("--force", help="Overwrite files that are there.")] = False) -> None:
    """Export the store for other tools, whole or filtered like `dyad events`."""
    from dyad.store import Store, checks
    from dyad.store.export import export as run_export
    from dyad.store.queries import Filters

    if not db.exists():
        fail(DyadError(f"No database at {db}.", "Run `dyad ingest PATH` or `dyad demo` first."))
    filters = Filters(actor=actor, since=since, until=until, cameo=cameo, limit=None)
    try:
        with Store(db, read_only=True) as store:
            checks.known_actor(store, actor)
            err.print(run_export(store, format.value, out_path, filters, force))
    except DyadError as exc:
        fail(exc)


# -- live monitoring: watch, changes, alerts (dyad.monitor.commands) ---------------------------
app.command()(monitor.watch)
app.command()(monitor.changes)
app.command()(monitor.alerts)


if __name__ == "__main__":
    app()
