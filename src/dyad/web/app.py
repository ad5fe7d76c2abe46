"""The HTTP API and the dashboard: every page at ``/NAME`` has its JSON twin at ``/NAME.json``.

The server owns the store while it runs (``dyad.web.owner``): one connection, a cursor per
request, so reads never wait for the one writer (``dyad.web.writer``) and the writer never waits
for them. Writes come only through ``POST /api/...`` with the api_token (``dyad.web.api``).
Errors come back as JSON with the dyad error code: 400 bad request, 401/403 no valid token or
writing disabled, 404 missing, 413 too large, 503 store unavailable or writer busy, 504 too slow.
"""

import csv
import io
from collections.abc import Callable, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline
from starlette.exceptions import HTTPException

from dyad.errors import (
    Conflict,
    DamagedStore,
    DyadError,
    InputError,
    NotFound,
    StoreError,
    TooLarge,
    Unauthorized,
    WriteTimeout,
    WritingDisabled,
)
from dyad.settings import settings
from dyad.store.db import Store
from dyad.version import __version__
from dyad.web import api, monitor
from dyad.web import context as ctx
from dyad.web.cache import ResultCache
from dyad.web.hosts import WrongHost, allowed, host_names
from dyad.web.owner import StoreOwner
from dyad.web.page import render_page
from dyad.web.writer import Busy, Writer

STATIC = Path(__file__).parent / "static"
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


def create_app(db: str | Path, read_only: bool = False, token: str | None = None, analyser=None,
               bound: str | None = None) -> FastAPI:
    """The app over one DuckDB file; ``token`` defaults to the api_token setting ("" = no writing).
    The store opens at start-up (or on the first request when no lifespan runs). ``bound``: the
    address the server listens on; given, only requests for it (or localhost, an IP address, a
    name of the allowed_hosts setting) are answered (``dyad.web.hosts``)."""
    conf = settings()
    owner = StoreOwner(db, read_only=read_only)
    writer = Writer(owner, conf.ingest_queue, analyser)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        try:
            owner.open()
        except StoreError:
            pass  # each request reports it (503 with a hint)
        yield
        writer.close()
        owner.close()

    app = FastAPIOffline(
        title="dyad",
        version=__version__,
        description="Events, quotes, actors and places read from the news, with their evidence.",
        lifespan=lifespan,
        max_body_size=conf.max_request_bytes,
    )
    app.state.owner, app.state.writer = owner, writer
    app.state.cache = ResultCache(stale_seconds=conf.cache_stale_seconds)
    app.state.token = "" if read_only else conf.api_token if token is None else token
    app.state.ingest_timeout = conf.ingest_timeout
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    _errors(app)
    _security_headers(app)
    if bound is not None:
        _host_check(app, host_names(bound, conf.allowed_hosts))
    _routes(app)
    app.include_router(api.router)
    app.include_router(monitor.router)
    return app


def open_store(request: Request) -> Iterator[Store]:
    with request.app.state.owner.cursor() as store:
        yield store


StoreDep = Annotated[Store, Depends(open_store)]


def _routes(app: FastAPI) -> None:
    app.get("/", include_in_schema=False)(lambda: RedirectResponse("/graph"))
    _page(app, "graph", ctx.graph, ctx.GraphQuery, "The relation graph of all actors in a period.")
    _page(app, "dyads", ctx.dyad, ctx.DyadQuery, "Events between two actors over time, by QuadClass.")
    _page(app, "events", ctx.events, ctx.EventQuery, "Events with their evidence.")
    _page(app, "merged", ctx.merged, ctx.MergedQuery, "Events merged across articles, with every report.")
    _page(app, "quotes", ctx.quotes, ctx.QuoteQuery, "Quotes and reported speech, by speaker.")
    _page(app, "actors", ctx.actors, ctx.ListQuery, "Actors, most mentioned first.")
    _page(app, "places", ctx.places, ctx.ListQuery, "Places, most mentioned first.")
    _page(app, "map", ctx.world_map, ctx.MapQuery, "Places on a world map, with the number of events at each.")
    _page(app, "articles", ctx.articles, ctx.ArticleQuery, "Articles, newest first.")

    @app.get("/articles/{article_id}.json", summary="One article with its text and all annotations")
    def article_json(article_id: str, request: Request, store: StoreDep) -> Response:
        return _json(_cached(request, store, ("article", article_id), lambda s: _article(s, article_id))[1])

    @app.get("/articles/{article_id}", include_in_schema=False, response_class=HTMLResponse)
    def article_html(article_id: str, request: Request, store: StoreDep) -> HTMLResponse:
        context, _ = _cached(request, store, ("article", article_id), lambda s: _article(s, article_id))
        return HTMLResponse(render_page(context))


def _article(store: Store, article_id: str) -> dict:
    found = ctx.article(store, article_id)
    if found is None:
        raise NotFound(f"No article with id {article_id!r}.")
    return found


def _cached(request: Request, store: Store, key: tuple, build: Callable[[Store], dict]) -> tuple[dict, bytes]:
    owner = request.app.state.owner
    version = owner.version  # read before the cursor's first query: see web.cache

    def refresh() -> tuple[int, dict]:  # in the background, on a cursor of its own
        seen = owner.version
        with owner.cursor() as fresh:
            return seen, build(fresh)

    return request.app.state.cache.get(key, version, lambda: build(store), refresh)


def _json(body: bytes) -> Response:
    return Response(body, media_type="application/json")


def _page(app: FastAPI, name: str, build: Callable[[Store, Any], dict], model: type, summary: str) -> None:
    """Register /NAME (HTML) and /NAME.json (JSON), both fed by the same context function."""

    def context(request: Request, store: Store, params) -> tuple[dict, bytes]:
        return _cached(request, store, (name, params.model_dump_json()), lambda s: build(s, params))

    # no "from __future__ import annotations" in this module: FastAPI must see the model itself here
    def as_json(request: Request, store: StoreDep, params: Annotated[model, Query()]) -> Response:  # type: ignore[valid-type]
        return _json(context(request, store, params)[1])

    def as_html(request: Request, store: StoreDep, params: Annotated[model, Query()]) -> HTMLResponse:  # type: ignore[valid-type]
        return HTMLResponse(render_page(context(request, store, params)[0]))

    def as_csv(store: StoreDep, params: Annotated[model, Query()]) -> Response:  # type: ignore[valid-type]
        if "limit" in type(params).model_fields:  # the page's filters, every row
            params = params.model_copy(update={"limit": None, "offset": 0})
        rows = build(store, params).get(TABLE_OF.get(name, "rows"), [])
        return Response(csv_text(rows), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": f'attachment; filename="dyad-{name}.csv"'})

    app.get(f"/{name}.json", summary=summary, name=f"{name}_json")(as_json)
    app.get(f"/{name}.csv", summary=f"{summary} As CSV: every row, the same filters.", name=f"{name}_csv")(as_csv)
    app.get(f"/{name}", include_in_schema=False, response_class=HTMLResponse, name=name)(as_html)


TABLE_OF = {"graph": "edges", "map": "places"}  # the table of a page, when it is not "rows"


def csv_text(rows: list[dict]) -> str:
    """Rows as CSV, the columns of the first row; lists joined with '; '."""
    out = io.StringIO()
    if rows:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]), extrasaction="ignore", lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: "; ".join(map(str, v)) if isinstance(v, list) else v for k, v in row.items()})
    return out.getvalue()


STATUS = (
    (TooLarge, 413),
    (InputError, 400),
    (Unauthorized, 401),
    (WritingDisabled, 403),
    (NotFound, 404),
    (Conflict, 409),
    (StoreError, 503),
    (Busy, 503),
    (WriteTimeout, 504),
)


def _errors(app: FastAPI) -> None:
    @app.exception_handler(DyadError)
    def dyad_error(request: Request, exc: DyadError):
        code = next((s for kind, s in STATUS if isinstance(exc, kind)), 500)
        return _error(request, code, exc.code, exc.args[0], exc.hint)

    @app.exception_handler(RequestValidationError)
    def bad_request(request: Request, exc: RequestValidationError):
        where = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        return _error(
            request, 400, InputError.code, f"Invalid request: {where}", "See /docs for what it accepts."
        )

    @app.exception_handler(Exception)
    def internal(request: Request, exc: Exception):  # never a plain-text 500
        from dyad.store.db import is_damage

        if is_damage(exc):
            error = DamagedStore(f"The database is damaged: {exc}")
            return _error(request, 503, error.code, error.args[0], error.hint)
        return _error(request, 500, "E900", f"Internal error: {type(exc).__name__}.",
                      "This is a bug in dyad; please report it with the request that caused it.")

    @app.exception_handler(HTTPException)
    def http_error(request: Request, exc: HTTPException):
        return _error(request, exc.status_code, f"E{exc.status_code}", str(exc.detail), "", exc.headers)


def _error(request: Request, status: int, code: str, message: str, hint: str, headers=None):
    body = {"error": code, "message": message, "hint": hint}
    if request.url.path.endswith(".json") or "text/html" not in request.headers.get("accept", ""):
        return JSONResponse(body, status_code=status, headers=headers)
    page = {"page": "error", "title": f"Error {code}", "params": {}, "error": body}
    return HTMLResponse(render_page(page), status_code=status, headers=headers)


def _host_check(app: FastAPI, names: frozenset[str]) -> None:
    @app.middleware("http")
    async def host(request: Request, call_next):
        given = request.headers.get("host")
        if not allowed(given, names):
            error = WrongHost(f"This server does not answer to the host {given!r}.")
            return _error(request, 421, error.code, error.args[0], error.hint)
        return await call_next(request)


def _security_headers(app: FastAPI) -> None:
    @app.middleware("http")
    async def headers(request: Request, call_next):
        response = await call_next(request)
        if not request.url.path.startswith(("/docs", "/redoc", "/openapi", "/static-offline-docs")):
            response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        return response
